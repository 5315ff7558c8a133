"""A lesion word followed on its line by numbered items is a group of that many: "Focal lesion: YES - #1 R lobe
3.1 cm hypoechoic, #2 L lobe 1.2 cm hypoechoic", "fibroid: (i) anterior intramural 3.2 cm, (ii) fundal 1.9 cm",
"nodule - 1) right lower 8 mm; 2) left mid 12 mm".

Worksheets and forms name the field's lesion in the singular ("Focal lesion:", "Mass/cyst:") and then number what
they found on the same line. The plural test of the word (``size_lists.plural_word``) misses it, so the sizes after
it were read as one lesion's and the second item was lost. The numbers show the list: read as "2 lesions" is, a
plural with its count (``announced_groups``), which the list of sizes after it splits (as ``multiplied_counts`` reads
"myoma x 3"). Items on lines of their own are lesion_lists.py's.

The first label must open the list right after the word (a colon, a dash, a "yes" or "present" of the form between)
and be the first of its kind ("#1", "(1)", "1)", "(i)", "i)", "(a)", "a)"); the next labels of the same kind follow on
the same line, in order. One anchored match after a lesion word with a label character near it.
"""

from __future__ import annotations

import re

from udt.parser.lazy_patterns import lazy_compile

# What may stand between the lesion word and its first item: the field's colon or dash, a form's "yes"/"present".
# A form may count them there too ("Fibroids: Y - n=2 - (i) ...").
_LEAD = r"[ \t]*(?:[:\-–=][ \t]*)?(?:(?:yes|y|present|positive)\b[ \t]*(?:[:\-–,][ \t]*)?)?" \
    r"(?:n[ \t]*=[ \t]*\d{1,2}[ \t]*(?:[:\-–,][ \t]*)?)?"
# The first label of each kind, and how the n-th label of that kind is written (n counted from 1).
_FIRSTS: tuple[tuple[str, str], ...] = (
    ("#1", "#{}"),
    ("(1)", "({})"),
    ("1)", "{})"),
    ("(i)", "({})"),
    ("i)", "{})"),
    ("(a)", "({})"),
    ("a)", "{})"),
)
_FIRST = lazy_compile(_LEAD + r"(#1|\(1\)|1\)|\(i\)|i\)|\(a\)|a\))(?=[ \t]*\w)", re.IGNORECASE)
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
_LETTERS = "abcdefghi"

# The characters a label needs near the word: a caller tests a short slice for one in C before calling.
LABEL_SIGNS = frozenset("#()")


def _label(first: str, n: int) -> str:
    """The n-th label (from 1) of the kind whose first label is ``first``."""
    pattern = dict(_FIRSTS)[first]
    core = first.strip("#()")
    if core == "1":
        return pattern.format(n)
    if core == "i":
        return pattern.format(_ROMAN[n - 1])
    return pattern.format(_LETTERS[n - 1])


def numbered_count(text: str, end_char: int) -> int:
    """How many numbered items follow, on its line, the lesion word ending at character ``end_char`` of ``text``
    ("Focal lesion: #1 ..., #2 ...": 2), else 0 (fewer than two, or no list right after the word)."""
    found = _FIRST.match(text, end_char, end_char + 40)
    if found is None:
        return 0
    first = found.group(1).casefold()
    line_end = text.find("\n", found.end())
    line = text[found.end() : line_end if line_end >= 0 else len(text)].casefold()
    count, at = 1, 0
    while count < len(_ROMAN):
        # The next label stands after a space or separator, and a word follows it ("(ii) fundal", "#2 L lobe").
        nxt = re.compile(r"(?:^|[\s,;])" + re.escape(_label(first, count + 1)) + r"(?=[ \t]*\w)")
        m = nxt.search(line, at)
        if m is None:
            break
        count, at = count + 1, m.end()
    return count if count > 1 else 0
