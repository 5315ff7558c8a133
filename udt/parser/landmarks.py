"""Why anatomy a report names may not be an organ the study is about: the landmark and weak-site rules of the
findings component.

"posterior to the bladder", "hypoechoic to the liver and spleen", "kidney (RK)" after its anchor, a figure legend's
key ("L, liver; RK, right kidney"), a structure "labelled for orientation", a vessel list ("the subclavian, axillary
and cephalic veins"), a joint that places a vessel, its finding or its flow ("thrombus in the cephalic vein at the
elbow", "monophasic waveforms at the ankle"), an organ word qualifying a lesion ("soft-tissue mass"), a finer
structure inside a lesion's description ("... with a fatty hilum"). :meth:`LandmarkRules._weak_site` says why a
mention is weak and where its phrase starts; the sites component's mention pass calls it for every asserted anatomy
mention and settles the weak ones after the pass. Kept apart from :mod:`udt.parser.sites` because these rules read
only the words and mentions around one mention (no state gathered by the pass), so they are one idea that can be
read and tested alone.
:class:`LandmarkRules` is mixed into :class:`udt.parser.sites.SitesAndFindings`, whose ``__init__`` (with
:meth:`LandmarkRules._init_landmarks` for the tables only these rules read) sets the tables these rules read
(``_landmark_iris``, ``_vessel_place_words``, ...).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from udt.parser import termset as ts
from udt.parser.host import SiteRulesHost
from udt.parser.mentions_back import mentions_back
from udt.parser.node_chains import names_a_node_chain
from udt.parser.record import GENERIC, MentionRecord
from udt.parser.trigger_groups import TRIGGER_GROUPS
from udt.parser.units import LENGTH_UNIT_WORDS
from udt.parser.wordids import word_ids

if TYPE_CHECKING:
    from spacy.strings import StringStore

    from udt.parser.sites import _Info
    from udt.parser.vocabulary import Vocabulary
    from udt.taxonomy import Taxonomy

_KEY_LABEL_CHARS = 4  # longest label a legend's key spells out ("CCA, common carotid artery")
_ORIENTATION_REACH = 14  # tokens read ahead for "labelled for orientation" (_named_for_orientation)
_VESSEL_LOOKBACK = 8  # mentions looked back for the vessel whose flow a joint locates (_joint_of_a_flow)
_PART_GAP = 8  # tokens between two joined landmarks when the second is named by its part ("and the upper pole of")
_NODE_REGION_REACH = 16  # tokens between a node and the region named after it (its description between)
_SCAR_LEAD_REACH = 24  # tokens from a scar phrase opening a sentence to the lesion it places (_scar_holds_its_lesion)
_DIFFERENTIAL_REACH = 24  # tokens looked back for the head of a differential list (_in_differential_list)


class WeakSiteCues(NamedTuple):
    """Which of :meth:`LandmarkRules._weak_site`'s readings the report's words allow at all: read once per report
    (:meth:`LandmarkRules.weak_site_cues`), not again for each of its anatomy mentions (five probes of the report's
    word set per mention, the same answer each time)."""

    complaint: bool  # a complaint word or state ("dry", "racing"): an organ named in what the patient feels
    differential: bool  # a differential's head word ("differential", "ddx"): an organ in a list of possibilities
    orientation: bool  # "labelled", "marked" ...: an organ named to orient an image
    position: bool  # a direction word ("superior", "lateral"): an organ placed relative to another


class LandmarkRules(SiteRulesHost):
    """Rules that say why anatomy may not name an organ examined; a mixin of
    :class:`udt.parser.sites.SitesAndFindings`."""

    def weak_site_cues(self, touched: frozenset[int]) -> WeakSiteCues:
        """The report's :class:`WeakSiteCues` (``touched``: the trigger groups of its words, ``TokenColumns.touched``:
        see trigger_groups.py)."""
        return WeakSiteCues(
            complaint=self._complaint_words_gate in touched or self._complaint_states_gate in touched,
            differential=self._differential_heads_gate in touched,
            orientation=self._orientation_cues_gate in touched,
            position=self._position_directions_gate in touched,
        )

    # What these rules read, set by SitesAndFindings.__init__ or, for the tables only they read, by
    # _init_landmarks (declared here so that the type checker knows every attribute the rules use).
    taxonomy: Taxonomy
    vocabulary: Vocabulary
    fields: tuple[str, ...]
    _anatomy: frozenset[str]
    _complaint_words_gate: int  # (trigger_groups.py)
    _complaint_states_gate: int  # (trigger_groups.py)
    _differential_heads_gate: int  # (trigger_groups.py)
    _orientation_cues_gate: int  # (trigger_groups.py)
    _position_directions_gate: int  # (trigger_groups.py)
    _brackets: tuple[int, int]
    _clause_ends_for_lists: frozenset[int]
    _clause_marks: frozenset[int]
    _comma: int
    _coordination_fillers: frozenset[int]
    _copula_words: frozenset[int]
    _complaint_adjectives: frozenset[int]
    _complaint_words: frozenset[int]
    _complaint_fillers: frozenset[int]
    _complaint_lumps: frozenset[int]
    _complaint_digits: frozenset[int]
    _complaint_digit_joins: frozenset[int]
    _differential_heads: frozenset[int]
    _differential_stops: frozenset[int]
    _differential_verbs: frozenset[int]
    _duct_heads: frozenset[int]
    _fillers: frozenset[int]
    _flow_words: frozenset[int]
    _fluid_value: str | None
    _for: int
    _from: int
    _generic_vessels: frozenset[str]
    _hyphen: int
    _info: dict[str, _Info]
    _joint_flow_words: frozenset[int]
    _joint_system: str | None
    _key_openers: frozenset[int]
    _landmark_coordinators: frozenset[int]
    _landmark_iris: frozenset[str]
    _list_joiners: frozenset[int]
    _named_vessel_iris: frozenset[str]
    _node_iri: str | None
    _node_iris: frozenset[str]
    _node_chain_gaps: frozenset[int]
    _vessel_only_cues: frozenset[int]
    _node_parts: frozenset[str]
    _node_region_organs: frozenset[str]
    _or_and: frozenset[int]
    _orientation_marks: frozenset[int]
    _panel_openers: frozenset[int]
    _the: int
    _orientation_stops: frozenset[int]
    _orientation_cues: frozenset[int]
    _orientation_verbs: frozenset[int]
    _orientation_words: frozenset[int]
    _orientation_roles: frozenset[int]
    _apart_words: frozenset[int]
    _apart_links: frozenset[int]
    _near_words: frozenset[int]
    _but: int
    _as: int
    _role_articles: frozenset[int]
    _background_words: frozenset[int]
    _between: int
    _in: int
    _placement_fillers: frozenset[int]
    _lesion_refs: frozenset[int]
    _position_directions: frozenset[int]
    _position_verbs: frozenset[int]
    _region_iris: frozenset[str]
    _region_name_words: frozenset[int]
    _region_name_stops: frozenset[int]
    _recess_iris: frozenset[str]
    _site_gap_fillers: frozenset[int]
    _site_gap_places: frozenset[int]
    _site_gap_verbs: frozenset[int]
    _region_organs: frozenset[str]
    _strings: StringStore
    _structure_breaks: frozenset[int]
    _subject_verbs: frozenset[int]
    _which: int
    _relative_copulas: frozenset[int]
    _vessel_said_patent: re.Pattern[str]
    _tissue_layers: frozenset[str]
    _tissue_organ_iri: str | None
    _to: int
    _vessel_organs: frozenset[str | None]
    _vessel_place_heads: frozenset[int]
    _vessel_place_words: frozenset[int]
    _nerve_organ: str | None

    def _init_landmarks(self, strings: StringStore) -> None:
        """Build the word tables only these rules read (called once by ``SitesAndFindings.__init__``)."""
        nerves = self.taxonomy.by_us365k(self.fields[2], "Peripheral nerves")
        # a nerve runs through a joint as a vessel does ("the ulnar nerve at the elbow"): its place, not the joint's
        self._nerve_organ = nerves.us365k_label if nerves is not None else None
        self._fillers = word_ids(strings, ts.LANDMARK_FILLERS)
        self._complaint_adjectives = word_ids(strings, ts.COMPLAINT_ADJECTIVES)
        self._complaint_words = word_ids(strings, ts.COMPLAINT_NOUNS) | self._complaint_adjectives
        self._complaint_fillers = word_ids(strings, ts.COMPLAINT_FILLERS)
        self._complaint_digits = word_ids(strings, ts.COMPLAINT_DIGIT_WORDS)
        self._complaint_digit_joins = word_ids(strings, ts.COMPLAINT_DIGIT_JOINS)
        self._complaint_lumps = word_ids(strings, ts.COMPLAINT_LUMP_WORDS)
        self._complaint_states = word_ids(strings, ts.COMPLAINT_STATE_NOUNS)
        self._complaint_part_tips = word_ids(strings, ts.COMPLAINT_PART_TIPS)
        self._position_verbs = word_ids(strings, ts.POSITION_VERBS)
        self._position_directions = word_ids(strings, ts.POSITION_DIRECTIONS)
        self._vessel_place_words = word_ids(strings, ("at", "to", "in", "near", "the", "of", "level",
                                                      "medial", "lateral"))  # ("at the medial ankle")
        self._vessel_place_heads = word_ids(strings, ("at", "to", "near"))
        self._for = strings.add("for")
        # "beside" places a lesion by a vessel ("a ganglion beside the radial artery": the wrist's), but beside a part
        # of an organ it lies in that organ ("a cyst beside the lateral meniscus": the knee's)
        self._vessel_only_cues = word_ids(strings, ts.VESSEL_ONLY_LANDMARK_CUES)
        self._node_chain_gaps = word_ids(strings, ("-", "chain"))  # ("jugulo-carotid node", "jugular chain node")
        self._key_openers = word_ids(strings, (".", ";", "\n", "\n\n"))
        self._subject_verbs = word_ids(strings, ts.SUBJECT_PREDICATE_WORDS)
        self._which = strings.add("which")
        self._relative_copulas = word_ids(strings, ts.RELATIVE_CLAUSE_COPULAS)
        # A vessel then said patent or compressible, its copula written or not ("artery patent", "the adjacent
        # cephalic vein is compressible"): read after a landmark (_reported_on_after) and after a limb's vessel
        # (settling.py), one reading for both.
        self._vessel_said_patent = re.compile(
            r"\s*(?:(?:" + "|".join(ts.RELATIVE_CLAUSE_COPULAS) + r")\s+)?(?:" + "|".join(ts.VESSEL_STATE_WORDS)
            + r")\b", re.IGNORECASE)
        self._structure_breaks = word_ids(strings, (",", ";", ".", ":", "\n", "\n\n", " \n", "\n "))
        self._orientation_words = word_ids(strings, ts.ORIENTATION_WORDS)
        self._orientation_roles = word_ids(strings, ts.ORIENTATION_ROLE_NOUNS)
        self._apart_words = word_ids(strings, ts.APART_WORDS)
        self._apart_links = word_ids(strings, ts.APART_LINKS)
        self._near_words = word_ids(strings, ts.APART_CONCEDED_WORDS)
        self._but = strings.add("but")
        self._as = strings.add("as")
        self._role_articles = word_ids(strings, ("a", "an", "the", "our", "useful", "anatomical", "anatomic"))
        self._background_words = word_ids(strings, ts.ORIENTATION_BACKGROUND_WORDS)
        self._in = strings.add("in")
        self._between = strings.add("between")
        self._orientation_verbs = word_ids(strings, ts.ORIENTATION_VERBS)
        self._orientation_marks = word_ids(strings, ts.ORIENTATION_MARK_VERBS)
        # Every reading of _named_for_orientation needs one of these in its reach: a mark, "background", a role
        # ("as landmarks") or "orientation" after "for".
        self._orientation_cues = self._orientation_marks | self._background_words | self._orientation_roles \
            | self._orientation_words
        self._panel_openers = word_ids(strings, (".", ":", ")", "\n", "\n\n", ";"))
        self._the = strings.add("the")
        self._orientation_stops = word_ids(strings, (".", ";", "\n", "\n\n", "with", "shows", "show", "demonstrates"))
        self._strings = strings  # (a word's text, for the few rules that read its ending)
        self._joint_flow_words = word_ids(strings, (*ts.FLOW_WORDS, *ts.PRESSURE_WORDS))
        self._clause_marks = word_ids(strings, (".", ";", ",", "but", "and", "\n"))
        self._list_joiners = word_ids(strings, (",", "and", "or", "/"))
        self._placement_fillers = word_ids(strings, ("and", "or", "the", "a", "an"))
        self._lesion_refs = word_ids(strings, ts.LESION_OBJECT_PRONOUNS)
        self._landmark_coordinators = word_ids(strings, ("and", "or", ","))
        self._coordination_fillers = word_ids(strings, ("and", "or", ",", "the", "a", "an"))
        # (an organ's own veins in a list keep their organs: "splenic and portal veins" -> spleen and liver)
        self._duct_heads = word_ids(strings, ("ducts",))
        self._differential_heads = word_ids(strings, ts.DIFFERENTIAL_LIST_HEADS)
        self._differential_verbs = word_ids(strings, ts.DIFFERENTIAL_LIST_VERBS)
        self._differential_stops = word_ids(strings, (".", ";", "\n", "\n\n", "but", "however"))
        self._site_gap_verbs = word_ids(strings, ts.SITE_GAP_VERBS)
        self._involvement_words = word_ids(strings, ts.INVOLVEMENT_WORDS)
        self._hyphen_word = strings.add("-")
        self._side_words = word_ids(strings, (*ts.LEFT, *ts.RIGHT))
        self._item_openers = word_ids(strings, (",", ";", ":", ".", "\n", "\n\n", '"'))
        self._site_gap_places = word_ids(strings, ts.HOLDING_PLACE_WORDS)
        self._site_gap_fillers = word_ids(strings, ts.SITE_GAP_FILLERS)
        self._organ_place_words: frozenset[int] = word_ids(strings, ts.ORGAN_PLACE_WORDS)
        self._extend_words: frozenset[int] = word_ids(strings, ts.EXTENSION_VERBS)
        self._extension_stops: frozenset[int] = word_ids(strings, (".", ";", "\n", "\n\n", "but", "however"))
        self._relative_openers: frozenset[int] = word_ids(strings, (",", "which", "that"))
        self._surround_words: frozenset[int] = word_ids(strings, ts.SURROUNDING_CUES)
        self._scar_words: frozenset[int] = word_ids(strings, ts.SCAR_WORDS)
        # (what a scar phrase opening its sentence follows: _scar_holds_its_lesion)
        self._scar_openers = word_ids(strings, (".", ":", ";", "\n", "\n\n"))
        self._other_space_organs: frozenset[int] = word_ids(strings, ts.SURROUNDED_BY_ANOTHER_SPACE)
        self._distance_units: frozenset[int] = word_ids(
            strings, LENGTH_UNIT_WORDS
        )
        self._inner_parts: frozenset[int] = word_ids(strings, ts.DISTANCE_INNER_PARTS)
        self._region_name_words = word_ids(strings, ts.ORGAN_REGION_NAME_WORDS)
        self._region_name_stops = word_ids(strings, (".", ";", "\n", "\n\n", " \n", "\n "))
        thrombus = self.taxonomy.find(ts.INTRALUMINAL_DIAGNOSIS, self.fields[0])
        self._intraluminal_iris: frozenset[str] = frozenset(
            () if thrombus is None else (thrombus.iri, *(c.iri for c in self.taxonomy.descendants(thrombus))))
        # The gates of the report's weak site cues (weak_site_cues; trigger_groups.py)
        self._complaint_words_gate = TRIGGER_GROUPS.group(self._complaint_words)
        self._complaint_states_gate = TRIGGER_GROUPS.group(self._complaint_states)
        self._differential_heads_gate = TRIGGER_GROUPS.group(self._differential_heads)
        self._orientation_cues_gate = TRIGGER_GROUPS.group(self._orientation_cues)
        self._position_directions_gate = TRIGGER_GROUPS.group(self._position_directions)

    def _placed_after(self, k: int, spans: list[MentionRecord], lower: list[int]) -> bool:
        """The anatomy ``spans[k]`` is placed by the words after it, past a bracket ("(arrows)") and anatomy joined to
        it ("and aorta"): a position verb then a direction ("lying posteriorly", "lie lateral to each lobe"), or a
        direction then "to" ("lateral to them")."""
        j, n, nxt = spans[k].end, len(lower), k + 1
        for _ in range(12):
            if j >= n:
                return False
            if lower[j] == self._brackets[0]:
                close = next((i for i in range(j + 1, min(n, j + 6)) if lower[i] == self._brackets[1]), None)
                if close is None:
                    return False
                j = close + 1
                while nxt < len(spans) and spans[nxt].start < j:
                    nxt += 1  # (an abbreviation inside the bracket, "(CCA)", read as a mention of its own)
            elif nxt < len(spans) and spans[nxt].start == j and spans[nxt].field in self._anatomy:
                j, nxt = spans[nxt].end, nxt + 1
            elif lower[j] in self._placement_fillers or lower[j] == self._brackets[1]:
                j += 1  # (not a comma: "parathyroid gland, deep to the thyroid"); ")" closes an abbreviation "(RK)"
            else:
                break
        if j < n and lower[j] in self._copula_words and j + 1 < n and lower[j + 1] in self._position_verbs:
            j += 1  # "is seen posteriorly", "are visible laterally"
        elif j + 2 < n and lower[j] in self._copula_words and lower[j + 1] in self._position_directions \
                and lower[j + 2] in self._structure_breaks:
            return True  # a legend's "the carotid artery (C) and jugular vein (J) are lateral; the trachea is medial"
        if j < n and lower[j] in self._position_verbs:
            return j + 1 < n and lower[j + 1] in self._position_directions
        # "lateral to them" after a verb or a copula ("the carotid arteries lie lateral to each lobe", "are lateral
        # to"); a bare "Pancreas anterior to the splenic vein" in a legend's panel list names what is shown.
        if not (j + 1 < n and lower[j] in self._position_directions and lower[j + 1] == self._to):
            return False
        if j + 3 < n and lower[j + 2] in self._lesion_refs and lower[j + 3] in self._copula_words:
            # "The outer table of the skull deep to it is smooth and intact": placed by the lesion, then the subject
            # of a clause of its own that reports on it (examined), not a reference point of the lesion
            return False
        # ... unless the anatomy opens its clause or a legend's panel with no verb ("(C) Pancreas anterior to the
        # splenic vein."): what the panel shows, placed by a landmark of its own
        before = spans[k].start - 1
        if before >= 0 and lower[before] == self._the:
            before -= 1
        return before >= 0 and lower[before] not in self._panel_openers

    def _places_another_organ(self, k: int, spans: list[MentionRecord], lower: list[int]) -> bool:
        """Anatomy that says where another organ, the subject just before it, lies ("the right testis lies in the
        inguinal canal", "the left kidney is located in the pelvis"): the place of that organ, not an organ examined.
        Only a position verb and "in/within" stand between (at most five words): a lesion's own site ("a cyst lies
        in the left ovary") has a diagnosis, not an organ, before it."""
        prev, m = spans[k - 1], spans[k]
        if prev.field not in self._anatomy or self._organ_label(prev.iri) == self._organ_label(m.iri):
            return False
        gap = lower[prev.end : m.start]
        if len(gap) > 5:
            return False
        i = 0
        while i < min(2, len(gap)) and gap[i] in self._relative_openers:
            i += 1  # "the left testis, which lies in the inguinal canal"
        i += i < len(gap) and gap[i] in self._copula_words
        if i >= len(gap) or gap[i] not in self._position_verbs:
            return False
        return i + 1 < len(gap) and gap[i + 1] in self._organ_place_words \
            and self._site_gap_fillers.issuperset(gap[i + 2 :])

    def _thrombus_extends_into(self, k: int, spans: list[MentionRecord], lower: list[int], cue: int) -> bool:
        """The landmark cue is a verb of extension ("extending into") whose subject is a thrombus ("tumour thrombus
        extending into the left renal vein and the IVC"): a thrombus lies only inside vessels, so what it extends
        into holds it, and is examined (guideline: tumour thrombus in a child's IVC). Looks back at most four
        mentions, to the first diagnosis before the cue and within its clause."""
        if lower[cue] not in self._extend_words or not self._intraluminal_iris:
            return False
        for prev in reversed(spans[max(0, k - 4) : k]):
            if prev.end > cue:
                continue
            if not self._extension_stops.isdisjoint(lower[prev.end : cue]):
                return False  # ("a thrombus in the calf veins; oedema extending into the ankle": another clause)
            if prev.field == self.fields[0]:
                return prev.iri in self._intraluminal_iris
        return False

    def _region_holds_its_lesion(self, k: int, spans: list[MentionRecord], lower: list[int], cue: int) -> bool:
        """A landmark region (a named muscle) that holds the asserted lesion named just before it ("a haematoma lies
        within the soleus", "a 4 cm collection in the medial gastrocnemius"): the lesion's own site, so a region with
        a finding of its own, not a reference for something else ("a tail along the medial gastrocnemius"). Only a
        region of the soft tissues: fluid in a recess (the pouch of Douglas) keeps the recess's own rules."""
        m = spans[k]
        if cue != m.start or not k or m.iri not in self._region_iris \
                or self._tissue_organ_iri is None or self._organ_iri(m.iri) != self._organ_iri(self._tissue_organ_iri):
            return False
        prev = spans[k - 1]
        if prev.field == self.fields[0] and prev.status == "present" and self._info_value(prev) is not None \
                and self._holds_the_lesion(m, prev, lower):
            return True
        return self._region_leads_to_its_lesion(k, spans, lower, cue)

    def _region_leads_to_its_lesion(self, k: int, spans: list[MentionRecord], lower: list[int], cue: int) -> bool:
        """A soft-tissue landmark region whose place phrase opens its sentence or clause and goes on to the asserted
        lesion it holds ("Within the vastus lateralis there is a 7 cm collection", "In the soleus: a 2 cm
        haematoma"): the lesion's own site, as a scar phrase opening its sentence is (_scar_holds_its_lesion). Only
        the first diagnosis after the region, with no other organ's anatomy between ("Within the quadriceps, the
        femoral vein holds a thrombus": the vein's)."""
        m = spans[k]
        at = cue if cue < m.start else m.start  # (a landmark by its own name has no cue word: read the words before)
        while at and m.start - at < 4 and lower[at - 1] in self._site_gap_fillers:
            at -= 1
        if not at or lower[at - 1] not in self._site_gap_places:
            return False
        at -= 1  # "Within the vastus lateralis ...", "in vastus medialis: ..."
        if at and lower[at - 1] not in self._scar_openers and lower[at - 1] != self._comma:
            return False  # (a clause after a comma opens too: "Proximal to the scar, in vastus medialis: a nodule")
        # (a colon may key the region's own line: "in vastus medialis: new solid nodule"; another organ's structure
        # between takes the lesion)
        return self._leads_to_an_asserted_lesion(k, spans, lower, m.end, self._extension_stops,
                                                 self._organ_iri(m.iri))

    def _scar_holds_its_lesion(self, k: int, spans: list[MentionRecord], lower: list[int], cue: int) -> bool:
        """A surgical scar named as the place of the asserted lesion just before it ("Collection deep to the
        Pfannenstiel scar", "a seroma is seen beneath the laparotomy scar"): the scar lies in the body wall its
        organ is, and the lesion against it lies in that wall (a post-operative collection or hernia), so the scar
        is the lesion's site, not a reference. Only the lesion named at most three words before the cue, or the first
        lesion named after a scar phrase that opens its sentence ("Deep to the right groin incision, there is a 5 cm
        collection"; the scar word may follow the region's name)."""
        m = spans[k]
        if lower[m.end - 1] in self._scar_words:
            scar_end = m.end
        elif m.end < len(lower) and lower[m.end] in self._scar_words:
            scar_end = m.end + 1  # "deep to the right groin incision": the region's own scar
        else:
            return False
        if k:
            prev = spans[k - 1]
            if prev.field == self.fields[0] and prev.status == "present" and 0 <= cue - prev.end <= 3 \
                    and self._info_value(prev) is not None:
                return True
        if cue and lower[cue - 1] not in self._scar_openers:
            return False
        # A scar phrase that opens its sentence ("Deep to the right groin incision, anterior to the mesh, there is
        # a 5 cm collection"): the place of the first asserted lesion its sentence goes on to name.
        return self._leads_to_an_asserted_lesion(k, spans, lower, scar_end, self._scar_openers)

    def _leads_to_an_asserted_lesion(self, k: int, spans: list[MentionRecord], lower: list[int], end: int,
                                     stops: frozenset[int], organ: str | None = None) -> bool:
        """The first diagnosis after place phrase ``spans[k]`` (ending at token ``end``) is asserted, within
        ``_SCAR_LEAD_REACH`` tokens and with none of ``stops`` between; with ``organ``, the anatomy of another organ
        met first ends the search (the lesion is that structure's)."""
        for nxt in spans[k + 1 :]:
            if nxt.start - end > _SCAR_LEAD_REACH or not stops.isdisjoint(lower[end : nxt.start]):
                return False
            if nxt.field == self.fields[0]:
                return nxt.status == "present" and self._info_value(nxt) is not None
            if organ is not None and nxt.field in self._anatomy and self._organ_iri(nxt.iri) != organ:
                return False
        return False

    def _region_of_its_node(self, k: int, spans: list[MentionRecord]) -> bool:
        """A region that holds nodes (the axilla, the groin) named after a lymph node of its sentence, past the
        node's own parts only ("an enlarged node with loss of its fatty hilum is seen in the axilla on the right"):
        the node's region, which files it (guideline: axillary nodes -> Axilla), not a reference."""
        m = spans[k]
        if self._organ_label(m.iri) not in self._node_region_organs:
            return False
        for j in range(k - 1, -1, -1):
            prev = spans[j]
            if m.start - prev.end > _NODE_REGION_REACH:
                return False
            if prev.iri in self._node_iris:
                return True
            if prev.field in self._anatomy and prev.iri not in self._node_parts:
                return False
        return False

    def _fluid_around(self, k: int, spans: list[MentionRecord], lower: list[int], cue: int) -> bool:
        """Fluid said to surround an organ ("a crescent of fluid around the spleen", "fluid is seen surrounding the
        kidney", "a haematoma around the kidney"): the organ's own space, so the organ is the site of the fluid,
        examined. Only fluid that types no space of its own: "ascites around the liver" lies in the peritoneum, and
        the liver only places it. The fluid ends at most three words before the cue, only verbs of finding and
        articles between."""
        if lower[cue] not in self._surround_words or k == 0 or lower[spans[k].end - 1] in self._other_space_organs:
            return False
        prev = spans[k - 1]
        if prev.field != self.fields[0] or prev.hypothetical or not 0 <= cue - prev.end <= 3 \
                or self._info_value(prev) != self._fluid_value \
                or any(s.iri not in self._tissue_layers for s in self._typical_sites(prev.iri)):
            return False  # (a haematoma's sites are tissue layers only: it may lie around an organ too)
        return self._site_gap_verbs.union(self._site_gap_fillers).issuperset(lower[prev.end : cue])

    def _listed_vessel(self, k: int, spans: list[MentionRecord], lower: list[int]) -> bool:
        """A one-word region adjective in a list of vessel names that a vessel closes ("the internal jugular,
        subclavian, axillary, brachial and cephalic veins"): it names a vessel, not its region."""
        m = spans[k]
        if m.end - m.start != 1 or m.end >= len(lower) or lower[m.end] not in self._list_joiners \
                or self._organ_label(m.iri) in self._vessel_organs or m.iri in self._named_vessel_iris \
                or m.iri in self._node_iris:
            # (nor "portal" in "the portal and splenic veins": it names the portal vein itself; nor the nodes of
            # "Right axilla: matted nodes, largest 3.2 cm, compressing the axillary vein", no vessel's adjective)
            return False
        end = m.end
        for nxt in spans[k + 1 : k + 8]:
            if nxt.start - m.end > 14 or not self._clause_ends_for_lists.isdisjoint(lower[end : nxt.start]):
                return False
            if nxt.field in self._anatomy and (self._organ_label(nxt.iri) in self._vessel_organs or (
                    nxt.end - nxt.start > 1 and lower[nxt.end - 1] in self._duct_heads
                    and self._organ_label(nxt.iri) != self._organ_label(m.iri))):
                return True  # ... or a list of ducts of another organ ("hepatic and common bile ducts")
            end = nxt.end
        return False

    def _vessel_of_its_finding(self, k: int, spans: list[MentionRecord]) -> bool:
        """A vessel named right after a diagnosis the ontology types to vessels ("occlusive thrombus in the left
        popliteal vein", "an aneurysm of the popliteal artery"): the finding's own site, not a finer structure
        describing a lesion of another organ (the "feeding vessel" of a mass)."""
        organ = self._organ_label(spans[k].iri)
        prev = spans[k - 1]
        if organ not in self._vessel_organs or prev.field != self.fields[0]:
            return False
        sites = {self._organ_iri(s.iri) for s in self._typical_sites(prev.iri)}
        return self._organ_iri(spans[k].iri) in sites

    def _joint_of_a_vessel(self, k: int, spans: list[MentionRecord], lower: list[int], info: _Info) -> bool:
        """A joint named as where a vessel or a nerve named just before it is ("thrombus in the cephalic vein at the
        elbow", "triphasic waveforms from the CFA to the ankle", "the ulnar nerve at the elbow is swollen"): the
        vessel's or nerve's location, not a joint examined (guideline: a vein "at the elbow" is a landmark; "the
        ulnar nerve at the elbow" -> Peripheral nerves only)."""
        if k == 0 or info.system != self._joint_system or info.organ in self._region_organs:
            return False
        prev = spans[k - 1]
        gap = lower[prev.end : spans[k].start]
        if not 0 < len(gap) <= 4 or not self._vessel_place_words.issuperset(gap) \
                or self._vessel_place_heads.isdisjoint(gap):
            return False
        organ = self._organ_label(prev.iri) if prev.field in self._anatomy else None
        return organ is not None and (organ in self._vessel_organs or organ == self._nerve_organ)

    def _joint_placing_a_member(self, j: int, spans: list[MentionRecord], lower: list[int]) -> bool:
        """The anatomy mention ``spans[j]`` is a joint only placing the vessel or nerve named just before it ("Ulnar
        nerve at the cubital tunnel: normal calibre"): a normal statement about them names the nerve alone, one
        member of its organ (normals._names_a_part), not the joint."""
        if j == 0:
            return False
        rec = spans[j]
        info = self._info.get(rec.iri) or self._describe(rec.iri, rec.field, None)
        return info.system == self._joint_system and self._joint_of_a_vessel(j, spans, lower, info)

    def _in_differential_list(self, m: MentionRecord, lower: list[int]) -> bool:
        """Anatomy inside a differential list of its clause: a head ("differential", "considerations") then a list
        verb ("includes", ":") before it ("the differential includes an enteric duplication cyst, a mesenteric cyst
        and an ovarian cyst"); not the finding the differential is for, between the head and its verb ("the
        differential for gallbladder wall thickening includes ..."). Reads at most 24 tokens back."""
        verb_seen = False
        for j in range(m.start - 1, max(-1, m.start - _DIFFERENTIAL_REACH - 1), -1):
            word = lower[j]
            if word in self._differential_stops:
                return False
            if word in self._differential_verbs:
                verb_seen = True
            elif word in self._differential_heads:
                return verb_seen
        return False

    def _holds_the_lesion(self, m: MentionRecord, prev: MentionRecord, lower: list[int]) -> bool:
        """Anatomy placed as the site of the diagnosis just before it by a preposition of place ("a stone in my left
        kidney", "cyst arising from the right ovary", "calculus is seen in the lower pole"): where the lesion is,
        not a structure inside its description ("... with a fatty hilum"). Reads the few words between the two."""
        gap = lower[prev.end : m.start]
        if not 0 < len(gap) <= 5:
            return False
        i = 0
        while i < 2 and i < len(gap) and gap[i] in self._site_gap_verbs:
            i += 1  # "cyst is seen in the", "stone arising from the"
        return i < len(gap) and gap[i] in self._site_gap_places and self._site_gap_fillers.issuperset(gap[i + 1 :])

    def _space_holding_fluid(self, k: int, spans: list[MentionRecord], lower: list[int], info: _Info) -> bool:
        """A body space outside the limbs that holds the fluid named just before it ("free fluid in the hepatorenal
        space", "fluid is seen in the peritoneal cavity"): the fluid's own site, so it does not yield to the organ
        beside it (guideline: Morison's pouch / the hepatorenal space -> peritoneum). Denied fluid too, in a recess of
        a region ("no free fluid in Morison's pouch"): a recess is named where one looked, so it was examined and
        found dry (guideline: an organ only in a negated statement is examined); a whole cavity denied in passing
        ("free liquid in abdominal cavity is not found") still yields. A limb's or a joint's layer ("fluid in the
        subcutaneous tissue" of an elbow study) still yields to the joint."""
        if k == 0 or info.system == self._joint_system:
            return False
        prev = spans[k - 1]
        status = prev.status
        return prev.field == self.fields[0] \
            and (status == "present" or (status == "absent" and spans[k].iri in self._recess_iris)) \
            and self._info_value(prev) == self._fluid_value and self._holds_the_lesion(spans[k], prev, lower)

    def _opens_a_list(self, k: int, spans: list[MentionRecord], lower: list[int]) -> bool:
        """Anatomy that opens a sentence as the first of a list of organs ("... lesions in the liver. Gallbladder,
        pancreas and kidneys normal."): organs reported on together, not a structure inside the description of the
        lesion before it. Reads the words between the lesion and the next mention."""
        m = spans[k]
        return m.end < len(lower) and lower[m.end] in self._list_joiners and k + 1 < len(spans) \
            and spans[k + 1].field in self._anatomy and spans[k + 1].start - m.end == 1 \
            and not self._key_openers.isdisjoint(lower[spans[k - 1].end : m.start])

    def _said_patent(self, m: MentionRecord, text: str) -> bool:
        """A vessel the subject of its own clause saying it is patent or compressible ("The adjacent cephalic vein is
        compressible", "...; artery patent"): the vessel examined, not only a place. Reads the words right after
        ``m``."""
        return self._vessel_said_patent.match(text, m.end_char) is not None

    def _reported_on_after(self, m: MentionRecord, lower: list[int], text: str) -> bool:
        """Anatomy named as a landmark and then reported on in a relative clause of its own ("displacing the radial
        artery, which is patent", "posterior to the bladder, which is normal"), or a vessel said patent or
        compressible (:meth:`_said_patent`): an organ examined as well as the lesion's reference point (labelled,
        while the lesion keeps its own site). Reads three words."""
        if self._said_patent(m, text):
            return True
        e = m.end
        return e + 2 < len(lower) and lower[e] == self._comma and lower[e + 1] == self._which \
            and lower[e + 2] in self._relative_copulas

    def _opens_a_clause(self, m: MentionRecord, prev: MentionRecord, lower: list[int]) -> bool:
        """Anatomy that opens a clause of its own as its subject ("no free fluid, right ovary has a 3 cm cyst",
        "no calculi / gallbladder thin walled", "aorta not aneurysmal"): an organ reported on, not a structure
        inside the description of the lesion before it ("... with a fatty hilum")."""
        if self._structure_breaks.isdisjoint(lower[prev.end : m.start]):
            return False
        return not self._subject_verbs.isdisjoint(lower[m.end : m.end + 2])

    def _bracketed_alias(self, k: int, spans: list[MentionRecord], lower: list[int]) -> bool:
        """Anatomy ``spans[k]`` is an abbreviation in brackets right after anatomy it stands for ("kidney (RK)")."""
        m = spans[k]
        # (of the same organ: "behind my knee (popliteal vein)" names a vessel of its own, no abbreviation)
        return k > 0 and m.start > 0 and lower[m.start - 1] == self._brackets[0] \
            and spans[k - 1].end == m.start - 1 and spans[k - 1].field in self._anatomy \
            and m.end < len(lower) and lower[m.end] == self._brackets[1] \
            and self._organ_label(m.iri) == self._organ_label(spans[k - 1].iri)

    def _legend_key(self, k: int, spans: list[MentionRecord], lower: list[int]) -> bool:
        """Anatomy in a figure legend's key of abbreviations ("L, liver.", "CCA, common carotid artery; T, trachea"),
        the spelled-out name or the label itself: a short label and a comma open the sentence or clause, the name
        ends it. Says what a label on the image stands for, not an organ examined."""
        m = spans[k]
        if self._key_label_at(m.start - 2, lower) and lower[m.start - 1] == self._comma:
            return m.end >= len(lower) or lower[m.end] in self._key_openers
        if m.end - m.start == 1 and self._key_label_at(m.start, lower) and m.end < len(lower) \
                and lower[m.end] == self._comma and k + 1 < len(spans) and spans[k + 1].start == m.end + 1:
            name = spans[k + 1]  # (anatomy spelled out: not "GB, normal." nor "RK, 11 cm.")
            return name.field in self._anatomy and (name.end >= len(lower) or lower[name.end] in self._key_openers)
        return False

    def _key_label_at(self, i: int, lower: list[int]) -> bool:
        """Token ``i`` is a short label opening its sentence or clause ("CCA" in "... . CCA, common carotid")."""
        return i >= 0 and len(self._strings[lower[i]]) <= _KEY_LABEL_CHARS \
            and (i == 0 or lower[i - 1] in self._key_openers)

    def _named_for_orientation(self, m: MentionRecord, lower: list[int]) -> bool:
        """A figure legend's structure "labelled for orientation" (or "marked for reference"): shown to orient the
        reader, not examined (guideline). Reads at most 14 tokens ahead, to the end of its clause."""
        end = min(len(lower), m.end + _ORIENTATION_REACH)
        if self._orientation_cues.isdisjoint(lower[m.end : end]):
            return False  # (one C-level test: most anatomy has none of the words that can say so in reach)
        for j in range(m.end, end - 1):
            word = lower[j]
            if word in self._orientation_stops:
                return False
            if word in self._orientation_marks and lower[j - 1] in self._copula_words \
                    and lower[j + 1] in self._structure_breaks:
                return True  # "the common carotid artery (C) and trachea (T) are marked."
            if word in self._background_words and self._seen_in_the(j, lower):
                return True  # "the right kidney (RK) is seen in the background": shown behind what is examined
            if word == self._as and self._names_a_role(j + 1, end, lower):
                return True  # "the splenic vein (arrow) and SMA (arrowhead) serve as landmarks"
            if word == self._for and lower[j + 1] in self._orientation_words:
                # "labelled for orientation"; or no verb, right after the anatomy or its bracket, closing the clause
                # ("the right kidney (K) for reference; ..."; not "the liver for reference is normal")
                if lower[j - 1] in self._orientation_verbs or self._verb_before_label(j, lower):
                    return True
                closes = j + 2 >= len(lower) or lower[j + 2] in self._structure_breaks
                return closes and (j == m.end or self._bracket_group(m.end, j, lower))
        return False

    def _joined_by_fillers(self, gap: list[int]) -> bool:
        """The words between two landmarks join them ("and", ", the", "or the"), three at most."""
        return 0 < len(gap) <= 3 and not self._landmark_coordinators.isdisjoint(gap) \
            and self._coordination_fillers.issuperset(gap)

    def _joined_to_part(self, gap: list[int]) -> bool:
        """The words between two landmarks are a joint and then a part of the second ("and the upper pole of the
        left" kidney, "and segment 5 of the" liver): landmark fillers only, a few words at most."""
        return 0 < len(gap) <= _PART_GAP and gap[0] in self._landmark_coordinators and self._fillers.issuperset(gap[1:])

    def _said_apart(self, i: int, lower: list[int]) -> bool:
        """The words from ``i`` say the anatomy before them is apart from the lesion and stop there ("is separate
        from it.", "appears quite distinct from the mass;"): one or two link words, the apart word, "from", at most
        three words, the end of the clause. Not "separate from the mass and normal", which reports on the organ.
        A neighbour conceded first ("is adjacent but separate.", "lies close to it but separate") needs no "from"
        when the clause ends on the apart word."""
        j = i + 1 if lower[i + 1] in self._apart_links else i
        conceded = lower[j + 1] in self._near_words
        if conceded:  # "adjacent but", "close to it but": the apart word follows the "but"
            but = next((t for t in range(j + 2, min(len(lower), j + 6)) if lower[t] == self._but), None)
            if but is None:
                return False
            j = but + 1 if but + 1 < len(lower) and lower[but + 1] in self._apart_links else but  # "but clearly"
        if j + 1 >= len(lower) or lower[j + 1] not in self._apart_words:
            return False
        if conceded and (j + 2 >= len(lower) or lower[j + 2] in self._structure_breaks):
            return True  # "The radial artery is adjacent but separate."
        if j + 2 >= len(lower) or lower[j + 2] != self._from:
            return False
        return any(lower[t] in self._structure_breaks for t in range(j + 3, min(len(lower), j + 7))) \
            or j + 3 >= len(lower) - 1

    def _names_a_role(self, i: int, end: int, lower: list[int]) -> bool:
        """Tokens from ``i`` name a landmark's role, with at most two words before it ("landmarks", "a useful
        reference"), within ``end``."""
        for j in range(i, min(end, i + 3)):
            if lower[j] in self._orientation_roles:
                return True
            if lower[j] not in self._role_articles:
                return False
        return False

    def _verb_before_label(self, j: int, lower: list[int]) -> bool:
        """A showing verb and the image's short label stand before "for" at ``j`` ("labelled (A) for orientation")."""
        if j < 2 or lower[j - 1] != self._brackets[1]:
            return False
        opening = next((i for i in range(j - 2, max(-1, j - 5), -1) if lower[i] == self._brackets[0]), None)
        return opening is not None and opening > 0 and lower[opening - 1] in self._orientation_verbs

    def _seen_in_the(self, j: int, lower: list[int]) -> bool:
        """Token ``j`` follows "seen in (the)" or another showing verb and "in" ("visible in the background")."""
        i = j - 1
        if i >= 0 and lower[i] == self._the:
            i -= 1
        return i >= 1 and lower[i] == self._in and lower[i - 1] in self._orientation_verbs

    def _bracket_group(self, start: int, end: int, lower: list[int]) -> bool:
        """Tokens ``start:end`` are one short bracketed group ("(K)", "(arrowheads)")."""
        return 2 <= end - start <= 5 and lower[start] == self._brackets[0] and lower[end - 1] == self._brackets[1]

    def _vessel_range(self, k: int, spans: list[MentionRecord], lower: list[int], info: _Info) -> bool:
        """A joint or region that bounds the extent of a vessel study ("veins from the groin to the ankle",
        "compressible from the CFV to the popliteal fossa"): the first end follows the vessel and "from", the second
        follows the first and "to". Looks two mentions back."""
        if k == 0 or info.system != self._joint_system:
            return False
        m, prev = spans[k], spans[k - 1]
        if self._range_gap(lower[prev.end : m.start], self._from):
            return prev.field in self._anatomy and self._organ_label(prev.iri) in self._vessel_organs
        if k < 2 or not self._range_gap(lower[prev.end : m.start], self._to, 2):
            return False
        before = spans[k - 2]
        return self._range_gap(lower[before.end : prev.start], self._from) and before.field in self._anatomy \
            and self._organ_label(before.iri) in self._vessel_organs

    def _range_gap(self, gap: list[int], word: int, most: int = 5) -> bool:
        """The words between two mentions end in ``word`` and an optional article ("are compressible from the"),
        at most ``most`` of them and no clause break."""
        return 0 < len(gap) <= most and word in gap[-2:] and self._clause_marks.isdisjoint(gap)

    def _predicate_after(self, nxt: MentionRecord, lower: list[int]) -> bool:
        """A one-word diagnosis that is a participle stating the anatomy's state ("artery occluded", "vein
        thrombosed"), not a noun the anatomy qualifies ("liver lesion"): the anatomy is the subject, a site."""
        return nxt.end - nxt.start == 1 and self._strings[lower[nxt.start]].endswith("ed")

    def _joint_of_a_vessel_finding(self, k: int, spans: list[MentionRecord], lower: list[int], info: _Info) -> bool:
        """A joint placing the finding of a vessel named just before it in the same clause ("posterior tibial artery
        occluded at the ankle", "vein thrombosed to the knee"): the vessel's location. Only diagnoses with no
        released value (occlusion, thrombus, stenosis) may stand between; an effusion or mass there is the joint's."""
        if k < 2 or info.system != self._joint_system or info.organ in self._region_organs:
            return False
        m = spans[k]
        if self._vessel_place_heads.isdisjoint(lower[max(0, m.start - 2) : m.start]):
            return False
        for prev in reversed(spans[max(0, k - 3) : k]):
            if not self._clause_marks.isdisjoint(lower[prev.end : m.start]):
                return False
            if prev.field in self._anatomy:
                return self._organ_label(prev.iri) in self._vessel_organs
            if prev.field == self.fields[0] and self._info_value(prev) is not None:
                return False
        return False

    def _info_value(self, rec: MentionRecord) -> str | None:
        """The released value a diagnosis mention rolls up to (before the sites pass has set ``rec.value``)."""
        return (self._info.get(rec.iri) or self._describe(rec.iri, rec.field, None)).value

    def _joint_of_a_flow(self, k: int, spans: list[MentionRecord], lower: list[int], info: _Info) -> bool:
        """A joint that locates a flow measurement of a vessel study ("monophasic waveforms at the ankle", "ankle
        pressures 80 mmHg", "signals at the wrist"): where the vessel's flow is read, not a joint examined. A vessel
        must be named among the few mentions around it (bounded: the parse stays linear)."""
        if info.system != self._joint_system or info.organ in self._region_organs:
            return False
        m = spans[k]
        j = m.start - 1
        while j >= 0 and m.start - j <= 3 and lower[j] in self._vessel_place_words:
            j -= 1
        flow_before = j >= 0 and j < m.start - 1 and lower[j] in self._joint_flow_words \
            and not self._vessel_place_heads.isdisjoint(lower[j + 1 : m.start])
        flow_after = m.end < len(lower) and lower[m.end] in self._joint_flow_words
        if not (flow_before or flow_after):
            return False
        near = spans[max(0, k - _VESSEL_LOOKBACK) : k + 3]
        return any(r.field in self._anatomy and self._organ_label(r.iri) in self._vessel_organs for r in near)

    def _landmark_cue_before(self, m: MentionRecord, lower: list[int], landmark_ends: dict[int, int]) -> int | None:
        """The first token of the landmark phrase of anatomy ``m`` (a landmark concept, or a cue before it: "posterior
        to | the lower pole of the left | thyroid lobe", up to six fillers), or ``None``."""
        if m.iri in self._landmark_iris:
            return m.start
        pos = m.start
        for _ in range(7 if landmark_ends else 0):  # (no loop without a landmark cue in the report)
            if pos in landmark_ends:
                cue = landmark_ends[pos]
                return None if self._grown_into(cue, pos, lower) else cue
            if pos == 0 or lower[pos - 1] not in self._fillers:
                break
            pos -= 1
        return None

    def _heads_a_sided_item(self, m: MentionRecord, lower: list[int]) -> bool:
        """The anatomy ``m`` opens an item of a dictated list with its side ("gestational sac, right ovary corpus
        luteum cyst 2 cm"): the organ the item is about, which the lesion after it does not qualify."""
        return lower[m.start] in self._side_words and (m.start == 0 or lower[m.start - 1] in self._item_openers)

    def _grown_into(self, cue: int, end: int, lower: list[int]) -> bool:
        """The one-word cue ``lower[cue:end]`` ("adjacent", "surrounding") names an organ a lesion grows into
        ("invasion of the adjacent liver", "infiltrating the surrounding fat"): involved, so no landmark. Reads
        the three words before the cue."""
        return end - cue == 1 and not self._involvement_words.isdisjoint(lower[max(0, cue - 3) : cue])

    def _between_one_organ(self, k: int, spans: list[MentionRecord], lower: list[int]) -> bool:
        """The anatomy ``spans[k]`` is one of two structures of one organ that "between" names ("a haematoma between
        the medial gastrocnemius and soleus": the calf's soft tissues), so what lies between them lies in that
        organ; two organs ("fluid between the liver and the kidney") bound a space and stay landmarks. Reads at
        most four tokens before the pair and three between its members."""
        first = k
        if k and spans[k - 1].field in self._anatomy and 0 < spans[k].start - spans[k - 1].end <= 3 \
                and not self._landmark_coordinators.isdisjoint(lower[spans[k - 1].end : spans[k].start]):
            first = k - 1  # (the second of the pair: "... and | soleus")
        start = spans[first].start
        if self._between not in lower[max(0, start - 4) : start]:
            return False  # (the common case: no "between" before it)
        second = first + 1
        if second >= len(spans) or spans[second].field not in self._anatomy:
            return False
        gap = lower[spans[first].end : spans[second].start]
        if not 0 < len(gap) <= 3 or self._landmark_coordinators.isdisjoint(gap):
            return False
        organ = self._organ_label(spans[first].iri)
        return organ is not None and organ == self._organ_label(spans[second].iri)

    def _coordinated_landmark(self, k: int, spans: list[MentionRecord], lower: list[int],
                              landmark_ends: dict[int, int]) -> int | None:
        """The first token of the landmark phrase the anatomy ``spans[k]`` is joined to by "and", "or" or commas
        ("hypoechoic to the liver and spleen", "between the liver, the IVC and the aorta"), or ``None``. The chain is
        walked back a few mentions at most."""
        if not landmark_ends:
            return None
        j = k
        for _ in range(6):
            if j == 0:
                break
            prev, cur = spans[j - 1], spans[j]
            gap = lower[prev.end : cur.start]
            if prev.field in self._anatomy and not gap:
                if prev.iri in self._landmark_iris or (prev.start and lower[prev.start - 1] == self._hyphen_word):
                    # (a landmark concept is one by itself, not the cue of the word after it; nor is a hyphenated
                    # cue's landmark, which qualifies the name after it: "the above-knee popliteal vein")
                    break
                j -= 1  # one name read as two mentions ("splenic | vein"): its first word carries the cue
                cue = self._landmark_cue_before(prev, lower, landmark_ends)
                if cue is not None:
                    return cue
                continue
            if gap and gap[0] == self._brackets[0]:
                # past the abbreviation of the name before ("the splenic vein (SV) and the aorta")
                close = next((i for i in range(1, min(len(gap), 5)) if gap[i] == self._brackets[1]), None)
                gap = gap[close + 1 :] if close is not None else gap
            if prev.field not in self._anatomy or not (self._joined_by_fillers(gap) or self._joined_to_part(gap)):
                break
            j -= 1
            cue = self._landmark_cue_before(prev, lower, landmark_ends)
            if cue is not None:
                return cue
        return None

    def _weak_site(self, k: int, spans: list[MentionRecord], lower: list[int], landmark_ends: dict[int, int],
                   info: _Info, cues: WeakSiteCues) -> tuple[str, int] | None:
        """Why an anatomy mention may not name an organ the study is about: "landmark" ("posterior to the
        bladder"), "modifier" (an organ word qualifying a lesion: "soft-tissue mass", "subcutaneous nodule"), or
        "structure" (a finer structure inside the description of a lesion: "... with a fatty hilum"); with the
        first token of the phrase (the landmark cue)."""
        m = spans[k]
        # (Each helper's own first test is made here, before the call: most anatomy is no landmark.)
        one_word = m.end - m.start == 1
        if landmark_ends or m.iri in self._landmark_iris:
            cue = self._landmark_cue_before(m, lower, landmark_ends)
            if cue is not None and not self._between_one_organ(k, spans, lower) \
                    and not self._thrombus_extends_into(k, spans, lower, cue) \
                    and not self._region_holds_its_lesion(k, spans, lower, cue) \
                    and not self._scar_holds_its_lesion(k, spans, lower, cue) \
                    and not self._region_of_its_node(k, spans) \
                    and not self._fluid_around(k, spans, lower, cue) \
                    and not (lower[cue] in self._vessel_only_cues
                             and self._organ_label(m.iri) not in self._vessel_organs) \
                    and not (lower[cue] in self._distance_units and lower[m.end - 1] in self._inner_parts):
                # (a distance from a part of an organ, "6 cm from the nipple", places a lesion inside that organ;
                # from a whole organ, "1 cm from the adrenal", outside it)
                return "landmark", cue
        if lower[m.end - 1] in self._region_name_words and m.iri not in self._region_iris \
                and self._region_name_places(k, spans, lower):
            return "landmark", m.start  # "ascites in the right lower quadrant": where the fluid lies, no appendix
        if cues.complaint and self._named_in_complaint(m, lower, info.system == self._joint_system):
            return "landmark", m.start  # "dry eyes and dry mouth", "heart racing": what the patient feels
        # (whether the report names a differential at all: read once per report, cues)
        if cues.differential \
                and not self._differential_heads.isdisjoint(lower[max(0, m.start - _DIFFERENTIAL_REACH) : m.start]) \
                and self._in_differential_list(m, lower):
            # "the differential includes ... heart failure": a possibility only. An organ word naming a listed
            # diagnosis's own organ ("adrenal adenoma") stays that diagnosis's modifier: its organ is the case's.
            nxt = spans[k + 1] if k + 1 < len(spans) else None
            if nxt is not None and nxt.start == m.end and nxt.field == self.fields[0]:
                return "modifier", m.start
            return "landmark", m.start
        n = len(lower)
        # (the first tests of _bracketed_alias and _legend_key, made here: a bracket or a comma right before the
        # anatomy, or a comma right after it)
        before = lower[m.start - 1] if m.start else None
        if before == self._brackets[0] and self._bracketed_alias(k, spans, lower):
            # "above the right kidney (RK)": the abbreviation is the landmark its anchor is
            anchor = self._landmark_cue_before(spans[k - 1], lower, landmark_ends)
            if anchor is not None:
                return "landmark", anchor
        if (before == self._comma or (m.end < n and lower[m.end] == self._comma)) and self._legend_key(k, spans, lower):
            return "landmark", m.start  # "... (arrow). L, liver; RK, right kidney.": a legend's key to its labels
        if m.end + 2 < n and lower[m.end] in self._apart_links \
                and not self._apart_words.isdisjoint(lower[m.end + 1 : m.end + 8]) \
                and self._said_apart(m.end, lower):
            return "landmark", m.start  # "the liver is separate from it": a neighbour ruled out, not examined
        if cues.orientation and self._named_for_orientation(m, lower):
            return "landmark", m.start  # "the trachea (T) and carotid arteries (C) labelled for orientation"
        if one_word and m.end < len(lower) and lower[m.end] in self._list_joiners \
                and self._listed_vessel(k, spans, lower):
            return "landmark", m.start  # "the subclavian, axillary, brachial and cephalic veins": veins, no axilla
        # (the four joint rules' own first test, made once: most anatomy is no joint)
        if info.system == self._joint_system:
            if k and self._joint_of_a_vessel(k, spans, lower, info):
                return "landmark", spans[k - 1].end  # "the cephalic vein at the elbow", "from the CFA to the ankle"
            if self._vessel_range(k, spans, lower, info):
                return "landmark", m.start  # "the left leg veins from the groin to the ankle"
            if self._joint_of_a_vessel_finding(k, spans, lower, info):
                return "landmark", m.start  # "posterior tibial artery occluded at the ankle"
            if self._joint_of_a_flow(k, spans, lower, info):
                return "landmark", m.start  # "monophasic waveforms at the ankle", "ankle pressures" of a vessel study
        coordinated = self._coordinated_landmark(k, spans, lower, landmark_ends) if landmark_ends else None
        if coordinated is not None and not self._between_one_organ(k, spans, lower) \
                and not self._thrombus_extends_into(k, spans, lower, coordinated):
            return "landmark", coordinated  # "hypoechoic to the liver and spleen": both are references
        # (a node placed is a finding; _placed_after holds only by a position direction after the anatomy, so only
        # in a report that has one: most have none)
        if m.iri not in self._node_iris and cues.position \
                and self._placed_after(k, spans, lower):
            return "landmark", m.start  # "with the right kidney (RK) lying posteriorly"
        if k and spans[k - 1].field in self._anatomy and m.start - spans[k - 1].end <= 5 \
                and self._places_another_organ(k, spans, lower) and not self._region_of_its_node(k, spans):
            return "landmark", m.start  # "the right testis lies in the inguinal canal": where the testis is
        if m.iri in self._generic_vessels:
            return "vessel", m.start  # "a central feeding artery", "arterial RI": a vessel of the organ examined
        if one_word and m.end < n and (lower[m.end] in self._flow_words or lower[m.end] in self._or_and) \
                and self._describes_flow(k, spans, lower):  # (its first tests, made here)
            return "modifier", m.start  # "cavernosal arterial flow": flow of the organ named beside it
        if k + 1 < len(spans) and spans[k + 1].iri in self._node_iris \
                and self._organ_label(m.iri) in self._vessel_organs \
                and names_a_node_chain(k, spans, lower, self._node_iris, self._node_chain_gaps):
            return "landmark", m.start  # "jugulo-carotid lymph node": the node's chain, no vessel examined
        if k + 1 < len(spans):
            nxt = spans[k + 1]
            gap = nxt.start - m.end
            if nxt.field == self.fields[0] and nxt.kb != GENERIC and nxt.iri != self.vocabulary.normal_iri and (
                gap == 0 or (gap == 1 and lower[m.end] == self._hyphen)
            ) and not self._predicate_after(nxt, lower) and not self._heads_a_sided_item(m, lower):
                if m.iri == self._tissue_organ_iri:
                    return "texture", m.start  # "a soft-tissue mass arising from the bladder wall": solid, no organ
                return "modifier", m.start
        if m.iri in self._node_parts:
            return "node", m.start  # "fatty hilum" belongs to the node, so to the region its nodes are in
        if m.iri in self._tissue_layers:
            return "region", m.start  # "skin", "subcutaneous tissue", "muscle": a layer, where a finding lies
        if info.finer and k > 0 and not self._vessel_of_its_finding(k, spans):
            prev = spans[k - 1]
            if prev.field not in self._anatomy and prev.iri != self.vocabulary.normal_iri \
                    and not self._opens_a_clause(m, prev, lower) and not self._opens_a_list(k, spans, lower):
                if prev.field != self.fields[0] or not self._holds_the_lesion(m, prev, lower):
                    return "structure", m.start
                cue = self._landmark_cue_before(prev, lower, landmark_ends) if landmark_ends else None
                if cue is not None:
                    return "landmark", cue  # "unlike a simple cyst of the kidney": the lesion's organ is a reference
        if m.iri in self._region_iris and m.iri not in self._node_iris:
            # (lymph nodes of a region, "enlarged mesenteric lymph nodes", are a structure examined, no region)
            if self._space_holding_fluid(k, spans, lower, info):
                return None  # "free fluid in the hepatorenal space": the space is the fluid's own site
            return "region", m.start  # "GSV 7 mm at mid thigh": where a vessel's finding lies
        if m.iri == self._node_iri:
            return "node", m.start  # a node belongs to the region its sentence names ("left axilla: 2 nodes")
        if m.field == self.fields[1]:
            return "system", m.start  # "neck" alone may be an aneurysm's neck in a vascular report
        return None

    def _region_name_places(self, k: int, spans: list[MentionRecord], lower: list[int]) -> bool:
        """An organ named by its region ("right lower quadrant", "RLQ") after asserted fluid or another organ's
        anatomy in its clause ("ascites, deepest pocket 9 cm RLQ", "transplant kidney in the right lower quadrant",
        "abdominal wall, right lower quadrant"): the place of what it follows (termset.ORGAN_REGION_NAME_WORDS).
        The nearest mention before it decides, at most ORGAN_REGION_NAME_REACH tokens back."""
        organ = self._organ_iri(spans[k].iri)
        for prev in mentions_back(spans, k, lower, ts.ORGAN_REGION_NAME_REACH, self._region_name_stops):
            if prev.field in self._anatomy:
                return self._organ_iri(prev.iri) not in (organ, None)
            if prev.field == self.fields[0]:
                return prev.status == "present" and self._info_value(prev) == self._fluid_value
        return False

    def _named_in_complaint(self, m: MentionRecord, lower: list[int], joint: bool = False) -> bool:
        """The body part ``m`` is named in a complaint (termset.COMPLAINT_NOUNS, COMPLAINT_ADJECTIVES): a complaint
        word right after it ("heart racing", "knee pain"), or before it past at most three fillers ("numbness of the
        fingers", "pain upper stomach"; an adjective also right before it: "dry eyes"). Not a part where a lump was
        felt ("painful R groin swelling"). Two digits joined count as one filler ("pins and needles in my ring +
        little finger"). A ``joint`` also right before a state of it a referrer reports ("ankle oedema" in a
        heart-failure scan), and a part's tip may come between ("shoulder-tip pain"). Reads at most seven words."""
        n = len(lower)
        if m.end < n and lower[m.end] in self._complaint_lumps:
            return False
        after = m.end
        if after + 1 < n and lower[after] in self._complaint_part_tips:
            after += 1  # "shoulder tip pain": the pain referred to the shoulder's tip is still the shoulder's
        elif after + 2 < n and lower[after] == self._hyphen and lower[after + 1] in self._complaint_part_tips:
            after += 2  # "shoulder-tip pain"
        if after < n and (lower[after] in self._complaint_words or (joint and lower[after] in self._complaint_states)):
            # (a state only after a joint: "ankle oedema" is a sign, "gallbladder wall oedema" a finding of the scan)
            return True
        reach = 4
        for j in range(m.start - 1, max(-1, m.start - 7), -1):
            if m.start - j > reach:
                return False
            if lower[j] in self._complaint_words:
                return j < m.start - 1 or lower[j] in self._complaint_adjectives
            if lower[j] in self._complaint_digit_joins and j > 0 and lower[j - 1] in self._complaint_digits \
                    and lower[j + 1] in self._complaint_digits:
                reach += 2  # (the join and the first digit)
                continue
            if lower[j] not in self._complaint_fillers:
                return False
        return False

    def _describes_flow(self, k: int, spans: list[MentionRecord], lower: list[int]) -> bool:
        """A one-word vessel adjective that describes flow ("arterial flow", "arterial or venous flow")."""
        m = spans[k]
        if m.end - m.start != 1:
            return False
        j = m.end
        if j < len(lower) and lower[j] in self._or_and and k + 1 < len(spans) and spans[k + 1].start == j + 1 \
                and spans[k + 1].end - spans[k + 1].start == 1 and spans[k + 1].field == m.field:
            j = spans[k + 1].end  # "arterial or venous flow"
        return j < len(lower) and lower[j] in self._flow_words
