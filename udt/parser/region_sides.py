"""A lesion of the abdominal wall takes the side of the flank or quadrant its line places it in ("Trocar scar right
flank: small collection 1,6 cm", "Left lower quadrant (port site): 1.8 cm seroma", "a haematoma in the left flank").

The abdominal wall is one organ the body has one of (``udt:isUnpaired``), so a side word never gave its findings a
laterality: "left of midline" and "right paramedian" stay unsided, as the corpora annotate them. Its regions that
lie to one side, the flanks, quadrants, iliac fossae and loins (termset ``SIDED_REGION_WORDS``), are the exception
the corpus guideline makes: "a flank haematoma -> Abdominal wall (side from the flank or quadrant, null at the
umbilicus)". Which organs are so sided is termset ``REGION_SIDED_ORGANS``.

A side word that a landmark phrase took for its landmark ("Deep to the right iliac fossa scar there is a 26 mm
collection", landmarks.py) still counts: the region it sides is where a body-wall lesion lies, not something beside
it. So do the rectus sheath and muscle, one of a pair ("Right rectus sheath haematoma"), and a scar's side or end
("left end of the Pfannenstiel scar", "right iliac fossa scar"); a midline scar names no side and gives none.

The wall itself, named with a side ("Left abdominal wall, drain site: seroma 14 mm", "right lateral abdominal wall:
haematoma in the subcutis"), lies to that side as a flank does: its adjective (termset ``SIDED_WALL_WORDS``, just
before "wall") counts as a region word, but not across a word of the midline (termset ``MIDLINE_SITE_WORDS``):
"right paramedian abdominal wall" and "left of the midline, abdominal wall" stay unsided, as the umbilicus does.

Only a side word at most ``_SIDE_REACH`` words before the region word ("left lower quadrant") counts, in the
statement of the lesion's own word (its line, between sentence stops); one naming two sided regions gives none.
Bounded by that line: one bisection and a short scan per such finding, in a report whose word set names a region
word.
"""

from __future__ import annotations

from bisect import bisect_left

from udt.parser.text_lines import line_bounds

_SIDE_REACH = 5  # words between a side word and its region word ("left lower quadrant": two; "left lateral
# aspect of the Pfannenstiel incision": five)


def with_landmark_sides(side: list[str | None], landmark_sides: list[tuple[int, str]]) -> list[str | None]:
    """``side`` (``Words.side``) with the side words that landmark phrases took (``landmark_sides``: token, side)
    given back, a copy; ``side`` itself when there are none."""
    if not landmark_sides:
        return side
    given = list(side)
    for j, said in landmark_sides:
        given[j] = said
    return given


def region_side(at: int, lower: list[int], side: list[str | None], idx: list[int], text: str,
                regions: frozenset[int], stops: frozenset[int], walls: tuple[frozenset[int], int, frozenset[int]]
                | None = None) -> str | None:
    """The side of the one sided region named in the statement of token ``at`` (``lower``: the report's word ids,
    ``side``: ``Words.side``, ``idx``: each token's character offset, ``regions``: the region words' ids), or
    None. The statement is the part of the token's line between the sentence stops (``stops``: ".", ";") around
    it, so a heading before a colon counts ("Right flank: collection 16 mm") and another sentence on the line
    does not ("Imp: Incisional hernia. L flank lipoma."). ``walls``: the wall adjectives' ids, the id of "wall" and
    the midline words' ids, where a sided wall counts too ("left abdominal wall")."""
    lo_char, hi_char = line_bounds(text, idx[at])
    lo, hi = bisect_left(idx, lo_char), bisect_left(idx, hi_char)
    lo = next((t + 1 for t in range(at - 1, lo - 1, -1) if lower[t] in stops), lo)
    hi = next((t for t in range(at + 1, hi) if lower[t] in stops), hi)
    found: set[str] = set()
    for t in range(lo, hi):
        if lower[t] in regions:
            said = next((side[s] for s in range(t - 1, max(lo, t - 1 - _SIDE_REACH) - 1, -1) if side[s] is not None),
                        None)
        elif walls is not None and lower[t] in walls[0] and t + 1 < hi and lower[t + 1] == walls[1]:
            said = _wall_side(t, lo, lower, side, walls[2])
        else:
            continue
        if said is not None:
            found.add(said)
    return found.pop() if len(found) == 1 else None


def _wall_side(t: int, lo: int, lower: list[int], side: list[str | None], midline: frozenset[int]) -> str | None:
    """The side word at most ``_SIDE_REACH`` words before the wall adjective at token ``t`` (from ``lo``), unless a
    midline word stands between them or right after the side word ("right paramedian", "left of midline")."""
    for s in range(t - 1, max(lo, t - 1 - _SIDE_REACH) - 1, -1):
        if lower[s] in midline:
            return None
        if side[s] is not None:
            return side[s]
    return None
