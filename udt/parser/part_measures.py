"""A sentence that names no lesion and measures an organ's sides measures the organ, not the lesion of an earlier
sentence: "Known thyroid nodule. The right lobe measures 49 x 20 x 18 mm." (the lobe's length, not the nodule's),
"Reason: toxic MNG. R lobe 62 x 28 x 30 mm, L lobe 58 x 25 x 27 mm.", "Pre-op: PTC. Rt 4.9 cm, Lt 4.5 cm."

A bare lobe is no anatomy mention (the ontology names the liver's and the thyroid's lobes only with their organ), so
without this reading the size of a lesion-free sentence continues the last lesion. Two shapes measure a side:

- a side word and a lobe word before the size, with only measuring words between ("right lobe measures", "L lobe:"),
  which also holds in a sentence that names a lesion later ("Left lobe 47 mm long; dorsal to it, an oval 12 mm
  structure - parathyroid adenoma"), when the size is one of three axes or named as a length ("47 mm long"), unless
  it pre-modifies that lesion ("Left lobe 12 mm nodule") or a lesion stands before the lobe, which then places it
  ("a nodule in the left lobe measures 14 mm"): a bare length there may open the lesion's list ("Left lobe: 7 mm
  and 4 mm colloid cysts", "Other in left lobe 3.2 cm, thin walled simple cyst");
- a bare side word right before the size, in a sentence that states both sides ("Rt 4.9 cm, Lt 4.5 cm"): one side
  alone ("Right: 14 mm" under "Bilateral renal cysts") may still be one side's lesion (``_side_line``).
"""

from __future__ import annotations

_BETWEEN = frozenset({"measure", "colon", "axis"})  # "right lobe measures 4 cm", "R lobe: 4 cm", "Rt length 4 cm"
_SIDES = frozenset({"left", "right"})


def measures_lobe(
    side: list[str | None], role: list[str | None], lower: list[int], start: int, lo: int, lobes: frozenset[int]
) -> bool:
    """Whether the size starting at token ``start`` follows a side word and a lobe word, with only measuring words
    between, in a sentence starting at token ``lo`` ("Left lobe 47 mm long; dorsal to it, ... an adenoma")."""
    j = start - 1
    while j >= lo and role[j] in _BETWEEN:
        j -= 1
    return j - 1 >= lo and lower[j] in lobes and side[j - 1] in _SIDES


def measures_sides(
    side: list[str | None],
    role: list[str | None],
    lower: list[int],
    size_starts: list[int],
    span: tuple[int, int],
    lobes: frozenset[int],
) -> bool:
    """Whether every size (first tokens ``size_starts``) of the sentence in token range ``span`` measures a side
    of the organ ("right lobe 4.9 cm", or "Rt 4.9 cm" where the sentence states both sides). ``side`` and ``role``
    are ``Words``' lists, ``lower`` the report's word ids and ``lobes`` the ids of the lobe words."""
    if not size_starts:
        return False
    both = _SIDES.issubset(side[span[0] : span[1]])
    for start in size_starts:
        j = start - 1
        while j >= span[0] and role[j] in _BETWEEN:
            j -= 1
        if j < span[0]:
            return False
        if measures_lobe(side, role, lower, start, span[0], lobes):
            continue
        if both and side[j] in _SIDES and j == start - 1:
            continue
        return False
    return True
