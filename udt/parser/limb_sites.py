"""A soft-tissue lesion placed in a limb segment by its own sentence ("In the calf subcutaneous fat, a 2.4 cm
lipoma"; "Superficial haematoma over the left shin"; "a haematoma in the medial gastrocnemius"; "Left upper arm: a
lipoma"): it is in the soft tissues of that limb, not in the joint or vessel the report described before (a knee's
popliteal fossa, an axilla, a leg vein). Without such a word the site carried over still places it ("Breast: ... a
lipoma" stays in the breast)."""

from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING

from spacy.strings import get_string_id

from udt.parser.sentences import sentence_end

if TYPE_CHECKING:
    from udt.parser.findings import Item
    from udt.parser.record import MentionRecord


def mark_limb_lesions(
    items: list[Item],
    evidence: list[MentionRecord],
    lower: list[int],
    sent_starts: list[int],
    limb_words: frozenset[int],
    muscle_iris: frozenset[str],
    soft_organ: str | None,
    soft_system: str | None = None,
    words: frozenset[int] | None = None,
) -> None:
    """Set ``limb_site`` on each lesion whose diagnosis implies the soft tissues (lipoma, haematoma) and whose
    sentence names a limb segment (``limb_words``) or a muscle (``muscle_iris``); also on a lesion whose diagnosis
    implies no organ (a collection, a formation) that its sentence places in a limb segment named before it ("R
    thigh: 2nd collection 2.2 cm" after "R hip: ..."), which then lies in the soft tissues (``soft_system``: their
    body system). ``items`` is in token order; ``words``, if given, the report's distinct ``lower`` ids."""
    # Whether the report names a limb segment at all, probed once in its word set (most reports do not): without
    # one, no sentence of it can, and no lesion of unstated organ is read further.
    has_limb = not limb_words.isdisjoint(words if words is not None else lower)
    if soft_organ is None or (not has_limb and muscle_iris.isdisjoint(map(_IRI, evidence))):
        return  # (no limb word and no muscle: no rule below can place a lesion; one C-level probe per report)
    # The sentences that name a muscle, found once (a scan of every item per lesion would be quadratic in a long
    # report), and each sentence's verdict on limb words, read once however many lesions it holds.
    muscle_sents: set[int] | None = None  # (found at the first soft-tissue lesion: most reports have none)
    names_limb: dict[int, bool] = {}
    placed: Item | None = None  # the last lesion of unstated organ placed in the soft tissues here
    for i, it in enumerate(items):
        if placed is not None and it.kind == "anatomy" and (it.heading or it.organ not in (None, soft_organ)):
            placed = None  # ("... a collection in the shin. Chest: R small effusion 1.5 cm": another site named)
        if it.kind != "lesion":
            continue
        if it.organ is None:
            if (
                placed is not None
                and it.value is not None
                and it.value == placed.value
                and it.sent - placed.sent <= _RESTATED_REACH
            ):
                # "... a collection in the vastus lateralis. A second collection, more distal, of 2.7 cm": the same
                # kind named again right after, with no organ of its own, lies where the first does
                it.organ, it.system, it.limb_site = soft_organ, soft_system, True
                placed = it
                continue
            if _muscle_before(i, items, evidence, muscle_iris):
                # "Within the vastus lateralis muscle there is a 4 cm collection": a named muscle places it in the
                # limb's soft tissues, not in the joint a title names beside the limb ("LEFT THIGH AND KNEE")
                it.organ, it.system, it.limb_site = soft_organ, soft_system, True
                placed = it
                continue
            if not has_limb:
                continue
            lo = sent_starts[it.sent]
            if not limb_words.isdisjoint(lower[lo : it.start]) or _limb_after(i, items, lower, limb_words, soft_organ):
                it.organ, it.system, it.limb_site = soft_organ, soft_system, True
                placed = it
            continue
        if it.organ != soft_organ:
            continue
        if muscle_sents is None:
            muscle_sents = {
                other.sent
                for other in items
                if 0 <= other.index < len(evidence) and evidence[other.index].iri in muscle_iris
            }
        sent = it.sent
        if sent not in names_limb:
            lo, hi = sent_starts[sent], sentence_end(sent_starts, sent, len(lower))
            names_limb[sent] = sent in muscle_sents or (has_limb and not limb_words.isdisjoint(lower[lo:hi]))
        if names_limb[sent]:
            it.limb_site = True


def _muscle_before(at: int, items: list[Item], evidence: list[MentionRecord], muscle_iris: frozenset[str]) -> bool:
    """A muscle named before the lesion ``items[at]`` in its sentence, no lesion or other organ between."""
    lesion = items[at]
    # (by index: a copy of the items before it, per lesion, made a long report quadratic)
    for k in range(at - 1, -1, -1):
        it = items[k]
        if it.sent != lesion.sent or it.kind == "lesion":
            return False
        if 0 <= it.index < len(evidence) and evidence[it.index].iri in muscle_iris:
            return True
        if it.kind == "anatomy" and it.organ is not None and it.organ != lesion.organ:
            return False
    return False


_IRI = attrgetter("iri")

# Sentences from a lesion placed in the soft tissues to the same kind named again without an organ ("... a collection
# in the vastus lateralis. Oedema of the subcutis. A second collection, more distal, of 2.7 cm").
_RESTATED_REACH = 2

# Words that place a lesion in the limb segment after them ("a fluid collection in the left volar forearm").
_PLACING = frozenset(get_string_id(w) for w in ("in", "within", "of"))


def _limb_after(at: int, items: list[Item], lower: list[int], limb_words: frozenset[int], soft_organ: str) -> bool:
    """The words after the lesion ``items[at]`` place it in a limb segment's soft tissues: its sentence, before the
    next lesion, names a limb segment and a soft-tissue layer ("a 2.3 cm oval lesion in the subcutaneous fat of the
    proximal calf", "a small collection in the medial calf subcutis"), or, for a named lesion, a limb segment a
    preposition places it in ("a 3.6 cm fluid collection in the left volar forearm"); no other organ is named
    between (not "a collection beside the popliteal vein in the calf", the vein's). A limb segment alone is otherwise
    the extent of a vessel or a fistula ("an aneurysmal segment in the mid forearm", "fluid tracking down the calf")."""
    lesion = items[at]
    limb = layer = False
    for k in range(at + 1, len(items)):  # (by index: a copy of the items after it, per lesion, was quadratic)
        it = items[k]
        if it.sent != lesion.sent or it.kind == "lesion":
            break
        if it.kind not in ("anatomy", "ignored", "landmark"):
            continue
        if not limb_words.isdisjoint(lower[it.start : it.end]):
            limb = True
            # (a named lesion placed by a preposition needs no layer)
            layer = layer or (
                lesion.value is not None and not _PLACING.isdisjoint(lower[max(lesion.end, it.start - 4) : it.start])
            )
        elif it.organ == soft_organ:
            layer = True
        elif it.kind == "anatomy" and it.organ is not None:
            break
    return limb and layer
