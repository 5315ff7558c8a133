"""The context component's cue phrases as token arrays, and their on-disk cache.

ConText's matcher needs each cue phrase of the termset (about 8,600, most of them hedges spelled out in every
grammatical form) and each single-typo form of the long one-word cues (about 2,700) as the lower-case words the
report tokenizer makes of it. Tokenising them and generating the typos took about 0.45 s of every ``udt parse``
start. The lower-case words are a pure function of the phrases, the typo generator's code, the tokenizer (its code,
its special cases and spaCy's version), so they are kept as plain JSON beside the vocabulary cache (never pickle),
keyed by a digest of all of these; any problem with the cache only costs the time to build them again.

spaCy's ``PhraseMatcher.add`` takes a phrase as a sequence of attribute hashes as well as a ``Doc``: the hashes of
the cached words (``StringStore.add`` of a lower-case form is the ``LOWER`` value of its token) build the same
matcher without making a ``Doc`` per phrase.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING

from udt.parser import termset as ts
from udt.parser.vocab_cache import load_json

if TYPE_CHECKING:
    from spacy.language import Language

# 1: {"phrases": [[category, [[word, ...], ...]], ...], "typos": [same]}, in the order the matcher adds them.
CUE_CACHE_FORMAT = 1
# The code that decides what the words are: the typo generator, the termset's typo rules, the tokenizer's rules
# (its affixes, the accent folding of LOWER, the privative special cases), and this module.
_SOURCES = ("termset.py", "variants.py", "tokenizer.py", "folding.py", "privatives.py", "suffix_search.py",
            "cue_arrays.py")

CueWords = list[tuple[str, list[list[str]]]]
# A category and its phrases as LOWER hashes, in the order the matcher adds them.
CueArrays = list[tuple[str, list[tuple[int, ...]]]]


def cue_words(nlp: Language, termset: ts.Termset) -> tuple[CueWords, CueWords]:
    """The termset's cue phrases and the typo forms of its long one-word cues, by category, each as the lower-case
    words ``nlp``'s tokenizer makes of it."""

    def words(phrases: tuple[str, ...] | list[str]) -> list[list[str]]:
        # spaCy types Language.tokenizer as any callable; a udt pipeline's is spaCy's Tokenizer
        return [[t.lower_ for t in doc] for doc in nlp.tokenizer.pipe(phrases)]  # type: ignore[union-attr]

    phrases = [(category, words(found)) for category, found in termset.by_category().items()]
    typos = [(category, words(found)) for category, found in ts.cue_typos(termset).items()]
    return phrases, typos


def cue_arrays(nlp: Language, termset: ts.Termset, cached: bool) -> tuple[CueArrays, CueArrays]:
    """The cue phrases and typo forms of :func:`cue_words` as ``LOWER`` hashes for ``PhraseMatcher.add``; read
    from the on-disk cache when ``cached`` (only for a pipeline whose tokenizer is udt's: the cache key covers its
    code and special cases, not another tokenizer's affixes)."""
    strings = nlp.vocab.strings

    def hashed(found: CueWords) -> CueArrays:
        return [(category, [tuple(map(strings.add, words)) for words in phrases]) for category, phrases in found]

    if cached:
        try:
            phrases, typos = _cached_cue_words(nlp, termset)
            return hashed(phrases), hashed(typos)
        except (TypeError, ValueError):  # a damaged cache entry (not lists of words): built again below
            pass
    phrases, typos = cue_words(nlp, termset)
    return hashed(phrases), hashed(typos)


def _cached_cue_words(nlp: Language, termset: ts.Termset) -> tuple[CueWords, CueWords]:
    """:func:`cue_words`, read from the on-disk cache when it is there and current (else built and cached)."""
    import spacy

    here = Path(__file__).parent
    digest = hashlib.sha256(f"{CUE_CACHE_FORMAT}|{spacy.__version__}|".encode())
    digest.update(json.dumps(termset.by_category(), ensure_ascii=False).encode())
    for name in _SOURCES:
        digest.update((here / name).read_bytes())
    # The special cases differ with the ontology (build_nlp leaves out those that would hide a term, "Mass.").
    rules = nlp.tokenizer.rules or {}  # type: ignore[union-attr]  # as above
    digest.update("\n".join(sorted(rules)).encode())
    value = load_json("cues", digest.hexdigest(),
                      lambda: dict(zip(("phrases", "typos"), cue_words(nlp, termset), strict=True)))
    if not isinstance(value, dict) or value.keys() != {"phrases", "typos"}:
        raise ValueError("not a cue table")
    return ([(str(c), list(w)) for c, w in value["phrases"]], [(str(c), list(w)) for c, w in value["typos"]])
