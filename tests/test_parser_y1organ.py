"""Organ classes of the y1organ wave (issue 11): passages written for this file, never corpus lines, each class with
near misses where the rule must not fire. Each row states the whole Organ_level set the parser must give."""

from __future__ import annotations

import pytest

from udt.parser import ReportParser

Row = tuple[str, set[str]]
_WALL, _CHEST, _SOFT = "Abdominal wall", "Thoracic wall", "Soft tissues"

# A tissue layer ("subcutaneous fat", "subcut") or a diagnosis naming one ("subcutaneous abscess", "intramuscular
# haematoma") whose own sentence names a part of the chest or abdominal wall, or that lies in a study of the wall
# whose title names it, is the wall's layer (guideline: a region that is itself an organ value wins; chest wall ->
# Thoracic wall): the wall is labelled, not the soft tissues (wall_tissues.py). Before, the layer added the soft
# tissues beside the wall, and a wall named only as a landmark ("above the rectus sheath") was lost.
WALL_LAYERS: list[Row] = [
    ("US CHEST WALL LEFT\nPalpable lump. Over the 4th rib there is a 19 x 8 mm oval lesion in the subcutaneous fat, "
     "isoechoic to fat, no flow.\nImpression: probably a subcutaneous lipoma.", {_CHEST}),
    ("US ABDOMINAL WALL\nLump above the umbilicus. A 24 mm compressible lesion is seen in the subcutaneous fat, no "
     "vascularity. No fascial defect on straining.\nConclusion: subcutaneous lipoma.", {_WALL}),
    ("Post-op day 5 after caesarean.\nUterus 12 cm, cavity empty.\nWound: subcut collection superficial to the rectus "
     "sheath, 4.2 x 1.6 cm.", {"Uterus", _WALL}),
    ("Pleural effusion on the right, 3.8 cm deep. Chest wall at the 6th intercostal space: intramuscular haematoma "
     "27 x 10 mm.", {"Pleural space", _CHEST}),
    ("Gallbladder fossa: small collection 2.1 cm. Umbilical port site: 15 mm subcut collection.",
     {"Gallbladder and bile ducts", _WALL}),
    # near misses: a soft-tissue region named for itself, a flank in the wall study, a layer nothing places in a wall
    ("US ABDOMINAL WALL\nSmall umbilical hernia, defect 9 mm, fat only.\nUpper back: a 21 mm lipoma in the "
     "subcutaneous fat.", {_WALL, _SOFT}),
    ("Abdominal wall US\nMidline scar: incisional hernia, defect 18 mm.\nRight flank: subcutaneous lipoma 3.1 cm, "
     "no flow.", {_WALL, _SOFT}),
    ("Liver normal. Gallbladder normal.\nA 2 cm subcutaneous lipoma on the left forearm.",
     {"Liver", "Gallbladder and bile ducts", _SOFT}),
]


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


@pytest.mark.parametrize(("text", "organs"), WALL_LAYERS)
def test_a_layer_of_a_body_wall_is_the_wall(parser: ReportParser, text: str, organs: set[str]) -> None:
    assert set(parser.parse(text).labels["Organ_level"]) == organs


_FISTULA = "Dialysis fistula"

# A bare "anastomosis" or "fistula" names the dialysis fistula only in a report about a dialysis access; in a
# transplant, bowel or penile study it is that organ's join or tract, so the fistula is not labelled
# (bare_fistulas.py). Before, "renal artery PSV at the anastomosis" or "no abscess or fistula" labelled it.
BARE_FISTULAS: list[Row] = [
    ("RENAL TRANSPLANT US\nGraft in the left iliac fossa, 11.2 cm, no hydronephrosis. Renal artery PSV 140 cm/s at "
     "the anastomosis, intrarenal RI 0.66.", {"Kidney and ureter"}),
    ("Liver graft Doppler: hepatic artery RI 0.65. Portal vein anastomosis patent, hepatopetal flow.", {"Liver"}),
    ("Terminal ileum wall 7 mm with hyperaemia, active Crohn's disease. No abscess or fistula.",
     {"Gastrointestinal tract"}),
    # near misses: a dialysis access named by its own words, or by what it serves
    ("LEFT ARM AVF\nAnastomosis: patent, 3.2 mm. Flow volume 900 ml/min.", {_FISTULA}),
    ("On haemodialysis for 3 years. Fistula: patent, flow volume 1100 ml/min. Anastomosis 4 mm.", {_FISTULA}),
    ("Access check. Anastomosis: 2.4 mm stenosis, PSV 420 cm/s.", {_FISTULA}),
]


@pytest.mark.parametrize(("text", "organs"), BARE_FISTULAS)
def test_a_bare_anastomosis_outside_an_access_study_is_no_fistula(
    parser: ReportParser, text: str, organs: set[str]
) -> None:
    assert set(parser.parse(text).labels["Organ_level"]) == organs


_VEINS = "Peripheral veins"

# In a dialysis access study the vessels are the fistula's (guideline: an AV fistula and its outflow vein -> Dialysis
# fistula), but a vessel whose line names only the side opposite the access's arm is the limb's own, examined for
# itself (a line's jugular vein, a vein mapped for a future access): it keeps its organ (access_other_arm.py).
# Before, every vessel of a fistula study was dropped.
OTHER_ARM_VESSELS: list[Row] = [
    ("Access: L radiocephalic AVF. Flow volume 900 ml/min. Outflow cephalic vein 6 mm.\nR IJV: patent, "
     "compressible, no thrombus.", {_FISTULA, _VEINS}),
    ("Left brachiocephalic fistula, flow 1200 ml/min.\nRight arm for future access: cephalic vein 2.8 mm, "
     "compressible.", {_FISTULA, _VEINS}),
    # near misses: the access's own outflow vein, and an access in each arm (no one arm)
    ("L radiocephalic AVF. Flow volume 650 ml/min.\nL outflow cephalic vein 5 mm, depth 4 mm.", {_FISTULA}),
    ("L radiocephalic AVF, thrombosed.\nR brachiocephalic AVF: flow 900 ml/min.\nR cephalic vein 7 mm.", {_FISTULA}),
]


@pytest.mark.parametrize(("text", "organs"), OTHER_ARM_VESSELS)
def test_a_vessel_of_the_other_arm_keeps_its_organ(parser: ReportParser, text: str, organs: set[str]) -> None:
    assert set(parser.parse(text).labels["Organ_level"]) == organs
