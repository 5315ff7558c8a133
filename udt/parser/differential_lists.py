"""A differential set out as a list under its heading ("DDx:" then "- nodular fasciitis" and "- nerve sheath tumour"
on lines of their own; "Differential diagnosis offered at the time:" then "1. soft-tissue sarcoma", "2. organising
haematoma"): each diagnosis of the list is offered, none asserted, although the heading's own hedge ends with its
line. A heading placed inline ("Differential diagnosis: cyst, endometrioma.") is read by the hedge's ordinary scope.

What a list is (its heading, its item lines, where it ends) is differential_list_finder.py's one definition. Only
diagnosis mentions are doubted: a feature on a list line ("less likely given vascularity") is a reason, not a
finding."""

from __future__ import annotations

from typing import TYPE_CHECKING

from udt.parser.record import MentionRecord, mentions_in_chars

if TYPE_CHECKING:
    from collections.abc import Sequence

    from udt.parser.differential_list_finder import DifferentialList


def doubt_differential_lists(mentions: list[MentionRecord], lists: Sequence[DifferentialList],
                             finding_field: str) -> None:
    """Mark uncertain each ``finding_field`` mention on the item lines of ``lists`` (found by
    differential_list_finder.py), unless it is denied or set aside; ``mentions`` are in text order."""
    for listed in lists:
        for lo, hi in listed.items:
            for m in mentions_in_chars(mentions, lo, hi):
                if m.field == finding_field and not m.negated and not m.hypothetical:
                    m.uncertain = True
