"""Size and side classes found in ``reports_multiorgan_findings_12.jsonl`` (released validation set; inventory in
``benchmarks/results/mo12_error_inventory.md``), in new wordings (none copied from a corpus): (organ, diagnosis,
side, largest size in mm) of each lesion finding in order.

- plural unit: "cms" (and "mms"), as South Asian and some transcribed reports write centimetres, is a unit like
  "cm" ("calculus of 0.9 cms", "cyst 2.1 x 1.7 cms", "two nodules of 0.7 cms and 0.4 cms"); near miss: an organ
  length in "cms" stays no lesion size.
- axes before a place phrase: a size of two or three axes is never a distance, whatever place phrase follows it
  ("ganglion 11 x 7 mm from the ligament", "haematoma 18 x 9 mm inferior to the sac"); near miss: a single length
  before "from the nipple" stays a distance.
- hemithorax: "R hemithorax:" heads the chest (ontology: a related synonym of the thorax), so a bare effusion under it
  is pleural, as under "Chest:"; each side heading keeps its own effusion.
- translated conclusion heading: "Ultrasound prompts:" (and "Impr:", "Ultrasound diagnosis:") is a summary, so its
  diagnosis names the earlier lesion it restates instead of making a second one (restated.py).
- echo as the noun: "a strong echo 0.7 x 0.5 cm with acoustic shadow", "strong echo spot", "strong echo clusters"
  are regions (echo_areas.py); echo foci described at the end of a long clause of a lesion are its part, not a
  second lesion that takes its size; near miss: a region with a size of its own at the end of such a clause stays a
  lesion of its own.
- shorthand "eff" (ICU notes) is an effusion like "effusion": "L small eff 0.9 cm" is the left pleural effusion.
- node level "VA": "level VA" is the neck node level, not the vertebral artery (senses: "level" before "VA" gives it
  its other sense, as "my VA" does); near miss: "Left VA: antegrade flow" stays the artery.
- "nl" (handwritten-note shorthand for normal, beside "NAD" and "WNL") calls an organ normal ("Lt ovary nl.",
  "Kidneys nl B/L"); near miss: an organ with a lesion and "nl" for its size only is no normal organ.
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, labels_of, lesions_of

from udt.parser import ReportParser

K, TH, AD, LI, GB, UT, BR = (
    "Kidney and ureter",
    "Thyroid gland",
    "Adnexa",
    "Liver",
    "Gallbladder and bile ducts",
    "Uterus",
    "Breast",
)

ROWS: list[tuple[str, str, list[Lesion]]] = [
    ("plural unit", "Lt kidney: a calculus of 0.9 cms in the mid calyx.", [(K, None, "left", 9.0)]),
    ("plural unit", "Liver: 14.2 cms. A simple cyst of 2.1 x 1.7 cms in the right lobe.", [(LI, "cyst", None, 21.0)]),
    (
        "plural unit",
        "NECK ULTRASOUND (THYROID)\nRt lobe: 4.8 x 1.6 cms, shows two small nodules of 0.7 cms and 0.4 cms.",
        [(TH, "nodule", "right", 7.0), (TH, "nodule", "right", 4.0)],
    ),
    ("plural unit", "Gall bladder: Multiple calculi, largest measuring 0.9 cms.", [(GB, None, None, 9.0)]),
    (
        "plural unit",
        "Uterus: 8.1 x 4.4 x 3.6 cms. Subserosal fibroid of 2.3 cms at the fundus.",
        [(UT, "mass", None, 23.0)],
    ),
    (
        "axes before a place phrase",
        "Left wrist: volar ganglion 11 x 7 mm from the radiocarpal joint.",
        [("Wrist and carpus", "cyst", "left", 11.0)],
    ),
    (
        "axes before a place phrase",
        "Subchorionic haematoma 18 x 9 mm inferior to the sac.",
        [(UT, "fluid collection", None, 18.0)],
    ),
    (
        "hemithorax",
        "Left hemithorax: moderate effusion, depth 3.1 cm. R: effusion 9 mm.",
        [("Pleural space", "fluid collection", "left", 31.0), ("Pleural space", "fluid collection", "right", 9.0)],
    ),
    (
        "translated conclusion heading",
        "Findings:\n1. Left kidney: size normal, lower pole anechoic area 1.6cm, boundary clear.\n"
        "Ultrasound prompts: 1. Left kidney cyst.",
        [(K, "cyst", "left", 16.0)],
    ),
    (
        "translated conclusion heading",
        "Pleura: L effusion, max depth 2.7 cm.\nImpr: L effusion, drain not needed.",
        [("Pleural space", "fluid collection", "left", 27.0)],
    ),
    (
        "echo as the noun",
        "Right kidney: in the mid calyx a strong echo 0.7x0.5cm with acoustic shadow.",
        [(K, None, "right", 7.0)],
    ),
    (
        "echo as the noun",
        "Gallbladder: 6.8x2.9cm, several strong echo clusters inside with shadow, the larger about 1.1cm.",
        [(GB, None, None, 11.0)],
    ),
    (
        "echo as the noun",
        "Left kidney: a strong echo spot 0.4cm in the upper calyx; lower pole anechoic area 2.0cm.",
        [(K, None, "left", 4.0), (K, None, "left", 20.0)],
    ),
    (
        "echo as the noun",
        "An isoechoic nodule in the left lobe of thyroid, size about 1.4x1.0cm, boundary clear, shape regular, "
        "aspect ratio <1, a few punctate strong echo foci inside.",
        [(TH, "nodule", "left", 14.0)],
    ),
    (
        "echo as the noun",
        "Liver: a simple cyst in segment 7, size about 1.8x1.5cm, thin wall, no flow, posterior enhancement, a "
        "hypoechoic area 0.9cm in segment 3.",
        [(LI, "cyst", None, 18.0), (LI, None, None, 9.0)],
    ),
    (
        "eff shorthand",
        "Pleura: L effusion, depth 2.6 cm, anechoic. R small eff 0.9 cm.",
        [("Pleural space", "fluid collection", "left", 26.0), ("Pleural space", "fluid collection", "right", 9.0)],
    ),
    (
        "node level VA",
        "Right neck: level IIA node 16 mm, necrotic. Level VA node 9 mm, round, no hilum.",
        [("Lymph nodes", None, "right", 16.0), ("Lymph nodes", None, "right", 9.0)],
    ),
    ("axes before a place phrase", "Right breast: cyst 7 mm, 25 mm from the nipple.", [(BR, "cyst", "right", 7.0)]),
]


@pytest.mark.parametrize(("kind", "text", "expected"), ROWS, ids=[f"{k}-{n}" for n, (k, _, _) in enumerate(ROWS)])
def test_mo12_classes(parser: ReportParser, kind: str, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


NORMAL_SHORTHAND: list[tuple[str, list[str]]] = [
    ("Rt ovary: cyst 3.2 cm, anechoic. Lt ovary nl.", ["cyst", "normal appearance"]),
    ("Kidneys nl B/L. Bladder: thin wall.", ["normal appearance"]),
    ("Lt testis 3.9 x 2.1cm, nl echo.", ["normal appearance"]),
    ("Liver nl size, 2 cm cyst in segment 6.", ["cyst"]),
]


@pytest.mark.parametrize(("text", "expected"), NORMAL_SHORTHAND)
def test_normal_shorthand(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, "Diagnosis") == expected


def test_vertebral_artery_keeps_its_sense(parser: ReportParser) -> None:
    assert labels_of(parser, "Carotid and vertebral Doppler. Left VA: antegrade flow.", "Organ_level") == [
        "Peripheral arteries"
    ]
