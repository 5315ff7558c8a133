"""How a named diagnosis typically looks, from the ontology's clinical knowledge, to test a described lesion against a
name the report gives elsewhere.

"In the lower calyx a hyperechogenic image of 8 mm with posterior acoustic shadow ... Conclusion: simple renal cyst
(Bosniak I)": the measured lesion's own description (bright, shadowing) says it is not the cyst the conclusion names
(a stone the parser did not read as one); the name belongs to another lesion. The ontology states what each
diagnosis typically shows (``Taxonomy.typical_findings``: a simple cyst is anechoic, with posterior enhancement). A
broad name that states nothing of its own ("cyst") looks as three in four of its finer kinds do at least: anechoic
and enhancing for a cyst, although a dermoid shadows; "mass" and "nodule" have no such look. A described lesion
contradicts a name when it differs from the name's look in both fields; one differing field is an atypical form (a
complex cyst is hypoechoic yet enhances; an abscess holding gas shadows).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from udt.taxonomy import Concept, Taxonomy

# The fields in which a description plainly rules a kind of lesion out (a shadowing bright focus is no cyst); shape,
# margins and flow vary too much within one diagnosis to part a lesion from its name.
LOOK_FIELDS = ("Echogenicity", "PosteriorAcoustics")


class TypicalLooks:
    """Per diagnosis concept, the released values it typically shows in ``LOOK_FIELDS`` (cached on first use)."""

    def __init__(self, taxonomy: Taxonomy, diagnosis_field: str) -> None:
        self._taxonomy = taxonomy
        self._field = diagnosis_field
        self._fields = tuple(f for f in LOOK_FIELDS if f in taxonomy.fields)
        self._cache: dict[str, dict[str, frozenset[str]]] = {}

    def _released(self, values: Sequence[Concept]) -> set[str]:
        out: set[str] = set()
        for v in values:
            top = self._taxonomy.rollup(v)  # (a finer value, "very hypoechoic", as released: "hypoechoic")
            if top is not None:
                out.add(top.label)
        return out

    def look(self, concept: str) -> dict[str, frozenset[str]]:
        """The typical released values of ``concept`` per field: its own (or its ancestors'), else those shown by
        at least three in four of its finer kinds that state the field; fields with none are left out."""
        cached = self._cache.get(concept)
        if cached is not None:
            return cached
        tax = self._taxonomy
        found = tax.find(concept, self._field)
        out: dict[str, frozenset[str]] = {}
        if found is not None:
            own = tax.typical_findings(found)
            finer = [tax.typical_findings(d) for d in tax.descendants(found)]
            for field in self._fields:
                values = self._released(own.get(field, ()))
                if not values:
                    stating = [self._released(f[field]) for f in finer if f.get(field)]
                    counts = Counter(v for vs in stating for v in vs)
                    values = {v for v, n in counts.items() if 4 * n >= 3 * len(stating)}
                if values:
                    out[field] = frozenset(values)
        self._cache[concept] = out
        return out

    def contradicts(self, concept: str | None, attributes: Mapping[str, Sequence[str]]) -> bool:
        """Whether a lesion described with ``attributes`` (released values by field) cannot be a ``concept``: it
        states values in every field of ``LOOK_FIELDS``, the concept has a typical look in each, and in each none
        of the stated values is that look. One differing field is an atypical form, not another lesion: a complex
        cyst is hypoechoic yet enhances, an abscess holding gas shadows."""
        if concept is None:
            return False
        look = self.look(concept)
        if len(look) < len(self._fields):
            return False
        return all(bool(attributes.get(f)) and look[f].isdisjoint(attributes[f]) for f in self._fields)
