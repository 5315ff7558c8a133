"""The items of a differential written as a list, one per line under its heading ("Differential diagnosis:" /
"- breast abscess (favoured)" / "- infected haematoma" / "- inflammatory carcinoma (less likely)"), are weighed
beside one another as much as "abscess or carcinoma" in one sentence is, though each line ends its own clause. A
test that later settles one item ("Aspiration yielded pus, confirming an abscess") discards the others
(settled_doubts.py reads the words returned here as the alternatives beside a doubt).

Only a list whose every line up to the heading opens with an item mark, and whose heading line names a weighing noun
("differential", "alternatives"): a list of findings ("- 2 cm cyst ?haemorrhagic" / "- gallstones") weighs nothing.
Bounded: at most _ITEMS lines either way, each read for at most _LINE_WORDS words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.strings import get_string_id

if TYPE_CHECKING:
    from collections.abc import Sequence

_LINE_BREAKS = frozenset(get_string_id(w) for w in ("\n", "\n\n", "\n\n\n", " \n", "\n "))
_ITEM_MARKS = frozenset(get_string_id(w) for w in ("-", "–", "•", "*", "·"))
_ITEMS = 6  # how many item lines of one list are read either side of the doubt's own
_LINE_WORDS = 20  # the longest item (or heading) line read


def _line_start(lower: Sequence[int], j: int) -> int | None:
    """The first token of the line holding token ``j`` (at most _LINE_WORDS back), or None if it is farther."""
    lo = max(0, j - _LINE_WORDS)
    while j > lo and lower[j - 1] not in _LINE_BREAKS:
        j -= 1
    return j if j == 0 or lower[j - 1] in _LINE_BREAKS else None


def _line_end(lower: Sequence[int], j: int) -> int:
    """The line break (or end) after token ``j``, at most _LINE_WORDS on."""
    hi = min(len(lower), j + _LINE_WORDS)
    while j < hi and lower[j] not in _LINE_BREAKS:
        j += 1
    return j


def listed_alternatives(lower: Sequence[int], start: int, weighing_nouns: frozenset[int]) -> set[int]:
    """The words of the other items of the differential list whose item line holds token ``start``, or an empty set
    where that line is no item of a list headed by a weighing noun."""
    first = _line_start(lower, start)
    if first is None or lower[first] not in _ITEM_MARKS:
        return set()
    # Back over the item lines before it to the heading, which must weigh.
    head, items = first, 0
    while True:
        if head == 0:
            return set()
        prev = _line_start(lower, head - 1)
        if prev is None or prev == head - 1:
            return set()  # a long line, or a blank one: no heading of this list
        if lower[prev] not in _ITEM_MARKS:
            if weighing_nouns.isdisjoint(lower[prev : head - 1]):
                return set()
            break
        items += 1
        if items > _ITEMS:
            return set()
        head = prev
    words: set[int] = set(lower[head:first])
    # On over the item lines after it.
    j = _line_end(lower, first)
    for _ in range(_ITEMS):
        if j + 1 >= len(lower) or lower[j] not in _LINE_BREAKS or lower[j + 1] not in _ITEM_MARKS:
            break
        end = _line_end(lower, j + 1)
        words.update(lower[j + 1 : end])
        j = end
    return words
