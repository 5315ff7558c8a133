"""A counted group described member by member in sentences of a part and a size ("Right lobe: 2 nodules. Upper pole
17 mm, solid, U3. Lower pole 6 mm, spongiform, U2.") is that many lesions, one per part: the sentences name no lesion
word, only the part of the organ each member lies in, then its size and features (thyroid and kidney reports list
nodules and cysts so, by pole).

Such a sentence continues the last lesion (the group): the first one sizes the group itself, which becomes its first
member; each later one that opens with another part is a new member of the group's organ, side and diagnosis, until
the count is reached. A later sentence opening with the same part, or with no part, or naming no size, still adds
to the member before it; a group given a size of its own ("2 nodules, the larger 17 mm") takes no members so.
Nothing runs unless the last lesion is a plural lesion word announced with a count of two or more (announced_groups.py).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from udt.parser.lazy_patterns import lazy_compile

if TYPE_CHECKING:
    from udt.parser.findings import FindingBuilder, Item

# What a member sentence may say before its part: "In the lower pole 6 mm", "At the isthmus, 4 mm".
_LEAD = lazy_compile(r"[\s\-*•]*(?:(?:in|at)\s+)?(?:the\s+)?", re.IGNORECASE)


def opens_with(text: str, part: str) -> bool:
    """Whether the sentence ``text`` opens with ``part`` (a location as ``findings.location_in`` gives it: lower
    case, single spaces), after an optional "in the"/"at the"."""
    m = _LEAD.match(text)
    start = m.end() if m else 0
    return " ".join(text[start : start + 2 * len(part)].split()).casefold().startswith(part)


def part_member(builder: FindingBuilder, fi: int, part: str | None, text: str, attrs: list[Item]) -> int | None:
    """The new member of the counted group whose last member is finding ``fi`` that a sentence ``text`` of a
    ``part`` and a size describes (made here, with the sentence's sizes and features), else None: the sentence
    continues finding ``fi`` as usual. Records the group itself as its first member when this sentence sizes it."""
    last = builder.findings[fi]
    if part is None or last.kind != "lesion" or not opens_with(text, part) or \
            not any(it.kind == "size" and not builder._is_distance(it) for it in attrs):
        return None
    if not last.size_mm:
        builder.part_sized.add(fi)  # the first member's sentence sizes the group: it is that member
        return None
    if fi not in builder.part_sized or last.location in (None, part):
        return None
    new = builder._copy_on_side(fi, last.laterality, attrs)
    member = builder.findings[new]
    member.location, member.group = part, last.group - 1
    builder.part_sized.add(new)
    return new
