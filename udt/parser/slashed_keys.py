"""A worksheet key that joins two diagnoses by a slash ("Mass/cyst: 1.8 cm simple cyst lower pole", "Cysts /
masses: 9 mm cortical cyst") asks which of them is there; the value after its colon answers. The two key words are
no alternatives the writer weighed ("cyst/abscess" in a sentence is): they are set aside, and the diagnosis the value
names speaks for the organ. Only a key whose value names a diagnosis of its own, on the key's line or cell: a bare
"Mass/cyst: yes" is left to the other rules, and "Mass/cyst: none" is denied as every key is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from udt.parser.record import MentionRecord


def answered_slashed_key(mentions: Sequence[MentionRecord], i: int, lower: Sequence[int], colon: int,
                         line_ends: frozenset[int], finding_field: str) -> bool:
    """True if ``mentions[i]`` and ``mentions[i + 1]`` (two diagnoses joined by a slash) are a key closed by
    ``colon`` whose value, before any of ``line_ends`` (line breaks, a table's cell border), names a diagnosis."""
    key_end = mentions[i + 1].end
    if key_end >= len(lower) or lower[key_end] != colon:
        return False
    for later in mentions[i + 2 :]:
        if not line_ends.isdisjoint(lower[key_end : later.start]):
            return False
        if later.field == finding_field and not later.negated:
            return True
    return False
