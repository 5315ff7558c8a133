"""A side abbreviation of another language led by a list's dash ("Cysts - re. upper pole 28 mm, - li. lower pole
17 mm") is a side, as "- right upper pole" is: the dash is spaced off it. A hyphen right against it, or one after
it, makes it part of a hyphenated word ("re-check", "re - check"), no side (foreign_sides.py).
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser

_SIZES = "Kidneys: re. 11.0 cm, li. 11.4 cm. "


def _sides(parser: ReportParser, text: str) -> list[tuple[str | None, tuple[float, ...]]]:
    return [(f.laterality, tuple(f.size_mm)) for f in parser.parse(text).findings if f.kind == "lesion"]


@pytest.mark.parametrize("sizes", ["", _SIZES])
def test_dashed_list_items_take_their_abbreviated_sides(parser: ReportParser, sizes: str) -> None:
    text = f"{sizes}Cysts - re. upper pole 28 mm, - re. mid 11 mm, - li. lower pole 17 mm, all anechoic."
    assert _sides(parser, text) == [("right", (28.0,)), ("right", (11.0,)), ("left", (17.0,))]


def test_a_dashed_thyroid_list_takes_its_abbreviated_sides(parser: ReportParser) -> None:
    text = ("Volume: re. 9.8 ml, li. 7.1 ml.\nNodules - re. caudal 17 x 12 x 14 mm, hypoechoic; - re. cranial 5 mm, "
            "cystic; - li. mid 8 mm isoechoic with halo.")
    assert [side for side, _ in _sides(parser, text)] == ["right", "right", "left"]


@pytest.mark.parametrize(
    "tail",
    ["Li. lower pole cyst 17 mm, re-check in 12 months.", "Li. lower pole cyst 17 mm, re - check in 12 months.",
     "Cyst li. lower pole 17 mm - re-scan in 12 months."],
)
def test_a_hyphenated_re_is_no_side(parser: ReportParser, tail: str) -> None:
    assert _sides(parser, _SIZES + tail) == [("left", (17.0,))]
