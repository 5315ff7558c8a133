"""Folding findings into others once the list is built (a cited table row into the lesion that cites it,
cited_rows.py; a restating conclusion into the labelled row it names, label_citations.py): the folded findings leave
the list, and every mention that pointed at one points at the finding it went to."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.parser.schema import Finding, Mention


def drop_folded(findings: list[Finding], mentions: list[Mention], folded: dict[int, int]) -> list[Finding]:
    """``findings`` less those folded away (``folded``: a finding's index -> the index of the finding it goes to,
    which is never folded itself); each target takes its folded findings' mentions, and every mention's finding
    index is renumbered for the shorter list."""
    for source, target in folded.items():
        findings[target].mentions = sorted(set(findings[target].mentions) | set(findings[source].mentions))
    new_index: dict[int, int] = {}
    kept: list[Finding] = []
    for i, f in enumerate(findings):
        if i not in folded:
            new_index[i] = len(kept)
            kept.append(f)
    for mention in mentions:
        if mention.finding is not None:
            mention.finding = new_index[folded.get(mention.finding, mention.finding)]
    return kept
