"""Numbers listed before one unit share it: "two simple cysts, 2.2 and 1.4 cm"; "hypoechoic foci of 5, 7 and 4 mm".
The size read at the unit ("1.4 cm") is then only the last of the list; per the corpus guideline a group reported
together is one lesion with its largest size, so the size becomes the list's largest ("2.2 cm") and starts at the
list's first number.

Only numbers joined by ", " (a comma and a space: "1,8" is a decimal comma), "and", "or" or "&", and only a list
opened by punctuation or a measuring word ("of", "measuring", "at": the termset's ``measure`` role); a number after
another word is a label ("segment 6 and 7 mm", "grade 3, 2 mm"). A size of several dimensions ("2 x 1 cm") is no
list member. One anchored regex match over a bounded window before each size.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_WINDOW = 60  # characters before a size that a list may span
_LIST = re.compile(
    r"(?:^|(?<=[\s(:;,]))"  # the list opens after white space or punctuation
    r"((?:\d{1,3}(?:[.,]\d+)?(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*&\s*))+)$",  # numbers, each then a joiner
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_LAST_WORD = re.compile(r"([^\W\d_]+)$")


def _may_end_a_list(window: str) -> bool:
    """Whether ``window`` may end with a list's joiner (a cheap test before ``_LIST``, which is tried at each of the
    window's characters): every joiner ends, white space aside, with ",", "&", "and" or "or" ("measuring 5 mm" and
    "cyst of 5 mm" end with neither). A non-ASCII last character is left to the pattern (its case folding)."""
    stripped = window.rstrip()  # (str.rstrip and the pattern's \s strip the same white space)
    if not stripped:
        return False
    last = stripped[-1]
    return not last.isascii() or last in ",&dDrR"


class SizeLists:
    """Reads lists of numbers before a size's unit (see module docstring); built once from the measuring words."""

    def __init__(self, measuring_words: Iterable[str]) -> None:
        self._measuring = frozenset(w.casefold() for w in measuring_words)

    def widen(self, text: str, start: int, end: int, sizes: list[float]) -> tuple[int, list[float]]:
        """The start and values of the size at ``text[start:end]`` (``sizes`` in mm): unchanged unless a list of
        unitless numbers precedes it, then the list's first number and its largest value."""
        if len(sizes) != 1:
            return start, sizes
        window = text[max(0, start - _WINDOW) : start]
        if not _may_end_a_list(window):
            return start, sizes
        m = _LIST.search(window)
        if m is None:
            return start, sizes
        # The list opens at its first number that follows punctuation or a measuring word ("segments 2 and 6, 14 and
        # 8 mm": "14 and 8"; a number after another word is a label's).
        numbers = list(_NUMBER.finditer(window, m.start(1)))
        first = next((k for k, n in enumerate(numbers) if self._opens_list(window[: n.start()].rstrip())), None)
        if first is None:
            return start, sizes
        factor = 10.0 if "c" in text[start:end].casefold() else 1.0  # ("cm", "centimetres"; "mm", "millimetres")
        values = [float(n.group().replace(",", ".")) * factor for n in numbers[first:]]
        largest = max([*values, sizes[0]])
        return start - len(window) + numbers[first].start(), [largest if largest.is_integer() else round(largest, 2)]

    def _opens_list(self, before: str) -> bool:
        """Whether a list may open after ``before``: nothing, punctuation, or a measuring word."""
        if not before or before[-1] in ",:;(":
            return True
        last_word = _LAST_WORD.search(before)
        return last_word is not None and last_word.group(1).casefold() in self._measuring
