"""A lesion placed only against the lesion just described ("A 7 mm anechoic focus sits at its medial edge", "a
small collection adjacent to it, 1.9 cm", "a second nodule just beside it") lies where that lesion lies: it takes
that lesion's organ when it has none, and its side when it has none and the two share the organ.

The pronoun ("it", "its", "the former", "the latter") after a word of position is the whole of the new lesion's
site: without this the lesion kept no organ (and was lost to its organ's lesions) or no side, since the side of
the first lesion came from a landmark or a heading of its own sentence ("Deep to the right iliac fossa scar ...").

The cue is placed_sides.py's (one definition of "placed by the lesion before"): that module gives the side on the
findings pass, where the lesion before is already sided; this one runs on the finished report, for a lesion that
has no organ there (its site words were only the cue) or whose antecedent's side was settled after the findings
pass (from a landmark or heading of its own sentence). The antecedent is the nearest lesion written before the
placed one, whose first evidence stands before the cue.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from udt.parser.lazy_patterns import lazy_compile
from udt.parser.placed_sides import placed_cue
from udt.parser.schema import Finding, Mention

# What ends the stretch a lesion's evidence and its cue share (a sentence or a line).
_BREAK = lazy_compile(r"[.;\n]")


_SITE_FIELDS = ("Organ_level", "Body_system_level")


def first_start(f: Finding, mentions: Sequence[Mention]) -> int | None:
    """Where a finding is first written: its first evidence that is no site word (a title or heading naming the
    organ stands far before the lesion), else its first evidence."""
    own = [mentions[i] for i in f.mentions if 0 <= i < len(mentions)]
    if not own:
        return None
    described = [m.start for m in own if m.dimension not in _SITE_FIELDS]
    return min(described) if described else min(m.start for m in own)


class LesionStretches:
    """Each lesion's own stretch of a report: from where it is first written (``first_start``) to the end of its
    sentence or line, or to the next words of another lesion written after it. Shared by the passes that read a
    cue about "the lesion before" (this module, alike_lesions.py)."""

    def __init__(self, text: str, findings: list[Finding], mentions: Sequence[Mention], lesions: list[int]) -> None:
        self.text = text
        # (where each lesion is first written, its index), in written order
        self.placed = sorted((s, k) for k in lesions if (s := first_start(findings[k], mentions)) is not None)
        # every lesion's evidence in written order, once (a lesion stops at the next one's words: looked up by
        # bisection, so a report of thousands of lesions stays linear)
        self._words = sorted((mentions[i].start, j) for j in lesions for i in findings[j].mentions
                             if 0 <= i < len(mentions))
        self._word_starts = [w for w, _ in self._words]

    def end(self, start: int, k: int) -> int:
        """Where the stretch of lesion ``k``, first written at ``start``, ends."""
        brk = _BREAK.search(self.text, start)
        stop = brk.start() if brk else len(self.text)
        # (the words of another lesion written after this one's first: "a 19 mm node" after the isthmus nodule)
        words = self._words
        w = bisect_right(self._word_starts, start)
        while w < len(words) and words[w][0] < stop:
            if words[w][1] != k:
                return words[w][0]
            w += 1
        return stop


def place_anchored_lesions(text: str, findings: list[Finding], mentions: Sequence[Mention]) -> LesionStretches | None:
    """Give each lesion anchored by a pronoun to the lesion before it that lesion's organ and side where it has
    none (see the module docstring); ``findings`` are changed in place. Returns the lesions' stretches where they
    were worked out (else None), for alike_lesions.py to read: only organs and sides change here, and the
    stretches depend on the lesions' evidence alone."""
    # Only a lesion after another can be anchored: most reports have one lesion at most, and their evidence is
    # then not read (one kind test per finding).
    lesions = [k for k, f in enumerate(findings) if f.kind == "lesion"]
    if len(lesions) < 2:
        return None
    if all(findings[k].organ is not None and findings[k].laterality is not None for k in lesions):
        return None  # every lesion has its organ and side: nothing to give (the stretches are not worked out)
    stretches = LesionStretches(text, findings, mentions, lesions)
    placed = stretches.placed
    for pos, (start, k) in enumerate(placed):
        f = findings[k]
        if pos == 0 or (f.organ is not None and f.laterality is not None):
            continue
        # the anchor in the lesion's own sentence, after its first evidence and before the next lesion's (a cue
        # after a later lesion places that one: "a 6 mm nodule in the isthmus, and at left level IV a 19 mm node
        # with a 12 mm one just below it")
        stop = stretches.end(start, k)
        if not placed_cue(text[start:stop].lower())[0]:
            continue
        before = findings[placed[pos - 1][1]]
        if before.organ is None:
            continue
        if f.organ is None:
            f.organ, f.body_system = before.organ, before.body_system
        if f.laterality is None and f.organ == before.organ:
            f.laterality = before.laterality
    return stretches
