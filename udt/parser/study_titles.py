"""A report's title line names the study and why it was asked for, not a lesion found: "CHEST ULTRASOUND (PLEURAL
EFFUSION LOCALIZATION)", "NEPHROLOGY - Bosniak follow-up, left renal cyst", "Skin clinic - follow-up melanoma". A
lesion word in it makes no finding of its own: the body of the report measures and places the lesions (a title's
"left renal cyst" is the cyst the body sizes, and its "melanoma" the indication, history the guideline does not
label as a finding).

The title is the report's first line when more text follows it and the line reads as a title: it names a study
(``termset.TITLE_STUDY_WORDS``: "ultrasound", "US", "scan", "clinic", "follow-up" ...), states no size, has no
template colon and no full stop (a sentence or a "Liver: 2 cm cyst" line is a finding). A teaching case's heading
("Case 18: Renal stones and a cyst") is such a title too: the case's body finds and sizes those lesions. Only the
finding is dropped; the line's words are still read for labels. Constant work: one look at the first line.
"""

from __future__ import annotations

import re

from udt.parser import termset as ts
from udt.parser.lazy_patterns import lazy_compile
from udt.parser.units import WRITTEN_SIZE
from udt.parser.word_patterns import words_pattern

_CASE_BODY = lazy_compile(r":|\.$|\. |\d")  # a case's title states no size, key or sentence
_STUDY = words_pattern(ts.TITLE_STUDY_WORDS, re.IGNORECASE)
# A teaching case's heading ("Case 18: Renal stones and a cyst", "Scenario #2 - Painless haematuria"): its number and
# colon or dash, then the case's title, which names its lesions as a study's title names its reason.
_CASE = lazy_compile(rf"(?:{'|'.join(ts.CASE_TITLE_WORDS)})[ \t]*(?:no\.?[ \t]*|#[ \t]*)?\d{{1,3}}[ \t]*[:.)–-][ \t]*",
                   re.IGNORECASE)


def title_end(text: str) -> int:
    """The character offset where the title line of ``text`` ends, or 0 when the report has none."""
    stripped = text.lstrip()
    cut = stripped.find("\n")
    if cut <= 0 or not stripped[cut:].strip():
        return 0
    line = stripped[:cut].rstrip()
    case = _CASE.match(line)
    if case:  # (the case's number and its colon, then a title's words)
        line = line[case.end():]
        if not line or _CASE_BODY.search(line):
            return 0
        return len(text) - len(stripped) + cut
    if ":" in line or line.endswith(".") or ". " in line or WRITTEN_SIZE.search(line) or not _STUDY.search(line):
        return 0
    return len(text) - len(stripped) + cut
