"""An organ named after a placed lesion only as what the lesion does to it, or how it relates to it, is not its site.

"Pancreatic head: ill-defined mass 31 x 27 mm, causing dilatation of the CBD", "Pancreas: formation 34 x 29 mm,
with dilatation of the Wirsung duct and of the choledochus", "mass 31 mm, relation to the SMV cannot be assessed":
the bile duct is dilated by the pancreatic mass, and the vein is the mass's neighbour; the mass stays where its
heading or its own clause put it. Anatomy read after a lesion in its clause otherwise refines the lesion's site ("a
34 mm mass at the lower pole" is the pole's), so a duct named by its dilatation used to take the pancreatic mass
into the bile ducts.

The test is made only for a lesion that already has an organ other than the anatomy's (the builder's caller checks
that): an unplaced "mass causing dilatation of the CBD" still takes the one organ its sentence names. Between the
lesion and the anatomy stands an effect noun followed by "of" ("dilatation of", "obstruction of"), or a relation
noun followed by "to"/"with" ("relation to", "relationship with"); or the anatomy is qualified by an effect
adjective just before or after it ("with a dilated CBD", "and the choledochus is dilated").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Sequence
    from collections.abc import Set as AbstractSet

# Words allowed between an effect adjective and the anatomy it qualifies ("the choledochus is dilated").
_ADJECTIVE_REACH = 2


class EffectWords(NamedTuple):
    """The string-store ids the test reads (built once by the caller from the termset)."""

    nouns: AbstractSet[int]  # "dilatation", "obstruction"
    of: AbstractSet[int]  # "of"
    relations: AbstractSet[int]  # "relation", "relationship"
    relation_links: AbstractSet[int]  # "to", "with"
    adjectives: AbstractSet[int]  # "dilated", "obstructed"


def names_an_effect(lower: Sequence[int], lesion_end: int, start: int, end: int, words: EffectWords) -> bool:
    """Whether the anatomy at tokens ``start``..``end`` (after a lesion ending at ``lesion_end``) is named as what the
    lesion does to it or as its neighbour (see the module docstring). ``lower``: the report's word ids."""
    if not lesion_end <= start <= len(lower):
        return False
    nouns, of, relations, links = words.nouns, words.of, words.relations, words.relation_links
    for j in range(lesion_end, start - 1):  # (a clause's few tokens: a plain loop)
        w, nxt = lower[j], lower[j + 1]
        if (w in nouns and nxt in of) or (w in relations and nxt in links):
            return True
    adjectives = words.adjectives
    before = range(max(lesion_end, start - _ADJECTIVE_REACH), start)
    after = range(end, min(len(lower), end + _ADJECTIVE_REACH))
    return any(lower[j] in adjectives for j in before) or any(lower[j] in adjectives for j in after)
