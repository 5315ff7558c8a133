"""A form field's count before its sizes: "cysts: 1, 13 mm", "stones: YES, 2, 4 and 6 mm", "focal lesions: 1, 12
mm". The first number right after the field's colon (or its "yes,") is how many, not a size, when it is a whole
number that equals the count of the sizes after it; otherwise it opens the list of sizes as any number does
("cysts: 4, 13 mm" stays two cysts of 4 and 13 mm: a count of 4 would need four sizes). Read by
``size_lists.SizeLists.widen``.
"""

from __future__ import annotations

import re

_FIELD_OPENING = re.compile(r"(?::|\b(?:yes|present|positive)\s*[,:]?)\s*$", re.IGNORECASE)


def field_count(before: str, number: str, rest: int) -> bool:
    """Whether ``number`` (its text), written after ``before``, counts the ``rest`` sizes after it."""
    return number.isdigit() and int(number) == rest and _FIELD_OPENING.search(before) is not None
