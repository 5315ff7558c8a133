"""Lesion rows keyed by a label and cited by it later (udt.parser.label_citations, udt.parser.labelled_rows): a
hedged citation ("L2 is probably an angiomyolipoma") still makes the row's measured structure the lesion it cites,
with no nature; a label followed by a comma and its place ("L1, segment 7: 19 x 16 mm") opens a row as one
followed by a space does. A thyroid lobe heading's side reaches the nodules of its lines however the lines are cut
into sentences: a line break is no sentence of the look-back (udt.parser.lobe_sides). A legend's items numbered
"(i)", "(ii)", "(iii)" are rows of one list: an item giving only its place and, after its colon, a size ("(iii) Left
upper arm, posterior: 19 mm") is one more lesion of the list. Passages written for this file.

Inventory (development corpus reports_multiorgan_findings_78): a row cited only by a hedge kept its size as its
kidney's, the hedge's sizeless lesion standing beside it (ou014); rows labelled "L1, segment 7:" were no rows, the
second's size lost (ou008); the second numbered nodule under "RIGHT LOBE", after a line closed by its own "TR4."
sentence, had no side (ou009); a legend's "(iii) Left upper arm, posterior: 19 mm" made no lesion (ou049).

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

_KIDNEY = "Kidney and ureter"

HEDGED: list[tuple[str, list[Lesion]]] = [
    # a row cited only by a hedge is a lesion of no nature; the asserted citation names its row
    (
        "RENAL US\nLEFT KIDNEY 10.8 cm, no hydronephrosis.\nL1 mid pole, cortical: 31 x 28 mm, anechoic, thin wall.\n"
        "L2 upper pole: 9 mm, echogenic, no shadowing.\n"
        "Impression: L1 is a simple cyst. L2 is probably a small angiomyolipoma.",
        [(_KIDNEY, "cyst", "left", 31.0), (_KIDNEY, None, "left", 9.0)],
    ),
    # "possibly" on a right-kidney row, written on its own line after the rows
    (
        "RIGHT KIDNEY 11.9 cm.\nL1 interpolar: 14 mm, echogenic.\nL2 lower pole: 22 x 19 mm, anechoic.\n"
        "Summary:\nL1 possibly an angiomyolipoma.\nL2 simple cyst.",
        [(_KIDNEY, None, "right", 14.0), (_KIDNEY, "cyst", "right", 22.0)],
    ),
]

COMMA_LABELS: list[tuple[str, list[Lesion]]] = [
    # "L1, segment 6:" opens a row as "L1 segment 6:" does: both rows measured and named by the conclusion
    (
        "LIVER FOLLOW-UP\nLiver 14.8 cm, smooth outline. Two known lesions re-measured:\n"
        "L1, segment 6: 23 x 18 mm (previously 22 x 18 mm).\nL2, segment 8: 11 mm, stable.\n"
        "Conclusion: L1 and L2 are consistent with haemangiomas.",
        [("Liver", "mass", None, 23.0), ("Liver", "mass", None, 11.0)],
    ),
]

_THYROID = "Thyroid gland"

LOBE_LINES: list[tuple[str, list[Lesion]]] = [
    # each lobe heading sides the numbered nodules of its lines, a line's score its own short sentence
    (
        "THYROID US\nLEFT LOBE 49 x 16 x 15 mm.\n(a) Mid third: 15 x 11 x 10 mm solid isoechoic nodule, smooth "
        "margins. EU-TIRADS 4.\n(b) Lower pole: 5 mm cyst. EU-TIRADS 2.\nRIGHT LOBE 47 x 14 x 13 mm.\n"
        "(c) Upper pole: 8 mm spongiform nodule. EU-TIRADS 2.",
        [(_THYROID, "nodule", "left", 15.0), (_THYROID, "cyst", "left", 5.0), (_THYROID, "nodule", "right", 8.0)],
    ),
]

_SOFT = "Soft tissues"

ROMAN_ROWS: list[tuple[str, list[Lesion]]] = [
    # the third item, a place and a size, is the list's third lump, on its own side
    (
        "Figure 3.4 Multiple subcutaneous lumps in a 52-year-old woman. (i) Left thigh, anterior: an oval, "
        "well-defined lesion in the subcutis, 31 x 12 mm, isoechoic to fat. (ii) Right thigh, lateral: a similar "
        "lesion, 24 x 9 mm. (iii) Right calf, medial: 17 mm. (iv) Colour Doppler of (i): no internal flow.",
        [(_SOFT, None, "left", 31.0), (_SOFT, None, "right", 24.0), (_SOFT, None, "right", 17.0)],
    ),
]

GUARDS: list[tuple[str, list[Lesion]]] = [
    # a negated citation says nothing of the row: the kidney's size stays the kidney's
    (
        "RIGHT KIDNEY 11.2 cm.\nL1 upper pole: 25 mm, anechoic.\nL2 lower pole: 12 mm, echogenic.\n"
        "Conclusion: L1 is a simple cyst. L2 is not a cyst.",
        [(_KIDNEY, "cyst", "right", 25.0)],
    ),
    # a comma listing labels ("L4, L5") opens no row: vertebral levels are no lesions
    (
        "LUMBAR SPINE US\nL4, L5: facet joints normal, 6 mm joint space.\nNo paraspinal collection.",
        [],
    ),
    # numbered impression items measuring organs, the size not right after a colon: no lesion of the first's kind
    (
        "Impression: (i) Gallbladder calculi, largest 12 mm. (ii) Liver enlarged, 17.5 cm, fatty. (iii) Spleen 11 cm.",
        [("Gallbladder and bile ducts", None, None, 12.0)],
    ),
    # ... nor after a colon, where the item names its whole organ
    (
        "Impression: (i) Gallbladder calculi, largest 12 mm. (ii) Liver: 17.5 cm, fatty. (iii) Spleen: 11 cm.",
        [("Gallbladder and bile ducts", None, None, 12.0)],
    ),
    # the isthmus between stops the lobe's side: its nodule has none
    (
        "THYROID US\nLEFT LOBE 49 x 16 x 15 mm.\nLower pole: 6 mm cyst. TR1.\nIsthmus 3 mm.\nIsthmus: 7 mm "
        "solid nodule. TR4.",
        [(_THYROID, "cyst", "left", 6.0), (_THYROID, "nodule", None, 7.0)],
    ),
]


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


@pytest.mark.parametrize(("text", "expected"), HEDGED + COMMA_LABELS + LOBE_LINES + ROMAN_ROWS + GUARDS)
def test_a_labelled_row_is_the_lesion_its_citation_names(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected
