"""A region named in the key of its own line ("Soft tissues: seroma 35 mm", "Partes blandas pretibial: seroma",
"- Upper back, midline between the scapulae (subcutaneous): lipoma 3.8 cm").

A region word with a finding in its sentence otherwise yields to an organ of its body system the report names
anywhere, or to the organ of the report's title line ("US CHEST WALL RIGHT ... a subcutaneous lesion overlying the
5th rib": the chest wall). But a line keyed by the region is a statement about that region: the writer has left the
study's subject (a venous duplex, the groin of the item before) for the soft tissues. Only an organ named in the
title or on the key's own line still holds it ("US RIGHT ELBOW ... Soft tissues: 12 mm collection": the elbow).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from udt.parser.lazy_patterns import lazy_compile
from udt.parser.record import mentions_in_chars
from udt.parser.text_lines import line_bounds, line_start

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from udt.parser.record import MentionRecord

# What may stand before the region in its key: a bullet or item number and at most two words of place or side
# ("- Upper back ...:", "2) Right thigh soft tissues:"), never a lesion's own words with their size
_KEY_OPENING = lazy_compile(r"[ \t]*(?:[-*\u2022]|\(?\d{1,2}[.)]|[a-z][.)])?[ \t]*(?:[A-Za-z]+[ \t,]+){0,2}")
_KEY_CHARS = 90  # the longest line key read as one ("Upper back, midline between the scapulae (subcutaneous):")


def key_line(rec: MentionRecord, text: str) -> tuple[int, int] | None:
    """The character span of the line of ``text`` that the region mention ``rec`` keys: the mention stands before
    the line's first colon, opens the line (after a bullet or number and two words at most), and no sentence stop stands
    between the line's start and that colon; None otherwise."""
    start = line_start(text, rec.start_char)
    if not _KEY_OPENING.fullmatch(text, start, rec.start_char):
        return None  # "A 2 cm collection in the subcutaneous fat, thick-walled: abscess": a sentence, not a key
    colon = text.find(":", rec.end_char, start + _KEY_CHARS)
    if colon < 0:
        return None
    key = text[start:colon]
    if "." in key.replace("..", "") or ";" in key or "\n" in key:
        return None
    return start, line_bounds(text, colon)[1]


def named_on(
    organs: set[str], evidence: Sequence[MentionRecord], anatomy: Iterable[str], spans: list[tuple[int, int]]
) -> set[str]:
    """The organs of ``organs`` that an anatomy mention of ``evidence`` (in text order, as the matcher makes it)
    names within one of the character ``spans``."""
    fields = frozenset(anatomy)
    named: set[str] = set()
    # Each span reads only its own mentions, found by bisection: a scan of the whole evidence per region key made a
    # long report of many keys quadratic.
    for lo, hi in spans:
        for rec in mentions_in_chars(evidence, lo, hi):
            if rec.site in organs and rec.field in fields:
                named.add(rec.site)
    return named
