"""A side abbreviation of another language, cut short with a full stop, that opens its line labels the line.

Writers label a line with a cut-short side before the organ ("re. Hoden: 4.3 x 2.6 cm", "li. Hoden: ... lesion 9
mm", "izq. Riñón: quiste 12 mm"). The tokenizer splits the stop off, and the capitalised word after it started a new
sentence: the side stood alone as a sentence of its own (or, written in lower case, ran on from the line above, a
title's), and no side heading was read from it, so the line's lesions had no side. Such a line is a sentence that
starts at the abbreviation and runs past its stop. Whether the abbreviation is a side at all is still decided later
(foreign_sides.py): a "Re." regarding that opens a line only keeps its line's words in one sentence.
"""

from __future__ import annotations

from itertools import compress
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

_LIST_MARKS = " \t-*•"  # what may stand before the label on its line (an indent, a list item's mark)


def opens_its_line(text: str, idx: list[int], word: int) -> bool:
    """Token ``word`` (at character ``idx[word]``) is the first word of its line, after blanks or a list mark."""
    start = idx[word]
    line_start = text.rfind("\n", 0, start) + 1
    return text[line_start:start].strip(_LIST_MARKS) == ""


def line_labels(orth: list[int], text: str, idx: list[int], abbreviations: AbstractSet[int],
                period: int) -> list[int]:
    """The tokens of side abbreviations that open their line with their full stop split off and a word after it on
    the same line ("re. Hoden: ..."): each starts a sentence, and its stop ends none (see module docstring)."""
    n = len(orth)
    out = []
    for k in compress(range(n - 2), map(abbreviations.__contains__, orth)):
        if orth[k + 1] == period and not text[idx[k + 2]].isspace() and opens_its_line(text, idx, k) \
                and "\n" not in text[idx[k + 1]:idx[k + 2]]:
            out.append(k)
    return out
