"""The organ of a history lesion that the scan reports on again: "re-scanned six weeks after drainage of a liver
abscess. The abscess cavity had resolved ... The gallbladder was normal".

History text is not labelled, but the organ examined is (guideline). A lesion of the history that names its organ
("a liver abscess", "a right renal abscess") gives that organ only where the report names no other (the case's
presentation, implied.py); but where a later sentence of the findings speaks of the same lesion again without naming
any organ ("The abscess cavity had resolved", "No residual abscess"), the scan looked at it where it was: that organ
was examined, whatever other organs the report goes on to name. A later sentence that names an organ of its own
("Right kidney: no abscess") places its lesion there, and is left to the usual rules.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from udt.parser.record import MentionRecord

_Site = TypeVar("_Site")  # a history lesion's rolled-up anatomy, as the caller holds it


def followed_history_sites(
    history: Sequence[tuple[int, str, _Site]],
    evidence: Sequence[MentionRecord],
    sent_starts: list[int],
    anatomy_sents: AbstractSet[int],
    diagnosis_field: str,
) -> Iterator[_Site]:
    """The sites of the ``history`` lesions (``(sentence, concept IRI, site)``, in report order) that a later
    diagnosis mention of the same concept restates, current (neither historical nor hypothetical, any status), in a
    sentence naming no anatomy (``anatomy_sents``)."""
    iris = {iri for _, iri, _ in history}
    # (one pass over the evidence: the last sentence restating each history concept)
    last: dict[str, int] = {}
    for rec in evidence:
        if rec.iri in iris and rec.field == diagnosis_field and not rec.historical and not rec.hypothetical:
            sent = bisect_right(sent_starts, rec.start) - 1
            if sent not in anatomy_sents:
                last[rec.iri] = max(sent, last.get(rec.iri, -1))
    for sent, iri, site in history:
        if last.get(iri, -1) > sent:
            yield site
