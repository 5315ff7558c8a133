"""An enlarged node placed by its nodal level ("In the right lateral compartment, level III, an adenopathy of 17 mm",
"cervical lymphadenopathy - R level V largest 32 mm") is a neck node: the levels number the cervical node stations,
so the level, not the thyroid or the heading described before, says where it lies. A diagnosis whose typical sites
are nodes of several regions (lymphadenopathy: cervical, axillary, inguinal) implies no one organ by itself; the
level word settles the region. Its side stays the lesion's own.

Only a lesion whose diagnosis is typically found in lymph nodes and nowhere else is placed, and only by a level in
its clause (between the semicolons or sentence ends around it) with no other lesion between the two ("a 9 mm
nodule in the left lobe; level IV adenopathy 12 mm": the adenopathy only). The word "level" must be followed by a
level number ("level III", "level IIb", "level 4"), so "fluid level" and "at the level of the hilum" place nothing.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from itertools import compress
from typing import TYPE_CHECKING

from udt.parser.sentences import sentence_end, strong_clause

if TYPE_CHECKING:
    from udt.parser.findings import Item

LEVEL_WORDS = ("level", "levels")
# Cervical node levels I-VII with their sublevels (a/b), in Roman and Arabic numerals.
LEVEL_NUMBERS = tuple(
    f"{n}{sub}" for n in ("i", "ii", "iii", "iv", "v", "vi", "vii", *map(str, range(1, 8))) for sub in ("", "a", "b")
)


def level_tokens(lower: list[int], levels: AbstractSet[int], numbers: AbstractSet[int]) -> list[int]:
    """Token indices of each level word followed by a level number, in order."""
    # (the level words found by a C-level probe of each token: Python runs only at a level word)
    return [i for i in compress(range(len(lower) - 1), map(levels.__contains__, lower)) if lower[i + 1] in numbers]


def place_at_node_levels(
    items: list[Item],
    at: list[int],
    role: list[str | None],
    sent_starts: list[int],
    node_diagnoses: AbstractSet[str],
    organ: tuple[str, str | None],
) -> bool:
    """File under ``organ`` (the cervical nodes' released organ and body system) each lesion whose concept is in
    ``node_diagnoses`` and whose clause names a nodal level (``at``: the level words' tokens) with no other lesion
    between; mark it ``own_site`` so no carried site moves it. ``items`` is in token order. Whether any was
    filed: the level then names the neck's nodes as examined (placed_nodes.py)."""
    if not at:
        return False
    placed = False
    n = len(role)
    for k, it in enumerate(items):
        if it.kind != "lesion" or it.merged or it.concept not in node_diagnoses:
            continue
        lo, hi = strong_clause(role, sent_starts[it.sent], sentence_end(sent_starts, it.sent, n), it.start, it.end)
        if any(lo <= t < hi and _no_lesion_between(items, k, t) for t in at):
            it.organ, it.system, it.own_site = organ[0], organ[1], True
            placed = True
    return placed


def _no_lesion_between(items: list[Item], k: int, token: int) -> bool:
    """No other lesion item starts between ``items[k]`` and ``token`` (items are in token order)."""
    lo, hi = (token, items[k].start) if token < items[k].start else (items[k].end, token)
    return not any(
        lo <= other.start < hi and other.kind == "lesion" and not other.merged
        for j, other in enumerate(items)
        if j != k
    )
