"""A lesion placed by the one written before it takes that lesion's side ("a 2.6 cm node in right level II. Just
inferior to it are two further nodes, 1.4 and 1.1 cm"; "A second, smaller 1.2 cm collection lies just medial to it";
"At its medial edge there is a separate 6 mm nodule"; "2. Just below lesion 1: a 2.4 cm lesion").

A writer who places a second lesion by the first ("just below it", "adjacent to this", "immediately deep to it", "at
its lateral edge", "beside it", "under it", "just below #2") states its side once, for the first; the second lies on
the same side of the same organ. A second lesion placed "to the left of" / "to the right of" the first takes that
side when the first has none (a midline wound: "Just to the left of it there is a smaller collection"), as the corpus
guideline's decisions record; a second lesion that names a side of its own keeps it (the builder gave it that side).

Only an unsided lesion whose own statement (its sentence, up to its lesion word or in the rest of its sentence)
holds such a cue is visited, and only the nearest lesion written before it, of the same organ, is read: the
antecedent must have a side (so its organ is one that takes sides) unless the cue itself names the side.
Cheap: a regular expression over the sentences of the unsided lesions of a report that holds a cue word.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from typing import Any

from udt.parser.lazy_patterns import lazy_compile
from udt.parser.record import MentionRecord

# Words a relative placement needs; a report without any is not visited.
CUE_WORDS = frozenset({"it", "this", "its", "#1", "#2", "#3", "#4", "lesion", "nodule", "cyst", "mass"})

_DIRECTIONS = (r"(?:superior|inferior|medial|lateral|anterior|posterior|deep|superficial|cranial|caudal|"
               r"proximal|distal|adjacent|next|close|contiguous|left|right|cephalad|caudad)")
_BACK = r"(?:it|this|that|the\s+first|the\s+former|(?:lesion|nodule|cyst|mass|#)\s*(?:no\.?\s*)?\d+)\b"
# The first letters a cue can open with (each alternative opens with a word boundary and one of these words, the
# directions' among them): tested first, so that the alternatives are tried only at the start of such a word, not at
# every character of the sentence (the same matches: tests/test_scan_gates.py).
_CUE_OPENERS = ("just", "immediately", "directly", "also", "to", "below", "above", "beneath", "under", "beside",
                "behind", "next", "alongside", "at", *re.findall(r"[a-z]+", _DIRECTIONS))
# "just inferior to it", "immediately deep to it", "adjacent to this", "to the left of it", "just below lesion 1",
# "beside it", "under it", "at its medial edge", "(adjacent to #1)"
_CUE = lazy_compile(
    r"\b(?=[" + "".join(sorted({word[0] for word in _CUE_OPENERS})) + "])(?:"
    r"(?:\b(?:just|immediately|directly|also)\s+)?"
    r"(?:\b" + _DIRECTIONS + r"\s+(?:to|of|from)\s+"
    r"|\bto\s+the\s+(?P<side>left|right)\s+of\s+"
    r"|\b(?:just\s+|immediately\s+|directly\s+)?(?:below|above|beneath|under|beside|behind|next\s+to|alongside)\s+"
    r"(?:\(\w+\s+side\)\s+)?)"
    + _BACK
    + r"|\bat\s+its\s+\w+\s+(?:edge|end|margin|border|pole|aspect|side)\b"
    + r"|\b(?:beside|under)\s+it\b)"
)


def placed_cue(sentence: str) -> tuple[bool, str | None]:
    """Whether ``sentence`` (lower-cased) places something by a lesion named before it, and the side its "to the
    left / right of it" names (None for the other cues)."""
    m = _CUE.search(sentence)
    if m is None:
        return False, None
    return True, m.group("side")


def cue_placed_later(sentence: str, lo: int, char: int, others: Sequence[int]) -> bool:
    """Whether every cue of ``sentence`` (lower-cased, starting at char ``lo``) stands after words of another
    lesion (``others``: the start chars of their evidence) written after char ``char``, where this lesion is: the
    later lesion is the one the cue places ("a 17 mm nodule in the left lobe, a 6 mm nodule in the isthmus, and at
    left level IV a 19 mm node with a 12 mm one just below it": the cue places a node by the node; the isthmus
    nodule takes no side from it)."""
    for m in _CUE.finditer(sentence):
        cue = lo + m.start()
        if not any(char < o < cue for o in others):
            return False
    return True


def side_placed_lesions(findings: Sequence[Any], evidence: Sequence[MentionRecord], text: str,
                        sent_starts: Sequence[int], idx: Sequence[int], unsided: frozenset[str],
                        layer: str | None = None, walls: Mapping[str, str | None] | None = None) -> None:
    """Give each unsided lesion placed by the lesion written before it that lesion's side (in place).

    ``unsided``: the organs a lesion never takes a side in, not even from a "to the left of it" cue when the
    lesion before it has none (the unpaired organs not sided by their regions). ``layer`` (the soft tissues) and
    ``walls`` (the body walls, each with its body system): a lesion placed by one in a body wall that its own
    words put only in a tissue layer ("Adjacent to this, in the subcutaneous fat, a 9 mm nodule") lies in that
    wall, as the wall's own layers do (wall_layers.py)."""
    n = len(evidence)
    placed = []  # (start char of the lesion word, token, finding)
    for f in findings:
        if f.kind != "lesion" or not f.mentions or not 0 <= f.mentions[0] < n:
            continue
        # Where it is first written: a lesion diagnosed later ("Lesions 1 and 2 are lipomas") may keep the later
        # word as its own; only its naming words count, a site it shares with another lesion does not).
        own = evidence[f.mentions[0]].field
        rec = min((evidence[i] for i in f.mentions if 0 <= i < n and evidence[i].field == own),
                  key=lambda e: e.start_char)
        placed.append((rec.start_char, rec.start, f))
    placed.sort(key=lambda p: p[0])
    chars = [p[0] for p in placed]
    # every lesion's evidence in written order, once (cue_placed_later reads the words between a lesion and its
    # sentence's end: looked up by bisection, so a report of thousands of lesions stays linear)
    words = sorted((evidence[i].start_char, id(p[2])) for p in placed for i in p[2].mentions if 0 <= i < n)
    word_starts = [w for w, _ in words]
    n_text = len(text)
    for k, (char, tok, f) in enumerate(placed):
        if f.organ is None or f.status == "absent" or k == 0:
            continue
        if f.laterality is not None and not (walls and f.organ == layer):
            continue
        s = bisect_right(sent_starts, tok) - 1
        lo = idx[sent_starts[s]] if s >= 0 else 0
        hi = idx[sent_starts[s + 1]] if s + 1 < len(sent_starts) and sent_starts[s + 1] < len(idx) else n_text
        written_before = bisect_left(chars, char, 0, k)  # (the lesions written before this one's word)
        if not written_before:
            continue
        prev = placed[written_before - 1][2]
        # The cue stands in the lesion's own sentence ("Just below it, a 9 mm cyst"; "a 9 mm cyst lies just below
        # it"; "Just below lesion 1: a 2.4 cm lesion").
        cued, said = placed_cue(text[lo:hi].lower())
        if not cued:
            continue
        others = [w for w, owner in words[bisect_right(word_starts, char) : bisect_left(word_starts, hi)]
                  if owner != id(f)]
        if cue_placed_later(text[lo:hi].lower(), lo, char, others):
            continue
        if walls and f.organ == layer and prev.organ in walls:
            f.organ, f.body_system = prev.organ, walls[prev.organ]
        if prev.organ != f.organ or f.laterality is not None:
            continue
        if said is not None and prev.laterality is None:
            if f.organ not in unsided:
                f.laterality = said
        elif prev.laterality is not None:
            f.laterality = prev.laterality
