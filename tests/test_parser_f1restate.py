"""A diagnosis later in the sentence of a measured lesion of unstated nature, past a size or a clause, names that
lesion (udt.parser.sentence_names): "formation 4,1 cm with smooth contours cyst", "a formation 22 x 15 mm ..., with a
cavity 6 mm inside - abscess". The measured lesion takes an asserted name; a hedged one leaves it unnamed; a name of
another side, one placed by its own word, or one after another lesion stays a finding of its own. Passages written
for this file.

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]

NAMED: list[Row] = [
    (
        "abdominal ultrasound liver not enlarged in right lobe S7 anechoic formation round 4,1 cm with smooth "
        "contours cyst gallbladder without stones",
        [("Liver", "cyst", None, 41.0)],
    ),
    (
        "Right axillary region: a formation 22 x 15 mm of mixed echogenicity, with a thick hypoechoic rim and "
        "peripheral flow, with an anechoic cavity 6 mm inside - infiltrate, abscess.",
        [("Axilla", "fluid collection", "right", 22.0)],
    ),
]

HEDGED: list[Row] = [
    # a hedged name leaves the measured lesion unnamed, and is no second lesion
    (
        "Left ovary: a lesion of about 48 x 41 mm with fine septa and low-level echoes, wall up to 3 mm; an "
        "endometrioma cannot be excluded.",
        [("Adnexa", None, "left", 48.0)],
    ),
]

GUARDS: list[Row] = [
    # the fluid around the organ, placed by its own word, is another finding than the area inside it
    (
        "FAST: an intrasplenic hypoechoic area of 4 cm with perisplenic fluid; the hepatorenal pouch is dry.",
        [("Spleen", None, None, 40.0), ("Spleen", "fluid collection", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMED)
def test_a_later_name_in_the_sentence_names_the_measured_lesion(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), HEDGED)
def test_a_hedged_later_name_is_no_second_lesion(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_a_self_placed_name_stays_a_finding_of_its_own(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected
