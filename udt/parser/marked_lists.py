"""A plural lesion word that ends a descriptive sentence with a colon heads the marked lines under it: "Uterus:
enlarged, heterogeneous myometrium with myomas:" over "- intramural, anterior wall, 32 mm;" and "- subserosal, fundal,
21 mm." is two fibroids, as "Fibroids:" alone on its line is (lesion_lists.py). The writer describes the organ first
and then announces the list; the lines' bullets or item labels ("-", "*", "1.", "(ii)") show it is a list, so the
words before the lesion word need not be a bare count. Without this the lines read as sentences with no lesion,
which continue the heading's lesion: it took the first line's size and the others were lost.

Only where no other lesion is named in the heading's sentence (which lesion the lines list would be unclear), the
colon after the lesion word ends its line and the next line opens with a list mark; the lines themselves are
checked as for any list (each gives a size and names no subject of its own).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.parser.findings import Item

# An item's number or letter ("1.", "b)", "(ii)", "#2"), as a pattern (lesion_lists.py reads item lines by it too).
ITEM_LABEL = r"\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]|#\d{1,2}[.:)]?"
# A line's list mark: a bullet or an item label.
_MARK = re.compile(rf"[ \t]*(?:[-*•]|{ITEM_LABEL})[ \t]", re.IGNORECASE)


def closes_sentence_over_marked_lines(head: Item, sentence: list[Item], text: str, idx: list[int]) -> bool:
    """Whether the plural lesion item ``head`` (its sentence's items ``sentence``; ``idx`` each token's character
    offset) is the last word of its sentence before a colon that ends its line, with no other lesion in the
    sentence, and the next line opens with a list mark."""
    if head.end >= len(idx) or any(it is not head and it.kind == "lesion" for it in sentence):
        return False
    at = idx[head.end]
    if not text.startswith(":", at):
        return False
    line_end = text.find("\n", at)
    if line_end < 0 or text[at + 1 : line_end].strip():
        return False
    return _MARK.match(text, line_end + 1) is not None
