"""Lesion labels whose letter is their side: "R1 | Rt mid | 1.2 cm", "R3 | same | 0.4 cm", "L2  lower  0.4 cm",
"(A) Right lobe: R1 (upper pole) 31 mm; R2 (mid) 12 mm. (B) Left lobe: L1 22 mm"; "I1 | isthmus | 0.3".

Thyroid, breast and kidney worksheets number each side's lesions apart, by the side's letter and a number ("R1",
"R2", ... and "L1", ...). Such a label states its row's side even where the row's own words name none ("R3 | same",
"R2  mid  0.8 cm") or name a column heading's other side: the label token is read as a side word. The isthmus's
lesions are lettered "I" in the same system: such a label names a place on the midline (termset.CLAUSE_ROLES
"midline"), whose lesion takes no side from the "R1" line before it ("1. R1: TR4. 2. I1: new TR5 nodule").

A label is read where it opens a line, a cell or a clause (after a line break, a bar, a colon, a semicolon or a full
stop), as a row or an entry opens: one a sentence cites after its lesion word or in a bracket ("Fibroadenomas R1 and
L1 stable (L1 +2 mm)") names rows whose sides their own lines give, not one side of the sentence's lesion.

Only a report labelling both sides so is read: one that holds both "R1" and "L1" (each side's numbering opens at 1),
which a lone "L1" (a vertebra) or "R1" does not make. One C-level test of the report's word set.
"""

from __future__ import annotations

from itertools import compress
from typing import TYPE_CHECKING

from udt.parser.heading_scope import MIDLINE

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    from spacy.strings import StringStore

_NUMBERS = range(1, 20)  # a side's lesions, as far as a worksheet numbers them
_OPENERS = ("|", ":", "):", ";", ".")  # (and white space) before a label that opens a row or an entry


class LabelSides:
    """The side of each side-lettered lesion label (see module docstring); built once per pipeline."""

    def __init__(self, strings: StringStore) -> None:
        self._sides = {strings.add(f"{letter}{n}"): side
                       for letter, side in (("r", "right"), ("l", "left")) for n in _NUMBERS}
        self._midline = frozenset(strings.add(f"i{n}") for n in _NUMBERS)
        self._both = frozenset((strings.add("r1"), strings.add("l1")))
        self._openers = frozenset(strings.add(w) for w in _OPENERS)
        self._strings = strings

    def mark(self, lower: list[int], words: AbstractSet[int], side: list[str | None], role: list[str | None]) -> None:
        """Give each side-lettered label of ``lower`` its letter's side in ``side`` (an isthmus's label the midline's
        role in ``role``), in place, where the report (``words``: its distinct word ids) labels both sides."""
        if not self._both <= words:
            return
        get = self._sides.get
        for i in compress(range(len(lower)), map(self._sides.__contains__, lower)):
            if self._opens(lower, i):
                side[i] = get(lower[i])
        if not self._midline.isdisjoint(words):
            for i in compress(range(len(lower)), map(self._midline.__contains__, lower)):
                if role[i] is None and self._opens(lower, i):
                    role[i] = MIDLINE

    def _opens(self, lower: list[int], i: int) -> bool:
        """Whether token ``i`` opens the text, a line, a cell or a clause (see module docstring)."""
        return i == 0 or lower[i - 1] in self._openers or self._strings[lower[i - 1]].isspace()
