"""Image legends restate the lesions the report has described: "Image 3: left breast 2 o'clock lesion 14 mm",
"Fig. 2 - right kidney upper pole cyst", "Img 4: seroma today".

A legend names what a stored picture shows, and what it shows is a lesion of the report's findings, not another one:
a lesion first named in a legend is folded into the earlier lesion it restates, as one a conclusion names again is
(restated.py, which keeps a legend lesion that restates nothing as a finding of its own: "Image 1 - medial scar:
hypoechoic deposit 8 mm" in a report that describes its lesions only in legends). So a legend line is read as a
summary section is. A legend opens its line (or follows a sentence end on it) with a picture word and its number,
then a colon, a dash or a bracket; it runs to the line's end.

One regex search per text, only for a text holding a picture word.
"""

from __future__ import annotations

import re

from udt.parser.lazy_patterns import lazy_compile
from udt.parser.lowered_text import lowered
from udt.parser.substrings import holds_any

_PICTURE_WORDS = ("image", "img", "fig", "picture", "pic ", "clip")
_LEGEND = lazy_compile(
    r"(?:^|(?<=[.;]\s))[ \t]*(?:images?|img|fig(?:ure)?s?|pictures?|pics?|clips?)\.?[ \t]*\d{1,3}[a-z]?"
    r"(?:[ \t]*(?:[-–&,]|and)[ \t]*\d{1,3}[a-z]?)*[ \t]*(?::|[-–][ \t]|\))[^\n]*",
    re.IGNORECASE | re.MULTILINE,
)


def legend_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of the image legends of ``text`` (see module docstring), in order."""
    low = lowered(text)  # (the parse's other passes lower the same text: lowered_text.py)
    if not holds_any(low, _PICTURE_WORDS):
        return []
    return [m.span() for m in _LEGEND.finditer(text)]
