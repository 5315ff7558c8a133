"""A size compared with an earlier one, both numbers sharing the unit written after the second: "(26 vs 24 mm)",
"measuring 1.8 versus 1.5 cm". Writers put today's size first and the earlier study's after the "versus", as they do
with a unit on each number ("17 mm versus 16 mm", context.py's measured comparisons), so the size read at the unit
("24 mm", the earlier one) is widened to start at the first number and takes its value, in the same unit.

The first number must open the comparison: after a bracket, punctuation or a measuring word, never after another word
that it labels ("grade 2 vs 24 mm", "segment 6 vs 7 mm"). A size of several axes ("26 x 21 vs 24 mm") is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from udt.parser.lazy_patterns import lazy_compile
from udt.parser.size_lists import mm_value
from udt.parser.termset import MEASURE_COMPARISON_WORDS

# Characters before a size's start that a "<number> versus " may span.
_WINDOW = 24
_COMPARED = lazy_compile(
    r"(?:^|(?<=[\s(:;,]))(\d{1,3}(?:[.,]\d+)?)\s*(?:"
    + "|".join(re.escape(w) for w in sorted(MEASURE_COMPARISON_WORDS, key=len, reverse=True))
    + r")\s*$",
    re.IGNORECASE,
)
_LAST_WORD = lazy_compile(r"([^\W\d_]+)\s*$")


class ComparedSizes:
    """Reads "<number> versus <size>" (see module docstring); built once from the measuring words."""

    def __init__(self, measuring_words: Iterable[str]) -> None:
        self._measuring = frozenset(w.casefold() for w in measuring_words)

    def first(self, text: str, start: int, end: int, sizes: list[float]) -> tuple[int, list[float]] | None:
        """The start and value of the size at ``text[start:end]`` (``sizes`` in mm) when a bare number compared with
        it opens the comparison ("26 vs 24 mm": 26 mm from the "26"), else None."""
        if len(sizes) != 1:
            return None
        offset = max(0, start - _WINDOW)
        m = _COMPARED.search(text, offset, start)
        if m is None:
            return None
        before = text[:m.start()].rstrip()
        if before and before[-1] not in "(:;,=":
            last = _LAST_WORD.search(before[-_WINDOW:])
            if last is None or last.group(1).casefold() not in self._measuring:
                return None
        factor = 10.0 if "c" in text[start:end].casefold() else 1.0  # ("cm", "centimetres"; "mm", "millimetres")
        return m.start(1), [mm_value(float(m.group(1).replace(",", ".")) * factor)]
