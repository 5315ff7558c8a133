"""A size dated to an earlier year is a prior size: "one of 34 mm (38 mm in 2024)", "cortical cyst 19 mm, 15 mm in
2022", "measured 14 mm in March 2021". A report states today's sizes without a date, so a size followed by a year
(after "in", "on", "from", "at", "of" or a comma, with an optional month) or a written date is a comparison, which
the findings pass ranks after the lesion's own sizes (``FindingBuilder._interval_priority``) and never lists as a
lesion of its own. One anchored regex match per size.
"""

from __future__ import annotations

import re

from udt.parser.lazy_patterns import lazy_compile

_DATED = lazy_compile(
    r"\s*(?:,\s*|\s(?:in|on|at|from|of)\s+)(?:[a-z]{3,9}\.?,?\s+)?"  # ", 2022" / " in March 2021" / " on"
    # a year, or a written date ("12/03/2023", "3.5.21", "03/2023"; not a decimal such as "1.25")
    r"(?:(?:19|20)\d\d|\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d\d|\d{1,2}/(?:19|20)\d\d)(?![\d/.-]?\d)",
    re.IGNORECASE,
)


def dated_at(text: str, end: int) -> bool:
    """Whether the size ending at character ``end`` of ``text`` is followed by a year or a date."""
    return _DATED.match(text, end) is not None
