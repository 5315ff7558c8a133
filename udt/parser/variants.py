"""Surface variants of an ontology term: hyphenation, spacing, British/American spelling, plurals, typos.

Only *spelling rules* live here; the terms themselves always come from the ontology.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from udt.parser.folding import folded_lower
from udt.parser.lazy_patterns import lazy_compile

# British <-> American spelling rules, applied as substring rewrites in both directions.
_SPELLING_PAIRS: tuple[tuple[str, str], ...] = (
    ("haem", "hem"),
    ("paed", "ped"),
    ("gynaec", "gynec"),
    ("gynae", "gyne"),
    ("oedem", "edem"),
    ("oesoph", "esoph"),
    ("aemi", "emi"),
    ("foet", "fet"),
    ("colour", "color"),
    ("tumour", "tumor"),
    ("isation", "ization"),
    ("ised", "ized"),
    ("ising", "izing"),
    ("calibre", "caliber"),
    ("centre", "center"),
    ("litre", "liter"),
    ("ae", "e"),
)
_WORD = lazy_compile(r"[a-z]+")
_VOWELS = "aeiou"
# Endings whose final "s" is not a plural marker.
_NOT_PLURAL = ("ss", "us", "is", "as", "ys", "os")
_NO_PLURAL_FORM = ("s", "ic", "ed", "en", "al", "ar", "ous", "ing", "ent", "ant", "ive", "ile", "ar", "ful")
# Plurals whose singular is another, everyday word: "secondaries" are metastases, "secondary (to)" is a connective.
_NO_SINGULAR = frozenset({"secondaries"})
# Words whose Latin "-ae" form is another thing: "pneumoniae" is a bacterium's species name ("Klebsiella pneumoniae"
# in a culture result), never the plural of the disease ("pneumonias").
_NO_LATIN_PLURAL = frozenset({"pneumonia"})
# Descriptor words whose "-s" form is another word: "rounds" are a ward's or a programme's ("missed the mass drug
# rounds"), never the round shape.
_NO_S_PLURAL = frozenset({"round"})


def spelling_variants(text: str) -> set[str]:
    """British and American spellings of ``text`` (lower case), including ``text`` itself."""
    out = {text}
    for brit, amer in _SPELLING_PAIRS:
        for form in list(out):
            if brit in form:
                out.add(form.replace(brit, amer))
            if amer in form and brit != "ae":
                out.add(form.replace(amer, brit))
    return out


def separator_variants(text: str) -> set[str]:
    """Hyphen and space forms: "hypo-echoic" -> {"hypo-echoic", "hypo echoic", "hypoechoic"}."""
    out = {text}
    if "-" in text:
        out.add(text.replace("-", " "))
        out.add(text.replace("-", ""))
    words = text.split()
    if len(words) == 2 and all(w.isalpha() for w in words) and min(len(w) for w in words) >= 3:
        # Two-word compounds are often written joined or hyphenated ("well defined" / "well-defined").
        out.add("-".join(words))
        if len(words[0]) <= 5:
            out.add("".join(words))
    return out


def number_variants(text: str) -> set[str]:
    """Singular and plural of the last word."""
    out = {text}
    m = re.search(r"([a-z]+)$", text)
    if not m:
        return out
    word = m.group(1)
    head = text[: m.start()]
    if len(word) < 4 or word in _NO_SINGULAR:
        return out
    if word.endswith("ies"):
        out.add(head + word[:-3] + "y")
    elif word.endswith("ae") or (word.endswith("s") and not word.endswith(_NOT_PLURAL)):
        out.add(head + word[:-1])
    elif word.endswith("y") and word[-2] not in _VOWELS:
        out.add(head + word[:-1] + "ies")
    elif word.endswith(("ch", "sh", "x", "ss")):
        out.add(head + word + "es")
    elif word.endswith("a"):
        # Latin "-ae" and the English plural both occur ("axillae", "axillas" in translated reports).
        if word not in _NO_LATIN_PLURAL:
            out.add(head + word + "e")
        out.add(head + word + "s")
    elif not word.endswith(_NO_PLURAL_FORM) and word not in _NO_S_PLURAL:
        out.add(head + word + "s")
    return out


def surface_variants(term: str) -> set[str]:
    """Every written form the matcher should accept for ``term`` (lower case, diacritics folded: the tokens' LOWER
    is folded too, so a synonym spelt with its accents, "nódulo", matches both "nódulo" and "nodulo")."""
    base = " ".join(folded_lower(term.casefold()).split())
    forms: set[str] = set()
    for a in spelling_variants(base):
        for b in separator_variants(a):
            forms |= number_variants(b)
    return {f for f in forms if f} | _vessel_abbreviations(forms)


# A vessel's name with its noun cut to the anatomist's letter ("Basilic v.", "Brachial vv.", "Radial a. at wrist"),
# as vein-mapping and duplex tables write them. Only after a qualifying word: a bare "v." is "versus".
_VESSEL_NOUNS = {"vein": "v.", "veins": "vv.", "artery": "a.", "arteries": "aa."}


# The Latin name puts the noun first and cuts it the same way ("V. poplitea", "v. saphena magna", "Vv. femorales",
# "A. femoralis communis"); only before a qualifying word, for the same reason.
_LATIN_VESSEL_NOUNS = {"vena": "v.", "venae": "vv.", "arteria": "a.", "arteriae": "aa."}


def _vessel_abbreviations(forms: set[str]) -> set[str]:
    out: set[str] = set()
    for form in forms:
        head, _, noun = form.rpartition(" ")
        if head and noun in _VESSEL_NOUNS:
            out.add(f"{head} {_VESSEL_NOUNS[noun]}")
        noun, _, tail = form.partition(" ")
        if tail and noun in _LATIN_VESSEL_NOUNS:
            out.add(f"{_LATIN_VESSEL_NOUNS[noun]} {tail}")
    return out


def typo_variants(word: str, min_length: int = 8) -> set[str]:
    """Single-typo forms of a long word: one deleted letter, two swapped neighbours, a doubled letter,
    a wrong vowel. Short words are skipped because their typos collide with real words."""
    if len(word) < min_length or not word.isalpha():
        return set()
    out: set[str] = set()
    n = len(word)
    for i in range(n):
        out.add(word[:i] + word[i + 1 :])
        out.add(word[:i] + word[i] + word[i:])
        if i < n - 1:
            out.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
        if word[i] in _VOWELS and i > 0:
            for v in _VOWELS:
                if v != word[i]:
                    out.add(word[:i] + v + word[i + 1 :])
    out.discard(word)
    return out


def words(text: str) -> Iterable[str]:
    return _WORD.findall(text)
