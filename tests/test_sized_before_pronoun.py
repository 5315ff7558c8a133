"""A pronoun whose size stands before it, opened by an indefinite article ("a 19 mm cystic node with a 12 mm one
just below it"), is a further lesion of the kind named before it in its sentence, with that size
(pronoun_lesions.py). Without it the second node, and its size, were lost. "The 2 cm one" points back to a lesion
named before, and a size in another sentence than the lesion gives none. Each passage is written for this file.
"""

from __future__ import annotations

import udt


def _lesions(text: str) -> list[tuple[str | None, str | None, float | None]]:
    return [(f.organ, f.laterality, max(f.size_mm) if f.size_mm else None)
            for f in udt.parse_report(text).findings if f.kind == "lesion"]


def test_node_with_a_sized_one_below_it_is_two_nodes() -> None:
    text = ("Neck US: at right level III a 21 mm necrotic lymph node with a 14 mm one just above it. "
            "Thyroid normal.")
    assert _lesions(text) == [("Lymph nodes", "right", 21.0), ("Lymph nodes", "right", 14.0)]


def test_cyst_with_a_sized_one_beside_it() -> None:
    text = "Liver: a 25 mm simple cyst in segment 7 with a 9 mm one next to it. No other lesion."
    assert [size for _, _, size in _lesions(text)] == [25.0, 9.0]


def test_definite_sized_one_points_back() -> None:
    # near miss: "the 21 mm one" is the cyst named before, no second lesion
    text = "Right kidney: a 21 mm cyst at the upper pole, and the 21 mm one is simple."
    assert len(_lesions(text)) == 1


def test_sized_one_without_a_lesion_in_its_sentence_adds_none() -> None:
    # near miss: the lesion is named in an earlier sentence
    text = "Left kidney: a 12 mm cyst. The spleen is a 11 cm one."
    assert len(_lesions(text)) == 1
