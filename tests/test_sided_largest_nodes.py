"""Each side's largest node after a group stated on both sides is a node lesion of its own, with that side and
size, and the group alone leaves no unsized bilateral lesion beside them: "bilateral lymphadenopathy ... Largest R
level III 32 mm; largest L level IV 21 mm" (sided_largest_levels.py, level_rows.py), "The largest on the right
measures 21 mm, on the left 16 mm" (sided_largest.py). Near misses: a "largest" level with no side, one side's
largest alone, an organ's largest dimension, a kidney's largest cyst. Each passage is written for this file.
"""

from __future__ import annotations

import udt

N = "Lymph nodes"


def _lesions(text: str) -> list[tuple[str | None, str | None, int | None]]:
    return sorted(((f.organ, f.laterality, round(f.size_mm[0]) if f.size_mm else None)
                   for f in udt.parse_report(text).findings if f.kind == "lesion"), key=str)


def test_each_sided_largest_level_is_a_node_of_its_own() -> None:
    text = ("NECK US (staging)\nNeck: bilateral level II-V lymphadenopathy, rounded hypoechoic nodes with effaced "
            "hila. Largest R level III 2,8 x 1,9 cm; largest L level IV 1,7 x 1,1 cm.\nThyroid: unremarkable.")
    assert _lesions(text) == [(N, "left", 17), (N, "right", 28)]


def test_sided_largest_levels_inside_the_group_clause() -> None:
    text = "Neck US: Multiple enlarged bilateral cervical nodes, largest R level III 14 mm; largest L level IV 11 mm."
    assert _lesions(text) == [(N, "left", 11), (N, "right", 14)]


def test_sided_largest_levels_after_nodes_on_both_sides() -> None:
    text = ("Lymph nodes: several enlarged round nodes on both sides of the neck. Largest right level II measures "
            "19 x 9 mm; largest left level III measures 12 x 7 mm.")
    assert _lesions(text) == [(N, "left", 12), (N, "right", 19)]


def test_largest_level_without_a_side_stays_the_groups_largest() -> None:
    # near miss: no side between "largest" and its level
    text = "Lymph nodes: multiple enlarged nodes on both sides. Largest level II 19 x 9 mm, no hilum."
    assert _lesions(text) == [(N, "bilateral", 19)]


def test_each_sides_largest_by_its_side_alone() -> None:
    text = ("Axillae: multiple enlarged nodes bilaterally, cortex thickened. The largest on the right measures 23 mm; "
            "the largest on the left measures 15 mm.")
    assert [(side, size) for _, side, size in _lesions(text)] == [("left", 15), ("right", 23)]


def test_other_sides_largest_given_by_its_side_after_a_comma() -> None:
    text = ("Axillae: multiple enlarged nodes bilaterally, cortex thickened. The largest on the right measures "
            "23 mm, on the left 15 mm.")
    assert [(side, size) for _, side, size in _lesions(text)] == [("left", 15), ("right", 23)]


def test_one_sides_largest_alone_is_the_groups_size() -> None:
    # near miss: only one side's largest given; the group keeps it as its own largest, one lesion
    text = "Axillae: multiple enlarged nodes bilaterally. The largest on the right measures 23 mm."
    assert len(_lesions(text)) == 1


def test_a_kidneys_largest_cyst_is_no_node() -> None:
    # near miss: a largest cyst of one kidney after cysts of both
    text = ("Kidneys: multiple bilateral simple cortical cysts, the largest cyst in the left kidney measuring 34 mm. "
            "No hydronephrosis.")
    found = _lesions(text)
    assert len(found) == 1 and found[0][0] == "Kidney and ureter"


def test_an_organs_largest_dimension_adds_no_lesion() -> None:
    # near miss: "largest" measures the organ, and the nodes on both sides are normal
    text = ("Spleen: largest dimension 11 cm, homogeneous. Both axillae: a few normal nodes with fatty hila, none "
            "enlarged.")
    assert _lesions(text) == []
