"""French synonyms that are also English words, read only in a report written in French.

The ontology's French "rate" is the spleen ("Rate 10 cm", "rate homogène"), but in English it is a measure ("heart
rate 148", "flow rate 650 mL/min", "resistive index and rate"). Its foreign synonyms are matched in every report (a
mixed-language report's French lines sit beside English ones), so such a word is kept only where the report itself
shows French: at least three distinct French function words that English never writes ("pas", "avec", "les", "des",
...) or French report words ("foie", "reins", "échographie"). One set intersection per report, made only where a
gated word is there; an English report holding "rate" pays a list comprehension over its one-word matches.
"""

from __future__ import annotations

from spacy.strings import get_string_id

# Ontology synonyms tagged xml:lang="fr" that are English words too (lower-cased), with the plural the matcher
# reads for each ("flow rates").
FRENCH_ONLY_WORDS = frozenset(get_string_id(w) for w in ("rate", "rates"))
# French function words with no English homograph in these reports ("de", "la", "le" are not here: "de Quervain",
# "la" of a Latin name, "Le Fort"; nor "est", English for "estimated").
_FRENCH_FUNCTION_WORDS = frozenset(get_string_id(w) for w in (
    "les", "des", "du", "pas", "avec", "sans", "une", "aux", "dans", "sur", "et", "par", "pour", "au", "ni"))
_FRENCH_REPORT_WORDS = 3
# French report words with no English homograph, accented or typed without accents: a translated report keeps its
# French organ headings ("Foie:", "Reins:", "Rate: 10,8 cm") while its sentences become English, so it holds few
# function words; three of these (or of the function words) show it is French all the same.
_FRENCH_CONTENT_WORDS = frozenset(get_string_id(w) for w in (
    "foie", "reins", "rein", "vésicule", "vesicule", "échographie", "echographie", "épanchement", "epanchement",
    "surrénale", "surrenale", "ascite", "abcès", "abces", "hépatique", "hepatique", "hépatiques", "hepatiques",
    "hépatomégalie", "hepatomegalie", "homogène", "homogene", "homogènes", "homogenes", "cholédoque", "choledoque",
    "particularité", "particularite", "adénopathies", "adenopathies"))
_FRENCH_WORDS = _FRENCH_FUNCTION_WORDS | _FRENCH_CONTENT_WORDS
# English words before "rate" that make it a measure, even in a report that is otherwise French.
_ENGLISH_MEASURED = frozenset(get_string_id(w) for w in (
    "heart", "cardiac", "fetal", "foetal", "pulse", "flow", "respiratory", "growth", "filtration", "pump", "infusion",
    "blood", "sedimentation", "recurrence", "response", "detection", "error", "success", "birth", "dialysis"))


def reads_french(words: frozenset[int] | set[int]) -> bool:
    """Whether the report's lower-cased word ids ``words`` hold enough French function words to call it French."""
    return len(_FRENCH_WORDS & words) >= _FRENCH_REPORT_WORDS


def drop_french_only(matches: list[tuple[int, int, int]], lower: list[int],
                     words: frozenset[int] | set[int]) -> None:
    """Remove (in place) the one-word matches ``(key, start, end)`` of a French-only word from a report that is not
    French, or, in a French one, after an English word that makes it a measure ("heart rate" in a mixed report;
    ``lower``: the lower-cased token ids; ``words``: their set)."""
    if FRENCH_ONLY_WORDS.isdisjoint(words):
        return
    french = reads_french(words)
    matches[:] = [m for m in matches if not (
        m[2] - m[1] == 1 and lower[m[1]] in FRENCH_ONLY_WORDS
        and (not french or (m[1] > 0 and lower[m[1] - 1] in _ENGLISH_MEASURED)))]
