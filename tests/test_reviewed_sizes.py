"""A correction that names the look again that found its size ("Seg 4 liver lesion measures 12 mm on review, not
9 mm") puts the earlier lesion's size right, as "12 mm, not 9 mm" does (corrected_sizes.py): the lesion named again is
the earlier one, not a second one, and of the organ the correction names. A denied size no lesion has, or a denial
of no size, changes nothing.
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser

_LIVER = "Liver: normal size (15.0 cm). Hyperechoic lesion seg 4, 9 mm. Second hyperechoic lesion seg 6, 5 mm.\n"


def _sizes(parser: ReportParser, text: str) -> list[tuple[float, ...]]:
    return sorted(tuple(f.size_mm) for f in parser.parse(text).findings if f.kind == "lesion")


@pytest.mark.parametrize("review", ["on review", "on re-measurement", "on closer inspection"])
def test_a_reviewed_size_corrects_the_earlier_lesion(parser: ReportParser, review: str) -> None:
    text = _LIVER + f"Correction: Seg 4 liver lesion measures 12 mm {review}, not 9 mm."
    assert _sizes(parser, text) == [(5.0,), (12.0,)]


def test_a_denied_size_no_lesion_has_changes_nothing(parser: ReportParser) -> None:
    sizes = _sizes(parser, _LIVER + "Correction: Seg 4 liver lesion measures 12 mm on review, not 7 mm.")
    assert (9.0,) in sizes


def test_a_denial_of_no_size_changes_nothing(parser: ReportParser) -> None:
    sizes = _sizes(parser, _LIVER + "Comment: seg 4 lesion 9 mm on review, not enlarged.")
    assert sizes == [(5.0,), (9.0,)]


def test_the_corrected_lesion_is_of_the_organ_the_correction_names(parser: ReportParser) -> None:
    # The splenule is measured 9 mm too, nearer the correction: the liver lesion is the one put right.
    text = (_LIVER + "Spleen: 12.1 cm, splenule 9 mm at hilum.\n"
            "Correction: Seg 4 liver lesion measures 12 mm on review, not 9 mm.")
    lesions = [(f.organ, tuple(f.size_mm)) for f in parser.parse(text).findings if f.kind == "lesion"]
    assert ("Liver", (12.0,)) in lesions
    assert ("Liver", (9.0,)) not in lesions
