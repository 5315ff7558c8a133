"""Per-lesion sizes and organs of multi-lesion reports. Passages written for this file.

- "RV" beside the uterus is its retroversion, not the heart's right ventricle (udt.parser.uterine_versions), so the
  fibroids that follow stay in the uterus; an echo's "RV" beside the LV stays cardiac.
- A lesion measured "2 cm thick and 6 cm long" has both dimensions, its largest the length
  (udt.parser.axis_sizes).

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]

RETROVERTED: list[Row] = [
    (
        "TV pelvis. Uterus: RV, 84 x 48 x 52 mm. Fundal subserosal fibroid 26 mm; a second intramural fibroid "
        "11 mm in the anterior wall.",
        [("Uterus", "mass", None, 26.0), ("Uterus", "mass", None, 11.0)],
    ),
    (
        "The uterus is RV and bulky. Posterior wall fibroid 31 x 27 mm.",
        [("Uterus", "mass", None, 31.0)],
    ),
]


def _organs(parser: ReportParser, text: str) -> set[str | None]:
    return {f.organ for f in parser.parse(text).findings}


@pytest.mark.parametrize(("text", "expected"), RETROVERTED)
def test_rv_beside_the_uterus_is_its_position(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected
    assert "Heart and mediastinum" not in _organs(parser, text)


def test_rv_of_an_echo_stays_cardiac(parser: ReportParser) -> None:
    # guard: the LV named beside it makes "RV" the heart's ventricle, even in a report naming the uterus
    text = "Bedside echo in a pregnant patient: LV function normal. Uterus gravid; RV dilated at 45 mm."
    assert "Heart and mediastinum" in _organs(parser, text)


THICK_AND_LONG: list[Row] = [
    (
        "Right kidney: after partial nephrectomy a subcapsular haematoma, 1.9 cm thick and 6.4 cm in length, "
        "over the lower pole.",
        [("Kidney and ureter", "fluid collection", "right", 64.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), THICK_AND_LONG)
def test_thickness_and_length_are_one_lesions_dimensions(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


BOTH_AFTER_SIZES: list[Row] = [
    (
        "Thyroid: left lobe normal. Right lobe: two nodules 12 and 6 mm both hypoechoic, no calcification.",
        [("Thyroid gland", "nodule", "right", 12.0), ("Thyroid gland", "nodule", "right", 6.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BOTH_AFTER_SIZES)
def test_both_after_a_size_list_names_the_lesions_not_two_sides(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


def test_both_before_a_lesion_keeps_its_sides(parser: ReportParser) -> None:
    # guard: the organs are measured and "both" gives each a lesion: said of the two sides
    text = "Kidneys measure 11 cm and 10.5 cm both with a small simple cyst."
    assert {f.laterality for f in parser.parse(text).findings if f.kind == "lesion"} <= {"bilateral", "left", "right"}
