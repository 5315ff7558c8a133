"""A side abbreviation glossed with its English side word: "(re = right, li = left)", "right (re.)", "li (left)".

A side abbreviation of another language counts as a side only by a sign that its system is in use (foreign_sides.py).
A writer who explains the abbreviations once, in a legend under the title or in a column header ("Kidneys: right
(re.) left (li.)"), then uses them bare in a table's side column or a line ("| 1 | re | 12 h | ..."), where none of
the other signs stands. An abbreviation set equal to the English word of its own side ("re = right"), or bracketed
right after it ("right (re.)"), or bracketing it alone ("re (right)"), is such a sign. A colon is none ("Re: right
breast lump" is a letter's "regarding"), nor is a gloss by the other side's word ("re = left" is no gloss of "re"),
nor a bracket that goes on past the side word ("re (right breast)").
"""

from __future__ import annotations


def glossed_by_side(lower: list[int], j: int, after: int, side: int, equals: int, opening: int, closing: int) -> bool:
    """The abbreviation at token ``j`` of ``lower`` (its next token ``after``: past its full stop where the tokenizer
    split it off) is glossed with ``side``, the id of its own English side word: "re = right", "right = re",
    "right (re.)", "re (right)". ``equals``, ``opening`` and ``closing`` are the ids of "=", "(" and ")"."""
    n = len(lower)
    if after + 1 < n and lower[after + 1] == side:
        if lower[after] == equals:
            return True  # "re = right"
        if lower[after] == opening and after + 2 < n and lower[after + 2] == closing:
            return True  # "re (right)"
    if j >= 2 and lower[j - 2] == side:
        if lower[j - 1] == equals:
            return True  # "right = re"
        if lower[j - 1] == opening and after < n and lower[after] == closing:
            return True  # "right (re.)"
    return False
