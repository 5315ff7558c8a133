"""The sites/findings component: what each mention asserts, which organ the report is about, and the findings.

For every :class:`udt.parser.record.MentionRecord` it sets the section, the final status (context plus section:
a mention in HISTORY is historical), the released value it rolls up to and whether it is evidence; it decides
which anatomy names the organ examined (a landmark such as "posterior to the bladder" does not); it groups
mentions and sizes into findings (:mod:`udt.parser.findings`); the grades of ranked dimensions ("flow is not
increased") are read by the rules of :mod:`udt.parser.degrees`. The report-level result goes into
``Doc._.udt.reading`` (:class:`udt.parser.record.Reading`); :mod:`udt.parser.parser` only converts it.

Roll-up conventions: a finer diagnosis is labelled with the released value the ontology rolls it up to
(uterine fibroid, lipoma, haemangioma -> mass; abscess -> fluid collection; papillary carcinoma -> nodule).
The component config ``rollups`` overrides that per concept: ``{"lipoma": null}`` labels no released value,
``{"abscess": "mass"}`` another one.

"Normal appearance": labelled for a normal study, and (config ``normal_beside_findings``, on by default, the
convention of the issue-11 real-text annotation) for a whole organ stated normal beside a lesion elsewhere
("Left kidney: 2 cm cyst. Right kidney: normal."). Off, the label is given only when nothing abnormal is
asserted (the convention of ``tests/data/reports_gold.jsonl``). A normal attribute ("echogenicity is normal")
or part of an organ ("the remainder of the liver is normal") never makes it a finding beside a lesion; the rules
that decide whether a normal statement is a whole organ's are in :mod:`udt.parser.normals`.

This module holds the component itself: its factory, the shared tables and per-concept memos of ``__init__``, and
the phases of ``__call__`` (read the report, read each mention, build the items, settle the sites, decide "normal
appearance", assemble the findings). The rule families it calls are mixins, one idea each: the word sense of a
matched word (:mod:`udt.parser.senses`), restated statuses (:mod:`udt.parser.statuses`), values stated beside a
mention's own (:mod:`udt.parser.values`), margins and organ outlines (:mod:`udt.parser.margins`), grades
(:mod:`udt.parser.degrees`), landmarks and weak sites (:mod:`udt.parser.landmarks`), implied and unasserted sites
(:mod:`udt.parser.implied`), the report-level site settlement (:mod:`udt.parser.settling`), a child patient
(:mod:`udt.parser.pediatric`), TI-RADS (:mod:`udt.parser.tirads`) and "normal appearance"
(:mod:`udt.parser.normals`).
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from copy import copy
from itertools import compress, groupby
from operator import attrgetter
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from spacy.language import Language
from spacy.tokens import Doc

from udt.errors import ConfigError
from udt.parser import termset as ts
from udt.parser.access_collections import file_access_collections
from udt.parser.access_sides import access_side, side_access_lesions
from udt.parser.adult_conditions import states_adult
from udt.parser.age_cue_senses import AgeCueSenses
from udt.parser.aligned_tables import organ_of_table, side_table_cells
from udt.parser.announced_groups import announced_count, count_after_colon
from udt.parser.asides import names_a_relative, relatives_past_condition
from udt.parser.bar_tables import BarTables, bar_tables_of
from udt.parser.change_sizes import is_change
from udt.parser.chest_effusions import move_chest_effusions
from udt.parser.clock_sites import CLOCK_CUES, may_cite_clock, place_at_clock_positions
from udt.parser.column_headers import CellSpans, axis_columns, cells_under_each, prior_columns
from udt.parser.compared_sizes import ComparedSizes
from udt.parser.comparison_asides import ComparisonAsides
from udt.parser.corrected_sizes import DENIAL_WORDS, correct_sizes
from udt.parser.csv_rows import row_headers, row_sizes, row_tables
from udt.parser.dash_diagnoses import spaced_dashes
from udt.parser.dated_rows import prior_row_cells
from udt.parser.dated_sizes import dated_at
from udt.parser.degrees import DegreeRules
from udt.parser.distance_columns import distance_columns
from udt.parser.distances import DistanceRules, locates
from udt.parser.doubted_cystic_lesions import CYSTIC, doubt_cystic_lesions
from udt.parser.echo_areas import add_echo_areas
from udt.parser.effect_organs import EffectWords
from udt.parser.elongated_shapes import ElongationWords
from udt.parser.face_sites import FaceSites
from udt.parser.findings import (
    FindingBuilder,
    Item,
    Words,
    is_part_size,
    laterality_of,
    new_item,
    parse_sizes,
    side_heading,
)
from udt.parser.fluid_rims import unmark_fluid_rims
from udt.parser.fluid_space_labels import (
    denied_in_recess,
    denied_in_region,
    denied_unplaced,
    fluid_in_recess,
    placed_in_space,
    recess_sentences,
)
from udt.parser.foreign_sides import ForeignSides
from udt.parser.header_units import HeaderWords, read_unit_headers
from udt.parser.implied import ImpliedSiteRules
from udt.parser.inline_items import ITEM_SIGNS, item_label_tokens
from udt.parser.key_units import read_key_units
from udt.parser.label_sides import LabelSides
from udt.parser.labelled_findings import add_labelled_findings
from udt.parser.labelled_rows import add_labelled_rows
from udt.parser.landmark_named import name_landmark_placed
from udt.parser.landmarks import LandmarkRules, WeakSiteCues
from udt.parser.lazy_patterns import lazy_compile
from udt.parser.leaving_words import LeavingWords
from udt.parser.legend_lines import legend_spans
from udt.parser.lesion_blocks import block_heads, block_limb_words
from udt.parser.lesion_lists import split_lesion_lists
from udt.parser.lettered_maps import cite_map_entries
from udt.parser.level_columns import level_column_rows, side_column_cells
from udt.parser.level_nodes import LEVEL_NUMBERS, LEVEL_WORDS, level_tokens, place_at_node_levels
from udt.parser.level_rows import add_level_rows, add_side_cells, bare_levels
from udt.parser.likened_regions import add_likened_regions
from udt.parser.limb_sites import mark_limb_lesions
from udt.parser.line_node_regions import refile_line_nodes
from udt.parser.listed_axes import listed_axis_cells
from udt.parser.lobe_sides import carry_lobe_sides
from udt.parser.lobed_organs import lobe_organ, lobe_sides, lobed_organs
from udt.parser.margins import MarginRules
from udt.parser.matcher import OntologyMatcher, PhraseTable
from udt.parser.measured_recesses import measured_recesses_as_fluid
from udt.parser.multiplied_counts import TIMES_SIGNS, count_after_word, multiplied_count
from udt.parser.named_organs import OrganWords
from udt.parser.nipple_distances import mark_nipple_distances
from udt.parser.node_levels import levelled_size
from udt.parser.node_parts import describes_earlier_nodes
from udt.parser.node_sizes import size_premodifies_node
from udt.parser.normal_nodes import unstructure_benign_nodes
from udt.parser.normal_positions import normal_position_only
from udt.parser.normals import NormalAppearanceRules
from udt.parser.numbered_lines import add_numbered_lines
from udt.parser.numbered_members import LABEL_SIGNS, numbered_count
from udt.parser.offset_lengths import mark_offset_lengths
from udt.parser.one_sided_organs import side_from_organ_mentions
from udt.parser.organ_labels import label_organs
from udt.parser.organ_verdicts import COPULA_GAP
from udt.parser.own_organ_names import names_by_label, names_its_organ, organ_compounds, organ_names_of_diagnoses
from udt.parser.paired_parts import unpaired_mentions, unside_parts
from udt.parser.part_columns import part_size_columns
from udt.parser.part_ranges import mark_part_ranges
from udt.parser.pediatric import PediatricRules, _child_age, _to_pediatric
from udt.parser.pelvic_collections import ORGAN_PELVIS_WORDS, PELVIS_WORDS, place_pelvic_collections
from udt.parser.placed_nodes import named_node_regions, place_unfiled_nodes
from udt.parser.placed_parts import unmark_placing_parts
from udt.parser.placed_sides import CUE_WORDS as PLACED_CUE_WORDS
from udt.parser.placed_sides import side_placed_lesions
from udt.parser.plural_summaries import name_by_plural_summary, plural_summary_names
from udt.parser.posted_side_lines import PostedSideLines
from udt.parser.presented_sides import presented_sides, side_presented_lesions
from udt.parser.prior_words import mark_prior_words
from udt.parser.pronoun_lesions import PronounWords, add_pronoun_lesions
from udt.parser.recalled_sizes import recalled_at
from udt.parser.record import GENERIC, DocState, MentionRecord, Reading, TokenColumns, columns_of, state_of
from udt.parser.region_rows import add_region_rows
from udt.parser.region_sides import region_side, with_landmark_sides
from udt.parser.renamed_lesions import fold_renamed
from udt.parser.repeated_cues import repeated_cue_ends
from udt.parser.segment_sites import place_in_segments
from udt.parser.senses import WordSenseRules
from udt.parser.sentences import OTHER_TIME_OR_EXAM, SENTENCE_BREAK, sentence_end, sentence_starts
from udt.parser.settling import SiteSettlement
from udt.parser.sibling_units import sibling_unit_sizes
from udt.parser.side_cells import cells_by_side
from udt.parser.side_fields import field_side
from udt.parser.side_rows import side_rows
from udt.parser.side_words import SideWordRules
from udt.parser.sided_largest import add_sided_largest
from udt.parser.sited_fluids import sited_fluid_labels, sited_stone_labels
from udt.parser.size_chosen import LARGER_WORDS, SMALLER_WORDS, pick_by_size
from udt.parser.size_lists import SizeLists, plural_word
from udt.parser.skin_distances import settle_skin_distances, skin_distances
from udt.parser.slashed_refines import mark_slashed_refines
from udt.parser.statuses import StatusRules
from udt.parser.study_titles import title_end
from udt.parser.substrings import holds_any
from udt.parser.table_sides import end_clauses_at_borders, side_from_columns
from udt.parser.text_lines import line_start
from udt.parser.texture_words import read_texture_names
from udt.parser.thin_walls import measures_thin_wall
from udt.parser.threshold_sizes import is_threshold
from udt.parser.tirads import TiradsRules
from udt.parser.title_sides import side_unsided_lesions, title_side
from udt.parser.trailing_directions import mark_trailing_directions
from udt.parser.trigger_groups import TRIGGER_GROUPS
from udt.parser.typical_looks import TypicalLooks
from udt.parser.units import LENGTH_UNIT
from udt.parser.unnamed_rows import add_unnamed_rows
from udt.parser.values import DerivedValueRules
from udt.parser.verdicts import Verdicts
from udt.parser.wall_layers import file_layers_in_walls
from udt.parser.wordids import word_ids

if TYPE_CHECKING:
    from collections.abc import Sequence
    from collections.abc import Set as AbstractSet

    from udt.parser.schema import Finding
    from udt.taxonomy import Concept, Taxonomy



def _loose_fluid_organs(tax: Taxonomy, fields: tuple[str, ...]) -> frozenset[str]:
    """The released organs the ontology declares abdominopelvic (``udt:isAbdominopelvic``), and their paediatric
    counterparts: an organ described before free fluid that does not hold it (loose_fluid.py)."""
    out: set[str] = set()
    for organ in tax.values(fields[2]):
        if tax.is_abdominopelvic(organ):
            out.add(organ.us365k_label or organ.label)
            counterpart = tax.pediatric_counterpart(organ)
            if counterpart is not None:
                out.add(counterpart.us365k_label or counterpart.label)
    return frozenset(out)


class _Info(NamedTuple):
    """What a mention of one concept contributes, computed once per concept."""

    label: str
    rolled: dict[str, Concept]
    value: str | None
    adds: tuple[tuple[str, str], ...]  # (field, released value) labels an asserted mention gives
    kind: str  # "anatomy", "normal", "lesion" or "attribute" (the findings pass)
    organ: str | None
    system: str | None
    structure: str | None
    finer: bool  # a finer structure than a released organ or body system ("subcutaneous tissue")


# What _compound_diagnosis remembers of a phrase: (the usual reading it was given, the reading it gives, the
# (field, released value) labels of the attribute the phrase holds).
_CompoundReading = tuple[_Info, _Info, tuple[tuple[str, str], ...]]


class _Report:
    """One report as the sites component's phases share it: what is read of the Doc once (token columns,
    sentences, sections, paediatric cues, landmark cues) and what the mention pass gathers for the phases after
    it (labels, evidence, items, the sites and sentences each kind of mention named). Slots: a phase reads an
    attribute at about the cost of a dictionary probe, and nothing is passed through ``doc.user_data``."""

    __slots__ = ("abnormal", "anatomy_sents", "bar_tables", "cols", "deferred", "denied_grades", "denied_joints",
                 "doubted_sents", "evidence", "fallback_sites", "flow_normals", "hedged_sites", "idx", "implied_apart",
                 "implied_sites", "implied_spread",
                 "item_mentions", "items", "labels", "landmark_ends", "landmark_hits", "lesion_sents", "lesions_within",
                 "lesson_sites", "lower",
                 "margins", "n_tokens", "normals", "organ_sents", "pediatric", "phrase_start", "presented_lesions",
                 "presented_sites",
                 "records", "row_lines", "section_starts", "sections", "sent_starts", "side_normals", "spans",
                 "strings",
                 "strong_sites", "text", "vessel_sents", "weak_items")

    def __init__(self, text: str, bar_tables: BarTables, spans: list[MentionRecord], cols: TokenColumns,
                 strings: Any, sent_starts: list[int], sections: list[tuple[int, str | None]], pediatric: bool,
                 landmark_hits: list[tuple[int, int, int]], labels: dict[str, set[str]],
                 repeats: tuple[frozenset[int], ...] | None = None,
                 row_lines: list[tuple[int, int]] | None = None) -> None:
        # -- read once
        self.text, self.spans, self.cols, self.strings = text, spans, cols, strings
        self.bar_tables = bar_tables  # its lines holding a bar, shared with the other components (bar_tables.py)
        # Token columns instead of Token objects (spaCy builds those one Python object at a time).
        self.lower, self.idx = cols.lower, cols.idx
        self.n_tokens = len(cols.lower)
        self.sent_starts, self.sections = sent_starts, sections
        self.row_lines = row_lines or []  # the comma-separated rows the tokenizer found (csv_rows.py)
        self.section_starts = [s for s, _ in sections]
        self.pediatric = pediatric
        self.landmark_hits = landmark_hits
        self.landmark_ends = {e: s for _, s, e in landmark_hits}
        if landmark_hits and repeats is not None:
            # ("separate from it and from the liver": repeated_cues.py)
            for e, s in repeated_cue_ends(landmark_hits, self.lower, *repeats).items():
                self.landmark_ends.setdefault(e, s)
        # -- gathered by the mention pass
        self.labels = labels
        self.records: list[MentionRecord] = []  # the matcher's records plus derived ones, in report order
        self.evidence: list[MentionRecord] = []  # the ones reported as mentions (Item.index points here)
        self.item_mentions: list[tuple[MentionRecord, int, _Info, int]] = []  # (record, sentence, info, index)
        self.lesions_within: dict[int, Item] = {}  # attribute's evidence index -> the lesion its phrase names
        self.items: list[Item] = []
        self.abnormal = False
        self.fallback_sites: list[dict[str, Concept]] = []  # anatomy outside the findings (indication, title)
        self.lesson_sites: list[dict[str, Concept]] = []  # organs a teaching point names ("Pitfall: a flat IVC")
        self.hedged_sites: list[dict[str, Concept]] = []  # organs hedged diagnoses imply ("probable FNH": the liver)
        self.presented_sites: list[dict[str, Concept]] = []  # anatomy of a case's presentation ("a breast lump")
        # (sentence, concept IRI, anatomy) of a presentation's or history's lesion ("drainage of a liver abscess")
        self.presented_lesions: list[tuple[int, str, dict[str, Concept]]] = []
        self.vessel_sents: set[int] = set()  # sentences naming a bare vessel word ("arterial") or a region, ...
        self.organ_sents: set[int] = set()  # ... and other asserted anatomy
        self.deferred: list[tuple[str, int, _Info, int]] = []  # (why weak, sentence, info, evidence index)
        self.normals: list[tuple[int, int, _Info]] = []  # (record index, sentence, info) of asserted "normal"
        self.side_normals: list[tuple[int, int, _Info]] = []  # ... of a normal attribute ("normal echogenicity")
        self.flow_normals: list[tuple[int, int]] = []  # (record index, sentence) of an asserted "normal flow"
        self.implied_sites: list[tuple[int, Concept]] = []  # (sentence, site) a diagnosis implies ("gallstones")
        self.implied_apart: list[bool] = []  # per implied site: its diagnosis stands apart from its sentence's anatomy
        self.implied_spread: list[bool] = []  # per implied site: its diagnosis spreads to any organ (a metastasis)
        self.anatomy_sents: set[int] = set()  # sentences naming an organ
        self.lesion_sents: set[int] = set()  # sentences asserting a lesion
        self.doubted_sents: set[int] = set()  # sentences of the findings hedging one ("lump in the calf, ?lipoma")
        self.strong_sites: dict[int, set[str]] = {}  # sentence -> organs named there as sites
        self.weak_items: dict[int, Item] = {}
        self.margins: list[tuple[int, _Info, bool]] = []  # (sentence, info, beside a contour word) of asserted margins
        self.phrase_start: dict[int, int] = {}  # evidence index -> char offset of its landmark phrase
        self.denied_grades: set[int] = set()  # token of a grade denied with its dimension ("flow is not reduced")
        self.denied_joints: list[dict[str, str]] = []  # labels of joints denied diagnoses imply ("no ganglion")


@Language.factory(
    "udt_findings",
    default_config={"matcher": "udt_ontology_matcher", "rollups": {}, "normal_beside_findings": True,
                    "fluid_space_labels": True},
)
def make_findings(nlp: Language, name: str, matcher: str, rollups: dict[str, str | None],
                  normal_beside_findings: bool, fluid_space_labels: bool) -> SitesAndFindings:
    if matcher not in nlp.pipe_names:
        raise ConfigError("config.pipeline", f"udt_findings needs the {matcher!r} component before it",
                          "add udt_ontology_matcher first")
    component = nlp.get_pipe(matcher)
    if not isinstance(component, OntologyMatcher):
        raise ConfigError("config.pipeline", f"udt_findings: the component {matcher!r} is not an ontology matcher",
                          "name a udt_ontology_matcher component in the 'matcher' setting")
    return SitesAndFindings(nlp, component, rollups, normal_beside_findings, fluid_space_labels)


class SitesAndFindings(DegreeRules, NormalAppearanceRules, LandmarkRules, PediatricRules, ImpliedSiteRules,
                       SiteSettlement, DerivedValueRules, MarginRules, TiradsRules, WordSenseRules, StatusRules):
    """Statuses, sites and findings of a report (see the module docstring)."""

    _builder_tables: dict[str, Any] | None = None  # (gathered on the first report: _gather_builder_tables)

    def __init__(self, nlp: Language, matcher: OntologyMatcher, rollups: dict[str, str | None] | None = None,
                 normal_beside_findings: bool = True, fluid_space_labels: bool = True) -> None:
        tax: Taxonomy = matcher.taxonomy
        self.taxonomy = tax
        self.matcher = matcher
        self.vocabulary = matcher.vocabulary
        self._dimension_words: frozenset[int] | None = None  # see _ordinal_dimension_words (built on first need)
        self._kind_memo: dict[str, str] = {}  # diagnosis IRI -> _diagnosis_kind (an ontology walk per call)
        self._site_count_memo: dict[str, int] = {}  # diagnosis IRI -> how many typical sites the ontology gives
        self._sites_memo: dict[str, tuple[Concept, ...]] = {}  # diagnosis IRI -> its typical sites (_typical_sites)
        termset = matcher.termset
        self.fields = tax.fields
        self._overrides = _rollup_overrides(tax, rollups or {})
        self.normal_beside_findings = normal_beside_findings
        self.fluid_space_labels = fluid_space_labels  # free fluid labels its space (fluid_space_labels.py)
        self._space_organs: dict[str, frozenset[str]] | None = None  # (built on first need: _label_fluid_spaces)
        self._space_organ_set: frozenset[str] = frozenset()  # (their union, built with them)
        self._space_system_set: frozenset[str] = frozenset()  # (the spaces' body systems, built with them)
        self._rollups: dict[str, dict[str, Concept]] = {}
        self._info: dict[str, _Info] = {}
        # (phrase, IRI, field, child patient) -> (usual reading, reading, attribute labels): see _compound_diagnosis
        self._compound_memo: dict[tuple[tuple[int, ...], str, str, bool], _CompoundReading] = {}
        self._anatomy = frozenset(self.fields[1:3])
        self._diagnosis_field = self.fields[0]
        strings = nlp.vocab.strings
        self._colon = strings.add(":")
        self._anaphora = word_ids(strings, ts.ANAPHORA)
        self._verdict_gaps = word_ids(strings, COPULA_GAP)  # (organ_verdicts.py)
        # Age words are looked up by token hash, not by a regex over the whole text (which costs more).
        self._ped_cues = PhraseTable()
        self._age_cue_senses = AgeCueSenses(strings)
        for cue in self.vocabulary.pediatric_cues:
            hashes = tuple(t.lower for t in nlp.tokenizer(cue) if not t.is_space)
            if hashes:
                self._ped_cues.add(hashes, 0, 0, {})
        self._landmarks = PhraseTable()
        for cue in termset.landmarks:
            hashes = tuple(t.lower for t in nlp.tokenizer(cue) if not t.is_space)
            if hashes:
                self._landmarks.add(hashes, 0, 0, {})
        self._init_landmarks(strings)
        self._part_words = word_ids(strings, ts.PART_WORDS)
        self._aspect_words = word_ids(strings, ts.NORMAL_ASPECT_WORDS)
        self._aspect_stops = word_ids(strings, (".", ";", ",", ":", "but", "with"))
        self._clause_seps = word_ids(strings, (";", ",", "and", "but", "while", "whereas"))
        self._hyphen = strings.add("-")
        self._not = strings.add("not")
        self._comma = strings.add(",")
        self._init_margins(strings)
        self._degree_words = word_ids(strings, ts.DEGREE_WORDS)
        self._echo_only = frozenset({"Echogenicity"})
        self._in = strings.add("in")
        self._init_values(strings)
        self._flow_context = word_ids(strings, (*ts.FLOW_WORDS, *ts.FLOW_CONTEXT_WORDS))
        self._ordinal_fields = frozenset(d.field for d in tax.dimensions if d.ordinal)
        self._degree_gap = word_ids(strings, (*ts.COPULA_WORDS, *ts.DEGREE_GAP_WORDS, *ts.KEY_VALUE_MARKS,
                                                               *ts.DEGREE_HEDGE_WORDS))
        self._degree_hedges = word_ids(strings, ts.DEGREE_HEDGE_WORDS)
        self._site_prepositions = word_ids(strings, ("in", "within", "to", "of", "inside", "around"))
        self._degree_end = word_ids(strings, ts.DEGREE_END_WORDS)
        self._flow_words = word_ids(strings, ts.FLOW_WORDS)
        self._or_and = word_ids(strings, ("or", "and", "/", ","))
        self._and_id = strings.add("and")
        self._part_nouns = word_ids(strings, ts.CLAUSE_ROLES["part"])  # (placed_parts.py)
        self._placing = word_ids(strings, ts.PART_PLACING_WORDS)
        self._quantity_nouns = word_ids(strings, ts.QUANTITY_NOUNS)
        self._septum_words = word_ids(strings, ts.SEPTUM_WORDS)
        self._measuring_words = word_ids(strings, ts.MEASURING_WORDS)  # "cyst of 6 mm above" (direction_sizes.py)
        self._denied_side_words = word_ids(strings, ts.DENIED_SIDE_WORDS)
        self._depth_directions = word_ids(strings, ts.DEPTH_DIRECTIONS)  # "anteriorly" (fluid_depths.py)
        # "c/w haemangioma" (slashed_refines.py): each abbreviation's last letter -> its first
        self._slashed_refines = {strings.add(a[-1]): strings.add(a[0]) for a in ts.SLASHED_REFINES}
        self._slash_id = strings.add("/")
        self._init_statuses(strings)
        self._sides = {strings.add(w): side for side, ws in (("left", ts.LEFT), ("right", ts.RIGHT),
                                                               ("bilateral", ts.BILATERAL)) for w in ws}
        self._roles = {strings.add(w): role for role, ws in ts.CLAUSE_ROLES.items() for w in ws}
        self._bar, self._newline = strings.add("|"), strings.add("\n")
        self._close_bracket = strings.add(")")
        # Side words that may follow an organ's name as its own side ("Breast right:", "Mammae dextra:", "Mamma dx."):
        # English, other languages' whole words and their abbreviations (foreign_sides.py reads them later).
        self._posted_sides = frozenset(self._sides) | word_ids(strings, (
            *(w for ws in ts.FOREIGN_SIDE_WORDS.values() for w in ws),
            *(a + dot for rights, lefts, _ in ts.FOREIGN_SIDE_SYSTEMS for a in (*rights, *lefts) for dot in ("", "."))))
        # Tokens that end the phrase an anatomy mention's side word may stand in (_build_items).
        self._clause_ends = frozenset(strings.add(w) for w in (",", ";"))
        self._dash_ids = word_ids(strings, ts.DIAGNOSIS_DASHES)
        self._size_lists = SizeLists(ts.CLAUSE_ROLES["measure"])
        self._compared_sizes = ComparedSizes(ts.CLAUSE_ROLES["measure"])
        self._verdicts = Verdicts(strings, (*ts.SETTLING_VERBS, *ts.SETTLING_PARTICIPLES, *ts.TEST_RESULT_WORDS))
        self._side_words = frozenset(self._sides)  # (a set: tested against the report's word set in _words)
        self._posted_side_lines = PostedSideLines(strings, self._sides, ts.FOREIGN_SIDE_WORDS)
        self._side_rules = SideWordRules(strings)
        self._label_sides = LabelSides(strings)  # "R1 | same | 4 mm" / "L1 | ..." (label_sides.py)
        self._leaving = LeavingWords(strings)  # "9 mm, left alone": a verb (leaving_words.py)
        # "effusion 7 mm (right hip 3 mm for comparison)": the other side's part (comparison_asides.py)
        self._comparisons = ComparisonAsides(strings)
        self._foreign_sides = ForeignSides(strings)
        self._bilateral_words = word_ids(strings, ts.BILATERAL)
        self._distance_rules = DistanceRules(strings)
        self._normal_node_words = word_ids(strings, ts.NORMAL_NODE_WORDS)
        self._levelled_normal_words = word_ids(strings, ts.LEVELLED_NODE_NORMAL_WORDS)
        self._row_normal_words = frozenset(ts.LEVELLED_NODE_NORMAL_WORDS)  # (level_columns.py: a row's words)
        # Roman level numbers past I (a bare "I" is the pronoun): "Rt III 7 mm" in a node list (level_rows.py).
        self._roman_levels = word_ids(strings, [n for n in LEVEL_NUMBERS if n.strip("ab") in _ROMAN_LEVELS])
        self._node_stations = word_ids(strings, ts.NECK_NODE_STATIONS)  # "Rt paratracheal 5 mm" (level_rows.py)
        self._cell_bar = word_ids(strings, ("|",))  # ("| III | L | 16 x 9 |": a level cell, then a side cell)
        self._limb_words = word_ids(strings, ts.LIMB_SEGMENT_WORDS)
        self._placed_cue_words = word_ids(strings, PLACED_CUE_WORDS)  # (placed_sides.py)
        self._larger_words = word_ids(strings, LARGER_WORDS)  # (size_chosen.py)
        self._smaller_words = word_ids(strings, SMALLER_WORDS)
        self._size_pick_words = self._larger_words | self._smaller_words
        self._the_id = strings.add("the")
        self._scar_words = word_ids(strings, ts.SCAR_WORDS)  # (midline_leads.py)
        self._shape_words = word_ids(strings, ts.SHAPE_LESION_WORDS)  # (shape_named.py)
        self._area_nouns = word_ids(strings, ts.ECHO_AREA_NOUNS)
        self._area_plurals = word_ids(strings, (w for w in ts.ECHO_AREA_NOUNS if w.endswith(("s", "i"))))
        self._likened_words = (word_ids(strings, ts.LIKENING_WORDS), word_ids(strings, ts.LIKENED_ADDING_WORDS),
                               word_ids(strings, ts.LIKENED_COMPARATIVES))  # (likened_regions.py)
        self._finding_heads = word_ids(strings, ts.LABELLED_FINDING_WORDS)
        self._texture_words = word_ids(strings, ts.TEXTURE_WORDS)
        self._pronoun_words = PronounWords(
            word_ids(strings, (*ts.LESION_PRONOUNS, *ts.GROUP_PRONOUNS, *ts.ORDINAL_PRONOUNS, *ts.MEMBER_PRONOUNS,
                               *ts.STAND_IN_NOUNS, *ts.STAND_IN_GROUP_NOUNS, *ts.ONE_MORE_PRONOUNS,
                               *ts.LISTED_REST_WORDS)),
            word_ids(strings, ts.LESION_PRONOUNS_BEFORE_A_SIZE),
            word_ids(strings, (*ts.GROUP_PRONOUNS, *ts.STAND_IN_GROUP_NOUNS)),
            word_ids(strings, ts.SIZE_RANGE_WORDS), word_ids(strings, ts.ORDINAL_PRONOUNS),
            word_ids(strings, ts.ORDINAL_DETERMINERS), word_ids(strings, ts.MEMBER_PRONOUNS),
            word_ids(strings, (*ts.LESION_PRONOUNS_BEFORE_A_SIZE, *ts.MEMBER_PRONOUNS, *ts.ONE_MORE_PRONOUNS)),
            word_ids(strings, ts.CONTRAST_MODIFIERS),
            word_ids(strings, (*ts.STAND_IN_NOUNS, *ts.STAND_IN_GROUP_NOUNS)),
            word_ids(strings, ts.ONE_MORE_PRONOUNS), word_ids(strings, ts.ONE_MORE_DETERMINERS),
            word_ids(strings, ts.UNCOUNTED_PRONOUNS), word_ids(strings, ts.LISTED_REST_WORDS),
            word_ids(strings, set(ts.LISTED_REST_WORDS) - set(ts.GROUP_PRONOUNS)),
            word_ids(strings, ts.INDEFINITE_HOST_DETERMINERS), word_ids(strings, ts.LIKENING_WORDS))
        generic = tax.generic_lesion  # "lesion", "formation": a lesion a later word may name (udt:isGenericLesion)
        self._generic_lesion = generic.label if generic is not None else None
        # Free fluid: the peritoneal cavity unless placed (udt:unplacedSite; loose_fluid.py), by the finding's label.
        self._unplaced = {c.label: space for c in tax if c.dimension == self.fields[0]
                          and (space := tax.unplaced_site(c)) is not None}
        self._unplaced_sites: dict[bool, dict[str, Item]] = {}  # child patient -> finding label -> the space's item
        # Those spaces and their recesses ("Morison's pouch", "subhepatic space"): where a finding of their sentence
        # lies, not a tissue layer that yields to an organ of its own system (settling.py).
        self._body_space_iris = frozenset(
            iri for space in self._unplaced.values()
            for iri in (space.iri, *(c.iri for c in tax.descendants(space))))
        self._loose_fluid_organs = _loose_fluid_organs(tax, self.fields)
        # Each diagnosis concept's broader concepts (by label): a summary that names a lesion by a narrower or
        # broader concept than the findings did ("calculus" ... "Impression: gallbladder polyp" after "polyp")
        # restates it (restated.py).
        self._broader = {c.label: frozenset(a.label for a in tax.ancestors(c))
                         for c in tax.concepts.values() if c.dimension == self.fields[0]}
        # The anatomy concepts: a lesion named by one ("lymph node conglomerate 36 mm") is of unstated nature, which a
        # summary's diagnosis names ("Conclusion: lymph node metastases"; restated.py).
        self._place_labels = frozenset(c.label for c in tax.concepts.values() if c.dimension in self._anatomy)
        # How each diagnosis typically looks: a summary's name is no lesion whose look rules it out (restated.py).
        self._looks = TypicalLooks(tax, self.fields[0])
        self._directions = word_ids(strings, ts.DIRECTION_WORDS)
        # (the offsets of a further lesion: "6 cm more distally", "6 cm downstream, 12 mm"; offset_lengths.py)
        self._offset_adverbs = word_ids(strings, ts.OFFSET_ADVERBS)
        self._trailing_directions = self._directions | self._offset_adverbs
        self._offset_comparatives = word_ids(strings, ts.OFFSET_COMPARATIVES)
        self._distance_noun = strings.add("distance")
        self._distance_objects = word_ids(strings, ("from", "to"))
        self._length_units = word_ids(strings, ts.LENGTH_UNIT_WORDS)
        self._to = strings.add("to")
        self._walls = word_ids(strings, ts.WALL_WORDS)
        self._thin = strings.add("thin")
        self._of = strings.add("of")
        self._millimetres = word_ids(strings, ("mm",))
        self._string_store = strings
        self._part_ranges = word_ids(strings, ts.PART_RANGE_WORDS)
        self._nipples = word_ids(strings, ts.ROMANCE_NIPPLE_WORDS)
        self._nipple_connectors = word_ids(strings, ts.ROMANCE_NIPPLE_CONNECTORS)
        self._cause_words = word_ids(strings, ts.CAUSE_WORDS + ts.EXTENT_WORDS)
        # "Pancreatic head: mass 31 mm, causing dilatation of the CBD": no bile-duct mass (effect_organs.py)
        self._effect_words = EffectWords(word_ids(strings, ts.EFFECT_NOUNS), word_ids(strings, ("of",)),
                                         word_ids(strings, ts.RELATION_NOUNS), word_ids(strings, ("to", "with")),
                                         word_ids(strings, ts.EFFECT_ADJECTIVES))
        self._extent_heads = word_ids(strings, ts.EXTENT_HEADS)  # ("down to", "up to": cause_sizes.py)
        self._prior_words = word_ids(strings, ts.PRIOR_WORDS)
        self._prior_tails = word_ids(strings, ts.PRIOR_TAILS)
        self._pre = strings.add("pre")
        self._full_stop = strings.add(".")
        self._normal_iri = self.vocabulary.normal_iri
        organ_field, system_field = self.fields[2], self.fields[1]
        self._system_of = {
            o.us365k_label: s.us365k_label
            for o in tax.values(organ_field)
            if (s := tax.rollups(o).get(system_field)) is not None and o.us365k_label
        }
        # Roles the ontology declares (never guessed from wording).
        concepts = list(tax)
        self._landmark_iris = frozenset(c.iri for c in concepts if c.dimension in self._anatomy and
                                        tax.is_landmark(c))
        # The side declared for one of a pair ("right kidney", which reports also name "RK").
        self._declared_sides = {c.iri: side for c in concepts if c.dimension in self._anatomy and
                                (side := tax.laterality(c)) is not None}
        # Regions and tissue layers ("thigh", "muscle"), sites only where no organ of another system is named.
        self._region_iris = frozenset(c.iri for c in concepts if c.dimension in self._anatomy and tax.is_region(c))
        # Recesses of a region ("hepatorenal recess" in the peritoneal cavity): named only where one looked there, so
        # one that a denial finds dry was examined, unlike a whole cavity denied in passing (see landmarks.py).
        self._recess_iris = frozenset(c.iri for c in concepts if c.iri in self._region_iris
                                      and any(p.iri in self._region_iris and not p.us365k_label
                                              for p in tax.parents(c)))
        self._region_organs = frozenset(c.us365k_label for c in tax.values(self.fields[2])
                                        if c.iri in self._region_iris and c.us365k_label)
        self._side_field_keys = word_ids(  # (side_fields.py's gate: each word of its keys)
            strings, (*ts.SIDE_FIELD_KEYS, *(w for key in ts.SITE_FIELD_KEYS for w in key.split())))
        # Organs the body has one of: a side word is never the laterality of a finding in them.
        self._unpaired_organs = frozenset(c.us365k_label for c in concepts if c.dimension == self.fields[2] and
                                          c.us365k_label and tax.is_unpaired(c))
        # Diagnoses that are a state of a whole organ (hydronephrosis): findings about the organ, not lesions.
        self._organ_states = frozenset(c.label for c in concepts if c.dimension == self.fields[0] and
                                       tax.is_organ_state(c))
        # ... and those organs with the parts declared unpaired (the thyroid isthmus): a heading naming one ends a side
        # heading (side_headings.py).
        self._unpaired_places = self._unpaired_organs | frozenset(
            c.label for c in concepts if c.dimension in self._anatomy and tax.is_unpaired(c))
        # ... of them, the parts of an organ the body has one of (the appendix, the mesentery, the umbilicus, a liver
        # lobe), not the unpaired part of a paired organ (the thyroid isthmus, beside two lobes): a side word before
        # one names a region of it ("right lower quadrant"), never a laterality, wherever a child's abdomen files it.
        self._single_organ_places = frozenset(
            c.label for c in concepts if c.dimension in self._anatomy and tax.is_unpaired(c)
            and (o := dict(tax.rollups(c.iri)).get(self.fields[2])) is not None and tax.is_unpaired(o))
        # Words of a diagnosis that name its organ ("pleural effusion"): that organ places it (named_organs.py).
        self._organ_words = OrganWords(strings, self.vocabulary, self._anatomy, self._organ_for)
        self._pediatric_diagnoses = frozenset(c.iri for c in concepts if c.dimension == self.fields[0] and
                                              tax.is_pediatric(c))
        self._implied: dict[str, tuple[Concept, ...]] = {}
        self._implied_child: dict[str, tuple[Concept, ...]] = {}
        # The names of the organ each diagnosis implies: a lesion named with them is in that organ (own_organ_names.py)
        self._organ_names = organ_names_of_diagnoses(
            (c for c in tax.concepts.values() if c.dimension == self.fields[0]), self._implied_sites,
            lambda iri: self._rollups_of(iri).get(self.fields[2]))
        self._organ_named_by_label = names_by_label(self._organ_names, lambda iri: tax.concepts[iri].label)
        # ... and its one-word names that hold the organ's, "Nebenschilddrüsenadenom": they state the site too
        self._organ_compounds = organ_compounds(self._organ_names, {
            c.iri: frozenset(n.casefold() for n in c.foreign_synonyms)
            for c in tax.concepts.values() if c.dimension == self.fields[0] and c.foreign_synonyms})
        # Organs with lobes: a lesion a bare "lobe" places is in the one the report names (lobed_organs.py).
        self._lobed_organs = lobed_organs((c for c in concepts if c.dimension in self._anatomy), self._organ_label,
                                          termset.lobe_words)
        self._lobe_words = word_ids(strings, termset.lobe_words)
        self._pole_words = word_ids(strings, ts.POLE_WORDS)
        # ... and the rest, the parts of a paired organ the body has one of (a kidney graft), but those of a lobed
        # organ: a thyroid nodule's structure may be the isthmus named beside its lobe, and midline_place
        # (heading_scope.py) already reads an isthmus nodule's own words (paired_parts.py)
        single_parts = self._unpaired_places - self._single_organ_places - self._unpaired_organs
        self._paired_organs_single_parts = frozenset(
            c.label for c in concepts if c.label in single_parts and self._organ_label(c.iri) not in self._lobed_organs)
        self._lobe_stops = word_ids(strings, ts.LOBE_SIDE_STOPS)
        self._pelvis_words = (strings.add(PELVIS_WORDS[0]), strings.add(PELVIS_WORDS[1]))  # (pelvic_collections.py)
        self._organ_pelvis_words = word_ids(strings, ORGAN_PELVIS_WORDS)
        self._denial_words = word_ids(strings, DENIAL_WORDS)  # (corrected_sizes.py)
        self._header_words = HeaderWords.from_termset(termset)  # (header_units.py)
        self._site_organ_memo: dict[str, frozenset[Concept]] = {}
        self._descriptive = frozenset(self.fields[3:])
        # Attributes a diagnosis's name states of the lesion ("solid mass" -> solid components); a shape word in a
        # name is part of the name ("nodular goitre", "focal nodular hyperplasia"), not the lesion's shape.
        self._named_attributes = self._descriptive - {"Shape"}
        self._denied_kinds = self._kinds_denied_as_absence()
        self._shape_field, self._echo_field, self._margin_field = "Shape", "Echogenicity", "Margins"
        self._internal_field = "InternalCharacteristics"
        self._vascularity_field, self._normal_flow_value = "Vascularity", "normal/regular vascularity"
        self._coordinators = word_ids(strings, ("and", "or", "&"))
        self._flow_site_adjectives = word_ids(strings, ts.FLOW_SITE_ADJECTIVES)
        self._artefact_words = word_ids(strings, ts.ARTEFACT_WORDS)
        self._contour_words = word_ids(strings, ts.CONTOUR_WORDS)
        self._organ_contour_words = word_ids(strings, ts.ORGAN_CONTOUR_WORDS)
        self._outline_causes = word_ids(strings, ts.OUTLINE_CAUSE_WORDS)
        self._contour_margin = self._contour_margins()
        self._with = strings.add("with")
        self._copula_words = word_ids(strings, ts.COPULA_WORDS)
        self._grades, self._bare_grades = self._grade_words(strings)
        self._brackets = (strings.add("("), strings.add(")"))
        self._echo_prefixes = self._echogenicity_prefixes(strings)
        self._tirads_targets = self._thyroid_nodule_targets()
        self._tirads_memo: dict[tuple[tuple[tuple[str, tuple[str, ...]], ...], tuple[str, ...]], Any] = {}
        # A node named without its region ("lymph node", not "axillary lymph node" or a part such as its hilum).
        node = tax.find("lymph node", self.fields[2])
        self._node_iri = node.iri if node is not None else None
        self._node_iris = self._lymph_node_iris(node)
        # Diagnoses found only in lymph nodes, and the cervical nodes' organ: a nodal level places them
        # (level_nodes.py).
        self._node_diagnoses = frozenset(
            c.label for c in tax if c.dimension == self.fields[0] and (sites := tax.sites(c.iri))
            and all(site.iri in self._node_iris for site in sites))
        self._node_diagnosis_iris = frozenset(c.iri for c in tax if c.label in self._node_diagnoses)
        cervical = tax.find("cervical lymph node", self.fields[2])
        self._cervical_node_iri = cervical.iri if cervical is not None else None
        self._level_words = word_ids(strings, LEVEL_WORDS)
        self._level_numbers = word_ids(strings, LEVEL_NUMBERS)
        # The organs a clock-face position tells apart (clock_sites.py).
        self._breast_organ = self._organ_for_label("breast")
        self._axilla_organ = self._organ_for_label("axilla")
        self._init_pediatric(strings)
        self._denied_margin = self._opposite_margins()
        self._side_word = strings.add("side")
        self._line_breaks = word_ids(strings, ("\n", "\n\n", " \n", "\n "))  # (a side heading opens its line)
        self._sides_hashes = word_ids(strings, ("right", "left", "other", "contralateral"))
        self._stone_iris, self._stone_focus_values = self._stones_and_foci()
        self._stone_labels = frozenset(tax.concepts[i].label for i in self._stone_iris)  # (findings.py's appositives)
        self._focus_words = word_ids(strings, ts.FOCUS_WORDS)
        self._single_focus = strings.add(ts.FOCUS_WORDS[0])  # "focus": one stone's, where a sentence names it
        # Translated reports call a thyroid nodule a "node" ("in the right lobe is determined a node 8 mm").
        thyroid_nodule = tax.find("thyroid nodule", self.fields[0])
        self._thyroid_nodule = thyroid_nodule.iri if thyroid_nodule is not None else None
        self._init_senses(strings)
        # The concepts a mention's first step reads in another sense (a node, a nodule, a mass): one set probe per
        # mention before the three tests, as most mentions name none of them (see _read_mentions).
        self._reread_iris = self._node_iris | {i for i in (self._nodule_iri, self._mass_iri) if i is not None}
        self._node_parts = self._lymph_node_parts(node)
        self._node_part_labels = frozenset(tax.concepts[i].label for i in self._node_parts)  # (node_parts.py)
        # Every word _in_other_sense can read in another sense (before or after it): its first test. The complaint
        # mass's nouns are read from their own set ("palpable masses", "masa"), not only where another rule holds one.
        self._other_sense_words = frozenset(self._other_sense) | frozenset(self._other_sense_before_words) \
            | frozenset(self._other_sense_near) | frozenset(self._other_sense_around) | self._complaint_mass_nouns \
            | self._number_senses
        # The fields a word read in another sense is dropped from: anatomy, diagnosis, the content words
        # ("cystic formation", "cystic disease": no cystic component; termset.CYSTIC_KIND_NOUNS) and the posterior
        # features ("arterial enhancement": contrast taken up, no posterior enhancement; termset.OTHER_SENSE_BEFORE)
        # and the echo words ("bright red bleeding": a colour, no echo level; termset.BRIGHT_OTHER_NOUNS).
        self._sense_fields = self._anatomy | {self._diagnosis_field, self._echo_field, self.fields[6], self.fields[7]}
        # A bare "fluid": a fluid collection only where denied, placed or measured (termset.BARE_FLUID_WORDS).
        self._bare_fluid = word_ids(strings, ts.BARE_FLUID_WORDS)
        self._init_implied(strings)
        self._otherwise_words = word_ids(strings, ts.OTHERWISE_WORDS)
        self._abnormal_state = word_ids(strings, ts.ABNORMAL_STATE_WORDS)
        self._abnormal_state_anywhere_words = self._abnormal_state | word_ids(strings, ts.ABNORMAL_STATE_NOUNS)
        self._side_normal_blockers = word_ids(strings, (*ts.ABNORMAL_STATE_WORDS,
                                                                        *ts.CHANGED_ASPECT_WORDS))
        self._abnormal_denials = word_ids(strings, ts.ABNORMAL_STATE_DENIALS)
        self._other_modalities = word_ids(strings, ts.OTHER_MODALITIES)
        self._deposit_words = word_ids(strings, ts.DEPOSIT_WORDS)
        # What a stray "deposit" is (termset.DEPOSIT_WORDS) in a report naming where stones form (udt:hasTypicalSite
        # of the calculus, and their parts)
        stone = tax.find("calculus", self.fields[0])
        self._stone_iri = stone.iri if stone is not None else None
        self._stone_sites = frozenset(
            iri for site in (tax.sites(stone) if stone is not None else ())
            for iri in (site.iri, *(c.iri for c in tax.descendants(site))))
        self._breast_abbreviations = word_ids(strings, ts.BREAST_ABBREVIATIONS)
        self._breast_report_words = word_ids(strings, ts.BREAST_REPORT_WORDS)
        self._catheter_abbreviations = word_ids(strings, ts.CATHETER_ABBREVIATIONS)
        self._urinary_report_words = word_ids(strings, ts.URINARY_REPORT_WORDS)
        self._catheter_blockers = word_ids(strings, ts.CATHETER_SENSE_BLOCKERS)
        self._malignancy_nouns = word_ids(strings, ts.DENIED_VERDICT_WORDS)
        self._sided_regions = word_ids(strings, ts.SIDED_REGION_WORDS)
        # ... and a sided abdominal wall itself ("Left abdominal wall: seroma"), not across the midline
        # (region_sides.py)
        self._sided_walls = (word_ids(strings, ts.SIDED_WALL_WORDS), strings.add("wall"),
                             word_ids(strings, ts.MIDLINE_SITE_WORDS))
        self._sided_region_gate = self._sided_regions | self._sided_walls[0]
        self._clause_stops = word_ids(strings, (".", ";"))
        self._region_sided = frozenset(c.us365k_label for c in concepts if c.dimension == self.fields[2]
                                       and c.us365k_label and c.label in ts.REGION_SIDED_ORGANS)
        self._oncology_words = word_ids(strings, ts.ONCOLOGY_WORDS)
        # The groin organ, and the abdominal wall's inguinal canal (see _groin_wins), from the ontology.
        groin, canal = tax.find("groin", self.fields[2]), tax.find("inguinal canal", self.fields[2])
        self._groin = self._organ_label(groin.iri) if groin is not None else None
        self._inguinal_canal = canal.iri if canal is not None else None
        self._abdominal_wall = self._organ_label(canal.iri) if canal is not None else None
        # The hollow viscera the peritoneal cavity surrounds: a collection beside them lies outside (recess_fluid.py).
        # (not the appendix: a periappendiceal collection is filed with it, as pericholecystic fluid is)
        self._viscera = frozenset(label for name in ("gastrointestinal tract",)
                                  if (c := tax.find(name, self.fields[2])) is not None
                                  and (label := self._organ_label(c.iri)) is not None)
        chest_wall = tax.find("thoracic wall", self.fields[2])
        # The body walls: a tissue layer their parts place is theirs, not the soft tissues' (wall_layers.py).
        self._body_walls = frozenset(o for o in (self._abdominal_wall, chest_wall.us365k_label if chest_wall else None)
                                     if o)
        # ... and the regions that are organ values of their own, whose subcutis is theirs as a wall's is (guideline:
        # a subcutaneous epidermoid cyst of the groin, upper-buttock subcutis -> Hip groin and buttock).
        self._layer_regions = self._body_walls | ({self._groin} if self._groin else set())
        self._region_walls = self._layer_regions - self._body_walls
        fistula = tax.find("arteriovenous fistula", self.fields[2])
        self._fistula = self._organ_label(fistula.iri) if fistula is not None else None
        soft = tax.find("soft tissues", self.fields[2])
        self._tissue_organ = soft.us365k_label if soft is not None else None
        # The recesses of those spaces by label, and the free fluid a measured one holds (measured_recesses.py).
        self._recess_iris = frozenset(
            c.iri for space in self._unplaced.values() for c in tax.descendants(space) if c.iri != space.iri)
        loose = tax.find("free fluid", self.fields[0])
        self._loose_fluid_label = loose.label if loose is not None else None
        self._tissue_organ_iri = soft.iri if soft is not None else None
        self._init_settling(strings)
        knee = tax.find("knee", self.fields[2])
        self._joint_system = self._system_of.get(knee.us365k_label or "") if knee is not None else None
        self._from = strings.add("from")
        self._space_memo: dict[str, str] = {}  # diagnosis IRI -> system of the space it fills, "" if none
        self._space_sites: set[str] = set()  # the sites of those spaces (the peritoneal cavity), as found
        fluid = tax.find("fluid collection", self.fields[0])
        self._fluid_value = fluid.us365k_label if fluid is not None else None
        self._sited_fluids = sited_fluid_labels(tax, self.fields[0], fluid.label) if fluid is not None else frozenset()
        self._sited_stones = sited_stone_labels(tax, self.fields[0], "calculus")
        self._elongations = ElongationWords(strings, self._descriptive)  # (elongated_shapes.py)
        self._clause_ends_for_lists = word_ids(strings, (".", ";", ":", "\n", "\n\n", "with", "is",
                                                                        "are", "was", "were"))
        self._sentence_stops = word_ids(strings, (".", "\n", "\n\n", "!", "?"))
        # (a comparison's reference is another subject: "increased flow compared with the normal right side")
        self._contrasts = word_ids(strings, (";", "but", "whereas", "while", "however", "although", "compared",
                                             "than"))
        self._same_subject = word_ids(strings, ts.SAME_SUBJECT_AFTER_CONTRAST) | self._abnormal_state
        self._semicolon_id = strings.add(";")
        self._predicate_ends = word_ids(strings, (",", ";", ".", "and", "with", "but", "\n"))
        self._part_clause_ends = word_ids(strings, (",", ";", ":", "."))
        # Before a cue's repeated preposition, and the list mark that repeats "from" / "to" ("separate from the
        # liver, from the kidney and from the adrenal": repeated_cues.py).
        self._repeat_joiners = word_ids(strings, ("and", "or"))
        self._repeat_lists = (word_ids(strings, (",",)), word_ids(strings, ("from", "to")))
        part_words = frozenset((*ts.PART_WORDS, *ts.PART_LABEL_WORDS)) - frozenset(ts.OTHERWISE_WORDS)
        self._part_iris = frozenset(c.iri for c in concepts if c.dimension in self._anatomy
                                    and not part_words.isdisjoint(c.label.casefold().split()))
        self._part_or_member_iris = self._part_iris | frozenset(
            c.iri for c in concepts if c.dimension in self._anatomy
            and not frozenset(ts.MEMBER_LABEL_WORDS).isdisjoint(c.label.casefold().split()))
        # "TR4", "TI-RADS 3": a nodule named by its TI-RADS level alone, or the grade of a nodule named before.
        self._graded_nodules, self._graded_site = self._graded_nodule_targets()
        self._graded_row_kinds_by_organ = self._graded_row_kinds()  # (a scored table's rows: unnamed_rows.py)
        graded = [c for label in ts.GRADED_LESION_LABELS if (c := tax.find(label, self.fields[0])) is not None]
        self._graded_lesions = frozenset(d.label for c in graded for d in (c, *tax.descendants(c)))
        self._generic_vessels = self._generic_vessel_iris()
        self._tissue_layers = self._tissue_layer_iris()
        # A muscle named beside a lipoma or haematoma places it in a limb's soft tissues (limb_sites.py).
        muscle, soft = tax.find("muscle", self.fields[2]), tax.find("soft tissues", self.fields[2])
        self._muscle_iris = frozenset((muscle.iri, *(c.iri for c in tax.descendants(muscle)))) \
            if muscle is not None else frozenset()
        self._soft_organ = soft.us365k_label if soft is not None else None
        # A diagnosis named by the echogenicity it shows ("periventricular echogenicity"): denied, that echogenicity.
        hyper = tax.find(ts.ECHO_NAMED_VALUE, self._echo_field)
        self._echo_named_value = hyper.iri if hyper is not None else None
        self._echo_name_words = word_ids(strings, ts.ECHO_NAME_WORDS)
        # A single echogenic focus that casts a shadow or sits in a lesion is a calcification (calcific_foci.py).
        calc = next((c for c in tax.values(self._internal_field) if c.us365k_label == ts.CALCIFICATION_VALUE), None)
        self._calcific_focus_iri = calc.iri if calc is not None else None
        shadowing = tax.find("shadowing", self.fields[7])
        self._shadowing_iri = shadowing.iri if shadowing is not None else None
        # (a shadowing focus its sentence names a foreign body is that body, bright but no calcification)
        foreign = tax.find("foreign body", self.fields[0])
        self._foreign_body_iris = frozenset({foreign.iri, *(c.iri for c in tax.descendants(foreign))}) \
            if foreign is not None else frozenset()
        self._vessel_organs = frozenset(tax.concepts[i].us365k_label for i in self._generic_vessels)
        # The dialysis access, and the organs a collection beside it is otherwise filed on (access_collections.py):
        # its own body system's and the soft tissues.
        self._access_organ = self._organ_for_label("dialysis fistula")
        # ... and the joints of its arm, whose unsided lesions lie on the access's side (access_sides.py)
        self._access_arm_organs = frozenset(
            o for o in (self._access_organ, *map(self._organ_for_label, ts.ACCESS_ARM_ORGANS)) if o is not None)
        access_system = self._system_of.get(self._access_organ or "")
        self._access_neighbours = frozenset(
            o for o, system in self._system_of.items() if access_system is not None and system == access_system
            and o != self._access_organ) | ({self._soft_organ} if self._soft_organ else set())
        # Organs other than the node's own that hold a region's nodes (Axilla, Hip groin and buttock, ...).
        own = self._rollups_of(node.iri).get(self.fields[2]) if node is not None else None
        self._node_regions = frozenset(
            o.us365k_label for iri in self._node_iris
            if (o := self._rollups_of(iri).get(self.fields[2])) is not None and o.us365k_label and o != own
        )
        # The Lymph nodes organ (and its paediatric counterpart) and the other organs that hold a region's nodes.
        self._node_organs = frozenset(o.us365k_label for o in (own, self._pediatric_of(own))
                                      if o is not None and o.us365k_label)
        regions = [tax.find(r, self.fields[2]) for r in self._node_regions]
        self._node_region_organs = frozenset(o.us365k_label for r in regions for o in (r, self._pediatric_of(r))
                                             if o is not None and o.us365k_label) - self._node_organs
        self._neck_system = self._system_of.get(own.us365k_label or "") if own is not None else None
        # A face or scalp lesion's systems: the head and neck's and the soft tissues' (face_sites.py).
        self._face_sites = FaceSites(strings, frozenset(
            (self._neck_system, self._system_of.get(self._tissue_organ or ""))))
        # Anatomy whose own name is a vessel or duct ("portal vein", matched by a bare "portal"): in a list of
        # vessels it names that vessel, not a region (_listed_vessel).
        heads = {*ts.LIST_HEADS, "duct", "vein", "artery", "vessel"}
        self._named_vessel_iris = frozenset(c.iri for c in concepts if c.dimension in self._anatomy
                                            and c.label.casefold().rsplit(" ", 1)[-1] in heads)
        # The gates of the steps that need one of these words in the report (trigger_groups.py)
        # (_words: every word that one of _mark_roles's steps needs)
        self._role_steps_gate = TRIGGER_GROUPS.group(frozenset((self._pre, self._bar, self._slash_id)).union(
            self._directions, self._offset_adverbs, (self._distance_noun,), self._walls, self._prior_words,
            self._part_ranges, self._nipples, self._part_nouns))
        self._area_nouns_gate = TRIGGER_GROUPS.group(self._area_nouns)
        self._bare_fluid_gate = TRIGGER_GROUPS.group(self._bare_fluid)
        self._bilateral_words_gate = TRIGGER_GROUPS.group(self._bilateral_words)
        self._bone_words_gate = TRIGGER_GROUPS.group(self._bone_words)
        self._breast_report_words_gate = TRIGGER_GROUPS.group(self._breast_report_words)
        self._catheter_blockers_gate = TRIGGER_GROUPS.group(self._catheter_blockers)
        self._denial_words_gate = TRIGGER_GROUPS.group(self._denial_words)
        self._directions_gate = TRIGGER_GROUPS.group(self._directions)
        self._effusion_words_gate = TRIGGER_GROUPS.group(self._effusion_words)
        self._level_numbers_gate = TRIGGER_GROUPS.group(self._level_numbers)
        self._level_words_gate = TRIGGER_GROUPS.group(self._level_words)
        self._limb_words_gate = TRIGGER_GROUPS.group(self._limb_words)
        self._lobe_words_gate = TRIGGER_GROUPS.group(self._lobe_words)
        self._nipples_gate = TRIGGER_GROUPS.group(self._nipples)
        self._node_stations_gate = TRIGGER_GROUPS.group(self._node_stations)
        self._offset_comparatives_gate = TRIGGER_GROUPS.group(self._offset_comparatives)
        self._oncology_words_gate = TRIGGER_GROUPS.group(self._oncology_words)
        self._other_modalities_gate = TRIGGER_GROUPS.group(self._other_modalities)
        self._parathyroid_words_gate = TRIGGER_GROUPS.group(self._parathyroid_words)
        self._part_nouns_gate = TRIGGER_GROUPS.group(self._part_nouns)
        self._part_ranges_gate = TRIGGER_GROUPS.group(self._part_ranges)
        self._placed_cue_words_gate = TRIGGER_GROUPS.group(self._placed_cue_words)
        self._prior_tails_gate = TRIGGER_GROUPS.group(self._prior_tails)
        self._prior_words_gate = TRIGGER_GROUPS.group(self._prior_words)
        self._recess_cues_gate = TRIGGER_GROUPS.group(self._recess_cues)
        self._roman_levels_gate = TRIGGER_GROUPS.group(self._roman_levels)
        self._scar_words_gate = TRIGGER_GROUPS.group(self._scar_words)
        self._side_field_keys_gate = TRIGGER_GROUPS.group(self._side_field_keys)
        self._side_words_gate = TRIGGER_GROUPS.group(self._side_words)
        self._sided_region_group = TRIGGER_GROUPS.group(self._sided_region_gate)
        self._size_pick_words_gate = TRIGGER_GROUPS.group(self._size_pick_words)
        self._texture_words_gate = TRIGGER_GROUPS.group(self._texture_words)
        self._thyroid_report_words_gate = TRIGGER_GROUPS.group(self._thyroid_report_words)
        self._trailing_directions_gate = TRIGGER_GROUPS.group(self._trailing_directions)
        self._urinary_report_words_gate = TRIGGER_GROUPS.group(self._urinary_report_words)
        self._walls_gate = TRIGGER_GROUPS.group(self._walls)

    def _organ_iri(self, iri: str) -> str | None:
        organ = self._rollups_of(iri).get(self.fields[2])
        return organ.iri if organ is not None else None

    def _lymph_node_iris(self, node: Concept | None) -> frozenset[str]:
        """Lymph nodes: the concept ``node``, its subclasses, and anatomy named as a kind of it ("axillary lymph
        node", filed under Axilla so that it rolls up to Breast and Axilla, is still a node when measured alone)."""
        tax = self.taxonomy
        if node is None:
            return frozenset()
        iris = {node.iri, *(c.iri for c in tax.descendants(node))}
        heads = tuple(" " + n.casefold() for n in (node.label, *node.exact_synonyms) if " " in n or len(n) > 3)
        for c in tax:
            if c.dimension in self._anatomy and c.label.casefold().endswith(heads):
                iris.add(c.iri)
        return frozenset(iris)

    def _lymph_node_parts(self, node: Concept | None) -> frozenset[str]:
        """Parts of a lymph node ("fatty hilum"): the kinds of the generic node that are not themselves nodes of
        a region ("cervical lymph node"). A part describes a node wherever the node lies, so it names no organ
        of its own: the node's region does ("Left axilla: node 2 cm, fatty hilum preserved" -> Axilla)."""
        tax = self.taxonomy
        if node is None:
            return frozenset()
        names = [n.casefold() for n in (node.label, *node.exact_synonyms)]
        return frozenset(
            c.iri for c in tax.descendants(node)
            if not any(c.label.casefold().endswith(n) for n in names)
        )

    def _tissue_layer_iris(self) -> frozenset[str]:
        """The finer concepts of the soft-tissue region ("skin", "subcutaneous fat", "muscle", "fascia"). Being finer
        structures, they would otherwise be read as the site of a lesion in their sentence; as layers they are
        where another organ's finding lies ("overlying skin thickened" in a breast study), so they are read as
        regions. The peritoneum's parts (omentum, mesentery) are organs of their own and stay structures."""
        tax, organ_field = self.taxonomy, self.fields[2]
        soft = tax.find("soft tissues", organ_field)
        if soft is None:
            return frozenset()
        return frozenset(c.iri for c in tax.descendants(soft) if c.iri in self._region_iris)

    def _generic_vessel_iris(self) -> frozenset[str]:
        """The released organs of the peripheral-vessel body system themselves ("artery", "arterial", "vein",
        "venous" match these, a named vessel such as "femoral vein" matches a finer concept). A bare vessel word in
        a report about another system's organ is that organ's vessel ("feeding artery" of a liver lesion,
        "arterial RI" of a renal graft), not a peripheral-vessel study."""
        tax, organ_field, system_field = self.taxonomy, self.fields[2], self.fields[1]
        artery = tax.find("artery", organ_field)
        system = tax.rollups(artery).get(system_field) if artery is not None else None
        if system is None:
            return frozenset()
        return frozenset(c.iri for c in tax.values(organ_field) if tax.rollups(c).get(system_field) == system)

    # -- per concept ------------------------------------------------------------------------------
    def _normal_info(self) -> _Info | None:
        """What a "normal appearance" mention contributes (the concept's cached reading); None for an ontology
        with no normal diagnosis."""
        iri = self._normal_iri
        if iri is None:
            return None
        return self._info.get(iri) or self._describe(iri, self.fields[0], None)

    def _is_collection(self, rec: MentionRecord) -> bool:
        """``rec`` names a fluid collection (a haematoma, a seroma, a "collection"): its released diagnosis."""
        if rec.field != self._diagnosis_field or rec.iri not in self.taxonomy.concepts:
            return False
        return self._info_value(rec) == self._fluid_value

    def _describe(self, iri: str, field: str, rolled: dict[str, Concept] | None) -> _Info:
        """What a mention of ``iri`` contributes (cached for the usual roll-ups; built afresh for others)."""
        fields = self.fields
        concept = self.taxonomy.concepts[iri]
        cache = rolled is None
        if rolled is None:
            rolled = self._rollups_of(iri)
        own = rolled.get(field)
        organ, system = rolled.get(fields[2]), rolled.get(fields[1])
        kind = (
            "anatomy" if field in self._anatomy
            else ("normal" if iri == self.vocabulary.normal_iri else self._diagnosis_kind_of(concept))
            if field == fields[0]
            else "attribute"
        )
        info = _Info(
            label=concept.label,
            rolled=rolled,
            value=own.us365k_label if own is not None else None,
            adds=tuple((f, c.us365k_label) for f, c in rolled.items() if c.us365k_label),
            kind=kind,
            organ=organ.us365k_label if organ else None,
            system=system.us365k_label if system else None,
            structure=None if concept.is_released_value else concept.label,
            finer=not concept.is_released_value,
        )
        if cache:
            self._info[iri] = info
        return info

    def _diagnosis_kind_of(self, concept: Concept) -> str:
        """:func:`_diagnosis_kind`, once per concept (``_describe`` runs afresh for a paediatric or swallowed site)."""
        kind = self._kind_memo.get(concept.iri)
        if kind is None:
            kind = self._kind_memo[concept.iri] = _diagnosis_kind(self.taxonomy, concept)
        return kind

    def _rollups_of(self, iri: str) -> dict[str, Concept]:
        found = self._rollups.get(iri)
        if found is None:
            found = dict(self.taxonomy.rollups(iri))
            override = self._overrides.get(iri)
            if override is not None:
                field, value = override
                found.pop(field, None)
                if value is not None:
                    found[field] = value
            self._rollups[iri] = found
        return found

    # -- the component ----------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        """Read the report in phases: its columns, sentences and sections once (:meth:`_read_report`); then each
        mention in report order (:meth:`_read_mentions`) and the items of the findings pass (:meth:`_build_items`);
        then the sites the whole report decides (:meth:`_settle_sites`), "normal appearance"
        (:meth:`_normal_appearance`) and the findings (:meth:`_assemble_findings`). Each phase is a method with
        one idea; the per-report state they share is one :class:`_Report`."""
        state = state_of(doc)
        text = state.text or ""
        if not text.strip():
            state.mentions = []
            state.reading = Reading(labels={f: set() for f in self.fields}, warnings=["empty report"])
            return doc
        r = self._read_report(doc, state, text)
        self._read_mentions(r)
        self._build_items(r)
        self._fluid_in_a_bounded_recess(r)  # "free fluid between the liver and the right kidney" (implied.py)
        self._settle_sites(r)
        self._label_numbered_parts(r)  # "a cyst in segment 7": the liver, with no liver mention (organ_parts.py)
        organ_normal = self._normal_appearance(r)
        # (a child's soft tissues, nerves, an adult table's organ: the paediatric organ they lie in)
        moved = self._child_organs.settle(r.labels, r.cols.words) if r.pediatric else None
        if r.pediatric:  # (a boy's groin beside his scrotum: no infant hip, child_groins.py)
            moved = {**(moved or {}), **self._child_groins.settle(r.labels, r.records)}
        findings = self._assemble_findings(r)
        if moved:
            self._child_organs.refile(findings, moved, r.labels)
        if self.fluid_space_labels and self._unplaced:
            self._label_fluid_spaces(r, findings)
        if r.abnormal and not self._node_diagnosis_iris.isdisjoint(map(_IRI, r.spans)):
            self._label_placed_nodes(r)  # "cervical adenopathy 13 mm": the neck's nodes (placed_nodes.py)
        if state.site_labels:  # ("ET: 8.4 mm" in a follicle-tracking note: measured_abbreviations.py)
            self._label_measured_sites(state.site_labels, r)
        warnings = [] if r.evidence else ["no ontology concept found in the report"]
        state.mentions = r.records
        state.reading = Reading(labels=r.labels, findings=findings, warnings=warnings, abnormal=r.abnormal,
                                organ_normal=organ_normal)
        return doc

    def _read_report(self, doc: Doc, state: DocState, text: str) -> _Report:
        """What every phase reads of the report, read once: the token columns (no spaCy Token objects), the
        sentences and sections, whether the patient is a child, and where the landmark cues are."""
        spans = state.mentions
        sections = state.sections = _end_history_at_a_key(text, state.sections)
        cols = columns_of(doc, state)
        anatomy = self._anatomy
        # (most reports: no foreign side word, two C-level set tests and no generator)
        foreign_sides = self._foreign_sides
        foreign = None
        if foreign_sides.may_read(cols.words, cols.touched):
            foreign = foreign_sides.read(cols.lower, cols.words,
                                         ((m.start, m.end) for m in spans if m.field in anatomy), cols.space)
        if foreign is not None:
            # "Re kidney", "riñón izquierdo": this pass reads them as "right kidney", "left kidney" (foreign_sides.py),
            # on its own copy of the columns (the Doc's stay as read).
            cols = copy(cols)
            cols.lower, cols.words = foreign, frozenset(foreign)
            cols.touched = TRIGGER_GROUPS.touched(cols.words)  # (its words' trigger groups: trigger_groups.py)
        lower = cols.lower
        words = cols.words  # (the cue tables are tested against the report's word set: see PhraseTable.find)
        # (a cranial study's "right ventricle", a child's neck muscle, the fetus's anatomy)
        fetal_scan = self._refile_mentions(spans, lower, words, cols.touched, text)
        ped_hits: list[tuple[int, int, int]] = []
        self._ped_cues.find(lower, ped_hits, words)
        if ped_hits:
            ped_hits = self._age_cue_senses.child_cues(ped_hits, lower, text)  # ("Child-Pugh", a clinic's name)
        if ped_hits and (fetal_scan or self._fetal_sense(ped_hits, lower)):
            # "everything looks good with baby" at a pregnancy scan, "paediatric urology counselling" at an anomaly
            # scan: the fetus, not a child patient
            ped_hits = []
        # A child: age words, a stated age, or a condition the ontology declares paediatric (pyloric stenosis).
        pediatric = bool(ped_hits) or _child_age(text) or (
            # One C-level test first: a paediatric diagnosis is named in few reports.
            not self._pediatric_diagnoses.isdisjoint(map(_IRI, spans))
            and any(r.iri in self._pediatric_diagnoses and not r.negated for r in spans)
            and not states_adult(text)  # ("34F ... thyroglossal duct cyst": an adult's, adult_conditions.py)
        )
        sent_starts = sentence_starts(doc)
        landmark_hits: list[tuple[int, int, int]] = []
        self._landmarks.find(lower, landmark_hits, words)
        repeats = (self._repeat_joiners, self._structure_breaks, *self._repeat_lists)
        return _Report(text, bar_tables_of(state), spans, cols, doc.vocab.strings, sent_starts, sections, pediatric,
                       landmark_hits, {f: set() for f in self.fields}, repeats, state.row_lines)

    def _read_mentions(self, r: _Report) -> None:
        """Each mention in report order, in four steps: (1) what it names and its status, (2) the value it states
        and the evidence it adds, (3) what it says of the organ examined, (4) the item it gives the findings
        pass (recorded here, built by :meth:`_build_items`). One pass, because a mention's reading depends on the
        ones before it (a grade denied with its dimension, the sites named so far). The usual path of each step
        runs here; its rarer readings are methods called behind a cheap test: a Python call costs about what the
        usual path of a step does (one method call per step and mention made the parse about 3% slower,
        measured with callgrind)."""
        spans, lower, records, evidence, labels = r.spans, r.lower, r.records, r.evidence, r.labels
        sent_starts, sections, section_starts, n_tokens = r.sent_starts, r.sections, r.section_starts, r.n_tokens
        anatomy_fields, diagnosis, ordinal_fields = self._anatomy, self._diagnosis_field, self._ordinal_fields
        normal_iri, node_iris, nodule_iri = self._normal_iri, self._node_iris, self._nodule_iri
        reread_iris = self._reread_iris
        dimension_words = self._ordinal_dimension_words()  # (see _values_besides)
        other_sense, sense_fields, hyphen = self._other_sense_words, self._sense_fields, self._hyphen
        # Another examination ("CT showed ...") is named in few reports: one C-level test spares a look-back per
        # diagnosis (against the report's word set: a probe per word with its stored hash, not a re-hash per token).
        report_words = r.cols.words  # (the report's distinct LOWER ids: see TokenColumns.words)
        report_touched = r.cols.touched  # (the trigger groups they touch: trigger_groups.py)
        other_exam = self._other_modalities_gate in report_touched
        # A bone named with a "soft" word: a bone lesion's soft tissue component may be named (senses._bone_extension).
        bone_report = self._soft in report_words and self._bone_words_gate in report_touched
        relatives = names_a_relative(report_touched)  # a relative named: their past conditions are family history
        # A bare "deposit" names a metastasis only where the report speaks of malignancy (termset.DEPOSIT_WORDS).
        stray_deposits = self._deposit_words if self._oncology_words_gate not in report_touched else frozenset()
        stone_report: bool | None = None  # the report names a typical site of stones (gallbladder, kidney, ...)
        weak_cues: WeakSiteCues | None = None  # what _weak_site may read in this report (landmarks.WeakSiteCues)
        # ... and "FA" names a fibroadenoma only where the report names the breast (termset.BREAST_ABBREVIATIONS).
        if self._breast_report_words_gate not in report_touched:
            stray_deposits = stray_deposits | self._breast_abbreviations
            # ... and "IDC" is the indwelling catheter where the report names the bladder or its urine instead
            # (termset.CATHETER_ABBREVIATIONS)
            if self._urinary_report_words_gate in report_touched \
                    and self._catheter_blockers_gate not in report_touched:
                stray_deposits = stray_deposits | self._catheter_abbreviations
        # A malignancy word of a thyroid nodule is that nodule (senses._thyroid_malignancy): only in a thyroid report.
        thyroid_mass = self._mass_iri if self._thyroid_nodule is not None \
            and self._thyroid_report_words_gate in report_touched else None
        # ... and a bare "adenoma" of a parathyroid report is its parathyroid adenoma (senses.py), named in full.
        parathyroid_mass = self._mass_iri if self._parathyroid_words_gate in report_touched else None
        if CYSTIC in report_words:  # "cystic structure ..., likely a haemorrhagic cyst" (doubted_cystic_lesions.py)
            doubt_cystic_lesions(spans, lower, sent_starts, diagnosis,
                                 self._info_value, self._anatomy)
        for k, rec in enumerate(spans):
            records.append(rec)
            start, end = rec.start, rec.end
            sent = bisect_right(sent_starts, start) - 1  # the mention's sentence
            # -- 1. what the mention names, and its status
            if rec.iri in reread_iris:  # the node, nodule and mass concepts: most mentions are none of them
                if rec.iri in node_iris:
                    self._node_in_translation(k, rec, sent, r)
                elif rec.iri == nodule_iri:
                    self._nodule_in_uterus(k, rec, sent, r)
                elif rec.iri == parathyroid_mass and self._parathyroid_report_adenoma(rec, r):
                    continue  # "left inferior parathyroid adenoma", "separate from the adenoma": named in full already
                elif rec.iri == thyroid_mass:
                    self._thyroid_malignancy(k, rec, sent, r)
            one_word = end - start == 1
            if one_word and rec.field == diagnosis:
                if lower[start] in self._bare_fluid and self._bare_fluid_not_collection(k, spans, lower):
                    continue  # "fluid-debris level", "no passage of fluid": no fluid collection
                if lower[start] in self._node_nature_words \
                        and self._nature_of_no_node(rec, lower, sent_starts, sent):  # (its first test made here)
                    continue  # "metastatic adenocarcinoma" of the liver: no nodal metastasis
                if lower[start] in stray_deposits:
                    if lower[start] not in self._deposit_words or self._stone_iri is None:
                        continue  # "FA" of a report that names no breast: no fibroadenoma
                    if stone_report is None:  # (read once, at the report's first stray deposit)
                        stone_report = not self._stone_sites.isdisjoint(map(_IRI, spans))
                    if not stone_report:
                        continue  # "fibrinous deposits on the pericardium": no metastasis, and no stone
                    # "Gallbladder: without deposits", "deposits | 5 mm in lower calyx" in a translated report that
                    # names where stones form: stones, no metastasis
                    rec.iri = self._stone_iri
                if rec.negated and lower[start] in self._malignancy_nouns:
                    continue  # "no features of malignancy": a benign verdict on what was seen, no mass denied
            # (each helper's own first test, made here: most mentions are neither)
            # (a word read in its foreign sense already, French "ganglion" as the lymph node, is in no other sense:
            # foreign_node_words.py)
            if (one_word and lower[start] in other_sense and rec.field in sense_fields
                    and rec.iri not in self._node_iris and self._in_other_sense(rec, lower, k, spans)) \
                    or (rec.field in anatomy_fields and end < n_tokens and lower[end] == hyphen
                        and self._like_anatomy(rec, lower)):
                continue  # "PV spotting": no portal vein; "interval growth": no mass; "liver-like": no liver; "cystic
                # disease": no cystic component
            if bone_report and self._bone_extension(rec, lower, sent_starts, sent):
                continue  # "a lesion of the frontal bone without soft tissue component": no content denied
            field, iri = rec.field, rec.iri
            if one_word and field in ordinal_fields and not rec.column_grade \
                    and self._grade_of_nothing(k, spans, lower, sent_starts, sent):
                continue  # "reduced with an air enema", "liver reduced in size": a grade, but of no flow
            sec_idx = bisect_right(section_starts, rec.start_char) - 1
            section = sections[sec_idx][1] if sec_idx >= 0 else None
            rec.section = section
            if section == "comparison" or section == "history":
                rec.historical = True
            if section == "recommendation" or (section in ts.GENERAL_SECTIONS and field not in anatomy_fields):
                rec.hypothetical = True
            # (the report's own test first: most reports name neither another examination nor a relative)
            elsewhere = other_exam and field == diagnosis and not rec.historical \
                and self._reported_by_another_exam(rec, lower, sent_starts, sent)
            if elsewhere:
                rec.historical = True  # "CT showed a 'renal mass'"
            if relatives and field == diagnosis and not rec.historical \
                    and self._describe(iri, field, None).value is None and relatives_past_condition(rec.start, lower):
                # "my mum had a DVT", "my brother had kidney stones": a relative's past condition with no released
                # value is family history, and its implied organ no organ of this scan ("my mum had a 3 cm cyst"
                # relays her scan: a lesion with a value stays).
                rec.historical = True
            if iri in self._graded_nodules \
                    and self._grades_a_named_lesion(k, spans, r.strong_sites, sent_starts, r.text):
                if not self._graded_nodule_site(rec, section, r):
                    continue
                iri, field = rec.iri, rec.field
            if field in ordinal_fields and rec.kb:
                # "flow normal", "flow is not increased", "normal arterial flow": a degree stated around the word.
                self._read_degree(k, spans, lower, r.cols, r.strings)
                iri, end = rec.iri, rec.end
            elif field in ordinal_fields and end < n_tokens and not rec.negated and self._unranked_kind(rec):
                # "peripheral vascularity increased": a kind of the feature with no value, graded after it.
                self._degree_after(rec, lower, r.cols, r.strings)
                if self._unranked_kind(rec) and rec.start > 2:
                    self._degree_before_coordinated_site(k, spans, lower, r.strings)
                iri, end = rec.iri, rec.end
            historical, hypothetical, negated = rec.historical, rec.hypothetical, rec.negated
            status = "absent" if negated else "uncertain" if rec.uncertain else "present"
            if hypothetical and rec.section != "recommendation":
                # "repeat in 6 weeks to exclude an underlying mass", "if there is no flow": the finding is only
                # supposed, so it is neither denied nor doubted (nor labelled: see ``asserted``).
                status = "present"
            elif status != "present" and (section == "history" or section == "comparison" or elsewhere):
                # "Indication: ?gallstones", "Clinical details: query appendicitis": the question the scan was asked
                # to answer, not a doubt this scan raises; "History: no previous stones" is the past, not a finding
                # this scan denies (history is not labelled, so it is neither a hedge nor a negation); so is another
                # examination's doubt ("mimicked a mass on the chest radiograph").
                status = "present"
            if start in r.denied_grades:
                continue  # "flow is not reduced": the grade was denied with its dimension
            if rec.kb or negated or iri == normal_iri:
                restated = self._restated_status(k, rec, status, r)
                if restated is None:
                    continue
                iri, status = rec.iri, restated
            if iri in self._stone_focus_values and (self._focus_is_a_stone(k, spans, lower, sent_starts, sent)
                                                   or self._microlith_is_a_stone(rec, spans, k, sent_starts, sent,
                                                                                 n_tokens)):
                # "echogenic focus in the calyx ... consistent with a calculus", "microlith of the left kidney": a
                # stone, no calcification
                continue
            if iri == self._echo_named_value and field == self._echo_field \
                    and (calcific := self._calcific_focus_iri) is not None and self._calcific_focus(k, rec, r, sent):
                # "echogenic focus with posterior shadowing", "a lesion with a central echogenic focus": a
                # calcification, not the echo level of a lesion
                iri, field = rec.iri, rec.field = calcific, self._internal_field
            if end < n_tokens and lower[end] in self._key_marks and field == self._internal_field \
                    and self._foci_are_comet_tails(rec, lower):
                continue  # "Echogenic foci: large comet-tail only": colloid, no calcification
            if status == "absent" and field == diagnosis and lower[end - 1] in self._echo_name_words \
                    and self._echo_named_value is not None:
                # "No periventricular echogenicity": a neonatal diagnosis named by the increased echogenicity it shows
                # (leukomalacia's flare), denied, denies that echogenicity (corpus: absent hyperechoic). Asserted, it
                # stays the diagnosis ("normal periventricular echogenicity" states no bright tissue).
                iri, field = rec.iri, rec.field = self._echo_named_value, self._echo_field
            rec.status = status
            # -- 2. the value it states, and the evidence it adds
            # Only a three-word phrase can be "solid and cystic" (the helper's own first test, made here).
            conjuncts = self._component_conjuncts(field, lower, start, end) if end - start == 3 else None
            if conjuncts:
                iri = rec.iri = conjuncts[0].iri  # "solid and cystic components": the first component ...
            if field == self._shape_field:  # (one test of the field for both shape readings: most mentions are none)
                if (lower[end - 1] in self._contour_words or (end < n_tokens and lower[end] in self._contour_words)
                        or self._contour_key_before(lower, start) or self._outline_after(lower, end, r.strings)
                        or self._contour_after_qualifier(lower, end)
                        or self._contour_after_coordinate(lower, start, end, iri)):
                    # "irregular contour", "lobulated outline": a statement about the margin, not the shape.
                    margin = self._contour_margin.get(iri)
                    if margin is None:
                        continue  # "nodular surface contour", "edge rounded": an outline's look, not a lesion's shape
                    iri, field = margin.iri, cast(str, margin.dimension)  # a released margin value's dimension
                    rec.iri, rec.field = iri, field
                elif self._shape_of_no_lesion(lower, start, end) or self._shape_of_anatomy(k, spans, lower, r.strings) \
                        or self._elongations.of_no_lesion(k, spans, lower, self._is_collection):
                    continue  # "irregular periods", "the liver surface is nodular", "elongated pylorus": no lesion's
            info = self._info.get(iri) or self._describe(iri, field, None)
            if r.pediatric and field in anatomy_fields:
                rolled = _to_pediatric(info.rolled, self.vocabulary.pediatric, self._counterpart_rollups, self.fields)
                if rolled is not info.rolled:
                    info = self._describe(iri, field, rolled)
            if field == diagnosis and (end - start > 1 or iri in self._organ_compounds):
                info = self._compound_diagnosis(rec, info, status, r)
            rec.value, rec.concept, rec.site, rec.evidence = info.value, info.label, info.organ, True
            index = len(evidence)
            evidence.append(rec)
            if conjuncts or field == self._echo_field or (end - start > 1 and (
                    status != "present" or field == self._margin_field or field == self._internal_field
                    or not dimension_words.isdisjoint(lower[start + 1 : end]))):
                # (what _values_besides can find: most compound terms state nothing besides their own value)
                self._values_besides(rec, status, conjuncts, r)
            # -- 3. what it says of the organ examined
            in_findings = section not in ts.NON_FINDING_SECTIONS
            if status != "present" or historical or hypothetical or not in_findings:
                self._unasserted_site(k, rec, sent, info, index, r)
            elif info.kind == "anatomy":
                if weak_cues is None:  # (read at the report's first such mention: many reports have none)
                    weak_cues = self.weak_site_cues(report_touched)
                weak = self._weak_site(k, spans, lower, r.landmark_ends, info, weak_cues)
                r.anatomy_sents.add(sent)
                if weak is not None:
                    # A bare vessel word ("arterial hyperenhancement") or a region ("to the skin") does not keep a
                    # diagnosis from implying its organ.
                    named_only_weakly = weak[0] in ("vessel", "region", "system", "landmark")
                    (r.vessel_sents if named_only_weakly else r.organ_sents).add(sent)
                    # A landmark or pre-modifier: decided once the report's other sites are known.
                    r.deferred.append((weak[0], sent, info, index))
                    if weak[0] == "landmark" and self._reported_on_after(rec, lower, r.text):
                        for f, label in info.adds:  # "displacing the radial artery, which is patent": examined too
                            labels[f].add(label)
                    r.phrase_start[index] = r.idx[weak[1]]
                else:
                    r.organ_sents.add(sent)
                    if section in ts.GENERAL_SECTIONS:
                        r.lesson_sites.append(info.rolled)  # "Pitfall: a flat IVC won't tell you where the blood is"
                    else:
                        for f, label in info.adds:
                            labels[f].add(label)
                    if info.organ:
                        r.strong_sites.setdefault(sent, set()).add(info.organ)
            elif info.kind == "normal":
                if info.organ is not None and end - start > 1:
                    # "Hips: Graf type Ia": a normal verdict whose words name the organ it speaks of (the infant hip
                    # of the Graf method), swallowed by the longest match: that organ is examined and named here.
                    for f, label in info.adds:
                        if f in anatomy_fields:
                            labels[f].add(label)
                    r.anatomy_sents.add(sent)
                    r.strong_sites.setdefault(sent, set()).add(info.organ)
                attribute = _attribute_normal(k, spans, sent_starts[sent])
                if attribute or self._normal_flow(k, spans, lower) \
                        or self._normal_doppler_measure(end, lower, r.strings) or normal_position_only(end, lower):
                    if attribute:
                        r.side_normals.append((k, sent, info))  # (unless it describes one side: _normal_sides)
                    continue  # "echogenicity is normal", "normal phasic flow", "in normal position": no finding
                # Decided once the whole report is read (see _normal_statements).
                r.normals.append((k, sent, info))
            elif field == self._margin_field:
                if not rec.column_grade and self._bare_margin_word(lower, start, end) \
                        and not self._listed_lesion_margin(k, spans, lower, r.strings):
                    # "smooth inner wall", "smooth intima": no margin is named, so no evidence of one either.
                    evidence.pop()
                    rec.evidence = False
                    continue
                # "Liver: smooth contour", "Bladder: wall smooth": decided once the sentence's lesions are known.
                contour = not self._organ_contour_words.isdisjoint(lower[max(0, start - 3) : end + 3])
                if contour and k and spans[k - 1].field in self._anatomy and spans[k - 1].end <= start \
                        and self._organ_contour_words.issuperset(lower[spans[k - 1].end : start][:2]) \
                        and start - spans[k - 1].end <= 1:
                    continue  # "testis contour irregular; 14 mm haematoma": the organ noun owns the contour
                if contour and k and self._wall_of_organ(k, spans, lower, sent_starts[sent]):
                    continue  # "Bladder: irregular wall thickening, with a polypoid mass": the organ's wall
                if contour and k and spans[k - 1].field in self._anatomy and end + 2 < len(lower) \
                        and (lower[end] in self._outline_causes or lower[end + 2] in self._outline_causes):
                    # "Uterus: contours uneven due to fibroids", "irregular contours at the expense of myomatous
                    # nuclei": the organ named last has the outline its lesions deform (not "a mass with irregular
                    # margins due to infiltration", whose last mention is the lesion)
                    continue
                r.margins.append((sent, info, contour))
            else:
                for f, label in info.adds:
                    labels[f].add(label)
                if info.value == self._normal_flow_value and field == self._vascularity_field:
                    # "Right testis 4.4 cm, homogeneous, normal flow": a side described only in normal words, whose
                    # one "normal" the vascularity matcher read (_normal_sides decides it as a normal attribute).
                    r.flow_normals.append((k, sent))
                if info.kind == "lesion":
                    # An asserted lesion makes the report abnormal; the organ it names is its sentence's site.
                    r.abnormal = True
                    r.lesion_sents.add(sent)
                    if info.organ:  # "pyloric stenosis"
                        r.strong_sites.setdefault(sent, set()).add(info.organ)
                    elif info.organ is None and (implied := self._implied_sites(iri)
                                                 or (self._implied_child_sites(iri) if r.pediatric else ())) \
                            and not self._names_a_located_lesion(sent, implied[0], r) \
                            and not self._restates_a_placed_lesion(k, sent, implied[0], r) \
                            and not self._face_sites.elsewhere(
                                lower, sent_starts[sent], sentence_end(sent_starts, sent, len(lower)),
                                self._system_of.get(self._organ_label(implied[0].iri) or "")):
                        self._add_implied_site(k, sent, implied[0], r)
            # -- 4. an asserted or hedged finding of the study: an item of the findings pass (see _build_items)
            if in_findings and status != "absent" and not historical and not hypothetical:
                r.item_mentions.append((rec, sent, info, index))
                if info.kind == "attribute" and end - start > 1:
                    self._lesion_within(rec, sent, index, r)

    def _compound_diagnosis(self, rec: MentionRecord, info: _Info, status: str, r: _Report) -> _Info:
        """A diagnosis of several words can hold the site the report states ("thyroid nodule", "hepatic
        haemangioma", swallowed by the longest match): the diagnosis then also rolls up to that organ and body
        system. An attribute it holds is labelled too ("solid mass" also states solid components)."""
        words = r.lower[rec.start : rec.end]
        iri, field = rec.iri, rec.field
        # What a phrase gives is a pure function of its words, concept, the concept's usual reading and whether the
        # patient is a child: remembered, since few distinct phrases recur in report after report (working it out
        # builds a fresh reading per mention, about 1% of a parse, measured with callgrind). The usual reading is
        # compared by identity (it is the per-concept one of _describe).
        key = (tuple(words), iri, field, r.pediatric)
        found = self._compound_memo.get(key)
        if found is None or found[0] is not info:
            given = info
            site = self.matcher.term_within(words, self._anatomy)
            if site is None and len(words) == 1 and r.strings[words[0]] in self._organ_compounds.get(iri, ()):
                site = self._implied_sites(iri)[0].iri  # ("bijschildklieradenoom": one word, organ and lesion)
            if site is not None and site not in self._landmark_iris and self._site_fits(iri, site):
                # (a landmark, "carpal tunnel", is no site; nor the "cervix" of a "cervix sign" of the pylorus)
                site_rolled = self._child_rollups(site) if r.pediatric else self._rollups_of(site)
                info = self._describe(iri, field, {**site_rolled, **info.rolled})
            stated = tuple((f, c.us365k_label or "") for f, c in self._held_attributes(words, iri, info.value))
            if len(self._compound_memo) >= _COMPOUND_MEMO:
                self._compound_memo.clear()
            found = self._compound_memo[key] = (given, info, stated)
        if found[2] and status == "present" and not rec.historical and not rec.hypothetical:
            for f, label in found[2]:
                r.labels[f].add(label)
        return found[1]

    def _build_items(self, r: _Report) -> None:
        """The items of the findings pass, one per asserted or hedged finding of the study (in report order, a lesion
        an attribute's phrase names right after it): anatomy with its side and whether it heads a line, a lesion
        with the organ it implies and whether it is plural or refers back ("the cyst"). Built in one pass after the
        mention pass (a call per mention would cost more than building an item)."""
        lower, strings, text, n_tokens = r.lower, r.strings, r.text, r.n_tokens
        items, weak_items, lesions_within = r.items, r.weak_items, r.lesions_within
        deferred = {d[3] for d in r.deferred}  # evidence indices of weak sites (decided in _settle_weak_sites)
        node_iris, sides, colon, anaphora = self._node_iris, self._sides, self._colon, self._anaphora
        declared_sides = self._declared_sides
        clause_ends = self._clause_ends
        # (most reports write no "bilateral": then no lesion has it before its name; one C-level test)
        bilateral = self._bilateral_words_gate in r.cols.touched
        for rec, sent, info, index in r.item_mentions:
            start, end, kind = rec.start, rec.end, info.kind
            # (new_item: the dataclass __init__ without its keyword binding and factory calls)
            item = new_item(kind, start, end, sent, index, rec.field, info.value, info.label, rec.status)
            if kind == "anatomy":
                # A lymph node with its own size is a finding in itself (an abnormal node), see _assemble_findings.
                item.node = rec.iri in node_iris
                if item.node and not TIMES_SIGNS.isdisjoint(text[rec.end_char : rec.end_char + 8]) and \
                        (multiplied := multiplied_count(text, rec.end_char)) > 1:
                    # "Left level II node x2: 14 mm & 11 mm", "LNs x3 ..." (multiplied_counts.py)
                    item.plural, item.count = True, multiplied
                elif item.node and text[rec.end_char - 1] in "sS":
                    # A counted group ("2 nodes of 12 and 10 mm"), which a list of sizes splits as a lesion's (the
                    # label is a plural itself, "lymph nodes": the count tells).
                    item.plural = announced_count(text, rec.start_char) > 1 or (
                        bilateral and self._bilateral_before(lower, r.idx, text, start, rec.start_char))
                    if not item.plural and ":" in text[rec.end_char : rec.end_char + 2]:
                        # "Para-aortic lymph nodes: two, measuring 1.8 cm and 1.3 cm" (announced_groups.py)
                        item.count = count_after_colon(text, rec.end_char)
                        item.plural = item.count > 1
                if index in deferred:
                    weak_items[index] = item
                item.organ, item.system, item.structure = info.organ, info.system, info.structure
                window = lower[max(0, start - 3) : end]
                # Most anatomy has no side word near it: skip building the words' strings then.
                if sides.keys().isdisjoint(window):
                    item.laterality = None
                else:
                    # The side words of its own phrase only: not across a comma or semicolon ("a cyst on the
                    # right; kidneys otherwise normal"). (A line break may end a title whose side is the study's:
                    # "VENOUS DUPLEX - RIGHT\nIJV: patent".)
                    n_before = len(window) - (end - start)  # (the words before the name: three at most)
                    if not clause_ends.isdisjoint(window[:n_before]):
                        # (the last comma or semicolon before the name, read back: a generator cost more)
                        cut = n_before - 1
                        while window[cut] not in clause_ends:
                            cut -= 1
                        window = window[cut + 1 :]
                    elif end < n_tokens and lower[end] in self._posted_sides and self._newline in window[:n_before]:
                        # "US BREASTS BILATERAL\nBreast right:": a line that names its organ's side after the name
                        # is not under the side that ends the line before it (that side is the title's).
                        window = window[window.index(self._newline, 0, n_before) + 1 :]
                    item.laterality = laterality_of([strings[h] for h in window])
                    if info.label in self._single_organ_places:
                        # "the right lower quadrant" (the appendix's region), a child's liver "right lobe": a part
                        # the body has one of; its side word names a region of it, no laterality to pass on
                        item.laterality = None
                if item.laterality is None:
                    item.laterality = declared_sides.get(rec.iri)  # "RK 10.9 cm", "LK: 2 cm cyst"
                item.heading = end < n_tokens and lower[end] == colon  # (a colon has no case)
                if not item.heading and end + 1 < n_tokens and lower[end + 1] == colon and lower[end] in sides:
                    # "Testis left:", "Pleura R:", "Gl. submandibularis right:": a field label that names its
                    # organ's side after the name heads the line with that side, not one before it on the line
                    item.heading, item.laterality = True, sides[lower[end]]
                elif not item.heading and end < n_tokens and lower[end] in self._posted_sides and \
                        (posted := self._posted_side_lines.side_of(lower, start, end)) is not None:
                    # "BREAST RIGHT", "SEIN DROIT / RIGHT": a line of the organ and its side heads the side's part
                    # (posted_side_lines.py)
                    item.heading, item.laterality = True, posted
            elif kind == "lesion":
                item.anaphoric = start > 0 and lower[start - 1] in anaphora
                item.organ, item.system = info.organ, info.system
                implied = self._implied_sites(rec.iri) if info.organ is None else ()
                if implied and self._face_sites.elsewhere(
                        lower, r.sent_starts[sent], sentence_end(r.sent_starts, sent, n_tokens),
                        self._system_of.get(self._organ_label(implied[0].iri) or "")):
                    implied = ()  # ("dermoid at the brow": a face lesion, not an ovarian one; face_sites.py)
                if implied:
                    rolled_site = self._child_rollups(implied[0].iri) if r.pediatric \
                        else self._rollups_of(implied[0].iri)
                    organ_c, system_c = rolled_site.get(self.fields[2]), rolled_site.get(self.fields[1])
                    item.organ = organ_c.us365k_label if organ_c is not None else None
                    item.system = system_c.us365k_label if system_c is not None else None
                if item.organ is not None:
                    # The organ its words name places it (see _inherited_site): a word of it read as that organ's
                    # anatomy ("pleural effusion"), or the name of the organ its diagnosis implies ("right renal
                    # calculus", "parathyroid adenoma").
                    places = self._organ_names.get(rec.iri)
                    item.own_site = (end - start > 1 and self._organ_words.names(lower[start:end], item.organ,
                                                                                  r.pediatric)) or \
                        (places is not None and names_its_organ(text[rec.start_char : rec.end_char].casefold().split(),
                                                                 places)) or \
                        (item.organ in self._unpaired_organs and self._space_system(rec.iri) is not None) or \
                        (info.value == self._fluid_value and rec.iri in self._organ_named_by_label)
                    # (the third: fluid filling a body cavity, ascites, which no organ described before holds; the
                    # last: fluid named by a synonym of a name that holds its space's, "haemothorax" for "pleural
                    # effusion", is in that space whichever organ was described before, "Lungs: ... L haemothorax")
                item.plural = plural_word(text[max(rec.start_char, rec.end_char - 16) : rec.end_char], info.label) \
                    or (bilateral and self._bilateral_before(lower, r.idx, text, start, rec.start_char))
                if item.plural:
                    item.count = announced_count(text, rec.start_char)
                    if not item.count and not LABEL_SIGNS.isdisjoint(text[rec.end_char : rec.end_char + 40]):
                        item.count = numbered_count(text, rec.end_char)  # "Fibroids: (i) ..., (ii) ..."
                elif not TIMES_SIGNS.isdisjoint(text[rec.end_char : rec.end_char + 8]) and \
                        (multiplied := multiplied_count(text, rec.end_char)) > 1:
                    item.plural, item.count = True, multiplied  # "myoma x 3: (a) ..., (b) ..." (multiplied_counts.py)
                elif not LABEL_SIGNS.isdisjoint(text[rec.end_char : rec.end_char + 40]) and \
                        (numbered := numbered_count(text, rec.end_char)) > 1:
                    item.plural, item.count = True, numbered  # "Focal lesion: #1 ..., #2 ..." (numbered_members.py)
                elif text[rec.end_char - 1].isupper() or text[rec.end_char - 2 : rec.end_char].casefold() == "is":
                    # An abbreviation is its own plural ("two well defined hypoechoic SOL", "three AML"), and so is
                    # a Greek "-is" word of translated reports ("two lithiasis of 5 and 3 mm"): its count makes it
                    # a group.
                    item.count = announced_count(text, rec.start_char, spelled=True)
                    item.plural = item.count > 1
            items.append(item)
            if lesions_within and index in lesions_within:
                items.append(lesions_within[index])  # "complex cystic and solid mass": the lesion, after it

    def _bilateral_before(self, lower: list[int], idx: list[int], text: str, start: int, start_char: int) -> bool:
        """A lesion named bilateral on its own line ("Bilateral pleural effusion, right 6.5 cm and left 3.2 cm"):
        one lesion per side, which a list of sided sizes splits as it splits a plural's (not a title's
        "BREAST US - BILATERAL" over the next line's "Lesion 1")."""
        for j in range(max(0, start - 3), start):
            if lower[j] in self._bilateral_words:
                return "\n" not in text[idx[j] : start_char]
        return False

    def _normal_appearance(self, r: _Report) -> bool:
        """Decide the asserted "normal" statements (:mod:`udt.parser.normals`) once the report's lesions and
        sites are known; True if a whole organ is stated normal beside an abnormality (the ``organ_normal``
        flag of :class:`udt.parser.record.Reading`)."""
        organ_normal = False
        if r.normals:
            r.anatomy_sents |= self._header_line_sentences(r.normals, r.sent_starts, r.anatomy_sents, r.lesion_sents,
                                                           r.text, r.idx)
            organ_normal = self._normal_statements(r.normals, r.spans, r.lower, r.sent_starts, r.abnormal,
                                                   r.anatomy_sents, r.lesion_sents, r.labels, r.strong_sites,
                                                   _next_on_same_line(r.text, r.idx, r.sent_starts, r.normals))
        if r.side_normals and self.normal_beside_findings and self._normal_sides(
                r.side_normals, r.spans, r.lower, r.sent_starts, r.anatomy_sents, r.lesion_sents, r.strong_sites,
                r.labels):
            organ_normal = organ_normal or r.abnormal
        elif r.flow_normals and self.normal_beside_findings and (normal := self._normal_info()) is not None \
                and self._normal_flow_sides(r.flow_normals, normal, r.spans, r.lower, r.sent_starts, r.anatomy_sents,
                                            r.lesion_sents, r.strong_sites, r.vessel_sents, r.labels):
            # "Right testis 4.4 cm, homogeneous, normal flow" beside a left testicular mass (never a normal study).
            organ_normal = organ_normal or r.abnormal
        elif r.side_normals and not r.normals and not r.abnormal:
            self._normal_study_by_attributes(r.side_normals, r.spans, r.lower, r.sent_starts, r.abnormal,
                                             r.strong_sites, r.labels)
        return organ_normal

    def _typical_sites(self, iri: str) -> tuple[Concept, ...]:
        """``Taxonomy.sites(iri)``, once per concept: each call walks the concept's ancestors and their sites' (the
        rules ask it of a mention's diagnosis, as often as the reports name it)."""
        found = self._sites_memo.get(iri)
        if found is None:
            found = self._sites_memo[iri] = self.taxonomy.sites(iri)
        return found

    def _label_placed_nodes(self, r: _Report) -> None:
        """A node-only diagnosis whose own words name a region of nodes labels that region (placed_nodes.py)."""
        named = named_node_regions(r.spans, self._node_diagnosis_iris,
                                   lambda start: self._node_regions_named(start, r.lower), _in_findings)
        if r.pediatric:
            named = {self._child_organ_of(o) or o for o in named}
        label_organs(named, r.labels, self.fields[2], self.fields[1], self._system_of)

    def _label_measured_sites(self, sites: list[MentionRecord], r: _Report) -> None:
        """Label the organ of each measured abbreviation the matcher kept aside ("ET: 8.4 mm": the uterus) where the
        report already labels that organ's body system: a gynaecological study names its ovaries or its uterus, and
        an "ET 8 mm" of any other report (an embryo transfer's, a tube's) adds no organ (measured_abbreviations.py).
        A label only: the abbreviation was never a mention, so it places, sizes and sides no lesion."""
        systems = r.labels[self.fields[1]]
        for rec in sites:
            organ = self._organ_for(rec.iri, r.pediatric)
            if organ is not None and self._system_of.get(organ) in systems:
                label_organs((organ,), r.labels, self.fields[2], self.fields[1], self._system_of)

    def _label_fluid_spaces(self, r: _Report, findings: list[Finding]) -> None:
        """Free fluid labels the space it lies in: the user's convention, off by default (fluid_space_labels.py)."""
        if self._space_organs is None:  # (each space's organ, for an adult and for a child)
            adult, child = self._unplaced_site_items(False), self._unplaced_site_items(True)
            self._space_organs = {label: frozenset(o for o in (item.organ, child[label].organ) if o)
                                  for label, item in adult.items()}
            self._space_organ_set = frozenset().union(*self._space_organs.values())
            self._space_system_set = frozenset(s for label, item in adult.items() if (s := item.system) is not None)
        found = placed_in_space(findings, self._space_organs) | denied_unplaced(
            r.evidence, self._diagnosis_field, self._unplaced, r.sent_starts, r.strong_sites)
        fluid = self._fluid_value
        # (fluid of any name in a recess: "POD: trace fluid", "no fluid in the pouch of Douglas"; each rule reads a
        # fluid finding or a denied fluid mention, so a report with neither, most, skips their walks over its items)
        if fluid is not None and len(found) < len(self._unplaced) \
                and (fluid in map(_VALUE, r.evidence) or fluid in map(_DIAGNOSIS, findings)):
            organs = self._space_organ_set
            recesses = recess_sentences(r.items, organs)
            if (recesses and (fluid_in_recess(findings, r.evidence, fluid, organs, r.sent_starts, recesses)
                              or denied_in_recess(r.evidence, self._diagnosis_field, fluid, r.sent_starts, recesses))) \
                    or denied_in_region(r.evidence, r.items, self._diagnosis_field, fluid, self._space_system_set,
                                        r.sent_starts, r.strong_sites):
                found |= self._unplaced.keys()
        for label in found:
            self._label_site(self._unplaced[label].iri, r.pediatric, r.labels)

    def _unplaced_site_items(self, pediatric: bool) -> dict[str, Item]:
        """The body space each finding named without an organ (free fluid) lies in when nothing places it, as a site
        item (for a child, filed under the paediatric organ), by the finding's label."""
        found = self._unplaced_sites.get(pediatric)
        if found is not None:
            return found
        found = {}
        for label, space in self._unplaced.items():
            if space.dimension is None:
                continue
            info = self._describe(space.iri, space.dimension, None)
            if pediatric:
                rolled = _to_pediatric(info.rolled, self.vocabulary.pediatric, self._counterpart_rollups, self.fields)
                info = self._describe(space.iri, space.dimension, rolled)
            item = new_item("anatomy", -1, -1, -1, -1, space.dimension, info.value, info.label)
            item.organ, item.system, item.structure = info.organ, info.system, info.structure
            found[label] = item
        self._unplaced_sites[pediatric] = found
        return found

    def _organ_for(self, iri: str, pediatric: bool) -> str | None:
        """The released organ ``iri`` rolls up to; for a child, the paediatric organ it files under."""
        rolled = self._child_rollups(iri) if pediatric else self._rollups_of(iri)
        organ = rolled.get(self.fields[2])
        return organ.us365k_label if organ is not None else None

    def _place_in_segments(self, r: _Report, role: list[str | None]) -> None:
        """Lesions placed by a numbered liver segment are in the liver (segment_sites.py); a segment after a
        landmark cue ("fluid adjacent to segment 5") places nothing."""
        parts = self._organ_parts
        if parts.site_iri is None or not r.lesion_sents:
            return
        segments = parts.named_at(r.lower, r.cols.words)
        if segments and r.landmark_ends:
            segments = [i for i in segments if i not in r.landmark_ends
                        and not (i - 1 in r.landmark_ends and r.lower[i - 1] == self._the)]
        if not segments:
            return
        organ = self._organ_for(parts.site_iri, r.pediatric)
        if organ is not None:
            place_in_segments(r.items, segments, role, r.sent_starts, (organ, self._system_of.get(organ)))

    def _organ_for_label(self, label: str) -> str | None:
        """The released organ of the anatomy named ``label``, or None where the ontology has none."""
        concept = self.taxonomy.find(label, self.fields[2])
        return self._organ_label(concept.iri) if concept is not None else None

    def _place_at_node_levels(self, r: _Report, role: list[str | None]) -> None:
        """Lesions of a node-only diagnosis placed by a nodal level are cervical nodes (level_nodes.py)."""
        at = self._level_tokens(r)
        organ = self._organ_for(self._cervical_node_iri, r.pediatric) if at and self._cervical_node_iri else None
        if organ is not None:
            system = self._system_of.get(organ)
            if place_at_node_levels(r.items, at, role, r.sent_starts, self._node_diagnoses, (organ, system)):
                # (a node the level places is the neck's nodes examined: placed_nodes.py)
                label_organs((organ,), r.labels, self.fields[2], self.fields[1], self._system_of)

    def _level_tokens(self, r: _Report) -> list[int]:
        """The findings' level words followed by a level number. Not an impression's: a summary's "lymphadenopathy
        at level II" restates a node of the findings, which the summary folding (restated.py) finds by the summary
        lesion's organ left unplaced."""
        if self._cervical_node_iri is None or self._level_words_gate not in r.cols.touched \
                or self._level_numbers_gate not in r.cols.touched:
            return []  # (no level word followed by a level number can stand in the report: no level token)
        return [t for t in level_tokens(r.lower, self._level_words, self._level_numbers)
                if (s := bisect_right(r.section_starts, r.idx[t]) - 1) < 0 or r.sections[s][1] != "impression"]

    def _add_level_rows(self, r: _Report, side: list[str | None], role: list[str | None]) -> None:
        """A node measured by its level alone is a cervical node (level_rows.py)."""
        at = [(t, t + 2) for t in self._level_tokens(r)]
        if self._cervical_node_iri is not None and self._side_words_gate in r.cols.touched \
                and (self._roman_levels_gate in r.cols.touched or self._node_stations_gate in r.cols.touched):
            at = sorted(at + bare_levels(r.items, r.lower, side, self._roman_levels, self._cell_bar,
                                         self._node_stations))
        if self._level_words_gate in r.cols.touched and self._level_numbers_gate in r.cols.touched:
            # "Level | Side | Size" over "II | R | 12" (level_columns.py); one span per level number, however found
            spans = {e: (s, e) for s, e in level_column_rows(r.text, r.idx, side, self._row_normal_words)}
            spans.update((e, (s, e)) for s, e in at)
            at = sorted(spans.values())
        cells = side_column_cells(r.text, self._row_normal_words) \
            if self._level_words_gate in r.cols.touched and self._side_words_gate in r.cols.touched else []
        cervical = self._cervical_node_iri
        organ = self._organ_for(cervical, r.pediatric) if (at or cells) and cervical is not None else None
        if organ is None:
            return
        if cells:
            # "Level | Right | Left" over "III | 13 x 7 mm | nil": a node in each side's cell (level_columns.py); the
            # rows' levels then place no node of their own, whose side and size would be another cell's
            levels = {bisect_left(r.idx, level) for level, _, _, _ in cells}
            at = [span for span in at if not levels.intersection(range(*span))]
            add_side_cells(r.items, cells, r.idx, (organ, self._system_of.get(organ)))
        if at:
            add_level_rows(r.items, at, r.lower, side, role, r.sent_starts, r.text, r.idx, self._levelled_normal_words,
                           (organ, self._system_of.get(organ)), frozenset((self._axilla_organ,)))

    def _place_at_clock_positions(self, r: _Report, role: list[str | None]) -> None:
        """Lesions carried to the axilla (or left unplaced) with a clock-face position are the breast's
        (clock_sites.py)."""
        if self._breast_organ is None or self._axilla_organ is None or not may_cite_clock(r.text) \
                or not CLOCK_CUES.search(r.text):
            return
        # The breast and the axilla named, in the findings or in the title or indication ("BREAST CLINIC").
        organ_field, breast, axilla = self.fields[2], self._breast_organ, self._axilla_organ
        named = set(r.labels.get(organ_field, ())) | {
            c.us365k_label for site in r.fallback_sites if (c := site.get(organ_field)) is not None}
        if self._system_of.get(breast) in r.labels.get(self.fields[1], ()):
            named.add(breast)  # (a title naming the breast clinic gives its body system only)
        place_at_clock_positions(r.items, r.text, r.idx, role, r.sent_starts, axilla,
                                 (breast, self._system_of.get(breast)), breast in named and axilla in named)

    def _organ_label(self, iri: str) -> str | None:
        rolled = self._rollups.get(iri)  # (_rollups_of's memo read first: asked about twice per report)
        organ = (rolled if rolled is not None else self._rollups_of(iri)).get(self.fields[2])
        return organ.us365k_label if organ is not None else None

    def _words(self, lower: list[int], words: frozenset[int], touched: frozenset[int]) -> Words:
        """Side words and clause roles of every token (dictionary probes in C; no per-token Python). ``words``:
        the report's distinct words, and ``touched`` the trigger groups they touch (trigger_groups.py), which rule
        out the direction and side passes in most reports with a probe each."""
        role = list(map(self._roles.get, lower))
        if self._role_steps_gate in touched:  # (most reports: none of the role steps applies)
            self._mark_roles(lower, words, touched, role)
        side: list[str | None] = [None] * len(lower) if self._side_words_gate not in touched \
            else list(map(self._sides.get, lower))
        self._label_sides.mark(lower, words, side, role)  # "R3 | same | 0.4": the label's letter (label_sides.py)
        if self._bar in words and self._colon in words and self._side_words_gate in touched:
            cells_by_side(lower, side, role, self._bar, self._colon)  # "R: normal | L: 1 cyst" (side_cells.py)
        # Where brackets close: a listed member's aside ends there (size_lists._past_aside).
        closes = frozenset(compress(range(len(lower)), map(self._close_bracket.__eq__, lower))) \
            if self._close_bracket in words else frozenset()
        return Words(side=side, role=role, closes=closes)

    def _mark_roles(self, lower: list[int], words: frozenset[int], touched: frozenset[int],
                    role: list[str | None]) -> None:
        """_words's clause roles that a word of the report calls for (one of ``_role_steps_gate``'s), in order."""
        if self._directions_gate in touched:
            for i in compress(range(len(lower)), map(self._directions.__contains__, lower)):
                # "2 cm lateral to the nipple": a direction word followed by "to" makes a distance.
                if i + 1 < len(lower) and lower[i + 1] == self._to:
                    role[i] = "distance"
        if self._trailing_directions_gate in touched:
            # "a second collection 2 cm proximal, 11 mm", "... 6 cm downstream, 12 mm": a direction closing a length
            # (trailing_directions.py)
            mark_trailing_directions(lower, role, self._trailing_directions, self._length_units, self._clause_ends)
        if self._distance_noun in words or not (self._offset_comparatives_gate not in touched
                                                 or self._trailing_directions_gate not in touched):
            # "6 cm more distally", "1 cm distance from it": the offset of a further lesion (offset_lengths.py)
            mark_offset_lengths(lower, role, self._length_units, self._offset_comparatives,
                                self._trailing_directions, self._distance_noun, self._distance_objects,
                                self._clause_ends, self._sentence_stops)
        if self._walls_gate in touched:
            for i in compress(range(len(lower)), map(self._walls.__contains__, lower)):
                # An organ's wall measured where it opens its clause or is called thick (termset.WALL_WORDS).
                opens = i == 0 or lower[i - 1] == self._full_stop or role[i - 1] in ("comma", "sep_strong", "colon")
                thick = role[i - 1] == "thick" if i else False
                # ("thin wall of 2 mm": a wall called thin and measured in millimetres, thin_walls.py)
                thick = thick or (i > 0 and lower[i - 1] == self._thin
                                  and measures_thin_wall(lower, i, self._string_store, self._of, self._millimetres))
                if opens or thick or (i + 1 < len(lower) and role[i + 1] == "thick"):
                    role[i] = "part"
        if self._prior_words_gate in touched or (self._pre in words and self._prior_tails_gate in touched):
            # "(pre-op 9 mm)", "baseline 11 mm": a comparison's size (prior_words.py)
            mark_prior_words(lower, role, self._prior_words, self._pre, self._hyphen, self._prior_tails)
        if self._part_ranges_gate in touched:
            mark_part_ranges(lower, role, self._part_ranges)  # "thickened cortex up to 5 mm" (part_ranges.py)
        if self._nipples_gate in touched:
            # "a 4 cm del pezón": a distance from the nipple (nipple_distances.py)
            mark_nipple_distances(lower, role, self._nipples, self._nipple_connectors)
        if self._bar in words and self._newline in words:
            # The line break before a table row ("\n| 2 | R | lower | 6 mm", "\n3 | L upper | 21 mm") ends the
            # clause of a lesion of the row above (findings.py): the next row's side is not its side.
            n = len(lower)
            bar = self._bar
            for i in compress(range(n - 1), map(self._newline.__eq__, lower[: n - 1])):
                if lower[i + 1] == bar or (i + 2 < n and lower[i + 2] == bar):
                    role[i] = "row"
        if self._slash_id in words and not words.isdisjoint(self._slashed_refines):
            mark_slashed_refines(lower, role, self._slash_id, self._slashed_refines)  # "c/w" (slashed_refines.py)
        if self._part_nouns_gate in touched:
            # "image anechogenic in the cortex of 31 mm": the part places the lesion (placed_parts.py)
            unmark_placing_parts(lower, role, self._part_nouns, self._placing, self._the)
            if self._bare_fluid_gate in touched:
                unmark_fluid_rims(lower, role, self._part_nouns, self._bare_fluid)  # "fluid rim 7 mm" (fluid_rims.py)

    def _gather_builder_tables(self) -> dict[str, Any]:
        """What :class:`FindingBuilder` reads from this parser's tables (its attributes by name), for every report."""
        return {
            "and_id": self._and_id,  # (feature_ands.py)
            "quantities": self._quantity_nouns,  # (quantity_nouns.py)
            "lobes": self._lobe_words,  # (part_measures.py)
            "poles": self._pole_words,  # (findings.FindingBuilder._inherited_site)
            "poleless_organs": ts.POLELESS_ORGANS,
            "verdict_gaps": self._verdict_gaps,  # (organ_verdicts.py)
            "septa": self._septum_words,  # (septum_sizes.py)
            "measuring": self._measuring_words,  # (direction_sizes.py)
            "denied_sides": self._denied_side_words,  # (_side_in)
            "depth_directions": self._depth_directions,  # (fluid_depths.py)
            "period_id": self._full_stop,
            "newline_id": self._newline,  # (row_sizes.py)
            "hyphen_id": self._hyphen,
            "causes": self._cause_words,
            "effect_words": self._effect_words,  # (effect_organs.py)
            "extent_heads": self._extent_heads,
            "to_id": self._to,
            "vessel_organs": self._vessel_organs,
            "unpaired_organs": self._unpaired_places,
            "generic_lesion": self._generic_lesion,
            "fluid_organs": self._loose_fluid_organs,
            "fluid_value": self._fluid_value,
            "viscera": self._viscera,
            "node_regions": self._node_region_organs,
            "node_organs": self._node_organs,
            "diffuse": self._organ_states,
            "sited_fluids": self._sited_fluids,
            "sited_stones": self._sited_stones,
            "broader": self._broader,
            "graded": self._graded_lesions,
            "stones": self._stone_labels,
            "places": self._place_labels,  # (restated.py)
            "ruled_out": self._looks.contradicts,  # (restated.py)
            "scar_words": self._scar_words,  # (midline_leads.py)
            "shape_words": self._shape_words,  # (shape_named.py)
        }

    def _assemble_findings(self, r: _Report) -> list[Finding]:
        """The report's findings: the items and the sizes (:func:`udt.parser.findings.parse_sizes`) grouped
        sentence by sentence by :class:`udt.parser.findings.FindingBuilder`, then the TI-RADS scores, the sides
        the ontology decides and the organ of a one-organ report. A side word of a landmark phrase is the
        landmark's ("superior to the left kidney"), not the finding's."""
        text, idx, items, sent_starts, evidence = r.text, r.idx, r.items, r.sent_starts, r.evidence
        n_tokens = r.n_tokens
        words = self._words(r.lower, r.cols.words, r.cols.touched)
        landmark_sides: list[tuple[int, str]] = []  # (token, side) named in a landmark phrase
        starts = frozenset(sent_starts) if r.landmark_hits else frozenset()
        for _, _s, e in r.landmark_hits:
            if words.role[e - 1] == "distance":
                # A distance's object ("5 mm from the left lobe") is read by the distance rules below, whose side
                # goes only to a lesion with no site of its own: a nodule "in the isthmus" keeps none.
                continue
            for j in range(e, min(e + 3, n_tokens)):
                if words.role[j] in ("comma", "sep_strong") or j in starts:
                    # the landmark's phrase ends: "lateral to it, right kidney 11 cm" (its side is the kidney's);
                    # so does its sentence ("hilum compressed.\nRight: 7 mm cyst": the next line's side heading)
                    break
                if (side := words.side[j]) is not None:
                    landmark_sides.append((j, side))
                words.side[j] = None
        # ("Size (mm)" columns, "Nodules (cm):" lists: header_units.py)
        cells = side_table_cells(text, r.bar_tables)  # "RIGHT | LEFT" tables (table_sides.py), also spaced
        # (its "|" rows read from the bar lines, the cells of the spaced ones: header_units.py)
        headers = read_unit_headers(text, r.bar_tables, self._header_words, [(c.start, c.end) for c in cells],
                                    {a for a, _ in r.row_lines})  # (its rows' header units: csv_rows.py)
        # ("2 cysts 12 and 7 mm", "2 nodes of 12 and 10 mm"; the few plural items picked in C)
        plural_ends = {len(text[: idx[it.end]].rstrip()) if it.end < n_tokens else len(text.rstrip())
                       for it in compress(items, map(_PLURAL, items))}
        # ("SIZE_MM=13x11" export fields: key_units.py)
        # ("| site | 03/2026 | 11/2026 |", "| baseline | today short axis | today long axis |": column_headers.py)
        # ("| Distance FN | Size |": distance_columns.py; "| Lobe | Size | Nodule |": part_columns.py; one walk over
        # the tables serves the four kinds of column)
        earlier, axes, distances, parts = cells_under_each(
            r.bar_tables, (prior_columns, axis_columns, distance_columns, part_size_columns))
        # ("| Cyst | 03/05/2025 | 21 mm |" above "| Cyst | today | 15 mm |": dated_rows.py; the earlier row's sizes are
        # no lesion's current size, not even a fallback as a dated size is: the later row's restatement sizes it)
        prior_rows = CellSpans(rows) if (rows := prior_row_cells(text, r.bar_tables)) else None
        # (None where no table has such a column: most reports have none, and their sizes then test nothing)
        earlier_cells = CellSpans(earlier) if earlier else None
        axes += listed_axis_cells(text)  # ("region;side;short axis;long axis": listed_axes.py)
        axis_cells = CellSpans(axes) if axes else None
        distant_cells = CellSpans(distances + parts) if distances or parts else None
        header_sizes = headers.sizes
        if headers.rows:
            # ("| Largest cyst (cm) | 6.1 | 7.4 |": the row's sizes where its label names a lesion, header_units.py)
            lesion_starts = [idx[it.start] for it in items if it.kind == "lesion"]
            header_sizes = header_sizes + [size for (lo, hi), row_sizes in headers.rows
                                           if any(lo <= at < hi for at in lesion_starts) for size in row_sizes]
        if self._level_numbers_gate in r.cols.touched and (
            self._side_words_gate in r.cols.touched or self._level_words_gate in r.cols.touched
        ):
            # ("R II 12 x 8 mm" over "L III 9 x 5": the list's unit carried to its unit-less rows, sibling_units.py)
            header_sizes = header_sizes + sibling_unit_sizes(text)
        if r.row_lines:
            header_sizes = header_sizes + row_sizes(text, r.row_lines)  # ("cyst,0.9,0.7,,cm": csv_rows.py)
        for start, end, sizes in parse_sizes(text) + header_sizes + read_key_units(text):
            if is_threshold(text, start) or is_change(text, start):
                continue  # ("FNA if >= 15 mm": a criterion, threshold_sizes.py; "(+2 mm)": a growth, change_sizes.py)
            # ("cysts, 2.2 and 1.4 cm"; a size under a header unit ends with its digit and lists nothing)
            start, sizes, members = self._size_lists.widen(text, start, end, sizes, plural_ends) \
                if not text[end - 1].isdigit() else (start, sizes, ())
            # ("(26 vs 24 mm)": today's size first, the earlier one sharing its unit; compared_sizes.py)
            if not members and text.rfind("v", max(0, start - 8), start) >= 0 \
                    and (compared := self._compared_sizes.first(text, start, end, sizes)) is not None:
                start, sizes = compared
            # The tokens the size overlaps (as ``Doc.char_span(..., alignment_mode="expand")``).
            first = bisect_right(idx, start) - 1
            last = bisect_left(idx, end)
            if first < 0 or last <= first:
                continue
            sent = bisect_right(sent_starts, first) - 1
            size = new_item("size", first, last, sent)  # (see new_item)
            size.sizes = sizes
            # ("34 mm (38 mm in 2024)": dated_sizes.py; "(was 1.8 cm in August)": recalled_sizes.py)
            size.dated = dated_at(text, end) or recalled_at(text, start, end) or (
                earlier_cells is not None and start in earlier_cells)
            size.axis_column = axis_cells is not None and start in axis_cells
            size.locates = locates(text, start) or (distant_cells is not None and start in distant_cells) or (
                prior_rows is not None and start in prior_rows)
            size.members = members
            items.append(size)
        items.sort(key=_START_END)
        if skin_spans := skin_distances(text):  # "skin-to-fluid 3.1 cm": a depth, no lesion (skin_distances.py)
            settle_skin_distances(items, skin_spans, idx)
        if self._side_words_gate in r.cols.touched:
            self._side_rules.settle(words, r.lower, r.cols.words, items, self._unpaired_organs)
            self._leaving.settle(words.side, r.lower, r.cols.words)
            self._comparisons.settle(words.side, r.lower, r.cols.words, items)
        distance_sides = self._distance_rules.settle(words, r.lower, r.cols.words, items, sent_starts) \
            if "distance" in words.role else []
        if cells:
            end_clauses_at_borders(cells, idx, words.role)
        self._add_level_rows(r, words.side, words.role)  # "R level III: 8 mm": the node its level measures
        if self._node_region_organs:  # "L axilla | 14 mm": the node its region measures
            add_region_rows(items, self._node_region_organs, words.side, r.lower, text, idx,
                            self._levelled_normal_words)  # (region_rows.py)
        _sized_nodes_as_lesions(items, words.role, r.lower, self._normal_node_words, sent_starts,
                                self._node_part_labels, words.side, self._roman_levels, (text, r.idx))
        measured_recesses_as_fluid(items, evidence, self._recess_iris, self._fluid_value, self._loose_fluid_label,
                                   words.role)  # "Morison's 8 mm"
        if self._layer_regions:
            file_layers_in_walls(items, evidence, self._tissue_layers, self._layer_regions, r.lower, sent_starts,
                                 self._scar_words if self._scar_words_gate in r.cols.touched else frozenset(),
                                 self._region_walls)
            # (wall_layers.py)
        if self._texture_words_gate in r.cols.touched:  # "a soft-tissue lesion of the bladder wall"
            read_texture_names(items, self._soft_organ, r.lower, self._texture_words, text, idx)  # (texture_words.py)
        mark_limb_lesions(items, evidence, r.lower, sent_starts, self._limb_words, self._muscle_iris,
                          self._soft_organ, self._system_of.get(self._soft_organ or ""), r.cols.words)
        add_echo_areas(items, r.lower, words.role, self._area_nouns, self._area_plurals, self._generic_lesion,
                       r.cols.words)
        add_likened_regions(items, r.lower, words.role, self._area_nouns, self._area_plurals, self._generic_lesion,
                            *self._likened_words, sent_starts, r.cols.words)  # "a second similar zone, 5 mm"
        add_pronoun_lesions(items, r.lower, words.role, words.side, self._pronoun_words, r.cols.words,
                            self._sited_fluids)
        add_sided_largest(items, words.role, words.side, sent_starts)  # "The largest on the left measures 18 mm"
        add_labelled_findings(items, r.lower, words.role, self._finding_heads, text, idx, sent_starts,
                              self._generic_lesion, r.cols.words)  # "Finding A" / "Site: ..." / "Size: 8 x 6 mm"
        self._place_at_node_levels(r, words.role)
        self._place_at_clock_positions(r, words.role)
        # "Fibroids:" + a line per fibroid
        split_lesion_lists(items, words.role, sent_starts, text, idx, words.side, self._unpaired_organs)
        # (after the lists are split: a listed line opened by its segment, "1. segment 4a: 38 mm", is in the liver)
        self._place_in_segments(r, words.role)
        add_labelled_rows(items, words.role, sent_starts, text, idx)  # "N1 R mid: 9 mm" / "N2 R lower: 26 mm"
        # (the header rows of its comma- and tab-separated rows, "ORGAN,SIDE,LESION,DIM1": csv_rows.py)
        row_heads = row_headers(text, r.row_lines) if r.row_lines else []
        add_unnamed_rows(items, sent_starts, text, r.bar_tables, idx, self._generic_lesion,
                         self._graded_row_kinds_by_organ,  # "| L | 17 mm | irregular |"
                         row_tables(r.row_lines, row_heads) if row_heads else ())  # ("1,R upper,1.8 x 1.2")
        # "RK 11.0 cm:" over "1. upper pole, 4.5 cm, anechoic" (numbered_lines.py)
        add_numbered_lines(items, sent_starts, text, idx, self._generic_lesion)
        if (title := title_end(text)) and items and idx[items[0].start] < title:
            # The study's title names its reason, not a finding ("RENAL US - Bosniak follow-up, left renal cyst").
            items[:] = [it for it in items if it.kind != "lesion" or idx[it.start] >= title]
        if header_lines := headers.lines + row_heads:
            # "| Lesion | Size (mm) |": a column's name, no lesion
            items[:] = [it for it in items
                        if it.kind != "lesion" or not any(lo <= idx[it.start] < hi for lo, hi in header_lines)]
        builder = FindingBuilder(self.fields, words)
        if self._newline in r.cols.words:  # (a heading line needs a line break)
            # "Lesion 2" / "Site: right forearm" / "Size: ..." (lesion_blocks.py)
            builder.block_heads, builder.block_cited = block_heads(items, text, idx)
            if builder.block_heads and self._limb_words_gate in r.cols.touched:
                builder.block_limbs = block_limb_words(r.lower, self._limb_words, self._soft_organ,
                                                       self._system_of.get(self._soft_organ or ""))
        if landmark_sides:  # (most reports: no landmark phrase with a side word, and no generator run)
            builder.landmark_sided = frozenset(j for j, _ in landmark_sides)
        if self._bar in r.cols.words and self._newline in r.cols.words:
            # A line opened by a label of two words before its first bar ("\nNodule 4 | L lower | 4 mm | simple
            # cyst") is a table row too, whose side its unsided lesions take (heading_scope.row_sentence); only that:
            # as a clause end it would move the sizes of header rows ("\nNo. | Site | Size (mm)").
            lower, n, bar = r.lower, len(r.lower), self._bar
            builder.label_rows = frozenset(
                i for i in compress(range(n - 3), map(self._newline.__eq__, lower[: n - 3]))
                if lower[i + 3] == bar and lower[i + 1] != bar and lower[i + 2] != bar)
        if cells:
            builder.side_rows = side_rows(cells, idx, words.role)  # "| Length | 10.4 cm | 11.8 cm |" (side_rows.py)
        builder.dashes = spaced_dashes(r.lower, idx, text, self._dash_ids, r.cols.words)
        if holds_any(text, ITEM_SIGNS):
            builder.item_labels = item_label_tokens(text, idx)  # "(1) ..., 4.6 cm, mass; (2) ..." (inline_items.py)
        builder.lower = r.lower  # (feature_ands.py)
        builder.token_starts = idx  # (clause_locations.py)
        # The builder's tables from the ontology and termsets: the same for every report, gathered once (a store
        # each per report cost about 20 line events whatever the report says), set in one C-level update.
        tables = self._builder_tables
        if tables is None:
            tables = self._builder_tables = self._gather_builder_tables()
        builder.__dict__.update(tables)
        organs = r.labels[self.fields[2]]
        # (the report's word set first: most reports name no lobe, and then no organ's lobes are read)
        lobed_one = lobe_organ(organs, self._lobed_organs) \
            if organs and self._lobe_words_gate in r.cols.touched else None
        if lobed_one is not None:
            builder.lobe_home = lobed_one  # "after renal colic ... a right-lobe nodule": the thyroid's lobe
        builder.fluid_spaces = self._unplaced_site_items(r.pediatric)
        if title:
            builder.title_tokens = bisect_left(idx, title)  # (title_organs.py)
        last_section = -1
        section_starts = r.section_starts
        # ("Image 3: left breast 2 o'clock lesion 14 mm": a legend restates, as a summary does; legend_lines.py)
        legends = CellSpans(spans) if (spans := legend_spans(text)) else None
        # "LEFT:" on a line of its own sets the side of what follows (a sentence without items is not visited).
        side_heads = [] if self._side_words_gate not in r.cols.touched else \
            _side_headings(words, sent_starts, n_tokens, items)
        h = 0
        for sent, same_sentence in groupby(items, key=_SENT):  # consecutive items of one sentence, grouped in C
            while h < len(side_heads) and side_heads[h][0] <= sent:
                head, side = side_heads[h]
                h += 1
                if head == sent:
                    break  # (the sentence itself reads its heading)
                section = bisect_right(section_starts, idx[sent_starts[head]]) - 1
                builder.side_heading(side, section != last_section)
                last_section = section
            group = list(same_sentence)
            s_start = sent_starts[sent]
            s_end = sent_starts[sent + 1] if sent + 1 < len(sent_starts) else n_tokens  # (sentence_end, inline)
            char_start = idx[s_start]
            section = bisect_right(section_starts, char_start) - 1
            kind = r.sections[section][1] if section >= 0 else None
            builder.in_summary = kind == "impression"
            if kind in ts.GENERAL_SECTIONS:
                # "Case discussion: ... pleural thickening >1 cm should raise concern": a teaching point's sizes are
                # thresholds, no lesion's or organ's measurement (its lesions are hypothetical already)
                group = [it for it in group if it.kind != "size"]
                if not group:
                    continue  # (the section's next sentence still opens it for the builder)
            builder.in_legend = legends is not None and char_start in legends
            builder.in_verdict = self._verdicts.gives_verdict(r.lower, words.role, s_start, s_end)
            # (a region key counts only where its sentence opens a line: region_headings.py)
            # (the line break may stand before the sentence or open it, as its first token)
            builder.line_start = char_start == 0 or text[char_start - 1] == "\n" or text[char_start] == "\n" \
                or not text[line_start(text, char_start) : char_start].strip()
            builder.sentence(group, text[char_start : idx[s_end] if s_end < n_tokens else len(text)],
                             section != last_section, (s_start, s_end))
            last_section = section
        if self._denial_words_gate in r.cols.touched:
            # "41 mm nodule ... Addendum: it measures 14 mm (not 41 mm)": the size put right (corrected_sizes.py)
            builder.folded |= correct_sizes(builder.findings, builder.made_in, builder.folded, text, idx,
                                            sent_starts)
        if self._tirads_targets[0]:
            self._score_tirads(builder, evidence, sent_starts)
        if cells:
            builder.folded |= side_from_columns(builder.findings, evidence, cells)
            # (aligned_tables.py)
            organ_of_table(builder.findings, evidence, cells, self._unpaired_organs, self._system_of)
        if self._effusion_words_gate in r.cols.touched:
            move_chest_effusions(builder.findings, evidence, r.lower, self._effusion_words, self._fluid_value,
                                 self._lung_organ, self._pleural_place(), r.labels[self.fields[2]])
        if self._fluid_value is not None and not r.cols.words.isdisjoint(self._pelvis_words):
            # "a 7 cm collection in the pelvis adjacent to the drain tip": the peritoneal cavity's
            # (the one body space the ontology files unplaced fluid in; none where it names several)
            spaces = builder.fluid_spaces
            place_pelvic_collections(builder.findings, evidence, r.lower, sent_starts, self._fluid_value,
                                     next(iter(spaces.values())) if len(spaces) == 1 else None, self._pelvis_words,
                                     self._organ_pelvis_words, self._anatomy,
                                     normal.value if (normal := self._normal_info()) is not None else None)
        # "a nodule posterior to the left thyroid lobe; this was a parathyroid adenoma": the organ of the name, before
        # any fallback files the lesion under its landmark's organ (landmark_named.py)
        name_landmark_placed(builder.findings, builder.made_in, builder.own_placed, builder.implied_placed,
                             builder.summary_made, builder.folded)
        # "Right cervical lymphadenopathy, 2 cm" under no organ heading: the region its words name (placed_nodes.py)
        # (a child's nodes: the paediatric counterpart, as the label takes)
        place_unfiled_nodes(builder.findings, evidence, self._node_diagnoses,
                            (lambda start: {self._child_organ_of(o) or o
                                            for o in self._node_regions_named(start, r.lower)}) if r.pediatric
                            else (lambda start: self._node_regions_named(start, r.lower)), self._system_of.get)
        # The organ of a report about one organ first: the sides below need a lesion's organ ("nodules scattered
        # through the right lobe" in a thyroid report: the side of the landmark phrase).
        # (the organs an opening presentation names with its side, which its history words hide from the items:
        # presented_sides.py)
        presented, after = presented_sides(text, idx, words.side, words.role, sent_starts, evidence)
        if len(organs) == 1:
            self._single_organ(builder, next(iter(organs)), items, r.lower, words.side, r.cols.words, presented)
        elif lobed_one is not None:
            # "right lobe: 2.6 cm nodule ... isthmus normal. Left level 3 node": the thyroid (lobed_organs.py)
            self._single_organ(builder, lobed_one, items, r.lower, words.side, r.cols.words, presented)
        if lobed_one is not None and lobed_one not in self._unpaired_organs:
            carry_lobe_sides(builder.findings, builder.summary_made | builder.verdict_made | builder.midline_made,
                             lobed_one, evidence,
                             items, r.lower, words.side, sent_starts, self._lobe_words, self._lobe_stops)
        self._settle_sides(builder, evidence, sent_starts, sorted(landmark_sides), items)
        if self._region_sided and self._sided_region_group in r.cols.touched:
            # "Trocar scar right flank: collection 16 mm"; a landmark phrase's side counts here ("Deep to the right
            # iliac fossa scar ... a 26 mm collection": the region it names is where the lesion lies)
            self._side_by_regions(builder, evidence, r, with_landmark_sides(words.side, landmark_sides))
        if distance_sides:
            # "Posterior to the left thyroid lobe lay a parathyroid adenoma": the side of the landmark, for a
            # lesion of a paired organ that names no site of its own (a nodule "in the isthmus, 6 mm from the right
            # lobe" is in the isthmus).
            self._settle_sides(builder, evidence, sent_starts, distance_sides, items, unsited_only=True)
        if self._node_region_organs.intersection(d.organ for d in builder.findings):
            # "L axilla: no nodes of concern. L supraclavicular fossa: 11 mm node": the neck's (line_node_regions.py)
            refile_line_nodes(builder.findings, evidence, r.text, self._node_iri, self._node_region_organs,
                              self._node_organs, self._node_regions_on_line, self._system_of)
        for draft in builder.findings:
            if draft.kind == "lesion" and draft.concept in self._organ_states:
                # "moderate hydronephrosis, PUJ stone 11 mm": the stone is the lesion; the hydronephrosis is a state of
                # the kidney it lies in (udt:isOrganState), a finding about the organ.
                draft.kind = "structure"
        # The drafts a side may still be carried to: not those a heading naming the midline left unsided ("Right
        # forearm: 2 cm lipoma.\nMidline lower back: 3 cm lipoma")
        sideable = [d for i, d in enumerate(builder.findings) if i not in builder.midline_made] \
            if builder.midline_made else builder.findings
        if (said := title_side(text, idx, words.side)) is not None:
            # "US SOFT TISSUE, LEFT UPPER ARM": the examined side, for the lesions the findings leave unsided
            side_unsided_lesions(sideable, said, self._unpaired_places,
                                 unpaired_mentions(items, self._unpaired_places))  # (title_sides.py)
        elif self._side_field_keys_gate in r.cols.touched and (said := field_side(text)) is not None:
            # "Exam: US NECK | Side: LEFT": the examined side, stated as a header field (side_fields.py)
            side_unsided_lesions(sideable, said, self._unpaired_places,
                                 unpaired_mentions(items, self._unpaired_places))
        # "A 34-year-old woman with a lump in the left breast. Ultrasound at 2 o'clock showed a 38 mm collection":
        # the side of the presented part, for its later lesions left unsided (presented_sides.py); before the organ's
        # one side below, which cannot see the presentation's (history) and would take a later other side's
        if presented:
            side_presented_lesions(sideable, presented, after, evidence, items, words.side, sent_starts, n_tokens,
                                   text, idx, self._unpaired_places)
        # "Access: L radiocephalic AVF ... Perifistular haematoma 24 mm": the one side the report gives the organ
        side_from_organ_mentions(sideable, items, self._unpaired_places)  # (one_sided_organs.py)
        # "Another similar lesion of 2.3 cm ... Conclusion: liver abscesses": the plural summary diagnosis names
        # every unnamed lesion of its organ (plural_summaries.py)
        summary_names = plural_summary_names(builder.findings, builder.summary_made,
                                             {it.index for it in items if it.plural}, builder.generic_lesion) \
            if builder.summary_made else None
        # "Renal transplant, right iliac fossa: 9 mm cyst": the fossa's side is the graft's site (paired_parts.py)
        unside_parts(builder.findings, self._paired_organs_single_parts)
        if self._access_organ is not None and self._fluid_value is not None and \
                self._access_organ in r.labels.get(self.fields[2], ()) and \
                any(rec.site == self._access_organ and not rec.negated for rec in evidence):
            # (only an access the report asserts: "No pseudoaneurysm. No AV fistula." after a groin puncture denies
            # a complication, and the haematoma and the thigh's collection stay where their sentences put them)
            file_access_collections(builder.findings, (self._access_organ, self._system_of.get(self._access_organ)),
                                    self._access_neighbours, self._fluid_value)
            # "Access: L radiocephalic AVF ... Perivascular: haematoma 24 mm": the arm of the access (access_sides.py)
            if (arm := access_side(items, self._access_organ, words.side, sent_starts)) is not None:
                side_access_lesions(builder.findings, self._access_arm_organs, arm)
        if self._size_pick_words_gate in r.cols.touched and len(builder.findings) > 2:
            # "two cysts, 28 and 14 mm. ... FNA of the larger lesion: Warthin tumour": the diagnosis of the lesion
            # the comparison picks by its size, not of the lesion named last (size_chosen.py)
            picked = pick_by_size(builder.findings, evidence, r.lower, self._larger_words, self._smaller_words,
                                  self._the_id, builder.summary_made | builder.folded, self._generic_lesion,
                                  sent_starts)
            # (folded away: no more a summary or verdict lesion that restates another)
            builder.folded |= picked
            builder.summary_made -= picked
            builder.verdict_made -= picked
        # "One node with cortical thickening, the node measures 16 mm": one lesion named twice (renamed_lesions.py)
        builder.folded |= fold_renamed(builder.findings, evidence, sent_starts, text,
                                       builder.summary_made | builder.verdict_made | builder.folded, self._broader,
                                       self._generic_lesion)
        findings = builder.results()
        cite_map_entries(findings, evidence, text)  # "Map: R 10:00 (a) 14 mm, ... (a) Oval mass" (lettered_maps.py)
        if self._placed_cue_words_gate in r.cols.touched and len(findings) > 1:
            # "A 2.6 cm right level II node. Just inferior to it, two nodes of 1.4 and 1.1 cm": a lesion placed by
            # the one before it lies on its side (placed_sides.py)
            side_placed_lesions(findings, evidence, text, sent_starts, r.idx,
                                self._unpaired_organs - self._region_sided, self._soft_organ,
                                {w: self._system_of.get(w) for w in self._body_walls})
        # "Rt level II node 12 x 6 mm with preserved hilum - reactive. Lt level Ib node 17 mm, rounded": beside an
        # abnormal node, a benign one is a normal structure, no lesion (normal_nodes.py; once a summary restating
        # either has been folded into it)
        unstructure_benign_nodes(findings, evidence, self._node_iris, text)
        if summary_names is not None:
            name_by_plural_summary(findings, summary_names, builder.generic_lesion)
        for fi, f in enumerate(findings):
            for mi in f.mentions:
                if 0 <= mi < len(evidence) and evidence[mi].finding is None:
                    evidence[mi].finding = fi
        return findings

    def _pleural_place(self) -> tuple[str, str | None] | None:
        """The pleural space's released (organ, body system), where a bare effusion of the chest lies."""
        if self._pleural_iri is None:
            return None
        rolled = self._rollups_of(self._pleural_iri)
        organ, system = rolled.get(self.fields[2]), rolled.get(self.fields[1])
        if organ is None or not organ.us365k_label:
            return None
        return organ.us365k_label, system.us365k_label if system is not None else None

    def _settle_sides(self, builder: FindingBuilder, evidence: list[MentionRecord], sent_starts: list[int],
                      landmark_sides: list[tuple[int, str]], items: list[Item],
                      unsited_only: bool = False) -> None:
        """Sides the ontology decides. A finding in an organ declared unpaired (``udt:isUnpaired``) has none:
        "left upper quadrant" is a region and "left lobe" a part of the liver. A lesion of a paired organ with
        no side of its own lies on the side of the landmark its sentence places it by ("parathyroid lesion
        posterior to the left lobe")."""
        own_named: set[int] | None = None  # (built on first need, once: see _own_named_lesions)
        for f in builder.findings:
            if f.organ is None:
                continue
            if f.organ in self._unpaired_organs:
                f.laterality = None
                continue
            if f.laterality is not None and f.kind == "lesion" and self._placed_only_in_unpaired(f, evidence):
                if own_named is None:
                    own_named = self._own_named_lesions(items)
                if own_named.isdisjoint(f.mentions):
                    # (a child's "mesenteric nodes in the right lower quadrant", "right lobe" liver)
                    f.laterality = None
                    continue
            if f.laterality is not None or f.kind != "lesion" or not landmark_sides or \
                    (unsited_only and f.structure is not None):
                continue
            starts = [evidence[i].start for i in f.mentions if 0 <= i < len(evidence)]
            if not starts:
                continue
            # The sentence of the lesion's own word (its first mention), not of a site carried from an earlier one
            # ("The thyroid is enlarged ... Further nodules are scattered through the right lobe").
            sent = bisect_right(sent_starts, starts[0]) - 1
            lo = sent_starts[sent]
            hi = sentence_end(sent_starts, sent, sys.maxsize)  # the last sentence: every landmark after lo
            # landmark_sides is in token order: the sentence's own ones by bisection.
            a = bisect_left(landmark_sides, (lo, ""))
            b = bisect_left(landmark_sides, (hi, ""))
            sides = {side for _, side in landmark_sides[a:b]}
            if len(sides) == 1:
                f.laterality = sides.pop()

    def _side_by_regions(self, builder: FindingBuilder, evidence: list[MentionRecord], r: _Report,
                         side: list[str | None]) -> None:
        """An unsided lesion of an organ sided by its regions (the abdominal wall) takes the side of the flank or
        quadrant on its own word's line (region_sides.py)."""
        for f in builder.findings:
            if f.kind != "lesion" or f.laterality is not None or f.organ not in self._region_sided or not f.mentions:
                continue
            first = f.mentions[0]  # (the lesion's own word; a site it took may stand on another line)
            if 0 <= first < len(evidence):
                f.laterality = region_side(evidence[first].start, r.lower, side, r.idx, r.text, self._sided_regions,
                                           self._clause_stops, self._sided_walls)

    def _placed_only_in_unpaired(self, f: Any, evidence: list[MentionRecord]) -> bool:
        """Whether every anatomy word of the lesion names a part the body has one of (its organ, a child's abdomen,
        holds paired parts too): its side word may name a region of that part, not a laterality (the caller also
        checks that the lesion lies in that part: ``_own_named_lesions``)."""
        organ_field, unpaired = self.fields[2], self._single_organ_places
        named = [evidence[i].concept for i in f.mentions if 0 <= i < len(evidence) and evidence[i].field == organ_field]
        return bool(named) and all(c in unpaired for c in named)

    def _own_named_lesions(self, items: list[Item]) -> set[int]:
        """The mentions of lesions whose own words name their paired organ ("right pleural effusion seen above the
        liver"): such a lesion lies beside the unpaired part, which is only its landmark, and keeps its side. Built
        once per pass, on the first lesion that needs it (few do: a walk of every item per report cost more)."""
        return {it.index for it in items if it.kind == "lesion" and it.own_site and it.organ is not None
                and it.organ not in self._unpaired_organs}

    def _single_organ(self, builder: FindingBuilder, organ: str, items: list[Item], lower: list[int],
                      side_of: list[str | None], words: AbstractSet[int], presented: dict[str, str]) -> None:
        """In a report about one organ, a lesion no sentence placed is in that organ ("R lobe 5.2 cm with a 28 mm
        nodule" in a thyroid report whose lobes are named without the organ), on the one side the report gives
        that organ, if it gives one ("Right breast otherwise normal"). The side an opening presentation gives it
        (``presented``: "a lump in the left breast. ... A 6 mm cyst in the right breast") counts among them."""
        sides = {it.laterality for it in items if it.kind == "anatomy" and it.organ == organ}
        if organ in presented:
            sides.add(presented[organ])
        # (``words``: the report's distinct word ids, probed for a lobe word where ``lower`` would be walked)
        if len(sides) == 1 and None not in sides and not self._lobe_words.isdisjoint(words):
            # A bare lobe named on the other side ("Remaining right lobe ... Two nodules: ... Left thyroid bed:
            # 7 mm area"): the report gives the organ both sides, so its one mention's side places no lesion
            sides |= lobe_sides(lower, side_of, self._lobe_words)
        side = next(iter(sides)) if len(sides) == 1 and organ not in self._unpaired_organs else None
        # A measured part no sentence placed in a report naming a lobe ("| 1 | Rt lobe upper pole | 14 x 11 x 9 |"
        # in a thyroid table) is a lobe of that organ, when it has lobes: a later line citing the row ("Nodule 1
        # growth <20%") makes it the lesion (label_citations.py), which keeps that organ.
        lobed = organ in self._lobed_organs and not self._lobe_words.isdisjoint(words)
        for f in builder.findings:
            if f.organ is None and (f.kind == "lesion" or (lobed and f.kind == "structure" and f.size_mm)):
                f.organ, f.body_system = organ, self._system_of.get(organ)
                # (an unpaired organ's finding has no side: "right lobe" of the liver is a part, see _settle_sides)
                f.laterality = None if organ in self._unpaired_organs else f.laterality or side


# A sentence end (sentences.SENTENCE_BREAK) followed by a key ("Pelvic US (TA + TV): normal uterus", "Liver:
# normal"): findings begin. Not a key that names an earlier or another examination (sentences.OTHER_TIME_OR_EXAM:
# "Hx: lumpy breasts. Mammo: dense, no calcs.", "Clinical: RUQ pain. CT: 2 cm liver lesion."): the referral quotes
# that study's result as history, which the guideline does not label; findings begin with this scan's own keys.
_KEY_AFTER_SENTENCE = lazy_compile(
    rf"{SENTENCE_BREAK}(?=(?!(?i:{OTHER_TIME_OR_EXAM})\b)[A-Z][^.:;\n]{{0,40}}:\s)")
# A sentence that opens the findings inside a history line ("History: 56-year-old man with fever. Ultrasound
# demonstrates a 6 cm lesion ..."): the teaching-case narrative runs on in one paragraph.
_FINDINGS_AFTER_SENTENCE = lazy_compile(
    rf"{SENTENCE_BREAK}(?=(?:(?:an?|the)\s+)?"
    r"(?:ultrasound|sonography|sonogram|scan|US|imaging|examination|duplex|doppler)"
    r"(?:\s+\w+){0,3}?\s+(?:demonstrates|demonstrated|shows|showed|reveals|revealed|depicts|depicted)\b)",
    re.IGNORECASE)

# A sentence that measures something within its first words inside a history line ("HISTORY: RUQ pain. Gallbladder
# wall 2 mm. Multiple gallstones ..."): dictation that runs on into the findings without a heading. Not a sentence
# about an earlier or another examination or the history itself (sentences.OTHER_TIME_OR_EXAM, and a lump's
# history: "Previous cyst 2 cm.", "Lump for 3 weeks.", "Palpable 2 cm lump.").
_MEASURED_SENTENCE_AFTER = lazy_compile(
    rf"{SENTENCE_BREAK}(?=(?![^.;:\n]{{0,60}}?\b(?:{OTHER_TIME_OR_EXAM}|palpable|felt|weeks?|months?|years?"
    r"|days?)\b)"
    rf"[A-Za-z][^.;:\n]{{0,40}}?\b\d+(?:\.\d+)?\s?{LENGTH_UNIT}\b)",
    re.IGNORECASE)

_COMPOUND_MEMO = 4096  # phrases remembered by _compound_diagnosis (cleared when full: memory stays bounded)
_START_END = attrgetter("start", "end")  # an item's (start, end), in C
_START = attrgetter("start")  # an item's first token, in C
_SENT = attrgetter("sent")  # an item's sentence, in C
_IRI = attrgetter("iri")  # a mention's concept IRI, in C
_VALUE = attrgetter("value")  # a mention's value (its label), in C
_DIAGNOSIS = attrgetter("diagnosis")  # a finding's diagnosis, in C
_NODE = attrgetter("node")  # an item naming a lymph node, in C
_PLURAL = attrgetter("plural")  # an item's lesion word is plural, in C


def _in_findings(section: str | None) -> bool:
    """Whether a mention in ``section`` is read as a finding of the study (not the indication or history)."""
    return section not in ts.NON_FINDING_SECTIONS


def _end_history_at_a_key(text: str, sections: list[tuple[int, str | None]]) -> list[tuple[int, str | None]]:
    """A history or technique line that runs on into findings ("Clinical: irregular periods, ?PCOS. Pelvic US:
    Normal uterus and ovaries.") ends at the sentence before the first key of the line, not at the line's end."""
    out: list[tuple[int, str | None]] = []
    for k, (start, kind) in enumerate(sections):
        out.append((start, kind))
        if kind not in ts.NON_FINDING_SECTIONS:
            continue
        end = sections[k + 1][0] if k + 1 < len(sections) else len(text)
        colon = text.find(":", start, end)
        newline = text.find("\n", start, end)
        stop = newline if newline >= 0 else end
        m = _KEY_AFTER_SENTENCE.search(text, colon + 1 if colon >= 0 else start, stop)
        opener = _FINDINGS_AFTER_SENTENCE.search(text, colon + 1 if colon >= 0 else start, stop)
        if opener is not None and (m is None or opener.end() < m.end()):
            m = opener
        measured = _MEASURED_SENTENCE_AFTER.search(text, colon + 1 if colon >= 0 else start, stop)
        if measured is not None and (m is None or measured.end() < m.end()):
            m = measured
        if m is not None:
            out.append((m.end(), None))
    return out


def _side_headings(words: Words, sent_starts: list[int], n_tokens: int, items: list[Item]) -> list[tuple[int, str]]:
    """``(sentence, side)`` of each sentence that opens with a side heading ("RIGHT:", "Left-sided findings:"; see
    :func:`udt.parser.findings.side_heading`)."""
    side = words.side
    out = []
    # The items by start, so that each sentence reads only its own (the rule asks which items a sentence holds;
    # a scan of the report's items per sentence made a long report quadratic).
    by_start = sorted(items, key=_START)
    starts = [it.start for it in by_start]
    # (only the sentences that open with a side word, or with one word before it ("SEIN DROIT / RIGHT":
    # glossed_sides.py), picked in C: few do)
    seconds = [side[s + 1] if s + 1 < n_tokens else None for s in sent_starts]
    for k in compress(range(len(sent_starts)), map(bool.__or__, map(bool, map(side.__getitem__, sent_starts)),
                                                   map(bool, seconds))):
        s = sent_starts[k]
        if s + 1 >= n_tokens:
            continue
        end = sent_starts[k + 1] if k + 1 < len(sent_starts) else n_tokens
        own = by_start[bisect_left(starts, s) : bisect_left(starts, end)]
        named = side_heading(words, s, end, own)
        if named is not None:
            out.append((k, named))
    return out


_ROMAN_LEVELS = frozenset(("ii", "iii", "iv", "v", "vi", "vii"))


def _sized_nodes_as_lesions(items: list[Item], role: list[str | None], lower: list[int],
                            normal_words: frozenset[int], sent_starts: list[int],
                            part_labels: frozenset[str] = frozenset(), side: Sequence[str | None] = (),
                            roman: AbstractSet[int] = frozenset(),
                            located: tuple[str, Sequence[int]] = ("", ())) -> None:
    """A lymph node measured on its own ("left axillary node 2.2 cm", "a 1.2 cm node", "a 2.4 cm necrotic node":
    node_sizes.py) is a finding like a lesion (an abnormal node, diagnosis unnamed); so is a group of nodes
    described and then measured by its largest ("several nodes with thickened cortex, up to 2.3 cm"; "enlarged
    nodes bilaterally, rounded, the largest 3.1 cm"). It keeps its organ and side. ``items`` is in token order."""
    if not any(map(_NODE, items)):
        return  # no lymph node named (most reports): one C-level pass instead of a Python loop over the items
    taken: set[int] = set()  # sizes already given to the node before them
    for k, it in enumerate(items):
        if it.kind != "anatomy" or not it.node:
            continue
        if it.heading:
            # "Lymph nodes: level III right 14 x 6 mm": the heading is the node its level measures (node_levels.py)
            levelled = levelled_size(items, k, lower, side, roman)
            if levelled is None and it.count > 1 and k + 1 < len(items) and items[k + 1].kind == "size" \
                    and items[k + 1].sent == it.sent:
                levelled = items[k + 1]  # "Para-aortic nodes: two, 1.8 cm and 1.3 cm": the counted nodes' sizes
            if levelled is None or levelled.start in taken:
                continue
            taken.add(levelled.start)
            it.kind, it.value = "lesion", None
            it.site_of_self = True
            text, idx = located
            if not it.plural and text and not TIMES_SIGNS.isdisjoint(text[idx[it.end] : idx[levelled.start]]):
                # "Lymph nodes: R level II x2 -> 14 and 9 mm": the level's count, which its sizes split
                counts = [count_after_word(text, idx[t]) for t in range(it.end, levelled.start)]
                if max(counts, default=0) > 1:
                    it.plural, it.count = True, max(counts)
            continue
        if part_labels and describes_earlier_nodes(items, k, role, part_labels):
            # "2 enlarged nodes with loss of the fatty hilum, largest 22 mm": the nodes' part, neither a node of its
            # own nor a site that the next sentences inherit (node_parts.py)
            it.kind = "ignored"
            continue
        if it.concept in part_labels and not normal_words.isdisjoint(
                lower[it.end : min(it.end + _NORMAL_AFTER_SIZE, _sentence_end(sent_starts, it.sent, len(lower)))]):
            # "R II: 6 mm short axis, fatty hilum present - normal": a benign node's part, neither a node finding of
            # its own (its row's node is listed as normal: level_rows.py) nor a site the next rows inherit
            it.kind = "ignored"
            continue
        before = items[k - 1] if k > 0 else None
        after = items[k + 1] if k + 1 < len(items) else None
        if after is not None and after.kind == "lesion" and after.start == it.end and after.value is not None \
                and it.structure is not None:
            # "a 3.1 cm retroperitoneal lymph node mass": the node, named with its region, names the mass's tissue
            # and place, and the mass is sized (a bare node, "Left axilla: a 2.2 cm lymph node metastasis", places
            # nothing: the mass keeps the region its heading says, the node read apart as before)
            continue
        if after is not None and after.kind == "size" and after.start - it.end <= 2:
            taken.add(after.start)  # (also "a node with a 4 mm cortex": a measured node, though not its size)
        elif not (before is not None and before.kind == "size" and it.start - before.end <= 3
                  and before.start not in taken):
            premodifier = size_premodifies_node(items, k, role)
            if premodifier is None or premodifier.start in taken:
                described = _size_after_description(items, k, role, lower, normal_words, sent_starts)
                if described is None:
                    continue  # "axillary node 1.8 cm with a fatty hilum": the size is the node's, not its hilum's
                taken.add(described.start)
        it.kind, it.value = "lesion", None
        it.site_of_self = True


_DESCRIPTION_SPAN = 25  # how far (in tokens) a node's description may run before the size of its largest
_NORMAL_AFTER_SIZE = 8  # how far after that size a word may still call the nodes normal ("up to 8 mm, preserved hila")


def _sentence_end(sent_starts: list[int], sent: int, n: int) -> int:
    """The token after sentence ``sent`` (``n``: the report's token count)."""
    return sent_starts[sent + 1] if sent + 1 < len(sent_starts) else n


def _size_after_description(items: list[Item], k: int, role: list[str | None], lower: list[int],
                            normal_words: frozenset[int], sent_starts: list[int]) -> Item | None:
    """The size that ends the description of the node ``items[k]`` in its sentence: only attributes and anatomy
    of the node's own organ lie between, no ";", within _DESCRIPTION_SPAN tokens, and no
    word calling the nodes normal ("nodes of normal morphology, largest 9 mm" are no finding)."""
    node = items[k]
    sent_end = sent_starts[node.sent + 1] if node.sent + 1 < len(sent_starts) else len(lower)
    for j, it in enumerate(items[k + 1 :], k + 2):
        if it.sent != node.sent or it.start - node.end > _DESCRIPTION_SPAN:
            return None
        # ("A few normal looking nodes both sides, biggest 12 mm": the words before the node too)
        if "sep_strong" in role[node.end : it.start] or not normal_words.isdisjoint(
                lower[max(0, node.start - 3) : min(sent_end, it.end + _NORMAL_AFTER_SIZE)]):
            return None
        if it.kind == "size":
            if is_part_size(role, it.start, it.end):
                continue  # "with a 6 mm cortex, ... 18 mm long": the cortex's
            after = items[j] if j < len(items) else None
            if after is not None and after.kind == "lesion" and after.start - it.end <= 1:
                return None  # "... fatty hilum in the left axilla and a 14 mm simple cyst": the next lesion's
            return it
        # (a landmark places the nodes: "nodes to the left of the aorta, the largest 2.3 cm")
        if it.kind != "attribute" and it.kind != "landmark" and not (it.kind == "anatomy" and it.organ == node.organ):
            return None
    return None


def _next_on_same_line(text: str, idx: list[int], sent_starts: list[int],
                       normals: list[tuple[int, int, Any]]) -> set[int]:
    """The sentences of ``normals`` whose next sentence starts on the same line of the report."""
    out = set()
    for _, sent, _info in normals:
        if sent + 1 < len(sent_starts) and "\n" not in text[idx[sent_starts[sent]] : idx[sent_starts[sent + 1]]]:
            out.add(sent)
    return out


def _diagnosis_kind(tax: Taxonomy, concept: Concept) -> str:
    """A diagnosis mention is a lesion, unless the ontology declares it a physiological structure ("right ovary
    normal with several follicles"): then it is no finding and never makes its organ abnormal."""
    return "ignored" if tax.is_physiological(concept) else "lesion"


def _attribute_normal(k: int, spans: list[MentionRecord], sent_start: int) -> bool:
    """The "normal" at ``spans[k]`` qualifies one dimension ("echogenicity is normal", "normal echotexture"). The
    dimension word must be in its sentence (``sent_start`` is the sentence's first token): "The liver has normal
    echogenicity. No focal lesion." states a normal organ, not a second normal echogenicity."""
    rec = spans[k]
    prev = spans[k - 1] if k > 0 else None
    nxt = spans[k + 1] if k + 1 < len(spans) else None
    return (prev is not None and prev.kb == GENERIC and prev.start >= sent_start
            and 0 <= rec.start - prev.end <= 2) or (
        nxt is not None and nxt.kb == GENERIC and nxt.start == rec.end
    )


def _rollup_overrides(tax: Taxonomy, config: dict[str, str | None]) -> dict[str, tuple[str, Concept | None]]:
    """Concept IRI -> (field, released value or None) from the ``rollups`` config (labels, synonyms or IRIs)."""
    out: dict[str, tuple[str, Concept | None]] = {}
    for name, target in config.items():
        concept = tax.find(name) if hasattr(tax, "find") else None
        if concept is None:
            hits = tax.lookup(name)
            concept = hits[0] if hits else None
        if concept is None:
            raise ConfigError("config.rollups", f"rollups: unknown concept {name!r}",
                              "name a concept of the ontology by label, synonym or IRI")
        if concept.dimension is None:
            raise ConfigError("config.rollups", f"rollups: {name!r} is a dimension or the root, not a value",
                              "name a concept under one of the nine dimensions")
        value = None
        if target is not None:
            value = next((v for v in tax.values(concept.dimension) if v.us365k_label == target), None)
            if value is None:
                released = ", ".join(v.us365k_label for v in tax.values(concept.dimension) if v.us365k_label)
                raise ConfigError("config.rollups", f"rollups: {target!r} is not a released {concept.dimension} "
                                  "value", f"use one of: {released}, or null")
        out[concept.iri] = (concept.dimension, value)
    return out
