"""The one arm a report's dialysis access lies in, for the access's lesions the findings leave unsided.

A fistula or graft lies in one arm, and its complications (a needling-site haematoma, a perigraft seroma) lie in
that arm. Writers name the arm once, where they introduce the access ("Access: L radiocephalic AVF", "via L
radiocephalic AVF (2021)", "Shunt duplex (Cimino fistula, left forearm)"), and then describe its lesions without
repeating it; the other arm may well be named too ("Right arm: subclavian vein patent"), for its own veins. So the
access's side is read from the access's own mentions, not from the report's other side words:

- a mention of the access that names a side itself ("L radiocephalic AVF"), or
- the one side, left or right, named in the sentence of a mention of the access ("Cimino fistula, left forearm"),

and it is the arm's only where all such mentions agree (an access in each arm, or "bilateral", leaves it to the
lesions' own words).

The arm's side also reaches an unsided lesion of that arm's wrist, elbow or fingers (termset ``ACCESS_ARM_ORGANS``):
"Left radiocephalic AVF: ... Volar wrist, radial side: a 6 mm ganglion" lies in the arm examined, as the corpus
writers annotate it; a lesion of the other arm is named with its side, and keeps it.

Linear in the report's anatomy items and the tokens of their sentences; nothing is read in a report without an
access.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from udt.parser.sentences import sentence_end

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence
    from collections.abc import Set as AbstractSet
    from typing import Protocol

    class _Anatomy(Protocol):
        kind: str
        organ: str | None
        laterality: str | None
        sent: int

    class _Draft(Protocol):
        kind: str
        organ: str | None
        laterality: str | None


_SIDES = ("left", "right")


def agreed_arm(mention_sides: Iterable[AbstractSet[str]]) -> str | None:
    """The arm of an access: the one side, left or right, that every side named for its mentions agrees on (each of
    ``mention_sides``: the sides one mention gives it, read lazily); None where two differ, or none is named, or the
    one named is no arm ("bilateral"). The one reader of the access's arm: the findings' (``access_side``, by
    sentence) and the settling's (access_other_arm.py, by line) name the mentions' sides each their own way."""
    said: set[str] = set()
    for sides in mention_sides:
        said |= sides
        if len(said) > 1:
            return None  # (an access in each arm, or a mention naming both: no one arm)
    return next(iter(said)) if len(said) == 1 and next(iter(said)) in _SIDES else None


def access_side(
    items: Iterable[_Anatomy], access: str, side: Sequence[str | None], sent_starts: Sequence[int]
) -> str | None:
    """The one side, left or right, the mentions of ``access`` among ``items`` give it; else None. ``side`` is each
    token's side and ``sent_starts`` each sentence's first token."""
    return agreed_arm(_mention_sides(items, access, side, sent_starts))


def _mention_sides(
    items: Iterable[_Anatomy], access: str, side: Sequence[str | None], sent_starts: Sequence[int]
) -> Iterator[AbstractSet[str]]:
    """The sides each mention of ``access`` gives it: its own side word, else the one side its sentence names (a
    sentence read once)."""
    seen: set[int] = set()
    for it in items:
        if it.kind != "anatomy" or it.organ != access:
            continue
        if it.laterality is not None:
            yield {it.laterality}
        elif it.sent not in seen and 0 <= it.sent < len(sent_starts):
            seen.add(it.sent)
            end = sentence_end(sent_starts, it.sent, len(side))
            named = {s for s in side[sent_starts[it.sent] : end] if s is not None}
            if len(named) == 1:
                yield named


def side_access_lesions(drafts: Iterable[_Draft], organs: AbstractSet[str | None], said: str) -> None:
    """Give each unsided lesion filed on one of ``organs`` (the access and the joints of its arm) the access's side
    ``said``."""
    for f in drafts:
        if f.kind == "lesion" and f.organ in organs and f.laterality is None:
            f.laterality = said
