"""A cut-short side after an organ's study names the side examined: "Knee ultrasound li.", "Hoden Sono re.",
"US Genu li. / soft tissues".

A side abbreviation of another language counts as a side only by a sign that its system is in use (foreign_sides.py):
both its sides standing cut short, heading lines, or one right beside an anatomy mention. A one-sided study names
its side once, in its title, after the organ and the study's word ("Knee ultrasound li. - Orthopaedic practice"),
so none of those signs stands and the title gave no side to the knee's cyst and effusion. An abbreviation cut short
with its full stop right after a study word (termset.STUDIED_SIDE_STUDIES) that follows an anatomy mention is such a
sign; without the stop ("knee US re" a "regarding"), or after a study word that follows no organ, it is none.

A title may also open with the study word and name the organ after it, in a word the vocabulary may not know
(Latin "Genu", German "Schulter": "US Genu li. / soft tissues"). There the study word must open its line, one plain
word stand between it and the cut-short side, and the title end or break right after the side (a slash, a dash, a
comma, the line's end): "Ultrasound requested re. lump" ("regarding", a word after it) is no such title.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet


def follows_studied_organ(lower: list[int], j: int, stopped: bool, studies: AbstractSet[int],
                          anatomy_ends: AbstractSet[int]) -> bool:
    """The abbreviation at token ``j`` of ``lower``, cut short (``stopped``), stands right after a study word that
    right follows an anatomy mention (``anatomy_ends``: the mentions' exclusive end tokens)."""
    return stopped and j > 1 and lower[j - 1] in studies and j - 1 in anatomy_ends


def ends_study_title(lower: list[int], j: int, after: int, stopped: bool, studies: AbstractSet[int],
                     line_starts: AbstractSet[int], title_breaks: AbstractSet[int], plain: bool) -> bool:
    """The abbreviation at token ``j`` of ``lower``, cut short (``stopped``; ``after`` the token past its stop),
    ends a title "US Genu li.": a study word opens the line (``line_starts``: the tokens that open a line) and one
    ``plain`` word (alphabetic, told by the caller) stands between, and the title breaks after the side
    (``title_breaks``: a slash, dash, comma or line break; or the report ends)."""
    return (stopped and plain and j >= 2 and lower[j - 2] in studies and j - 2 in line_starts
            and (after >= len(lower) or lower[after] in title_breaks))
