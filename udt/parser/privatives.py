"""Privative adjectives of a value word ("shadowless"): the tokenizer splits the suffix off ("shadow" + "less"), so
that the ontology's own word is matched, and the mention is then marked denied (guideline: "shadowless" -> absent
shadowing). The words split are a termset list (:data:`udt.parser.termset.PRIVATIVE_WORDS`), not a suffix rule:
"-less" makes no denial of every word ("echoless" is the anechoic value itself, "painless" names no value).
A glued "-free" after a listed value word ("shadow-free") is the same denial
(:data:`udt.parser.termset.FREE_PRIVATIVE_WORDS`); the tokenizer already splits it at the hyphen."""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.symbols import ORTH

from udt.parser import termset as ts
from udt.parser.record import MentionRecord, TokenColumns

_SUFFIX = "less"
_LESS = get_string_id(_SUFFIX)
_HYPHEN, _FREE = get_string_id("-"), get_string_id("free")
_FREE_DENIED = frozenset(get_string_id(w) for w in ts.FREE_PRIVATIVE_WORDS)


def privative_special_cases() -> dict[str, list[dict[int, str]]]:
    """Tokenizer special cases splitting each privative word, in the casings reports use ("Shadowless",
    "SHADOWLESS"), into its value word and the suffix."""
    cases: dict[str, list[dict[int, str]]] = {}
    for word in ts.PRIVATIVE_WORDS:
        for form in {word, word.capitalize(), word.upper()}:
            cut = len(form) - len(_SUFFIX)
            cases[form] = [{ORTH: form[:cut]}, {ORTH: form[cut:]}]
    return cases


def mark_privatives(mentions: list[MentionRecord], cols: TokenColumns) -> None:
    """Deny each mention glued to a split-off "less" ("shadow|less") or to "-free" ("shadow-free"). Set tests skip
    the reports without either."""
    if _FREE in cols.words and _HYPHEN in cols.words:
        _mark_free(mentions, cols)
    if _LESS not in cols.words:  # (a probe of the report's word set, not a comparison with every token)
        return
    lower = cols.lower
    idx, length, n = cols.idx, cols.length, len(lower)
    for m in mentions:
        end = m.end
        if end < n and lower[end] == _LESS and idx[end - 1] + length[end - 1] == idx[end]:
            m.negated, m.uncertain = True, False


def _mark_free(mentions: list[MentionRecord], cols: TokenColumns) -> None:
    """Deny each mention ending in a listed value word glued to "-free" ("shadow-free": no shadowing)."""
    lower, idx, length, n = cols.lower, cols.idx, cols.length, len(cols.lower)
    for m in mentions:
        end = m.end
        if (end + 1 < n and lower[end - 1] in _FREE_DENIED and lower[end] == _HYPHEN and lower[end + 1] == _FREE
                and idx[end - 1] + length[end - 1] == idx[end] and idx[end] + 1 == idx[end + 1]):
            m.negated, m.uncertain = True, False
