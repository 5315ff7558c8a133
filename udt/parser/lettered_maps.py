"""A lesion map of lettered entries, each a side letter, a clock position, its label and a size ("Map: R 10:00 (a)
14 mm, R 7:00 (b) 8 mm, L 2:00 (c) 22 mm"), then a sentence per label that describes the lesion ("(a) Oval,
circumscribed, hypoechoic mass. (c) The largest mass is lobulated"): the described lesion is the entry's, on its
side and of its size. Breast figure legends and teaching cases list several lesions so, the map giving where and
how big, the lettered sentences what each is.

Without this the map, naming no lesion, gave its sizes to whatever lesion came before it, and the lettered lesions
had no side and no size.

An entry needs the side letter or word, an hour (optionally ":00", "h" or "o'clock"), a label of one small letter or
a number in brackets, and a size in mm or cm; a map is two entries or more. A lettered sentence is the label in
brackets opening a sentence (at the report's start, after a stop, a semicolon or a line break) after its entry; its
first lesion takes the entry's side and size only where it has none of its own. A C-level probe for "(" and a
small-letter label first; nothing runs in a report without a map.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from udt.parser.lazy_patterns import lazy_compile

if TYPE_CHECKING:
    from collections.abc import Sequence

    from udt.parser.record import MentionRecord
    from udt.parser.schema import Finding

_ENTRY = lazy_compile(
    r"(?<![\w(])(?i:(r|l|rt|lt|right|left))\.?[ \t]+\d{1,2}(?::[0-5]\d|[ \t]*h\b|[ \t]*o'?[ \t]?clock)?[ \t]*"
    r"\(([a-z]|[1-9]\d?)\)[ \t]*(\d+(?:[.,]\d+)?)[ \t]*(mm|cm)\b"
)
# What every entry holds from its label on: a letter's or number's label, then the size's first digit. Searched first
# (the engine skips to each bracket in C, where _ENTRY, opening with a look-behind, was tried at every character of
# each report holding brackets); a report without one has no entry.
_ENTRY_LABEL = lazy_compile(r"\((?:[a-z]|[1-9]\d?)\)[ \t]*\d")
_SIDES = {"r": "right", "rt": "right", "right": "right", "l": "left", "lt": "left", "left": "left"}
_OPENERS = ".;\n"  # what stands before a lettered sentence's label (spaces aside)
_NAMING = "Diagnosis"  # the field of the mentions that name a lesion


def cite_map_entries(findings: Sequence[Finding], mentions: Sequence[MentionRecord], text: str) -> None:
    """Give each lesion of a lettered sentence the side and size of its map entry, in place (see the module
    docstring)."""
    if ")" not in text or "(" not in text or _ENTRY_LABEL.search(text) is None:
        return  # (most reports)
    entries = list(_ENTRY.finditer(text))
    if len(entries) < 2:
        return
    # Where each lesion is named (its Diagnosis mentions; its other mentions include the organ of a heading far
    # before it), in written order.
    named = sorted(
        (mentions[m].start_char, k)
        for k, f in enumerate(findings) if f.kind == "lesion"
        for m in f.mentions if 0 <= m < len(mentions) and mentions[m].field == _NAMING
    )
    for e in entries:
        cited = _citation(text, f"({e.group(2)})", e.end())
        if cited is None:
            continue
        stop = _sentence_end(text, cited)
        k = next((k for at, k in named if cited <= at < stop), None)
        if k is None:
            continue
        lesion = findings[k]
        if lesion.laterality is None:
            lesion.laterality = _SIDES[e.group(1).lower()]  # type: ignore[assignment]
        if not lesion.size_mm:
            size = float(e.group(3).replace(",", "."))
            lesion.size_mm = [size * 10 if e.group(4) == "cm" else size]


def _citation(text: str, label: str, after: int) -> int | None:
    """Where ``label`` ("(c)") opens a sentence after character ``after``, else None."""
    at = text.find(label, after)
    while at >= 0:
        before = text[:at].rstrip(" \t")
        if not before or before[-1] in _OPENERS:
            return at
        at = text.find(label, at + 1)
    return None


def _sentence_end(text: str, start: int) -> int:
    """The end of the sentence opened at ``start``: its next full stop before a space, or its line's end."""
    ends = [k for k in (text.find(". ", start), text.find("\n", start)) if k >= 0]
    return min(ends) if ends else len(text)
