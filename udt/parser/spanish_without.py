"""Spanish "sin" ("without") as a forward negation, told apart from the Latin left side "sin." of translated reports.

The guideline reads foreign absence words as their English equivalents ("Sin colección periprotésica" -> absent fluid
collection, "Sin masas sospechosas" -> absent mass). But "sin" is also the Latin side abbreviation of Central and
Eastern European reports ("Testis sin. 4,1 cm", "Adnexa sin.: complex formation", "l. sin. 14x15 mm"), which is no
denial. Spanish "sin" governs a word right after it ("Sin colección", "mama izquierda sin masas"); the Latin side is
followed by a full stop, a colon, a dash, a number or nothing, and its report names the right side the same way
("dex", "dx"). So the cue counts only before a word of letters, in a report with no Latin right side.
"""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.tokens import Doc

from udt.parser import termset as ts

SIN = get_string_id("sin")
# The Latin right side: a report that writes it uses "sin" as its left side (termset.FOREIGN_SIDE_SYSTEMS).
LATIN_RIGHTS = frozenset(get_string_id(w) for w in ("dex", "dext", "dx", "dexter", "dextra"))


def spanish_without(cues: list[tuple[str, int, int]], doc: Doc, lower: list[int],
                    words: frozenset[int] | set[int]) -> list[tuple[str, int, int]]:
    """``cues`` less each one-word negation "sin" that is the Latin left side: no word of letters follows it, or
    the report (``words``: its lower-cased word ids) writes the Latin right side."""
    n = len(lower)
    if not LATIN_RIGHTS.isdisjoint(words):
        return [(cat, cs, ce) for cat, cs, ce in cues if not (cat == ts.NEG_PRE and ce == cs + 1 and lower[cs] == SIN)]
    return [(cat, cs, ce) for cat, cs, ce in cues
            if not (cat == ts.NEG_PRE and ce == cs + 1 and lower[cs] == SIN
                    and (ce >= n or not doc[ce].is_alpha))]
