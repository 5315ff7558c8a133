"""A numbered line under a side's heading that describes and measures a lesion without naming it is a lesion of its
own: "RIGHT:" over "1) 11 o'clock, 3 cm FN: oval, circumscribed, hypoechoic, 14 x 8 mm. U3." and "2) 9 o'clock:
cluster of microcysts, 9 mm"; "RK 11.0 cm:" over "1. upper pole, 4.5 cm, anechoic, thin wall." and "2. interpolar,
1.8 cm, one thin septum".

Structured breast and renal reports number the lesions under each side's heading and describe each by its features,
naming its nature (if at all) in the assessment after it. Without this the line read as a sentence with no lesion:
its size went to the heading's organ or to the next lesion named, and the heading's side was lost.

A line qualifies when it opens with an item number ("1.", "2)", "(3)", "#4") in the run of numbered lines right under
a heading line that ends with a colon and names a side (a side word, or a sided organ: "RK"), and holds a size and a
descriptor (an attribute item) and no lesion, normal finding or organ other than the heading's (a part of it places
the lesion: "upper pole"). The generic lesion stands at the line's first word after its number, as a listed line's
does (lesion_lists.py); the findings pass gives it the line's first size and the heading's side. Gated on a
descriptor and a numbered line in the report: one C-level search elsewhere.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from udt.parser.findings import new_item

if TYPE_CHECKING:
    from udt.parser.findings import Item

# An item number opening a line ("1.", "2)", "(3)", "#4"), then a blank: not a decimal ("1.5 cm") nor a date.
_NUMBERED = re.compile(r"[ \t]*(?:\(?[1-9]\d?[.)]|#[1-9]\d?)[ \t]+")
_ANY_NUMBERED = re.compile(r"^[ \t]*(?:\(?[1-9]\d?[.)]|#[1-9]\d?)[ \t]+", re.MULTILINE)
_SUBJECTS = ("lesion", "normal")  # items that give a line a subject of its own
_SIDES = ("left", "right")


def add_described_lines(items: list[Item], text: str, idx: list[int], sent_starts: list[int],
                        side: list[str | None], generic: str | None) -> None:
    """Add, in place, a generic lesion for each numbered line under a side's heading that describes and measures a
    lesion it does not name (see module docstring). ``items`` is in token order; ``side`` is ``Words.side``."""
    if not items or _ANY_NUMBERED.search(text) is None or not any(it.kind == "attribute" for it in items):
        return
    at = [idx[it.start] for it in items]
    added: list[Item] = []
    organs: set[str] | None = None  # the organs of the heading over the current run of numbered lines (None: no run)
    lo = 0
    for line in text.split("\n"):
        hi = lo + len(line)
        row = items[bisect_left(at, lo) : bisect_left(at, hi)]
        if (number := _NUMBERED.match(text, lo)) is not None:
            if organs is not None:
                kinds = {it.kind for it in row}
                if "size" in kinds and "attribute" in kinds and kinds.isdisjoint(_SUBJECTS) and all(
                        it.organ is None or it.organ in organs for it in row if it.kind == "anatomy"):
                    # At the line's first word after its number: the lesion takes the line's first size, its own
                    # ("2.7 x 2.4 cm, septations with a 7 mm solid component"), as a listed line's does.
                    j = bisect_left(idx, number.end())
                    added.append(new_item("lesion", j, j + 1, bisect_right(sent_starts, j) - 1, -1, "Diagnosis",
                                          None, generic))
        elif line.rstrip().endswith(":") and _names_side(row, side, idx, lo, hi):
            organs = {it.organ for it in row if it.kind == "anatomy" and it.organ is not None}
        else:
            organs = None
        lo = hi + 1
    if added:
        items.extend(added)
        items.sort(key=lambda it: (it.start, it.end))


def _names_side(row: list[Item], side: list[str | None], idx: list[int], lo: int, hi: int) -> bool:
    """Whether the heading line ``lo``..``hi`` (its items ``row``) names a side: a side word, or a sided organ."""
    if any(it.kind == "anatomy" and it.laterality in _SIDES for it in row):
        return True
    return any(side[t] in _SIDES for t in range(bisect_left(idx, lo), bisect_left(idx, hi)))
