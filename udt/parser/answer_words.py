"""A template row answered in the writer's own language: "Effusion (Erguss): nein", "Ascites: NU", "Free liquid in
cavity: negativo", "Hydrocele: nee", "Serbest sıvı: yok". Translated and bilingual templates keep the English key
and write the answer word of the clinic's language; the English "no" of the same row is a template value that denies
its key (context.py), so the foreign one must too. "ja", "DA", "sim", "evet" (yes) need nothing: the key is stated.

These words are read only as a row's whole value, ending it (a full stop, a comma, a semicolon, a line break or the
report's end follows):

* right after the key's colon or dash: a forward negation cue at its place, which context.py's template pass turns to
  look back at its key, as it does an English "no" after a colon ("Free liquid in cavity: negativo");
* right after a key glossed in brackets ("Effusion (Erguss): nein", "Hyperaemia (Power Doppler): nein"): the
  tokenizer keeps the bracket and colon as one mark, which is no template colon, so the answer looks back at once, as
  "none" does;
* a "negative" word right after the finding it answers, the key's value written as finding and answer ("Douglas:
  free liquid negativo"): it looks back at that finding.

Elsewhere they are other words ("nu" is Dutch "now", "non" opens "non-compressible", "DA" is an abbreviation), so they
are never cue words of free text. One probe of the report's word set skips every report without such a word.
"""

from __future__ import annotations

from udt.parser import termset as ts


class AnswerWords:
    """The word sets of the foreign answers, built once with the context component: ``answers`` (the ids of
    termset.TEMPLATE_NO_ANSWERS), ``postposed`` (those that may follow their finding), ``separators`` (a key's colon
    or dash), ``glossed`` (the bracket-and-colon mark after a glossed key) and ``value_ends`` (what may follow: a
    full stop, comma, semicolon or cell rule, or a template row's line break as context.py reads it)."""

    def __init__(self, answers: frozenset[int], postposed: frozenset[int], separators: frozenset[int],
                 glossed: int, value_ends: frozenset[int]) -> None:
        self.answers = answers
        self._postposed = postposed
        self._separators = separators
        self._glossed = glossed
        self._value_ends = value_ends

    def cues(self, lower: list[int], mention_ends: set[int]) -> list[tuple[str, int, int]]:
        """A negation cue for each foreign "no" that is a row's whole value (``mention_ends``: where the report's
        mentions end, the findings a postposed answer may follow)."""
        n = len(lower)
        out = []
        for j in range(1, n):
            w = lower[j]
            if w not in self.answers or not (j + 1 == n or lower[j + 1] in self._value_ends):
                continue
            before = lower[j - 1]
            if before in self._separators:
                out.append((ts.NEG_PRE, j, j + 1))
            elif before == self._glossed or (w in self._postposed and j in mention_ends):
                out.append((ts.NEG_POST, j, j + 1))
        return out
