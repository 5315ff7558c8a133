"""Fetal anatomy at an obstetric scan gives no label and no finding, read from the report's scope and layout
(udt/parser/fetal_scope.py): the generated battery (benchmarks/fetal_battery.py) and the inventory of the class on
the development corpora (multi-organ file 13, mg030-mg033; reports_dev_realworld_6 z124), here in new wordings."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import fetal_battery

import udt

CASES = [c for c in fetal_battery.cases() if c.id not in fetal_battery.LEFT]


def test_battery_is_well_formed() -> None:
    all_ids = {c.id for c in fetal_battery.cases()}
    assert all_ids >= fetal_battery.LEFT
    assert {c.axis for c in fetal_battery.cases()} == {
        "heading",
        "organ",
        "unheaded",
        "prose",
        "baby",
        "referral",
        "fresh",
        "control",
    }


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_battery_case(case: fetal_battery.Case) -> None:
    assert fetal_battery.check(case, udt.parse_report(case.text)) == []


# The inventory (dev rows; class: fetal anatomy by scope): (text, organs, diagnoses, lesion findings as (organ,
# diagnosis)).
INVENTORY = [
    # mg030: organ headings of an anomaly scan ("Head/brain:", "Heart:", "Kidneys:") are the fetus's; the placental
    # cyst under "Placenta:" is the uterus's (it had taken the fetal bladder of the line before).
    (
        "ANATOMY SCAN (21+2 weeks)\nSingleton, breech. EFW 410 g.\nHead/brain: choroid plexus cyst 4 mm on the right. "
        "Posterior fossa normal.\nHeart: four chambers, normal outflows.\nKidneys: left pelvis 6 mm; right kidney "
        "normal. Bladder seen.\nPlacenta: posterior. A 18 x 10 mm placental cyst, no flow.\nMaternal: left ovary "
        "with a 30 mm simple cyst.",
        {"Uterus", "Adnexa"},
        {"cyst"},
        [("Uterus", "cyst"), ("Adnexa", "cyst")],
    ),
    # mg031: a "Fetal:" block; "paediatric urology" in the plan is no child patient; the fibroids stay the uterus's.
    (
        "ANOMALY SCAN 20+5\nFetal: Right kidney enlarged with several cysts up to 15 mm. Left kidney normal. Bladder "
        "filling.\nAbdomen: an 8 mm cyst below the liver.\nBrain, heart, spine: normal.\nPlacenta anterior. Maternal: "
        "3 cm subserosal fibroid.\nPlan: paediatric urology review.",
        {"Uterus"},
        {"mass"},
        [("Uterus", "mass")],
    ),
    # mg032: "Fetal neck:" block with a hygroma, skin oedema and effusions; the mother's ovary under "Maternal:".
    (
        "ANOMALY SCAN 18+6\nFetal neck: 25 mm septated cystic mass behind the neck. Scalp oedema 5 mm. Bilateral "
        "pleural effusions.\nHeart: suspected VSD.\nMaternal: right ovary with a 22 mm haemorrhagic cyst.",
        {"Adnexa"},
        {"cyst"},
        [("Adnexa", "cyst")],
    ),
    # mg033: unheaded fetal sentences of a growth scan; "Female fetus:" makes its ovary the fetus's; "GROWTH +" is a
    # title, no mass; the maternal kidneys keep their organ.
    (
        "GROWTH + ANATOMY REVIEW 23+1\nEchogenic bowel. Stomach and bladder seen.\nFemale fetus: a 12 mm cyst in the "
        "right fetal ovary.\nPlacenta: anterior. A 30 x 10 mm retroplacental haematoma.\nMaternal kidneys: mild left "
        "hydronephrosis.",
        {"Uterus", "Kidney and ureter"},
        {"fluid collection"},
        [("Uterus", "fluid collection")],
    ),
    # z124: "baby all normal" in a post says nothing of the mother's organs.
    (
        "Scan at 20 weeks, baby all normal, but the report says: 'Placenta posterior. A 2 cm fibroid in the fundus.'",
        {"Uterus"},
        {"mass"},
        [("Uterus", "mass")],
    ),
]


@pytest.mark.parametrize(("text", "organs", "diagnoses", "lesions"), INVENTORY)
def test_inventory(text: str, organs: set[str], diagnoses: set[str], lesions: list[tuple[str, str]]) -> None:
    report = udt.parse_report(text)
    assert set(report.labels["Organ_level"]) == organs
    assert set(report.labels["Diagnosis"]) == diagnoses
    assert "Pediatrics" not in report.labels["Body_system_level"]
    assert sorted((f.organ, f.diagnosis) for f in report.findings if f.kind == "lesion") == sorted(lesions)
