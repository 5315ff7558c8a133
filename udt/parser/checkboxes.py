"""Tick boxes of a worksheet: what the writer ticked is stated, what the form only offers is not.

A sonographer's form lists options behind boxes: "Kidneys: [x] normal [ ] hydronephrosis [ ] cyst",
"Echogenicity: [ ] hypo [x] iso [ ] hyper", "Free fluid: [ ] present [x] absent", "Calcifications: ( ) yes (x) no",
"☐ septations ☒ solid". The guideline: an unticked box carries nothing, and a ticked "no" denies its key.

- A mention right after an empty box ("[ ]", "( )", "☐", "□") is offered, not stated: it is dropped (marked
  hypothetical, as a test the report only names is). A form whose line ends with a box puts its boxes after the
  options ("septations ( ) calcifications (x)"): there the mention right before an empty box is the one offered.
- A cue right after an empty box ("Posterior: [ ] none [ ] enhancement [x] shadowing", "[ ] possible") is an
  answer offered, not given: it negates or doubts nothing (``offered_cues``).
- A key followed on its line by answer boxes ("[ ] yes [x] no", "[x] absent", "(x) none") is denied when the one
  ticked answer is a negative word; a ticked positive answer, or two ticked answers, leave it as it is.

The side words of a form's boxes are read apart (side_words.py, side_fields.py). One regex pass over the text (it
opens with one character class, so the engine skips to candidate brackets at C speed), then constant work per box.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from spacy.strings import get_string_id

from udt.parser import termset as ts
from udt.parser.lazy_patterns import lazy_compile
from udt.parser.record import GENERIC

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    from spacy.strings import StringStore

    from udt.parser.record import MentionRecord

# a box: "[ ]", "[]", "( )", "[x]", "(X)", "[✓]", or a box sign; group "tick" holds the mark of a ticked one. The
# pattern opens with one character class, so that the regex engine skips to candidates at C speed (an alternation
# of two openings would be tried at every character); an opening bracket without its closing one is no box.
_BOX = lazy_compile(r"[\[(☐□❏☒☑✓✔■](?:[ \t]*(?P<tick>[xX✓✔■●*])?[ \t]*(?P<close>[\])]))?")
_TICKED_SIGNS = frozenset("☒☑✓✔■")
_ANSWER = lazy_compile(r"[ \t]*(?P<word>[A-Za-z]+)")
_ANSWER_BEFORE = lazy_compile(r"(?P<word>\b[A-Za-z]+)[ \t]*\Z")
_NEGATIVE_ANSWERS = frozenset(ts.NO_ANSWER_WORDS)  # (a table cell denies with them too: ts.DENYING_CELLS)
_POSITIVE_ANSWERS = frozenset({"yes", "present", "positive", "seen", "pos"})
_ANSWER_REACH = 12  # characters an answer word and its spaces take before its box ("negative  [x]")
_BEFORE_TEXT = 2  # characters a box may stand from the mention it offers ("[ ]  cyst": spaces only)
# The tokens of a ticked box, by their lower-case hashes (a matcher's token column): "[x]", "(x)" are three tokens,
# a box sign one ("☒").
_BOX_OPENS = {get_string_id("["): get_string_id("]"), get_string_id("("): get_string_id(")")}
_BOX_TICKS = frozenset(map(get_string_id, "x✓✔■●*"))
_TICKED_SIGN_IDS = frozenset(map(get_string_id, _TICKED_SIGNS))
_EMPTY_SIGN_IDS = frozenset(map(get_string_id, "☐□❏"))
_OPTION_WORDS = 4  # tokens of one option ("mixed cystic and solid", "lobulated / irregular")


def _boxes(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, ticked) of each box in ``text``; a bracket pair holding anything but one tick mark is no box."""
    out = []
    for m in _BOX.finditer(text):
        opening = text[m.start()]
        if opening in "[(":
            if m.group("close") is not None:
                out.append((m.start(), m.end(), m.group("tick") is not None))
        else:
            out.append((m.start(), m.start() + 1, opening in _TICKED_SIGNS))
    return out


def mark_checkboxes(mentions: list[MentionRecord], text: str, anatomy_fields: AbstractSet[str]) -> None:
    """Drop the mentions a form only offers, and deny a key whose ticked answer is negative (module docstring);
    ``anatomy_fields`` are the fields of the component's anatomy mentions, which an offered box leaves standing."""
    if "(" not in text and "[" not in text and text.isascii():
        return  # no opening bracket nor box glyph (C-level tests: most short reports have none)
    boxes = _boxes(text)
    if not boxes:
        return
    newlines = [m.start() for m in re.finditer("\n", text)]
    boxes_after = _lines_ending_in_a_box(text, boxes, newlines)
    starts = [m.start_char for m in mentions]
    ends = [m.end_char for m in mentions]
    answers: list[tuple[int, str, bool]] = []  # (box start, answer word, ticked)
    for start, end, ticked in boxes:
        if bisect_left(newlines, end) in boxes_after:  # boxes after their options: "septations ( ) calcifications (x)"
            k = bisect_left(starts, start) - 1
            if not ticked and k >= 0 and start - ends[k] <= _BEFORE_TEXT and not text[ends[k] : start].strip():
                _offer(mentions[k], anatomy_fields)
            # "Calcification: yes [ ] no [x]": the answer written before its box
            word_before = _ANSWER_BEFORE.search(text, max(0, start - _ANSWER_REACH), start)
            if word_before is not None:
                answers.append((word_before.start("word"), word_before.group("word").lower(), ticked))
            continue
        k = bisect_left(starts, end)
        if not ticked and k < len(mentions) and starts[k] - end <= _BEFORE_TEXT and not text[end : starts[k]].strip():
            _offer(mentions[k], anatomy_fields)  # "[ ] cyst": offered, not stated
            # "[ ] lobulated/irregular": one option written as two words joined by a slash is offered whole
            while k + 1 < len(mentions) and text[ends[k] : starts[k + 1]].strip() == "/":
                k += 1
                _offer(mentions[k], anatomy_fields)
        word = _ANSWER.match(text, end)
        if word is not None:
            answers.append((start, word.group("word").lower(), ticked))
    _deny_negative_answers(mentions, starts, newlines, answers)


def _offer(m: MentionRecord, anatomy_fields: AbstractSet[str]) -> None:
    """An offered option states nothing; an offered part of an organ ("location: [x] R [ ] L [ ] isthmus") still
    tells which organ the form examines, as an organ in a negated statement does."""
    if m.field not in anatomy_fields:
        m.hypothetical = True


def _lines_ending_in_a_box(text: str, boxes: list[tuple[int, int, bool]], newlines: list[int]) -> set[int]:
    """The numbers of the lines whose last mark (past spaces and ".;,") is a box: forms that put their boxes after
    the options. One look forward from each box's end over spaces only, so linear in the text."""
    out = set()
    for _, end, _ in boxes:
        j = end
        while j < len(text) and text[j] in " \t.;,":
            j += 1
        if j == len(text) or text[j] == "\n":
            out.add(bisect_left(newlines, end))
    return out


def _deny_negative_answers(
    mentions: list[MentionRecord], starts: list[int], newlines: list[int], answers: list[tuple[int, str, bool]]
) -> None:
    """A run of answer boxes on one line ("[ ] yes [x] no") answers the last mention before its first box on that
    line: the key. It is denied when exactly one answer is ticked and that answer is negative."""
    i = 0
    while i < len(answers):
        start, word, _ = answers[i]
        if word not in _NEGATIVE_ANSWERS and word not in _POSITIVE_ANSWERS:
            i += 1
            continue
        line = bisect_left(newlines, start)
        run = [answers[i]]
        j = i + 1
        while (
            j < len(answers)
            and bisect_left(newlines, answers[j][0]) == line
            and (answers[j][1] in _NEGATIVE_ANSWERS or answers[j][1] in _POSITIVE_ANSWERS)
        ):
            run.append(answers[j])
            j += 1
        i = j
        ticked = [w for _, w, t in run if t]
        line_start = newlines[line - 1] + 1 if line else 0
        k = bisect_left(starts, start) - 1  # the key: the last mention before the first box, on the box's line
        if k < 0 or starts[k] < line_start or mentions[k].hypothetical:
            continue
        if len(ticked) == 1 and ticked[0] in _NEGATIVE_ANSWERS:
            mentions[k].negated = True
        elif not ticked and mentions[k].kb == GENERIC and any(w in _NEGATIVE_ANSWERS for _, w, _ in run):
            # "Doppler flow: none [ ] some [x]": the dimension's "none" was offered, another option ticked
            mentions[k].hypothetical = True


def _box_at(lower: list[int], k: int) -> tuple[int, bool] | None:
    """(the token after it, ticked) of a box at token ``k``; None when none stands there."""
    n = len(lower)
    if k >= n:
        return None
    if lower[k] in _TICKED_SIGN_IDS:
        return k + 1, True
    if lower[k] in _EMPTY_SIGN_IDS:
        return k + 1, False
    close = _BOX_OPENS.get(lower[k])
    if close is None:
        return None
    if k + 1 < n and lower[k + 1] == close:
        return k + 2, False
    if k + 2 < n and lower[k + 2] == close and lower[k + 1] in _BOX_TICKS:
        return k + 3, True
    return None


def ticked_answers(lower: list[int], j: int, strings: StringStore) -> list[int]:
    """The token after each ticked box of the run of boxes that opens at token ``j`` (past one run of spaces before
    each box: "Vascularity      [x]normal      [x]increased"); empty when no box opens there. A form's key and its
    ticked answer read as "key: answer" ("Vascularity: [x] increased [ ] normal", "Vascularity: [ ] increased [x]
    normal", "Margin: [x] smooth [ ] ill-defined"): the rules that read a key's value right after it (the matcher's
    amounts, margins.py) read it after its ticked box, past the options offered in empty ones (which
    ``mark_checkboxes`` drops). An option is at most ``_OPTION_WORDS`` tokens; a line break ends the run."""
    out: list[int] = []
    n = len(lower)
    k = j
    while k < n:
        if strings[lower[k]].isspace() and "\n" not in strings[lower[k]]:
            k += 1
        box = _box_at(lower, k)
        if box is None:
            break
        k, ticked = box
        if ticked:
            out.append(k)
        # the option after the box, up to the next box (or the line's end)
        stop = min(n, k + _OPTION_WORDS)
        while k < stop and _box_at(lower, k) is None and "\n" not in strings[lower[k]] \
                and not (strings[lower[k]].isspace() and _box_at(lower, k + 1) is not None):
            k += 1
        if k < n and "\n" in strings[lower[k]]:
            break
    return out


def ticked_box_before(lower: list[int], start: int) -> int:
    """Where a ticked box ending right before token ``start`` opens ("Margin: [x] smooth": the "[" before "smooth"),
    or ``start`` when none stands there: the rules that read a key right before its value (margins.py) read it
    before the box, which stands where prose puts nothing ("Margin: smooth")."""
    if start >= 1 and lower[start - 1] in _TICKED_SIGN_IDS:
        return start - 1
    if start >= 3 and lower[start - 2] in _BOX_TICKS and _BOX_OPENS.get(lower[start - 3]) == lower[start - 1]:
        return start - 3
    return start


# What a box's closing token is, by the token that closes it: an empty "[ ]" is the two tokens "[" "]".
_BOX_CLOSES = frozenset(_BOX_OPENS.values())
# The tokens that may end a box: a report holding none has no empty box for a cue to follow (offered_cues's gate).
BOX_END_TOKENS = _BOX_CLOSES | _EMPTY_SIGN_IDS


def _empty_box_before(lower: list[int], start: int) -> bool:
    """An empty box ends right before token ``start`` ("[ ]", "( )" or a box sign such as "☐")."""
    if start >= 1 and lower[start - 1] in _EMPTY_SIGN_IDS:
        return True
    return start >= 2 and _BOX_OPENS.get(lower[start - 2]) == lower[start - 1]


def offered_cues(cues: list[tuple[str, int, int]], lower: list[int]) -> list[tuple[str, int, int]]:
    """The cues less those a form offers in an empty box ("[ ] none", "[ ] absent", "( ) possible"): the writer did
    not choose them, so they deny or doubt nothing (the ticked "[x] shadowing" after "[ ] none" is stated). One
    constant test per cue."""
    return [cue for cue in cues if cue[1] == 0 or not _empty_box_before(lower, cue[1])]
