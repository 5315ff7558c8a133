"""An organ's line that names its side after the name and nothing else: "BREAST RIGHT", "SEIN DROIT / RIGHT".

Writers who head each side's part with the organ and then its side, on a line of its own without a colon, set the
side of the list items under it as "Breast right:" does: the line is a heading with that side. Read only where the
line holds nothing but the organ's name, one side word (English, or a whole side word of another language: "SEIN
DROIT", "MAMMA RECHTS"; not an abbreviation, whose other senses need signs, foreign_sides.py) and at most its gloss
in English after a slash ("SEIN DROIT / RIGHT"), then the line's end or a colon ("SEIN DROIT / RIGHT:"). Not where
the line goes on ("Breast right upper outer, simple cyst"), nor where the slash gives the other side ("BREAST RIGHT
/ LEFT" names two).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

    from spacy.strings import StringStore


class PostedSideLines:
    """Reads a line "<organ> <side>" (see module docstring); built once per pipeline from its string store."""

    def __init__(self, strings: StringStore, english: Mapping[int, str], foreign: Mapping[str, tuple[str, ...]]):
        # the side words (English ones from ``english``: id -> side; whole foreign words from ``foreign``)
        self._english = {w: side for w, side in english.items() if side in ("left", "right")}
        self._sides = dict(self._english)
        self._sides.update((strings.add(w), side) for side, ws in foreign.items() for w in ws)
        self._slash, self._colon = strings.add("/"), strings.add(":")
        self._strings = strings

    def side_of(self, lower: list[int], start: int, end: int) -> str | None:
        """The side the line naming an organ at tokens ``[start, end)`` of ``lower`` states right after it, where
        the line holds nothing else before its end or colon (its gloss aside), else None."""
        n = len(lower)
        if end >= n or (side := self._sides.get(lower[end])) is None:
            return None
        if start > 0 and not self._line_break(lower[start - 1]):
            return None
        after = end + 1
        if after + 1 < n and lower[after] == self._slash:
            if self._english.get(lower[after + 1]) != side:
                return None  # ("BREAST RIGHT / LEFT": two sides)
            after += 2
        return side if after >= n or lower[after] == self._colon or self._line_break(lower[after]) else None

    def _line_break(self, word: int) -> bool:
        text = self._strings[word]
        return "\n" in text and text.isspace()
