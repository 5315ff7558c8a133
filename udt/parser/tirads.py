"""ACR TI-RADS of thyroid nodules: which findings are thyroid nodules, their scores, and TI-RADS levels that
name a nodule or grade one named before.

A finding is a thyroid nodule if it names the *thyroid nodule* diagnosis (or a subclass), or its released value
(nodule) at the organ of one of its typical sites; its stated attributes and the absences stated in its sentences
are scored by :meth:`udt.Taxonomy.tirads` (points from the ontology, memoised per distinct description). "TR4",
"TI-RADS 3" alone name a graded nodule; after a nodule the report has named ("right lobe: 1.2 cm nodule, ...,
TR2") they grade that nodule and name only its site. Kept apart from :mod:`udt.parser.sites` because it is one
scoring system of one organ, read from the ontology, that the rest of the component does not use.
:class:`TiradsRules` is mixed into :class:`udt.parser.sites.SitesAndFindings`, whose ``__init__`` sets the targets
and memo these rules read (``_tirads_targets``, ``_tirads_memo``, ``_graded_nodules``, ...).
"""

from __future__ import annotations

from bisect import bisect_right
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from udt.parser import termset as ts
from udt.parser.findings import FindingBuilder
from udt.parser.header_rows import is_header_row
from udt.parser.host import SiteRulesHost
from udt.parser.matcher import OntologyMatcher
from udt.parser.record import LOOK_BACK, MentionRecord
from udt.parser.schema import Tirads
from udt.parser.text_lines import line_bounds

if TYPE_CHECKING:

    from udt.parser.sites import _Report
    from udt.parser.vocabulary import Vocabulary
    from udt.taxonomy import Taxonomy

_IRI = attrgetter("iri")  # a mention's concept IRI, in C
_DIAGNOSIS = attrgetter("diagnosis")  # a finding draft's diagnosis, in C


class TiradsRules(SiteRulesHost):
    """Rules that find thyroid nodules and score or grade them by ACR TI-RADS; a mixin of
    :class:`udt.parser.sites.SitesAndFindings`."""

    # What these rules read, set by SitesAndFindings.__init__ (declared here so that the type checker knows every
    # attribute the rules use).
    taxonomy: Taxonomy
    vocabulary: Vocabulary
    matcher: OntologyMatcher
    fields: tuple[str, ...]
    _anatomy: frozenset[str]
    _graded_nodules: frozenset[str]
    _graded_site: str | None
    _generic_lesion: str | None
    _tirads_memo: dict[tuple[tuple[tuple[str, tuple[str, ...]], ...], tuple[str, ...]], Any]
    _tirads_targets: tuple[frozenset[str], str | None, frozenset[str]]

    def _thyroid_nodule_targets(self) -> tuple[frozenset[str], str | None, frozenset[str]]:
        """What makes a finding a thyroid nodule, read from the ontology: the *thyroid nodule* diagnosis and its
        subclasses, or its released value (nodule) at the organ of one of its typical sites."""
        tax = self.taxonomy
        nodule = tax.find("thyroid nodule", self.fields[0])
        if nodule is None:
            return frozenset(), None, frozenset()
        released = tax.rollup(nodule)
        organs = {
            organ.us365k_label for site in tax.sites(nodule)
            if (organ := tax.rollups(site).get(self.fields[2])) is not None and organ.us365k_label
        }
        iris = frozenset([nodule.iri, *(c.iri for c in tax.descendants(nodule))])
        return iris, released.us365k_label if released is not None else None, frozenset(organs)

    def _graded_nodule_targets(self) -> tuple[frozenset[str], str | None]:
        """IRIs of the *TI-RADS graded nodule* concept and its subclasses, and the IRI of its one typical site (the
        thyroid gland), from the ontology."""
        tax = self.taxonomy
        graded = tax.find("TI-RADS graded nodule", self.fields[0])
        if graded is None or not (implied := self._implied_sites(graded.iri)):
            return frozenset(), None
        return frozenset([graded.iri, *(c.iri for c in tax.descendants(graded))]), implied[0].iri

    def _graded_row_kinds(self) -> dict[str, tuple[str | None, str]]:
        """Per organ a scoring system grades (the thyroid: its site in the ontology), the released value and label
        of the lesion it grades: the kind of each numbered row of a table whose header names that system
        (unnamed_rows.py)."""
        graded = self.taxonomy.find("TI-RADS graded nodule", self.fields[0])
        site = self._rollups_of(self._graded_site).get(self.fields[2]) if self._graded_site else None
        if graded is None or site is None or not site.us365k_label:
            return {}
        return {site.us365k_label: (self._describe(graded.iri, self.fields[0], None).value, graded.label)}

    def _grades_a_named_lesion(self, k: int, spans: list[MentionRecord], strong_sites: dict[int, set[str]],
                               sent_starts: list[int], text: str = "") -> bool:
        """A TI-RADS level after a lesion the report has already named in the thyroid or in no organ ("right lobe:
        1.2 cm nodule, no calcifications, TR2", "Nodule 1 ... Total: 6 points, TR4"): it grades that lesion, so
        it names only the lesion's site, not a second nodule. A lesion of another organ ("Right kidney: 2 cm
        cyst") is not what it grades, nor a lesion word naming a table's column ("| Nodule | Site | Size | TI-RADS
        |" over "| N1 | right | 18 mm | TR4 |"): each row's level names that row's nodule (``text``: the report's). A
        grade right before a lesion word of its own sentence names that lesion, not an organless one of an earlier
        sentence (:func:`_names_the_next_lesion`)."""
        diagnosis = self.fields[0]
        # (a grade opening a lesion word of its own sentence grades no organless lesion of a sentence before)
        opens = _names_the_next_lesion(k, spans, diagnosis, self._graded_nodules, sent_starts)
        grade_sent = bisect_right(sent_starts, spans[k].start)
        thyroid = self._rollups_of(self._graded_site).get(self.fields[2]) if self._graded_site else None
        for rec in spans[max(0, k - LOOK_BACK) : k]:  # the lesion graded is described shortly before its level
            if rec.field != diagnosis or rec.iri in self._graded_nodules or rec.negated \
                    or rec.iri == self.vocabulary.normal_iri:
                # (nor a denied one, nor a normal lobe: "R: no nodules / L: N1 ... TR5", "Right lobe: no focal
                # lesion. Left lobe: 14 mm spongiform, TR1" grade a nodule of their own)
                continue
            if "|" in text and _in_header_row(text, rec.start_char):
                continue
            concept = self.taxonomy.concepts.get(rec.iri)
            if concept is None or self._diagnosis_kind_of(concept) != "lesion":
                continue
            if self._describe(rec.iri, diagnosis, None).value is None and concept.label != self._generic_lesion:
                # a diffuse condition with no released lesion value ("thyroiditis pattern") is no nodule a
                # TI-RADS level grades; an unnamed "lesion" is
                continue
            implied = self._implied_sites(rec.iri)
            organs = {o.us365k_label for site in implied if (o := self._rollups_of(site.iri).get(self.fields[2]))} \
                or strong_sites.get(bisect_right(sent_starts, rec.start) - 1, set())
            if not organs and opens and bisect_right(sent_starts, rec.start) != grade_sent:
                continue  # ("1. Left inferior parathyroid adenoma, 14 mm.\n2. TR3 right lower pole nodule")
            if not organs or (thyroid is not None and thyroid.us365k_label in organs):
                return True
        return False

    def _graded_nodule_site(self, rec: MentionRecord, section: str | None, r: _Report) -> bool:
        """A TI-RADS level grading a nodule named before ("1.2 cm nodule, no calcifications, TR2") names only the
        nodule's site: the site its own words name ("TI-RADS": the thyroid), read as that anatomy (True), else
        the graded nodule's typical site, labelled here (False: no mention of its own)."""
        site = self.matcher.term_within(r.lower[rec.start : rec.end], self._anatomy)
        if site is None:
            if section not in ts.NON_FINDING_SECTIONS and not rec.historical and not rec.hypothetical:
                self._label_site(self._graded_site, r.pediatric, r.labels)
            return False
        rec.iri = site
        rec.field = self.taxonomy.concepts[site].dimension or self.fields[2]
        return True

    def _score_tirads(self, builder: FindingBuilder, evidence: list[MentionRecord], sent_starts: list[int]) -> None:
        """ACR TI-RADS of each thyroid nodule: its stated attributes (the finest concepts named) and the
        absences stated in its sentences, scored by :meth:`udt.Taxonomy.tirads` (points from the ontology)."""
        iris, released, organs = self._tirads_targets
        # Most reports name no thyroid nodule concept at all: one C-level test spares the per-finding scan.
        named = not iris.isdisjoint(map(_IRI, evidence))
        if not named and released not in map(_DIAGNOSIS, builder.findings):
            return  # (and no finding is a bare nodule either: the findings are not walked in Python)
        nodules = [
            f for f in builder.findings
            if f.kind == "lesion" and f.status == "present" and (
                (f.diagnosis == released and f.organ in organs)
                or (named and any(evidence[i].iri in iris for i in f.mentions if 0 <= i < len(evidence)))
            )
        ]
        if not nodules:
            return
        descriptive = set(self.fields[3:])
        absent_in: dict[int, list[str]] = {}
        for r in evidence:
            if r.status == "absent" and r.field in descriptive and not r.historical and not r.hypothetical:
                absent_in.setdefault(bisect_right(sent_starts, r.start) - 1, []).append(r.iri)
        for f in nodules:
            stated: dict[str, list[str]] = {}
            sentences = set()
            for i in f.mentions:
                r = evidence[i]
                sentences.add(bisect_right(sent_starts, r.start) - 1)
                # The diagnosis counts too: a "spongiform nodule" states its composition.
                if (r.field in descriptive or r.field == self.fields[0]) and r.status == "present":
                    stated.setdefault(r.field, []).append(r.iri)
            absent = [iri for s in sorted(sentences) for iri in absent_in.get(s, ())]
            score = self._tirads_score(stated, absent)
            f.tirads = Tirads(points=score.points, level=score.level, missing=list(score.missing))

    def _tirads_score(self, stated: dict[str, list[str]], absent: list[str]) -> Any:
        """``Taxonomy.tirads`` (its scoring costs more than the rest of a report's findings), remembered per
        distinct input: a corpus states few distinct nodule descriptions."""
        key = (tuple((f, tuple(iris)) for f, iris in stated.items()), tuple(absent))
        score = self._tirads_memo.get(key)
        if score is None:
            score = self.taxonomy.tirads(stated, absent=absent)
            if len(self._tirads_memo) >= 4096:  # bounded memory
                self._tirads_memo.clear()
            self._tirads_memo[key] = score
        return score


_NEXT_LESION_GAP = 4  # tokens from a grade to the lesion word it opens ("TR3 right lower pole nodule")


def _names_the_next_lesion(k: int, spans: list[MentionRecord], diagnosis: str, graded: frozenset[str],
                           sent_starts: list[int]) -> bool:
    """Whether the grade ``spans[k]`` opens the lesion named right after it in its own sentence ("1. Left inferior
    parathyroid adenoma, 14 mm.\n2. TR3 right lower pole nodule"): a numbered conclusion's item, or a lobe's line,
    states its grade before its own lesion word, so the grade names that lesion (findings.py folds the two) and
    grades no lesion of an earlier sentence that no organ places (the "adenoma" of the item before: read as its
    grade, the nodule lost its organ and took the adenoma's). A thyroid lesion named before is still graded (a
    summary's "TR4 nodule" restates it). Only a lesion word a few words on (a side, a part between), never past a
    sentence end."""
    if k + 1 >= len(spans):
        return False
    grade, nxt = spans[k], spans[k + 1]
    if nxt.field != diagnosis or nxt.iri in graded or nxt.negated or not 0 <= nxt.start - grade.end <= _NEXT_LESION_GAP:
        return False
    return bisect_right(sent_starts, grade.start) == bisect_right(sent_starts, nxt.start)


def _in_header_row(text: str, char: int) -> bool:
    """Character ``char`` stands in a table's header row (a line of "|" cells naming columns: header_rows.py)."""
    start, end = line_bounds(text, char)
    return is_header_row(text[start:end])
