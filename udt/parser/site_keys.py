"""A template key that names its finding and then where it was looked for ("Free fluid in the pelvis: not found",
"Cysts in the left kidney: none", "Calcifications within the nodule: absent"). The value after the colon is the
key's head's: a denial there denies the finding the key opens with, not a lesion named in its site phrase (the
nodule in which calcifications were looked for is there). Without these, a denial after such a key reached only the
last word before the colon, and the head stayed present.

Read only where a colon stands after a mention and a site preposition (the context component's template passes,
which run only for a report with a colon)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.strings import get_string_id

from udt.parser import termset as ts

if TYPE_CHECKING:
    from udt.parser.record import MentionRecord

_SITE_WORDS = frozenset(get_string_id(w) for w in ts.KEY_SITE_WORDS)
# What ends a key's site phrase: a clause mark, another key, a list or a second finding joined to the first.
_KEY_BREAKS = frozenset(get_string_id(w) for w in (",", ".", ";", ":", "\n", "\n\n", "|", "(", ")", "-", "–",
                                                   "and", "or", "with", "but", "?"))
# The most words a key's site phrase holds ("in the right iliac fossa", "within the left lobe of the thyroid").
_MAX_SITE = 7


def site_before_colon(lower: list[int], end: int, colon: int) -> bool:
    """The words from ``end`` (a mention's end) to the colon at ``colon`` are the key's site phrase: a site
    preposition, then a few words with no break ("Free fluid| in small pelvis|:")."""
    return 1 < colon - end <= _MAX_SITE and lower[end] in _SITE_WORDS and _KEY_BREAKS.isdisjoint(lower[end + 1 : colon])


def site_key_head(lower: list[int], colon: int, mention_ends: set[int]) -> bool:
    """The key before the colon at ``colon`` is a mention then its site phrase ("Cyst in right ovary: none")."""
    for j in range(colon - 1, max(-1, colon - 1 - _MAX_SITE), -1):
        if lower[j] in _KEY_BREAKS:
            return False
        if lower[j] in _SITE_WORDS and j in mention_ends:
            return colon - j > 1
    return False


def placed_in_key(mentions: list[MentionRecord], i: int, lower: list[int], anatomy_fields: frozenset[str]) -> bool:
    """Mention ``i`` stands in the site phrase of a key whose head is an earlier finding or descriptor
    ("Calcifications within the nodule: absent": the nodule is where they were looked for)."""
    m = mentions[i]
    for k in range(i - 1, -1, -1):
        o = mentions[k]
        if m.start - o.end > _MAX_SITE or o.end > m.start:
            return False
        if o.field in anatomy_fields:
            continue
        return o.end < m.start and lower[o.end] in _SITE_WORDS and _KEY_BREAKS.isdisjoint(lower[o.end + 1 : m.start])
    return False
