"""French denials before an elided word: "pas d'hydrocèle", "absence d'épanchement", "Pas d’adénopathie".

spaCy keeps "d'hydrocèle" one token (no English rule splits an apostrophe inside a word), so the denied word was
never matched, and the denial cue "pas d'" (termset) never found its "d" and "'". Splitting every "d'" reads
headings such as "Service d'imagerie" or "Cabinet d'échographie" as words of the report; so only the elision right
after a French denial word ("pas", "absence") is split, into "d", the apostrophe and the word, the tokens the cue
and the matcher expect ("pas d' hydrocèle" was read so already). A text with no "d'" pays a few substring tests.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from udt.parser.lazy_patterns import lazy_compile
from udt.parser.substrings import holds_any

# The denial word, its space, and the elided "d'" (straight or typographic apostrophe) glued to a letter.
_DENIED_ELISION = lazy_compile(r"\b(?:pas|absence)\s+([dD]['’])(?=\w)", re.IGNORECASE)
_ELISIONS = ("d'", "d’", "D'", "D’")


def split_denied_elisions(doc: Doc, text: str) -> None:
    """Split each "d'word" token that follows a French denial word into "d", "'" and "word" (in place)."""
    # (every elision holds an apostrophe: two one-character scans rule out most texts before the four probes)
    if ("'" not in text and "\u2019" not in text) or not holds_any(text, _ELISIONS):
        return
    starts = [m.start(1) for m in _DENIED_ELISION.finditer(text)]
    if not starts:
        return
    wanted = frozenset(starts)  # (a token loop only for the few reports with such a denial)
    by_idx = {t.idx: t for t in doc if t.idx in wanted}
    tokens = [by_idx[s] for s in starts if s in by_idx and len(by_idx[s]) > 2]
    if not tokens:
        return
    with doc.retokenize() as retokenizer:
        for token in tokens:
            word = token.text
            retokenizer.split(token, [word[0], word[1], word[2:]], heads=[(token, 2), (token, 2), (token, 2)])

