"""The sites the whole report decides, once every mention is read: the site-settling phase of the findings
component.

Weak sites (landmarks, modifiers, inner structures, regions, vessels) are labelled only where nothing better names
the organ ("using the liver as an acoustic window ... a right adrenal mass": no liver); a denied node diagnosis
names the node region of a body system already labelled ("no cervical lymphadenopathy" in a thyroid study); nodes
named without a region are the region's ("Left axilla: node 2 cm"); a groin report's inguinal hernia is the groin's;
a fistula study's vessels are the fistula's; an organ named only in the title, implied, presented or hedged is
labelled when nothing else is. Kept apart from :mod:`udt.parser.sites` because these rules run after the mention
pass on what it gathered (``_Report``), and each weighs one site against the others of the whole report rather than
reading the words around one mention. :class:`SiteSettlement` is mixed into
:class:`udt.parser.sites.SitesAndFindings`, whose ``__call__`` runs :meth:`SiteSettlement._settle_sites` as one
phase.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections.abc import Set as AbstractSet
from operator import attrgetter
from typing import TYPE_CHECKING

from udt.parser import termset as ts
from udt.parser.access_other_arm import on_other_arm, other_arm, other_arm_vessels
from udt.parser.bare_fistulas import drop_bare_fistula
from udt.parser.echo_areas import region_sentences
from udt.parser.findings import Item
from udt.parser.followed_history import followed_history_sites
from udt.parser.host import SiteRulesHost
from udt.parser.labelled_rows import labelled_row_sentences
from udt.parser.lazy_patterns import lazy_compile
from udt.parser.node_regions import nodes_in_region
from udt.parser.organ_labels import drop_organ_label, label_organs
from udt.parser.record import MentionRecord, mentions_between, mentions_in_chars
from udt.parser.region_keys import key_line, named_on
from udt.parser.sentences import sentence_end
from udt.parser.skin_distances import measured_from_skin, skin_distances
from udt.parser.text_lines import line_bounds, line_start
from udt.parser.vessel_pairs import reported_vessel_pairs
from udt.parser.wall_tissues import settle_wall_tissues
from udt.parser.wordids import word_ids

if TYPE_CHECKING:
    from spacy.strings import StringStore

    from udt.parser.sites import _Info, _Report
    from udt.taxonomy import Concept, Taxonomy

_STATUS = attrgetter("status")  # a mention's status, in C
_NO_LIMB_LESION = "(a limb segment whose sentence holds no lesion)"  # outranks a limb word: it is never labelled
_SCAR_SET = frozenset(ts.SCAR_WORDS)  # an operation's scar or wound (_layer_beside_wall)
_LIMB_EXTENT_REACH = 6  # words before a limb segment read for a verb of extension ("tracking down into the medial")


def _limb_complaint(rec: MentionRecord, text: str) -> bool:
    """A limb segment named with a symptom two words either side ("swollen left calf", "calf pain", "L calf
    swelling.": words, whatever punctuation ends them)."""
    before = re.findall(r"[a-z]+", text[max(0, rec.start_char - 30) : rec.start_char].casefold())[-2:]
    after = re.findall(r"[a-z]+", text[rec.end_char : rec.end_char + 30].casefold())[:2]
    return not ts.LIMB_COMPLAINT_WORDS.isdisjoint(before + after)


def _sentence_words(rec: MentionRecord, text: str) -> list[str]:
    """The lower-case words of the mention's own sentence on its line (between full stops followed by a space)."""
    lo, hi = line_bounds(text, rec.start_char)
    lo = max(lo, text.rfind(". ", lo, rec.start_char) + 1)
    stop = text.find(". ", rec.end_char, hi)
    return re.findall(r"[a-z]+", text[lo : hi if stop < 0 else stop].casefold())


# A limb segment's word (termset.LIMB_SEGMENT_WORDS), read in a line's text before a tissue layer.
_LIMB_SEGMENT_RE = lazy_compile(rf"\b(?:{'|'.join(ts.LIMB_SEGMENT_WORDS)})\b", re.IGNORECASE)


def _layer_in_limb_segment(rec: MentionRecord, text: str) -> bool:
    """A tissue layer whose sentence on its own line names a limb segment ("LEFT ARM (posterior, subcutis): lesion",
    "9 mm lipoma in subcut of L upper arm"): the layer is that segment's, so its lesion is the limb's soft tissues
    (guideline: a forearm or calf lump -> Soft tissues), not a joint's the report also examines ("RIGHT KNEE:
    Baker's cyst") nor the wrist of the sentence before. ("arm" is no soft-tissue word of the ontology, so the segment
    is read from the words.)"""
    return not ts.LIMB_SEGMENT_SET.isdisjoint(_sentence_words(rec, text))


def _layer_beside_wall(rec: MentionRecord, text: str) -> bool:
    """A tissue layer whose line names a part of the trunk beside the body walls ("subcutaneous tissue of the right
    flank", "L loin: subcutaneous lipoma"), and no operation's scar or wound, which places it in the wall operated
    through ("Trocar scar right flank: a collection in the subcutis": guideline, a scar's collection -> the wall)."""
    lo, hi = line_bounds(text, rec.start_char)
    words = text[lo:hi].casefold().replace(":", " ").replace(",", " ").split()
    return not ts.TRUNK_TISSUE_WORDS.isdisjoint(words) and _SCAR_SET.isdisjoint(w.strip(".;()") for w in words)


def _in_trunk_part(rec: MentionRecord, text: str) -> bool:
    """A soft-tissue word whose own sentence (on its line) names a part of the trunk beside the body walls ("Right
    flank soft tissues along a drain tract: 15 mm collection", "left loin subcutis: lipoma"), and no operation's
    scar or wound: the lesion lies in the soft tissues there (guideline: other trunk subcutis -> Soft tissues), not
    in an organ of the same body system the report names elsewhere (the groin of the panel before)."""
    words = _sentence_words(rec, text)
    return not ts.TRUNK_TISSUE_WORDS.isdisjoint(words) and _SCAR_SET.isdisjoint(words)


def _set_apart(rec: MentionRecord, text: str) -> bool:
    """A structure named as what a lesion lies apart from ("lipoma, separate from the fistula", "distinct from the
    vein"): it does not hold the lesion. Reads the three words before it."""
    before = re.findall(r"[a-z]+", text[max(0, rec.start_char - 30) : rec.start_char].casefold())[-3:]
    return not ts.APART_SET.isdisjoint(before)


def _limb_extent(rec: MentionRecord, text: str) -> bool:
    """A limb segment a fluid or lesion reaches into from elsewhere ("fluid tracking down into the medial calf" of a
    ruptured Baker's cyst): the extent of that lesion, whose own organ holds it, not the segment's soft tissues."""
    # (within its own clause: "fluid tracking inferiorly.\nLateral thigh: a haematoma" names the thigh examined)
    clause = re.split(r"[.;:\n]", text[max(0, rec.start_char - 40) : rec.start_char])[-1]
    before = re.findall(r"[a-z]+", clause.casefold())[-_LIMB_EXTENT_REACH:]
    for i, word in enumerate(before):
        if word in ts.LIMB_EXTENT_WORDS:
            # (not into a layer of the segment: "liquid dissecting between the muscles of the calf" lies in them)
            return ts.LIMB_LAYER_WORDS.isdisjoint(before[i + 1 :])
    return False


class SiteSettlement(SiteRulesHost):
    """The rules that settle the sites of a whole report after its mentions are read; a mixin of
    :class:`udt.parser.sites.SitesAndFindings`."""

    # What these rules read, set by SitesAndFindings.__init__ or, for the tables only they read, by
    # _init_settling (declared here so that the type checker knows every attribute the rules use).
    taxonomy: Taxonomy
    fields: tuple[str, ...]
    _abdominal_wall: str | None
    _anatomy: frozenset[str]
    _area_nouns: frozenset[int]
    _area_nouns_gate: int  # (its group: trigger_groups.py)
    _roles: dict[int, str]
    _body_space_iris: frozenset[str]
    _body_walls: frozenset[str]
    _layer_regions: frozenset[str]
    _region_walls: frozenset[str]
    _diagnosis_field: str
    _fistula: str | None
    _generic_vessels: frozenset[str]
    _joint_system: str | None
    _groin: str | None
    _inguinal_canal: str | None
    _neck_system: str | None
    _node_iri: str | None
    _node_iris: frozenset[str]
    _node_organs: frozenset[str]
    _node_parts: frozenset[str]
    _node_region_words: dict[int, str]
    _hernia_iri: str | None
    _skull_organ: str | None
    _tissue_organ_iri: str | None
    _node_region_names: dict[str, str]
    _fluid_value: str | None
    _node_region_organs: frozenset[str]
    _node_regions: frozenset[str]
    _pediatric_diagnoses: frozenset[str]
    _region_organs: frozenset[str]
    _site_organ_memo: dict[str, frozenset[Concept]]
    _system_of: dict[str, str | None]
    _tissue_layers: frozenset[str]
    _tissue_organ: str | None
    _vessel_organs: frozenset[str | None]
    _nerve_organ: str | None
    _wall_hernia_words: frozenset[int]
    _vessels_word: int
    _paired_vessels: tuple[str, ...]
    _groin_hernia_words: frozenset[int]

    def _init_settling(self, strings: StringStore) -> None:
        """Build the tables only these rules read (called once by ``SitesAndFindings.__init__``)."""
        self._wall_hernia_words = word_ids(strings, ts.ABDOMINAL_WALL_HERNIA_WORDS)
        self._groin_hernia_words = word_ids(strings, ts.GROIN_HERNIA_WORDS)
        self._node_region_words = self._region_words_of_nodes(strings)
        self._node_list_links = word_ids(strings, ts.NODE_REGION_LIST_LINKS)
        nerves = self.taxonomy.find("peripheral nerves", self.fields[2])
        self._nerve_organ = nerves.us365k_label if nerves is not None else None
        # A tissue layer beside the skull ("occipital scalp: lesion in the subcutaneous fat, scalloping the outer
        # table", "Scalp: subgaleal haematoma") is the scalp's soft tissue, which the guideline files under the soft
        # tissues, and only the bone beneath it under the skull: the skull holds no layer as an organ holds its own
        # subcutis (read in _settle_sites and _organs_holding_region).
        skull = self.taxonomy.find("skull", self.fields[2])
        self._skull_organ = skull.us365k_label if skull is not None else None
        # A muscle named for itself ("vastus lateralis", "soleus"): a place in a limb or the trunk outside any joint,
        # so a lesion it holds stays in the soft tissues as a limb segment's does (guideline: thigh or calf muscle ->
        # Soft tissues); the bare layer ("muscle", "intramuscular") still yields to the organ it lies in.
        muscle = self.taxonomy.find("muscle", self.fields[2])
        self._named_muscle_iris = frozenset(c.iri for c in self.taxonomy.descendants(muscle)) \
            if muscle is not None else frozenset()
        hernia = self.taxonomy.find("hernia", self.fields[0])
        self._hernia_iri = hernia.iri if hernia is not None else None
        # The artery and vein a limb's "vessels" name together (vessel_pairs.py), gated on the word.
        self._vessels_word = strings.add("vessels")
        self._paired_vessels = tuple(o for name in ("peripheral arteries", "peripheral veins")
                                     if (c := self.taxonomy.find(name, self.fields[2])) is not None
                                     and (o := c.us365k_label))

    def _region_words_of_nodes(self, strings: StringStore) -> dict[int, str]:
        """One word naming the region of a body's nodes, to the organ its nodes are labelled under, from the
        ontology: the word before "lymph node"/"node" in a node concept's names ("cervical", "supraclavicular",
        "axillary", "groin"), and a one-word name of the organ holding them or of that organ's body system
        ("axilla", "neck"). A word naming two organs' nodes is left out."""
        tax, organ_field = self.taxonomy, self.fields[2]
        found: dict[str, str | None] = {}

        def note(word: str, organ: str) -> None:
            found[word] = organ if found.get(word, organ) == organ else None

        for iri in self._node_iris:
            concept = tax.concepts[iri]
            organ = self._rollups_of(iri).get(organ_field)
            if organ is None or not organ.us365k_label:
                continue
            for name in (concept.label, *concept.exact_synonyms):
                words = name.casefold().split()
                if len(words) >= 2 and words[-1] in ts.NODE_HEAD_WORDS:
                    head = words[:-2] if words[-2] == "lymph" else words[:-1]
                    if len(head) == 1 and head[0].isalpha():
                        note(head[0], organ.us365k_label)
            system = self._rollups_of(iri).get(self.fields[1])
            for holder in (organ, system):
                if holder is not None:
                    for name in (holder.label, *holder.exact_synonyms):
                        if name.isalpha():
                            note(name.casefold(), organ.us365k_label)
        self._node_region_names = {w: o for w, o in found.items() if o is not None}
        return {strings.add(w): o for w, o in found.items() if o is not None}

    def _child_organ_of(self, organ: str | None) -> str | None:
        """The paediatric organ an adult organ (by its released label) is filed under in a child, or itself."""
        concept = self.taxonomy.find(organ, self.fields[2]) if organ else None
        child = self._pediatric_of(concept)
        return child.us365k_label if child is not None else organ

    def _node_regions_on_line(self, start_char: int, text: str) -> set[str]:
        """The organs whose nodes the words before a node on its own line name ("- Right supraclavicular fossa: 1.6
        cm node" after a line about the axilla: the neck's)."""
        line = text[line_start(text, start_char) : start_char].casefold()
        names = self._node_region_names
        named: set[str] = set()
        for w in re.findall(r"[a-z]+", line):
            if w == "lymph" or w in ts.NODE_HEAD_WORDS:
                break  # (the node itself, "an enlarged lymph node with loss of its fatty hilum": no region)
            organ = names.get(w)
            if organ is not None:
                named.add(organ)
        return named

    def _node_regions_named(self, start: int, lower: list[int]) -> set[str]:
        """The organs whose nodes the words just before a node diagnosis name ("no supraclavicular or cervical
        lymphadenopathy": the neck's): region words joined by "or"/","/a side, read back at most six tokens."""
        named: set[str] = set()
        for i in range(start - 1, max(-1, start - 7), -1):
            word = lower[i]
            if (organ := self._node_region_words.get(word)) is not None:
                named.add(organ)
            elif word not in self._node_list_links:
                break
        return named

    def _vessel_study(self, evidence: list[MentionRecord], strong_sites: dict[int, set[str]],
                      sent_starts: list[int]) -> bool:
        """Whether the report names, with any status, a diagnosis whose one typical organ is a peripheral vessel
        ("DVT", "no evidence of DVT", "to exclude DVT"): then a bare vessel word ("the deep veins") is the vessel
        examined, even beside another system's organ. A diagnosis whose sentence places it in another organ
        ("a plaque along the tunica albuginea") does not count, nor does that diagnosis restated where no organ is
        named ("IMPRESSION: calcified tunical plaque"): the lesion already placed."""
        diagnosis = self.fields[0]
        candidates: list[MentionRecord] = []
        placed: set[str] = set()  # diagnoses a sentence places in an organ other than a vessel
        for rec in evidence:
            if rec.field != diagnosis:
                continue
            sent = bisect_right(sent_starts, rec.start) - 1
            if all(o in self._vessel_organs for o in strong_sites.get(sent, ())):
                candidates.append(rec)
            else:
                placed.add(rec.iri)
        for rec in candidates:
            if rec.iri not in placed:
                implied = self._implied_sites(rec.iri)
                organ = self._rollups_of(implied[0].iri).get(self.fields[2]) if implied else None
                if organ is not None and organ.iri in self._generic_vessels:
                    return True
        return False

    def _settle_sites(self, r: _Report) -> None:
        """The sites the whole report decides, once every mention is read: margins that are an organ's outline,
        weak sites (landmarks, modifiers, regions), the organ named only in the indication or title, organs
        diagnoses imply, lymph nodes and groins of a region, the fistula's own vessels, and Pediatrics."""
        fields, labels, spans = self.fields, r.labels, r.spans
        organs = labels[fields[2]]
        if r.margins:
            # (a region its echogenicity makes a lesion, "a hypoechoic zone 6 mm with unclear contours", has no
            # mention of its own: echo_areas.py)
            regions = region_sentences(r.items, r.lower, self._area_nouns) \
                if self._area_nouns_gate in r.cols.touched else frozenset()
            if any(contour for _, _, contour in r.margins):
                # (a labelled row, "N3 - isthmus: hypoechoic, 6 mm, irregular contours", is one lesion with no
                # lesion word: its contour is that lesion's margin; labelled_rows.py. Its rows open at sentence
                # starts and colons, which the words' base roles mark.)
                regions = regions | labelled_row_sentences(list(map(self._roles.get, r.lower)), r.sent_starts,
                                                           r.text, r.idx)
            self._organ_contours(r.margins, spans, r.sent_starts, r.strong_sites, labels, r.text, r.idx, regions)
        if r.lesson_sites:
            self._label_lesson_sites(r)
        if r.deferred:
            implied_organs: dict[int, set[str]] = {}  # organs diagnoses imply in sentences naming only weak sites
            for sent, implied_site in r.implied_sites:
                organ = self._rollups_of(implied_site.iri).get(fields[2])
                if organ is not None and (released := organ.us365k_label) and sent in r.vessel_sents \
                        and sent not in r.organ_sents:
                    implied_organs.setdefault(sent, set()).add(released)
            # (and the organs diagnoses imply anywhere: "intussusception ... the right kidney (K) lying posteriorly"
            # names the bowel, the kidney only places it)
            report_implied = {o.us365k_label for _, site in r.implied_sites
                              if (o := self._rollups_of(site.iri).get(fields[2])) is not None and o.us365k_label}
            # A region's sentence holds a finding of its own where it hedges its lesion too ("14 mm lump in the
            # subcutis of the L calf - ?lipoma" in a venous study): the soft tissues were examined, only what the
            # lump is stays in doubt (as "?Left renal mass" names the kidney examined, implied.py).
            finding_sents = r.lesion_sents | r.doubted_sents if r.doubted_sents else r.lesion_sents
            self._settle_weak_sites(r.deferred, labels, r.strong_sites, r.weak_items, r.phrase_start, r.evidence,
                                    r.text, finding_sents, r.sent_starts, implied_organs, report_implied)
        if r.denied_joints:
            self._denied_joints(r.denied_joints, labels)
        # The organ examined is often named only in the indication or title ("US thyroid: ?nodule").
        if not organs and r.fallback_sites:
            for rolled in r.fallback_sites:
                for f in fields[1:3]:
                    if f in rolled and (released := rolled[f].us365k_label):
                        labels[f].add(released)
        if r.implied_sites:
            self._label_implied_sites(r)
        self._sites_by_system(spans, r.lower, labels)
        if self._node_organs & organs:
            self._nodes_of_the_region(spans, labels, r.text)
        if self._groin is not None and self._abdominal_wall in organs and self._groin not in organs \
                and (self._hernia_in_groin(spans, r.sent_starts) or self._groin_hernia(spans, r.lower)):
            # "a femoral hernia sac in the groin": the groin the sentence places the hernia in is the organ
            # examined (guideline), although a region word beside the hernia's own organ was left unlabelled; so is
            # the groin of an inguinal hernia or canal ("Small left inguinal hernia", "Inguinal canals: no hernia";
            # guideline: an inguinal hernia -> Hip groin and buttock). The groin then wins over the wall below,
            # unless other abdominal-wall anatomy or an umbilical or incisional hernia keeps the wall.
            labels[fields[2]].add(self._groin)
            if (groin_system := self._system_of.get(self._groin)) is not None:
                labels[fields[1]].add(groin_system)
        if self._groin is not None and {self._groin, self._abdominal_wall} <= organs:
            self._groin_wins(spans, r.lower, labels)
        if self._fistula is not None and self._fistula in organs \
                and not self._vessel_organs.isdisjoint(organs - {self._fistula}) \
                and not self._vessel_study(r.evidence, r.strong_sites, r.sent_starts):
            # "Outflow cephalic vein 5 mm", "Arterial inflow: patent" in a fistula study: the fistula's own vessels
            # (guideline: an AV fistula and its outflow vein -> Dialysis fistula); a DVT study keeps its veins.
            # ... but a vessel of the other arm is the limb's own ("R IJV: patent" beside an L AVF;
            # access_other_arm.py)
            organs -= self._vessel_organs - {self._fistula} \
                - other_arm_vessels(r.evidence, r.text, self._fistula, self._vessel_organs)
        if not organs and (r.presented_sites or r.hedged_sites):
            # "A 3 cm lesion in segment 5 ... Probable focal nodular hyperplasia": no organ is named, but the organ
            # the case presented with, else the one the hedged diagnosis is typically found in, is the one examined.
            for rolled in r.presented_sites or r.hedged_sites:
                for f in fields[1:3]:
                    if f in rolled and (released := rolled[f].us365k_label):
                        labels[f].add(released)
        elif r.presented_lesions:
            # "after drainage of a liver abscess. The abscess cavity had resolved ... The gallbladder was normal":
            # the history's lesion reported on again, so its organ was examined beside the others named.
            for rolled in followed_history_sites(r.presented_lesions, r.evidence, r.sent_starts, r.anatomy_sents,
                                                 self._diagnosis_field):
                for f in fields[1:3]:
                    if f in rolled and (released := rolled[f].us365k_label):
                        labels[f].add(released)
        if self._tissue_organ in organs and self._layer_regions:
            # "Chest wall: subcutaneous abscess": the wall's subcutis, not the soft tissues (wall_tissues.py)
            settle_wall_tissues(r.evidence, r.sent_starts, r.text, labels, (fields[1], fields[2]), self._tissue_organ,
                                self._tissue_layers, self._layer_regions, self._system_of, self._region_walls)
        if self._fistula is not None and self._fistula in organs:
            # "renal artery PSV at the anastomosis" of a transplant: no dialysis fistula (bare_fistulas.py)
            drop_bare_fistula(r.evidence, r.text, labels, (fields[1], fields[2]), self._fistula, self._system_of)
        if self._vessels_word in r.cols.words and not r.pediatric:
            self._reported_vessel_pairs(r)
        self._effusion_in_the_chest(r)  # (once the chest is labelled, from the findings or the presentation)
        if r.pediatric and any(rec.iri in self._pediatric_diagnoses and rec.status == "present" for rec in spans):
            # A paediatric condition puts the report in the Pediatrics body system even where no organ is named.
            pediatrics = self._pediatric_system()
            if pediatrics is not None:
                labels[fields[1]].add(pediatrics)

    def _reported_vessel_pairs(self, r: _Report) -> None:
        """"The femoral vessels are patent" in the findings: the limb's artery and vein were examined
        (vessel_pairs.py); not in the history or a plan ("Indication: are the femoral vessels patent?")."""
        for start in reported_vessel_pairs(r.text):
            at = bisect_right(r.section_starts, start) - 1  # (sections start at character offsets)
            section = r.sections[at][1] if at >= 0 else None
            if section not in ts.NON_FINDING_SECTIONS and section not in ts.GENERAL_SECTIONS:
                label_organs(self._paired_vessels, r.labels, self.fields[2], self.fields[1], self._system_of)
                return  # (one pair reported on labels both; a second adds nothing)

    def _denied_joints(self, joints: list[dict[str, str]], labels: dict[str, set[str]]) -> None:
        """The joint a denied diagnosis implies ("No Baker's cyst" -> the knee, "no ganglion" -> the wrist) was
        looked at only where the report examines no other joint or limb structure: in a venous study the knee's
        cyst is sought, but in a carpal tunnel study (the median nerve) or a finger's ("a ganglion cyst is
        excluded") the denied ganglion was sought where the nerve or finger lies, not at the wrist. The soft
        tissues, a region, do not count."""
        organ_field = self.fields[2]
        for adds in joints:
            organ = adds.get(organ_field)
            examined = {o for o in labels[organ_field] - {organ}
                        if self._system_of.get(o) == self._joint_system and o not in self._region_organs}
            if not examined:
                for f, label in adds.items():
                    labels[f].add(label)

    def _hernia_in_groin(self, spans: list[MentionRecord], sent_starts: list[int]) -> bool:
        """Whether a sentence names an asserted or hedged hernia and the groin (present, in the findings): the
        hernia lies in the groin."""
        hernia_sents: set[int] = set()
        groin_sents: set[int] = set()
        for rec in spans:
            if not rec.evidence or rec.historical or rec.hypothetical or rec.status == "absent" \
                    or rec.section in ts.NON_FINDING_SECTIONS:
                continue
            if rec.iri == self._hernia_iri:
                hernia_sents.add(bisect_right(sent_starts, rec.start))
            elif rec.field in self._anatomy and self._organ_label(rec.iri) == self._groin:
                groin_sents.add(bisect_right(sent_starts, rec.start))
        return not hernia_sents.isdisjoint(groin_sents)

    def _groin_hernia(self, spans: list[MentionRecord], lower: list[int]) -> bool:
        """Whether the report names the inguinal canal, or an inguinal or femoral hernia (with any status), in its
        findings."""
        for rec in spans:
            if not rec.evidence or rec.historical or rec.hypothetical or rec.section in ts.NON_FINDING_SECTIONS:
                continue
            if rec.iri == self._inguinal_canal:
                return True
            if rec.iri == self._hernia_iri and not self._groin_hernia_words.isdisjoint(lower[rec.start : rec.end]):
                return True
        return False

    def _groin_wins(self, spans: list[MentionRecord], lower: list[int], labels: dict[str, set[str]]) -> None:
        """In a report on the groin, the abdominal wall named only by its inguinal canal or by an inguinal or femoral
        hernia ("LEFT GROIN: no inguinal or femoral hernia") is the groin's (guideline: groin -> Hip groin and
        buttock); an umbilical or incisional hernia, or other abdominal-wall anatomy, keeps it."""
        organ_field, system_field = self.fields[2], self.fields[1]
        for rec in spans:
            if not rec.evidence or rec.historical or rec.hypothetical:
                continue
            if rec.field in self._anatomy and rec.iri != self._inguinal_canal \
                    and self._organ_label(rec.iri) == self._abdominal_wall:
                return
            if rec.field == self.fields[0] and not self._wall_hernia_words.isdisjoint(lower[rec.start : rec.end]):
                return
        drop_organ_label(labels, system_field, organ_field, self._abdominal_wall or "", self._system_of)

    def _settle_weak_sites(self, deferred: list[tuple[str, int, _Info, int]], labels: dict[str, set[str]],
                           strong_sites: dict[int, set[str]], weak_items: dict[int, Item],
                           phrase_start: dict[int, int], evidence: list[MentionRecord], text: str,
                           lesion_sents: set[int], sent_starts: list[int],
                           implied_organs: dict[int, set[str]] | None = None,
                           report_implied: AbstractSet[str] = frozenset()) -> None:
        """Label a weak site only where nothing better names the organ: a landmark when the report names no other
        organ, a modifier or inner structure when its sentence names no other organ, a region (skin, muscle, thigh)
        also not where it holds no finding of its own in a report about another organ."""
        organ_field = self.fields[2]
        # Landmarks after the other weak sites, bare region words last: each is labelled only where nothing
        # settled before it names an organ ("using the liver as an acoustic window ... a right adrenal mass").
        order = {"landmark": 1, "system": 2, "vessel": 2, "texture": 3}
        vessel_study: bool | None = None
        skin_spans: list[tuple[int, int]] | None = None  # the skin-distance phrases, read once where a skin word is
        vessels_settled: dict[int, set[str]] = {}  # sentence -> vessel organs a weak site of it labelled
        landmark_starts: frozenset[int] | None = None  # where the landmarks start, read once a limb segment asks
        # The side opposite the fistula's arm, read once a limb segment asks: a scan over every mention, and nothing
        # below changes a mention's site, status or text (only the labels and the findings' items)
        fistula_other_arm: set[str] | None = None
        others: AbstractSet[str | None]  # body systems hold None for an organ the ontology gives no system
        for why, sent, info, index in sorted(deferred, key=lambda d: order.get(d[0], 0)):
            if why == "region" \
                    and text[evidence[index].start_char : evidence[index].end_char].casefold() == "skin":
                if skin_spans is None:
                    skin_spans = skin_distances(text)
                if labels[organ_field] and measured_from_skin(text, evidence[index].start_char, skin_spans):
                    # "skin to near margin 38 mm" of a liver lesion: where a depth is measured from (the skin still
                    # places a lesion no organ holds, "a flank collection ... skin-to-collection depth 18 mm")
                    continue
            if why == "landmark":
                others = labels[organ_field]
                if not others and implied_organs:
                    # "a DVT behind my right knee": an organ a diagnosis implies (the leg veins) is named too; one
                    # the landmark itself names stays ("a hydrocele ... through the right hemiscrotum")
                    others = set().union(*implied_organs.values()) - {info.organ}
                if not others and report_implied:
                    others = set(report_implied) - {info.organ}
                if not others:
                    # "arterial study: ankle pressures 85 mmHg": a bare vessel word outranks a landmark
                    others = {v.organ for w, _, v, _ in deferred if w == "vessel" and v.organ != info.organ}
                if not others:
                    # "transverse image of the right abdomen ... the right kidney (K) lying posteriorly": a region
                    # named as what is imaged outranks a landmark too
                    others = {v.organ for w, _, v, _ in deferred if w == "system" and v.organ is not None
                              and v.organ != info.organ}
                if others and self._hedged_lesion_of(info, index, evidence, sent_starts):
                    others = set()  # "a structure behind the knee could be a Baker's cyst": the knee's lesion
                elif not others:
                    # "a nodule beside the left thyroid lobe, likely a parathyroid adenoma": the organ the hedged
                    # lesion typically lies in is the one examined (labelled from the hedged sites once no organ
                    # is), the landmark only locates it.
                    others = self._hedged_organs_beside(info, index, evidence, sent_starts)
            elif why in ("structure", "region", "node"):
                # Only an organ of another body system named in the sentence outranks these: a finer structure of
                # another system describes the lesion ("fatty hilum" of an axillary node, "subcutaneous" on the
                # chest wall), of the same one it is usually where the lesion is; a region is where another
                # system's finding lies ("GSV 7 mm at mid thigh"); lymph nodes of a region of another system
                # ("left axilla: 2 nodes") are that region's.
                others = {o for o in strong_sites.get(sent, set()) if self._system_of.get(o) != info.system}
                if why != "node" and nodes_in_region(info.organ, others, self._node_region_organs, self._node_organs):
                    # "Enlarged lymph node in the mesentery": the region files its node (node_regions.py)
                    for f, label in info.adds:
                        labels[f].add(label)
                    continue
                if others and (head := weak_items.get(index)) is not None and \
                        (head.heading or text[: evidence[index].start_char].rstrip().endswith(";")):
                    # "Right kidney: a cyst; left ovary: a cyst", "...; Lt ovary - 32 mm cyst; ...": a heading, or a
                    # site opening a clause, names the organ of its own clause
                    others = set()
                if why == "region" and not others:
                    # "thrombus in the right GSV at mid thigh": a vessel already settled in the sentence outranks
                    others = {o for o in vessels_settled.get(sent, ()) if self._system_of.get(o) != info.system}
                if why == "region" and not others and implied_organs:
                    # "a fistula-in-ano from the anal canal to the skin": the organ the diagnosis implies outranks
                    others = {o for o in implied_organs.get(sent, ()) if self._system_of.get(o) != info.system}
                if why == "region" and not others:
                    others = self._organs_outranking_region(sent, lesion_sents, labels[organ_field])
                if why == "region" and not others and (self._names_limb_segment(evidence[index], text)
                                                        or evidence[index].iri in self._named_muscle_iris):
                    # A limb segment decides its label here; its item (what the findings read) is kept or ignored
                    # as for any region, so that the findings, which place a limb's lesion themselves
                    # (limb_sites.py), stay as they were.
                    if _limb_complaint(evidence[index], text) or _limb_extent(evidence[index], text):
                        # "a swollen calf": why the scan was done; "fluid tracking into the calf": another lesion's
                        limb_others: set[str] = {_NO_LIMB_LESION}
                    else:
                        if landmark_starts is None:
                            landmark_starts = frozenset(evidence[i].start for w, _, _, i in deferred
                                                        if w == "landmark")
                        if fistula_other_arm is None and self._fistula is not None \
                                and self._fistula in labels[organ_field]:  # (only then is it asked for)
                            fistula_other_arm = other_arm(evidence, text, self._fistula)
                        limb_others = self._organs_outranking_limb(sent, lesion_sents, index, evidence,
                                                                   sent_starts, labels[organ_field], text,
                                                                   landmark_starts,
                                                                   fistula_other_arm=fistula_other_arm or set())
                    if not limb_others:
                        for f, label in info.adds:
                            labels[f].add(label)
                    others = self._organs_holding_region(info, labels[organ_field], evidence, text) \
                        if sent in lesion_sents else set()
                    if not others:
                        continue
                elif why == "region" and not others and sent in lesion_sents \
                        and evidence[index].iri not in self._body_space_iris:
                    # (a body space holds its sentence's finding: "Subhepatic: a 2 cm collection" beside the liver)
                    others = self._organs_holding_region(info, labels[organ_field], evidence, text,
                                                         evidence[index].iri in self._tissue_layers,
                                                         key_line(evidence[index], text), evidence[index])
                elif why == "node" and not others:
                    # "Nodes: 3 visualised" in an axillary template: the node region the report is about; unless
                    # the node's own line names its region ("Right supraclavicular fossa: 1.6 cm node").
                    named: set[str | None] = set(self._node_regions_on_line(evidence[index].start_char, text))
                    # (in a child, "Right neck: round nodes" names the nodes' own organ in its adult form: the
                    # paediatric one the node is already filed under, no other region)
                    named = {o for o in named if self._child_organ_of(o) != info.organ}
                    others = named - {info.organ} if named else {
                        o for o in labels[organ_field] if o in self._node_regions
                        and self._system_of.get(o) != info.system}
            elif why == "texture":
                # "soft-tissue mass": the lesion's make-up; the organ only where the report names no other one
                others = labels[organ_field] - {info.organ}
            elif why in ("system", "vessel"):
                # A body system named by a bare region word ("neck", "abdomen"), or a vessel named by a bare
                # vessel word ("feeding artery", "venous flow"): only where the report's organs leave it open,
                # i.e. none of them lies in another system.
                named = {self._system_of.get(o) for o in labels[organ_field]}
                if why == "vessel" and implied_organs:
                    # "... hepatocellular carcinoma, with arterial hyperenhancement": the arteries of the organ a
                    # diagnosis in the same sentence implies.
                    named |= {self._system_of.get(o) for o in implied_organs.get(sent, ())}
                if why == "vessel" and report_implied:
                    # "Focal nodular hyperplasia. ... (B) Colour Doppler shows a central feeding artery": the vessel
                    # of the organ a diagnosis elsewhere in the report implies (not a vessel itself: a varicocele's
                    # veins leave a bare vessel word to the sentence's own reading; nor a joint: the deep veins of a
                    # leg beside a Baker's cyst are the limb's veins examined, not the knee's).
                    named |= {system for o in report_implied if o not in self._vessel_organs
                              and (system := self._system_of.get(o)) != self._joint_system}
                others = named - {info.system} if info.system not in named else set()
                if why == "system" and not others and info.organ is not None \
                        and info.organ not in labels[organ_field] and info.system == self._pediatric_system() \
                        and key_line(evidence[index], text) is None:
                    # A child's bare region word ("neck") is filed under a paediatric organ, and every organ of a
                    # child's report lies in the one Pediatrics system: the organs, not the systems, tell whether
                    # the report leaves it open (an infant hip's "capsule-to-neck" distance, a Baker's cyst's
                    # "neck" to the joint: the hip or knee examined, no head and neck).
                    # (only the organs strong anatomy names: nodes in a child's abdomen are no neck; a region
                    # keying its own line, "Abdomen: ...", is examined)
                    others = strong_sites.get(sent, set()) - {info.organ}
                if why == "system" and others and self._holds_chest_effusion(info, sent, evidence, text, sent_starts):
                    others = set()  # "Chest R: effusion 6 cm deep. Abdomen: no ascites": the chest was examined
                if why == "vessel" and others and self._said_patent(evidence[index], text) \
                        and any(rec.site == info.organ and rec.iri not in self._generic_vessels
                                and rec.start < evidence[index].start
                                for rec in _sentence_evidence(index, evidence, sent_starts)):
                    # "haematoma next to the brachial artery; artery patent": the vessel its sentence named, itself
                    # reported on (as a landmark vessel said patent is, landmarks.py); not an organ's own vessel
                    # ("Main renal artery and vein patent", "Splenic vein patent") nor a lesion's ("feeding artery")
                    others = set()
                if why == "vessel" and others:
                    if vessel_study is None:  # once per report: the scan is over all its mentions
                        vessel_study = self._vessel_study(evidence, strong_sites, sent_starts)
                    if vessel_study:
                        others = set()  # "No DVT ... veins compressible" beside a Baker's cyst: the veins were examined
            else:
                others = strong_sites.get(sent, set())
                if self._skull_organ in others and evidence[index].iri in self._tissue_layers:
                    others = others - {self._skull_organ}  # "Scalp: subgaleal haematoma" (_init_settling)
                if not others and evidence[index].iri in self._tissue_layers:
                    # "US CHEST WALL RIGHT / A subcutaneous lesion overlying the 5th rib": the wall's subcutis.
                    others = self._organs_holding_region(info, labels[organ_field], evidence, text, True,
                                                         layer_rec=evidence[index])
            if not others or (info.organ in others and why != "landmark"):
                for f, label in info.adds:
                    labels[f].add(label)
                if why != "landmark" and info.organ is not None and info.organ in self._vessel_organs:
                    vessels_settled.setdefault(sent, set()).add(info.organ)
                continue
            item = weak_items.get(index)
            if item is None:
                continue
            if why == "node":
                # The region named last before the nodes ("Left axilla: an enlarged node ...; the left ovary is
                # normal": the axilla); else the first by name (node regions: organs, never None)
                region = self._named_last_before(index, evidence, sent_starts[sent], others) \
                    or sorted(o for o in others if o is not None)[0]
                item.organ, item.system = region, self._system_of.get(region)
                continue
            # Not the organ examined: the finding keeps its site; a landmark becomes its location.
            if why in ("modifier", "texture"):
                continue  # "two liver lesions" beside other organs: no organ label, but still the lesion's site
            item.kind = "landmark" if why == "landmark" else "ignored"
            item.concept = " ".join(text[phrase_start[index] : evidence[index].end_char].split()).casefold()

    def _holds_chest_effusion(self, info: _Info, sent: int, evidence: list[MentionRecord], text: str,
                              sent_starts: list[int]) -> bool:
        """A bare region word of the pleural space's body system ("chest") whose sentence holds a bare effusion
        ("Chest R: effusion 6 cm deep"): the region is where that effusion lies (chest_effusions.py), so it is
        examined whatever other systems the report names."""
        place = self._pleural_place()
        if place is None or info.system != place[1]:
            return False
        lo = sent_starts[sent]
        hi = sentence_end(sent_starts, sent, sys.maxsize)
        return any(
            rec.value == self._fluid_value and not rec.negated
            and text[rec.start_char : rec.end_char].casefold().endswith(ts.BARE_EFFUSION_WORDS)
            for rec in mentions_between(evidence, lo, hi)
        )

    def _named_last_before(self, index: int, evidence: list[MentionRecord], lo: int,
                           organs: AbstractSet[str | None]) -> str | None:
        """The organ among ``organs`` of the last mention before ``evidence[index]`` that starts at token ``lo`` or
        later (its sentence), if any."""
        organ_field = self.fields[2]
        for i in range(index - 1, -1, -1):  # (by index: a copy of the mentions before it, per call, was quadratic)
            rec = evidence[i]
            if rec.start < lo:
                break
            organ = self._rollups_of(rec.iri).get(organ_field)
            if organ is not None and organ.us365k_label in organs:
                return organ.us365k_label
        return None

    def _hedged_lesion_of(self, info: _Info, index: int, evidence: list[MentionRecord],
                          sent_starts: list[int]) -> bool:
        """A hedged diagnosis near a landmark, in its sentence, typically lies in the landmark's own organ ("fluid
        behind the knee, possibly a Baker's cyst"): the organ is named for that lesion, not only as a reference
        (an asserted one already names it). Not for a region ("in the medial calf, possibly a haematoma"), where
        lesions of other organs lie too. Looks three mentions either side."""
        if info.organ is None or info.organ in self._region_organs:
            return False
        sent = bisect_right(sent_starts, evidence[index].start)
        for rec in evidence[max(0, index - 3) : index + 4]:
            if rec.status == "uncertain" and rec.field == self.fields[0] \
                    and bisect_right(sent_starts, rec.start) == sent:
                implied = self._implied_sites(rec.iri)
                if implied and self._organ_label(implied[0].iri) == info.organ:
                    return True
        return False

    def _hedged_organs_beside(self, info: _Info, index: int, evidence: list[MentionRecord],
                              sent_starts: list[int]) -> set[str]:
        """The organs hedged diagnoses near a landmark, in its sentence, typically lie in, other than the landmark's
        own ("nodule inferior to the thyroid lobe, probable parathyroid adenoma": the parathyroid). A diagnosis with
        several typical organs ("haematoma or abscess") names none. Reads the landmark's whole sentence, however many
        descriptors stand between ("Posterior to the left thyroid lobe there is a 12 mm oval hypoechoic nodule,
        likely a parathyroid adenoma")."""
        found: set[str] = set()
        for rec in _sentence_evidence(index, evidence, sent_starts):
            if rec.status == "uncertain" and rec.field == self.fields[0]:
                implied = self._implied_sites(rec.iri)
                organ = self._organ_label(implied[0].iri) if implied else None
                if organ is not None and organ != info.organ and organ not in self._region_organs:
                    found.add(organ)
        return found

    def _sites_by_system(self, spans: list[MentionRecord], lower: list[int],
                         labels: dict[str, set[str]]) -> None:
        """A denied diagnosis of lymph nodes in several regions ("lymphadenopathy": cervical, axillary or inguinal)
        names the region in a body system the report already labels: "No cervical lymphadenopathy" in a
        thyroid study examined the neck nodes (guideline), in a breast study the axilla. (An asserted one is a
        finding whose site its sentence or the findings pass gives.)"""
        organ_field, system_field = self.fields[2], self.fields[1]
        systems = labels[system_field]
        if "absent" not in map(_STATUS, spans):
            return  # (the status test runs in C: most reports deny no diagnosis)
        finding_field = self.fields[0]
        for rec in spans:
            # The status first: most mentions are present, so one comparison settles them.
            if rec.status != "absent" or rec.field != finding_field or not rec.evidence or rec.historical \
                    or rec.hypothetical or rec.section in ts.NON_FINDING_SECTIONS or rec.site is not None:
                continue
            organs = self._site_organs(rec.iri)
            if len(organs) < 2:
                continue  # one organ is implied anyway (or denied, "no ascites"); none: nothing to choose
            # Its own words name the region ("no supraclavicular or cervical lymphadenopathy"): that region's nodes.
            named = self._node_regions_named(rec.start, lower)
            if not named and self._tissue_organ in labels[organ_field]:
                # ... or the soft-tissue lump's region does ("posterior neck subcutaneous lipoma ... No
                # lymphadenopathy": the neck's nodes).
                named = self._tissue_lump_regions(spans, lower)
            if named:
                for organ_label in named:
                    labels[organ_field].add(organ_label)
                    if (system := self._system_of.get(organ_label)) is not None:
                        systems.add(system)
                continue
            if not systems:
                continue
            fitting = {o for o in organs if o.us365k_label and self._system_of.get(o.us365k_label) in systems}
            if len(fitting) == 1 and self._tissue_organ in labels[organ_field] and not any(
                    self._system_of.get(o) == self._system_of.get(self._tissue_organ)
                    for o in labels[organ_field] if o != self._tissue_organ):
                # (a system named only by the soft tissues is no region of nodes: "posterior neck subcutaneous
                # lipoma ... No lymphadenopathy" did not examine the groin's nodes)
                fitting = {o for o in fitting
                           if self._system_of.get(o.us365k_label or "") != self._system_of.get(self._tissue_organ)}
            if len(fitting) == 1:
                labels[organ_field].add(next(iter(fitting)).us365k_label or "")

    def _tissue_lump_regions(self, spans: list[MentionRecord], lower: list[int]) -> set[str]:
        """The organs whose nodes the words of the report's soft-tissue mentions name ("posterior neck": the
        neck's); empty when those words name no region of nodes, or two."""
        named: set[str] = set()
        for rec in spans:
            if rec.evidence and rec.field in self._anatomy and not rec.historical and not rec.hypothetical \
                    and self._organ_label(rec.iri) == self._tissue_organ:
                named.update(o for w in lower[rec.start : rec.end] if (o := self._node_region_words.get(w)))
        return named if len(named) == 1 else set()

    def _nodes_of_the_region(self, spans: list[MentionRecord], labels: dict[str, set[str]], text: str) -> None:
        """Lymph nodes named without a region ("lymph node", "nodal metastasis", "fatty hilum") in a report whose nodes
        lie in another body system's node region (an axilla, the mesentery) and that names nothing of the head and
        neck: they are that region's nodes, not the neck's Lymph nodes organ (guideline: axillary nodes -> Axilla).
        A node whose own line names a neck region by a word the ontology holds no anatomy for ("Left supraclavicular
        fossa: 11 mm round node" below the axilla's line) is the neck's, as _settle_weak_sites read it."""
        organ_field, system_field = self.fields[2], self.fields[1]
        if labels[organ_field].isdisjoint(self._node_region_organs):
            return
        for rec in spans:
            if not rec.evidence or rec.field not in self._anatomy or rec.iri in self._node_parts or rec.historical \
                    or rec.hypothetical:
                continue
            if rec.iri == self._node_iri:
                if not self._node_organs.isdisjoint(self._node_regions_on_line(rec.start_char, text)):
                    return  # the neck's nodes, named on the node's own line
                continue
            organ = self._rollups_of(rec.iri).get(organ_field)
            system = self._rollups_of(rec.iri).get(system_field)
            label = organ.us365k_label if organ is not None else None
            if label in self._node_organs or (system is not None and system.us365k_label == self._neck_system):
                return  # "cervical lymph node", "neck", "thyroid": the neck was examined
        for node_organ in self._node_organs & labels[organ_field]:
            drop_organ_label(labels, system_field, organ_field, node_organ, self._system_of)

    def _site_organs(self, iri: str) -> frozenset[Concept]:
        """The released organs of a diagnosis whose typical sites (``Taxonomy.sites``) are all lymph nodes of
        different regions ("lymphadenopathy"); empty for any other diagnosis ("no abscess" names no organ)."""
        found = self._site_organ_memo.get(iri)
        if found is None:
            sites = self.taxonomy.sites(iri)
            found = frozenset(
                organ for site in sites
                if (organ := self._rollups_of(site.iri).get(self.fields[2])) is not None
            ) if sites and all(site.iri in self._node_iris for site in sites) else frozenset()
            self._site_organ_memo[iri] = found
        return found

    def _organs_holding_region(self, info: _Info, organs: set[str], evidence: list[MentionRecord],
                               text: str, layer: bool = False, keyed: tuple[int, int] | None = None,
                               layer_rec: MentionRecord | None = None) -> set[str]:
        """The organs a region word with a finding of its own yields to: an organ of its own body system that is not
        a region ("US RIGHT ELBOW ... thickened subcutaneous tissue, cellulitis": the elbow), or the organ the
        report's title line names ("US CHEST WALL RIGHT ... a subcutaneous lesion overlying the 5th rib"). A region
        that is itself an organ value wins (guideline); "a lipoma in the thigh muscle" alone stays soft tissues.
        A region that keys its own line (``keyed``, that line's span: "Soft tissues: seroma 35 mm" in a venous
        study) yields only to an organ the title or that line names (region_keys.py)."""
        if layer and layer_rec is not None and (
            _layer_in_limb_segment(layer_rec, text) or self._layer_after_limb_segment(info, layer_rec, evidence, text)
        ):
            return set()
        if layer_rec is not None and (layer or layer_rec.iri == self._tissue_organ_iri) \
                and _in_trunk_part(layer_rec, text):
            return set()
        held = {o for o in organs if o not in self._region_organs and self._system_of.get(o) == info.system}
        if layer:
            held.discard(self._skull_organ)  # (the scalp's layers: the soft tissues, _init_settling)
        title_end = text.find("\n")
        if keyed is not None:
            lines = [keyed]
            if 0 <= title_end <= 80 and info.organ is not None \
                    and not named_on({info.organ}, evidence, self._anatomy, [(0, title_end)]):
                # (a title that names the region too lists the study's sites: "lump upper back, and lump R wrist")
                lines.append((0, title_end))
            return named_on(held, evidence, self._anatomy, lines)
        if held or title_end < 0 or title_end > 80:
            return held
        if layer and layer_rec is not None and _layer_beside_wall(layer_rec, text):
            # "US ABDOMINAL WALL ... in the subcutis of the right flank, a lipoma": a part of the trunk beside the wall
            # the title names, the flank's soft tissues (guideline: a flank lipoma -> Soft tissues; wall_tissues.py)
            return held
        for rec in evidence:
            if rec.start_char >= title_end:
                break
            if layer and rec.field in self._anatomy and rec.site is not None and rec.site == info.organ \
                    and rec.iri != self._tissue_organ_iri:
                # ("Station 1: Scalp and ear ... a lesion in the subcutis": a title naming a part of the layer's own
                # soft tissues lists it among the study's sites, so the ear it names too does not take the lesion;
                # the bare "SOFT TISSUES - ABDOMINAL WALL" names the kind of study, and the wall still holds it)
                return set()
            # (a tissue layer, ``layer``, not in a vessel the title names, "US R LEG VEINS": a vein holds no
            # collection of the calf's subcutis; the calf itself is the extent of the vein study)
            if rec.field in self._anatomy and rec.site and rec.site in organs and rec.site not in self._region_organs \
                    and not (layer and rec.site in self._vessel_organs):
                held.add(rec.site)
        if layer:
            held.discard(self._skull_organ)  # ("US SCALP ... a cyst in the subcutaneous tissue": the scalp's subcutis)
        return held

    def _layer_after_limb_segment(self, info: _Info, rec: MentionRecord, evidence: list[MentionRecord],
                                  text: str) -> bool:
        """A tissue layer whose line named a limb segment before it, with no other organ's anatomy between ("Soft
        tissue US - right thigh. At the anterolateral aspect, in the subcutaneous tissue, a lipoma"): the segment the
        study opened with places the layer, so a joint the report examines after it ("Right knee: effusion") does not
        take the lesion. The words before the layer on its line only (a line is a heading's paragraph)."""
        lo, _ = line_bounds(text, rec.start_char)
        seg = None
        for m in _LIMB_SEGMENT_RE.finditer(text, lo, rec.start_char):
            seg = m
        if seg is None:
            return False
        # (the mentions between the segment and the layer, by bisection: a scan of the report's evidence per layer
        # made a long report quadratic)
        return not any(
            r.field in self._anatomy and r.site is not None and r.site != info.organ and r.iri != self._tissue_organ_iri
            for r in mentions_in_chars(evidence, seg.end(), rec.start_char)
        )

    @staticmethod
    def _names_limb_segment(rec: MentionRecord, text: str) -> bool:
        """A region mention that names a limb segment outside any joint ("a lipoma in the right thigh", "a
        collection in the medial calf", "Left upper arm: a lipoma"): the lesion its sentence holds lies in that
        limb's soft tissues, so the joint or axilla the report also examines does not take it over (guideline: a
        forearm or calf lump -> Soft tissues). A tissue layer ("subcutaneous tissue" over the elbow) still yields."""
        return not ts.LIMB_SEGMENT_SET.isdisjoint(text[rec.start_char : rec.end_char].casefold().split())

    def _organs_outranking_limb(self, sent: int, lesion_sents: set[int], index: int, evidence: list[MentionRecord],
                                sent_starts: list[int], organs: set[str], text: str,
                                landmark_starts: AbstractSet[int] = frozenset(), *,
                                fistula_other_arm: AbstractSet[str]) -> set[str]:
        """What a limb segment yields to. Its sentence holds no lesion ("a swollen calf for a week", "Calf: patent"),
        or the diagnosis just before it is denied ("no fluid collection in the calf"): a complaint, the extent of
        a vessel study or a place looked at, never the soft tissues examined. It holds one beside a vessel or nerve
        its sentence names ("a collection in the upper arm adjacent to the fistula", "the ulnar nerve in the
        forearm: a 1.9 cm mass"; not an artery or vein that only places the lesion, "a haematoma in the upper arm
        beside the brachial artery", nor one then said patent, "...; artery patent": the limb's soft tissues, the
        vessel a landmark or examined beside it), or in a fistula study (the arm
        the fistula runs in: "aneurysmal segment in the mid forearm"): that structure's. Not a segment of the other
        arm ("L radiocephalic AVF ... R forearm (old graft site): small seroma") nor one whose sentence sets its
        lesion apart from the fistula ("Left forearm, separate from fistula: lipoma"): the limb's soft tissues, as
        anywhere else."""
        if sent not in lesion_sents:
            return {_NO_LIMB_LESION}
        hi = sentence_end(sent_starts, sent, sys.maxsize)
        if self._fistula is not None and self._fistula in organs \
                and not on_other_arm(fistula_other_arm, text, evidence[index]) \
                and not any(rec.site == self._fistula and _set_apart(rec, text)
                            for rec in mentions_between(evidence, sent_starts[sent], hi)):
            return {_NO_LIMB_LESION}
        for rec in reversed(evidence[max(0, index - 3) : index]):
            if bisect_right(sent_starts, rec.start) - 1 != sent:
                break
            if rec.field == self.fields[0]:
                if rec.status == "absent":
                    return {_NO_LIMB_LESION}
                break
        # The structures of a limb that hold their own lesions (vessels, the fistula, nerves).
        holders = {*self._vessel_organs, self._fistula, self._nerve_organ} - {None}
        found: set[str] = set()
        for rec in mentions_between(evidence, sent_starts[sent], hi):
            if rec.field in self._anatomy and (organ := self._organ_label(rec.iri)) is not None and organ in holders \
                    and not _set_apart(rec, text) \
                    and not (organ in self._vessel_organs and (rec.start in landmark_starts
                                                               or self._said_patent(rec, text))):
                found.add(organ)
        return found

    def _organs_outranking_region(self, sent: int, lesion_sents: set[int], organs: set[str]) -> set[str]:
        """The organs a region word yields to when its sentence holds no finding: "Skin and subcutaneous fat
        without features" in a breast study, "a muscle strain?" in a venous one, "subcutaneous tissue over the
        olecranon" beside the elbow. A region with its own finding ("a lipoma in the thigh muscle") stays."""
        if sent in lesion_sents:
            return set()
        return {o for o in organs if o not in self._region_organs}


def _sentence_evidence(index: int, evidence: list[MentionRecord], sent_starts: list[int]) -> list[MentionRecord]:
    """The evidence of the sentence that holds ``evidence[index]`` (evidence is in report order): read outwards from
    ``index`` until another sentence's mention."""
    sent = bisect_right(sent_starts, evidence[index].start)
    lo = index
    while lo > 0 and bisect_right(sent_starts, evidence[lo - 1].start) == sent:
        lo -= 1
    hi = index + 1
    while hi < len(evidence) and bisect_right(sent_starts, evidence[hi].start) == sent:
        hi += 1
    return evidence[lo:hi]
