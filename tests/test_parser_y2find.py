"""Per-lesion finding classes of the y2find wave (issue 11): passages written for this file, never corpus lines, each
class with near misses where the rule must not fire. Each row states the whole (organ, diagnosis, size, side) list
of the lesion findings the parser must give, in order."""

from __future__ import annotations

import pytest

from udt.parser import ReportParser

Lesion = tuple[str | None, str | None, list[float], str | None]
Row = tuple[str, list[Lesion]]

# A sentence that opens with "the largest" placed on one side, after a group measured already, is a further member
# of the group (the largest on that side): a lesion of the group's kind with that side and size. Before, the
# sentence named no lesion and its size went to the organ's lobe (sided_largest.py).
SIDED_LARGEST: list[Row] = [
    ("Thyroid: numerous nodules in both lobes, the largest a 27 mm complex nodule in the right lobe. The largest on "
     "the left measures 11 mm and is spongiform.",
     [("Thyroid gland", "nodule", [27.0], "bilateral"), ("Thyroid gland", "nodule", [11.0], "left")]),
    ("Thyroid: multiple nodules in both lobes, the largest in the right lobe measuring 22 mm. The largest in the "
     "left lobe is 9 mm.",
     [("Thyroid gland", "nodule", [22.0], "bilateral"), ("Thyroid gland", "nodule", [9.0], "left")]),
    # near misses: a group not yet measured takes the size as its own largest; the largest named in another organ
    ("Thyroid: multiple nodules in both lobes. The largest on the left measures 14 mm.",
     [("Thyroid gland", "nodule", [14.0], "left")]),
    ("Liver: multiple cysts, the largest 3 cm in segment 6. The largest in the right kidney measures 12 mm.",
     [("Liver", "cyst", [30.0], None)]),
]


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


def _lesions(parser: ReportParser, text: str) -> list[Lesion]:
    return [(f.organ, f.diagnosis, f.size_mm, f.laterality) for f in parser.parse(text).findings
            if f.kind == "lesion"]


@pytest.mark.parametrize(("text", "lesions"), SIDED_LARGEST)
def test_a_sided_largest_after_a_measured_group_is_a_member(parser: ReportParser, text: str,
                                                            lesions: list[Lesion]) -> None:
    assert _lesions(parser, text) == lesions
