"""Words that name a lymph node only in a report written in another language.

English "LK" is the left kidney ("LK 11.2 cm"), but a German report writes it for Lymphknoten ("Axilla li.: LK 19 mm
with cortex thickened", "LK | Level III li. | 9 mm"); English "ganglion" is a ganglion cyst of a tendon sheath, but a
French report's "ganglion" is a lymph node ("Ganglion de 11 x 6 mm en secteur III gauche, avec hile graisseux"). The
ontology keeps the English senses; where the report itself shows the other language, the one-word match is read as
the lymph nodes instead. Two set intersections per report, made only where one of the words is there.
"""

from __future__ import annotations

from spacy.strings import get_string_id

from udt.parser.french_words import reads_french

# German "LK" (Lymphknoten), lower-cased.
_GERMAN_NODE_WORDS = frozenset(get_string_id(w) for w in ("lk",))
# French "ganglion" (a lymph node), singular and plural.
_FRENCH_NODE_WORDS = frozenset(get_string_id(w) for w in ("ganglion", "ganglions"))
_NODE_WORDS = _GERMAN_NODE_WORDS | _FRENCH_NODE_WORDS
# German words English never writes, in the folded lower case a token's LOWER has ("unauffällig" -> "unauffallig"):
# function words and the words of German neck, breast and abdominal reports. A translated report keeps a few of them
# beside its English sentences ("Thyroid (Schilddrüse): unremarkable", "glatt begrenzt"), so two of them show German.
_GERMAN_WORDS = frozenset(get_string_id(w) for w in (
    "und", "mit", "ohne", "kein", "keine", "nicht", "bds", "beidseits", "unauffallig", "beurteilung", "befund",
    "fragestellung", "sonographie", "halssonographie", "mammasonographie", "schilddruse", "lymphknoten",
    "halslymphknoten", "echoarm", "echoarme", "echoarmer", "begrenzt", "unscharf", "glatt", "erhalten", "hals",
    "leber", "milz", "niere", "nieren", "zyste", "knoten", "herd", "solider", "rundlicher", "achsel", "bewertung"))
_GERMAN_REPORT_WORDS = 2


def reads_german(words: frozenset[int] | set[int]) -> bool:
    """Whether the report's lower-cased word ids ``words`` hold enough German words to call it German."""
    return len(_GERMAN_WORDS & words) >= _GERMAN_REPORT_WORDS


def node_keys(matches: list[tuple[int, int, int]], lower: list[int], words: frozenset[int] | set[int],
              node_key: int | None) -> None:
    """Re-key (in place) the one-word matches ``(key, start, end)`` of German "LK" in a German report and of French
    "ganglion" in a French one to ``node_key``, the lymph nodes' key (``lower``: the lower-cased token ids;
    ``words``: their set)."""
    if node_key is None or _NODE_WORDS.isdisjoint(words):
        return
    german = not _GERMAN_NODE_WORDS.isdisjoint(words) and reads_german(words)
    french = not _FRENCH_NODE_WORDS.isdisjoint(words) and reads_french(words)
    if not (german or french):
        return
    for i, (_key, start, end) in enumerate(matches):
        if end - start == 1 and ((german and lower[start] in _GERMAN_NODE_WORDS)
                                 or (french and lower[start] in _FRENCH_NODE_WORDS)):
            matches[i] = (node_key, start, end)
