"""A test asked "to rule out" the nature of a lesion already described ("Complex cyst with a mural nodule. MRI is
suggested to rule out neoplasia.", "Solid testicular lesion. Tumour markers and MRI to exclude malignancy."): the
nature is suspected, so doubted, as "? neoplasm" is. The termset reads "to rule out"/"to exclude" as a
recommendation's purpose (HYP_PRE) and that stays true of a lesion that may be there ("repeat in 6 weeks to exclude an
underlying mass": nothing was seen) or of a request with nothing found before it ("Indication: to rule out
malignancy").

So the cue turns into a forward hedge only where its object is an interpretive noun (termset INTERPRETIVE_NOUNS: a
tumour, a neoplasm, a malignancy, not a mass or a cyst that would be seen) and a diagnosis mention (the lesion) stands
before it in the report. Reports without "exclude" or "out" are skipped by one set test (the caller's).

The purpose then governs its object alone: a recommendation word before it ("Recommend MRI to rule out renal cell
carcinoma", "Suggest CT to exclude malignancy", "FNA recommended to rule out malignancy") names the test, and its
hypothetical reach ends where the purpose starts (a terminator there; a recommendation word right before the purpose
is dropped, as it reaches nothing else), or it would make the doubted nature merely hypothetical, unlabelled."""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from spacy.strings import get_string_id

from udt.parser import termset as ts

if TYPE_CHECKING:
    from udt.parser.record import MentionRecord

EXCLUDING_WORDS = frozenset(get_string_id(w) for w in ("exclude", "out"))
_TO = get_string_id("to")
_ARTICLES = frozenset(get_string_id(w) for w in ("a", "an"))
_INTERPRETIVE = frozenset(get_string_id(w) for w in ts.INTERPRETIVE_NOUNS)


def doubt_excluded_natures(cues: list[tuple[str, int, int]], mentions: list[MentionRecord], lower: list[int],
                           finding_field: str) -> list[tuple[str, int, int]]:
    """``cues`` with each recommendation "to rule out"/"to exclude" whose object is the nature of an earlier lesion
    turned into a forward hedge. ``mentions`` are in report order."""
    starts: list[int] | None = None
    out = cues
    for n, (cat, cs, ce) in enumerate(cues):
        if cat != ts.HYP_PRE or lower[cs] != _TO or EXCLUDING_WORDS.isdisjoint(lower[cs:ce]):
            continue
        if starts is None:
            starts = [m.start for m in mentions]
        k = bisect_left(starts, ce + 1 if ce < len(lower) and lower[ce] in _ARTICLES else ce)
        if k == len(mentions) or mentions[k].field != finding_field or mentions[k].start > ce + 1 \
                or _INTERPRETIVE.isdisjoint(lower[mentions[k].start : mentions[k].end]):
            continue
        if not any(m.field == finding_field and not m.negated for m in mentions[: bisect_left(starts, cs)]):
            continue  # nothing seen before: the request's purpose ("Indication: to rule out malignancy")
        if out is cues:
            out = list(cues)
        out[n] = (ts.UNC_PRE, cs, ce)
        out.append((ts.TERMINATE, cs, cs))  # ("Recommend MRI | to rule out ...": the recommendation ends here)
        # ... and one right before it reaches nothing else ("MRI recommended to rule out", "advised to exclude")
        out = [c for c in out if not (c[0] == ts.HYP_PRE and c[2] == cs)]
    return out
