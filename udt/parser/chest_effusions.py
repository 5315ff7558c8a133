"""A bare effusion placed at the lung or at the chest is the pleural space's.

"Lungs: small right effusion, 20 mm depth", "Lung bases: left basal effusion", "Chest R: effusion 6 cm deep" (a
report that also says "Abdomen: no ascites"): the lung or the chest region is where the writer looked, the fluid
lies around the lung, in the pleural space (guideline: pleural effusion -> Pleural space). An effusion that names
its own space ("pericardial effusion") has its own organ already, and one in any other organ ("knee: effusion",
"Pericardium: a small effusion") keeps it. An effusion left with no organ nor body system ("Right: large effusion"
under side headings, beside "Pericardium: no effusion") in a report labelled with the pleural space is the pleural
space's too. The report-level label of the same effusion is decided in
``implied._effusion_in_the_chest``; this only moves the finding's organ.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.parser.findings import _Draft
    from udt.parser.record import MentionRecord


def move_chest_effusions(
    drafts: Iterable[_Draft],
    evidence: Sequence[MentionRecord],
    lower: Sequence[int],
    effusion_words: AbstractSet[int],
    fluid: str | None,
    lung: str | None,
    pleural: tuple[str, str | None] | None,
    labelled: AbstractSet[str] = frozenset(),
) -> None:
    """Move each lesion draft whose diagnosis is ``fluid`` written as a bare effusion word (``effusion_words``) and
    whose organ is the ``lung``, or that has no organ but lies in the pleural space's body system (the chest), or no
    organ nor body system at all in a report whose organ labels (``labelled``) hold the pleural space, to the
    ``pleural`` (organ, body system)."""
    if pleural is None or fluid is None:
        return
    organ, system = pleural
    # "Right: large effusion ... Pericardium: no effusion" in a chest study: the report's labels already hold the
    # pleural space (implied._effusion_in_the_chest), but two organs leave the effusion under a side heading unplaced
    unplaced = organ in labelled
    for f in drafts:
        if f.kind != "lesion" or f.diagnosis != fluid:
            continue
        if not ((f.organ is not None and f.organ == lung) or (f.organ is None and system and f.body_system == system)
                or (unplaced and f.organ is None and f.body_system is None)):
            continue
        if not any(
            0 <= i < len(evidence) and evidence[i].value == fluid and lower[evidence[i].end - 1] in effusion_words
            for i in f.mentions
        ):
            continue  # ("a fluid collection in the lung": a lesion of the lung itself)
        f.organ, f.body_system, f.structure = organ, system, None
