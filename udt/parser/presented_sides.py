"""The side of the part a case presents with, for the later lesions of that part that name no side.

A report that opens with the patient's presentation states the side of the examined part once, there: "A 34-year-old
woman with a lump in the left breast. Ultrasound at 2 o'clock showed a 38 mm collection ...", "58M, painful right
testis. ...", "Patient of 52 years with lump in anterior right thigh. In the subcutaneous tissue there is a 4.8 cm
lipoma", "Indication: swelling left neck". The presentation is history (its own lump or mass is no finding of the
scan: context.py), so its side reaches none of the findings through the usual rules, and the lesions the scan then
describes at that part are left unsided. They lie on the presented side, where:

- the presentation is one of the report's opening sentences (in its first lines): a sentence that names the
  patient's age ("34-year-old", "of 52 years", "58M") or the complaint ("presented with", "complaining of"), or a
  line keyed as the reason for the scan ("Indication:", "Clinical:", "Referral:"); it states no size (a sentence
  with one reports what the scan found, whose lesions the usual rules place);
- the presentations name exactly one side, left or right, and name the lesion's organ with it ("the left breast",
  "right breast mass": the side word just before the organ's or the diagnosis's words): never an organ the
  presentation does not name ("a lump in the left breast" says nothing of the axilla's side);
- the organ is one the body has two of, at a part of it the body has two of (paired_parts.py);
- the lesion has no side of its own, and the sentences of its words name none (a side of its own clause is the
  lesion's, even where the lesion rules did not pass it on), nor does it stand on a table row;
- no mention of the organ on another side comes between the presentation and the lesion ("An 11 mm galactocele in
  the right breast ...": the report has moved to the other side, and what follows may lie there).

Runs after the title's and the header field's sides: it only fills what they left. It runs before the one side a
report gives an organ (one_sided_organs.py), and a one-organ report counts the presented side among its organ's
sides (sites.py): those rules read the items, where the presentation's history words are missing, and would give
the lesion the other side named after it. Bounded work for the opening sentences, then one pass over the report's
anatomy and one look at each unsided lesion of a presented organ.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from udt.parser import termset as ts
from udt.parser.lazy_patterns import lazy_compile
from udt.parser.paired_parts import on_paired_part, unpaired_mentions
from udt.parser.units import WRITTEN_SIZE
from udt.parser.word_patterns import words_pattern

if TYPE_CHECKING:
    from collections.abc import Sequence
    from collections.abc import Set as AbstractSet
    from typing import Protocol

    from udt.parser.paired_parts import SideRuleDraft as _Draft

    class _Record(Protocol):
        start: int
        end: int
        end_char: int
        site: str | None
        negated: bool

    class _Anatomy(Protocol):
        kind: str
        start: int
        concept: str | None
        organ: str | None
        structure: str | None
        laterality: str | None
        index: int


_SIDES = ("left", "right")
_OPENING_LINES = 3  # a presentation stands in the report's first lines (a title may come before it) ...
_OPENING_SENTENCES = 6  # ... and among its first sentences (a one-line report is read no further)
# How far before an organ's words its side word may stand: right before them or one word before ("anterior right
# thigh", "left index finger"), not across a noun phrase of its own ("right hemicolectomy for colon cancer")
_SIDE_REACH = 2
_BREAKS = frozenset({"comma", "sep", "sep_strong"})  # roles that end a side word's phrase
# A region of one abdomen ("right lower quadrant pain", "left iliac fossa"): its side is no organ's laterality
_REGION = words_pattern(ts.TITLE_REGION_WORDS, re.IGNORECASE)

# The patient's age ("34-year-old", "of 52 years", "aged 61", "58M", "M47", "45 yo") or the complaint's verb
_PRESENTING = lazy_compile(
    r"\b\d{1,3}[- ]?(?:years?|yrs?|months?|weeks?|days?)[- ]old\b"
    r"|\b(?:aged?|of)\s+\d{1,3}\s*(?:years?|yrs?|y)\b"
    r"|\b\d{1,3}\s?(?:y/?o|yo)\b"
    r"|\b(?-i:\d{1,3}\s?[MF]|[MF]\s?\d{1,3})\b"
    r"|\b(?:present(?:ed|s|ing)\s+with|complain(?:ed|s|ing)?\s+of|referred\s+with)\b",
    re.IGNORECASE)
# A line keyed as the reason for the scan ("Indication:", "Clinical details -")
_KEYED = lazy_compile(r"\s*(?:" + "|".join(sorted(map(re.escape, ts.PRESENTING_KEYS), key=len, reverse=True))
                      + r")\s*[:\-–]", re.IGNORECASE)


def presented_sides(text: str, idx: list[int], side: list[str | None], role: list[str | None],
                    sent_starts: list[int], evidence: Sequence[_Record]) -> tuple[dict[str, str], int]:
    """The organs the opening presentation names with its one side (organ -> side) and the token where the last
    presentation sentence ends; ``({}, 0)`` where there is none. ``idx`` is each token's character offset, ``side``
    and ``role`` each token's side and role (``Words``)."""
    n = len(idx)
    said: set[str] = set()
    spans: list[tuple[int, int]] = []
    opening = -1  # (the character where the report's opening lines end)
    for _ in range(_OPENING_LINES):
        opening = text.find("\n", opening + 1)
        if opening < 0:
            opening = len(text)
            break
    for s, start in enumerate(sent_starts[:_OPENING_SENTENCES]):
        if start >= n or (lo := idx[start]) >= opening:
            break
        end = sent_starts[s + 1] if s + 1 < len(sent_starts) else n
        hi = idx[end] if end < n else len(text)
        if not any(side[start:end]):  # (a C-level test: most opening sentences name no side)
            continue
        line_start = text.rfind("\n", 0, lo) + 1
        # (a sentence of a keyed line, or one naming the age or the complaint)
        if _KEYED.match(text, line_start) is None and _PRESENTING.search(text, lo, hi) is None:
            continue
        if WRITTEN_SIZE.search(text, lo, hi):
            continue  # a sentence with a size reports what the scan found
        said.update(x for x in side[start:end] if x is not None)
        spans.append((start, end))
    if len(said) != 1 or not said <= set(_SIDES):
        return {}, 0
    (one,) = said
    organs: dict[str, str] = {}
    for start, end in spans:
        for rec in evidence:
            if rec.start >= end:
                break
            if rec.start < start or rec.site is None or rec.negated:
                continue
            if _sided_before(side, role, rec.start, rec.end, start) and \
                    _REGION.search(text, idx[max(start, rec.start - _SIDE_REACH)], rec.end_char) is None:
                organs[rec.site] = one
    return organs, spans[-1][1] if spans else 0


def _sided_before(side: list[str | None], role: list[str | None], start: int, end: int, floor: int) -> bool:
    """A side word stands in the mention's own words (``start``..``end``) or in its phrase just before it, after
    ``floor`` and no comma or clause break."""
    if any(side[start:end]):
        return True
    for j in range(start - 1, max(floor, start - _SIDE_REACH) - 1, -1):
        if side[j] is not None:
            return True
        if role[j] in _BREAKS:
            return False
    return False


def side_presented_lesions(
    drafts: Sequence[_Draft], organs: dict[str, str], after: int, evidence: Sequence[_Record],
    items: Sequence[_Anatomy], side: list[str | None], sent_starts: list[int], n_tokens: int,
    text: str, idx: list[int], unpaired: AbstractSet[str | None],
) -> None:
    """Give each unsided lesion of a presented organ (``organs``, from :func:`presented_sides`) past token ``after``
    the presented side, under the conditions of the module docstring."""
    # The first token past the presentation where the report names each presented organ on another side
    moved: dict[str, int] = {}
    for it in items:
        if it.kind == "anatomy" and it.start >= after and it.organ in organs and it.organ not in moved \
                and it.laterality not in (None, organs[it.organ]):
            moved[it.organ] = it.start
    unpaired_at: frozenset[int] | None = None
    for f in drafts:
        if f.kind != "lesion" or f.laterality is not None or not f.mentions or f.organ is None:
            continue
        said = organs.get(f.organ)
        if said is None or f.organ in unpaired:
            continue
        if unpaired_at is None:
            unpaired_at = unpaired_mentions(items, unpaired)
        if not on_paired_part(f, unpaired, unpaired_at):
            continue
        # (its words after the presentation: a title's organ it was filed under may stand before it)
        recs = [evidence[m] for m in f.mentions if 0 <= m < len(evidence) and evidence[m].start >= after]
        if not recs:
            continue
        first = min(r.start for r in recs)
        if first >= moved.get(f.organ, n_tokens):
            continue  # the report moved to the other side before the lesion
        if _names_a_side(recs, side, sent_starts, n_tokens) or _on_table_row(text, idx, first):
            continue
        f.laterality = said


def _names_a_side(recs: Sequence[_Record], side: list[str | None], sent_starts: list[int], n_tokens: int) -> bool:
    """A sentence holding one of the lesion's words names a side."""
    seen: set[int] = set()
    for r in recs:
        s = bisect_right(sent_starts, r.start) - 1
        if s in seen:
            continue
        seen.add(s)
        lo = sent_starts[s] if s >= 0 else 0
        hi = sent_starts[s + 1] if s + 1 < len(sent_starts) else n_tokens
        if any(side[lo:hi]):
            return True
    return False


def _on_table_row(text: str, idx: list[int], token: int) -> bool:
    """The token stands on a table row (a line with a cell bar), whose columns place its lesion."""
    at = idx[token]
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    return "|" in text[lo : len(text) if hi < 0 else hi]
