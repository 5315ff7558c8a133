"""A counted group described member by member in sentences of a part and a size (part_members.py)."""

from __future__ import annotations

from udt.parser.parser import parse_report


def _lesions(text: str) -> list[tuple[str | None, str | None, list[float], str | None, str | None]]:
    return [(f.organ, f.laterality, f.size_mm, f.diagnosis, f.location)
            for f in parse_report(text).findings if f.kind == "lesion"]


def test_thyroid_nodules_by_pole() -> None:
    text = ("Thyroid ultrasound. Right lobe: 2 nodules. Upper pole 14 mm, solid, hypoechoic, U4. "
            "Lower pole 5 mm, spongiform, U2. Left lobe unremarkable.")
    assert _lesions(text) == [
        ("Thyroid gland", "right", [14.0], "nodule", "upper pole"),
        ("Thyroid gland", "right", [5.0], "nodule", "lower pole"),
    ]


def test_kidney_cysts_by_pole_with_article() -> None:
    text = "Left kidney: two cysts. In the upper pole 24 mm, simple. In the lower pole 11 mm, thin septum."
    assert _lesions(text) == [
        ("Kidney and ureter", "left", [24.0], "cyst", "upper pole"),
        ("Kidney and ureter", "left", [11.0], "cyst", "lower pole"),
    ]


def test_members_stop_at_the_count() -> None:
    text = ("Thyroid ultrasound. Left lobe: 2 nodules. Upper pole 9 mm, cystic. Lower pole 7 mm, solid. "
            "Isthmus 3 mm.")
    assert [f[2] for f in _lesions(text)] == [[9.0], [7.0]]


def test_guard_group_with_its_own_size() -> None:
    # the group is given with its largest: no member sentence sized it
    text = "Thyroid ultrasound. Right lobe: 2 nodules, the larger 17 mm. Lower pole 6 mm, spongiform."
    assert [f[2] for f in _lesions(text)] == [[17.0]]


def test_guard_same_part_again() -> None:
    text = "Thyroid ultrasound. Right lobe: 2 nodules. Upper pole 12 mm, solid. Upper pole also 3 mm focus."
    assert [f[2] for f in _lesions(text)] == [[12.0]]


def test_guard_no_size_in_later_part_sentence() -> None:
    text = "Thyroid ultrasound. Right lobe: 2 nodules. Upper pole 12 mm, solid. Lower pole vascularity normal."
    assert [f[2] for f in _lesions(text)] == [[12.0]]


def test_guard_single_lesion_not_counted() -> None:
    text = "Thyroid ultrasound. Right lobe: a nodule. Upper pole 12 mm, solid. Lower pole 4 mm, cystic."
    assert len(_lesions(text)) == 1
