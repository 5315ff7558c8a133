"""A place phrase fronted before the next lesion of a sentence belongs to that lesion's clause.

"A 12 mm cyst in segment VII and, in segment III, a 9 mm haemangioma": the findings pass ends each lesion's clause
at the last separator before the next lesion, here the comma closing "in segment III", so the fronted place fell in
the cyst's clause, giving it the wrong location (or side: "at the lower pole of the left kidney") and the
haemangioma none. A coordinator (or ";") followed by a preposition, then a phrase the comma closes, opens the next
lesion's clause: the clause boundary is the coordinator. Only a phrase opened by a preposition ("in", "at",
"within", ...) counts; "a 6 mm nodule, smooth and well defined, a cyst ..." has none, so "and" ends nothing there.
"""

from __future__ import annotations

from collections.abc import Sequence

_COORDINATORS = ("sep", "sep_strong")
_ENDS = ("sep", "sep_strong", "comma")
# The roles of a preposition opening a place phrase ("in", "at": "measure"; "within", "near", "on": "place").
_PREPOSITIONS = ("measure", "place")


def fronted_place_cut(role: Sequence[str | None], lo: int, cut: int) -> int:
    """Where the clause of the lesion before ends when the comma at ``cut`` closes a place phrase fronted by a
    coordinator before the next lesion (the coordinator's token); else ``cut``. ``lo``: where the earlier lesion
    ends."""
    if not lo <= cut < len(role) or role[cut] != "comma":
        return cut
    j = cut - 1
    while j >= lo and role[j] not in _ENDS:
        j -= 1
    if j < lo or j + 1 >= cut or role[j + 1] not in _PREPOSITIONS:
        return cut
    if role[j] in _COORDINATORS:
        return j
    if role[j] == "comma" and j - 1 >= lo and role[j - 1] in _COORDINATORS:
        return j - 1  # "and, at the lower pole of the left kidney, a 9 mm ..."
    return cut
