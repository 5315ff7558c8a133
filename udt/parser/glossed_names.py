"""A lesion word glossed in brackets by the writer's English for it names the lesion once: "Zweiter Knoten im selben
Lappen (second nodule, same lobe), caudal, 7 mm", "another nodule (second nodule, same lobe), 7 mm".

A writer of another language follows their own phrase with its translation in brackets. The gloss names the lesion
again, often after an ordinal ("second", "another"), and read as a lesion of its own it made two findings of one: an
unmeasured one (the word before the bracket) beside the measured one (the gloss, which the size follows), and the
lesion's gold quote was paired with the empty one. The name in brackets is the same lesion where the bracket opens
within a few plain words after the lesion word (the untranslated rest of the writer's phrase: "im selben Lappen"),
the bracket holds only plain words or an ordinal before the name, the name is of the same diagnosis and status, and
no size stands between the lesion word and the bracket (a measured lesion's bracket: bracketed_names.py). A
bracket naming another diagnosis ("nodule (adenoma?)") or holding a size of its own ("nodule (cyst 5 mm)") is read as
before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.parser.findings import Item

_BEFORE_BRACKET = 4  # plain words at most between the lesion word and the bracket ("im selben Lappen")
_IN_BRACKET = 2  # words at most between the bracket and the name ("(second nodule", "(another small nodule")
# Roles the words inside the bracket before the name may hold: plain words, or an ordinal ("second", "another": clause
# role "sep")
_LEAD_ROLES = frozenset({None, "sep"})
_OWN_SIZE = 3  # tokens after the bracketed name where a size would be its own ("(cyst 5 mm)")


def glosses_lesion(prev: Item, lz: Item, role: list[str | None], items: list[Item], and_id: int | None,
                   lower: list[int]) -> bool:
    """Whether lesion ``lz``, inside a bracket, glosses ``prev``, the lesion word before it (see module docstring)."""
    if lz.value is None or lz.value != prev.value or lz.status != prev.status:
        return False
    opening = lz.start - 1
    while opening > prev.end and lz.start - opening <= _IN_BRACKET and role[opening] in _LEAD_ROLES \
            and lower[opening] != and_id:
        opening -= 1
    if role[opening] != "open" or opening - prev.end > _BEFORE_BRACKET:
        return False
    if any(role[j] is not None for j in range(prev.end, opening)):
        return False
    for it in items:
        if it.kind == "size" and (prev.end <= it.start < opening or lz.end <= it.start <= lz.end + _OWN_SIZE):
            return False
    return True
