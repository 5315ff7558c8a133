"""A soft-tissue lesion placed in a limb segment by its own sentence ("In the calf subcutaneous fat, a 2.4 cm
lipoma"; "Superficial haematoma over the left shin"; "a haematoma in the medial gastrocnemius"; "Left upper arm: a
lipoma"): it is in the soft tissues of that limb, not in the joint or vessel the report described before (a knee's
popliteal fossa, an axilla, a leg vein). Without such a word the site carried over still places it ("Breast: ... a
lipoma" stays in the breast)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.parser.findings import Item
    from udt.parser.record import MentionRecord


def mark_limb_lesions(items: list[Item], evidence: list[MentionRecord], lower: list[int], sent_starts: list[int],
                      limb_words: frozenset[int], muscle_iris: frozenset[str], soft_organ: str | None) -> None:
    """Set ``limb_site`` on each lesion whose diagnosis implies the soft tissues (lipoma, haematoma) and whose
    sentence names a limb segment (``limb_words``) or a muscle (``muscle_iris``). ``items`` is in token order."""
    if soft_organ is None:
        return
    for it in items:
        if it.kind != "lesion" or it.organ != soft_organ:
            continue
        lo = sent_starts[it.sent]
        hi = sent_starts[it.sent + 1] if it.sent + 1 < len(sent_starts) else len(lower)
        if not limb_words.isdisjoint(lower[lo:hi]) or any(
            other.sent == it.sent and 0 <= other.index < len(evidence) and evidence[other.index].iri in muscle_iris
            for other in items
        ):
            it.limb_site = True
