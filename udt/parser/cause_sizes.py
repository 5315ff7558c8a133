"""A size followed by a word of cause before a lesion measures the effect the lesion causes, not the lesion: "dilated
pelvis 18 mm by a calculus of 11 x 8 mm", "hydronephrosis, pelvis 21 mm, due to a 12 mm stone", "CBD 9 mm secondary
to a 6 mm stone". The lesion is sized by its own words after it, so the size before the cause word does not
pre-modify it (``FindingBuilder._close``).
"""

from __future__ import annotations

from collections.abc import Collection


def names_cause(free: list[int], lower: list[int], causes: Collection[int]) -> bool:
    """Whether a word of cause (``causes``, word ids) is among the ``free`` tokens between a size and a lesion word
    (``lower``: each token's word id)."""
    return any(lower[j] in causes for j in free)
