"""A lesion named with its organ's name ("renal cyst", "kidney stone", "parathyroid adenoma", "gallbladder polyp"):
it lies in that organ whatever organ the report was describing before ("Thyroid: ... Behind the right lower pole, a
13 mm parathyroid adenoma"; "Spleen: ... Impression: right renal calculus"), unlike a diagnosis whose organ is only
typical ("SPLEEN: a 9 mm focus, likely a haemangioma" stays in the spleen).

The names of the organ each diagnosis implies (its one typical site, and that site's released organ) are read from
the ontology once per pipeline; a lesion mention names its organ when its words hold one of them as whole words.
A mention has a few words and its organ dozens of names, so its runs of words are looked up among the names, not
the names searched for in its words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from udt.parser.folding import folded_lower

if TYPE_CHECKING:
    from udt.taxonomy import Concept

Place = tuple[str, ...]  # the words of a name of an organ or site
_AROUND = "peri"
# The shortest organ name a compound may begin with, and the fewest letters after it ("Myom" names no organ).
_PREFIX_MIN = 4


def _names(concept: Concept) -> list[Place]:
    return [tuple(n.casefold().split()) for n in (concept.label, *concept.exact_synonyms, *concept.related_synonyms)]


def organ_names_of_diagnoses(
    diagnoses: Iterable[Concept],
    implied_sites: Callable[[str], tuple[Concept, ...]],
    organ_of: Callable[[str], Concept | None],
) -> dict[str, frozenset[Place]]:
    """For each of the ``diagnoses`` that implies one site (``implied_sites``), the names of that site and of its
    released organ (``organ_of``), by the diagnosis's IRI."""
    out: dict[str, frozenset[Place]] = {}
    for c in diagnoses:
        sites = implied_sites(c.iri)
        if sites:
            organ = organ_of(sites[0].iri)
            # (a name of no words names nothing)
            places = frozenset(p for p in (*_names(sites[0]), *(_names(organ) if organ is not None else ())) if p)
            out[c.iri] = places | _compounds(c, places)
    return out


def _compounds(diagnosis: Concept, places: frozenset[Place]) -> frozenset[Place]:
    """The diagnosis's own one-word names in another language that begin with a one-word name of its organ: German
    and Dutch write the organ and the lesion as one word ("Nebenschilddrüsenadenom", "bijschildklieradenoom"), which
    names the organ as much as "parathyroid adenoma" does. (Not English words such as "pancreatitis": "fluid in the
    lesser sac after pancreatitis" names no pancreas of this scan.)"""
    prefixes = _prefixes(places)
    return frozenset(
        (words[0],) for n in diagnosis.foreign_synonyms
        if len(words := n.casefold().split()) == 1 and _compounded(words[0], prefixes))


def organ_compounds(places_by_diagnosis: dict[str, frozenset[Place]],
                    foreign: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """By diagnosis IRI, its one-word foreign names that are compounds of a name of its organ
    (``places_by_diagnosis``, as organ_names_of_diagnoses gives them, with ``foreign``: each diagnosis's foreign
    names): a mention of one of them states that organ as "parathyroid adenoma" does."""
    out: dict[str, frozenset[str]] = {}
    for iri, places in places_by_diagnosis.items():
        prefixes = _prefixes(places)
        own = foreign.get(iri, frozenset())
        # (in the folded form a token's lower-case word has: folding.py)
        if found := frozenset(folded_lower(p[0]) for p in places
                              if len(p) == 1 and p[0] in own and _compounded(p[0], prefixes)):
            out[iri] = found
    return out


def _prefixes(places: frozenset[Place]) -> tuple[str, ...]:
    """The one-word organ names long enough (_PREFIX_MIN letters) to begin a compound."""
    return tuple(p[0] for p in places if len(p) == 1 and len(p[0]) >= _PREFIX_MIN)


def _compounded(word: str, prefixes: tuple[str, ...]) -> bool:
    """Whether ``word`` is one of ``prefixes`` with at least _PREFIX_MIN letters after it."""
    return any(word.startswith(p) and len(word) - len(p) >= _PREFIX_MIN for p in prefixes)


def names_by_label(places_by_diagnosis: dict[str, frozenset[Place]], label_of: Callable[[str], str]) -> frozenset[str]:
    """The diagnoses (of ``places_by_diagnosis``, by IRI) whose own label names the organ they imply ("pleural
    effusion"): each of their synonyms is a name of the finding in that organ too, though its words do not hold the
    organ's name ("haemothorax", "hydropericardium", "pl eff")."""
    return frozenset(
        iri for iri, places in places_by_diagnosis.items() if names_its_organ(label_of(iri).casefold().split(), places)
    )


def names_its_organ(words: list[str], places: AbstractSet[Place]) -> bool:
    """The words of a lesion mention hold a name of its organ (one of ``places``) as whole words ("right renal
    calculus")."""
    n = len(words)
    if any(tuple(words[i:j]) in places for i in range(n) for j in range(i + 1, n + 1)):
        return True
    # "perisplenic collection" (the spleen): the space around the organ, named by the organ's adjective
    # after "peri", places the lesion as the adjective itself would (an open spelling, not a list of words)
    # (most mentions hold no such word: one C-level test of the joined words before a generator over them)
    if " " + _AROUND not in " " + " ".join(words):
        return False
    return any(w.startswith(_AROUND) and (w[len(_AROUND) :],) in places for w in words)
