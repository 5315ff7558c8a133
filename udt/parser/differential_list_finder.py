"""Where a report sets out a differential as a list under its heading: the one definition of such a list, read by
differential_lists.py (each item is doubted) and listed_differentials.py (the items are weighed beside one another).

"DDx:" / "- nodular fasciitis" / "- nerve sheath tumour"; "Differential diagnosis offered at the time:" /
"1. soft-tissue sarcoma" / "2. organising haematoma"; "Differentials" / "a) haemorrhagic cyst" / "b) endometrioma".

- **Item line**: a line that opens (after any spaces or tabs) with an item mark: a dash or bullet ("-", "–", "*",
  "•", "·", not doubled: "--" and "**" are rules and emphasis) or a number or letter with "." or ")" and a space
  ("1. ", "2) ", "a) ", "B. ").
- **Heading**: the last line above the first item that is not blank, read from its last sentence (after the last
  ". ", "; ", "! " or "? " on it: "Appearances indeterminate. DDx:" is headed by "DDx:"), naming a heading word
  (:data:`HEADING_WORDS`: termset ``DIFFERENTIAL_LIST_HEADS``, "dd" and the weighing nouns ``WEIGHING_NOUNS``). A
  weighing noun heads with or without a colon ending the line ("Differential diagnosis (in order of likelihood)");
  the other heading words ("dd", "ddx", "considerations", "possibilities") only where a colon ends the line within
  a few words of them ("DD:", "Possibilities considered:"), because they have other senses on a line of their own:
  an unfilled "Date: dd/mm/yyyy" or "Technical considerations" over a template's dashed lines is no differential.
  A sentence opening with an item mark is an item, not a heading ("- 3 cm mass, alternatives considered" over
  "- gallstones").
- **List**: the item lines in a row under the heading; blank lines between them are layout and do not end it. The
  first other line ends it ("MRI recommended.", "Outcome: ...").

This is the union of two earlier readings, one of the text (a heading opening its sentence and ending its line
with a colon, over dashed, numbered or lettered items) and one of the tokens (any short line naming a weighing
noun, over dashed items, blank lines between): a list either caught is caught. So "Findings:" over "- 2 cm cyst
?haemorrhagic" heads no differential (no heading word), and "Differential diagnosis: cyst or endometrioma." over a
plain line offers its items inline, which a hedge's ordinary scope reads.

Linear: one scan for heading words, each stretch of a line and each list's lines read once. Callers skip a report
none of whose words is a heading word (one set test against the report's words, :data:`HEADING_WORDS`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from udt.parser import termset as ts
from udt.parser.lazy_patterns import lazy_compile

#: The words that name a differential in its heading.
HEADING_WORDS: tuple[str, ...] = tuple(sorted({*ts.DIFFERENTIAL_LIST_HEADS, ts.DIFFERENTIAL_ABBREVIATION,
                                            *ts.WEIGHING_NOUNS}))

_HEADING_WORD = lazy_compile(r"\b(?:" + "|".join(sorted(HEADING_WORDS, key=len, reverse=True)) + r")\b",
                             re.IGNORECASE)
_WEIGHING = frozenset(ts.WEIGHING_NOUNS)
# What must follow a heading word that is no weighing noun, up to its line's end: a few words, then a colon.
_COLON_TAIL = lazy_compile(r"[^\n:.;?]{0,40}:[ \t]*")
# A sentence's end on the heading's line: the heading is read from after the last one before its heading word.
_SENTENCE_END = lazy_compile(r"[.;!?][ \t]")
# The mark opening an item line (any indentation before it).
_ITEM_MARK = lazy_compile(r"[ \t]*(?:[-*\u2022\u00b7\u2013](?![-*\u2022\u00b7\u2013])|(?:\d{1,2}|[a-z])[.)][ \t])",
                          re.IGNORECASE)
_BLANK = lazy_compile(r"[ \t]*\n")  # a blank line between items (or between the heading and the first)


@dataclass(frozen=True, slots=True)
class DifferentialList:
    """A differential list's heading (from its sentence's start to its line's end) and item lines (each from its
    line's start to its end, without the line break), as character offsets ``(start, end)`` into the text."""

    heading: tuple[int, int]
    items: tuple[tuple[int, int], ...]


def _items_after(text: str, pos: int) -> tuple[tuple[int, int], ...]:
    """The item lines in a row from character ``pos`` (a line's start), blank lines between them skipped."""
    items = []
    while pos < len(text):
        if (blank := _BLANK.match(text, pos)) is not None:
            pos = blank.end()
            continue
        if _ITEM_MARK.match(text, pos) is None:
            break
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        items.append((pos, end))
        pos = end + 1
    return tuple(items)


def differential_lists(text: str) -> list[DifferentialList]:
    """The differential lists of ``text`` (module docstring), in text order."""
    found: list[DifferentialList] = []
    read_to = 0  # where the last line read as a heading (or its list) ends: a heading word before it was read
    later_sentence = -1  # a sentence end found after an earlier heading word (each stretch is searched once)
    for word in _HEADING_WORD.finditer(text):
        if word.start() < read_to or word.start() < later_sentence:
            continue
        line_end = text.find("\n", word.end())
        if line_end < 0:
            break  # the last line heads nothing
        if (end := _SENTENCE_END.search(text, word.end(), line_end)) is not None:
            later_sentence = end.end()  # a later sentence on the line is what stands above any list
            continue
        if word.group().lower() not in _WEIGHING and _COLON_TAIL.fullmatch(text, word.end(), line_end) is None:
            continue  # "dd/mm/yyyy", "Technical considerations": another sense of the word (module docstring)
        read_to = line_end
        start = text.rfind("\n", 0, word.start()) + 1
        for end in _SENTENCE_END.finditer(text, start, word.start()):
            start = end.end()
        if _ITEM_MARK.match(text, start) is not None:
            continue  # an item naming its alternatives ("- 3 cm mass, alternatives considered"), not a heading
        items = _items_after(text, line_end + 1)
        if items:
            read_to = items[-1][1]
            found.append(DifferentialList((start, line_end), items))
    return found
