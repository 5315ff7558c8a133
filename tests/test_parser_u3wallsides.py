"""A lesion of a sided abdominal wall ("Left abdominal wall: seroma") takes that side; a midline one takes none."""

from __future__ import annotations

import pytest

from udt import parse_report


def _wall_sides(text: str) -> list[str | None]:
    return [f.laterality for f in parse_report(text).findings if f.organ == "Abdominal wall"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Left abdominal wall, at the old drain site: small seroma 14 x 5 mm.", ["left"]),
        ("Right lateral abdominal wall: haematoma 22 x 8 mm in the subcutis.", ["right"]),
        ("Left lower abdominal wall: 2.4 cm lipoma in the subcutaneous fat.", ["left"]),
        # not across the midline: a paramedian or midline wall lesion has no side
        ("Right paramedian abdominal wall: 20 mm collection deep to the scar.", [None]),
        ("Midline laparotomy incision: 30 mm seroma in the subcutis of the abdominal wall.", [None]),
    ],
)
def test_sided_abdominal_wall(text: str, expected: list[str | None]) -> None:
    assert _wall_sides(text) == expected
