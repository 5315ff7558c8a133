"""Labelled items written inline ("(1) segment VIII, 4.6 x 4.1 cm, heterogeneous mass; (2) segment VI, 1.8 cm,
hypoechoic nodule"): a size inside an item belongs to the lesion named later in the same item, not to the lesion of
the item before.

Teaching cases and follow-up reports number the lesions of one sentence and give each item its place and size
first, its descriptors and its lesion word last. The comma after the size keeps it from pre-modifying the lesion
word (a list's comma: "4.9 cm, 2 nodules"), so the size fell to the nearest lesion before it, the previous item's:
each lesion took the next item's size and the first lost its own.

An item label is a number, a letter or a small roman numeral in brackets or followed by a closing bracket, or a
number after "#" ("(2)", "2)", "(b)", "b)", "(ii)", "#2"), standing where an item starts (the text's start, after
a space, a line break or punctuation) and followed by a space. Only labels of a kind whose first and second labels
the report both holds count ("(1)" with "(2)", "a)" with "b)"): a lone "b)" or "(3)" is a reference, not a list.
One regex pass over a report holding a closing bracket or "#" (the caller's gate).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from udt.parser.lazy_patterns import lazy_compile

# A label: "(n)", "n)", "#n" with n a number of one or two digits, a letter a-h or a roman numeral up to viii.
_LABEL = lazy_compile(
    r"(?:(?<=[\s;:,.])|^)(?:\((?P<a>\d{1,2}|[a-h]|[ivx]{1,4})\)|(?P<b>\d{1,2}|[a-h]|[ivx]{1,4})\)|#(?P<c>\d{1,2}))"
    r"(?=[ \t])",
    re.IGNORECASE,
)
# The first and second label of each kind of item (a kind: its brackets and its counting: numbers, letters, roman).
_SECOND = {"1": "2", "a": "b", "i": "ii"}

# What a label needs: the caller tests the report for one before calling. A bracket's label is followed by a space or
# a tab (the pattern's look-ahead), so a report whose brackets all close before other characters ("(2 cm).", "(R)," )
# is not scanned: about half of those holding a bracket.
ITEM_SIGNS = (") ", ")\t", "#")


def item_label_tokens(text: str, idx: Sequence[int]) -> frozenset[int]:
    """The tokens opening an inline item label in ``text`` (``idx``: each token's first character), for labels of
    the kinds whose first and second labels both stand in the text."""
    found: list[tuple[str, str, int]] = []  # (bracket form, label, character)
    for m in _LABEL.finditer(text):
        form = "a" if m.group("a") is not None else "b" if m.group("b") is not None else "c"
        found.append((form, m.group(form).casefold(), m.start()))
    if len(found) < 2:
        return frozenset()
    present = {(form, label) for form, label, _ in found}
    kinds = {(form, first) for form, first in present if first in _SECOND and (form, _SECOND[first]) in present}
    if not kinds:
        return frozenset()
    out: set[int] = set()
    for form, label, at in found:
        if not any(form == f and _same_counting(label, first) for f, first in kinds):
            continue
        k = bisect_left(idx, at)
        if k < len(idx) and idx[k] == at:
            out.add(k)
    return frozenset(out)


def _same_counting(label: str, first: str) -> bool:
    """``label`` counts as the kind whose first label is ``first`` does (numbers, letters or roman numerals)."""
    if first == "1":
        return label.isdigit()
    if first == "i":
        return set(label) <= set("ivx")
    return len(label) == 1 and label.isalpha()


def label_between(labels: frozenset[int], lo: int, hi: int) -> bool:
    """An item label opens at a token in ``[lo, hi)``."""
    return any(lo <= j < hi for j in labels)
