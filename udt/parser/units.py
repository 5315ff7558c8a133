"""The one definition of a length unit, read by every size reader (findings, tables, headers, titles, sites).

Writers spell the same unit many ways ("mm", "mms", "MM", "m.m.", "millimetres", "millimeters", "milimeters";
"cm", "cms", "CM", "c.m.", "centimetres", "centimeters", "centimtrs"); a reader with its own shorter list loses every
size of a writer whose spelling it lacks ("1.2 cms" was missed in seven modules while findings.py read it). So the
spellings live here once: the word list for token matchers is the table and the regex fragment for text matchers is
built from it. Areas ("mm2") and volumes ("ml", "cc") are no lengths and stay out.
"""

from __future__ import annotations

import re

from udt.parser.lazy_patterns import lazy_compile

# The long forms are generated, not listed: writers drop a letter of the prefix ("milimeters") or the vowels of the
# ending ("centimtrs", "centimters"), and every combination of a prefix and an ending is one of those spellings.
_LONG_ENDINGS = ("metre", "meter", "mter", "mtr")


def _long_forms(prefixes: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f"{p}{e}{s}" for p in prefixes for e in _LONG_ENDINGS for s in ("", "s"))


# The spellings of each unit, lower case: token-id lookups read them as they are, and the regex fragments below are
# built from them (longest first, so an alternation prefers "mms" to "mm" as a greedy "mms?" would). A dotted
# abbreviation ("12 m.m.", "1.2 c.m.") is a token without its last stop (the tokenizer splits that off, as it does
# from "cm."), so "m.m" is its form; "m.m." stays for a reader that sees the whole word.
_MM_WORDS = ("mm", "mms", "m.m", "m.m.", *_long_forms(("milli", "mili")))
_CM_WORDS = ("cm", "cms", "c.m", "c.m.", *_long_forms(("centi",)))
LENGTH_UNIT_WORDS = (*_MM_WORDS, *_CM_WORDS)
# Where every spelling starts (lower case): a text scan finds candidate units by these before it runs a regex.
LENGTH_UNIT_STARTS = ("mm", "cm", "m.m", "c.m", "millim", "milim", "centim")


def _alternation(words: tuple[str, ...]) -> str:
    """A regex fragment matching ``words``, written as a tree of their shared prefixes ("m(?:ms?|il(?:lim...")).

    It matches as the plain alternation of the words longest first would: two words can both match at one place only
    when one is a prefix of the other, and the tree tries the longer one first (each word end inside the tree is an
    optional, greedy group). But sre tests a plain alternation's forty words one by one at every digit a size regex
    stops at; the tree tests one letter (half of ``_SIZE``'s time in findings.py, measured over the benchmark mix)."""
    tree: dict[str, dict] = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return "(?:" + _branches(tree) + ")"


def _branches(node: dict[str, dict]) -> str:
    alts = [re.escape(ch) + _branches(child) for ch, child in node.items() if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" not in node:
        return body
    return f"(?:{body})?" if len(alts) > 1 or len(body) > 1 else f"{body}?"  # (a word ends here: the longer first)


# A length unit as a non-capturing regex fragment (matched case-insensitively by every reader); readers add their
# own word boundary (r"\b") after it, which ends a dotted unit before its last stop ("m.m" of "12 m.m. cyst").
LENGTH_UNIT = _alternation(LENGTH_UNIT_WORDS)
# The centimetre spellings alone: a reader that scales by 10 asks this (re.fullmatch, IGNORECASE).
CM_UNIT = _alternation(_CM_WORDS)
# A number and a length unit after it ("12 mm", "1.5cm", "3-cm"): where a line or a table's cell writes a size (a title
# that writes one is no title, a side table's cell that writes one is sized).
WRITTEN_SIZE = lazy_compile(rf"\d\s*-?\s*{LENGTH_UNIT}\b", re.IGNORECASE)
