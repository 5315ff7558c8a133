"""A cut-short side after an organ's study names the side examined: "Knee ultrasound li.", "Hoden Sono re.".

A side abbreviation of another language counts as a side only by a sign that its system is in use (foreign_sides.py):
both its sides standing cut short, heading lines, or one right beside an anatomy mention. A one-sided study names
its side once, in its title, after the organ and the study's word ("Knee ultrasound li. - Orthopaedic practice"),
so none of those signs stands and the title gave no side to the knee's cyst and effusion. An abbreviation cut short
with its full stop right after a study word (termset.STUDIED_SIDE_STUDIES) that follows an anatomy mention is such a
sign; without the stop ("knee US re" a "regarding"), or after a study word that follows no organ, it is none.
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
