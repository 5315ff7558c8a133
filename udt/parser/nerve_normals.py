"""Whether a normal statement speaks of a nerve: one member of the peripheral nerves, never the whole organ.

A nerve study names the nerve it finds normal beside the one it finds swollen ("R ulnar nerve CSA 8 mm2 at the
elbow, normal" after a swollen left ulnar nerve), the normal segment of the nerve it finds swollen ("4 cm proximally
the nerve is normal"), or the nerve beside a lesion of its joint ("Ulnar nerve in the cubital tunnel: structure
preserved" under an olecranon bursitis). The development files' gold labels give no "normal appearance" for these
(a normal part beside a lesion, guideline), while a nerve study with nothing abnormal is still a normal study: the
statement is read as a named part (normals.py), which decides a normal study only when nothing is abnormal.

:mod:`udt.parser.normals` already reads a named nerve as a member when its clause names it ("the ulnar nerve is
normal"); here the subject is found past the commas of a verbless list ("L. median nerve 9 mm2, normal") and by the
plain word "nerve", whose concept is the organ itself ("the nerve is normal").

The same nerve of the other side called normal ("Lt. median nerve: CSA 9 mm2, normal" beside a swollen right median
nerve) is not such a part: like the other kidney beside a kidney's lesion it is one side of a paired structure called
normal, which the guideline and most development files label a normal appearance.
"""

from __future__ import annotations

from collections.abc import Callable, Set

from spacy.strings import get_string_id

from udt.parser.record import MentionRecord

# How many mentions back the subject of a normal statement is looked for (within its sentence): a nerve, the joint
# placing it and a side or size between ("the median nerve (M) at the carpal tunnel inlet, cross-sectional area
# 9 mm2, is normal").
_REACH = 6
# A place the nerve named before it runs through ("R ulnar nerve CSA 8 mm2 at the elbow", "ulnar nerve in the cubital
# tunnel", "median nerve at the wrist"): the nerve's site, not a joint or region examined. At most this many words
# between the nerve and its place, none of them ending a clause.
_PLACE_WORDS = frozenset(get_string_id(w) for w in ("at", "in", "across", "near", "through", "within"))
_CLAUSE_ENDS = frozenset(get_string_id(w) for w in (";", ":", ".", "\n", "\n\n"))
_PLACE_GAP = 8
# The side words that may open a nerve's name ("Lt. median nerve", "the right ulnar nerve"), each with its side.
_SIDES = {get_string_id(w): side for words, side in (
    (("left", "lt", "l"), "left"), (("right", "rt", "r"), "right")) for w in words}


def _side_before(rec: MentionRecord, lower: list[int]) -> str | None:
    """The side word among the two tokens before a mention ("Lt. median nerve": "lt" "."), if any."""
    for word in reversed(lower[max(0, rec.start - 3) : rec.start]):
        side = _SIDES.get(word)
        if side is not None:
            return side
    return None


def _other_side_of_a_named_nerve(rec: MentionRecord, spans: list[MentionRecord], lower: list[int]) -> bool:
    """``rec`` names a nerve with a side, and the report names the same nerve with the other side."""
    side = _side_before(rec, lower)
    if side is None:
        return False
    return any(other.iri == rec.iri and other is not rec and _side_before(other, lower) not in (None, side)
               for other in spans)


def _places_the_nerve(j: int, spans: list[MentionRecord], lower: list[int], nerve_organ: str) -> bool:
    """The anatomy mention ``spans[j]`` follows a place word ("at the", "in the") right after the nerve named by the
    mention before it, in the same clause: where the nerve is ("the ulnar nerve at the elbow, normal")."""
    if j == 0 or spans[j - 1].site != nerve_organ:
        return False
    start = spans[j].start
    gap = lower[spans[j - 1].end : start]
    return len(gap) <= _PLACE_GAP and _CLAUSE_ENDS.isdisjoint(gap) and not _PLACE_WORDS.isdisjoint(
        lower[max(0, start - 2) : start])


def normal_of_a_nerve(k: int, spans: list[MentionRecord], lower: list[int], sent_start: int, anatomy: Set[str],
                      nerve_organ: str, places_a_member: Callable[[int], bool]) -> bool:
    """The anatomy named last before the normal statement ``spans[k]`` in its sentence is a nerve (site
    ``nerve_organ``), past a joint or region that only places it (``places_a_member``, or a place word after the
    nerve: "at the elbow", "in the cubital tunnel"). Not a normal that names no anatomy before it in its sentence
    ("This normal nerve is the reference", "Normal nerve ultrasound": the study or the nerve itself called normal)."""
    for j in range(k - 1, max(-1, k - 1 - _REACH), -1):
        rec = spans[j]
        if rec.start < sent_start:
            return False
        if rec.field in anatomy and (rec.site == nerve_organ or not (
                _places_the_nerve(j, spans, lower, nerve_organ) or places_a_member(j))):
            return rec.site == nerve_organ and not _other_side_of_a_named_nerve(rec, spans, lower)
    return False
