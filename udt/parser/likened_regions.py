"""A further region likened to the lesion before it is a lesion of its own: "Second similar small zone cranially,
5mm", "a smaller 9 mm similar focus in segment VI", "another similar area, 6 mm".

A region noun (``termset.ECHO_AREA_NOUNS``: "zone", "focus", "area") is a lesion only where an echogenicity word
describes it (echo_areas.py); a likened one carries no echogenicity of its own, its likeness stands for the
description, so it was no lesion and its size was lost or went to the lesion before. A likening word ("similar",
"identical") right before the noun (one descriptor word between at most) makes it a lesion of the generic concept
when a word that adds one more opens its phrase ("a", "another", "second", "one more"), with only comparatives and a
size between ("a smaller 9 mm similar focus"). Not "no similar focus" nor "a focus of similar appearance" (no
adding word before the likening one), and not a region inside a lesion of its clause ("a cyst with a similar focus").
Linear in the tokens of a report that holds a likening word (one C-level test for the others).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from udt.parser.findings import insert_in_token_order, new_item

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    from udt.parser.findings import Item

_NOUN_REACH = 2  # tokens from the likening word to its noun ("similar focus", "similar small zone")
_OPENING_REACH = 6  # tokens back from the likening word to the adding word ("a smaller 9 x 7 mm similar focus")
_CLAUSE_ENDS = frozenset({"sep", "sep_strong", "colon"})


def add_likened_regions(
    items: list[Item],
    lower: list[int],
    role: list[str | None],
    nouns: AbstractSet[int],
    plurals: AbstractSet[int],
    generic: str | None,
    likening: AbstractSet[int],
    adding: AbstractSet[int],
    comparatives: AbstractSet[int],
    sent_starts: list[int],
    words: AbstractSet[int] | None = None,
) -> None:
    """Insert a lesion item for each likened region (see module docstring) into ``items`` (in token order, kept so);
    ``nouns`` are the region nouns' word ids (``plurals`` those in the plural), ``likening``, ``adding`` and
    ``comparatives`` the word ids of the phrase's other words; ``sent_starts`` each sentence's first token;
    ``words`` the report's distinct ``lower`` ids."""
    present = lower if words is None else words
    if generic is None or likening.isdisjoint(present) or nouns.isdisjoint(present):
        return  # (most reports)
    sizes = [it for it in items if it.kind == "size"]
    size_at = {k: it for it in sizes for k in range(it.start, it.end)}
    lesions = [it for it in items if it.kind == "lesion"]
    added: list[Item] = []
    for i, w in enumerate(lower):
        if w not in likening:
            continue
        j = next((k for k in range(i + 1, min(i + 1 + _NOUN_REACH, len(lower))) if lower[k] in nouns), None)
        if j is None or any(role[k] in _CLAUSE_ENDS or role[k] == "comma" for k in range(i + 1, j)):
            continue
        if not _opened_by_adding(lower, i, size_at, adding, comparatives):
            continue
        sent = bisect_right(sent_starts, j) - 1
        if any(_holds(lz, j, sent, role) for lz in lesions):
            continue
        lesion = new_item("lesion", j, j + 1, sent, -1, "Diagnosis", None, generic, "present")
        lesion.plural = lower[j] in plurals
        added.append(lesion)
    insert_in_token_order(items, added)


def _opened_by_adding(lower: list[int], i: int, size_at: dict[int, Item], adding: AbstractSet[int],
                      comparatives: AbstractSet[int]) -> bool:
    """Whether a word that adds one more opens the phrase before the likening word at ``i``, with only comparatives
    and a size between ("a smaller 9 mm similar", "second similar", "one more similar")."""
    k = i - 1
    while k >= 0 and i - k <= _OPENING_REACH:
        if lower[k] in adding:
            return True
        if k in size_at:
            k = size_at[k].start - 1
        elif lower[k] in comparatives:
            k -= 1
        else:
            return False
    return False


def _holds(lesion: Item, noun: int, sent: int, role: list[str | None]) -> bool:
    """Whether ``lesion`` is the region's own word or a lesion of its clause before it, which makes the region a part
    ("a cyst with a similar focus")."""
    if lesion.sent != sent:
        return False
    if lesion.start <= noun < lesion.end:
        return True
    return lesion.end <= noun and not any(r in _CLAUSE_ENDS for r in role[lesion.end : noun])
