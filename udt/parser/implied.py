"""Organs a diagnosis implies, and organs a report names without asserting a finding in them.

"gallstones" (the gallbladder), "DVT" (the leg veins), "probable FNH" (the liver, hedged), "no ascites" (the
peritoneum, examined), "the left ovary is not seen" (examined), the organ of a case's presentation or history ("a
palpable right breast abnormality"); and whether a diagnosis stands apart from the anatomy of its sentence ("liver
coarse, spleen 13 cm, small amount of ascites") or is held by anatomy named just after it ("a plaque in the tunica
albuginea"). The ontology's typical sites (``Taxonomy.sites``) are read once per diagnosis and memoised. Kept apart
from :mod:`udt.parser.sites` because these rules answer one question, which organ a mention stands for when it is
not itself asserted anatomy, and they share the memos of that answer. :class:`ImpliedSiteRules` is mixed into
:class:`udt.parser.sites.SitesAndFindings`, whose ``__init__`` (with :meth:`ImpliedSiteRules._init_implied` for the
tables only these rules read) sets the tables and memos these rules read (``_implied``, ``_space_memo``,
``_holding_places``, ...); its mention pass and its site settlement call them.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from udt.parser import termset as ts
from udt.parser.adult_conditions import states_adult
from udt.parser.host import SiteRulesHost
from udt.parser.organ_labels import drop_organ_label
from udt.parser.organ_parts import OrganPartWords, in_finding_sections
from udt.parser.record import LOOK_BACK, MentionRecord
from udt.parser.sentences import sentence_end
from udt.parser.wordids import word_ids

_CLAUSE_LOOKBACK = 40  # tokens read back for a clause break before a denied finding (_opens_own_clause)
_RECESS_CUE_REACH = 8  # tokens after a fluid read for "between" / "separating" (_fluid_in_a_bounded_recess)
_RECESS_ORGAN_REACH = 10  # tokens after that cue in which both bounding organs must be named
_VERDICT_REACH = 3  # sentences before a test's verdict read for the lesion it names (_names_a_located_lesion)

if TYPE_CHECKING:
    from spacy.strings import StringStore

    from udt.parser.sites import _Info, _Report
    from udt.parser.verdicts import Verdicts
    from udt.parser.vocabulary import Vocabulary
    from udt.taxonomy import Concept, Taxonomy


class ImpliedSiteRules(SiteRulesHost):
    """Rules that find the organ a diagnosis implies or a mention names without an asserted finding; a mixin of
    :class:`udt.parser.sites.SitesAndFindings`."""

    # What these rules read, set by SitesAndFindings.__init__ or, for the tables only they read, by
    # _init_implied (declared here so that the type checker knows every attribute the rules use).
    taxonomy: Taxonomy
    vocabulary: Vocabulary
    fields: tuple[str, ...]
    _anatomy: frozenset[str]
    _clause_ends_for_lists: frozenset[int]
    _clause_seps: frozenset[int]
    _contrasts: frozenset[int]
    _diagnosis_field: str
    _fluid_value: str | None
    _generic_vessels: frozenset[str]
    _holding_places: frozenset[int]
    _holding_verbs: frozenset[int]
    _implied: dict[str, tuple[Concept, ...]]
    _effusion_words_gate: int  # (the groups of these trigger words: trigger_groups.py)
    _recess_cues_gate: int
    _implied_child: dict[str, tuple[Concept, ...]]
    _landmark_iris: frozenset[str]
    _node_iri: str | None
    _node_parts: frozenset[str]
    _region_iris: frozenset[str]
    _region_organs: frozenset[str]
    _site_count_memo: dict[str, int]
    _space_memo: dict[str, str]
    _space_sites: set[str]
    _joint_system: str | None
    _nerve_organ: str | None
    _system_of: dict[str, str | None]
    _tissue_organ: str | None
    _the: int
    _vessel_organs: frozenset[str | None]
    _verdicts: Verdicts

    def _init_implied(self, strings: StringStore) -> None:
        """Build the tables only these rules read (called once by ``SitesAndFindings.__init__``)."""
        self._holding_places = word_ids(strings, ts.HOLDING_PLACE_WORDS)
        self._holding_verbs = word_ids(strings, ts.SITE_GAP_VERBS)  # ("a ganglion arising from the A3 pulley")
        self._organ_parts: OrganPartWords = OrganPartWords(strings, self.vocabulary)
        self._recess_cues: frozenset[int] = word_ids(strings, ts.RECESS_CUE_WORDS)
        self._recess_bounds: list[tuple[str, frozenset[str]]] = self._bounded_recesses()
        self._identifying_words = word_ids(strings, ts.IDENTIFYING_WORDS)
        self._semicolon = strings.add(";")
        self._effusion_words: frozenset[int] = word_ids(strings, ts.BARE_EFFUSION_WORDS)
        pleural = self.taxonomy.find(ts.CHEST_EFFUSION_SITE, self.fields[2])
        self._pleural_iri: str | None = pleural.iri if pleural is not None else None
        lung = self.taxonomy.find(ts.CHEST_EFFUSION_NEIGHBOUR, self.fields[2])
        lung_organ = self.taxonomy.rollups(lung).get(self.fields[2]) if lung is not None else None
        self._lung_organ: str | None = lung_organ.us365k_label if lung_organ is not None else None
        arteries = self.taxonomy.find(ts.UNNAMED_BY_DENIAL_ORGAN, self.fields[2])
        self._denial_unnamed_organ: str | None = arteries.us365k_label if arteries is not None else None
        spread = (self.taxonomy.find(label, self._diagnosis_field) for label in ts.SPREAD_DIAGNOSES)
        self._spread_iris: frozenset[str] = frozenset(c.iri for c in spread if c is not None)

    def _bounded_recesses(self) -> list[tuple[str, frozenset[str]]]:
        """(recess IRI, the released organs that bound it) from termset.BOUNDED_RECESSES, resolved in the ontology;
        a recess or organ the ontology lacks leaves its row out."""
        tax, organ_field = self.taxonomy, self.fields[2]
        out: list[tuple[str, frozenset[str]]] = []
        for recess_label, organ_labels in ts.BOUNDED_RECESSES:
            recess = tax.find(recess_label, organ_field)
            organs = [tax.find(label, organ_field) for label in organ_labels]
            released = {self._organ_label(o.iri) for o in organs if o is not None}
            if recess is not None and None not in released and len(released) == len(organ_labels):
                out.append((recess.iri, frozenset(o for o in released if o is not None)))
        return out

    def _add_denied_site(self, iri: str, pediatric: bool, labels: dict[str, set[str]],
                         joints: list[dict[str, str]] | None = None,
                         spans: Sequence[MentionRecord] = ()) -> None:
        """Label the one organ a denied diagnosis implies ("No ascites", "Ascites: absent" -> the peritoneum):
        the report says that organ was looked at, as "no pleural effusion" names the pleural space (guideline:
        organs in negated statements are examined organs). A joint goes to ``joints`` when given, to be settled
        once the report's other organs are known (see ``SiteSettlement._denied_joints``)."""
        adds = {f: c.us365k_label for f, c in self._denied_site(iri, pediatric).items() if c.us365k_label}
        if (arteries := self._denial_unnamed_organ) is not None and adds.get(self.fields[2]) == arteries \
                and not any(rec.field in self._anatomy and self._organ_label(rec.iri) == arteries for rec in spans):
            # "No pseudoaneurysm on colour Doppler" of a splenic laceration, "no plaque" of a penile Doppler: an
            # arterial lesion is sought in the injured organ's own arteries, so denying it names no limb artery
            # examined, unless the report names one ("haematoma anterior to the CFA. No pseudoaneurysm", "brachial
            # artery pulsatile, no pseudoaneurysm"). A denied vein lesion still names its veins ("No DVT").
            return
        if joints is not None and adds.get(self.fields[1]) == self._joint_system:
            joints.append(adds)
            return
        for f, released in adds.items():
            labels[f].add(released)

    def _denied_site(self, iri: str, pediatric: bool) -> dict[str, Concept]:
        """The released body system and organ of the one site a diagnosis implies when it is not asserted (see
        :meth:`_add_denied_site`); empty when it implies none, or several of one organ that is no vessel."""
        implied = self._implied_sites(iri)
        if not implied:
            return {}
        count = self._site_count_memo.get(iri)
        if count is None:
            count = self._site_count_memo[iri] = len(self._typical_sites(iri))
        if count != 1 and self._organ_label(implied[0].iri) not in self._vessel_organs:
            return {}  # several sites of one organ: only "no DVT" (the leg veins) names it, not "no haematoma/hernia"
        rolled = self._child_rollups(implied[0].iri) if pediatric else self._rollups_of(implied[0].iri)
        return {f: rolled[f] for f in self.fields[1:3] if f in rolled and rolled[f].us365k_label}

    def _label_site(self, iri: str | None, pediatric: bool, labels: dict[str, set[str]]) -> None:
        """Label the organ and body system of a site the report names without a mention of its own."""
        if iri is None:
            return
        rolled = self._child_rollups(iri) if pediatric else self._rollups_of(iri)
        for f in self.fields[1:3]:
            if f in rolled and (released := rolled[f].us365k_label):
                labels[f].add(released)

    def _hedged_site(self, iri: str, info: _Info, pediatric: bool) -> dict[str, Concept]:
        """The anatomy roll-ups of the organ a diagnosis names ("renal cyst") or implies ("focal nodular
        hyperplasia": the liver); empty when neither."""
        if info.organ:
            return {f: c for f, c in info.rolled.items() if f in self._anatomy}
        implied = self._implied_sites(iri)
        if not implied:
            return {}
        return self._child_rollups(implied[0].iri) if pediatric else self._rollups_of(implied[0].iri)

    def _site_fits(self, diagnosis: str, site: str) -> bool:
        """Whether anatomy a diagnosis phrase contains can be its site: the diagnosis declares no organ of its own,
        or the anatomy lies in one of its typical sites' organs ("thyroid nodule": yes; the "fistula" of a perianal
        fistula, a dialysis fistula, or the "cervix" of the pyloric "cervix sign": no)."""
        organs = {self._organ_iri(s.iri) for s in self._typical_sites(diagnosis)}
        return not organs or None in organs or self._organ_iri(site) in organs

    def _names_other_anatomy(self, k: int, spans: list[MentionRecord], sent_starts: list[int], sent: int) -> bool:
        """Another mention of the sentence of ``spans[k]`` names anatomy, outside the lesion's own words. Reads at
        most six mentions either side."""
        start = sent_starts[sent]
        end = sent_starts[sent + 1] if sent + 1 < len(sent_starts) else None
        m = spans[k]
        for j in (*range(k - 1, max(-1, k - 7), -1), *range(k + 1, min(len(spans), k + 7))):
            other = spans[j]
            if other.start < start or (end is not None and other.start >= end):
                continue
            if other.field in self._anatomy and (other.end <= m.start or other.start >= m.end):
                return True
        return False

    def _general_site(self, info: _Info, iri: str, pediatric: bool) -> dict[str, Concept]:
        """The anatomy roll-ups of the organ a diagnosis in a general statement names or is typically found in."""
        if info.organ:
            return {f: c for f, c in info.rolled.items() if f in self._anatomy and c.us365k_label}
        return self._denied_site(iri, pediatric)

    def _stands_apart(self, k: int, spans: list[MentionRecord], lower: list[int], sent_start: int) -> bool:
        """A diagnosis in a clause of its own, placed in no anatomy its sentence names ("liver coarse, spleen 13 cm,
        small amount of ascites"): the organ it implies is named too. Not where anatomy stands before it in its
        clause ("Left ovary: endometrioma") or holds it just after ("a plaque in the tunica albuginea"). Looks at
        most six mentions back and three ahead."""
        rec = spans[k]
        space = self._space_system(rec.iri)
        names_it = self._names_the_lesion_before(rec, lower, sent_start)
        for j in range(k - 1, max(-1, k - 7), -1):
            prev = spans[j]
            if prev.end <= sent_start:
                break
            gap = lower[prev.end : rec.start]
            if (self._semicolon in gap) if names_it else not self._clause_seps.isdisjoint(gap):
                break
            if prev.field in self._anatomy:
                return space is not None and self._anatomy_system(prev.iri) == space
        return not self._held_by_anatomy(k, spans, lower, space)

    def _lone_diagnosis(self, k: int, spans: list[MentionRecord], sent_starts: list[int], sent: int) -> bool:
        """The diagnosis ``spans[k]`` is the only one of its sentence (its neighbouring mentions in the sentence name
        no diagnosis)."""
        lo = sent_starts[sent]
        hi = sent_starts[sent + 1] if sent + 1 < len(sent_starts) else None
        for j in (k - 1, k + 1):
            if 0 <= j < len(spans) and spans[j].field == self._diagnosis_field and spans[j].start >= lo \
                    and (hi is None or spans[j].start < hi):
                return False
        return True

    def _names_the_lesion_before(self, rec: MentionRecord, lower: list[int], sent_start: int) -> bool:
        """The diagnosis ``rec`` names the lesion its sentence described before it ("a cyst arising from the A2
        pulley, without flow, in keeping with a tendon sheath ganglion"): an identifying phrase ("in keeping
        with", "consistent with", "representing") opens its clause, at most seven words before it. Its clause then
        does not stand apart from the anatomy the lesion's own clause named."""
        for word in reversed(lower[max(sent_start, rec.start - 7) : rec.start]):
            if word in self._identifying_words:
                return True
            if word in self._clause_seps:
                return False
        return False

    def _space_system(self, iri: str) -> str | None:
        """For a fluid collection that fills a space around the organs of a body system (ascites: the peritoneal
        cavity, a region), that system: the organs its clause names lie in that space ("bowel loops with ascites",
        "ascites within the abdomen"), so they hold none of it and its own organ is named too. None otherwise."""
        found = self._space_memo.get(iri)
        if found is None:
            implied = self._implied_sites(iri)
            organ = self._rollups_of(implied[0].iri).get(self.fields[2]) if implied else None
            fills = organ is not None and organ.iri in self._region_iris \
                and self._describe(iri, self.fields[0], None).value == self._fluid_value
            found = self._space_memo[iri] = (self._system_of.get(organ.us365k_label or "") or "") \
                if fills and organ is not None else ""
            if found:
                self._space_sites.add(implied[0].iri)  # (read by _label_implied_sites)
        return found or None

    def _anatomy_system(self, iri: str) -> str | None:
        """The released body system anatomy ``iri`` rolls up to."""
        system = self._rollups_of(iri).get(self.fields[1])
        return system.us365k_label if system is not None else None

    def _held_by_anatomy(self, k: int, spans: list[MentionRecord], lower: list[int],
                         space: str | None = None) -> bool:
        """Anatomy named just after a diagnosis holds it ("a plaque in the tunica albuginea", "no ganglion cyst
        within the carpal tunnel"); looks at most three mentions ahead."""
        end = spans[k].end
        for nxt in spans[k + 1 : k + 4]:
            gap = lower[end : nxt.start]
            verbs = 0  # "no ganglion cyst was found within the carpal tunnel"
            while verbs < min(2, len(gap)) and gap[verbs] in self._holding_verbs:
                verbs += 1
            gap = gap[verbs:]
            if len(gap) > 4 or not gap or gap[0] not in self._holding_places \
                    or not self._clause_ends_for_lists.isdisjoint(gap) or not self._clause_seps.isdisjoint(gap):
                break  # ("no hydronephrosis on either side. Bladder ...": not held by the next sentence's organ)
            if nxt.field in self._anatomy:
                if nxt.field == self.fields[1] and self._own_system_named(spans[k].iri, nxt.iri):
                    return False  # "no B-lines in the left chest": the region of its own organ, which it names
                # (a space-filling fluid is not held by the organs of its space: "ascites within the abdomen")
                return space is None or self._anatomy_system(nxt.iri) != space
        return False

    def _own_system_named(self, diagnosis: str, system: str) -> bool:
        """A body-system word ("chest", "abdomen") after a diagnosis names the system of the one organ the diagnosis
        implies: a region of that organ, not another structure holding the finding."""
        implied = self._implied_sites(diagnosis)
        return bool(implied) and self._anatomy_system(implied[0].iri) == self._anatomy_system(system)

    def _implied_sites(self, iri: str) -> tuple[Concept, ...]:
        """The one organ a diagnosis implies (``Taxonomy.sites``, rolled up to released organs), as roll-ups;
        ``()`` when the ontology declares none or several organs ("simple cyst": liver, breast, kidney)."""
        found = self._implied.get(iri)
        if found is None:
            organs = {}
            for site in self._typical_sites(iri):
                organ = self._rollups_of(site.iri).get(self.fields[2])
                if organ is not None:
                    organs[organ.iri] = site
            found = (next(iter(organs.values())),) if len(organs) == 1 else ()
            self._implied[iri] = found
        return found

    def _implied_child_sites(self, iri: str) -> tuple[Concept, ...]:
        """In a child's report, the one paediatric organ a diagnosis's typical sites all file under
        ("intussusception": the paediatric abdomen, the terminal ileum, the colon -> Pediatric abdomen and
        retroperitoneum), as :meth:`_implied_sites` gives it; ``()`` when they stay several."""
        found = self._implied_child.get(iri)
        if found is None:
            organs: dict[str, Concept] = {}
            for site in self._typical_sites(iri):
                organ = self._child_rollups(site.iri).get(self.fields[2])
                if organ is not None:
                    organs[organ.iri] = site
            found = (next(iter(organs.values())),) if len(organs) == 1 else ()
            self._implied_child[iri] = found
        return found

    def _names_a_located_lesion(self, sent: int, site: Concept, r: _Report) -> bool:
        """Whether sentence ``sent`` reports a test's verdict ("FNA: papillary carcinoma metastasis", "Histology:
        solitary plasmacytoma") just after a sentence naming the organ examined: the verdict names what was found there,
        so the organ its diagnosis typically lies in (``site``: the thyroid, the liver) was not examined, unless the
        case presented with that organ ("a palpable left breast lump ... Core biopsy: invasive ductal carcinoma").
        Reads the sentence and the three before it."""
        organ = self._rollups_of(site.iri).get(self.fields[2])
        if organ is None or any(organ.iri == p[self.fields[2]].iri for p in r.presented_sites if self.fields[2] in p):
            return False
        starts = r.sent_starts
        if not self._verdicts.reports_a_test(r.lower, starts[sent], sentence_end(starts, sent, len(r.lower))):
            return False
        return any(s in r.anatomy_sents for s in range(max(0, sent - _VERDICT_REACH), sent))

    def _restates_a_placed_lesion(self, k: int, sent: int, site: Concept, r: _Report) -> bool:
        """Whether the lesion ``r.spans[k]``, whose typical site is a vessel (``site``: a plaque's carotid), restates
        the same diagnosis an earlier sentence placed in another organ ("A calcified plaque in the tunica albuginea.
        ... IMPRESSION: Calcified plaque."): the conclusion's lesion is the one already placed, so no vessel is
        implied. Reads at most LOOK_BACK mentions back."""
        if r.spans[k].section != "impression" or self._organ_label(site.iri) not in self._vessel_organs:
            return False  # (a conclusion restates; a second lesion of the findings is another one)
        spans, starts, iri = r.spans, r.sent_starts, r.spans[k].iri
        for j in range(k - 1, max(-1, k - LOOK_BACK), -1):
            prev = spans[j]
            if prev.iri != iri or prev.start >= starts[sent]:
                continue
            # (an organ, not a region a vessel runs through: "a pseudoaneurysm in the right groin" is the artery's)
            placed = r.strong_sites.get(bisect_right(starts, prev.start) - 1, ())
            if any(o not in self._vessel_organs and o not in self._region_organs for o in placed):
                return True
        return False

    def _add_implied_site(self, k: int, sent: int, site: Concept, r: _Report) -> None:
        """Record the typical site an asserted lesion implies (labelled in :meth:`_label_implied_sites`), and
        whether the lesion stands apart from its sentence's anatomy."""
        r.implied_sites.append((sent, site))
        r.implied_spread.append(r.spans[k].iri in self._spread_iris)
        # (Not a vessel: "a plaque ... along the tunica albuginea" is the penis's, not an artery's.)
        r.implied_apart.append(self._organ_label(site.iri) not in self._vessel_organs
                               and self._stands_apart(k, r.spans, r.lower, r.sent_starts[sent]))

    def _opens_own_clause(self, start: int, sent_start: int, lower: list[int]) -> bool:
        """A mention after ";" or a contrast word in its sentence ("free fluid in Morison's pouch; no pericardial
        effusion"): its clause is not about the organ that opens the sentence. Looks back at most 40 tokens."""
        return not self._contrasts.isdisjoint(lower[max(sent_start, start - _CLAUSE_LOOKBACK) : start])

    def _unasserted_site(self, k: int, rec: MentionRecord, sent: int, info: _Info, index: int, r: _Report) -> None:
        """The organ a mention names although it asserts no finding of the study: a denied lesion's own or typical
        organ ("no pleural effusion", "no ascites"), the organ of a general statement, a denied organ ("the left
        ovary is not seen"), anatomy outside the findings (the title or indication), a hedged diagnosis's organ,
        the organ of the case's presentation or history."""
        spans, lower, labels = r.spans, r.lower, r.labels
        field, iri, status, section = rec.field, rec.iri, rec.status, rec.section
        historical, hypothetical, negated = rec.historical, rec.hypothetical, rec.negated
        anatomy_fields, diagnosis = self._anatomy, self._diagnosis_field
        in_findings = section not in ts.NON_FINDING_SECTIONS
        if field == diagnosis and negated and in_findings and not historical and not hypothetical \
                and info.kind == "lesion":
            # "No pleural effusion", "no cervical lymphadenopathy": the organ the absent finding's own words
            # name was examined; so was the one site a denied diagnosis is typically found in ("no ascites").
            # ... unless its sentence is about a region of another system ("Right axilla: no suspicious
            # lymph nodes").
            elsewhere = any(self._system_of.get(o) != info.system for o in r.strong_sites.get(sent, ())) \
                and not self._opens_own_clause(rec.start, r.sent_starts[sent], lower)
            if info.organ and not elsewhere:
                for f, label in info.adds:
                    if f in anatomy_fields:
                        labels[f].add(label)
                r.anatomy_sents.add(sent)
            elif info.organ is None and not self._held_by_anatomy(k, spans, lower):
                # (not "no ganglion cyst within the carpal tunnel" of a nerve study: placed, not the wrist)
                self._add_denied_site(iri, r.pediatric, labels, r.denied_joints, spans)
        elif field == diagnosis and section in ts.GENERAL_SECTIONS and info.kind == "lesion" and not historical:
            # "Teaching point: not every echogenic liver lesion is a haemangioma": a general statement, but
            # about the organ of the case ... unless other anatomy of its sentence says which organ it is about
            # ("epidermoid cysts are the commonest splenic cysts": the spleen, not the skin epidermoid cysts
            # typically lie in). The case's organ only where the case names none itself: a lesson's example
            # ("Pitfall: pseudoaneurysms also love injection sites" of a forearm abscess) is no organ examined.
            if not self._names_other_anatomy(k, spans, r.sent_starts, sent) \
                    and (site := self._general_site(info, iri, r.pediatric)):
                r.lesson_sites.append(site)
        elif field == self.fields[2] and negated and in_findings and not historical and not hypothetical \
                and iri not in self._landmark_iris and iri not in self._node_parts \
                and not self._describes_flow(k, spans, lower):
            # "The left ovary is not seen", "no fluid in the endometrial cavity": the organ was examined; so was the
            # bowel a hernia's sac is checked for ("no bowel within the sac": guideline, organs in negated statements).
            if iri == self._node_iri:
                # "Abnormal nodes: none" in an axillary study: the nodes of the region the report is about.
                r.deferred.append(("node", sent, info, index))
                return
            if iri in self._generic_vessels:
                # "No venous leak" in a penile Doppler study: a bare vessel word denied is the organ's own vessels,
                # as one asserted is ("arterial RI"): a vessel examined only where the report's organs leave it open
                # (the weak "vessel" site, settled with the report's other organs).
                r.deferred.append(("vessel", sent, info, index))
                return
            for f, label in info.adds:
                labels[f].add(label)
            r.anatomy_sents.add(sent)
        elif field in anatomy_fields and not negated and not in_findings:
            r.fallback_sites.append(info.rolled)
        elif field == diagnosis and status == "uncertain" and in_findings and not historical \
                and not hypothetical and info.kind == "lesion":
            r.doubted_sents.add(sent)
            if info.organ and sent not in r.anatomy_sents and self._lone_diagnosis(k, spans, r.sent_starts, sent):
                # "Suspected parathyroid adenoma.", "?Left renal mass.": the organ the one doubted lesion of its
                # sentence names in its own words was examined, as a denied one's is ("no pleural effusion"); only
                # what the lesion is stays in doubt. (Not one of alternatives, "hydrocele vs inguinal hernia", nor
                # beside anatomy its sentence already named, "lesion in the forearm fat, ?nerve sheath tumour".)
                for f, label in info.adds:
                    if f in anatomy_fields:
                        labels[f].add(label)
                r.anatomy_sents.add(sent)
            else:
                r.hedged_sites.append(self._hedged_site(iri, info, r.pediatric))
        elif historical and not negated and in_findings and section is None \
                and (field in anatomy_fields or (field == diagnosis and info.organ)):
            # "A 67-year-old woman with a palpable right breast abnormality", "she had a liver cyst drained five
            # years earlier": the organ of the presentation or history, examined.
            presented = {f: c for f, c in info.rolled.items() if f in anatomy_fields}
            r.presented_sites.append(presented)
            if field == diagnosis:
                # (the lesion too: a later sentence that reports on it again keeps its organ, followed_history.py)
                r.presented_lesions.append((sent, iri, presented))

    def _label_lesson_sites(self, r: _Report) -> None:
        """The organs a teaching point names or its general diagnosis implies are the case's ("Teaching point: not
        every echogenic liver lesion is a haemangioma") where the case names no organ, or names that one outside its
        lessons too (an "adrenal lesion" of the history); otherwise they are the lesson's examples
        ("Pitfall: a flat IVC won't tell you where the blood is" of a FAST scan, "pseudoaneurysms also love
        injection sites" of a forearm abscess), no organ examined."""
        organ_field, labels, lessons = self.fields[2], r.labels, ts.GENERAL_SECTIONS
        # (the organs the case names anywhere, with any status or role; none: every lesson's organ is the case's. A
        # bare vessel word, "arterial hyperenhancement", is the vessel of an organ, so it names none of its own.)
        # Nor a landmark left unlabelled: "Right anterior chest, 2nd intercostal space: no lung sliding" places the
        # probe, so a pearl's "rib fracture" is still the lesson's example.)
        placed = {i for why, _, info, i in r.deferred if why == "landmark" and info.organ not in labels[organ_field]}
        named = {rec.site for i, rec in enumerate(r.evidence) if rec.site is not None and rec.section not in lessons
                 and rec.iri not in self._generic_vessels and i not in placed}
        for site in r.lesson_sites:
            organ = site.get(organ_field)
            if named and (organ is None or organ.us365k_label not in named):
                continue
            for f in self.fields[1:3]:
                if f in site and (released := site[f].us365k_label):
                    labels[f].add(released)

    def _label_implied_sites(self, r: _Report) -> None:
        """A diagnosis implies its organ where its sentence names none ("DVT", "gallstones", "thyroid nodule")."""
        fields, labels = self.fields, r.labels
        named_systems = {self._system_of.get(o) for o in labels[fields[2]]}
        for (sent, implied_site), apart, spread in zip(r.implied_sites, r.implied_apart, r.implied_spread, strict=True):
            if spread and labels[fields[2]]:
                # "Two subcutaneous deposits at the mastectomy scar", "pleural thickening, thickest deposit 17 mm":
                # a metastasis lies in the organ the report examines, not in its typical site (the liver), unless
                # the report names no organ at all ("Multiple metastases, the largest 3 cm").
                continue
            if sent not in r.anatomy_sents or apart or (sent in r.vessel_sents and sent not in r.organ_sents):
                rolled = self._rollups_of(implied_site.iri)
                system = rolled.get(fields[1])
                organ = rolled.get(fields[2])
                if named_systems and system is not None and organ is not None and organ.iri in self._region_iris \
                        and (implied_site.iri not in self._space_sites or system.us365k_label == self._joint_system) \
                        and (system.us365k_label not in named_systems or self._subcutis_of_an_organ(organ, labels)):
                    # "Surrounding oedema" in a breast report: a region around the organ examined, not a site in
                    # another system; "US LEFT BUTTOCK ... cellulitis": the subcutis of the organ examined, which
                    # wins as a region that is itself an organ value (guideline). A specific site stays ("Baker's
                    # cyst" in a venous study: the knee). A fluid filling its space is there all the same ("an
                    # adnexal mass with moderate ascites": the peritoneum).
                    continue
                if organ is not None and self._joint_of_another_joint(implied_site, organ, labels):
                    continue
                if not r.pediatric and organ is not None and self.taxonomy.is_pediatric(organ) \
                        and states_adult(r.text):
                    continue  # a childhood condition's paediatric organ in a stated adult (adult_conditions.py)
                if r.pediatric:
                    rolled = self._child_rollups(implied_site.iri)
                for f in fields[1:3]:
                    if f in rolled and (released := rolled[f].us365k_label):
                        labels[f].add(released)

    def _effusion_in_the_chest(self, r: _Report) -> None:
        """A bare "effusion" in a report whose anatomy is only the chest or the lung ("a bedside ultrasound of his
        chest ... a moderate effusion on the right", "Lung ultrasound: B-lines, small effusions"): the pleural
        space's, where an effusion of the chest collects (guideline: pleural effusion -> Pleural space). Not where
        its sentence, or the one before, names another organ ("Pericardium: a small effusion", "knee: effusion")."""
        pleural = self._pleural_iri
        if pleural is None or self._effusion_words_gate not in r.cols.touched:
            return  # (most reports: no bare effusion word, one C-level test)
        organ_field, system_field = self.fields[2], self.fields[1]
        rolled = self._rollups_of(pleural)
        target, system = rolled.get(organ_field), rolled.get(system_field)
        if r.pediatric or target is None or system is None or target.us365k_label in r.labels[organ_field] \
                or system.us365k_label not in r.labels[system_field]:
            return  # (a child's chest is read by its paediatric organ; not decided here)
        lower = r.lower
        for rec in r.evidence:
            if rec.field != self._diagnosis_field or rec.historical or rec.hypothetical \
                    or rec.section in ts.NON_FINDING_SECTIONS or rec.value != self._fluid_value \
                    or lower[rec.end - 1] not in self._effusion_words or self._typical_sites(rec.iri):
                continue  # (an effusion that names its own space, "pericardial effusion", is that space's)
            sent = bisect_right(r.sent_starts, rec.start) - 1
            named = r.strong_sites.get(sent, set()) | r.strong_sites.get(sent - 1, set())
            if named - {self._lung_organ, target.us365k_label}:
                continue
            self._label_site(pleural, r.pediatric, r.labels)
            return

    def _label_numbered_parts(self, r: _Report) -> None:
        """A liver segment named by its number in the findings ("a 2 cm cyst in segment 7", "S6/7 haemangioma")
        labels the organ that holds it, even where the report never names that organ or names only others (an
        abdominal study: "... segment 6 ... Spleen normal."), as a finer structure of it would (organ_parts.py)."""
        parts = self._organ_parts
        if parts.site_iri is None or not (r.lesion_sents or r.hedged_sites):
            return  # (a segment places a lesion: none asserted or hedged, no segment to read)
        organ = self._rollups_of(parts.site_iri).get(self.fields[2])
        if organ is not None and organ.us365k_label in r.labels[self.fields[2]]:
            return  # (the liver is labelled already: the usual report that names it)
        named = parts.named_at(r.lower, r.cols.words)
        if named and r.landmark_ends:
            # "fluid adjacent to segment 5 of the liver": a segment after a landmark cue places what lies beside it
            named = [i for i in named if i not in r.landmark_ends
                     and not (i - 1 in r.landmark_ends and r.lower[i - 1] == self._the)]
        if named and in_finding_sections(named, r.idx, r.section_starts, r.sections):
            self._label_site(parts.site_iri, r.pediatric, r.labels)

    def _fluid_in_a_bounded_recess(self, r: _Report) -> None:
        """Free fluid placed between the two organs that bound a peritoneal recess ("a stripe of free fluid between
        the liver and the right kidney", "fluid separating the liver from the kidney"): the fluid lies in that recess
        (guideline: Morison's pouch / the hepatorenal space -> peritoneum), and the organs only place it, so the
        recess's organ is labelled and neither bounding organ is labelled from that sentence (one named as a site
        in another sentence stays). Bounded: a few tokens after each asserted fluid."""
        if not self._recess_bounds or self._fluid_value not in r.labels[self._diagnosis_field] \
                or self._recess_cues_gate not in r.cols.touched:
            return  # (an asserted fluid first, O(1); then a probe per cue word in the report's word set)
        lower, evidence, n = r.lower, r.evidence, len(r.lower)
        for i, rec in enumerate(evidence):
            if rec.field != self._diagnosis_field or rec.status != "present" or rec.historical or rec.hypothetical \
                    or rec.value != self._fluid_value:
                continue
            reach = range(rec.end, min(n, rec.end + _RECESS_CUE_REACH))
            cue = next((j for j in reach if lower[j] in self._recess_cues), None)
            if cue is None:
                continue
            placed: dict[str, MentionRecord] = {}  # adult organ -> the anatomy mention naming it after the cue
            for other in evidence[i + 1 : i + 7]:
                if other.start - cue > _RECESS_ORGAN_REACH:
                    break
                if other.start > cue and other.field in self._anatomy and (organ := self._organ_label(other.iri)):
                    placed.setdefault(organ, other)
            for recess_iri, bounds in self._recess_bounds:
                if bounds <= placed.keys():
                    self._label_site(recess_iri, r.pediatric, r.labels)
                    sent = bisect_right(r.sent_starts, rec.start) - 1
                    self._unlabel_places(r, sent, [placed[o].site for o in bounds])

    def _unlabel_places(self, r: _Report, sent: int, organs: list[str | None]) -> None:
        """Take back organs (and a body system left with no organ) that sentence ``sent`` labelled only as the
        places of a finding lying between them."""
        organ_field, system_field = self.fields[2], self.fields[1]
        for organ in organs:
            if organ is None or any(organ in sites for s, sites in r.strong_sites.items() if s != sent):
                continue
            drop_organ_label(r.labels, system_field, organ_field, organ, self._system_of)
            r.strong_sites.get(sent, set()).discard(organ)

    def _joint_of_another_joint(self, site: Concept, organ: Concept, labels: dict[str, set[str]]) -> bool:
        """A diagnosis typical of a whole joint (a ganglion: the wrist) in a report that labels another organ of
        the joints' body system ("AC joint: ganglion cyst 11 mm", "Ankle ... ganglion from the anterior capsule",
        "Lt forearm: ... ganglion"): the lesion is that organ's, where ganglia also arise, not the joint it is
        commonest in. A nerve of that system only runs through the joint ("a ganglion cyst in the carpal tunnel"
        beside the median nerve: the wrist's), and a diagnosis typical of a structure within a joint ("Baker's
        cyst": the popliteal fossa) still names its own joint."""
        if site.iri != organ.iri or self._system_of.get(organ.us365k_label or "") != self._joint_system:
            return False
        return any(o not in (organ.us365k_label, self._nerve_organ) and self._system_of.get(o) == self._joint_system
                   for o in labels[self.fields[2]])

    def _subcutis_of_an_organ(self, organ: Concept, labels: dict[str, set[str]]) -> bool:
        """The soft tissues a diagnosis implies ("cellulitis") in a report that labels an organ that is not a region
        ("US LEFT BUTTOCK"): that organ's subcutis (guideline: a region that is itself an organ value wins)."""
        return organ.us365k_label == self._tissue_organ and not labels[self.fields[2]] <= self._region_organs
