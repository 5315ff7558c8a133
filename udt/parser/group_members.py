"""A group's largest member named with its own lesion word is the group, not a lesion of its own: "multiple nodules,
the largest being a complex nodule measuring 4.3 cm", "multiple fibroids, the largest a 4.8 cm intramural fibroid".
Per the corpus guideline a group reported together is one entry with its largest size, so the member's mention is
merged into the group's and its size becomes the group's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.parser.findings import Item

_GAP = frozenset({"largest", None})  # ", the largest being a complex": no clause ends between
# Roles that end the group's own description before its last comma: a new clause, line or cell, or a bracket.
# Other words there still describe the group ("2 nodes with thickened cortex up to 4 mm, larger node 19 mm",
# "cavities containing grains, the largest cavity 12 mm"), as any writer may add before naming the largest.
_DESCRIPTION_BREAKS = frozenset({"sep", "sep_strong", "colon", "slash", "cell", "row", "open", "refine"})
_SPAN = 12  # the most words between the group's word and its member's


def names_largest_member(group: Item, member: Item, between: list[str | None]) -> bool:
    """Whether ``member`` (its words right after ``between``) is the largest of the plural ``group`` before it; not
    where a comma follows the "largest" word ("3 nodules, biggest 1.9 cm, left lobe one 8 mm": another lesion)."""
    if not group.plural or member.plural or member.pronoun or "largest" not in between or len(between) > _SPAN:
        return False
    last_comma = len(between) - 1 - between[::-1].index("comma") if "comma" in between else -1
    description, tail = between[: max(last_comma, 0)], between[last_comma + 1 :]
    return (
        "largest" in tail
        and _GAP.issuperset(tail)
        and _DESCRIPTION_BREAKS.isdisjoint(description)
        and (member.concept == group.concept or (member.value is not None and member.value == group.value))
    )
