"""A size right after a group's "largest" word ("two cysts in the left kidney, the largest 3 mm, and an 11 mm lesion
at the adrenal") is the size of the plural lesion before it, the group it picks the largest of. Per the corpus
guideline a group is one entry with its largest size. Without this the size went to the next lesion word after it,
which has its own size, and was lost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.parser.findings import Item

# Roles that end the group's clause: a size after them is no longer the group's ("cysts; the larger lesion ...").
_CLAUSE_ENDS = frozenset({"sep", "sep_strong", "colon", "cell", "row", "slash"})
_REACH = 16  # the most words between the group's word and its "largest" word


def largest_group_before(role: list[str | None], size: Item, lesions: list[Item]) -> int | None:
    """The index in ``lesions`` of the plural group whose "largest" word stands right before ``size`` (across a
    comma or a measuring word: "the largest, 3 mm", "the larger measuring 13 mm"), else ``None``."""
    j = size.start - 1
    if j >= 1 and role[j] in ("comma", "measure") and role[j - 1] == "largest":
        j -= 1
    if j < 0 or role[j] != "largest":
        return None
    k = next((i for i in range(len(lesions) - 1, -1, -1) if lesions[i].end <= j), None)
    if k is None:
        return None
    group = lesions[k]
    if not group.plural or group.pronoun or j - group.end > _REACH or not _CLAUSE_ENDS.isdisjoint(role[group.end : j]):
        return None
    return k
