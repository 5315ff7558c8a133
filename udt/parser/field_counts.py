"""A form field's count before its sizes: "cysts: 1, 13 mm", "stones: YES, 2, 4 and 6 mm", "focal lesions: 1, 12
mm". The first number right after the field's colon (or its "yes,") is how many, not a size, when it is a whole
number that equals the count of the sizes after it; otherwise it opens the list of sizes as any number does
("cysts: 4, 13 mm" stays two cysts of 4 and 13 mm: a count of 4 would need four sizes). The sizes counted go on
past the one read, each with its own unit ("cysts: yes, 2, 15 mm and 8 mm": :func:`sizes_after`). Read by
``size_lists.SizeLists.widen``.
"""

from __future__ import annotations

import re

from udt.parser.lazy_patterns import lazy_compile

_FIELD_OPENING = lazy_compile(r"(?::|\b(?:yes|present|positive)\s*[,:]?)\s*$", re.IGNORECASE)
# The sizes with a unit of their own that continue a list after a size ("... 15 mm and 8 mm", "..., 9 mm, 4 mm").
_NEXT_SIZE = lazy_compile(r"\s*(?:,|and|&|or|;)\s*\d+(?:[.,]\d+)?\s*(?:mm|cm)\b", re.IGNORECASE)


def sizes_after(text: str, end: int) -> int:
    """How many sizes, each with its unit, continue the list after the size ending at ``end`` of ``text``."""
    n = 0
    while (m := _NEXT_SIZE.match(text, end)) is not None:
        n, end = n + 1, m.end()
    return n


def field_count(before: str, number: str, rest: int) -> bool:
    """Whether ``number`` (its text), written after ``before``, counts the ``rest`` sizes after it."""
    return number.isdigit() and int(number) == rest and _FIELD_OPENING.search(before) is not None
