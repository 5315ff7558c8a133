"""Sizes that are a criterion, not a measurement: "FNA if >= 15 mm", "observation ≥ 10 mm", "(TR4, >=10 mm)". An
at-least sign before the number states a threshold of a guideline or a recommendation, which measures no lesion; read
as a size it gives an unseen lesion (or the lesion it names) a number no one measured. An at-most sign is left as a
size: "several cysts ≤ 5 mm" bounds the lesions found (the guideline's group rule: their largest), and a bare "<" or
">" too: "a > 5 cm mass" and "< 1 cm node" describe the lesion found.
"""

from __future__ import annotations

# The at-least signs written before a threshold's number ("≥ 10 mm", ">=10 mm", "=> 15 mm").
_SIGNS = ("≥", ">=", "=>")


def is_threshold(text: str, start: int) -> bool:
    """Whether the size starting at ``start`` follows an at-least sign (spaces between allowed)."""
    before = text[max(0, start - 4) : start].rstrip()
    return before.endswith(_SIGNS)
