"""A lesion placed only against the lesion just described ("A 7 mm anechoic focus sits at its medial edge", "a
small collection adjacent to it, 1.9 cm", "a second nodule just beside it") lies where that lesion lies: it takes
that lesion's organ when it has none, and its side when it has none and the two share the organ.

The pronoun ("it", "its", "the former", "the latter") after a word of position is the whole of the new lesion's
site: without this the lesion kept no organ (and was lost to its organ's lesions) or no side, since the side of
the first lesion came from a landmark or a heading of its own sentence ("Deep to the right iliac fossa scar ...").

The antecedent is the nearest lesion written before the anchored one, whose first evidence stands before the
pronoun. Read on the finished report (one regular-expression scan of the text gates it), before the scorer's
view is built.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from udt.parser.schema import Finding, Mention

# A word of position and a pronoun for the lesion before ("at its medial edge", "adjacent to it", "next to it",
# "abutting it", "along its wall", "medial to the former").
_ANCHOR = re.compile(
    r"\b(?:(?:at|on|along|by|beside|alongside|abutting|adjoining|touching|contacting|around|surrounding|"
    r"underneath|beneath|below|above|near)|(?:adjacent|next|close|deep|superficial|medial|lateral|anterior|"
    r"posterior|superior|inferior|proximal|distal)\s+to)\s+(?:it\b|its\s|the\s+(?:former|latter)\b)",
    re.IGNORECASE)
# What ends the stretch a lesion's evidence and its anchor share (a sentence or a line).
_BREAK = re.compile(r"[.;\n]")


_SITE_FIELDS = ("Organ_level", "Body_system_level")


def _first_start(f: Finding, mentions: Sequence[Mention]) -> int | None:
    """Where a finding is first written: its first evidence that is no site word (a title or heading naming the
    organ stands far before the lesion), else its first evidence."""
    own = [mentions[i] for i in f.mentions if 0 <= i < len(mentions)]
    if not own:
        return None
    described = [m.start for m in own if m.dimension not in _SITE_FIELDS]
    return min(described) if described else min(m.start for m in own)


def place_anchored_lesions(text: str, findings: list[Finding], mentions: Sequence[Mention]) -> None:
    """Give each lesion anchored by a pronoun to the lesion before it that lesion's organ and side where it has
    none (see the module docstring); ``findings`` are changed in place."""
    anchors = [m.start() for m in _ANCHOR.finditer(text)]
    if not anchors:
        return
    placed = sorted((s, k) for k, f in enumerate(findings)
                    if f.kind == "lesion" and (s := _first_start(f, mentions)) is not None)
    for pos, (start, k) in enumerate(placed):
        f = findings[k]
        if pos == 0 or (f.organ is not None and f.laterality is not None):
            continue
        # the anchor in the lesion's own sentence, after its first evidence
        end = _BREAK.search(text, start)
        stop = end.start() if end else len(text)
        if not any(start < a < stop for a in anchors):
            continue
        before = findings[placed[pos - 1][1]]
        if before.organ is None:
            continue
        if f.organ is None:
            f.organ, f.body_system = before.organ, before.body_system
        if f.laterality is None and f.organ == before.organ:
            f.laterality = before.laterality
