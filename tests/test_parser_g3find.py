"""An unsized plural group followed by its members, each sized, is those members (announced_groups.py)."""

from __future__ import annotations

from udt.parser.parser import parse_report


def _lesions(text: str) -> list[tuple[str | None, str | None, list[float], str | None]]:
    return [(f.organ, f.laterality, f.size_mm, f.diagnosis)
            for f in parse_report(text).findings if f.kind == "lesion"]


def test_uncounted_group_then_members_per_lobe() -> None:
    text = ("Thyroid ultrasound. Several nodules are present in both lobes. Right lobe: solid nodule 22 mm, TR4. "
            "Left lobe: cystic nodule 9 mm, TR2. Isthmus: spongiform nodule 5 mm.")
    got = _lesions(text)
    assert [f[2] for f in got] == [[22.0], [9.0], [5.0]]
    # the group's "both lobes" is not the isthmus nodule's side
    assert [f[1] for f in got] == ["right", "left", None]


def test_known_group_above_a_table_of_members() -> None:
    text = ("Follow-up of known fibroids.\nUterus 98 x 61 x 55 mm.\n| Fibroid | Site | Size |\n"
            "| F1 | fundal, intramural | 41 mm |\n| F2 | anterior, subserosal | 17 mm |")
    got = [f for f in _lesions(text) if f[0] == "Uterus"]
    assert all(f[2] for f in got), got
    assert len(got) == 2


def test_counted_group_still_lends_its_side() -> None:
    text = ("Thyroid ultrasound. The right lobe contains 2 nodules. The upper pole nodule is solid, 14 mm. "
            "The lower one is cystic, 6 mm.")
    got = _lesions(text)
    assert [f[2] for f in got] == [[14.0], [6.0]]
    assert {f[1] for f in got} == {"right"}


def test_plural_heading_then_its_one_measured_node() -> None:
    text = ("Neck ultrasound. Thyroid normal in size.\nLymphadenopathies: right level III node 16 x 9 mm, round, "
            "no fatty hilum.")
    got = [f for f in _lesions(text) if f[0] == "Lymph nodes"]
    assert got == [("Lymph nodes", "right", [16.0, 9.0], None)]


def test_guard_member_of_another_side_is_not_the_groups() -> None:
    text = "Kidneys: left kidney with small stones. Right kidney: 7 mm calculus in the lower pole."
    got = [f for f in _lesions(text) if f[0] == "Kidney and ureter"]
    assert [(f[1], f[2]) for f in got] == [("left", []), ("right", [7.0])]


def test_guard_group_followed_by_unsized_lesion_stays() -> None:
    text = "Liver: multiple cysts. A 21 mm cyst in segment 7. Another small cyst in segment 2."
    assert len(_lesions(text)) == 3


def test_guard_singular_unsized_lesion_stays() -> None:
    text = "Left breast: a palpable lump was examined. Simple cyst 8 mm at 2 o'clock. Simple cyst 5 mm at 4 o'clock."
    got = [f for f in _lesions(text) if f[3] == "cyst"]
    assert [f[2] for f in got] == [[8.0], [5.0]]


def test_summary_node_named_by_its_region_is_not_the_breasts() -> None:
    text = ("Bilateral breast ultrasound.\nLeft breast: 2 o'clock irregular mass 14 mm, U5.\nAXILLA:\n"
            " L - one node, thick cortex, 16 x 10 mm. U4.\n"
            "Summary: L breast U5 mass (14 mm) and L axillary node U4 - core of both, node core first.")
    got = _lesions(text)
    assert ("Breast", "left", [14.0], "mass") in got
    assert [f for f in got if f[0] == "Axilla"] == [("Axilla", "left", [16.0, 10.0], None)]
    assert all(f[0] != "Breast" or f[2] for f in got), got  # no unsized node filed under the breast


def test_guard_node_in_its_region_keeps_the_region() -> None:
    text = "Neck ultrasound. Thyroid: right nodule 9 mm. Enlarged left level III node 14 x 8 mm, no hilum."
    got = _lesions(text)
    assert ("Thyroid gland", "right", [9.0], "nodule") in got
    assert ("Lymph nodes", "left", [14.0, 8.0], None) in got
