"""A size written with a plus sign is a change, not a measurement: "slowly growing (+2 mm)", "L1 +2 mm, within the
expected range", "stable (+1 mm)". The sign states how much a lesion grew since the earlier scan; read as a size it
gives the lesion, or an unsized restatement of it in the conclusion, a number no one measured.

Only a sign glued to the number and opening a word (after a space, a bracket or the text's start): "3+2 mm" or
"3 + 2 mm" adds two numbers of one statement and is left alone. One slice of the text before each size.
"""

from __future__ import annotations

_OPENERS = frozenset(" \t\n(,;:")


def is_change(text: str, start: int) -> bool:
    """Whether the size starting at ``start`` is a growth written with a plus sign glued to its number."""
    if start < 1 or text[start - 1] != "+":
        return False  # (most sizes: one character compared)
    return start < 2 or (text[start - 2] in _OPENERS and not text[max(0, start - 4) : start - 1].strip().isdigit())
