"""An enlarged node the report places in a region of nodes names that region as examined: "Right lateral neck,
level III: adenopathy of 13 mm", "bilateral cervical lymphadenopathy, largest 32 mm" (the neck's Lymph nodes),
"supraclavicular adenopathy". A denied one already does ("no cervical lymphadenopathy", settling.py); an asserted
one was left to the findings pass, which files the lesion under the neck's nodes by its level (level_nodes.py) but
labelled nothing, so a thyroid study with a suspicious level III node lost the neck's nodes (guideline: cervical
nodes -> Lymph nodes).

Only a diagnosis found in lymph nodes and nowhere else ("lymphadenopathy", "adenopathy", "adenomegaly": several
regions' nodes, so no one organ by itself) counts, and only where the region is said: a nodal level in its clause
places it (level_nodes.py, which labels the neck's nodes through :func:`organ_labels.label_organs`), or the words
just before the diagnosis name the region ("cervical", "axillary", "inguinal"). Not where the findings pass merely
filed it: an "enlarged lymph node in the mesentery" goes to the nodes by default, and the mesentery, not the neck, was
examined; nor a node lesion with no region said ("Thyroid normal. Adenopathy 12 mm").

The same words file the lesion itself where the findings pass left it without an organ ("Bilateral cervical
lymphadenopathy, largest 32 mm" in a report with no organ heading): the lymphadenopathy is no one organ's, so no
organ placed it, though its region word says whose nodes it is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from udt.parser.record import MentionRecord


def named_node_regions(spans: Iterable[MentionRecord], node_diagnosis_iris: AbstractSet[str],
                       regions_named: Callable[[int], set[str]], finding_sections: Callable[[str | None], bool],
                       ) -> set[str]:
    """The organs whose nodes the words just before an asserted or hedged node-only diagnosis name ("cervical
    lymphadenopathy": the neck's), ``regions_named`` reading back from the mention's first token."""
    named: set[str] = set()
    for rec in spans:
        if rec.iri in node_diagnosis_iris and rec.status != "absent" and rec.evidence and not rec.historical \
                and not rec.hypothetical and finding_sections(rec.section):
            named |= regions_named(rec.start)
    return named




class _Draft(Protocol):
    kind: str
    concept: str | None
    organ: str | None
    body_system: str | None
    mentions: list[int]


def place_unfiled_nodes(drafts: Iterable[_Draft], evidence: Sequence[MentionRecord], node_diagnoses: AbstractSet[str],
                        regions_named: Callable[[int], set[str]], system_of: Callable[[str], str | None]) -> None:
    """File under its region a node-only lesion the findings left without an organ whose own words name one region
    ("Right cervical lymphadenopathy, 2 cm", with no organ heading: the neck's nodes), as the label above does;
    ``regions_named`` reads back from the lesion word's first token. Several regions named ("cervical and axillary
    lymphadenopathy") leave it unfiled."""
    for d in drafts:
        if d.kind != "lesion" or d.organ is not None or d.concept not in node_diagnoses or not d.mentions:
            continue
        rec = evidence[d.mentions[0]]
        if rec.concept != d.concept:
            continue  # (its first evidence is not its lesion word)
        named = regions_named(rec.start)
        if len(named) == 1:
            d.organ = next(iter(named))
            d.body_system = system_of(d.organ)
