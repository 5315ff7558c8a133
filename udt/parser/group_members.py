"""A group's largest member named with its own lesion word is the group, not a lesion of its own: "multiple nodules,
the largest being a complex nodule measuring 4.3 cm", "multiple fibroids, the largest a 4.8 cm intramural fibroid".
Per the corpus guideline a group reported together is one entry with its largest size, so the member's mention is
merged into the group's and its size becomes the group's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.parser.findings import Item

_GAP = frozenset({"comma", "largest", None})  # ", the largest being a complex": no clause ends between
_SPAN = 10  # the most words between the group's word and its member's


def names_largest_member(group: Item, member: Item, between: list[str | None]) -> bool:
    """Whether ``member`` (its words right after ``between``) is the largest of the plural ``group`` before it; not
    where a comma follows the "largest" word ("3 nodules, biggest 1.9 cm, left lobe one 8 mm": another lesion)."""
    if not group.plural or member.plural or member.pronoun or "largest" not in between or len(between) > _SPAN:
        return False
    after_largest = between[between.index("largest") :]
    return (
        _GAP.issuperset(between)
        and "comma" not in after_largest
        and (member.concept == group.concept or (member.value is not None and member.value == group.value))
    )
