"""A bare organ part word ("the left lobe", "a right-lobe nodule") names the organ that has such parts: a lesion it
places is in the report's one organ with lobes (the thyroid in a neck report), not in an organ without lobes named
before it, whether that organ is carried from earlier sentences, named earlier in the lesion's sentence or the organ
of the last lesion of the same diagnosis (a kidney after renal colic, a parathyroid gland after its adenoma;
udt.parser.findings.FindingBuilder._lobe_elsewhere). Passages written for this file.

Rows: a passage, a lesion's largest size in mm, and the (organ, side) of the lesion of that size.
"""

from __future__ import annotations

import pytest
from parser_reading import lesion_of_size

from udt.parser import ReportParser

Row = tuple[str, float, tuple[str, str | None]]

THYROID = "Thyroid gland"
KIDNEY = "Kidney and ureter"

BARE_LOBES: list[Row] = [
    # the kidney of the history named in the lesion's own sentence
    (
        "Seen after an episode of left renal colic; calcium 2.9 mmol/L. Neck ultrasound showed a multinodular "
        "thyroid: a 19 mm right-lobe nodule, mostly cystic, and a 6 mm solid nodule in the left lobe.",
        19.0, (THYROID, "right"),
    ),
    (
        "Seen after an episode of left renal colic; calcium 2.9 mmol/L. Neck ultrasound showed a multinodular "
        "thyroid: a 19 mm right-lobe nodule, mostly cystic, and a 6 mm solid nodule in the left lobe.",
        6.0, (THYROID, "left"),
    ),
    # the kidney carried from the sentence before
    (
        "Renal colic two weeks ago. The right kidney measures 11 cm with a 6 mm calculus in the lower pole. Neck: "
        "goitre, with a 14 mm cyst in the left lobe.",
        14.0, (THYROID, "left"),
    ),
    # the parathyroid of the adenoma described just before
    (
        "Figure 2. Right inferior parathyroid adenoma: a 12 mm oval hypoechoic nodule behind the lower pole of the "
        "right thyroid lobe, confirmed at surgery. A 7 mm spongiform nodule lies within the left lobe.",
        7.0, (THYROID, "left"),
    ),
]

GUARDS: list[Row] = [
    # a kidney's pole is its own part: the calculus stays in the kidney beside the thyroid's lobe
    (
        "Renal colic two weeks ago. The right kidney measures 11 cm with a 6 mm calculus in the lower pole. Neck: "
        "goitre, with a 14 mm cyst in the left lobe.",
        6.0, (KIDNEY, "right"),
    ),
    # the lobe of an organ's name only locates the adenoma it lies behind
    (
        "Figure 2. Right inferior parathyroid adenoma: a 12 mm oval hypoechoic nodule behind the lower pole of the "
        "right thyroid lobe, confirmed at surgery. A 7 mm spongiform nodule lies within the left lobe.",
        12.0, ("Parathyroid glands", "right"),
    ),
    # an abdominal report: the kidney's pole and the liver's lobe each keep their organ
    (
        "Abdominal ultrasound. A 9 mm simple cyst in the upper pole of the right kidney. The liver is normal in "
        "size; a 15 mm haemangioma in the right lobe of the liver.",
        9.0, (KIDNEY, "right"),
    ),
    (
        "Abdominal ultrasound. A 9 mm simple cyst in the upper pole of the right kidney. The liver is normal in "
        "size; a 15 mm haemangioma in the right lobe of the liver.",
        15.0, ("Liver", None),
    ),
]


@pytest.mark.parametrize(("text", "size", "expected"), BARE_LOBES)
def test_a_bare_lobe_places_a_lesion_in_the_organ_with_lobes(
    parser: ReportParser, text: str, size: float, expected: tuple[str, str | None]
) -> None:
    assert lesion_of_size(parser, text, size) == expected


@pytest.mark.parametrize(("text", "size", "expected"), GUARDS)
def test_an_organ_keeps_its_own_parts(
    parser: ReportParser, text: str, size: float, expected: tuple[str, str | None]
) -> None:
    assert lesion_of_size(parser, text, size) == expected
