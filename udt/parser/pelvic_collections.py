"""A collection placed only "in the pelvis" lies in the peritoneal cavity.

"There is a 7.4 x 5.2 cm complex collection in the pelvis adjacent to the drain tip", "a 5 cm abscess in the
pelvis", "pelvic collection 46 mm": the body's pelvis is a region, not an organ, so nothing places the collection,
and it is left with no organ. Such a collection, after surgery or with a drain, lies in the pelvic peritoneal
recesses, the body space the ontology files unplaced free fluid in (``udt:unplacedSite``); the guideline files it
under the peritoneum as the corpora do ("collection in the pelvis" -> Peritoneum mesentery and omentum). The kidney's
own pelvis ("collection in the renal pelvis") is no such place; a collection an organ already holds keeps it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from udt.parser.sentences import sentence_end

if TYPE_CHECKING:
    from udt.parser.findings import Item, _Draft
    from udt.parser.record import MentionRecord

PELVIS_WORDS = ("pelvis", "pelvic")  # the body's pelvis, as a region
ORGAN_PELVIS_WORDS = ("renal", "kidney", "kidney's")  # before "pelvis": the kidney's own (a part of an organ)


def place_pelvic_collections(
    drafts: Iterable[_Draft],
    evidence: Sequence[MentionRecord],
    lower: Sequence[int],
    sent_starts: Sequence[int],
    fluid: str | None,
    space: Item | None,
    pelvis_words: tuple[int, int],
    organ_pelvis_words: AbstractSet[int],
    anatomy_fields: AbstractSet[str],
    normal: str | None = None,
) -> None:
    """Move each lesion draft with the ``fluid`` diagnosis and no organ nor body system but the space's, whose
    sentence names the body's pelvis (``pelvis_words``: the ids of "pelvis" and "pelvic", "pelvic" just before the
    lesion's name; not after one of ``organ_pelvis_words``, "renal"), to the body ``space`` (a site item: organ,
    body system, structure); also one whose organ, called ``normal`` earlier, only a sentence before names."""
    if fluid is None or space is None or space.organ is None:
        return
    pelvis, pelvic = pelvis_words
    n = len(lower)
    drafts = list(drafts)
    normal_organs = {d.organ for d in drafts if d.kind == "structure" and normal is not None and d.diagnosis == normal}
    for f in drafts:
        if f.kind != "lesion" or f.diagnosis != fluid:
            continue
        own = [evidence[i] for i in f.mentions if 0 <= i < len(evidence) and evidence[i].value == fluid]
        if not own:
            continue
        start = own[0].start
        k = bisect_right(sent_starts, start) - 1
        s_start = sent_starts[k] if k >= 0 else 0
        s_end = sentence_end(sent_starts, k, n)
        if f.organ is not None:
            # An organ carried from a sentence before that called it normal ("The liver, spleen and kidneys are
            # normal. In the pelvis, ... a complex collection") does not hold it; one its own sentence names does,
            # and so does one only measured before ("Right kidney: 10.5 cm. Collection in the pelvis": its own).
            if f.organ not in normal_organs or any(
                0 <= i < len(evidence) and evidence[i].field in anatomy_fields and evidence[i].value == f.organ
                and s_start <= evidence[i].start < s_end for i in f.mentions
            ):
                continue
        elif f.body_system not in (None, space.system):
            continue  # (the body system an "US ABDOMEN/PELVIS" title gives is the space's own)
        if any(
            (w == pelvis or (w == pelvic and t + 1 < s_end and t + 1 == start))
            and (t == 0 or lower[t - 1] not in organ_pelvis_words)
            for t, w in enumerate(lower[s_start:s_end], s_start)
        ):
            f.organ, f.body_system, f.structure = space.organ, space.system, space.structure
