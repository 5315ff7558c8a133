"""A node whose own line names the neck's station ("L axilla: no nodes of concern. L supraclavicular fossa: 11 mm
rounded node, no hilum") is a neck node, though the axilla described on the line before is carried to it as its
site: the findings pass files a bare node under the node region it last read (the guideline's axillary nodes ->
Axilla), and a station the ontology holds no anatomy for ("supraclavicular fossa") breaks no carry. The labels read
the line so already (settling.SiteSettlement._node_regions_on_line); this files the finding as they do.

Only a node lesion filed under another region's organ (an axilla, a groin) is read, and only a sentence (on its
line) that names one organ's nodes, the neck's Lymph nodes, before the node: "Left axilla: 11 mm node" names the
axilla, and keeps it; "R infraclavicular fossa: 9 mm node" names no neck station.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.parser.findings import _Draft
    from udt.parser.record import MentionRecord


def refile_line_nodes(
    findings: Sequence[_Draft],
    evidence: Sequence[MentionRecord],
    text: str,
    node_iri: str | None,
    region_organs: AbstractSet[str],
    node_organs: AbstractSet[str],
    regions_on_line: Callable[[int, str], set[str]],
    system_of: Mapping[str, str | None],
) -> None:
    """File under the neck's nodes each node lesion of ``region_organs`` whose own line names only them before its
    node word (see the module docstring). ``regions_on_line(start_char, text)``: the organs whose nodes the words
    before a node on its line name."""
    if node_iri is None:
        return
    for draft in findings:
        if draft.kind != "lesion" or draft.organ not in region_organs:
            continue
        at = next((evidence[m].start_char for m in draft.mentions if evidence[m].iri == node_iri), None)
        if at is None:
            continue
        # (from its sentence's start: "L axilla: no nodes of concern. L supraclavicular fossa: ..." on one line names
        # the axilla for the sentence before)
        lo = max(text.rfind(". ", 0, at) + 2, text.rfind(";", 0, at) + 1, text.rfind("\n", 0, at) + 1)
        named = regions_on_line(at - lo, text[lo : at + 1])
        if len(named) == 1 and (organ := next(iter(named))) in node_organs:
            draft.organ, draft.body_system = organ, system_of.get(organ)
