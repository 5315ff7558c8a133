"""The side a single-side study's title names, for the lesions its findings leave unsided.

A study of one side names it in its title ("US SOFT TISSUE, LEFT UPPER ARM", "DIAGNOSTIC ULTRASOUND LEFT BREAST
AND AXILLA", "ECOGRAFIA DE HOMBRO IZQUIERDO", "R THR wound check") and its findings then describe the lesions of
that part without repeating the side ("an oval hyperechoic mass within the subcutaneous fat", "a ganglion cyst of
the acromioclavicular joint"). Such a lesion lies on the title's side, where:

- the title is the report's first line (more text follows; it states no size and is no "Organ:" heading line; a
  key such as "EXAMINATION:" may open it) and names one side, left or right, of no region of the abdomen ("RIGHT
  LOWER QUADRANT": the side of a quadrant, whose appendix or bowel has none);
- the rest of the report names neither the other side nor both (then the report describes sides itself), but on a
  line that puts it outside the study ("Left leg not examined", "R arm: not scanned") or by a word pointing at the
  other side ("Contralateral common femoral vein: phasic flow", "Contralateral side: compressible") or shown for
  comparison ("(e) Left side, for comparison: normal nodes"): a one-limb study's comparison look at the other
  limb, which describes no side of its own;
- the lesion's organ is not one the body has one of (a side is never the laterality of a liver lesion), nor the part
  it lies at (the thyroid isthmus: paired_parts.py).
- the title is no numbered list item ("1. Right lobe of thyroid: ...", whose "1." is no sentence of its own).

A figure legend's first sentence is its title ("Fig. 9.14 Intramuscular myxoma of the right vastus lateralis in a
58-year-old woman. (a) Longitudinal image: a well-defined hypoechoic mass ..."), on its line or not; a one-letter
label in brackets there ("the larynx (L)") marks a structure on the image and names no side.

Constant work: one look at the first line, then a scan of the side column only where the title named a side.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from udt.parser import termset as ts
from udt.parser.lazy_patterns import lazy_compile
from udt.parser.paired_parts import on_paired_part
from udt.parser.text_lines import line_bounds
from udt.parser.units import WRITTEN_SIZE
from udt.parser.word_patterns import words_pattern

if TYPE_CHECKING:
    from collections.abc import Iterable
    from collections.abc import Set as AbstractSet

    from udt.parser.paired_parts import SideRuleDraft as _Draft


# "EXAMINATION:", "Exam type:" before the title itself (not "Right kidney:", a finding's heading), also after the
# modality and a dash ("MSK US - Request: L ankle/foot pain")
_KEY = lazy_compile(r"(?:^\s*|^[^:]*?\s[-–—]\s+)(?:" + "|".join(map(re.escape, ts.TITLE_KEYS)) + r")\s*:",
                  re.IGNORECASE)
_REGION = words_pattern(ts.TITLE_REGION_WORDS, re.IGNORECASE)
# "not examined", "was not formally scanned": a side named so lies outside the study
_UNEXAMINED = lazy_compile(r"\bnot\s+(?:\w+\s+)?(?:" + "|".join(ts.UNEXAMINED_SIDE_VERBS) + r")\b", re.IGNORECASE)
# "Left groin examined: orderly, no enlarged nodes": the other side's line states it normal
_NORMAL_LINE = words_pattern(ts.OTHER_SIDE_NORMAL_WORDS, re.IGNORECASE)
# A second sentence of the title line that opens with a key ("... fossa. Clinical: ...", ". Indication: pain")
_KEYED_SENTENCE = lazy_compile(r"\.\s+[A-Z][A-Za-z ]{0,24}:")
# A figure legend's label ("Fig. 9.14", "Figure 4", "Fig 2b."), whose first sentence names the case
_FIGURE = lazy_compile(r"fig(?:ure|\.)?\s*\d+(?:\.\d+)*[a-z]?[.:]?\s", re.IGNORECASE)
# A study's name in the line's first sentence ("Soft tissue US - right thigh. In the subcutaneous tissue, ...")
_STUDY = words_pattern(ts.TITLE_SENTENCE_STUDY_WORDS, re.IGNORECASE)
_LIST_NUMBER = lazy_compile(r"\s*\d{1,2}[.)]\s")  # "1. Right lobe of thyroid: ...": a list's first item, no title
_OTHER = {"left": ("right", "bilateral"), "right": ("left", "bilateral")}
# "Contralateral CFV: ...", "the other side": a side pointed at, not named (the comparison a one-side study makes)
_POINTER = lazy_compile(r"(?:" + "|".join(ts.OPPOSITE_SIDE_WORDS) + r")\b", re.IGNORECASE)
# "(e) Left side, for comparison: normal nodes", "the left lobe for comparison": the other side shown beside the
# studied one (a few words after the side word, in its sentence), which describes no side of its own
_COMPARED = lazy_compile(r"\w+(?:[ \t]+\w+){0,3}?,?[ \t]+(?:for|as[ \t]+a)[ \t]+comparison\b", re.IGNORECASE)


def title_side(text: str, idx: list[int], side: list[str | None]) -> str | None:
    """The one side the title line of ``text`` names, where the rest of the report names no other; else None.
    ``idx`` is each token's character offset and ``side`` each token's side (``Words.side``)."""
    # (most reports open with their title's first word: no copy of the text to find where it starts)
    begin = len(text) - len(text.lstrip()) if text[:1].isspace() else 0
    cut = text.find("\n", begin)
    legend = None
    if text[begin : begin + 3].lower() == "fig" and (legend := _FIGURE.match(text, begin)) is not None:
        # "Fig. 9.14 Intramuscular myxoma of the right vastus lateralis in a 58-year-old woman. (a) Longitudinal
        # image: a well-defined hypoechoic mass ...": a figure legend's first sentence is its title
        stop = text.find(". ", legend.end())
        if stop >= 0 and (cut < 0 or stop < cut):
            cut = stop + 1
    if cut < 0:
        return None
    if legend is None:
        cut = _title_sentence_end(text, begin, cut)
    # The title's sides first (a few tokens): most titles name none, and the line is read no further.
    end = bisect_left(idx, cut)
    title_sides = side[:end]
    if not any(title_sides):
        return None  # (most titles: one C-level test, no set built)
    named = {s for s in title_sides if s is not None}
    if len(named) != 1:
        return None
    (said,) = named
    if said not in _OTHER or text[cut:].isspace():
        return None
    line = text[begin:cut]
    if _LIST_NUMBER.match(line):
        return None
    if (keyed := _KEYED_SENTENCE.search(line)) is not None:
        # "Echography left popliteal fossa. Clinical: swelling after effort.": the title is the first sentence
        line = line[: keyed.start() + 1]
    key = _KEY.match(line)
    rest = line[key.end() :] if key else line
    if ":" in rest or WRITTEN_SIZE.search(line) or not rest.strip() or _REGION.search(rest):
        # "Right kidney: 2 cm cyst", a heading "RIGHT KIDNEY:", a sentence with a size; "RIGHT LOWER QUADRANT": a
        # region of one abdomen (its appendix, its bowel have no side)
        return None
    others = _OTHER[said]
    if any(
        s in others and not _pointer(text, idx[j]) and not _unexamined(text, idx[j]) and not _compared(text, idx[j])
        and not _normal_other_side(text, idx[j])
        and not (legend is not None and _image_label(text, idx[j]))
        for j, s in enumerate(side[end:], end)
        if s is not None
    ):
        return None
    return said


def _title_sentence_end(text: str, begin: int, cut: int) -> int:
    """Where the title ends in the first line ``text[begin:cut]``: after its first sentence where that sentence names
    the study and the line goes on with findings ("Ecografía partes blandas – right thigh (muslo derecho). At the
    anterolateral aspect, ... lipoma, 38 x 14 mm"), whose sizes are the lesions', not the title's; else at ``cut``.
    The sentence states no size and opens no "Organ:" heading ("Right kidney: 11 cm. ...")."""
    stop = text.find(". ", begin, cut)
    if stop < 0 or not text[stop + 2 : cut].strip():
        return cut
    if ":" in text[begin:stop] or WRITTEN_SIZE.search(text, begin, stop) or not _STUDY.search(text, begin, stop):
        return cut
    return stop + 1


def _pointer(text: str, at: int) -> bool:
    """Whether the token at character ``at`` is a word pointing at the other side ("contralateral", "other")."""
    return _POINTER.match(text, at) is not None


def _image_label(text: str, at: int) -> bool:
    """Whether the token at character ``at`` is a figure legend's one-letter label in brackets ("The larynx (L) is
    normal"): the letter the image marks a structure with, no side."""
    return 0 < at < len(text) - 1 and text[at - 1] == "(" and text[at + 1] == ")"


def _compared(text: str, at: int) -> bool:
    """Whether the side word at character ``at`` names the other side shown for comparison ("Left side, for
    comparison")."""
    return _COMPARED.match(text, at) is not None


def _unexamined(text: str, at: int) -> bool:
    """Whether the line holding character ``at`` puts its side outside the study ("Left leg not examined")."""
    return _UNEXAMINED.search(text, *line_bounds(text, at)) is not None


def _normal_other_side(text: str, at: int) -> bool:
    """Whether the sentence holding character ``at`` (within its line) states its side normal and measures
    nothing ("Left groin examined: orderly, no enlarged nodes"): the other side looked at, with no lesion of its
    own."""
    start, end = line_bounds(text, at)
    start = max(start, text.rfind(". ", start, at) + 1)
    stop = text.find(". ", at, end)
    end = end if stop < 0 else stop
    return _NORMAL_LINE.search(text, start, end) is not None and WRITTEN_SIZE.search(text, start, end) is None


def side_unsided_lesions(
    drafts: Iterable[_Draft], said: str, unpaired: AbstractSet[str | None], unpaired_at: AbstractSet[int]
) -> None:
    """Give ``said`` to each lesion with no side at a part the body has two of (or that names no organ);
    ``unpaired_at``: the mentions of unpaired parts (paired_parts.unpaired_mentions)."""
    for f in drafts:
        if f.kind == "lesion" and f.laterality is None and on_paired_part(f, unpaired, unpaired_at):
            f.laterality = said
