"""The organs of a child's report once every site is settled: the paediatric organ for every structure examined,
no adult organ beside it (guideline: a child patient -> body system Pediatrics and the matching Pediatric organ for
every structure examined).

Each mention of a child's anatomy is already filed under its paediatric counterpart where the ontology declares one
(:func:`udt.parser.pediatric._to_pediatric`). Two kinds of organ escape that mapping and reach the labels as adult
organs:

- the structures the ontology gives no paediatric counterpart, because they lie in any region: the soft tissues
  ("subcutaneous fat" over a sacral dimple, "hyperaemic soft tissue" round a neck abscess, a pyloric "muscle"),
  the peripheral nerves (a neonatal spine's "nerve roots"), a joint named in the history ("shoulder dystocia");
- an organ a report-level rule adds from its adult table ("No cervical lymphadenopathy": the neck's nodes).

In a child's report these are the paediatric organ the structure lies in: the adult organ's own counterpart where it
has one; else the region the report's words name (a cheek or scalp lump: Pediatric head and neck; a sacral dimple's
subcutis: Neonatal brain and spine); else, where the report already files a paediatric organ, the structure is
part of that study and names no organ of its own. A limb's soft tissues in a child with no paediatric organ keep
their adult organ: no paediatric region holds them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from udt.parser import termset as ts
from udt.parser.wordids import word_ids

if TYPE_CHECKING:
    from spacy.strings import StringStore

    from udt.parser.schema import Finding
    from udt.parser.vocabulary import Vocabulary
    from udt.taxonomy import Taxonomy


class ChildOrgans:
    """Re-files the adult organs of a child's labels and findings (the tables built once per parser)."""

    def __init__(self, tax: Taxonomy, vocabulary: Vocabulary, fields: tuple[str, ...], strings: StringStore,
                 system_of: dict[str, str | None]) -> None:
        system_field, organ_field = fields[1], fields[2]
        self._system_field, self._organ_field = system_field, organ_field
        self._system_of = system_of
        # adult organ label -> its paediatric counterpart's label (udt:pediatricCounterpart)
        self._counterpart: dict[str, str] = {}
        for adult, child in vocabulary.pediatric.items():
            a, c = tax.concepts.get(adult), tax.concepts.get(child)
            if a is not None and c is not None and a.us365k_label and c.us365k_label:
                self._counterpart[a.us365k_label] = c.us365k_label
        # The paediatric organs: every organ of the counterparts' body system (Neonatal brain and spine too, the
        # counterpart of no adult organ).
        pediatrics = next(iter({system_of[o] for o in self._counterpart.values() if o in system_of}), None)
        self._pediatrics = pediatrics
        self._child_organs = frozenset(o for o, s in system_of.items() if s == pediatrics and pediatrics is not None)
        # The regions a report's words name, each with the paediatric organ that holds it.
        self._regions: list[tuple[frozenset[int], str]] = []
        for words, organ_name in (((*ts.CHILD_HEAD_REGION_WORDS, *ts.FACE_REGION_EXTRA_WORDS),
                                   "pediatric head and neck"),
                                  (ts.CHILD_SPINE_REGION_WORDS, "neonatal brain and spine")):
            organ = tax.find(organ_name, organ_field)
            if organ is not None and organ.us365k_label:
                self._regions.append((word_ids(strings, words), organ.us365k_label))

    @property
    def organs(self) -> frozenset[str]:
        """The paediatric organs' labels."""
        return self._child_organs

    def settle(self, labels: dict[str, set[str]], words: frozenset[int]) -> dict[str, str | None]:
        """File, in place, the adult organs of a child's ``labels`` (``words``: the report's lower-case word ids)
        under paediatric organs. Returns each organ moved -> the organ it now is (``None``: dropped)."""
        organs = labels[self._organ_field]
        adult = organs - self._child_organs
        if not adult:
            return {}  # (most child reports: every organ already a paediatric one)
        filed = not organs.isdisjoint(self._child_organs)
        region: str | None = None
        regions_read = False
        moved: dict[str, str | None] = {}
        for organ in adult:
            target = self._counterpart.get(organ)
            if target is None:
                if not filed:
                    if not regions_read:
                        region, regions_read = self._region(words), True
                    target = region
                if target is None and not filed:
                    continue  # (a limb's soft tissues: no paediatric organ holds them)
            moved[organ] = target
        if not moved:
            return moved
        systems = labels[self._system_field]
        organs.difference_update(moved)
        added = {t for t in moved.values() if t is not None}
        organs.update(added)
        kept_systems = {self._system_of.get(o) for o in organs}
        for organ in moved:
            system = self._system_of.get(organ)
            if system is not None and system not in kept_systems:
                systems.discard(system)
        if added and self._pediatrics is not None:
            systems.add(self._pediatrics)
        return moved

    def _region(self, words: frozenset[int]) -> str | None:
        """The paediatric organ of the one region the report's words name (``None``: none, or two)."""
        found = {organ for region_words, organ in self._regions if not region_words.isdisjoint(words)}
        return found.pop() if len(found) == 1 else None

    def refile(self, findings: list[Finding], moved: dict[str, str | None], labels: dict[str, set[str]]) -> None:
        """The findings filed under an organ :meth:`settle` moved: under the organ it became, or where it was
        dropped, under the one paediatric organ of the report (if there is one)."""
        child = labels[self._organ_field] & self._child_organs
        only = next(iter(child)) if len(child) == 1 else None
        for f in findings:
            if f.organ in moved:
                organ = moved[f.organ] or only
                if organ is not None:
                    f.organ, f.body_system = organ, self._system_of.get(organ)
