"""A size after a placed lesion belongs to that lesion, not to the next lesion of another coordinated clause.

"A fibroadenoma in the left breast at 3 o'clock measuring 15 mm and a cyst in the right breast": the size stands in
the fibroadenoma's clause (after its place phrase, the clock position between keeping the breast from reading as
the measured thing), and the next lesion, the cyst, opens a clause of its own after "and". The findings pass gave a
size with no lesion or measured organ right before it to the next lesion word, so the cyst took 15 mm and the
fibroadenoma none; a size belongs to the lesion of its own clause. Only where no clause boundary stands between the
earlier lesion and the size (a comma may: "a cyst in the left kidney, 12 mm, and a stone ...") and one does between
the size and the next lesion; a size opening the next clause ("...; 15 mm cyst") is left to it.
"""

from __future__ import annotations

from collections.abc import Sequence

# Roles that end the earlier lesion's clause between it and the size: past one, the size is not in its clause.
_CLAUSE_ENDS = frozenset({"sep", "sep_strong", "colon", "cell", "row", "slash", "link"})
# Roles that end the size's clause before the next lesion: "and", ";".
_COORDINATORS = frozenset({"sep", "sep_strong"})


def sizes_lesion_before(role: Sequence[str | None], before_end: int, size_start: int, size_end: int,
                        after_start: int) -> bool:
    """Whether the size at tokens ``size_start``..``size_end`` measures the lesion ending at ``before_end`` rather
    than the one starting at ``after_start``: the size lies in the earlier lesion's clause and a coordinator ends
    that clause before the later lesion."""
    if not before_end <= size_start <= size_end <= after_start <= len(role):
        return False
    if any(role[j] in _CLAUSE_ENDS for j in range(before_end, size_start)):
        return False
    return any(role[j] in _COORDINATORS for j in range(size_end, after_start))
