"""A grade right before a lesion word of another diagnosis grades that lesion: "R lobe 6 mm TR2 cyst";
"TR1 cyst 5 mm, upper pole". TI-RADS grades any focal lesion of the thyroid, cysts too, so the grade's own
concept (a graded *nodule*) names no second lesion there: the lesion word that follows is the lesion, with its own
diagnosis, and a size before the grade measures it.

The grade folds into the word after it only where nothing stands between them but a word or two of description
(no clause boundary, bracket or colon, no size: "TR3 21 x 14 mm, lower pole; TR1 cyst" keeps the first grade's
nodule), and where both carry one status. The same-diagnosis case ("TR3 solid nodule") is the caller's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from collections.abc import Sequence
    from collections.abc import Set as AbstractSet


class _Word(Protocol):
    kind: str
    start: int
    end: int
    value: str | None
    concept: str | None
    status: str


_GAP = 2  # tokens from the grade's end to the lesion word ("TR2 cyst", "TR2 simple cyst")
# Roles that end what the grade reads: a clause boundary, a bracket, a key's colon.
_STOPS = frozenset({"sep", "comma", "sep_strong", "open", "close", "colon"})


def grade_names_next(
    grade: _Word,
    word: _Word,
    role: Sequence[str | None],
    items: Sequence[_Word],
    graded: AbstractSet[str],
    diffuse: AbstractSet[str],
) -> bool:
    """Whether the ``grade`` lesion (a concept in ``graded``) only grades the lesion ``word`` right after it, of
    another diagnosis; ``items`` the sentence's items (sizes among them), ``role`` the tokens' roles."""
    if grade.concept not in graded or word.concept in graded or word.value is None or word.value == grade.value:
        return False
    if word.concept in diffuse or word.status != grade.status or not 0 <= word.start - grade.end <= _GAP:
        return False
    if any(role[j] in _STOPS for j in range(grade.end, min(word.start, len(role)))):
        return False
    return not any(it.kind == "size" and grade.end <= it.start < word.start for it in items)
