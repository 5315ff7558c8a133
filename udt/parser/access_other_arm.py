"""The vessels of the other arm in a dialysis access study are the limb's own, not the access's: "L radiocephalic
AVF ... R IJV: patent, no thrombus", "Right arm: V. subclavia patent, compressible", "R arm for future access:
cephalic vein 2.4 mm".

In a fistula study the vessels its sentences name are the fistula's (guideline: an AV fistula and its outflow vein ->
Dialysis fistula), so the settling phase drops their own organs. But an access lies in one arm, named where the writer
introduces it, and a vessel whose line names only the other side is no part of it: it was examined for itself (a
line's thrombus, a vein mapped for a future access), and keeps its organ. The arm is read as the findings read it
(access_sides.agreed_arm), here from the text lines of the access's asserted mentions; nothing is read where the
access's side is not one and the same wherever it is named.
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from udt.parser.access_sides import agreed_arm
from udt.parser.lazy_patterns import lazy_compile
from udt.parser.text_lines import line_bounds

if TYPE_CHECKING:
    from udt.parser.record import MentionRecord

# A side word: spelled out or abbreviated in any case, or a capital single letter ("L radiocephalic AVF", "R IJV").
_SIDE = lazy_compile(r"\b(?:(?i:left|lt)|L)\b|\b(?:(?i:right|rt)|R)\b")


def _sides_on_line(text: str, at: int) -> set[str]:
    """The sides, "left" or "right", that the line of ``text`` holding character ``at`` names."""
    lo, hi = line_bounds(text, at)
    return {"left" if m.group(0)[0] in "lL" else "right" for m in _SIDE.finditer(text, lo, hi)}


def other_arm(evidence: Sequence[MentionRecord], text: str, access: str) -> set[str]:
    """``{side}`` of the arm opposite the ``access``'s; empty where the access's arm is not one side."""
    arm = agreed_arm(_sides_on_line(text, rec.start_char) for rec in evidence
                     if rec.site == access and not rec.negated and not rec.hypothetical)
    if arm is None:
        return set()  # (an access in each arm, or a line naming both: no one arm)
    return {"right"} if arm == "left" else {"left"}


def other_arm_vessels(
    evidence: Sequence[MentionRecord], text: str, access: str, vessels: AbstractSet[str | None]
) -> set[str]:
    """The vessel organs (of ``vessels``) that a mention names on a line naming only the side opposite the arm of the
    ``access``; empty where that arm is not one side."""
    other = other_arm(evidence, text, access)
    if not other:
        return set()
    return {rec.site for rec in evidence
            if rec.site is not None and rec.site in vessels and rec.site != access
            and _sides_on_line(text, rec.start_char) == other}


def on_other_arm(other: AbstractSet[str], text: str, rec: MentionRecord) -> bool:
    """Whether the line of ``rec`` (a limb segment: "R forearm (old graft site): small seroma") names only the side
    opposite the arm of the access, ``other`` (:func:`other_arm`, read once by the caller for all its segments: the
    arm is a scan over every mention, and a long report holds many segments): that limb is examined for itself, no
    part of the access."""
    return bool(other) and _sides_on_line(text, rec.start_char) == other
