"""Words a mention was matched from, read in the sense the report gives them: the word-sense rules of the findings
component.

An abbreviation in its other sense ("PV bleeding": per vaginam, not the portal vein); a comparison ("liver-like
echotexture": no liver); a bare "node" in translated wording for a thyroid nodule ("in the left lobe is determined a
node 8 mm") or a fibroid ("intramural node 18 mm"), and a "nodule" of the myometrium for a fibroid too ("myomatous
nodules: one intramural ...");  a bare "fluid" that is no fluid collection ("fluid-filled", "a
cyst filled with anechoic fluid"); an "echogenic focus" that is the stone its sentence names, not a
calcification, and one that shadows or sits in a lesion, a calcification rather than an echo level
(calcific_foci.py).
Kept apart from :mod:`udt.parser.sites` because each rule decides what one matched word means from the words and
mentions around it, before the mention is read as a finding or a site. :class:`WordSenseRules` is mixed into
:class:`udt.parser.sites.SitesAndFindings`, whose ``__init__`` (with :meth:`WordSenseRules._init_senses` for the
tables only these rules read) sets the tables these rules read (``_other_sense``, ``_bare_node_words``,
``_bare_fluid``, ...) and whose mention pass calls them.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from spacy.strings import get_string_id

from udt.parser import termset as ts
from udt.parser.calcific_foci import focus_echo_word, focus_in_lesion, shadows_with_focus
from udt.parser.host import SiteRulesHost
from udt.parser.lobe_lines import under_lobe_heading
from udt.parser.mentions_back import mentions_back
from udt.parser.record import GENERIC, LOOK_BACK, MentionRecord
from udt.parser.sentence_mentions import mentions_after, sentence_mates
from udt.parser.sentences import sentence_end
from udt.parser.token_numbers import is_number
from udt.parser.wordids import word_ids

if TYPE_CHECKING:
    from spacy.strings import StringStore

    from udt.parser.sites import _Report
    from udt.taxonomy import Taxonomy


class WordSenseRules(SiteRulesHost):
    """Rules that read a matched word in the sense its report gives it; a mixin of
    :class:`udt.parser.sites.SitesAndFindings`."""

    # What these rules read, set by SitesAndFindings.__init__ or, for the tables only they read, by
    # _init_senses (declared here so that the type checker knows every attribute the rules use).
    taxonomy: Taxonomy
    fields: tuple[str, ...]
    _anatomy: frozenset[str]
    _bare_node_words: frozenset[int]
    _bone_words: frozenset[int]
    _soft: int
    _soft_tissue_words: frozenset[int]
    _internal_field: str
    _comma: int
    _listed_the_words: frozenset[int]
    _content_words: frozenset[int]
    _dashes: frozenset[int]
    _size_change_nouns: frozenset[int]
    _change_openers: frozenset[int]
    _change_time_words: frozenset[int]
    _change_bounds: frozenset[int]
    _change_partners: frozenset[int]
    _change_joins: frozenset[int]
    _diagnosis_field: str
    _other_sense_in_lists: frozenset[int]
    _fluid_amount: frozenset[int]
    _fluid_dimensions: frozenset[int]
    _fluid_holding: frozenset[int]
    _fluid_motion: frozenset[int]
    _fluid_amount_ends: frozenset[int]
    _fluid_parts: frozenset[int]
    _fluid_place: frozenset[int]
    _fluid_spaces: frozenset[int]
    _focus_words: frozenset[int]
    _hyphen: int
    _fibroid_iri: str | None
    _lesion_iri: str | None
    _fibroid_position_words: frozenset[int]
    _nodule_iri: str | None
    _mass_iri: str | None
    _carcinoma_words: frozenset[int]
    _adenoma_words: frozenset[int]
    _parathyroid_gland_words: frozenset[int]
    _parathyroid_adenoma: str | None
    _normal_iri: str | None
    _parathyroid_words: frozenset[int]
    _like_words: frozenset[int]
    _node_iri: str | None
    _of: int
    _or_and: frozenset[int]
    _other_sense: dict[int, frozenset[int]]
    _other_sense_before_the: dict[int, frozenset[int]]
    _other_sense_before_words: dict[int, frozenset[int]]
    _other_sense_near: dict[int, frozenset[int]]
    _other_sense_around: dict[int, frozenset[int]]
    _other_sense_organs: dict[int, frozenset[str]]
    _organ_sense_stops: frozenset[int]
    _question: int
    _number_senses: frozenset[int]
    _complaint_mass_nouns: frozenset[int]
    _complaint_mass_words: frozenset[int]
    _sentence_ends: frozenset[int]
    _past_surgery: frozenset[int]
    _surgery_owners: frozenset[int]
    _side_words: frozenset[int]
    _stone_iris: frozenset[str]
    _stone_focus_values: frozenset[str]
    _calcific_focus_iri: str | None
    _single_focus: int
    _foreign_body_iris: frozenset[str]
    _shadowing_iri: str | None
    _microlith_iri: str | None
    _stone_organs: frozenset[str] | None
    _strings: StringStore
    _the: int
    _thyroid_nodule: str | None
    _thyroid_part_words: frozenset[int]
    _thyroid_words: frozenset[int]
    _thyroid_report_words: frozenset[int]
    _lobe_heading_words: frozenset[int]
    _alternative_marks: frozenset[int]
    _uterine_node_words: frozenset[int]
    _node_nature_words: frozenset[int]
    _any_node_words: frozenset[int]
    _uterus: str | None

    def _init_senses(self, strings: StringStore) -> None:
        """Build the tables only these rules read (called once by ``SitesAndFindings.__init__``)."""
        self._bare_node_words = word_ids(strings, ("node", "nodes"))
        microlith = self.taxonomy.find(ts.MICROLITH_VALUE, self._internal_field)
        self._microlith_iri = microlith.iri if microlith is not None else None
        self._stone_organs = None  # (filled at the first microlith: _microlith_is_a_stone)
        self._thyroid_part_words = word_ids(strings, ts.THYROID_PART_WORDS)
        self._thyroid_words = word_ids(strings, ("thyroid", "thyroidal"))
        # A report names the thyroid in its own language too ("Ecografía de tiroides", "nódulo tiroideo", "lobo
        # tiroideo"): the gland's one-word foreign names in the taxonomy make a translated report a thyroid report,
        # so that its nodule's suspected nature (an adenoma, a carcinoma) is that nodule, not a further mass.
        thyroid = self.taxonomy.find("thyroid gland", self.fields[2])
        foreign = () if thyroid is None else (n.casefold() for n in thyroid.foreign_synonyms if " " not in n)
        self._thyroid_report_words = self._thyroid_words | word_ids(strings, tuple(foreign))
        # (a lobe heading: the thyroid's own name heads lines that run on to the neck's nodes, lobe_lines.py)
        self._lobe_heading_words = self._thyroid_part_words - self._thyroid_words
        self._alternative_marks = word_ids(strings, ("?", "or", "vs", "vs.", "versus", "/", ",", "query"))
        self._question = strings.add("?")
        # "PV bleeding": an abbreviation in its other, non-anatomical sense (termset.OTHER_SENSE_AFTER).
        self._other_sense = {strings.add(a): word_ids(strings, ws)
                             for a, ws in ts.OTHER_SENSE_AFTER.items()}
        self._other_sense_before_words = {strings.add(a): word_ids(strings, ws)
                                          for a, ws in ts.OTHER_SENSE_BEFORE.items()}
        self._other_sense_in_lists = word_ids(strings, ts.OTHER_SENSE_BEFORE_IN_LISTS)
        self._other_sense_before_the = {strings.add(a): word_ids(strings, ws)
                                        for a, ws in ts.OTHER_SENSE_BEFORE_THE.items()}
        self._listed_the_words = word_ids(strings, ts.OTHER_SENSE_BEFORE_THE_UNLISTED)
        self._other_sense_near = {strings.add(a): word_ids(strings, ws) for a, ws in ts.OTHER_SENSE_NEAR.items()}
        self._other_sense_organs = {strings.add(a): frozenset(os) for a, os in ts.OTHER_SENSE_ORGANS.items()}
        # (a sentence's or a line's end; not ";", which may join the organ's clauses: "liver small; MCL span 11 cm")
        self._organ_sense_stops = word_ids(strings, (".", "\n", "\n\n", " \n", "\n "))
        self._complaint_mass_nouns = word_ids(strings, ts.COMPLAINT_MASS_NOUNS)
        self._complaint_mass_words = word_ids(strings, ts.COMPLAINT_MASS_WORDS)
        self._other_sense_around = {strings.add(a): word_ids(strings, ws) for a, ws in ts.OTHER_SENSE_AROUND.items()}
        self._number_senses = word_ids(strings, ts.OTHER_SENSE_BEFORE_NUMBER)  # "POD 14": a post-operative day
        self._sentence_ends = word_ids(strings, (".", "\n", "\n\n", ";"))
        self._the = strings.add("the")
        self._possessives = word_ids(strings, ("'s", "’s"))
        self._past_surgery = word_ids(strings, ts.PAST_SURGERY_WORDS)
        self._surgery_owners = word_ids(strings, ts.PAST_SURGERY_OWNERS)
        self._surgery_times = word_ids(strings, ts.PAST_SURGERY_TIMES)
        # Translated reports also call a fibroid a "node" ("intramural node 18 mm") or a "nodule" ("myomatous
        # nodules", "two nodular formations: one intramural ..."): the guideline's "myoma node" = fibroid -> mass.
        self._uterine_node_words = word_ids(strings, ts.UTERINE_NODE_WORDS)
        self._uterus, self._fibroid_iri = self._uterine_node_targets()
        lesion = self.taxonomy.generic_lesion
        self._lesion_iri = lesion.iri if lesion is not None else None
        self._fibroid_position_words = word_ids(strings, ts.FIBROID_POSITION_WORDS)
        nodule = self.taxonomy.find("nodule", self.fields[0])
        self._nodule_iri = nodule.iri if nodule is not None else None
        mass = self.taxonomy.find("mass", self.fields[0])
        self._mass_iri = mass.iri if mass is not None else None
        self._carcinoma_words = word_ids(strings, ts.THYROID_NODULE_NATURES)
        # A bare "adenoma": of the thyroid, its nodule (_thyroid_malignancy); of a parathyroid report, the parathyroid
        # adenoma named in full (_parathyroid_report_adenoma).
        self._adenoma_words = word_ids(strings, ts.ADENOMA_WORDS)
        self._parathyroid_words = word_ids(strings, ts.PARATHYROID_WORDS)
        self._parathyroid_gland_words = word_ids(strings, ts.PARATHYROID_WORDS[:2])  # the gland's own name
        adenoma = self.taxonomy.find("parathyroid adenoma", self._diagnosis_field)
        self._parathyroid_adenoma = adenoma.iri if adenoma is not None else None
        self._node_nature_words = word_ids(strings, ts.NODE_NATURE_WORDS)
        self._any_node_words = word_ids(strings, ts.NODE_WORDS)
        self._fluid_place = word_ids(strings, ts.FLUID_PLACE_WORDS)
        self._fluid_spaces = word_ids(strings, ts.FLUID_SPACE_WORDS)
        self._fluid_verbs: frozenset[int] = word_ids(strings, ts.HOLDING_VERBS)
        self._lumen_words: frozenset[int] = word_ids(strings, ts.LUMEN_WORDS)
        self._fluid_units: frozenset[int] = word_ids(strings, ts.FLUID_UNIT_WORDS)
        # The words of a size ("3.4 x 1.8 cm"): between a space and the fluid that fills it ("the bursa is distended
        # to 3.4 x 1.8 cm with complex fluid"), they lengthen the gap but say nothing else (_size_words).
        self._size_parts: frozenset[int] = word_ids(strings, ts.MEASURE_UNIT_WORDS)
        self._strings = strings  # (a word id's text: a number before a unit)
        self._content_words = word_ids(strings, ts.CONTENT_WORDS)
        self._fluid_amount = word_ids(strings, ts.FLUID_AMOUNT_WORDS)
        self._fluid_dimensions = word_ids(strings, ts.FLUID_DIMENSION_WORDS)
        self._fluid_areas = frozenset(tuple(strings.add(w) for w in pair) for pair in ts.FLUID_AREA_WORDS)
        self._fluid_motion = word_ids(strings, ts.FLUID_MOTION_WORDS)
        self._fluid_amount_ends = word_ids(strings, (".", ",", ";"))  # (after an amount: "fluid small.")
        self._fluid_parts = word_ids(strings, ts.FLUID_PART_NOUNS)
        self._of = strings.add("of")
        self._like_words = word_ids(strings, ts.LIKE_WORDS)
        self._fluid_holding = word_ids(strings, ts.FLUID_HOLDING_WORDS)
        self._dashes = word_ids(strings, ("–", "—"))
        self._size_change_nouns = word_ids(strings, ts.SIZE_CHANGE_NOUNS)
        self._comma = strings.add(",")
        self._change_openers = self._sentence_ends | word_ids(strings, (",", ":"))
        self._change_time_words = word_ids(strings, ts.SIZE_CHANGE_TIME_WORDS)
        self._change_bounds = word_ids(strings, ts.SIZE_CHANGE_BOUNDS)
        self._change_partners = word_ids(strings, ts.SIZE_CHANGE_PARTNERS)
        self._change_joins = word_ids(strings, (",", "and", "&", "/"))
        self._bone_words = word_ids(strings, ts.BONE_WORDS)
        self._soft = strings.add("soft")
        self._soft_tissue_words = word_ids(strings, ts.SOFT_TISSUE_WORDS)

    def _bone_extension(self, rec: MentionRecord, lower: list[int], sent_starts: list[int], sent: int) -> bool:
        """A "soft tissue component" (solid components) of a lesion its sentence places in or on a bone, before it
        ("a lesion of the outer table of the frontal bone without soft tissue component", "cortical lesion of the rib
        with a soft-tissue component"): the lesion's spread out of the bone into the tissues around it, not tissue
        within a lesion (termset.BONE_WORDS). A cyst's or a mass's "soft tissue component" stays solid content."""
        if rec.field != self._internal_field or rec.end - rec.start < 2 or lower[rec.start] != self._soft \
                or lower[rec.start + 1] not in self._soft_tissue_words:
            return False
        return not self._bone_words.isdisjoint(lower[sent_starts[sent]:rec.start])

    def _stones_and_foci(self) -> tuple[frozenset[str], frozenset[str]]:
        """IRIs of stones (the calculus concept and its subclasses: gallstone, kidney stone, sialolith ...) and of
        the calcification values an "echogenic focus" is read as."""
        tax = self.taxonomy
        stone = tax.find("calculus", self.fields[0])
        stones = frozenset({stone.iri, *(c.iri for c in tax.descendants(stone))}) if stone is not None else frozenset()
        calc = next((c for c in tax.values("InternalCharacteristics") if c.us365k_label == ts.CALCIFICATION_VALUE),
                    None)
        values = frozenset({calc.iri, *(c.iri for c in tax.descendants(calc))}) if calc is not None else frozenset()
        return stones, values

    def _focus_is_a_stone(self, k: int, spans: list[MentionRecord], lower: list[int], sent_starts: list[int],
                          sent: int) -> bool:
        """An "echogenic focus" whose own sentence names a stone, said or hedged ("... consistent with a calculus",
        "... may be a stone"): the focus is that stone, not a calcification (guideline: stones give no value). Not
        where the sentence also names a calcification as what the focus may be ("possibly small stones or medullary
        calcification"): a calcification either way, the focus stays one."""
        rec = spans[k]
        if not self._stone_iris or lower[rec.end - 1] not in self._focus_words:
            return False
        if lower[rec.end - 1] != self._single_focus and self._shadow_after(k, spans, sent_starts, sent, len(lower)):
            # "multiple echogenic foci with posterior acoustic shadowing, in keeping with calculi": several bright
            # shadowing foci are calcifications whatever stones they are called (blind_final_38 onward)
            return False
        lo = sent_starts[sent]
        hi = sentence_end(sent_starts, sent, len(lower))
        stone = False
        for other in sentence_mates(spans, k, lo, hi):
            if self._names_a_calcification(other, lower):
                return False
            stone = stone or other.iri in self._stone_iris
        return stone

    def _shadow_after(self, k: int, spans: list[MentionRecord], sent_starts: list[int], sent: int,
                      n_tokens: int) -> bool:
        """A shadowing mention, not denied, follows mention ``k`` in its sentence."""
        return any(other.iri == self._shadowing_iri and not other.negated
                   for other in mentions_after(spans, k, sentence_end(sent_starts, sent, n_tokens)))

    def _calcific_focus(self, k: int, rec: MentionRecord, r: _Report, sent: int) -> bool:
        """The hyperechoic mention ``rec`` names a single echogenic focus that is a calcification (calcific_foci.py):
        one that shadows, in a sentence that names no stone, or one held by the lesion named right before it."""
        if self._calcific_focus_iri is None or rec.negated or rec.end >= r.n_tokens \
                or not focus_echo_word(rec.start, r.lower):
            return False
        lo = r.sent_starts[sent]
        if focus_in_lesion(rec.start, rec.end, r.lower, lo):
            return True
        hi = sentence_end(r.sent_starts, sent, r.n_tokens)
        if not shadows_with_focus(rec.end, r.cols, r.text, hi):
            return False
        # ("... focus with posterior shadowing, consistent with a calculus": the stone itself, no calcification; so is
        # a foreign body named for it)
        named = self._stone_iris | self._foreign_body_iris
        return all(other.iri not in named for other in sentence_mates(r.spans, k, lo, hi))

    def _microlith_is_a_stone(self, rec: MentionRecord, spans: list[MentionRecord], k: int, sent_starts: list[int],
                              sent: int, n_tokens: int) -> bool:
        """A "microlith" placed in its own sentence in an organ where stones form ("Microlith of the left kidney",
        "in the calyces a hyperechoic inclusion 4 mm (microlith)") is a tiny stone, which gives no value (guideline:
        stones give no Diagnosis or descriptor value), not the calcification pattern of a parenchyma (testicular
        microlithiasis, labelled calcifications). The organs where stones form are the organs of the ontology's typical
        sites of a calculus (kidney, ureter, gallbladder, bile ducts), so no organ is listed here."""
        if rec.iri != self._microlith_iri:
            return False
        anatomy, organ_field = self._anatomy, self.fields[2]
        if self._stone_organs is None:  # (the released organs of every stone concept's typical sites, read once)
            self._stone_organs = frozenset(
                organ.iri for iri in self._stone_iris for site in self._typical_sites(iri)
                if (organ := self._rollups_of(site.iri).get(organ_field)) is not None)
        lo, hi = sent_starts[sent], sentence_end(sent_starts, sent, n_tokens)
        # Its organ: the nearest anatomy before it in its sentence, else the first after it ("Testes: bilateral
        # microlithiasis; the left kidney is normal" keeps the testes').
        site = next((o for o in reversed(spans[:k]) if o.start < lo or o.field in anatomy), None)
        if site is None or site.start < lo:
            site = next((o for o in spans[k + 1:] if o.start >= hi or o.field in anatomy), None)
        if site is None or site.start >= hi or site.field not in anatomy:
            return False
        organ = self._rollups_of(site.iri).get(organ_field)
        return organ is not None and organ.iri in self._stone_organs

    def _names_a_calcification(self, rec: MentionRecord, lower: list[int]) -> bool:
        """The mention names a calcification as such ("medullary calcification"), not as a focus."""
        return rec.iri in self._stone_focus_values and lower[rec.end - 1] not in self._focus_words

    def _thyroid_node(self, rec: MentionRecord, lower: list[int], sent_starts: list[int], sent: int) -> bool:
        """A bare "node" next to a thyroid lobe or the isthmus in its sentence is a thyroid nodule in translated
        wording ("in the left lobe there is a hypoechogenic node 11 mm", "Node of right lobe"); a "lymph node" or a
        node in a sentence without a thyroid part ("intramural node", "level III node") stays a node."""
        if self._thyroid_nodule is None or rec.end - rec.start != 1 or lower[rec.start] not in self._bare_node_words:
            return False
        lo = max(sent_starts[sent], rec.start - 10)
        hi = min(sentence_end(sent_starts, sent, len(lower)), rec.end + 6)
        if self._thyroid_part_words.isdisjoint(lower[lo:hi]):
            return False
        return not self._offered_apart(rec.start, rec.end, lower, lo, hi)

    def _thyroid_malignancy(self, k: int, rec: MentionRecord, sent: int, r: _Report) -> None:
        """A bare malignancy word ("TR5 nodule, suspicious for malignancy", "carcinoma cannot be excluded",
        "malignancy-suspicious nodule") in a report of the thyroid names the suspected nature of the nodule it
        weighs: the guideline rolls a thyroid carcinoma up to nodule, not mass. The lesion weighed is the nearest
        diagnosis before it in its sentence, else the next one in it, else the nearest in the sentence before. The
        caller has tested that the report names the thyroid and that ``rec`` is the generic mass."""
        if rec.end - rec.start != 1 or r.lower[rec.start] not in self._carcinoma_words:
            return
        diagnosis, starts = self._diagnosis_field, r.sent_starts
        # (the records read so far hold their released values)
        before = [b for b in r.records[-LOOK_BACK:-1] if b.field == diagnosis and b.value is not None
                  and b.start >= starts[max(sent - 1, 0)]]
        weighed = before[-1] if before and before[-1].start >= starts[sent] else None
        if weighed is None:
            end = sentence_end(starts, sent, len(r.lower))
            weighed = next((a for a in r.spans[k + 1 : k + 1 + LOOK_BACK] if a.start < end and a.field == diagnosis
                            and a.iri != self._lesion_iri), None)
            if weighed is None and before:
                weighed = before[-1]
        # (an adenoma in a thyroid report is a thyroid adenoma: a nodule whatever it is weighed against)
        if r.lower[rec.start] in self._adenoma_words \
                or (weighed is not None and weighed.iri in (self._nodule_iri, self._thyroid_nodule)):
            rec.iri = self._thyroid_nodule  # type: ignore[assignment]  # (tested by the caller)

    def _parathyroid_report_adenoma(self, rec: MentionRecord, r: _Report) -> bool:
        """A bare "adenoma" in a report that names the parathyroids: the parathyroid adenoma the report names in
        full, split by a longer organ name ("left inferior parathyroid adenoma") or recalled ("separate from the
        adenoma"), which the full name and the lesion's own words already give; read as the generic solid tumour
        (mass) it would add a lesion of the wrong class. The caller skips it; tested that the report names the
        parathyroids and that ``rec`` is the generic mass. Right after the gland's name, though, the word is the
        only diagnosis the split name gives ("likely an inferior parathyroid adenoma": the organ's name took
        "inferior parathyroid"), and it is read as the parathyroid adenoma instead."""
        if rec.end - rec.start != 1 or r.lower[rec.start] not in self._adenoma_words:
            return False
        if self._parathyroid_adenoma is not None and rec.start > 0 \
                and r.lower[rec.start - 1] in self._parathyroid_gland_words and not self._lesion_named_before(r):
            # "likely an inferior parathyroid adenoma": the gland's position took "parathyroid" into the organ's
            # name, and no lesion word came before, so this word is the lesion's only diagnosis; read in full, it
            # keeps the lesion (and its hedge)
            rec.iri = self._parathyroid_adenoma  # type: ignore[assignment]  # (tested just above)
            return False
        return True

    def _lesion_named_before(self, r: _Report) -> bool:
        """Whether a diagnosis other than a normal study, not denied, came before the record being read ("a 12 mm
        oval nodule ..., in keeping with ...": the lesion's own word, which a split adenoma name only restates)."""
        diagnosis, normal = self._diagnosis_field, self._normal_iri
        return any(b.field == diagnosis and b.iri != normal and not b.negated for b in r.records[:-1])

    def _lobe_line_node(self, rec: MentionRecord, r: _Report) -> bool:
        """A bare "node" on a line a thyroid lobe heads, in a thyroid report (lobe_lines.py)."""
        if self._thyroid_nodule is None or rec.end - rec.start != 1 or r.lower[rec.start] not in self._bare_node_words:
            return False
        heads = self._lobe_heading_words
        return under_lobe_heading(rec.start, r.lower, r.idx, r.text, _COLON, heads, self._thyroid_words)

    def _offered_apart(self, start: int, end: int, lower: list[int], lo: int, hi: int) -> bool:
        """The thyroid word next to the node is offered as its alternative ("?thyroid ?node", "thyroid or node",
        "node vs thyroid"): a referral asking which of the two a swelling is, so the node is a lymph node. Only
        query marks and alternative words stand between them; reads the window ``lo:hi`` once."""
        i = start - 1
        while i >= lo and lower[i] in self._alternative_marks:
            i -= 1
        if i >= lo and i < start - 1 and lower[i] in self._thyroid_part_words:
            return True
        j = end
        while j < hi and lower[j] in self._alternative_marks:
            j += 1
        return j < hi and j > end and lower[j] in self._thyroid_part_words

    def _nature_of_no_node(self, rec: MentionRecord, lower: list[int], sent_starts: list[int], sent: int) -> bool:
        """A bare nature adjective ("metastatic") read as a nodal metastasis whose sentence, and the next one, name
        no node ("metastatic adenocarcinoma" of the liver; not "Reactive or metastatic? A 14 mm level III node",
        "LN 14 mm, ?reactive ?metastatic"). Queried alternatives written with a spaced "?" ("cervical lymphadenopathy
        ? tubercular ? metastatic") are split into sentences at each "?": the sentences they run on from count too,
        besides the mention's own and the next ("reactive? or metastatic? A 14 mm level III node")."""
        if rec.end - rec.start != 1 or lower[rec.start] not in self._node_nature_words:
            return False
        first = sent
        while first and sent - first < _QUERIED_REACH and lower[sent_starts[first] - 1] == self._question:
            first -= 1  # (the "?" closing the sentence before: the same queried clause)
        lo = sent_starts[first]
        hi = sentence_end(sent_starts, min(sent + 1, len(sent_starts) - 1), len(lower))
        return self._any_node_words.isdisjoint(lower[lo:hi])

    def _in_other_sense(self, rec: MentionRecord, lower: list[int], k: int = -1,
                        spans: list[MentionRecord] | None = None) -> bool:
        """A one-word anatomy abbreviation followed by a word that gives it another sense ("PV bleeding": per
        vaginam, not the portal vein); a hyphen may join them ("PV-spotting"). Also a one-word diagnosis in the sense of
        a process ("interval growth", "growth parameters": growing, no mass), and "cystic" naming a whole lesion or a
        condition ("cystic formation", "cystic disease": no cystic component)."""
        if rec.end - rec.start != 1:
            return False
        if self._other_sense_before(rec.start, lower) or self._other_sense_near_before(rec.start, lower) \
                or self._other_sense_around_it(rec.start, lower) or self._complaint_mass(rec.start, lower):
            return True
        if spans is not None and lower[rec.start] in self._other_sense_organs \
                and self._other_sense_organ_before(k, spans, lower):
            return True
        if lower[rec.start] in self._size_change_nouns and self._change_in_size(rec.start, lower):
            return True
        if lower[rec.start] in self._number_senses and self._counted_day(rec.end, lower):
            return True
        after = self._other_sense.get(lower[rec.start])
        if after is None:
            return False
        j = rec.end + (rec.end < len(lower) and lower[rec.end] == self._hyphen)
        if j >= len(lower) or lower[j] not in after:
            return False
        return lower[j] not in self._past_surgery or self._owned(rec.start, lower)

    def _change_in_size(self, start: int, lower: list[int]) -> bool:
        """A change noun that opens its clause, followed by the amount it measures ("Small AAA, growth 2 mm/yr") or by
        "of" and what changed ("Impression: Growth of the right nodule"): the process of growing. Not after a word of
        its own phrase ("exophytic growth 23 mm", "a growth of the bladder wall") nor before "of" and a size ("growth
        of 3 cm"): a mass (termset.SIZE_CHANGE_NOUNS)."""
        end = start + 1
        if end >= len(lower):
            return False
        prev = lower[start - 1] if start else None
        if lower[end] in self._change_joins and end + 1 < len(lower) and lower[end + 1] in self._change_partners:
            return True  # "growth and anatomy normal": a fetus's growing
        if self._timed_change(end, lower):
            return True  # "Growth of 5 mm in 3 years", "a growth of 4 mm since 2022": a change over time
        if lower[end] == self._of:
            return (prev is None or prev in self._change_openers) and end + 1 < len(lower) \
                and not is_number(self._strings[lower[end + 1]])
        # (not after a heading's colon: "Bladder: growth 23 mm" measures a mass)
        return (prev is None or prev in self._sentence_ends or prev == self._comma) \
            and is_number(self._strings[lower[end]])

    def _timed_change(self, end: int, lower: list[int]) -> bool:
        """An amount after a change noun ending at ``end`` ("growth 3 mm", "growth of 5 mm") that a word of time or a
        percentage follows in its sentence ("in 3 years", "since 2022", "20%"): a change over time, whatever opens
        the phrase ("a growth of 4 mm over two years"); "a growth of 3 cm in the bladder" keeps its mass."""
        i = end + (lower[end] == self._of)
        while i < len(lower) and i - end < 4 and lower[i] in self._change_bounds:
            i += 1  # "growth of more than 20%": the bound before the amount
        if i >= len(lower) or not _is_amount(self._strings[lower[i]]):
            return False
        for j in range(i + 1, min(len(lower), i + 1 + ts.SIZE_CHANGE_TIME_REACH)):
            if lower[j] in self._change_time_words:
                return True
            if lower[j] in self._sentence_ends:
                return False
        return False

    def _counted_day(self, end: int, lower: list[int]) -> bool:
        """A number after the abbreviation ending at ``end`` with no unit after it ("POD 14", "graft check POD 7"):
        the day it counts (termset.OTHER_SENSE_BEFORE_NUMBER), not a depth ("fluid POD 12 mm")."""
        if end >= len(lower) or not is_number(self._strings[lower[end]]):
            return False
        return end + 1 >= len(lower) or lower[end + 1] not in self._fluid_units

    def _owned(self, start: int, lower: list[int]) -> bool:
        """An owner word ("his", "my", "a") opens the phrase ending at ``start``, past one side word ("his right
        hip replacement"): someone's past operation, not the joint a study is of ("the right hip replacement"). So
        does a word of time, also before "the" ("after hip replacement", "before the hip op")."""
        i = start - 1
        if i >= 0 and lower[i] in self._side_words:
            i -= 1
        if i >= 0 and lower[i] == self._the:
            return i > 0 and lower[i - 1] in self._surgery_times
        return i >= 0 and (lower[i] in self._surgery_owners or lower[i] in self._surgery_times)

    def _other_sense_before(self, start: int, lower: list[int]) -> bool:
        """A one-word anatomy term after a word that gives it another sense ("the patient portal", "results on the
        portal": a website, not the portal vein); not where a list of structures goes on ("my portal and hepatic
        veins")."""
        word = lower[start]
        if word not in self._other_sense_before_words or start == 0:
            return False
        at = start - 1  # (the word before, read back past a hyphen and a possessive)
        if lower[at] == self._hyphen and at > 0:
            at -= 1  # "bull's-eye": a hyphen compound reads as its two words
        prev = lower[at]
        if prev in self._possessives and at > 0:
            at -= 1
            prev = lower[at]  # "bull's eye": the owner names the sense ("the patient's portal" too)
        listed = self._lists_on(start + 1, lower)
        if prev == self._the:  # "on the portal": read a website on, not flow in ("on the portal and hepatic veins")
            if at == 0 or lower[at - 1] not in self._other_sense_before_the.get(word, ()):
                return False
            # ("from the portal:" is the website's; "flow from the portal and splenic veins" the vein's)
            return not listed or lower[at - 1] not in self._listed_the_words
        # (a list goes on after a structure's name only: "arterial enhancement and washout" is still contrast's)
        return prev in self._other_sense_before_words[word] and (not listed or word in self._other_sense_in_lists)

    def _lists_on(self, j: int, lower: list[int]) -> bool:
        """Whether a list of structures may go on at token ``j`` after a name ("portal and hepatic veins", "portal,
        splenic and mesenteric veins"); not a comma before a number, which measures what was named ("the arthroscopy
        portal, 2,4 x 0,8 cm")."""
        if j >= len(lower) or lower[j] not in self._or_and:
            return False
        return lower[j] != self._comma or j + 1 >= len(lower) or not is_number(self._strings[lower[j + 1]])

    def _complaint_mass(self, start: int, lower: list[int]) -> bool:
        """A mass the patient or the referrer felt ("palpable neck mass", "pulsatile abdominal mass", "feeling of a
        mass"): the complaint, not a lesion the scan shows (termset.COMPLAINT_MASS_WORDS)."""
        if lower[start] not in self._complaint_mass_nouns:
            return False
        for i in range(start - 1, max(-1, start - 1 - ts.COMPLAINT_MASS_REACH), -1):
            if lower[i] in self._complaint_mass_words:
                return True
            if not self._strings[lower[i]].isalpha():
                return False
        return False

    def _other_sense_near_before(self, start: int, lower: list[int]) -> bool:
        """An abbreviation whose other sense a word just before it in its sentence names ("liver 16 cm in the MCL":
        the mid-clavicular line, not the knee's ligament; termset.OTHER_SENSE_NEAR)."""
        near = self._other_sense_near.get(lower[start])
        if near is None:
            return False
        for i in range(start - 1, max(-1, start - 1 - ts.OTHER_SENSE_NEAR_REACH), -1):
            if lower[i] in near:
                return True
            if lower[i] in self._sentence_ends:
                return False
        return False

    def _other_sense_organ_before(self, k: int, spans: list[MentionRecord], lower: list[int]) -> bool:
        """An abbreviation whose other sense the organ of the nearest anatomy mention before it in its sentence names
        ("Leber: normal groß (MCL 14 cm)", "Hepar: 17,5 cm MCL": the liver's mid-clavicular line, in any language the
        organ's word is written in; termset.OTHER_SENSE_ORGANS). "Knee: MCL thickened" keeps its ligament."""
        organs = self._other_sense_organs[lower[spans[k].start]]
        for prev in mentions_back(spans, k, lower, ts.OTHER_SENSE_NEAR_REACH, self._organ_sense_stops):
            if prev.field in self._anatomy:
                return self._organ_label(prev.iri) in organs
        return False

    def _other_sense_around_it(self, start: int, lower: list[int]) -> bool:
        """An abbreviation whose other sense a word on either side of it in its sentence names ("known AML, on
        chemotherapy": the leukaemia, not a renal angiomyolipoma; termset.OTHER_SENSE_AROUND)."""
        near = self._other_sense_around.get(lower[start])
        if near is None:
            return False
        reach = ts.OTHER_SENSE_NEAR_REACH
        for step in (-1, 1):
            i = start + step
            while 0 <= i < len(lower) and abs(i - start) <= reach and lower[i] not in self._sentence_ends:
                if lower[i] in near:
                    return True
                i += step
        return False

    def _like_anatomy(self, rec: MentionRecord, lower: list[int]) -> bool:
        """Anatomy followed by "-like" or "-shaped" ("liver-like echotexture", "lens-shaped collection"): a
        comparison, no organ."""
        j = rec.end + (rec.end < len(lower) and lower[rec.end] == self._hyphen)
        return j > rec.end and j < len(lower) and lower[j] in self._like_words

    def _uterine_node_targets(self) -> tuple[str | None, str | None]:
        """The released organ of the uterine fibroid's typical site (the uterus) and the fibroid concept: what a
        translated myomatous "node" is examined in and is (both read from the ontology)."""
        fibroid = self.taxonomy.find("uterine fibroid", self.fields[0])
        implied = self._implied_sites(fibroid.iri) if fibroid is not None else ()
        organ = self._rollups_of(implied[0].iri).get(self.fields[2]) if implied else None
        if organ is None or fibroid is None:
            return None, None
        return organ.iri, fibroid.iri

    def _uterine_node(self, k: int, spans: list[MentionRecord], lower: list[int], sent_starts: list[int],
                      sent: int) -> bool:
        """A bare "node" in a report that has named the uterus, beside a word of a fibroid's position ("intramural",
        "subserous", "on the posterior wall") or uterine anatomy in its sentence, is a myomatous node in translated
        wording (guideline: a myometrial "node" is a lesion, no Lymph nodes); "pelvic nodes" stay nodes."""
        rec = spans[k]
        if self._uterus is None or rec.iri != self._node_iri or rec.end - rec.start != 1 \
                or lower[rec.start] not in self._bare_node_words:
            return False
        return self._beside_uterus(k, spans, lower, sent_starts, sent)

    def _uterine_nodule(self, k: int, spans: list[MentionRecord], lower: list[int], sent_starts: list[int],
                       sent: int) -> bool:
        """A generic "nodule" ("myomatous nodules", "nodular formations") whose sentence names the uterus before it,
        or whose nearest anatomy before it is the uterus, beside a fibroid's position word or uterine anatomy: a
        fibroid. Not any anatomy in the look-back, so that a bladder-wall nodule after a normal uterus stays a
        nodule ("Uterus in AVF ... with myomatous nodules": the sentence's uterus, past an abbreviation's other
        sense)."""
        if self._uterus is None or spans[k].iri != self._nodule_iri:
            return False
        first = sent_starts[sent]
        nearest = True
        for s in reversed(spans[max(0, k - LOOK_BACK) : k]):
            if s.field not in self._anatomy:
                continue
            if self._organ_iri(s.iri) == self._uterus:
                break
            if s.start < first:
                return False
            nearest = False  # another organ between: only the sentence's own uterus places the nodule
        else:
            return False
        if not (nearest or s.start >= first) or not self._beside_uterus(k, spans, lower, sent_starts, sent):
            return False
        # A fibroid's own position word near it ("myomatous", "intramural", the myometrium): "subendometrial
        # echogenic nodules" on a posterior wall are adenomyosis, not fibroids.
        lo = max(first, spans[k].start - 8)
        hi = min(sentence_end(sent_starts, sent, len(lower)), spans[k].end + 8)
        return not self._fibroid_position_words.isdisjoint(lower[lo:hi])

    def _beside_uterus(self, k: int, spans: list[MentionRecord], lower: list[int], sent_starts: list[int],
                       sent: int) -> bool:
        """The uterus named among the mentions before ``k``, and a fibroid's position word or uterine anatomy near
        it in its sentence."""
        rec = spans[k]
        organ_field, uterus = self.fields[2], self._uterus
        # (the uterus named among the mentions just before: a bounded look-back keeps the pass linear)
        if not any(s.field in self._anatomy and self._organ_iri(s.iri) == uterus
                   for s in spans[max(0, k - LOOK_BACK) : k]):
            return False
        lo = max(sent_starts[sent], rec.start - 8)
        hi = min(sentence_end(sent_starts, sent, len(lower)), rec.end + 8)
        if not self._uterine_node_words.isdisjoint(lower[lo:hi]):
            return True
        return any(lo <= s.start < hi and s.field == organ_field
                   and self._organ_iri(s.iri) == uterus for s in spans[max(0, k - 4) : k + 4])

    def _bare_fluid_not_collection(self, k: int, spans: list[MentionRecord], lower: list[int]) -> bool:
        """A one-word "fluid" that is no fluid collection: joined to a next word ("fluid-filled", "fluid-debris
        level"), a passage ("no passage of fluid into the duodenum"), or, asserted, neither placed in named anatomy
        ("fluid in the subacromial bursa") nor measured ("small fluid", "a small amount of fluid") -- "within the
        fluid" of a cyst, "fluid analysis" are its content or a test. Denied, it is the collection denied ("no
        fluid")."""
        rec = spans[k]
        start, end, n = rec.start, rec.end, len(lower)
        if end < n and lower[end] in (self._hyphen, *self._dashes):
            return True
        if end < n and (lower[end] in self._fluid_motion or lower[end] in self._fluid_parts):
            return True  # "fluid analysis", "a cyst with liquid content"
        if start >= 2 and lower[start - 1] == self._of and lower[start - 2] in self._fluid_motion:
            return True
        if rec.negated:
            return False
        before = lower[max(0, start - 3) : start]
        if not self._fluid_amount.isdisjoint(before):
            return False
        if end + 1 < n and lower[end] in self._fluid_amount and lower[end + 1] in self._fluid_amount_ends:
            return False  # "Perivesicular fluid small.": its amount written after it, closing the clause
        if self._of in before and not self._fluid_units.isdisjoint(before) \
                and any(w in self._fluid_units and nxt == self._of for w, nxt in pairwise(before)):
            return False  # "4 mm of anechoic fluid": measured
        if end + 1 < n and lower[end + 1] in self._fluid_units and is_number(self._strings[lower[end]]):
            return False  # "SASD bursitis, fluid 4 mm": measured, the way a rheumatology note writes a collection
        if self._layer_measured(end, lower):
            return False  # "Left pleural cavity: fluid layer 1,2 cm", "liquid, layer thickness 46 mm"
        if start >= 2 and lower[start - 1] in self._fluid_units and is_number(self._strings[lower[start - 2]]) \
                and (end >= n or lower[end] not in self._fluid_dimensions):
            return False  # "Splenorenal: 9 mm fluid": measured, the depth written before it
        for j in range(k - 1, max(-1, k - 4), -1):  # the anatomy before, past descriptors ("anechoic")
            prev = spans[j]
            if start - prev.end - self._size_words(lower, prev.end, start) > 6:
                break
            if prev.field in self._anatomy:
                if not self._fluid_holding.isdisjoint(lower[prev.end : start]):
                    # "olecranon bursa containing anechoic fluid"; not a hollow organ's content ("stomach
                    # distended with fluid", "bowel loops filled with fluid")
                    return lower[prev.end - 1] in self._lumen_words
                break
            if prev.field == self.fields[0] and prev.kb != GENERIC \
                    and not self._content_words.isdisjoint(lower[prev.end : start]):
                # "a cyst filled with anechoic fluid": the lesion's content, no collection of its own (a plain "with"
                # may add one: "ruptured cyst with fluid in the pouch of Douglas")
                return True
        end = self._past_holding_verbs(_past_bracket(end, lower), lower)  # "fluid (asterisk) distending the
        # sheath": a legend's pointer between; "fluid is seen around the spleen": a verb of finding between
        if end < n and lower[end] in self._fluid_place:
            return not self._fluid_placed(k, spans, lower)
        return True

    def _size_words(self, lower: list[int], lo: int, hi: int) -> int:
        """How many words of ``lower[lo:hi]`` write a size (numbers, units, "x"): a space's own size between it and
        the fluid that fills it ("olecranon bursa distended to 3.4 x 1.8 cm with complex fluid") is one phrase, not
        four words that part the fluid from its place."""
        return sum(1 for w in lower[lo:hi] if w in self._size_parts or is_number(self._strings[w]))

    def _layer_measured(self, end: int, lower: list[int]) -> bool:
        """The words after a bare "fluid" at ``end`` measure its layer: a dimension word ("layer", "depth",
        "thickness"), after a comma or not, then a number and a length unit within four words ("fluid layer 1,2 cm",
        "liquid, layer up to 12 mm", "fluid with layer thickness 46 mm", "liquid dark area, depth about 2.2 cm")."""
        n, j = len(lower), end
        if j + 1 < n and (lower[j], lower[j + 1]) in self._fluid_areas:
            j += 2  # "liquid dark area, depth about 2.2 cm": the area the translated report names, then its layer
        if j < n and lower[j] in self._fluid_holding:
            j += 1  # "with"
        elif j < n and lower[j] == self._comma:
            j += 1
        if j >= n or lower[j] not in self._fluid_dimensions:
            return False
        for i in range(j + 1, min(n - 1, j + 5)):
            if lower[i + 1] in self._fluid_units and is_number(self._strings[lower[i]]):
                return True
        return False

    def _past_holding_verbs(self, end: int, lower: list[int]) -> int:
        """The position after at most two verbs of being or finding at ``end`` ("is seen", "was noted", "present"),
        which may stand between a bare "fluid" and the preposition that places it; ``end`` where there is none."""
        j = end
        while j < len(lower) and j - end < 2 and lower[j] in self._fluid_verbs:
            j += 1
        return j

    def _fluid_placed(self, k: int, spans: list[MentionRecord], lower: list[int]) -> bool:
        """A bare "fluid" placed in named anatomy just after it ("fluid in the subacromial bursa"), or in a space
        that holds fluid named by its own noun ("fluid distending the flexor tendon sheath", "fluid in the
        posterior recess"), within four words."""
        end = self._past_holding_verbs(_past_bracket(spans[k].end, lower), lower)
        if end >= len(lower) or lower[end] not in self._fluid_place:
            return False
        nxt = spans[k + 1] if k + 1 < len(spans) else None
        if nxt is not None and nxt.field in self._anatomy and nxt.start <= end + 4:
            return True
        limit = min(len(lower), end + 5, nxt.start if nxt is not None else len(lower))
        return not self._fluid_spaces.isdisjoint(lower[end + 1 : limit])

    def _node_in_translation(self, k: int, rec: MentionRecord, sent: int, r: _Report) -> None:
        """A bare "node" that translated wording uses for a thyroid nodule ("in the left lobe is determined a
        node 8 mm") or for a fibroid ("intramural node 18 mm"): the mention names that lesion."""
        if (self._thyroid_node(rec, r.lower, r.sent_starts, sent) or self._lobe_line_node(rec, r)) \
                and self._thyroid_nodule is not None:  # (always so when either is true)
            rec.iri, rec.field = self._thyroid_nodule, self._diagnosis_field
        elif self._fibroid_iri is not None and self._uterine_node(k, r.spans, r.lower, r.sent_starts, sent):
            # A diagnosis named after it in its sentence ("an intramural node of 22 mm, probably myoma") names the
            # node, with its own status: the node is then only the lesion it refines.
            lesion = self._lesion_iri
            named = lesion is not None and self._named_later(k, r.spans, r.sent_starts, sent)
            rec.iri = lesion if named and lesion is not None else self._fibroid_iri
            rec.field = self._diagnosis_field

    def _named_later(self, k: int, spans: list[MentionRecord], sent_starts: list[int], sent: int) -> bool:
        """A diagnosis mention after mention ``k`` in its sentence (a bounded look-ahead)."""
        end = sentence_end(sent_starts, sent, spans[-1].end + 1)
        for s in spans[k + 1 : k + 1 + LOOK_BACK]:
            if s.start >= end:
                return False
            if s.field == self._diagnosis_field:
                return True
        return False

    def _nodule_in_uterus(self, k: int, rec: MentionRecord, sent: int, r: _Report) -> None:
        """A "nodule" of the myometrium: the mention names a fibroid (:meth:`_uterine_nodule`)."""
        if self._fibroid_iri is not None and self._uterine_nodule(k, r.spans, r.lower, r.sent_starts, sent):
            rec.iri = self._fibroid_iri


_OPEN, _CLOSE = get_string_id("("), get_string_id(")")
_COLON = get_string_id(":")
# Sentences split off by a spaced "?" read back for a queried clause's node ("lymphadenopathy ? tubercular ? reactive
# ? metastatic"): a bound, so that a run of question marks is not read again for each nature word in it.
_QUERIED_REACH = 4


def _is_amount(word: str) -> bool:
    """A number, or one the tokenizer keeps glued to its length unit ("3mm" in "growth 3mm/yr")."""
    return is_number(word) or (word.endswith(("mm", "cm")) and is_number(word[:-2]))


def _past_bracket(end: int, lower: list[int]) -> int:
    """The position after a short bracketed group at ``end`` ("(asterisk)", "(arrows)", "(A)"), a figure legend's
    pointer that stands between a word and what places it; ``end`` itself where there is none (at most 4 words)."""
    if end < len(lower) and lower[end] == _OPEN:
        for j in range(end + 1, min(len(lower), end + 5)):
            if lower[j] == _CLOSE:
                return j + 1
    return end
