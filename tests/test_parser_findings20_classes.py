"""Size and side classes from the errors of reports_multiorgan_findings_20.jsonl (mn…), in sentences written for
this file (never the corpus's own). Each row: a passage and its lesion findings in report order (organ, released
diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]
THYROID = "Thyroid gland"
NODES = "Lymph nodes"

# 1. A lobe whose side stands after the noun, in French or Spanish word order, often beside the English heading
#    ("Lobe gauche / Left lobe:", "Lóbulo derecho:"): its side holds for the nodules of the sentences after it, as
#    "Left lobe:" does. (mn002: the bilingual heading read its first "Lobe" as a lobe without a side.)
LOBE_SIDE_AFTER: list[Row] = [
    (
        "THYROID\nLobe gauche / Left lobe: 44 x 16 x 15 mm. A solid hypoechoic nodule, 13 mm, mid third.",
        [(THYROID, "nodule", "left", 13.0)],
    ),
    (
        "Thyroïde / Thyroid\nLobe droit / Right lobe: 49 x 19 x 18 mm. Two isoechoic nodules: 11 mm and 7 mm.\n"
        "Lobe gauche / Left lobe: normal size. A 5 mm cyst at the upper pole.",
        [(THYROID, "nodule", "right", 11.0), (THYROID, "nodule", "right", 7.0), (THYROID, "cyst", "left", 5.0)],
    ),
    (
        "Thyroid ultrasound. Lóbulo derecho: 46 x 17 x 16 mm. Se observa un nódulo sólido de 9 mm en el polo superior.",
        [(THYROID, "nodule", "right", 9.0)],
    ),
    # near miss: the English order still reads as before
    (
        "Thyroid: right lobe 48 x 18 x 17 mm. A spongiform nodule of 12 mm in its lower pole.",
        [(THYROID, "nodule", "right", 12.0)],
    ),
]

# 2. A node heading, then the side and the level (or station, or a count) of the nodes before their size ("LNs: L
#    level II x2 -> 14mm"): the side word is the nodes' side, as "Kidneys: right 11 cm" is the kidney's. (mn002,
#    mn043: the side held only when the size followed the side word at once.) Rows: (text, [(side, largest size)])
#    of every Lymph nodes finding, lesion or measured structure alike.
NODE_HEADING_SIDE: list[tuple[str, list[tuple[str | None, float | None]]]] = [
    ("Lymph nodes: right level III, 17 mm, round, no fatty hilum.", [("right", 17.0)]),
    ("LNs: L level IV -> 12mm, rounded, hilum effaced", [("left", 12.0)]),
    ("Cervical nodes: left supraclavicular 15 mm, cystic change.", [("left", 15.0)]),
    ("Neck nodes: Rt level IIa 19 x 11 mm, no hilum, abnormal.", [("right", 19.0)]),
    ("Nodes: L level VI x2 -> 7mm, round", [("left", 7.0)]),
    # near miss: the side word right before the size read as before
    ("Lymph nodes: left 13 mm, round.", [("left", 13.0)]),
]

# 3. Fluid named by the space around an organ ("perisplenic collection", "perinephric haematoma") lies at that organ,
#    not in the organ an earlier sentence described (mn049: a dated series whose last line followed a gallbladder
#    fossa collection). "peri" + the organ's own adjective is read as that adjective.
AROUND_ORGAN_FLUID: list[Row] = [
    (
        "Gallbladder fossa collection 30 x 20 mm.\nPerisplenic collection 45 x 25 mm.",
        [("Gallbladder and bile ducts", "fluid collection", None, 30.0), ("Spleen", "fluid collection", None, 45.0)],
    ),
    (
        "Scan 1: subhepatic collection 52 mm.\nScan 2: subhepatic collection 20 mm. New perisplenic fluid, 16 mm deep.",
        [
            ("Peritoneum mesentery and omentum", "fluid collection", None, 52.0),
            ("Peritoneum mesentery and omentum", "fluid collection", None, 20.0),
            ("Spleen", "fluid collection", None, 16.0),
        ],
    ),
    # near miss: perihepatic fluid is the peritoneum's, as before
    (
        "Right kidney: 25 mm cyst. Perihepatic collection 38 mm.",
        [
            ("Kidney and ureter", "cyst", "right", 25.0),
            ("Peritoneum mesentery and omentum", "fluid collection", None, 38.0),
        ],
    ),
]

ROWS = LOBE_SIDE_AFTER + AROUND_ORGAN_FLUID


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_each_lesion_gets_its_size_and_side(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), NODE_HEADING_SIDE)
def test_node_heading_side(parser: ReportParser, text: str, expected: list[tuple[str | None, float | None]]) -> None:
    got = [
        (f.laterality, max(f.size_mm) if f.size_mm else None) for f in parser.parse(text).findings if f.organ == NODES
    ]
    assert got == expected
