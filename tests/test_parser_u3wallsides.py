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


def _organs(text: str) -> list[tuple[str | None, str | None, float | None]]:
    return [(f.organ, f.laterality, max(f.size_mm) if f.size_mm else None) for f in parse_report(text).findings]


def test_flank_soft_tissues_keep_their_collection() -> None:
    # a trunk part's soft tissues hold their own lesion, not the groin of the panel before
    text = ("(i) Left groin, femoral puncture site: 31 mm haematoma without flow. (ii) Left flank soft tissues beside "
            "the old drain exit: 12 mm hypoechoic collection.")
    assert _organs(text) == [("Hip groin and buttock", "left", 31.0), ("Soft tissues", "left", 12.0)]


def test_denied_av_fistula_is_no_access() -> None:
    # "no AV fistula" after a puncture denies a complication: the thigh collection stays in the soft tissues
    text = ("US left groin after angiography.\nCFA patent. No pseudoaneurysm. No AV fistula.\n"
            "Separate collection in the left thigh subcutis, 21 mm.")
    assert ("Soft tissues", "left", 21.0) in _organs(text)
    assert all(organ != "Dialysis fistula" for organ, _, _ in _organs(text))
