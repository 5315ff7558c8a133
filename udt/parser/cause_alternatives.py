"""A hedged diagnosis with its cause, then "or" and another diagnosis ("This could represent a small abscess secondary
to osteomyelitis or a post-traumatic haematoma"): the "or" offers a second alternative to the doubted diagnosis (or a
second cause of it), so what it names is doubted too.

The cause link ("secondary to", "due to") is a terminator (termset._TERMINATE: "cyst due to ..." ends a cue's
scope), so the hedge before it never reaches the "or", and the alternative after it was asserted; the pairing of
alternatives (ConText._mark_alternatives) only joins two diagnoses that stand a few words apart. Here the diagnosis
after the "or" is doubted where the words from the doubted one to it are only the cause link, a short cause without
any clause mark, the "or" and at most an article and two modifiers. A denied diagnosis ("no abscess due to ...")
is no hedge and passes nothing on. Reports without "or" or a cause link are skipped by one set test each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.strings import get_string_id

if TYPE_CHECKING:
    from udt.parser.record import MentionRecord

# The cause links, as two words each (the termset's terminators of this kind).
_LINKS = frozenset((get_string_id(a), get_string_id(b)) for a, b in (
    ("secondary", "to"), ("due", "to"), ("related", "to"), ("caused", "by"), ("resulting", "from")))
LINK_WORDS = frozenset(a for a, _ in _LINKS)
OR = get_string_id("or")
# What a cause may not hold: a clause or sentence mark, or a joiner of clauses.
_CLAUSE_MARKS = frozenset(get_string_id(w) for w in (".", ";", ":", ",", "\n", "\n\n", "?", "!", "(", ")", "|",
                                                     "and", "but", "with", "which", "that"))
_HYPHENS = frozenset(get_string_id(w) for w in ("-", "–"))
_CAUSE_WORDS = 6  # the longest cause read between the link and the "or" ("a recent rib fracture")
_ITEM_OPENERS = 3  # the words allowed between the "or" and the next diagnosis ("a post-traumatic")


def doubt_alternatives_after_causes(mentions: list[MentionRecord], lower: list[int], field: str) -> None:
    """Mark uncertain each ``field`` mention offered by an "or" after a doubted diagnosis and its cause. The caller
    has tested that the report holds "or" and a cause link's first word."""
    for i, doubted in enumerate(mentions):
        if doubted.field != field or not doubted.uncertain or doubted.negated or doubted.hypothetical:
            continue
        start = doubted.end
        if start + 2 >= len(lower) or (lower[start], lower[start + 1]) not in _LINKS:
            continue
        j = start + 2
        while j < len(lower) and j - start - 2 <= _CAUSE_WORDS and lower[j] != OR and lower[j] not in _CLAUSE_MARKS:
            j += 1
        if j >= len(lower) or lower[j] != OR or j == start + 2:
            continue
        for other in mentions[i + 1 :]:
            if other.start <= j:
                continue  # (a mention inside the cause: "secondary to a ruptured cyst" is the cause, read as it is)
            openers = [w for w in lower[j + 1 : other.start] if w not in _HYPHENS]  # ("post-traumatic": 2 words)
            if len(openers) > _ITEM_OPENERS or any(w in _CLAUSE_MARKS for w in openers):
                break
            if other.field == field and not other.negated and not other.hypothetical:
                other.uncertain = True
            break
