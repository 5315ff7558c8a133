"""A line headed by a word that names a finding and its item label ("Finding A", "Finding 2:", "Target 1 -") over a
block that gives a size is one lesion of unstated nature, the block's: "Finding A / Site: R breast 5 o'clock /
Size: 8 x 6 x 7 mm / ... / Finding B / Site: ... / Size: 6 x 4 mm". Worksheets of breast, oncology and
thyroid clinics label their lesions so; the word ``finding`` names no lesion elsewhere ("no focal finding",
"findings suggest ..."), so it is one only as such a heading.

Without this the blocks read as sentences with no lesion: their sizes went to the organ named in the "Site" line.

The heading word (``termset.LABELLED_FINDING_WORDS``) must open its line and be followed by one capital or a
number of one or two digits, then the line's end, a colon or a dash. The block runs to the next such heading (or a
blank line, or the report's end); it must hold a size (not a distance: "11 o'clock, 5 cm FN"), and no lesion word
before its first size nor on the heading's own line (a block that names its lesion, "Finding 1: 8 mm cyst" or
"Finding 1: cyst, 8 mm", builds its own finding). The lesion item stands at the heading word, in its sentence. One
C-level test for the heading words; linear in the tokens of a report holding one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from udt.parser.findings import new_item
from udt.parser.lazy_patterns import lazy_compile
from udt.parser.text_lines import line_start

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    from udt.parser.findings import Item

_LABEL = lazy_compile(r"[ \t]+(?:[A-Z]|[1-9]\d?)[ \t]*(?:$|[:\-\u2013])", re.MULTILINE)


def add_labelled_findings(
    items: list[Item],
    lower: list[int],
    role: list[str | None],
    heads: AbstractSet[int],
    text: str,
    idx: list[int],
    sent_starts: list[int],
    generic: str | None,
    words: AbstractSet[int],
) -> None:
    """Insert, in place (``items`` in token order, kept so), a generic lesion item at each heading word of a labelled
    finding's block (see the module docstring). ``role``: ``Words.role``; ``heads``: the word ids of the heading
    words; ``words``: the report's distinct word ids; ``idx``: each token's character offset."""
    if generic is None or heads.isdisjoint(words):
        return  # (most reports)
    starts = [
        j for j, w in enumerate(lower) if w in heads and _heads_a_line(text, idx[j], idx[j] + _word_len(text, idx[j]))
    ]
    if not starts:
        return
    added: list[Item] = []
    for n, j in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lower)
        blank = text.find("\n\n", idx[j])  # (a blank line ends the block too)
        block = [it for it in items if j <= it.start < end and (blank < 0 or idx[it.start] < blank)]
        first_size = next((it.start for it in block if it.kind == "size" and not _placing(it, role)), None)
        line_end = text.find("\n", idx[j])
        if line_end < 0:
            line_end = len(text)
        if first_size is None or any(
            it.kind == "lesion" and (it.start < first_size or idx[it.start] < line_end) for it in block
        ):
            continue
        added.append(new_item("lesion", j, j + 1, bisect_right(sent_starts, j) - 1, -1, "Diagnosis", None, generic))
    if added:
        items.extend(added)
        items.sort(key=lambda it: (it.start, it.end))


def _word_len(text: str, at: int) -> int:
    """The length of the word at character ``at``."""
    k = at
    while k < len(text) and text[k].isalpha():
        k += 1
    return k - at


def _heads_a_line(text: str, start: int, end: int) -> bool:
    """Whether the word at ``text[start:end]`` opens its line and is followed by an item label that ends it or is
    followed by a colon or a dash."""
    return not text[line_start(text, start) : start].strip() and _LABEL.match(text, end) is not None


def _placing(size: Item, role: list[str | None]) -> bool:
    """Whether a size places or dates a lesion rather than measuring one ("11 o'clock, 5 cm FN", "38 mm in 2024")."""
    return size.locates or size.dated or (size.end < len(role) and role[size.end] == "distance")
