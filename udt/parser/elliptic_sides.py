"""A bare side word standing for one side of a paired organ named without a side just before: "Kidneys: right 11.0 cm,
parenchyma 15 mm. Upper pole cyst 2.4 cm." (the right kidney holds the cyst); "Ovaries: left 3.1 cm. 22 mm simple
cyst. Right 2.8 cm, normal."; "Testes: right 15 ml. Left 16 ml. A 4 mm cyst at the upper pole." (the left testis).

Dictated and translated reports name the organ once, in the plural, and then its sides by the side word alone. The
side word then sets the side of the organ under description, which the lesions of the following sentences that
name no side of their own take, until another side is named. Three readings:

- right after the colon of a heading that names the organ without a side ("Kidneys: right ...");
- opening a sentence that names no anatomy ("Left 10.8 cm, normal."), which moves the organ under description to
  that side.
- opening the semicolon clause that holds a lesion with no side of its own ("Native kidneys: R 8 cm with two
  cysts, largest 19 mm; L 8.3 cm, 23 mm exophytic cyst": the left one).

A fourth reading makes a lesion of its own: a semicolon clause after a sided lesion that opens with the other side
and holds a size but names no lesion or anatomy ("R pleural effusion 6 cm depth; L side small, 2 cm"; "Right
ovarian cyst of 32 mm; L smaller, 15 mm") is the same kind of lesion on that side (``side_clauses``); so is a comma
clause whose side word is followed by a "largest" word ("R dominant nodule 3.6 cm, L largest 1.4 cm").

The first three count only when a size follows the side word at once (the side stands for the organ it measures:
not "Left lobe: 44 mm", a part named after the side, whose organ's midline part, the isthmus, has no side) and its
sentence states no other side ("Kidneys: right 11 cm, left 11.4 cm." sets none).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.parser.findings import Item


def _only_side(side: list[str | None], first: int, end: int, size_starts: set[int]) -> str | None:
    """``side[first]`` when it is left or right, a size starts right after it (``size_starts``: the first tokens of
    the sentence's sizes) and every side word in ``[first, end)`` is that side."""
    said = side[first] if first < end else None
    if said not in ("left", "right") or first + 1 not in size_starts:
        return None
    stated = set(side[first:end])
    stated.discard(None)
    return said if len(stated) == 1 else None


def side_after_heading(side: list[str | None], colon: int, end: int, size_starts: set[int]) -> str | None:
    """The side a heading's sentence gives its unsided organ: the side word right after the heading's colon (token
    ``colon``), when the sentence (ending at ``end``) states no other side. ``side`` is ``Words.side``."""
    return _only_side(side, colon + 1, end, size_starts)


def side_opening_sentence(side: list[str | None], span: tuple[int, int], size_starts: set[int]) -> str | None:
    """The side word a sentence (token range ``span``) opens with, when it states no other side."""
    return _only_side(side, span[0], span[1], size_starts)


def side_opening_clause(side: list[str | None], role: list[str | None], lo: int, start: int,
                        size_starts: set[int], anatomy_starts: list[int]) -> str | None:
    """The side word opening the clause after the last semicolon in ``[lo, start)`` (a sentence from ``lo``, a
    lesion at ``start``), when the clause names no anatomy (``anatomy_starts``) and states no other side before the
    lesion. ``role`` is ``Words.role``."""
    seg = role[lo:start]
    if "sep_strong" not in seg:
        return None
    first = lo + len(seg) - seg[::-1].index("sep_strong")
    if any(first <= a < start for a in anatomy_starts):
        return None
    return _only_side(side, first, start, size_starts)


_NEAR_SIZE = 3  # tokens from a comma clause's side word to its size: a word ("small") and "~" at most
_OPPOSITE = {"left": "right", "right": "left"}


def _parallel_side(side: list[str | None], lo: int, items: list[Item]) -> str | None:
    """The side opposite to the one that opens the clause of the lesion ending at ``lo``, when that side word stands
    right before the lesion (a word between at most: "R pleural effusion") and a size follows the lesion's word in
    its clause; else None."""
    lesion = next((it for it in reversed(items) if it.kind == "lesion" and it.end <= lo), None)
    if lesion is None or not any(it.kind == "size" and it.start >= lesion.end for it in items):
        return None
    for j in range(lesion.start - 1, max(lesion.start - 3, -1), -1):
        if (other := _OPPOSITE.get(side[j] or "")) is not None:
            if any(it.kind in ("size", "lesion", "anatomy") and j < it.start < lesion.start for it in items):
                return None
            return other
    return None


def side_clauses(
    side: list[str | None], role: list[str | None], lo: int, hi: int, items: list[Item]
) -> list[tuple[str, int, int]]:
    """The clauses of a sentence after ``lo`` (the end of its last lesion) up to ``hi`` that open, right after a
    semicolon (or a comma before "L largest"), with a left or right side word, state no other side, and hold a size
    but no lesion, anatomy or normal wording (``items``, the sentence's): ``(side, start, end)`` token ranges."""
    out: list[tuple[str, int, int]] = []
    # (the parallel wording's cut is at a comma: with none after the lesion, one scan in C spares the item walks)
    parallel = _parallel_side(side, lo, items) if "comma" in role[lo:hi] else None
    if "sep_strong" not in role[lo:hi] and "largest" not in role[lo:hi] and parallel is None:
        return out  # (one scan in C before the loop)
    # A comma opens one too when the side word is followed by the group's largest: "R dominant nodule 3.6 cm, L
    # largest 1.4 cm" (the other side's largest, not a size of the right one); or by a size within a word or two,
    # after a lesion that its own side word opens and its size closes ("R effusion ~4 cm, L ~2 cm"; "R pleural
    # effusion 6 cm at base, L small ~1.5 cm"): the same parallel wording, the other side's lesion. An organ
    # measured first ("R 10.5 cm with a 2 cm cyst, L 11 cm") is no such lesion: its side word is followed by a size.
    size_starts = {it.start for it in items if it.kind == "size"} if parallel is not None else set()
    cuts = [
        j
        for j in range(lo, hi)
        if role[j] == "sep_strong"
        or (
            role[j] == "comma"
            and j + 2 < hi
            and side[j + 1] in ("left", "right")
            and (
                role[j + 2] == "largest"
                or (side[j + 1] == parallel and not size_starts.isdisjoint(range(j + 2, min(j + 2 + _NEAR_SIZE, hi))))
            )
        )
    ]
    if not cuts:
        return out
    for a, b in zip(cuts, [*cuts[1:], hi], strict=True):
        first = a + 1
        said = side[first] if first < b else None
        if said not in ("left", "right"):
            continue
        inside = [it for it in items if first <= it.start < b]
        if not any(it.kind == "size" for it in inside) or any(
            it.kind in ("lesion", "anatomy", "normal") for it in inside
        ):
            continue
        stated = set(side[first:b])
        stated.discard(None)
        if len(stated) == 1:
            out.append((said, first, b))
    return out
