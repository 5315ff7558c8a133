"""Portuguese synonyms that are also English words, read only in a report written in Portuguese.

The ontology's Portuguese "rim" is the kidney ("Rins: dir 10,9 cm", "outro cisto no mesmo rim"), but in English it is
an edge ("a rim of fluid", "peripheral rim enhancement", "hypoechoic rim"). Foreign synonyms are matched in every
report (a mixed report keeps Portuguese headings beside English sentences), so "rim" is kept only where the report
itself shows Portuguese: at least three distinct Portuguese words that English never writes ("sem", "com", "fígado",
"bexiga", ...), and even there not after an English word that makes it an edge ("echogenic rim", "a rim of"). One set
intersection per report, made only where "rim" is there.
"""

from __future__ import annotations

from spacy.strings import get_string_id

# Ontology synonyms tagged xml:lang="pt" that are words of other languages too (lower-cased): "rim", and the singular
# the matcher derives from the plural "rins", "rin", which is Tagalog for "also" ("worried pa rin ako").
PORTUGUESE_ONLY_WORDS = frozenset(get_string_id(w) for w in ("rim", "rin"))
# Portuguese words with no English homograph in these reports, accented or typed without accents ("no", "a", "do",
# "de" are not here: English writes them too).
_PORTUGUESE_WORDS = frozenset(get_string_id(w) for w in (
    "sem", "com", "dos", "das", "não", "nao", "outro", "outra", "mesmo", "mesma", "também", "tambem", "pelo", "pela",
    "fígado", "figado", "vesícula", "vesicula", "bexiga", "baço", "baco", "cisto", "cistos", "cálculo", "calculo",
    "alterações", "alteracoes", "alteração", "alteracao", "direito", "esquerdo", "ultrassonografia", "impressão",
    "impressao", "colelitíase", "colelitiase", "normodistendida", "normodistendido", "rins", "dimensões", "dimensoes"))
_PORTUGUESE_REPORT_WORDS = 3
# English words just before "rim" that make it an edge, even in a report that is otherwise Portuguese.
_ENGLISH_EDGE = frozenset(get_string_id(w) for w in (
    "a", "the", "thin", "thick", "peripheral", "echogenic", "hyperechoic", "hypoechoic", "anechoic", "fluid", "fat",
    "fatty", "calcified", "enhancing", "irregular", "halo", "cortical", "sclerotic", "vascular", "soft", "tissue",
    "of", "with", "and", "hyperaemic", "hyperemic", "oedematous", "edematous", "mural", "outer", "inner"))


def reads_portuguese(words: frozenset[int] | set[int]) -> bool:
    """Whether the report's lower-cased word ids ``words`` hold enough Portuguese words to call it Portuguese."""
    return len(_PORTUGUESE_WORDS & words) >= _PORTUGUESE_REPORT_WORDS


def drop_portuguese_only(matches: list[tuple[int, int, int]], lower: list[int],
                         words: frozenset[int] | set[int]) -> None:
    """Remove (in place) the one-word matches ``(key, start, end)`` of a Portuguese-only word from a report that is
    not Portuguese, or, in a Portuguese one, after an English word that makes it an edge ("a peripheral rim" in a
    mixed report; ``lower``: the lower-cased token ids; ``words``: their set)."""
    if PORTUGUESE_ONLY_WORDS.isdisjoint(words):
        return
    portuguese = reads_portuguese(words)
    matches[:] = [m for m in matches if not (
        m[2] - m[1] == 1 and lower[m[1]] in PORTUGUESE_ONLY_WORDS
        and (not portuguese or (m[1] > 0 and lower[m[1] - 1] in _ENGLISH_EDGE)))]
