"""A size followed by a word of cause before a lesion measures the effect the lesion causes, not the lesion: "dilated
pelvis 18 mm by a calculus of 11 x 8 mm", "hydronephrosis, pelvis 21 mm, due to a 12 mm stone", "CBD 9 mm secondary
to a 6 mm stone". A word of extent reads the same way: "ureter dilated 8 mm down to a calculus" measures the ureter
as far as the calculus (termset EXTENT_WORDS). The lesion is sized by its own words after it, so the size before the
cause word neither pre-modifies it (``FindingBuilder._close``) nor falls to it as the nearest lesion
(``FindingBuilder._size_owner``).
"""

from __future__ import annotations

from collections.abc import Collection


def names_cause(
    free: list[int], lower: list[int], causes: Collection[int], heads: Collection[int] = (), to: int | None = None
) -> bool:
    """Whether a word of cause (``causes``, word ids) is among the ``free`` tokens between a size and a lesion word
    (``lower``: each token's word id), or a word of extent that needs "to" after it (``heads``: "down to")."""
    return any(lower[j] in causes or (lower[j] in heads and j + 1 < len(lower) and lower[j + 1] == to) for j in free)
