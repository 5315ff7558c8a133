"""The context component: negation, uncertainty, history and hypothesis of each mention (ConText algorithm).

A cue's scope runs to the end of its sentence, a terminator or a window of words; pseudo-cues such as "no
change" block it. The cue phrases come from the component config (``termset``, a :class:`Termset` as a dict),
so a user can pass their own. Results go into each :class:`udt.parser.record.MentionRecord`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import compress, pairwise
from operator import itemgetter
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc

from udt.parser import termset as ts
from udt.parser.aligned_tables import aligned_borders, side_table_cells
from udt.parser.answer_words import AnswerWords
from udt.parser.asides import ORGAN_SERVICES, mark_asides
from udt.parser.bar_tables import bar_tables_of
from udt.parser.cause_alternatives import LINK_WORDS, OR, doubt_alternatives_after_causes
from udt.parser.checkboxes import BOX_END_TOKENS, mark_checkboxes, offered_cues
from udt.parser.column_cells import column_value_cell
from udt.parser.considered_diagnoses import CONSIDER, offer_considered_diagnoses
from udt.parser.corrections import supersede_drafts
from udt.parser.cue_arrays import cue_arrays
from udt.parser.dated_diagnoses import mark_dated_diagnoses
from udt.parser.dated_operations import mark_dated_operations
from udt.parser.denied_columns import denied_header_mentions
from udt.parser.differential_answers import ASKING_WORDS, doubt_differential_answers
from udt.parser.differential_list_finder import HEADING_WORDS, differential_lists
from udt.parser.differential_lists import doubt_differential_lists
from udt.parser.earlier_absences import EarlierAbsences
from udt.parser.either_way_questions import mark_either_way_questions
from udt.parser.empty_keys import set_aside_empty_keys
from udt.parser.excluded_natures import EXCLUDING_WORDS, doubt_excluded_natures
from udt.parser.extensions import register_span_extensions
from udt.parser.generic_changes import set_aside_generic_changes
from udt.parser.lazy_patterns import lazy_compile
from udt.parser.minus_signs import mark_minus_signs
from udt.parser.primary_cancers import mark_primary_cancers
from udt.parser.privatives import mark_privatives
from udt.parser.quiz_choices import offer_quiz_choices
from udt.parser.ranked_diagnoses import ranked_diagnosis_phrases
from udt.parser.record import (
    ABSENCE,
    GENERIC,
    MentionRecord,
    TokenColumns,
    columns_of,
    mentions_between,
    mentions_of,
    state_of,
)
from udt.parser.rejected_alternatives import set_aside_rejected_alternatives
from udt.parser.relative_clauses import RELATIVE_PRONOUNS, reach_over_relative_clauses
from udt.parser.restated_keys import deny_restated_keys
from udt.parser.run_on import SHORT_RUN, run_on_starts
from udt.parser.sentences import sentence_bounds, sentence_starts, set_sentence_starts
from udt.parser.settled_doubts import (
    SettlingWords,
    confirm_by_anaphora,
    drop_answered_questions,
    drop_settled_doubts,
)
from udt.parser.side_rows import sized_on_other_side
from udt.parser.slashed_keys import answered_slashed_key
from udt.parser.spanish_without import SIN, spanish_without
from udt.parser.study_titles import title_end
from udt.parser.table_sides import Cell
from udt.parser.teaching_points import set_aside_lessons
from udt.parser.template_keys import SITE_KEY_REACH, TemplateKeys
from udt.parser.trailing_minus import mark_trailing_minus
from udt.parser.trigger_groups import TRIGGER_GROUPS
from udt.parser.unexamined_keys import extend_unexamined_keys
from udt.parser.unfilled_organs import set_aside_unfilled_organs
from udt.parser.unperformed_studies import mark_unperformed_studies
from udt.parser.wordids import word_ids

# The gates of the steps that need one of these words in the report (trigger_groups.py)
_BOX_END_TOKENS_GATE = TRIGGER_GROUPS.group(BOX_END_TOKENS)
_EXCLUDING_WORDS_GATE = TRIGGER_GROUPS.group(EXCLUDING_WORDS)
_ORGAN_SERVICES_GATE = TRIGGER_GROUPS.group(ORGAN_SERVICES)
_RELATIVE_PRONOUNS_GATE = TRIGGER_GROUPS.group(RELATIVE_PRONOUNS)

_CATEGORY = itemgetter(0)  # a cue's category, read in C (map) where a generator would resume per cue
_START = itemgetter(1)  # a cue's first token (a sort key read in C)
_POST_WINDOW = 6
_RUN_ON_MIN = SHORT_RUN  # tokens: a shorter report is no run-on report (run_on.py), one length test
_SHORT_WINDOW = 3
_PRE_WINDOW = 14
# Mentions back from a diagnosis after a colon that may hold the object a negation before that colon denied.
_DENIED_OBJECT_REACH = 4
# How many further items of a list are read to find the "or" that closes it ("no flow, shadowing, septation or ...").
_LIST_ITEMS_AHEAD = 4
# How many words a lesion's noun phrase may run from its article ("within a large, anechoic, thin-walled cyst").
_HOST_PHRASE = 6
# How far (in words) an article's list item may run to the "or" that closes its list ("..., a large complex
# haematoma or a necrotic tumour"; two short items: "..., a cyst, a seroma or ...").
_OR_LIST_REACH = 10
# How many words of a parenthesis are read for the alternatives it offers ("(abscess or haematoma)").
_PARENTHESIS_REACH = 16
# How far back (in words) from a "?" a question clause opening after a comma is looked for.
_QUESTION_CLAUSE = 12


@Language.factory(
    "udt_context",
    default_config={"anatomy_fields": ["Body_system_level", "Organ_level"], "finding_field": "Diagnosis",
                    "termset": None, "cache_cues": False},
)
def make_context(nlp: Language, name: str, anatomy_fields: list[str], finding_field: str,
                 termset: dict[str, Any] | None, cache_cues: bool) -> ConText:
    return ConText(nlp, ts.Termset.from_config(termset), frozenset(anatomy_fields), finding_field, cache_cues)


class ConText:
    """Negation, uncertainty, history and hypothesis of each mention (ConText algorithm: a cue's scope
    runs to the end of its sentence or to a terminator; pseudo-cues such as "no change" block it)."""

    def __init__(self, nlp: Language, termset: ts.Termset, anatomy_fields: frozenset[str],
                 finding_field: str = "Diagnosis", cache_cues: bool = False) -> None:
        """``cache_cues`` reads the cue phrases' words from the on-disk cache (cue_arrays.py): only for a pipeline
        whose tokenizer is udt's (build_nlp sets it)."""
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.anatomy_fields = anatomy_fields
        self.finding_field = finding_field
        strings = nlp.vocab.strings
        self._question = strings.add("?")
        self._clause_openers = word_ids(strings, ts.CLAUSE_OPENERS)
        self._clause_joins = word_ids(strings, ("and", "but", "so", "yet", "while", "whereas"))
        self._question_openers = word_ids(strings, ts.QUESTION_OPENERS)
        self._question_fillers = word_ids(strings, ts.QUESTION_FILLERS)
        self._query_prefix_after = word_ids(strings, ts.QUERY_PREFIX_AFTER)
        self._alternatives = word_ids(strings, ts.ALTERNATIVE_WORDS)
        self._current_words = word_ids(strings, ts.CURRENT_WORDS)
        self._alternative_fillers = word_ids(strings, ts.ALTERNATIVE_FILLERS)
        self._comma = nlp.vocab.strings.add(",")
        self._run_on_breaks = word_ids(strings, (",", ";", ".", "!", "?"))
        self._run_on_openers = word_ids(strings, ts.RUN_ON_OPENERS)
        self._run_on_ties = word_ids(strings, ts.RUN_ON_TIES)
        self._run_on_sides = word_ids(strings, (*ts.LEFT, *ts.RIGHT))
        # A key, a table cell or a line break inside a short line: a key-value line, a table row or a hard-wrapped
        # note, none a run of clauses.
        self._run_on_keys = word_ids(strings, (":", "|", "\n"))
        self._run_on_determiners = word_ids(strings, ts.RUN_ON_DETERMINERS)
        self._run_on_verbs = word_ids(strings, ts.RUN_ON_SUBJECT_VERBS)
        self._slash = strings.add("/")
        self._colon = nlp.vocab.strings.add(":")
        self._equals = nlp.vocab.strings.add("=")
        self._correction_words = word_ids(nlp.vocab.strings, ts.CORRECTION_WORDS)
        # The marks after a template key whose whole value may be "no": the colon, or a key-value form's "="
        self._key_marks = frozenset((self._colon, self._equals))
        self._semicolon = nlp.vocab.strings.add(";")
        self._template_separators = word_ids(nlp.vocab.strings, (":", "-", "–"))
        # What may follow a template line's value ("Calcifications: possible.", "... probably present").
        # Line breaks with the next line's indent ("  Septations: -" in an indented worksheet block).
        indented_breaks = ts.INDENTED_LINE_BREAKS
        self._template_tail = word_ids(nlp.vocab.strings, (
            ".", ",", "\n", "\n\n", "present", "seen", "noted", "identified", "(", ")", *indented_breaks,
            "|"))  # (a proforma's cell rule: "mass: N | upper pole scar")
        self._colon_lower = self._colon
        # A template row's line break, with or without the next line's indent: it ends the row's value, here and
        # after a foreign answer word (answer_words.py).
        self._row_breaks = word_ids(strings, ("\n", "\n\n", *indented_breaks))
        self._line_ends = self._row_breaks | {self._comma}
        self._strings = strings
        self._spaces = word_ids(strings, (" ", "  ", "   ", "    ", "\t", "\t\t"))
        self._nature_words = word_ids(strings, ts.NATURE_WORDS)
        self._nature_ends = word_ids(strings, (".", ",", ";", "and", "but", "\n", "\n\n", ")",
                                                              "in", "given", "with"))
        self._diagnosis_only_hedges = word_ids(strings, ts.DIAGNOSIS_ONLY_HEDGES)
        self._adverb_hedges = word_ids(strings, ts.ADVERB_HEDGES)
        self._noun_hedges = word_ids(strings, ts.NOUN_HEDGES)
        self._interpretive_nouns = word_ids(strings, ts.INTERPRETIVE_NOUNS)
        self._seen_nouns = word_ids(strings, ts.SEEN_LESION_NOUNS)
        self._or_words = word_ids(strings, ("or", "nor", "and/or"))
        self._key_joiners = word_ids(strings, ("/", "and", "or", "&"))
        self._key_starts = word_ids(strings, ("\n", "\n\n", ".", ";", ":", "|", "-", "*", "•"))
        self._like = strings.add("like")
        self._not_modifiers = word_ids(strings, ("other", "another", "with", "without", "no", "not",
                                                                 "none", "then", "than", "also", "even", "more"))
        self._be_verbs = word_ids(strings, ("is", "are", "was", "were"))
        self._also = strings.add("also")
        self._locative_words = word_ids(strings, ts.LOCATIVE_WORDS)
        self._procedures = word_ids(strings, ts.PROCEDURE_NOUNS)
        self._procedure_determiners = word_ids(strings, (*ts.HOST_DETERMINERS, "a", "an"))
        self._existence_words = word_ids(strings, ts.EXISTENCE_WORDS)
        self._clause_ends = word_ids(strings, (",", ".", ";", "\n", "\n\n", ")", "|"))
        self._space_breaks = word_ids(strings, (" ", "  ", "   ", "    "))
        # "is likely" looks back when it ends its clause ("a cyst is likely."), forward when a predicate follows.
        self._copular_hedge = strings.add("likely")
        # A passive opinion that ends its clause ("an abscess was considered."), and what may follow it.
        self._opinion_participles = word_ids(strings, ts.OPINION_PARTICIPLES)
        self._opinion_goes_on = word_ids(strings, ts.OPINION_CLAUSE_GOES_ON)
        self._opinion_ranks = word_ids(strings, ts.OPINION_RANK_WORDS)  # "... is considered first."
        # A hedge placed right after a finding's noun at the end of its clause ("haematoma likely.").
        self._postpositive_hedges = word_ids(strings, ts.POSTPOSITIVE_HEDGES)
        # The head of a hedged heading ("Probable diagnosis: lipoma", "Presumed diagnosis - abscess").
        self._heading_heads = word_ids(strings, ts.HEDGED_HEADING_HEADS)
        self._predicate_openers = word_ids(strings, ts.HEDGED_PREDICATE_OPENERS)
        self._differential_heads = word_ids(strings, ts.DIFFERENTIAL_HEADS)
        # A denied piece of evidence and what it would suggest ("no features to suggest an abscess").
        self._suggestion_words = word_ids(strings, ts.SUGGESTION_WORDS)
        self._suggestion_negations = word_ids(strings, ts.SUGGESTION_NEGATIONS)
        self._evidence_words = word_ids(strings, ts.EVIDENCE_WORDS)
        self._differential_objects = word_ids(strings, ("for", "of", "in"))
        self._differential_verbs = word_ids(strings, ts.DIFFERENTIAL_VERBS)
        self._list_words = word_ids(strings, (",", "or", "nor", "any", "a", "an", "/"))
        self._host_prepositions = word_ids(strings, ts.HOST_PREPOSITIONS)
        self._host_determiners = word_ids(strings, ts.HOST_DETERMINERS)
        self._any_host_determiners = word_ids(strings, (*ts.HOST_DETERMINERS, *ts.INDEFINITE_HOST_DETERMINERS))
        self._newlines = word_ids(strings, ("\n", "\n\n", "\n\n\n", " \n", "\n ", *indented_breaks))
        self._template_no_words = word_ids(strings, (*ts.TEMPLATE_NO_VALUES, *ts.TEMPLATE_NO_ANSWERS))
        # A foreign "no" as a row's value ("Effusion (Erguss): nein"), what may follow it (answer_words.py).
        self._answers = AnswerWords(word_ids(strings, ts.TEMPLATE_NO_ANSWERS), word_ids(strings, ts.NEGATIVE_ANSWERS),
                                    self._template_separators, strings.add("):"),
                                    self._row_breaks | word_ids(strings, (".", ",", ";", "|")))
        self._side_openers = word_ids(strings, ts.SIDE_CLAUSE_OPENERS)
        self._clause_verbs = word_ids(strings, ts.SUBJECT_CLAUSE_VERBS)
        self._quantifier_negations = word_ids(strings, ts.NEGATED_QUANTIFIERS)
        self._contain_verbs = word_ids(strings, ts.CONTAIN_VERBS)
        self._of_the = [strings.add("of"), strings.add("the")]
        self._scope_stops = word_ids(strings, (",", ";", ".", "but", "and", "although", "however"))
        self._open_bracket = nlp.vocab.strings.add("(")
        # The tokenizer keeps a bracket closed right before a colon as one token ("(transplanted for HCC): 14 mm
        # nodule"): it ends a history as a colon does (not read as a template's colon: "FREE FLUID (pelvis): none").
        self._bracket_colon = nlp.vocab.strings.add("):")
        self._marks = frozenset((self._comma, self._colon, self._bracket_colon, self._open_bracket))
        self._open_bracket_lower = self._open_bracket  # "(" is its own lower case
        # Template keys that run on past their finding (template_keys.py): a line key may open after a key start or
        # a line break, and its words end at a clause end or a mark.
        self._keys = TemplateKeys(strings, self._colon, self._key_starts | self._newlines,
                                  self._clause_ends | self._marks, finding_field, anatomy_fields)
        # Words in a parenthesis that list alternatives or examples of what was denied before it.
        self._alternatives_in_parenthesis = word_ids(strings, ("or", "nor", "and/or", "/", "eg", "e.g.", "e.g",
                                                               "including", "such", "i.e.", "ie", "i.e"))
        self._cell_border = nlp.vocab.strings.add("|")
        # What ends a worksheet key's value: its line, or its table cell (slashed_keys.py).
        self._key_line_ends = self._newlines | {self._cell_border}
        self._close_bracket = nlp.vocab.strings.add(")")
        self._non = nlp.vocab.strings.add("non")
        self._short_scope = word_ids(nlp.vocab.strings, ts.SHORT_SCOPE_CUES)
        self._degree_words = word_ids(nlp.vocab.strings, ts.OWN_STATUS_WORDS)
        self._node_features = word_ids(nlp.vocab.strings, ts.NODE_FEATURE_WORDS)
        self._fatty = nlp.vocab.strings.add("fatty")
        self._degree_hedges = word_ids(nlp.vocab.strings, ts.DEGREE_HEDGE_WORDS)
        self._certainty_words = word_ids(strings, (*ts.CERTAINTY_WORDS, *ts.CERTAINTY_ADVERBS))
        self._not = strings.add("not")
        self._certainty_negations = word_ids(strings, (*ts.NEG_HEAD_WORDS, *ts.SUGGESTION_NEGATIONS))
        self._intensifiers = word_ids(strings, ts.HEDGE_INTENSIFIERS)
        self._borderline = strings.add("borderline")
        self._change_nouns = word_ids(strings, ts.CHANGE_NOUNS)
        self._composition_field = "InternalCharacteristics"
        self._value_nouns = word_ids(strings, ts.VALUE_NOUNS)
        # What cannot stand between a kind's adjective and its noun ("necrosis versus carcinoma": two items)
        self._kind_gap_stops = self._clause_ends | word_ids(strings, ("or", "and", "versus", "vs", "vs.", "/",
                                                                      "with", "of", "in", "and/or", "-"))
        self._of = strings.add("of")
        # ... and the heads of a list of alternatives ("other possibilities are a seroma and a haematoma")
        self._list_openers = word_ids(strings, ("between", *ts.DIFFERENTIAL_LIST_HEADS))
        self._list_heading_words = word_ids(strings, HEADING_WORDS)  # a differential list's heading names one
        # "17 mm versus 16 mm", "2.1 vs 1.8 cm": a size compared with another (see _measured_comparisons)
        self._versus_words = word_ids(strings, ts.MEASURE_COMPARISON_WORDS)
        self._dd = strings.add(ts.DIFFERENTIAL_ABBREVIATION)
        self._adjacent_hedges = frozenset((self._dd, strings.add(ts.FOLLOW_HEDGE)))
        self._earlier_absences = EarlierAbsences(strings)
        self._apparently = word_ids(strings, ts.APPARENTLY_WORDS)
        self._suspicious = word_ids(strings, ts.SUSPICIOUS_WORDS)
        self._suspected_processes = word_ids(strings, ts.SUSPECTED_PROCESS_WORDS)
        # Every word that one of _cues's later steps needs (each step's own test named in it, or a set holding it):
        # most reports hold none, and one C-level test then spares the dozen tests of those steps (_cues).
        self._cue_step_words = frozenset((self._copular_hedge, CONSIDER)).union(
            EXCLUDING_WORDS, RELATIVE_PRONOUNS, self._opinion_participles, self._suggestion_words,
            self._certainty_words, self._versus_words, self._adjacent_hedges, self._earlier_absences.gate,
            self._apparently, self._suspicious, self._answers.answers)
        self._apparent_normals = word_ids(strings, ts.APPARENT_NORMAL_WORDS)
        self._measure_units = word_ids(strings, ts.MEASURE_UNIT_WORDS)
        self._compared_units = word_ids(strings, ts.COMPARED_UNIT_WORDS)
        self._and = nlp.vocab.strings.add("and")
        self._but = strings.add("but")
        self._set_aside_words = word_ids(strings, ts.SET_ASIDE_AFTER)
        self._told_apart = word_ids(strings, ts.TOLD_APART_WORDS)
        # The subject of a clause joined by "and" ("... and the lump is ..."); "and a"/"and an" are terminators.
        self._clause_subjects = word_ids(strings, [w for w in ts.CLAUSE_OPENERS if w not in ("a", "an")])
        self._pair_fillers = word_ids(strings, ("and", "a", "an", "the"))
        self._articles = word_ids(strings, ("a", "an"))
        self._programme_words = word_ids(strings, ts.PROGRAMME_WORDS)
        self._reporting_verbs = word_ids(strings, ts.REPORTING_VERBS)
        self._settling_words = SettlingWords.from_termset(termset, strings)
        self._settling_verbs = self._settling_words.settling()
        self._focus_words = word_ids(strings, [w for w in ts.FOCUS_TERMINATOR_WORDS if " " not in w])
        self._dash_words = word_ids(strings, ("-", "–", "—"))
        # One-word history cues that qualify only the noun phrase they open ("the prior cyst aspiration").
        self._near_history = word_ids(strings, ts.NEAR_HISTORY_CUES)
        self._question_clause_marks = word_ids(strings, (",", "-", "–", ";"))
        # An open question's "if"/"whether", and the determiners of a subject named as known after it.
        # ... and the opinion verbs and "that" that open a clause in the same way ("we believe the mass is a lipoma").
        self._question_conjunctions = word_ids(strings, ("if", "whether", "that", "think", "thinks", "believe",
                                                         "believes", "suspect", "suspects", "feel", "feels", "reckon",
                                                         "reckons"))
        self._definite_subjects = word_ids(strings, ("the", "this", "that", "these", "those", "my", "his", "her",
                                                     "their", "your", "our", "its"))
        # What ends a list item before its "or" could come: a clause mark or a joiner of clauses.
        self._item_ends = word_ids(strings, (".", ";", ":", ")", "(", "\n", "\n\n", "and", "but", "with", "which",
                                             "that", "|"))
        # Hedges that end on the noun "diagnosis", a mention of its own ("the leading diagnosis is ..."): kept
        # although they overlap it (ranked_diagnoses.py).
        self._ranked_diagnoses = ranked_diagnosis_phrases(strings)
        self._category: dict[int, str] = {}
        self._longest_cue = 1
        phrases, typos = cue_arrays(nlp, termset, cache_cues)
        # PhraseMatcher.add takes a phrase as its hashes as well as a Doc (spaCy's own unpickling adds the hash
        # tuples it keeps); its type stub names Doc only.
        for category, arrays in phrases:
            self._longest_cue = max(self._longest_cue, *map(len, arrays))
            self.matcher.add(category, arrays)  # type: ignore[arg-type]
            self._category[nlp.vocab.strings[category]] = category
        for category, arrays in typos:
            self.matcher.add(category, arrays)  # type: ignore[arg-type]
        register_span_extensions()
        # The gates of the steps that need one of these words in the report (trigger_groups.py)
        self._adjacent_hedges_gate = TRIGGER_GROUPS.group(self._adjacent_hedges)
        self._alternatives_gate = TRIGGER_GROUPS.group(self._alternatives)
        self._answers_answers_gate = TRIGGER_GROUPS.group(self._answers.answers)
        self._apparently_gate = TRIGGER_GROUPS.group(self._apparently)
        self._certainty_negations_gate = TRIGGER_GROUPS.group(self._certainty_negations)
        self._certainty_words_gate = TRIGGER_GROUPS.group(self._certainty_words)
        self._cue_step_words_gate = TRIGGER_GROUPS.group(self._cue_step_words)
        self._earlier_absences_gate = TRIGGER_GROUPS.group(self._earlier_absences.gate)
        self._opinion_participles_gate = TRIGGER_GROUPS.group(self._opinion_participles)
        self._suggestion_negations_gate = TRIGGER_GROUPS.group(self._suggestion_negations)
        self._suggestion_words_gate = TRIGGER_GROUPS.group(self._suggestion_words)
        self._suspected_processes_gate = TRIGGER_GROUPS.group(self._suspected_processes)
        self._suspicious_gate = TRIGGER_GROUPS.group(self._suspicious)
        self._versus_words_gate = TRIGGER_GROUPS.group(self._versus_words)

    def __call__(self, doc: Doc) -> Doc:
        mentions = mentions_of(doc)
        n = len(mentions)
        if not n:
            return doc
        # The state, its text and token columns are fetched once for the whole pass (no component in between
        # retokenizes; ``Doc.text`` would build a Token object per token to give back the text the state keeps).
        state = state_of(doc)
        text = state.text or ""
        cols = columns_of(doc, state)
        if state.sent_starts is not None and len(doc) >= _RUN_ON_MIN:
            # A report typed without stops or commas: its organ names open clauses (run_on.py).
            starts = run_on_starts(state.sent_starts, len(doc), cols.lower, self._run_on_breaks,
                                   ((m.start, m.end) for m in mentions if m.field in self.anatomy_fields),
                                   self._run_on_openers, self._run_on_ties, self._run_on_sides,
                                   self._run_on_determiners, self._run_on_keys, self._run_on_verbs)
            if len(starts) != len(state.sent_starts):
                set_sentence_starts(doc, state, starts)
        # A diagnosis word that names a test or service, or a relative's cancer: no finding of this scan.
        # (the title line is found with one look at the report's first line: study_titles.py)
        title_chars = title_end(text) if _ORGAN_SERVICES_GATE in cols.touched else 0
        mark_asides(mentions, cols.lower, self.finding_field, cols.touched,
                    bisect_left(cols.idx, title_chars) if title_chars else 0)
        mark_privatives(mentions, cols)  # "shadowless": shadowing denied
        # "so do I have a nodule or not": the poster's own question asserts nothing
        mark_either_way_questions(mentions, cols.lower, cols.words, self.anatomy_fields)
        mark_minus_signs(mentions, cols, self.anatomy_fields)  # "Ascites: (-)": denied by its bracketed sign
        mark_trailing_minus(mentions, text, self.anatomy_fields)  # "Ascites -": a worksheet row's minus sign
        set_aside_empty_keys(mentions, text, self.anatomy_fields)  # "Baço: -": an organ left blank, not reported
        set_aside_unfilled_organs(mentions, text, self.anatomy_fields)  # "Bladder empty, not assessed"
        # "known colon cancer", "metastases from renal cell carcinoma": the patient's primary, no organ examined
        mark_primary_cancers(mentions, cols, text, self.anatomy_fields, self.finding_field)
        # "hemithyroidectomy (2019, follicular adenoma)": a diagnosis dated in its brackets is the patient's past
        mark_dated_diagnoses(mentions, cols, text, self.finding_field)
        # "Oncology (colon operated 2024)": an organ operated on at a date in its bracket is the patient's past
        mark_dated_operations(mentions, cols, text, self.anatomy_fields)
        # "Scan the kidneys in every case", "heart echo is next month": organs of a study not done by this scan
        mark_unperformed_studies(mentions, cols, state.sent_starts if state.sent_starts is not None
                                 else sentence_starts(doc), self.anatomy_fields)
        cues, carried = self._cues(doc, mentions, cols)
        if not cues:
            lower = cols.lower
            # (the trigger words tested against the report's word set: a probe each, not a scan of every token)
            # "Calcs: -": a worksheet's minus is no cue, but it denies its key; a key-value form may write "=" for
            # the colon ("Ascites = no", "Free fluid = NU")
            if self._colon in cols.words or self._equals in cols.words:
                # (the marks found by C-level probes, as the stop tokens are below: no Python turn per token)
                self._template_no(mentions, lower,
                                  list(compress(range(len(lower)), map(self._key_marks.__contains__, lower))))
                self._joined_template_keys(mentions, lower)  # ... each word of it ("Solid lesion: -")
            if self._alternatives_gate in cols.touched:
                self._mark_alternatives(mentions, lower)
            self._set_aside_what_is_not_found(mentions, text)
            return doc
        sent_starts = state.sent_starts if state.sent_starts is not None else sentence_starts(doc)
        # The passes below that need a trigger word ("?", ":", "or", "neither", "between") are skipped by one set
        # test each on the report's words (each pass's own test scans every token).
        words = cols.words
        questions: dict[int, int] = {}  # a question's sentence start -> where its question clause starts
        if self._question in words:
            cues, questions = self._orient_questions(cues, cols, sent_starts, text)
        if self._colon in words:  # "Favoured: pleomorphic adenoma": a backward cue as a key looks forward
            cues = self._cue_keys_look_forward(cues, cols.lower)
        # Every hedge pass below acts only on a forward hedge, and no later pass makes one: most reports have none,
        # so one test here skips them all.
        if not self._differential_heads.isdisjoint(words):  # "the main differential of a lesion is ...": forward
            cues = self._differential_heads_look_forward(cues, cols.lower)
        hedged = ts.UNC_PRE in map(_CATEGORY, cues)
        if hedged:
            cues = self._differential_of_a_finding(cues, cols.lower, sent_starts)
            cues = self._template_hedges(cues, mentions, cols.lower, sent_starts)
            cues = self._hedges_opening_a_sentence(cues, cols.lower, sent_starts)
        orth = cols.lower  # (commas, colons, brackets, dashes and line breaks have no case: their LOWER is their ORTH)
        # Found in one pass, a C-level set probe per token (three list.count/index scans, one per mark, compared
        # every token with each: about 18k instructions per report, measured with callgrind).
        commas: list[int] = []
        colons: list[int] = []
        brackets: list[int] = []
        bracket_colons: list[int] = []
        if not self._marks.isdisjoint(words):
            by_mark = {self._comma: commas, self._colon: colons, self._bracket_colon: bracket_colons,
                       self._open_bracket: brackets}
            for j in compress(range(len(orth)), map(self._marks.__contains__, orth)):
                by_mark[orth[j]].append(j)
        # Dashes standing free between words ("?Haematoma - heterogeneous collection", "without blood flow - simple
        # cyst"): after a hedged diagnosis they open its description, as a colon does; a negation ends at one; a
        # backward cue does not look back across one. Read only where a dash token is in the report.
        dashes = self._spaced_dashes(orth, cols.idx, cols.length, self._dash_words & words, text) \
            if not self._dash_words.isdisjoint(words) else []
        # Line breaks followed by a template key ("no fluid\nPower Doppler: ..."), where a forward cue ends. Most
        # reports have no line-break token: one C-level set test skips the per-token probe.
        key_lines = [j for j in compress(range(len(orth)), map(self._newlines.__contains__, orth))
                     if self._template_key_after(cols.lower, j)] \
            if colons and not self._newlines.isdisjoint(words) else []
        if colons:  # a template negation ("Shadowing: no") follows a colon
            cues = self._template_negations(cues, mentions, cols.lower, sent_starts)
        if self._and in words:
            cues = self._clausal_ands(cues, cols.lower)
        if not self._list_openers.isdisjoint(words):
            cues = self._pair_after_between(cues, cols.lower)
        terminators = [(s, e) for cat, s, e in cues if cat == ts.TERMINATE]
        term_starts = [s for s, _ in terminators]
        cell_gaps: frozenset[int] = frozenset()
        if "  " in text and (borders := aligned_borders(text, cols.idx)):
            # The gap between two cells of a space-aligned side table ends a cue as a "|" does (aligned_tables.py),
            # even right after the cue ("nil          endometrioma 22 mm": the next column's cell is not its object).
            term_starts = sorted({*term_starts, *borders})
            cell_gaps = frozenset(borders)
        # A focus word ("just a", "only a") ends a negation (what is there instead: "no cyst, just a solid nodule")
        # but is what a hedge doubts ("99% sure it's just a cyst", "probably only a small cyst").
        hedge_term_starts = [s for s in term_starts if cols.lower[s] not in self._focus_words] \
            if hedged and not self._focus_words.isdisjoint(words) else term_starts
        forward_starts, forward_hedge_starts = term_starts, hedge_term_starts
        if not self._space_breaks.isdisjoint(words):
            # A run of spaces is the sentence break of an unpunctuated dictation ("no hydronephrosis  4 mm cyst
            # upper pole"); the tokenizer keeps the extra space as a token of its own. (Not a termset phrase: the
            # termset's phrases are words.) Only between words (after a colon or a comma it is layout: "Flow:  none")
            # and only for a forward cue: a backward one ("Flow    phasic   absent") may read a table's columns.
            low, layout = cols.lower, self._clause_ends | {self._colon}
            # (the space tokens found by C-level probes; only those few are tested further)
            breaks = [j for j in compress(range(len(low)), map(self._space_breaks.__contains__, low))
                      if j and low[j - 1] not in layout]
            forward_starts = sorted({*term_starts, *breaks})
            forward_hedge_starts = sorted({*hedge_term_starts, *breaks})
        lower = cols.lower
        idx = cols.idx
        # Words of place between a hedged finding and another ("adjacent to", "next to"); most reports have none.
        locatives = sorted(j for w in self._locative_words.intersection(words) for j in _positions(lower, w)) \
            if hedged and not self._locative_words.isdisjoint(words) else []
        findings: list[tuple[int, int]] | None = None  # the diagnosis mentions, built on first need
        side_cells: list[Cell] | None = None  # the side tables' cells, read on first need (side_rows.py)
        widest: list[int] = []  # the widest mention's token count, found on first need (_names_something_else)
        finding_starts: list[int] = []
        cue_starts = [c[1] for c in cues]
        # The cues that can negate or hedge a mention, picked out once: terminators and pseudo-cues only bound scopes
        # (read through term_starts), and skipping them again in every mention's window cost a loop turn each.
        scoping = [ci for ci, c in enumerate(cues) if c[0] != ts.TERMINATE and c[0] != ts.PSEUDO]
        scoping_starts = [cues[ci][1] for ci in scoping]
        # Where a descriptor mention starts: a hedge adverb right before one qualifies that adjective ("possibly
        # lobulated, hypoechoic lesion"), not the next item of the list. Built only for a report with a hedge.
        descriptor_starts = {o.start for o in mentions if o.field != self.finding_field} if hedged else set()
        negated_by: dict[int, list[int]] = {}
        set_aside: list[int] = []  # mentions judged unlikely
        n_tokens, n_sents = len(doc), len(sent_starts)
        for i, m in enumerate(mentions):
            # The mention's sentence (sentence_bounds, inline: this loop runs once per mention).
            after = bisect_right(sent_starts, m.start)
            sent, sent_end = sent_starts[after - 1], sent_starts[after] if after < n_sents else n_tokens
            if sent in questions and m.start >= questions[sent] \
                    and not _inside_quotes(text, max(cols.idx[sent], m.start_char - 400), m.start_char):
                m.hypothetical = True
                continue  # a question neither negates nor doubts ("should I worry about a mass like this?")
            if m.end - m.start > 1 and m.first_lower in _NEGATION_HEADS:  # _starts_with_negation, inline
                # "no internal flow" already states an absence; another cue cannot negate it again. A hedge right
                # before it doubts that absence ("probably no internal flow", "possibly no vascularity").
                if m.field not in self.anatomy_fields and self._hedge_ends_at(cues, cue_starts, m.start):
                    m.uncertain = True
                continue
            best: tuple[int, str, int] | None = None  # (distance, category, cue index)
            # Only cues that can reach the mention (bounded windows): keeps the pass linear in report length.
            lo = bisect_left(scoping_starts, max(sent, m.start - _PRE_WINDOW - self._longest_cue))
            hi = bisect_left(scoping_starts, min(sent_end, m.end + _POST_WINDOW + 1))
            for ci in scoping[lo:hi]:
                cat, cs, ce = cues[ci]
                if cs < m.end and ce > m.start:
                    continue
                if cat.endswith("PRE"):
                    # "not" reaches one short phrase; a hedge that opens with it ("not possible to differentiate
                    # a lipoma from a haemangioma") reaches as far as any hedge.
                    short = (lower[cs] in self._short_scope and cat != ts.UNC_PRE) \
                        or (ce - cs == 1 and lower[cs] in self._near_history)
                    # A prefix ("non-calcified", "noncalcified") negates only the word it is attached to.
                    window = 0 if lower[cs] == self._non else _SHORT_WINDOW if short else _PRE_WINDOW
                    # A terminator right after a cue is its object, not its end ("possibly with increased flow").
                    # (Not a punctuation terminator: "shadowing - absent; enhancement - present" ends at the ";".)
                    reach = ce + 1 if ce > cs and not self._cell_end(lower, ce) and ce not in cell_gaps \
                        and (ce >= len(lower) or lower[ce] not in self._clause_ends) else ce
                    if ce > m.start or m.start - ce > window \
                            or _between(forward_hedge_starts if cat == ts.UNC_PRE else forward_starts, reach, m.start):
                        continue
                    if cat == ts.HIST_PRE and (colons or bracket_colons) and (_between(colons, ce + 1, m.start)
                                                                            or _between(bracket_colons, ce, m.start)):
                        continue  # "in a patient with cirrhosis: a small fluid collection": the colon ends the history
                    if key_lines and _between(key_lines, ce, m.start):
                        continue  # "Calcification: no\nColour Doppler: minimal": the next line is another key's
                    if short and _between(commas, ce, m.start):
                        continue  # "non-compressible, blind-ending tubular structure": "non" ends at the comma
                    if _between(commas, ce, m.start) and self._clause_between(commas, ce, m.start, lower, idx, text) \
                            and not (cat == ts.UNC_PRE and self._differential_cue(cs, ce, lower)
                                     and self._article_items(commas, ce, m.start, lower)):
                        continue  # a comma opening a new clause ("no hydrocele, 1.3 cm solid mass") ends the scope
                    if colons and _between(colons, ce, m.start) \
                            and self._clause_after_colon(colons, ce, m.start, lower):
                        continue  # "negative for a mass or collection: the thyroid is normal": a new clause
                    if cat == ts.NEG_PRE and colons and _between(colons, ce, m.start) \
                            and self._named_after_denied_item(colons, cs, m, mentions, i, lower):
                        continue  # "no vascularity: a lipoma": the colon names what the lesion is
                    if cat == ts.NEG_PRE and dashes and _between(dashes, ce, m.start):
                        continue  # "avascular, without blood flow - simple cyst": the dash opens the conclusion
                    if cat == ts.NEG_PRE and brackets and _between(brackets, ce, m.start) \
                            and self._names_something_else(cs, m, mentions, lower, brackets, widest):
                        continue  # "without shadowing (testicular microlithiasis)": what the foci are, not denied
                    if cat == ts.NEG_PRE and self._qualifies_a_hilum(m, lower):
                        # "without echogenic hilum": the hilum is denied (its loss); of its echogenicity nothing is
                        # stated, neither present nor absent (as a diagnosis set aside states nothing)
                        m.hypothetical = True
                        continue
                    if cat == ts.NEG_PRE and self._states_own_degree(m) and _between(commas, ce, m.start):
                        continue  # "no halo, minimal peripheral flow", "without growths, avascular": its own status
                    if cat == ts.NEG_PRE and _between(commas, ce, m.start) and _measured(text, m):
                        continue  # "without stenosis or thrombus, access flow 1,050 mL/min": a measured item
                    if cat == ts.NEG_PRE and cs < ce and self._own_degree_after_and(ce, m, lower, bare=True):
                        continue  # "with no nodules and normal vascularity": the "and" item says its own degree
                    if cat == ts.NEG_PRE and _between(commas, ce, m.start) and self._item_of_another_list(
                            ce, m, mentions, lower, carried.get(cs) if cs == ce else None):
                        continue  # "no calcification, hypoechoic, oval": a new item of a description
                    if cat == ts.NEG_PRE and _between(commas, ce, m.start) \
                            and self._denial_spent_before_comma(cs, ce, m, mentions, lower, commas):
                        continue  # "no hilum, cystic change", "no internal flow, hyperaemia around": a new item
                    if cs == ce and carried.get(cs) == m.field and not self._list_goes_on(lower, ce, m, mentions):
                        continue  # "no internal flow and peripheral hyperaemia": a contrast, not a second absence
                    if cat == ts.UNC_PRE and self._next_item_of_another_dimension(cs, ce, m, mentions, lower):
                        continue  # "possible microcalcifications and ill-defined margins": its own noun only
                    if cat == ts.UNC_PRE and self._own_degree_after_and(ce, m, lower):
                        continue  # "possible shadowing and increased vascularity": the second item says its own degree
                    if cat == ts.UNC_PRE and lower[ce - 1] in self._question_conjunctions \
                            and self._subject_of_open_question(ce, m, lower):
                        continue  # "not sure if the cyst they found is serious", "we believe the mass is a lipoma"
                    if cat == ts.UNC_PRE and m.field == self.finding_field and locatives \
                            and _between(locatives, ce, m.start) and self._landmark_finding(ce, m, mentions, locatives):
                        continue  # "suspected haematoma adjacent to a simple cyst": the cyst is where it lies
                    if cat == ts.UNC_PRE and self._hedges_a_nature(cs, ce, m, lower):
                        continue  # "probably benign hypoechoic nodule": the nature is doubted, not what was seen
                    if cat in (ts.UNC_PRE, ts.NEG_PRE) and m.start - ce > 2 and self._hosted(m, lower):
                        continue  # "possible calcification in the nodule", "no evidence of malignancy in this cyst":
                        # the doubt or denial is of what lies in the lesion, which is there
                    if cat == ts.UNC_PRE and _between(colons, ce, m.start):
                        if findings is None:
                            findings = [(o.start, o.end) for o in mentions if o.field == self.finding_field]
                            finding_starts = [f[0] for f in findings]
                        if _hedge_ends_at_colon(ce, m.start, findings, finding_starts, colons) \
                                and not self._hedged_heading(ce, m.start, lower):
                            continue  # "Probable endometrioma: a 3 cm cyst with ...": the description is seen
                    if dashes and cat == ts.UNC_PRE and _between(dashes, ce, m.start):
                        if findings is None:
                            findings = [(o.start, o.end) for o in mentions if o.field == self.finding_field]
                            finding_starts = [f[0] for f in findings]
                        if _hedge_ends_at_colon(ce, m.start, findings, finding_starts, dashes) \
                                and not self._hedged_heading(ce, m.start, lower):
                            continue  # "?Haematoma - heterogeneous collection with no flow": the collection is seen
                    if cat == ts.UNC_PRE and m.start - ce >= 2 and self._change_of(lower, ce, m.start):
                        continue  # "equivocal thickening of one septum": the thickening is doubted, the septum seen
                    if cat == ts.UNC_PRE and cs < ce and lower[cs] == self._borderline \
                            and m.field == self.finding_field and m.start - ce <= 1:
                        continue  # "a borderline (ovarian) tumour": the tumour's grade, not a doubt (the empty cue a
                        # glued "?" leaves at the word, "?borderline tumour", still queries the tumour)
                    # (a query mark glued to its word is oriented to an empty cue after it: "?oval" -> the "?" before)
                    if cat == ts.UNC_PRE and ce in descriptor_starts and _between(commas, ce, m.start) \
                            and (lower[cs] if cs < ce or cs == 0 else lower[cs - 1]) in self._degree_hedges:
                        continue  # "possibly lobulated, hypoechoic lesion", "?oval, circumscribed": its adjective only
                    if cat == ts.UNC_PRE and _between(commas, ce, m.start) and self._own_predicate_after(m, lower):
                        continue  # "possible thin septation, coarse calcification present": a statement of its own
                    if cat == ts.UNC_PRE and _between(commas, ce, m.start):
                        if findings is None:
                            findings = [(o.start, o.end) for o in mentions if o.field == self.finding_field]
                            finding_starts = [f[0] for f in findings]
                        if self._hedge_closed(cs, ce, m, findings, finding_starts, commas, mentions, lower):
                            continue
                    dist = m.start - ce
                else:
                    if cs < m.end or cs - m.end > _POST_WINDOW:
                        continue
                    if cat == ts.NEG_POST and lower[cs] == self._but and self._mention_between(mentions, i, cs):
                        continue  # "an area that looks like a mass but isn't one": the pro-form is the mass only
                    if cat == ts.UNC_POST and self._object_of_procedure(m, lower):
                        continue  # "cyst aspiration was considered": the procedure is weighed, the cyst is there
                    if cat == ts.UNC_POST and ce + 1 < len(lower) and lower[ce] in self._nature_words \
                            and lower[ce + 1] in self._nature_ends:
                        continue  # "the nodule is likely benign": its nature is doubted, not the nodule
                    if cs != m.end and ce - cs <= 2 and lower[ce - 1] == self._like:
                        continue  # "-like" hedges the word it is glued to ("cyst-like"), not "normal ridge-like"
                    # A cell border between a table's key and its value does not end the value's cue (but a side
                    # table's cell denies its own side only: "| Stone | none | 7 mm |", side_rows.py; and a value cell
                    # of a table of attribute columns answers its own column: "| anechoic | none |", column_cells.py).
                    if _between(term_starts, m.end, cs) and not (
                        cs - m.end == 1 and self._cell_end(lower, m.end)
                        and not column_value_cell(bar_tables_of(state), idx[m.start])
                        and not ((side_cells := side_table_cells(text, bar_tables_of(state))
                                                 if side_cells is None else side_cells)
                                 and sized_on_other_side(side_cells, idx[m.start], idx[cs],
                                                         [o.start_char for o in mentions
                                                          if o.field == self.finding_field]))
                    ) \
                            and not (cat == ts.UNC_POST and self._predicate_after_but(term_starts, m.end, cs, ce,
                                                                                     lower)):
                        continue
                    if _between(commas, m.end, cs):
                        continue
                    if cat == ts.UNC_POST and brackets and _between(brackets, m.end, cs - 1) \
                            and self._inside_brackets(lower, m.end, cs):
                        continue  # "Cyst of left ovary (follicular?)": the bracket's word is doubted, not the cyst
                    if cat == ts.HIST_POST and brackets and _between(brackets, m.end, cs - 1) \
                            and self._bracket_past_stops(lower, mentions, i, cs):
                        continue  # "R forearm (splinter 4/7 ago): abscess": the splinter is past, not the forearm
                    if dashes and _between(dashes, m.end, cs) \
                            and not (cs == m.end + 1 and lower[m.end] in self._dash_words) \
                            and not (cat == ts.NEG_POST and lower[cs - 1] in self._dash_words
                                     and self._keys.site_key(lower, m.end, cs - 1)):
                        continue  # "reduced - inflammation or tumour?" (the key's own dash, "Shadowing - nil", is not,
                        # nor a dash-keyed line whose key names where the finding was sought: "Free fluid in the
                        # abdomen - not found")
                    # A colon ends a POST cue's reach, except the template "Calcification: absent", whose key
                    # may run on past the finding from its line's start ("Free fluid in the pelvis: not seen") or
                    # place it mid-line ("... ; free fluid in small pelvis: none"): template_keys.py.
                    if _between(colons, m.end, cs):
                        key = m.end if lower[m.end] == self._colon_lower else self._keys.line_key(lower, mentions, i)
                        if key is None and lower[cs - 1] == self._colon_lower \
                                and self._keys.site_key(lower, m.end, cs - 1):
                            key = cs - 1
                        if key is None or not (cs - key == 1 or self._spaces.issuperset(lower[key + 1 : cs])):
                            continue  # ... a template's value may follow its colon after extra spaces ("Flow:  none")
                    if cat == ts.NEG_POST and lower[cs - 1] == self._colon_lower \
                            and m.field not in self.anatomy_fields \
                            and self._keys.placed_in_key(mentions, i, lower):
                        continue  # "Calcifications within the nodule: absent": the nodule is where they were sought
                    dist = cs - m.end
                if cat == ts.HIST_PRE or cat == ts.HIST_POST:
                    m.historical = m.historical or not self._described_again(m.end, sent_end, lower,
                                                                              ce if cat == ts.HIST_PRE else m.start)
                elif cat in (ts.HYP_PRE, ts.HYP_POST):
                    if lower[cs] in self._set_aside_words:
                        set_aside.append(i)  # "metastasis unlikely": set aside unless a hedge keeps it open
                    # A programme word ("AORTA SCREENING", "LIVER (HCC SURVEILLANCE)") makes only the disease it
                    # watches for hypothetical; the organ named with it is examined.
                    elif not (m.field in self.anatomy_fields and lower[cs] in self._programme_words):
                        m.hypothetical = True
                elif best is None or dist < best[0]:
                    best = (dist, cat, ci)
            if best is not None:
                if best[1].startswith("NEG"):
                    m.negated = True
                    negated_by.setdefault(best[2], []).append(i)
                elif m.field not in self.anatomy_fields:
                    # Doubt is about the finding; the organ where it was seen is still examined.
                    m.uncertain = True
        # A diagnosis judged unlikely is set aside, as a discarded alternative is, unless a hedge of its own keeps it
        # open ("a tumour is unlikely but cannot be excluded"); the organ where it would lie is still examined.
        for i in set_aside:
            m = mentions[i]
            if not m.uncertain and m.field not in self.anatomy_fields:
                m.hypothetical = True
        # An organ inside a negated phrase is where the absent finding was looked for ("no axillary mass"),
        # not itself absent — unless nothing but anatomy was negated ("no lymph nodes").
        for ci, group in negated_by.items():
            if any(mentions[i].field not in self.anatomy_fields and mentions[i].kb != GENERIC for i in group):
                for i in group:
                    if mentions[i].field in self.anatomy_fields:
                        mentions[i].negated = False
            self._keep_hosts(cues[ci], group, mentions, carried, lower)
        self._release_feature_hosts(mentions, lower)
        if colons:  # the template passes read a "key:" line
            self._template_no(mentions, lower, colons)
            self._joined_template_keys(mentions, lower)
            # "Inguinal/para-aortic nodes: not assessed": each organ of the key is outside the examination
            extend_unexamined_keys(mentions, lower, words, self.anatomy_fields)
            # "Hydrocele: no hydrocele": the value restates its key denied
            deny_restated_keys(mentions, frozenset(colons), {cs for cat, cs, _ in cues if cat == ts.NEG_PRE},
                               self.anatomy_fields)
            if hedged:
                self._hedged_template_key(cues, mentions, lower)
        if dashes:  # and a dash-keyed line whose whole value is "no" ("Shadowing - no", "Hyperaemia - no")
            self._template_no(mentions, lower, dashes)
        if self._equals in words:  # ... and a key-value line's "=" ("Ascites = no", "Ascita = NU")
            self._template_no(mentions, lower, _positions(lower, self._equals))
        if "|" in text:  # a table's header asked of each row, whose column's cells all answer no
            for i in denied_header_mentions(bar_tables_of(state), mentions, self.anatomy_fields):
                if not mentions[i].uncertain:
                    mentions[i].negated = True
        if not self._quantifier_negations.isdisjoint(words):
            self._neither_contains(mentions, lower, sent_starts, len(doc))
        if hedged:
            self._trailing_hedges(cues, mentions, sent_starts, commas, term_starts, cols, text)
            self._hedged_template_values(cues, mentions, lower)
        if not self._alternatives.isdisjoint(words):
            self._mark_alternatives(mentions, lower)
        if hedged and OR in words and not LINK_WORDS.isdisjoint(words):
            # "could represent an abscess secondary to osteomyelitis or a haematoma": the "or" offers another
            doubt_alternatives_after_causes(mentions, lower, self.finding_field)
        if self._question in words and not ASKING_WORDS.isdisjoint(words):  # "Examiner: Differential?"
            doubt_differential_answers(mentions, lower, self._newlines, self.finding_field)
        doubting = hedged or ts.UNC_POST in map(_CATEGORY, cues)
        # "DDx:" ending its line, then "- nodular fasciitis", "- nerve sheath tumour": the report's differential lists,
        # found once (only where a heading word is among its words) for the doubt the heading casts on each item and
        # for the settling of one item by a test, which discards the others
        listed = differential_lists(text) if doubting and not self._list_heading_words.isdisjoint(words) else []
        if hedged and listed:
            doubt_differential_lists(mentions, listed, self.finding_field)
        if doubting:
            self._pairs_not_told_apart(cues, mentions, lower)
            self._kinds_of_doubted_diagnoses(mentions, lower)
            if not self._settling_verbs.isdisjoint(words):  # "?infarct ?tumour. MRI confirmed an infarct."
                drop_settled_doubts(self._settling_words, self._strings, mentions, lower, sent_starts,
                                    self.finding_field, listed, idx)
                confirm_by_anaphora(self._settling_words, mentions, lower, sent_starts, self.finding_field)
            if self._question in words and not self._settling_words.offered.isdisjoint(words):  # "Hernia or lipoma?"
                drop_answered_questions(self._settling_words, mentions, lower, sent_starts, self.finding_field,
                                        [cs for cat, cs, _ in cues if cat in (ts.UNC_PRE, ts.UNC_POST)])
        if not self._correction_words.isdisjoint(words):  # "Correction: Free fluid: none (draft error)"
            supersede_drafts(mentions, lower, self._correction_words, self.anatomy_fields)
        _mark_presentations(mentions, text)
        self._set_aside_what_is_not_found(mentions, text)
        return doc

    def _set_aside_what_is_not_found(self, mentions: list[MentionRecord], text: str) -> None:
        """The last passes of every report, cues or none: what the text offers, teaches or quotes rather than finds."""
        if _names_a_case(text):
            _mark_case_titles(mentions, text)
        mark_checkboxes(mentions, text, self.anatomy_fields)  # "[ ] cyst" offered, "Sludge: [ ] yes [x] no" denied
        offer_quiz_choices(mentions, text, self.anatomy_fields)  # "Choices: cyst, abscess", then "Answer: cyst"
        set_aside_lessons(mentions, text, self.anatomy_fields)  # "Take-home: cysts may bleed"
        set_aside_generic_changes(mentions, text, self.anatomy_fields)  # "a haematoma should shrink"
        set_aside_rejected_alternatives(mentions, text, self.finding_field)  # "a phlegmon rather than a collection"

    # -- cue direction and reach (small helpers, kept apart from the main loop) -------------------------------
    @staticmethod
    def _mention_between(mentions: list[MentionRecord], i: int, cs: int) -> bool:
        """Another mention starts between mention ``i`` and the cue at ``cs`` (mentions are in text order)."""
        return i + 1 < len(mentions) and mentions[i + 1].start < cs

    def _predicate_after_but(self, term_starts: list[int], after: int, cs: int, ce: int, lower: list[int]) -> bool:
        """The backward hedge at ``cs``..``ce`` is a second predicate of the subject before it, joined by "but" with
        no subject of its own ("a tumour is unlikely but cannot be excluded", "less likely but not ruled out"): the
        "but" right before it is the only terminator after the mention (ending at ``after``), and the hedge ends its
        clause (else it governs an object of its own: "a cyst but cannot rule out an abscess")."""
        return lower[cs - 1] == self._but and not _between(term_starts, after, cs - 1) \
            and (ce >= len(lower) or lower[ce] in self._clause_ends)

    def _names_something_else(self, cs: int, m: MentionRecord, mentions: list[MentionRecord], lower: list[int],
                              brackets: list[int], widest: list[int]) -> bool:
        """A parenthesis after the negation's object names something of another dimension ("without acoustic
        shadowing (testicular microlithiasis)": the name of the whole finding), so the negation stops at it. The
        same value ("no deep vein thrombosis (DVT)"), the object's own dimension ("no calcification (micro or
        macro)") or alternatives and examples of the object ("no lesion (solid or cystic)") are still denied."""
        bracket = brackets[bisect_left(brackets, m.start) - 1]  # the last "(" before the mention (after the cue)
        # (from the cue's start: a cue may open its object's own term, "no flow"; a cue carried on from an absence
        # phrase, "lesion with no flow on colour Doppler (typical haemangioma)", has that phrase as its object)
        # (only the mentions that can start there, found by bisection in ``mentions``, which are in token order: a
        # scan of them all per bracketed negation made a long report quadratic; ``widest``, filled on first need,
        # bounds how far before the cue a mention ending at it can start)
        if not widest:
            widest.append(max(o.end - o.start for o in mentions))
        objects = [o for o in mentions_between(mentions, cs - widest[0], bracket)
                   if (cs <= o.start or (o.end == cs and o.kb == ABSENCE)) and o.end <= bracket]
        if not objects or any(o.iri == m.iri or o.field == m.field for o in objects):
            return False
        # The whole parenthesis (to its ")", a few words at most): "(solid or cystic)" offers alternatives even
        # to its first item.
        stop = min(len(lower), bracket + _PARENTHESIS_REACH)
        close = next((t for t in range(m.start, stop) if lower[t] == self._close_bracket), stop)
        return self._alternatives_in_parenthesis.isdisjoint(lower[bracket + 1 : close])

    def _kinds_of_doubted_diagnoses(self, mentions: list[MentionRecord], lower: list[int]) -> None:
        """A doubted composition adjective right before a doubted named diagnosis ("a cystic metastasis", "cystic
        RCC", "a solid pseudopapillary tumour") names a kind of that diagnosis: the doubt is the diagnosis's, and
        the adjective states no feature seen (it is dropped, as hypothetical). Not before a bare value noun ("possible
        solid mass", "?cystic lesion"), where it describes what may be there."""
        for a, b in pairwise(mentions):
            if a.uncertain and b.uncertain and a.field == self._composition_field and b.field == self.finding_field \
                    and b.start - a.end <= 1 and lower[b.end - 1] not in self._value_nouns \
                    and not any(lower[j] in self._kind_gap_stops for j in range(a.end, b.start)):
                a.uncertain = False
                a.hypothetical = True

    def _change_of(self, lower: list[int], lo: int, hi: int) -> bool:
        """A noun of change followed by "of" stands in ``[lo, hi)`` ("possible thickening of the septum"): what
        follows "of" is the structure that changed, presupposed by the doubt (a window of the cue's reach)."""
        return any(lower[j] in self._change_nouns and lower[j + 1] == self._of for j in range(lo, hi - 1))

    def _inside_brackets(self, lower: list[int], lo: int, cue: int) -> bool:
        """The cue at ``cue`` stands inside a bracket opened after ``lo`` and after a word of its own ("(follicular?)",
        not "(?)" nor "(arrow) is suspected"); the caller bounds ``cue - lo`` by the backward window."""
        for j in range(cue - 1, lo - 1, -1):
            if lower[j] == self._close_bracket:
                return False
            if lower[j] == self._open_bracket_lower:
                return j < cue - 1
        return False

    def _bracket_past_stops(self, lower: list[int], mentions: list[MentionRecord], i: int, cue: int) -> bool:
        """The history cue at ``cue`` stands inside a bracket opened after mention ``i`` and does not date that mention:
        the bracket names something of its own before the cue ("R forearm (splinter 4/7 ago)": the splinter is
        past), or the mention is a site standing alone before the bracket ("Left breast (lumpectomy 3 years ago):
        scar only"), which is where this scan looks. A bracket of time alone dates the finding before it
        ("cholecystectomy (3 years ago)", "breast cancer (2 yrs ago)", with the site of that finding). The caller
        bounds ``cue - end`` by the backward window."""
        m = mentions[i]
        for j in range(cue - 1, m.end - 1, -1):
            if lower[j] == self._close_bracket:
                return False
            if lower[j] == self._open_bracket_lower:
                later = mentions[i + 1 : i + 1 + _POST_WINDOW]
                if any(j < o.start < cue for o in later):
                    return True
                return m.field in self.anatomy_fields \
                    and not any(o.start < j and o.field not in self.anatomy_fields for o in later)
        return False

    def _cell_end(self, lower: list[int], j: int) -> bool:
        """A table's cell border at ``j`` ("| none | small, calcified |"): it ends a cue's scope even right after
        the cue (where another terminator would be the cue's object)."""
        return j < len(lower) and lower[j] == self._cell_border

    def _qualifies_a_hilum(self, m: MentionRecord, lower: list[int]) -> bool:
        """The mention is a word qualifying a node's hilum after it ("echogenic hilum", "echogenic fatty hilum"): a
        negation before it denies the hilum, a part with no value ("round node without echogenic hilum"), not the
        qualifier's value."""
        j = m.end + (m.end < len(lower) and lower[m.end] == self._fatty)
        return j < len(lower) and lower[j] in self._node_features

    def _states_own_degree(self, m: MentionRecord) -> bool:
        """The mention states its own degree or absence ("minimal peripheral flow", "increased through
        transmission", "avascular"): after a comma it is a new item of a list, not one more negated one."""
        return m.kb == ABSENCE or (m.end - m.start > 1 and m.first_lower in self._degree_words)

    def _own_degree_after_and(self, ce: int, m: MentionRecord, lower: list[int], bare: bool = False) -> bool:
        """After a hedge, a later item joined by "and" that states its own degree ("possible shadowing and increased
        vascularity", "probable septation and mildly reduced flow") is asserted in its own words: the hedge covers the
        item it stands before. ``bare``: a one-word degree counts too ("absent venous flow and reduced arterial
        flow": the grade word opens the second item, whose noun comes later)."""
        own = self._states_own_degree(m) or (bare and m.kb != GENERIC and m.first_lower in self._degree_words)
        return self._and in lower[ce : m.start] and own and m.start - ce > 1

    def _next_item_of_another_dimension(self, cs: int, ce: int, m: MentionRecord, mentions: list[MentionRecord],
                                        lower: list[int]) -> bool:
        """"possible microcalcifications and ill-defined margins", "?septation and posterior enhancement": a hedge
        that is an adjective of its noun doubts that noun; an item of another dimension joined after it by "and" is
        stated in its own right. (A clause hedge, "may represent a cyst and septation", is not read here.)"""
        if lower[ce - 1] not in self._noun_hedges or ce - cs > 1 or m.field in self.anatomy_fields \
                or self._and not in lower[ce : m.start]:
            return False
        k = bisect_left(mentions, ce, key=_start_of)
        while k < len(mentions) and mentions[k].field in self.anatomy_fields:
            k += 1
        if k == len(mentions) or mentions[k] is m or not self._plain_words(lower, ce, mentions[k].start):
            return False
        # The hedged noun is one item: no other mention between it and the "and" ("possible hypoechoic mass and
        # shadowing" leaves the doubt over the whole list).
        a = lower.index(self._and, ce, m.start)
        if k + 1 < len(mentions) and mentions[k + 1].start < a:
            return False
        # An item of the same dimension is a noun phrase of its own when it has its own describing word ("possible
        # small cystic spaces and coarse echogenic foci"); a bare one ("possible cysts and septations") may share
        # the doubt.
        return mentions[k].field != m.field or m.start - a > 1

    def _plain_words(self, lower: list[int], lo: int, hi: int) -> bool:
        """At most two describing words from ``lo`` to the hedged noun at ``hi`` ("possible [tiny peripheral]
        calcification"), none of them a list mark that would open another item."""
        return hi - lo <= 2 and all(w != self._and and w != self._comma for w in lower[lo:hi])

    def _described_again(self, end: int, sent_end: int, lower: list[int], cue_end: int) -> bool:
        """What a history cue introduced is described as it is now ("previously noted 7 mm cyst, now 4 mm", "the
        previously seen nodule is unchanged"): a current word follows within a few words in its sentence; or one
        stands between the cue and the mention, which then describes the finding now ("the previously described
        cyst is unchanged, anechoic")."""
        return any(w in self._current_words for w in lower[end : min(sent_end, end + _PRE_WINDOW)]) \
            or not self._current_words.isdisjoint(lower[cue_end : end])

    def _clause_between(self, commas: list[int], lo: int, hi: int, lower: list[int], idx: list[int],
                        text: str) -> bool:
        """Some comma in [lo, hi) opens a new clause: a determiner or "there" follows it ("..., the nodule is"),
        or a number ("..., 1.3 cm solid mass")."""
        n = len(lower)
        for k in range(bisect_left(commas, lo), len(commas)):
            j = commas[k] + 1
            if j > hi:
                break
            if j < n and lower[j] in self._clause_openers and not self._article_item_of_or_list(lower, j):
                return True
            if j < n and text[idx[j] : idx[j] + 1].isdigit():
                return True
            if j + 1 < n and lower[j] in self._clause_joins and lower[j + 1] in self._clause_openers:
                return True  # "no calcification, and it is hypoechoic", "..., but the margins are irregular"
            if j < n and self._sided_subject_clause(lower, j, hi):
                return True
            if j < n and self._template_key_after(lower, j):
                return True
            if j < n and self._copular_clause_after(lower, j):
                return True
            if j < n and self._reporting_clause_after(lower, j):
                return True
        return False

    def _reporting_clause_after(self, lower: list[int], j: int) -> bool:
        """A comma opens a clause whose subject, a word or two, reports what a test showed ("the appearance suggested
        a cyst, Doppler showed internal flow", "..., the biopsy revealed a fibroadenoma")."""
        for t in range(j + 1, min(len(lower), j + 4)):
            if lower[t] in self._reporting_verbs:
                return True
            if lower[t] in self._list_words or lower[t] == self._and or lower[t] in self._clause_ends:
                return False
        return False

    def _spaced_dashes(self, lower: list[int], idx: list[int], length: list[int], dashes: frozenset[int],
                       text: str) -> list[int]:
        """Positions of dash tokens with a space on both sides (not a hyphen inside a word), but for one that goes on
        with an alternative written in lower case ("possible cyst - or abscess"); ``dashes``: the dash words the
        report holds."""
        out = []
        for dash in dashes:  # (list.index scans in C; see _positions)
            for j in _positions(lower, dash):
                if 0 < j < len(lower) - 1 and idx[j - 1] + length[j - 1] < idx[j] \
                        and idx[j] + length[j] < idx[j + 1] \
                        and get_string_id(text[idx[j + 1] : idx[j + 1] + length[j + 1]]) not in self._or_words:
                    out.append(j)
        out.sort()
        return out

    def _hedge_ends_at(self, cues: list[tuple[str, int, int]], cue_starts: list[int], start: int) -> bool:
        """A forward hedge of one or two words ends right at ``start`` ("probably no internal flow")."""
        for ci in range(bisect_left(cue_starts, start - 2), bisect_left(cue_starts, start)):
            cat, _, ce = cues[ci]
            if cat == ts.UNC_PRE and ce == start:
                return True
        return False

    def _subject_of_open_question(self, ce: int, m: MentionRecord, lower: list[int]) -> bool:
        """An open question or an opinion whose clause has a finding as its definite subject ("not sure if the cyst
        they found is serious", "unclear whether this nodule has grown", "we believe the mass is a lipoma"): what is
        asked or believed is the predicate; the finding, named as known, is there. Doubted is a finding the clause
        predicates ("not sure whether it is a cyst", "unclear if this represents an abscess"): a verb then stands
        before it."""
        # The determiner, then the finding's noun phrase: at most one describing word between ("the small cyst");
        # a longer run may hold the clause's verb ("this represents an abscess").
        if ce >= m.start or lower[ce] not in self._definite_subjects or m.start - ce > 2:
            return False
        word = lower[ce + 1]
        return m.start - ce == 1 or not (word in self._articles or word in self._be_verbs
                                         or word in self._clause_verbs or word in self._clause_ends)

    def _article_item_of_or_list(self, lower: list[int], j: int) -> bool:
        """The comma before ``j`` goes on a list that an "or"/"nor" closes: an indefinite article opens the item, and
        within a few words, past other items, comes the "or" ("the differential includes an abscess, a haematoma or
        a necrotic tumour", "no cyst, a mass or a collection"), with no verb or clause mark before it. Elsewhere a
        comma and an article open a new statement ("no hydrocele, a 1.3 cm solid mass in the left testis")."""
        if lower[j] not in self._articles:
            return False
        for t in range(j + 1, min(len(lower), j + _OR_LIST_REACH)):
            w = lower[t]
            if w in self._or_words:
                return True
            if w in self._item_ends or w in self._be_verbs or w in self._clause_verbs:
                return False
        return False

    def _named_after_denied_item(self, colons: list[int], cs: int, m: MentionRecord, mentions: list[MentionRecord],
                                 i: int, lower: list[int]) -> bool:
        """The diagnosis ``m`` (mention ``i``) opens, at most after an article, what a colon introduces once the
        negation at ``cs`` has had its object before that colon ("isoechoic to fat, no vascularity: a lipoma",
        "without shadowing: haemangioma"): the colon names what the lesion is, not a further denied item. A colon
        right after the cue introduces what is denied ("no evidence of: cyst, mass") and keeps denying."""
        if m.field != self.finding_field:
            return False
        colon = colons[bisect_left(colons, m.start) - 1]
        if m.start - colon > 2 or (m.start - colon == 2 and lower[colon + 1] not in self._articles):
            return False
        # The denied object: a finding or descriptor between the cue and the colon, or the absence phrase a cue
        # carried on from ends at it ("no vascularity" carries its denial from its end). A few mentions back at most.
        for o in mentions[max(0, i - _DENIED_OBJECT_REACH) : i]:
            if (o.start >= cs or o.end == cs) and o.end <= colon and o.field not in self.anatomy_fields:
                return True
        return False

    def _clause_after_colon(self, colons: list[int], lo: int, hi: int, lower: list[int]) -> bool:
        """Some colon in [lo, hi) opens a clause with its own subject and verb ("negative for a mass or collection:
        the thyroid gland is normal"), not a list of what was denied ("no evidence of: cyst, mass")."""
        for k in range(bisect_left(colons, lo), len(colons)):
            j = colons[k] + 1
            if j > hi:
                break
            if j < len(lower) and lower[j] in self._clause_subjects and self._copular_clause_after(lower, j):
                return True
        return False

    def _copular_clause_after(self, lower: list[int], j: int) -> bool:
        """A comma opens a clause with its own subject and verb ("no deep vein thrombosis, flow is phasic", "no
        calcification, the margin is smooth"): a few words, then "is"/"are"/"was"/"were" and a predicate that is
        not one of existence ("no stones, calculi or masses are seen" goes on denying)."""
        n = len(lower)
        for t in range(j, min(n - 1, j + 4)):
            if lower[t] in self._be_verbs:
                return t > j
            if lower[t] in self._list_words or lower[t] == self._and:
                return False
        return False

    def _item_of_another_list(self, ce: int, m: MentionRecord, mentions: list[MentionRecord], lower: list[int],
                              carried_field: str | None) -> bool:
        """After a comma, a mention of another dimension than the one a negation denied, with no "or"/"nor" that
        would make it one more denied item ("no calcification, septation or shadowing"), is a new item of a
        telegraphic description ("no calcification, hypoechoic, oval", "not vascular, well defined").

        Only an "or" after the last comma before the mention joins it to the denial ("no hilum, calcification or
        flow"; "no septa, or solid part"): an "or" before that comma already closed the denied list, so what the
        comma opens is the next item ("no septa or solid component, posterior enhancement", "no calcification or
        cystic change, hypoechoic": the enhancement and the echogenicity are stated, not denied)."""
        if m.field in self.anatomy_fields or not self._or_words.isdisjoint(lower[self._last_comma(ce, m.start, lower)
                                                                                 : m.start]) \
                or self._or_list_follows(m, mentions, lower):
            return False
        head_field = carried_field
        if head_field is None:
            k = bisect_left(mentions, ce, key=_start_of)
            while k < len(mentions) and mentions[k].field in self.anatomy_fields:
                k += 1
            if k == len(mentions) or mentions[k] is m:
                return False
            head_field = mentions[k].field
        return head_field != m.field

    def _last_comma(self, lo: int, hi: int, lower: list[int]) -> int:
        """The token index of the last comma in ``lower[lo:hi]`` (``lo`` if none): the start of the item that
        ends at ``hi``. Scans back from ``hi`` only over the few words of one list item."""
        j = hi - 1
        while j >= lo:
            if lower[j] == self._comma:
                return j
            j -= 1
        return lo

    def _denial_spent_before_comma(self, cs: int, ce: int, m: MentionRecord, mentions: list[MentionRecord],
                                   lower: list[int], commas: list[int]) -> bool:
        """A negation whose own clause, up to the first comma after it, denies no descriptor or diagnosis (a part
        with no value: "no hilum, cystic change", "no vegetation, posterior enhancement"; a phrase that carries the
        negation itself: "no internal flow, hyperaemia around"; nothing: "hilum absent, hypervascular") has spent its
        denial there: the item after the comma is a new one of the description, unless an "or"/"nor" makes it one
        more denied item ("no hilum, calcification or flow")."""
        comma = commas[bisect_left(commas, ce)]
        k = bisect_left(mentions, ce, key=_start_of)
        while k < len(mentions) and mentions[k].start < comma:
            if mentions[k].field not in self.anatomy_fields:
                return False  # "no septation, calcification": the denied item heads a list of denied items
            k += 1
        return self._or_words.isdisjoint(lower[cs : m.start]) and not self._or_list_follows(m, mentions, lower)

    def _or_list_follows(self, m: MentionRecord, mentions: list[MentionRecord], lower: list[int]) -> bool:
        """The mention is a middle item of a list that an "or"/"nor" closes ("no vascularity, shadowing or
        calcification", "did not show any calcification, shadowing or flow"): only commas and other mentions lie
        between it and the "or". A bounded look ahead (a few items), so the pass stays linear."""
        j, n = m.end, len(lower)
        k = bisect_right(mentions, m.start, key=_start_of)
        for _ in range(_LIST_ITEMS_AHEAD):
            if j >= n:
                return False
            if lower[j] in self._or_words:
                return True
            if lower[j] != self._comma:
                return False
            j += 1
            while k < len(mentions) and mentions[k].start < j:
                k += 1
            if k == len(mentions) or mentions[k].start != j:
                return False
            j = mentions[k].end
        return False

    def _list_goes_on(self, lower: list[int], lo: int, m: MentionRecord, mentions: list[MentionRecord]) -> bool:
        """Only list words and other items of the list between an absence phrase and a mention of its field ("no
        focal lesion or free fluid", "no focal lesion, cyst or mass"): the absence goes on over the list (an "and"
        is a contrast instead: "no internal flow and peripheral hyperaemia")."""
        j = lo
        while j < m.start:
            if lower[j] in self._list_words:
                j += 1
                continue
            k = bisect_left(mentions, j, key=_start_of)  # mentions are in text order
            if k == len(mentions) or mentions[k].start != j or mentions[k].field != m.field:
                return False
            j = mentions[k].end
        return m.start > lo

    def _hedges_a_nature(self, cs: int, ce: int, m: MentionRecord, lower: list[int]) -> bool:
        """A forward hedge that doubts only a lesion's nature: one followed by a nature word that ends its clause
        ("hypoechoic nodule, probably benign.", "the node is likely reactive and ..."; before a noun the hedge
        covers the noun too: "suspicious for malignant neoplasm"), or "indeterminate", which doubts what a lesion
        is (its diagnosis) but not what it looks like ("indeterminate hypoechoic lesion"). A nature word that is
        itself the mention ("likely neoplastic": the tumour suspected) is what the hedge doubts."""
        n = len(lower)
        if m.start == ce and m.field == self.finding_field:
            return False
        if ce + 1 < n and lower[ce] in self._nature_words and lower[ce + 1] in self._nature_ends:
            return not self._bracketed_gloss(cs, ce, m, lower)
        if ce < n and lower[ce] in self._nature_words and lower[ce - 1] in self._adverb_hedges:
            return self._nature_of_a_seen_noun(ce, m, lower)
        return ce - cs == 1 and lower[cs] in self._diagnosis_only_hedges and m.field != self.finding_field

    def _bracketed_gloss(self, cs: int, ce: int, m: MentionRecord, lower: list[int]) -> bool:
        """A bracket that opens with the hedged nature and names the diagnosis after its comma ("BI-RADS 3 (probably
        benign, fibroadenoma)"): the diagnosis glosses the nature, one doubt, so the hedge reaches it."""
        return m.field == self.finding_field and cs > 0 and lower[cs - 1] == self._open_bracket \
            and m.start - ce <= 4 and self._close_bracket not in lower[ce : m.start]

    def _nature_of_a_seen_noun(self, ce: int, m: MentionRecord, lower: list[int]) -> bool:
        """"A probably benign 8 mm oval circumscribed mass", "possibly malignant solid mass": an adverb hedge before a
        nature word modifies that adjective; the noun phrase it stands in (up to the mention, with no clause mark
        between) was seen. A noun that is itself an interpretation ("probably malignant neoplasm") stays doubted."""
        if m.start - ce > _PRE_WINDOW or any(w in self._clause_ends or w == self._and for w in lower[ce : m.start]):
            return False
        if lower[m.end - 1] in self._interpretive_nouns:
            return False
        if m.field == self.finding_field and lower[m.end - 1] not in self._seen_nouns:
            return False  # "likely benign haemangioma": a named diagnosis is an interpretation too, still doubted
        # The doubted phrase's own noun ("possibly malignant tumour" names no released value): the first noun after
        # the mention, if it is one of those, takes the doubt with it.
        return not (m.field != self.finding_field and m.end < len(lower) and lower[m.end] in self._interpretive_nouns)

    def _hosted(self, m: MentionRecord, lower: list[int]) -> bool:
        """A lesion named as the place of something else ("... in the nodule", "... within this 2 cm solid cyst"):
        a place preposition and a determiner a few words before it, with no clause mark between."""
        if m.field != self.finding_field:
            return False
        for j in range(m.start - 1, max(0, m.start - 6), -1):
            if lower[j] in self._host_determiners:
                return lower[j - 1] in self._host_prepositions
            if lower[j] in self._clause_ends or lower[j] in self._list_words or lower[j] == self._and:
                return False
        return False

    def _keep_hosts(self, cue: tuple[str, int, int], group: list[int], mentions: list[MentionRecord],
                    carried: dict[int, str], lower: list[int]) -> None:
        """"No septations within the cyst", "no internal flow in the nodule": a lesion named as the place of a
        denied feature ("in/within/behind the ...") is where it was looked for, and is there; only the feature is
        absent ("no evidence of a mass within the kidney" still denies the mass: no feature comes first)."""
        _, cs, ce = cue
        feature_first = cs == ce and carried.get(cs) not in (None, self.finding_field)
        for i in group:
            m = mentions[i]
            if m.field not in self.anatomy_fields and m.field != self.finding_field:
                feature_first = True
            elif feature_first and self._hosted(m, lower):
                m.negated = False

    def _release_feature_hosts(self, mentions: list[MentionRecord], lower: list[int]) -> None:
        """"Possible calcification in a hypoechoic nodule", "no septations within the anechoic cyst": a denied or
        doubted feature, then a place preposition and a lesion's noun phrase (any article, its describing words).
        The cue's scope is the feature; the lesion and what describes it are where the feature was looked for, and
        are there. Each lesion looks back a few words only, so the pass stays linear."""
        field = self.finding_field
        preps = self._host_prepositions
        for k, m in enumerate(mentions):
            if m.field != field or k == 0 or preps.isdisjoint(lower[max(0, m.start - _HOST_PHRASE - 1) : m.start]) \
                    or (m.end < len(lower) and lower[m.end] in self._or_words):
                continue  # (a place offered as alternatives, "within a cyst or mass", is not one lesion that is there)
            # Back over the lesion's describing words (mentions or plain words) to its article.
            j, inside = m.start - 1, k
            while j > 0 and m.start - j <= _HOST_PHRASE:
                while inside > 0 and mentions[inside - 1].end > j:
                    inside -= 1
                if lower[j] in self._any_host_determiners:
                    break
                if lower[j] in self._clause_ends or lower[j] in self._list_words or lower[j] in self._or_words \
                        or lower[j] == self._and:
                    j = 0
                    break
                j -= 1
            if j < 2 or lower[j] not in self._any_host_determiners or lower[j - 1] not in self._host_prepositions:
                continue
            # The feature: a denied or doubted mention (or a stated absence, "no internal flow") that ends right
            # before the preposition.
            f = inside - 1
            while f >= 0 and mentions[f].end > j - 1:
                f -= 1
            feature = mentions[f] if f >= 0 else None
            if feature is None or feature.end != j - 1 or feature.field in (field, *self.anatomy_fields) \
                    or not (feature.negated or feature.uncertain or feature.kb == ABSENCE):
                continue
            # The lesion's own hedge inside its phrase ("no flow within the presumed haematoma") doubts it still:
            # only the feature's cue is lifted from it.
            own_hedge = self._hedged_phrase(lower, j + 1, m.start)
            for o in mentions[f + 1 : k + 1]:
                if o.field not in self.anatomy_fields and o.start > j:
                    o.negated = False
                    o.uncertain = o is m and own_hedge and o.uncertain

    def _hedged_phrase(self, lower: list[int], lo: int, hi: int) -> bool:
        """An adjective hedge among the describing words of a noun phrase ("the presumed haematoma", "a possible
        small cyst"), from ``lo`` to its noun at ``hi`` (a few words). An adverb hedge doubts the adjective it stands
        before ("a possibly complicated cyst": the cyst is seen, its subtype doubted)."""
        return not self._noun_hedges.isdisjoint(lower[lo:hi])

    def _hedged_heading(self, ce: int, start: int, lower: list[int]) -> bool:
        """The hedge qualifies a heading whose value follows its colon or dash ("Probable diagnosis: lipoma",
        "Presumptive diagnosis - fibroadenoma"): only the heading's head word stands between the hedge and the mark,
        so the value is what the hedge doubts."""
        j = ce
        while j < start and lower[j] in self._heading_heads:
            j += 1
        return (j > ce or lower[ce - 1] in self._heading_heads) and j < start \
            and (lower[j] == self._colon or lower[j] in self._dash_words)

    def _template_key_after(self, lower: list[int], j: int) -> bool:
        """A comma opens the next line of a template written on one line: a key of a few words and its colon
        ("Calcification: absent, CDFI: rich flow", "no cyst, Vascularity: increased"); the key may be the mention."""
        for t in range(j + 1, min(len(lower), j + 4)):
            if lower[t] == self._colon:
                return True
            if lower[t] == self._comma:
                return False
        return False

    def _sided_subject_clause(self, lower: list[int], j: int, hi: int) -> bool:
        """A comma opens a clause about another side's organ: a side word, then a verb within a few words
        ("no free fluid, no collection, right ovary has a 3 cm simple cyst"), or, in a list of dictated items, the
        finding one or two words after the side word, with no list word between ("no subchorionic haematoma, right
        ovary corpus luteum cyst 2 cm": the side's organ heads a new item)."""
        if lower[j] not in self._side_openers:
            return False
        if j + 2 <= hi <= j + 3 and self._list_words.isdisjoint(lower[j + 1 : hi]) and lower[j + 1] != self._and:
            return True
        return any(lower[v] in self._clause_verbs for v in range(j + 1, min(hi, j + 4)))

    def _hedge_closed(self, cs: int, ce: int, m: MentionRecord, findings: list[tuple[int, int]],
                      finding_starts: list[int], commas: list[int], mentions: list[MentionRecord],
                      lower: list[int]) -> bool:
        """A hedge ends once it has reached its diagnosis and a comma follows: what comes after describes the
        lesion as seen ("probable haemangioma in the liver, hyperechoic") or starts another statement
        ("probably a polyp, ovaries normal"); only a list of further diagnoses stays hedged ("possible cyst,
        abscess or haematoma")."""
        k = bisect_left(finding_starts, ce)
        if k >= len(findings) or findings[k][1] > m.start:
            return self._hedged_structure_described(ce, m, commas, mentions)
        c = bisect_left(commas, findings[k][1])
        if c >= len(commas) or commas[c] >= m.start:
            return False
        if m.field != self.finding_field:
            return True
        # A diagnosis after the comma: hedged unless the comma opens a clause about an organ ("ovaries normal"),
        # or the diagnosis is no alternative of a list closed by "or" ("likely fibroadenoma at 2 o'clock, simple cyst
        # at 10 o'clock": a second statement; "possible cyst, abscess or haematoma": alternatives).
        comma = commas[c]
        return any(comma < o.start < m.start and o.field in self.anatomy_fields for o in mentions
                   if comma < o.start <= comma + 3) \
            or not (self._differential_cue(cs, ce, lower) or self._alternative_in_list(m, lower))

    def _differential_cue(self, cs: int, ce: int, lower: list[int]) -> bool:
        """The cue opens a differential ("Differential: adenoma, metastasis, phaeochromocytoma", "the differentials
        include a lipoma, a haemangioma and a cyst"): every item of its list is a possibility, with or without "or"."""
        return not self._differential_heads.isdisjoint(lower[cs:ce]) \
            or (cs == ce and cs > 0 and lower[cs - 1] in self._differential_verbs)

    def _article_items(self, commas: list[int], lo: int, hi: int, lower: list[int]) -> bool:
        """Every comma in [lo, hi) is followed by an article: items of a list ("a lipoma, a haematoma and a cyst")."""
        return all(lower[c + 1] in self._articles for c in commas[bisect_left(commas, lo) : bisect_left(commas, hi)])

    def _object_of_procedure(self, m: MentionRecord, lower: list[int]) -> bool:
        """The finding names what a procedure is done to: a procedure noun right after it ("cyst aspiration") or
        before it with "of" ("drainage of the abscess")."""
        if m.end < len(lower) and lower[m.end] in self._procedures:
            return True
        j = m.start - 1
        if j >= 0 and lower[j] in self._procedure_determiners:
            j -= 1
        return j >= 1 and lower[j] == self._of_the[0] and lower[j - 1] in self._procedures

    def _landmark_finding(self, ce: int, m: MentionRecord, mentions: list[MentionRecord],
                          locatives: list[int]) -> bool:
        """Another diagnosis stands between the hedge and ``m``, and a word of place follows it before ``m`` ("?abscess
        adjacent to a cyst"): the hedge reached its diagnosis; ``m`` is where that one lies."""
        k = bisect_left(mentions, ce, key=_start_of)
        for o in mentions[k:]:
            if o.start >= m.start:
                return False
            if o.field == self.finding_field and _between(locatives, o.end, m.start):
                return True
        return False

    def _alternative_in_list(self, m: MentionRecord, lower: list[int]) -> bool:
        """The diagnosis is an item of a list of alternatives: an "or" stands before it (with at most an article
        and a modifier between), or closes its list within a few words after it, before any clause mark."""
        for j in range(m.start - 1, max(-1, m.start - 4), -1):  # "or (an) (infected) haematoma"
            if lower[j] in self._or_words:
                return True
            if lower[j] in self._clause_ends:
                break
        n = len(lower)
        for j in range(m.end, min(n, m.end + _OR_LIST_REACH)):
            if lower[j] in self._or_words:
                return True
            if lower[j] in self._item_ends or lower[j] == self._semicolon:
                return False
        return False

    def _own_predicate_after(self, m: MentionRecord, lower: list[int]) -> bool:
        """The mention has a predicate of existence of its own right after it ("..., coarse calcification present",
        "..., bilateral renal cysts also noted"): after a comma it opens a statement that a hedge before it does not
        reach."""
        n = len(lower)
        j = m.end
        if j < n and lower[j] in self._be_verbs:
            j += 1
        if j < n and lower[j] == self._also:
            j += 1
        return j < n and lower[j] in self._existence_words and lower[j] != self._also

    def _hedged_structure_described(self, ce: int, m: MentionRecord, commas: list[int],
                                    mentions: list[MentionRecord]) -> bool:
        """"Probably reactive node, oval, hypoechoic": a hedge whose object is a structure with no diagnosis (a node)
        ends at the comma after it; the descriptors that follow describe what was seen."""
        if m.field == self.finding_field or m.field in self.anatomy_fields:
            return False
        c = bisect_left(commas, ce)
        if c >= len(commas) or commas[c] >= m.start:
            return False
        k = bisect_left(mentions, ce, key=_start_of)
        return k < len(mentions) and mentions[k].start < commas[c] and mentions[k].field in self.anatomy_fields

    def _orient_questions(self, cues: list[tuple[str, int, int]], cols: Any, sent_starts: list[int],
                          text: str) -> tuple[list[tuple[str, int, int]], dict[int, int]]:
        """Give each "?" its direction. Glued to the next word or after a comma/colon/dash/line start it queries
        what follows ("?abscess", "lesion, ? cyst"): a forward cue at that word. Glued to the word before it
        ends a sentence and looks back ("abscess?"), unless the sentence is a question ("is that normal?"):
        then it is no hedge, and the sentence (returned by its start) is hypothetical."""
        lower, idx, length = cols.lower, cols.idx, cols.length
        q = self._question
        if q not in lower:
            return cues, {}
        n = len(lower)
        out: list[tuple[str, int, int]] = []
        questions: dict[int, int] = {}
        for cue in cues:
            cat, cs, ce = cue
            if ce - cs != 1 or lower[cs] != q or cat not in (ts.UNC_PRE, ts.UNC_POST):
                out.append(cue)
                continue
            word_after = ce < n and text[idx[ce] : idx[ce] + 1].isalnum()
            glued_after = word_after and idx[cs] + length[cs] == idx[ce]
            # A run of marks ("lesion ?? dermoid", "Impression: ??? cyst") is one emphatic query: its last mark,
            # the one before the word, is placed by what stands before the run's first.
            run = cs
            while run > 0 and lower[run - 1] == q and idx[run - 1] + length[run - 1] == idx[run]:
                run -= 1
            glued_before = run > 0 and idx[run - 1] + length[run - 1] == idx[run]
            opens = run == 0 or lower[run - 1] in self._query_prefix_after or "\n" in text[idx[run - 1]: idx[run]]
            # A "?" standing free between two words ("2 cm hypoechoic lesion ? haematoma") is shorthand for "query":
            # it doubts the word after it, like "?haematoma", and not the description before it.
            spaced = word_after and not glued_before and run > 0 and text[idx[run - 1] : idx[run - 1] + 1].isalnum()
            if spaced and not glued_after and not opens:
                sent = sent_starts[bisect_right(sent_starts, cs) - 1]
                if self._interrogative(sent, cs, lower):  # "is this a cyst ? my doctor says yes": a question
                    questions[sent] = sent
                    continue
            if word_after and (glued_after or opens or spaced):
                if cat == ts.UNC_PRE:
                    out.append((cat, ce, ce))  # queries the word it opens, in that word's sentence
                elif cs > 0 and lower[cs - 1] == self._colon:
                    out.append(cue)  # "Echogenic foci: ?punctate": the template value of the key is doubted
                continue
            if glued_before or not word_after:
                if cat == ts.UNC_PRE:
                    continue  # "abscess?" looks back only
                sent = sent_starts[bisect_right(sent_starts, cs) - 1]
                if self._interrogative(sent, cs, lower):
                    questions[sent] = sent
                    continue
                clause = self._question_clause(sent, cs, lower)
                if clause is not None:
                    # "he is scared about the kidney, is a cyst the same as a tumor??": only the question clause
                    # after the comma is asked; the finding reported before it stands.
                    questions[sent] = min(questions.get(sent, clause), clause)
                    continue
            out.append(cue)
        out.sort(key=lambda c: c[1])
        return out, questions

    def _template_hedges(self, cues: list[tuple[str, int, int]], mentions: list[MentionRecord], lower: list[int],
                         sent_starts: list[int]) -> list[tuple[str, int, int]]:
        """A hedge that is the value of a template line looks back at its key ("Calcifications: possible",
        "Solid component - probably present"): a forward hedge right after the colon or dash that follows a
        mention, with nothing after it in its sentence but punctuation or "present"/"seen", becomes a backward one.
        Anywhere else ("IMPRESSION: Probable epidermoid cyst") it keeps hedging what follows."""
        if not any(cat == ts.UNC_PRE for cat, _, _ in cues):
            return cues
        key_ends = {m.end for m in mentions}
        n = len(lower)
        out = []
        for cat, cs, ce in cues:
            if cat == ts.UNC_PRE and cs > 1 and lower[cs - 1] in self._template_separators and cs - 1 in key_ends \
                    and self._ends_value(lower, ce, sentence_bounds(sent_starts, cs, n)[1]):
                cat = ts.UNC_POST
            out.append((cat, cs, ce))
        return out

    def _template_negations(self, cues: list[tuple[str, int, int]], mentions: list[MentionRecord],
                            lower: list[int], sent_starts: list[int]) -> list[tuple[str, int, int]]:
        """A negation that is the whole value of a template line looks back at its key ("Shadowing: no",
        "Ascites: no"), as "Calcification: absent" does: a forward negation right after the colon that follows a
        mention, with nothing after it in its sentence but punctuation, becomes a backward one."""
        n = len(lower)
        colon = self._colon
        key_ends: set[int] | None = None  # built only for a negation right after a colon (rare)
        turned: dict[int, tuple[str, int, int]] = {}
        for k, (cat, cs, ce) in enumerate(cues):
            if cat == ts.NEG_PRE and cs > 1 and lower[cs - 1] == colon:
                if key_ends is None:
                    key_ends = self._keys.key_ends(lower, mentions)
                # The value ends its sentence, or the next key of a worksheet line follows ("Septa: no Calcs: yes").
                # (the key may place its finding first: "Free fluid in the pelvis: none", template_keys.py)
                if self._keys.heads_key(lower, cs - 1, key_ends) \
                        and (self._ends_value(lower, ce, sentence_bounds(sent_starts, cs, n)[1])
                                           or self._template_key_after(lower, ce - 1)):
                    turned[k] = (ts.NEG_POST, cs, ce)
        return _with_replaced(cues, turned)

    def _differential_heads_look_forward(self, cues: list[tuple[str, int, int]],
                                         lower: list[int]) -> list[tuple[str, int, int]]:
        """A backward differential cue ("main differential") followed by what it is *for* ("the main differential of
        a hyperechoic liver lesion is haemangioma") opens the differential: it looks forward, and
        :meth:`_differential_of_a_finding` then moves it past its verb."""
        n = len(lower)
        turned: dict[int, tuple[str, int, int]] = {}
        for k, (cat, cs, ce) in enumerate(cues):
            if cat != ts.UNC_POST or lower[ce - 1] not in self._differential_heads:
                continue
            after = ce
            while after < n and lower[after] in self._differential_heads:
                after += 1
            if after < n and lower[after] in self._differential_objects:
                turned[k] = (ts.UNC_PRE, cs, ce)
        return _with_replaced(cues, turned)

    def _differential_of_a_finding(self, cues: list[tuple[str, int, int]], lower: list[int],
                                   sent_starts: list[int]) -> list[tuple[str, int, int]]:
        """"The differential diagnosis for a hyperechoic liver lesion includes haemangioma and metastasis": what
        the differential is *for* was seen; the doubt starts at the list ("includes", "is", ":"). A differential
        with no such verb in its sentence keeps hedging what follows it."""
        moved: dict[int, tuple[str, int, int]] = {}
        n = len(lower)
        for k, (cat, cs, ce) in enumerate(cues):
            after = ce
            while after < n and lower[after] in self._differential_heads:
                after += 1  # "differential [diagnosis]": the dimension word is a mention, not part of the cue
            if cat == ts.UNC_PRE and after < n and lower[ce - 1] in self._differential_heads \
                    and lower[after] in self._differential_objects:
                end = min(sentence_bounds(sent_starts, cs, n)[1], after + _PRE_WINDOW)
                verb = next((j for j in range(after + 1, end) if lower[j] in self._differential_verbs), None)
                if verb is not None:
                    moved[k] = (cat, verb + 1, verb + 1)
        # A moved cue may now start after the cues that followed it: keep the list in start order.
        return sorted(_with_replaced(cues, moved), key=lambda c: c[1]) if moved else cues

    def _predicate_hedges_look_forward(self, cues: list[tuple[str, int, int]],
                                       lower: list[int]) -> list[tuple[str, int, int]]:
        """"The hypoechoic mass is likely a fibroadenoma", "an echogenic area that is likely blood": a copular hedge
        followed by its predicate doubts that predicate only (its forward reading); what the subject was seen to be
        stands. Only where the hedge ends its clause ("a haemorrhagic cyst is likely.") does it look back."""
        n = len(lower)
        return [(cat, cs, ce) for cat, cs, ce in cues
                if not (cat == ts.UNC_POST and ce - cs == 2 and lower[cs] in self._be_verbs
                        and lower[cs + 1] == self._copular_hedge and ce < n and lower[ce] not in self._clause_ends
                        and lower[ce] in self._predicate_openers)]

    def _opinions_end_their_clause(self, cues: list[tuple[str, int, int]],
                                   lower: list[int]) -> list[tuple[str, int, int]]:
        """A passive opinion after a finding ("an abscess was considered.", "a haematoma is queried, ...") doubts it
        only where the participle ends its clause: before a clause mark, a conjunction or the end of the report. With
        a predicate after it ("the liver was considered normal", "was considered to be a cyst") it is no cue."""
        n = len(lower)
        return [(cat, cs, ce) for cat, cs, ce in cues
                if not (cat == ts.UNC_POST and ((lower[ce - 1] in self._opinion_participles
                                                 and lower[cs] in self._be_verbs)
                                                or lower[ce - 1] in self._opinion_ranks)
                        and ce < n and lower[ce] not in self._clause_ends and lower[ce] not in self._opinion_goes_on)]

    def _denied_suggestions(self, cues: list[tuple[str, int, int]], lower: list[int]) -> list[tuple[str, int, int]]:
        """A hedge or recommendation cue of suggestion whose subject is denied evidence ("no features to suggest an
        abscess", "nothing to suggest a mass", "no sonographic features suggestive of malignancy", "not suspicious
        for a tumour") denies what it would suggest: it becomes a forward negation. Only a few words of evidence
        may stand between the negation head and the cue ("no flow, suggesting a thrombus" keeps its hedge)."""
        turned: dict[int, tuple[str, int, int]] = {}
        for k, (cat, cs, ce) in enumerate(cues):
            if cat not in (ts.UNC_PRE, ts.HYP_PRE) or self._suggestion_words.isdisjoint(lower[cs:ce]):
                continue
            j = cs - 1
            while j >= 0 and cs - j <= 4 and lower[j] in self._evidence_words:
                j -= 1
            if j >= 0 and lower[j] in self._suggestion_negations:
                turned[k] = (ts.NEG_PRE, cs, ce)
        return _with_replaced(cues, turned)

    def _denied_certainty(self, cues: list[tuple[str, int, int]], lower: list[int]) -> list[tuple[str, int, int]]:
        """A certainty word after a negation and a few words of evidence ("no sonographic evidence of a definite
        abscess") is a negated hedge, which denies (guideline): it does not end the negation's scope."""
        dropped = set()
        for k, (cat, cs, ce) in enumerate(cues):
            if cat != ts.TERMINATE or ce - cs != 1 or lower[cs] not in self._certainty_words:
                continue
            j = cs - 1
            while j >= 0 and cs - j <= 5 and (lower[j] in self._evidence_words or lower[j] in self._articles):
                j -= 1
            if j >= 0 and j < cs - 1 and lower[j] in self._certainty_negations:
                dropped.add(k)
        return [c for k, c in enumerate(cues) if k not in dropped] if dropped else cues

    def _not_clearly_described(self, cues: list[tuple[str, int, int]], mentions: list[MentionRecord],
                               lower: list[int]) -> list[tuple[str, int, int]]:
        """"not clearly septated", "not definitely calcified": a certainty adverb denied right before a descriptor
        doubts it (as "not clearly a mass" does a diagnosis), where before a verb ("not clearly seen") it is a
        pseudo-cue: the "not" and the adverb become one forward hedge."""
        described = {m.start for m in mentions if m.field != self.finding_field and m.field not in self.anatomy_fields}
        hedges = {j: j + 2 for j in (cs for _, cs, _ in cues)
                  if j + 2 in described and lower[j] == self._not and lower[j + 1] in self._certainty_words}
        if not hedges:
            return cues
        out = [c for c in cues if not (c[1] in hedges or (c[1] - 1 in hedges and c[0] == ts.TERMINATE))]
        return sorted([*out, *((ts.UNC_PRE, j, e) for j, e in hedges.items())], key=lambda c: c[1])

    def _two_way_cues(self, cues: list[tuple[str, int, int]], mentions: list[MentionRecord],
                      lower: list[int]) -> list[tuple[str, int, int]]:
        """A negation listed both ways ("absent", "nil") right before a mention qualifies that mention only ("reduced
        arterial flow and absent venous flow": not the flow before the "and"); right after a mention and before
        the end of its clause, it qualifies that mention only ("calcification absent, flow present")."""
        two_way = {(cs, ce) for cat, cs, ce in cues if cat == ts.NEG_PRE} & \
            {(cs, ce) for cat, cs, ce in cues if cat == ts.NEG_POST}
        if not two_way:
            return cues
        starts = {m.start for m in mentions}
        ends = {m.end for m in mentions}
        n = len(lower)
        out = []
        for cat, cs, ce in cues:
            if (cs, ce) in two_way:
                if cat == ts.NEG_POST and ce in starts:
                    continue
                keyed = cs in ends or (cs - 1 in ends and lower[cs - 1] in self._template_separators)
                if cat == ts.NEG_PRE and keyed and ce not in starts \
                        and (ce == n or lower[ce] in self._clause_ends):
                    continue
            out.append((cat, cs, ce))
        return out

    def _cue_keys_look_forward(self, cues: list[tuple[str, int, int]], lower: list[int]) -> list[tuple[str, int, int]]:
        """A backward cue that is itself a template key ("Favoured: pleomorphic adenoma", "Suspected: abscess")
        qualifies its value, not the line above: it looks forward."""
        n = len(lower)
        forward = {ts.UNC_POST: ts.UNC_PRE, ts.NEG_POST: ts.NEG_PRE}
        return [(forward[cat], cs, ce) if cat in forward and ce < n and lower[ce] == self._colon else (cat, cs, ce)
                for cat, cs, ce in cues]

    def _clausal_ands(self, cues: list[tuple[str, int, int]], lower: list[int]) -> list[tuple[str, int, int]]:
        """An "and" that joins a new clause with its own subject and verb ("no sign of cancer and the lump is a
        lipoma", "no calcification and it shows increased flow") ends a cue's scope, as "and a" does: a terminator
        cue at each. Only with a forward negation or hedge in the report; each "and" looks a few words ahead."""
        if ts.NEG_PRE not in map(_CATEGORY, cues) and ts.UNC_PRE not in map(_CATEGORY, cues):
            return cues
        n = len(lower)
        added = []
        for j in _positions(lower, self._and):  # (compared in C: see _positions)
            if j + 2 >= n or lower[j + 1] not in self._clause_subjects:
                continue
            if self._copular_clause_after(lower, j + 1) or any(
                    lower[t] in self._clause_verbs for t in range(j + 2, min(n, j + 5))):
                added.append((ts.TERMINATE, j, j + 1))
        return sorted([*cues, *added], key=lambda c: c[1]) if added else cues

    def _pair_after_between(self, cues: list[tuple[str, int, int]], lower: list[int]) -> list[tuple[str, int, int]]:
        """"between an infarct and a tumour", "the main differentials are a lipoma and a haematoma": the "and a" of
        a list of alternatives ends nothing (elsewhere it starts another finding and ends a cue's scope)."""
        if self._list_openers.isdisjoint(lower):
            return cues
        out = []
        for cat, cs, ce in cues:
            if cat == ts.TERMINATE and lower[cs] == self._and \
                    and not self._list_openers.isdisjoint(lower[max(0, cs - 8) : cs]):
                continue
            out.append((cat, cs, ce))
        return out

    def _differential_abbreviations(self, cues: list[tuple[str, int, int]], mentions: list[MentionRecord],
                                    lower: list[int]) -> list[tuple[str, int, int]]:
        """The bare "DD" cue kept only right before the diagnosis it offers, past a colon ("DD adenoma, FNH", "DD:
        pseudocyst / abscess"): elsewhere it is no differential ("DD (7 weeks) had her hip scan", "my DD is 8"). So
        is the Vietnamese "follow" ("follow haemangioma"; not "follow-up", "report to follow")."""
        starts = {m.start for m in mentions if m.field == self.finding_field}
        kept = []
        for cue in cues:
            _, cs, ce = cue
            if ce - cs == 1 and lower[cs] in self._adjacent_hedges:
                after = ce + (ce < len(lower) and lower[ce] == self._colon_lower)
                if after not in starts:
                    continue
            kept.append(cue)
        return kept

    def _measured_comparisons(self, cues: list[tuple[str, int, int]], doc: Doc,
                              lower: list[int]) -> list[tuple[str, int, int]]:
        """"stable lesion, 17 mm versus 16 mm, well limited", "2.1 vs 1.8 cm": a "versus" between two measurements
        compares today's size with an earlier one; it offers no alternative diagnosis, so it hedges nothing (a
        differential's "versus" stands between names: "haematoma versus abscess"). So does a "versus" before a
        measurement with its unit, wherever the first one stands ("CSA 16 mm2 (vs 8 mm2 mid-arm)", "14 mm2 at the
        epicondyle vs 7 mm2 in mid-arm": a nerve compared with itself elsewhere)."""
        out = []
        n = len(lower)
        for cat, cs, ce in cues:
            if lower[cs] in self._versus_words and cs > 0 and ce < n and doc[ce].like_num \
                    and (lower[cs - 1] in self._measure_units or doc[cs - 1].like_num
                         or (ce + 1 < n and lower[ce + 1] in self._compared_units)):
                continue
            out.append((cat, cs, ce))
        return out

    def _hedges_opening_a_sentence(self, cues: list[tuple[str, int, int]], lower: list[int],
                                   sent_starts: list[int]) -> list[tuple[str, int, int]]:
        """A hedge that opens its sentence and is set off by a comma ("Probably, it is a functional cyst.",
        "Possibly, a small polyp.") doubts the whole sentence, and a hedge set off by commas inside it ("X or, less
        likely, Y") doubts what follows: it restarts after the comma, so the comma's new clause does not end it."""
        moved: dict[int, tuple[str, int, int]] = {}
        starts: set[int] | None = None
        n = len(lower)
        for k, (cat, cs, ce) in enumerate(cues):
            if cat == ts.UNC_PRE and ce > cs and ce < n and lower[ce] == self._comma:
                if starts is None:
                    starts = set(sent_starts)
                # ... or set off by commas inside it ("a solid tumour or, less likely, a neuroendocrine tumour")
                # ... also after a degree adverb of its own ("Most probably, this represents an endometrioma")
                if cs in starts or (cs > 0 and lower[cs - 1] == self._comma) \
                        or (cs - 1 in starts and lower[cs - 1] in self._intensifiers):
                    moved[k] = (cat, ce + 1, ce + 1)
        return _with_replaced(cues, moved)

    def _hedged_template_values(self, cues: list[tuple[str, int, int]], mentions: list[MentionRecord],
                                lower: list[int]) -> None:
        """A template key whose value opens with a hedge ("Calc: possible microcalcification", "Solid component:
        possible 3 mm excrescence") is doubted with its value; a key naming a diagnosis or an organ is not (its
        value may doubt something else)."""
        hedge_starts = {cs for cat, cs, ce in cues if cat == ts.UNC_PRE and ce > cs}
        if not hedge_starts:
            return
        n = len(lower)
        for m in mentions:
            if m.end + 1 < n and lower[m.end] == self._colon and m.end + 1 in hedge_starts and not m.negated \
                    and m.kb == "" and m.field != self.finding_field and m.field not in self.anatomy_fields:
                m.uncertain = True

    def _ends_value(self, lower: list[int], start: int, end: int) -> bool:
        """Nothing but punctuation or "present"/"seen" from ``start`` to the sentence's ``end`` or the next ";"
        (template lines are often joined by semicolons: "Septations: probable; solid component: none"). A bracketed
        aside is part of the value ("Solid component: indeterminate (clot vs papilla)", "Mass: possible (vs. fat)")."""
        in_brackets = False
        for j in range(start, end):
            if lower[j] == self._open_bracket:
                in_brackets = True
            elif lower[j] == self._close_bracket:
                in_brackets = False
            elif in_brackets:
                continue
            elif lower[j] == self._semicolon:
                return True
            elif lower[j] in self._line_ends and self._template_key_after(lower, j):
                return True  # "Calcification: no\nColour Doppler: minimal": the next line's key
            elif lower[j] not in self._template_tail:
                return False
        return True

    def _question_clause(self, sent: int, q: int, lower: list[int]) -> int | None:
        """Where a question clause that ends at the "?" at ``q`` starts, after a comma or dash inside its sentence
        ("they found a cyst, is that bad?" asks nothing of the cyst; "..., is a cyst the same as a tumour?" asks
        about both), or None. Only the last few words before the "?" are read."""
        for j in range(q - 1, max(sent, q - _QUESTION_CLAUSE) - 1, -1):
            if lower[j] in self._question_clause_marks:
                return j + 1 if self._interrogative(j + 1, q, lower) else None
        return None

    def _interrogative(self, start: int, end: int, lower: list[int]) -> bool:
        """The sentence from ``start`` opens like a question ("is that normal", "so do I need ...")."""
        for j in range(start, min(end, start + 4)):
            if lower[j] in self._question_openers:
                return True
            if lower[j] not in self._question_fillers and lower[j] not in self._query_prefix_after:
                return False
        return False

    def _suspicious_process(self, cues: list[tuple[str, int, int]], mentions: list[MentionRecord],
                            lower: list[int]) -> list[tuple[str, int, int]]:
        """``cues`` with a forward hedge at each "suspicious" right before a mention opened by the word of a
        metastasis ("suspicious metastatic LN"): the process is suspected, not seen (termset.SUSPECTED_PROCESS_WORDS).
        The word is no cue elsewhere ("a suspicious nodule" is seen)."""
        added = [(ts.UNC_PRE, m.start - 1, m.start) for m in mentions
                 if m.start > 0 and m.field == self.finding_field and lower[m.start] in self._suspected_processes
                 and lower[m.start - 1] in self._suspicious]
        return sorted([*cues, *added], key=_START) if added else cues

    def _apparently_normal(self, cues: list[tuple[str, int, int]], lower: list[int]) -> list[tuple[str, int, int]]:
        """``cues`` less the hedge "apparently" right before a normal word ("right ovary apparently normal", "is
        apparently unremarkable"): dictation's plain normal statement (termset.APPARENT_NORMAL_WORDS)."""
        n = len(lower)
        return [c for c in cues if not (c[0] == ts.UNC_PRE and c[2] - c[1] == 1 and lower[c[1]] in self._apparently
                                        and c[2] < n and lower[c[2]] in self._apparent_normals)]

    def _template_no(self, mentions: list[MentionRecord], lower: list[int], colons: list[int]) -> None:
        """A template line whose whole value is "no" denies its key ("Ascites: no", "Pericholecystic fluid: no",
        "Calcification: no.", "Calcs: - Halo: +"): the "no" looks forward as a cue, so the key before it is negated
        here. A value that goes on ("Vascularity: no flow") is read by the cue as usual."""
        n = len(lower)
        # The colons whose whole value is "no": most reports have none, so the mentions are not read at all.
        # The value ends the line, or the next key of a worksheet line follows it ("Calcs: - Halo: +").
        keys = {j for j in colons if j + 1 < n and lower[j + 1] in self._template_no_words
                and (j + 2 == n or lower[j + 2] in self._template_tail or self._template_key_after(lower, j + 1))}
        if not keys:
            return
        for m in mentions:
            if m.negated or m.uncertain:
                continue
            # The key is the finding's own words, or runs on past them to its mark through the place where the
            # finding was sought ("Free fluid in POD: N", "Cyst in left ovary: N", template_keys.py).
            if m.end in keys or (m.field not in self.anatomy_fields and m.end < n and any(
                    k in keys and self._keys.site_key(lower, m.end, k)
                    for k in range(m.end + 2, min(n, m.end + SITE_KEY_REACH + 1)))):
                m.negated = True

    def _joined_template_keys(self, mentions: list[MentionRecord], lower: list[int]) -> None:
        """A template key of several joined findings ("Cysts / masses: None", "Calcification, septation: absent") or
        of a noun with a describing word ("Solid lesions: none"): the value denies each of them, not only the last
        before the colon."""
        n = len(lower)
        for k in range(len(mentions) - 1, 0, -1):
            m = mentions[k]
            if not m.negated or m.end >= n or lower[m.end] != self._colon:
                continue
            joined: list[MentionRecord] = []
            while k > 0:
                prev = mentions[k - 1]
                # A joined item ("Cysts / masses") or a describing word of the key's noun ("Solid lesions: none").
                adjacent = prev.end == mentions[k].start and mentions[k] is m
                if (not adjacent and (prev.end + 1 != mentions[k].start or lower[prev.end] not in self._key_joiners)) \
                        or prev.negated or prev.uncertain or prev.field in self.anatomy_fields:
                    break
                joined.append(prev)
                k -= 1
            # Only a whole key: its first item opens the line ("nodule, Calcification: absent" keeps the nodule).
            if joined and (joined[-1].start == 0 or lower[joined[-1].start - 1] in self._key_starts):
                for prev in joined:
                    prev.negated = True

    def _hedged_template_key(self, cues: list[tuple[str, int, int]], mentions: list[MentionRecord],
                             lower: list[int]) -> None:
        """A template key whose value opens with a hedge is itself doubted ("Solid component: possible 3 mm
        excrescence", "Calc: possible microcalcification"); the hedge still doubts what follows it too."""
        hedge_starts = {cs for cat, cs, _ in cues if cat == ts.UNC_PRE}
        if not hedge_starts:
            return
        starts = {m.start for m in mentions}
        for m in mentions:
            j = m.end
            if m.negated or m.field in self.anatomy_fields or j + 1 >= len(lower):
                continue
            if lower[j] != self._colon and lower[j] != self._bracket_colon \
                    and (m.start == 0 or lower[m.start - 1] in self._row_breaks):
                j = self._glossed_key_end(j, lower, starts)
            if lower[j] in (self._colon, self._bracket_colon) and j + 1 in hedge_starts:
                m.uncertain = True  # (a dash is prose too: "avascular - probably")

    def _glossed_key_end(self, j: int, lower: list[int], starts: set[int]) -> int:
        """Where the key of a row that opens with a finding ends, past a bracketed gloss and up to two plain words
        of site ("Joint effusion (Erguss) tibiotalar: fraglich", "Effusion (Erguss): fraglich"): its colon, or ``j``
        when the row goes on otherwise (another mention, a mark)."""
        n = len(lower)
        k = j
        if lower[k] == self._open_bracket:
            close = next((i for i in range(k + 1, min(n, k + 6)) if lower[i] in (self._close_bracket,
                                                                                 self._bracket_colon)), -1)
            if close < 0:
                return j
            if lower[close] == self._bracket_colon:
                return close
            k = close + 1
        for _ in range(3):
            if k >= n or k in starts or lower[k] in self._row_breaks:
                return j
            if lower[k] == self._colon:
                return k
            if lower[k] in self._marks:
                return j
            k += 1
        return j

    def _neither_contains(self, mentions: list[MentionRecord], lower: list[int], sent_starts: list[int],
                          n_tokens: int) -> None:
        """"Neither nodule contains calcification", "none of the cysts shows septations": the quantifier denies what
        the lesions contain, not the lesions (they are there, two of them). The verb ends the cue's scope in the
        main pass, so the contents after it are negated here and the lesion before it is not."""
        if self._quantifier_negations.isdisjoint(lower):
            return  # no "neither"/"none" in the report (one C-level test instead of a pass over the mentions)
        for i, m in enumerate(mentions):
            if (m.field != self.finding_field and m.field not in self.anatomy_fields) or m.end >= n_tokens \
                    or lower[m.end] not in self._contain_verbs:
                continue
            # "neither nodule", "none of the nodules"
            cue = m.start - 3 if m.start >= 3 and lower[m.start - 2 : m.start] == self._of_the else m.start - 1
            if cue < 0 or lower[cue] not in self._quantifier_negations:
                continue
            _, sent_end = sentence_bounds(sent_starts, m.start, n_tokens)
            stop = next((j for j in range(m.end + 1, sent_end) if lower[j] in self._scope_stops), sent_end)
            contents = [o for o in mentions[i + 1 :] if m.end < o.start < stop and not o.uncertain]
            if contents:
                m.negated = False
                for o in contents:
                    o.negated = True

    def _trailing_hedges(self, cues: list[tuple[str, int, int]], mentions: list[MentionRecord],
                         sent_starts: list[int], commas: list[int], term_starts: list[int], cols: Any,
                         text: str) -> None:
        """A hedge that ends its sentence after a comma looks back at the diagnosis before the comma
        ("Simple cyst, likely.", "Haemangioma, probably."). A hedge adjective or adverb right after a finding's noun
        that ends its clause doubts that noun ("haematoma likely.", "abscess possible;", "fibroid probable, ...",
        "adenoma most probable.", "metastases likely (?primary)")."""
        idx, lower, n = cols.idx, cols.lower, len(cols.lower)
        comma_set: set[int] | None = None
        starts: list[int] = []
        by_end: dict[int, list[MentionRecord]] | None = None
        cue_starts: list[int] = []
        for cat, cs, ce in cues:
            if cat != ts.UNC_PRE or ce <= cs or not cs:
                continue
            if comma_set is None:
                comma_set = set(commas)
                starts = [m.start for m in mentions]
            if cs - 1 not in comma_set:
                # ... also in brackets right after the noun ("cyst (probable).", "haematoma (likely)")
                bracketed = cs > 1 and lower[cs - 1] == self._open_bracket \
                    and ce < n and lower[ce] == self._close_bracket
                # ... or before an aside in brackets ("nodal metastases likely (?primary)"), and after a degree
                # ("pleomorphic adenoma most probable", "abscess very likely.")
                if lower[ce - 1] in self._postpositive_hedges \
                        and (ce == n or lower[ce] in self._clause_ends or lower[ce] == self._open_bracket):
                    if not bracketed and lower[cs - 1] in self._intensifiers:
                        cs -= 1
                    if by_end is None:
                        by_end = {}
                        for m in mentions:
                            by_end.setdefault(m.end, []).append(m)
                        cue_starts = [c[1] for c in cues]
                    for m in by_end.get(cs - 1 if bracketed else cs, ()):
                        if m.field in self.anatomy_fields or m.hypothetical:
                            continue
                        if m.negated and not self._new_clause_after_negation(m, cues, cue_starts, commas,
                                                                             sent_starts, n):
                            continue
                        m.negated, m.uncertain = False, True
                continue
            sent, sent_end = sentence_bounds(sent_starts, cs, n)
            if any(text[idx[j] : idx[j] + 1].isalnum() for j in range(ce, sent_end)):
                continue  # words follow: an ordinary forward hedge
            comma = cs - 1
            k = bisect_left(starts, max(sent, comma - _POST_WINDOW))
            for m in mentions[k:]:
                if m.start >= comma:
                    break
                if m.field == self.finding_field and not m.negated and m.end <= comma \
                        and not _between(commas, m.end, comma) and not _between(term_starts, m.end, comma):
                    m.uncertain = True

    def _new_clause_after_negation(self, m: MentionRecord, cues: list[tuple[str, int, int]], cue_starts: list[int],
                                   commas: list[int], sent_starts: list[int], n: int) -> bool:
        """The finding opens a verbless clause of its own after a comma ("no abscess, haematoma likely."): the
        negation before the comma ended there; only a negation of its own (one after the comma) denies it."""
        if m.end - m.start > 1 and m.first_lower in _NEGATION_HEADS:
            return False  # "no internal flow" states its own absence
        k = bisect_left(commas, m.start)
        if not k or commas[k - 1] < sentence_bounds(sent_starts, m.start, n)[0]:
            return False
        comma = commas[k - 1]
        # Only the cues that start between the comma (less the longest cue) and the mention: bounded, not the report.
        lo, hi = bisect_left(cue_starts, comma - self._longest_cue), bisect_right(cue_starts, m.start)
        return not any(cat == ts.NEG_PRE and comma < ce <= m.start for cat, _, ce in cues[lo:hi])

    def _mark_alternatives(self, mentions: list[MentionRecord], lower: list[int]) -> None:
        """Two diagnoses offered as alternatives ("cyst or abscess", "haematoma and/or abscess"): neither is
        asserted, both are uncertain (a negated pair, "no cyst or abscess", stays negated)."""
        if self._alternatives.isdisjoint(lower):
            return  # no "or" in the report (one C-level test instead of a pass over the mention pairs)
        field = self.finding_field
        for i, (a, b) in enumerate(pairwise(mentions)):
            if a.field != field or b.field != field or (a.iri == b.iri and a.first_lower == b.first_lower) \
                    or a.negated or b.negated \
                    or a.hypothetical or b.hypothetical:
                continue
            gap = lower[a.end : b.start]
            if not gap or len(gap) > 3 or not any(w in self._alternatives for w in gap):
                continue
            if a.iri == b.iri and gap == [self._slash]:
                continue  # one concept in two words by a slash: a bilingual label ("Cyst / Kyste"), no alternatives
            if gap == [self._slash] and answered_slashed_key(mentions, i, lower, self._colon, self._key_line_ends,
                                                             field):
                a.hypothetical = b.hypothetical = True  # "Mass/cyst: 1.8 cm simple cyst": a key, answered
                continue
            if all(w in self._alternatives or w in self._alternative_fillers for w in gap) \
                    or self._modified_alternative(gap):
                a.uncertain = b.uncertain = True
                first_of_pair = a
                # The earlier items of a list the "or" closes ("cyst, abscess or haematoma"): alternatives too.
                for k in range(i - 1, -1, -1):
                    item = mentions[k]
                    if item.field != field or item.negated or item.hypothetical \
                            or not self._comma_item_gap(lower[item.end : first_of_pair.start]):
                        break
                    item.uncertain = True
                    first_of_pair = item

    def _comma_item_gap(self, gap: list[int]) -> bool:
        """The words between two items of a comma list of diagnoses: the comma, then at most an article."""
        return bool(gap) and gap[0] == self._comma and len(gap) <= 2 and all(w in self._articles for w in gap[1:])

    def _pairs_not_told_apart(self, cues: list[tuple[str, int, int]], mentions: list[MentionRecord],
                              lower: list[int]) -> None:
        """"A haematoma and an abscess cannot be differentiated": the subject of a hedge that says findings cannot be
        told apart is a pair, so the finding before the "and" is doubted with the one next to the cue (elsewhere "and
        a" starts another finding and ends a cue's reach)."""
        ends = [c[1] for c in cues if c[0] == ts.UNC_POST and lower[c[2] - 1] in self._told_apart]
        if not ends:
            return
        by_end = {m.end: k for k, m in enumerate(mentions)}
        field = self.finding_field
        for cs in ends:
            k = by_end.get(cs)
            if k is None or k == 0 or mentions[k].field != field or not mentions[k].uncertain:
                continue
            # The other finding of the pair, before "and" and the describing words of the second ("a cyst and a
            # solid nodule"): a few mentions back at most.
            j = k - 1
            while j > 0 and k - j < 4 and mentions[j].field != field and mentions[j].field not in self.anatomy_fields:
                j -= 1
            first = mentions[j]
            words = [w for t, w in enumerate(lower[first.end : mentions[k].start], first.end)
                     if not any(o.start <= t < o.end for o in mentions[j + 1 : k])]
            if first.field == field and not first.negated and words and words[0] == self._and \
                    and self._pair_fillers.issuperset(words):
                first.uncertain = True

    def _modified_alternative(self, gap: list[int]) -> bool:
        """The second alternative has a modifier the vocabulary does not know ("haemorrhagic cyst or endometrioid
        cyst", "abscess or infected haematoma"): an alternative word, then one plain word before the diagnosis."""
        if len(gap) < 2 or gap[-1] in self._alternatives or gap[-1] in self._not_modifiers:
            return False
        if not all(w in self._alternatives or w in self._alternative_fillers for w in gap[:-1]):
            return False
        word = self._strings[gap[-1]]
        return word.isalpha() and len(word) > 3

    def _cues(self, doc: Doc, mentions: list[MentionRecord],
              cols: TokenColumns) -> tuple[list[tuple[str, int, int]], dict[int, str]]:
        """The cue matches, longest first where they overlap, and ``carried``: the position after each concept
        that states an absence ("no internal flow"), with its field (its negation reaches on to what follows).
        ``cols``: the Doc's token columns."""
        raw = self.matcher(doc)
        raw.sort(key=lambda m: (m[1] - m[2], m[1]))
        taken = bytearray(len(doc) + 1)
        for m in mentions:
            # A concept that begins with a cue ("no internal flow") keeps the cue's forward scope alive for
            # what follows it ("no internal flow or calcification").
            width = m.end - m.start
            taken[m.start : m.end] = _TAKEN_RUNS[width] if width < _RUN_MAX else b"\x01" * width
        cues = []
        accepted: set[tuple[int, int]] = set()
        for match_id, start, end in raw:
            # A phrase listed in a PRE and a POST category ("cannot be excluded") looks both ways.
            if (start, end) in accepted:
                cues.append((self._category[match_id], start, end))
                continue
            if any(taken[start:end]) and tuple(cols.lower[start:end]) not in self._ranked_diagnoses:
                continue
            accepted.add((start, end))
            width = end - start
            taken[start:end] = _TAKEN_RUNS[width] if width < _RUN_MAX else b"\x01" * width
            cues.append((self._category[match_id], start, end))
        lower = cols.lower
        if _BOX_END_TOKENS_GATE in cols.touched:  # "[ ] none [x] shadowing": an answer offered, not given
            cues = offered_cues(cues, lower)
        if SIN in cols.words:  # "Sin masas": Spanish "without"; "Testis sin. 4 cm": the Latin left side
            cues = spanish_without(cues, doc, lower, cols.words)
        if ts.NEG_PRE in map(_CATEGORY, cues) and ts.NEG_POST in map(_CATEGORY, cues):  # (else none is two-way)
            cues = self._two_way_cues(cues, mentions, lower)
        if self._cue_step_words_gate in cols.touched:  # (most reports: none of these steps applies)
            cues = self._cue_steps(cues, doc, mentions, cols)
        carried: dict[int, str] = {}
        for m in mentions:
            if m.kb == ABSENCE and _starts_with_negation(m):
                cues.append((ts.NEG_PRE, m.end, m.end))
                carried[m.end] = m.field
        cues.sort(key=_START)
        return cues, carried

    def _cue_steps(self, cues: list[tuple[str, int, int]], doc: Doc, mentions: list[MentionRecord],
                   cols: TokenColumns) -> list[tuple[str, int, int]]:
        """_cues's steps that a word of the report calls for (one of ``_cue_step_words``), in order."""
        lower = cols.lower
        if self._copular_hedge in cols.words:
            cues = self._predicate_hedges_look_forward(cues, lower)
        if CONSIDER in cols.words:  # "Consider metastatic deposits.": the diagnosis offered is doubted
            cues = offer_considered_diagnoses(cues, mentions, lower, self.finding_field)
        if _EXCLUDING_WORDS_GATE in cols.touched:  # "MRI is suggested to rule out neoplasia": doubted
            cues = doubt_excluded_natures(cues, mentions, lower, self.finding_field)
        if _RELATIVE_PRONOUNS_GATE in cols.touched:  # "a metastasis, which ..., cannot be excluded"
            cues = reach_over_relative_clauses(cues, lower)
        if self._opinion_participles_gate in cols.touched:
            cues = self._opinions_end_their_clause(cues, lower)
        if self._suggestion_words_gate in cols.touched and self._suggestion_negations_gate in cols.touched:
            cues = self._denied_suggestions(cues, lower)
        if self._certainty_words_gate in cols.touched:
            if self._certainty_negations_gate in cols.touched:
                cues = self._denied_certainty(cues, lower)
            if self._not in cols.words:
                cues = self._not_clearly_described(cues, mentions, lower)
        if self._versus_words_gate in cols.touched:
            cues = self._measured_comparisons(cues, doc, lower)
        if self._adjacent_hedges_gate in cols.touched:
            cues = self._differential_abbreviations(cues, mentions, lower)
        if self._not in cols.words and self._earlier_absences_gate in cols.touched:
            cues = self._earlier_absences.drop(cues, doc, lower)  # "new nodule, not present in March"
        if self._apparently_gate in cols.touched:  # "Both ovaries apparently normal": no doubt
            cues = self._apparently_normal(cues, lower)
        if self._suspicious_gate in cols.touched and self._suspected_processes_gate in cols.touched:
            cues = self._suspicious_process(cues, mentions, lower)  # "suspicious metastatic LN"
        if self._answers_answers_gate in cols.touched:  # "Ascites: NU", "Effusion (Erguss): nein"
            cues.extend(self._answers.cues(lower, {m.end for m in mentions}))
        return cues


_NEGATION_HEADS = frozenset(get_string_id(w) for w in ts.NEG_HEAD_WORDS)

# A case's presentation ("A 70-year-old smoker with a pulsatile epigastric mass. Ultrasound showed ..."): what the
# patient came with, up to the end of the clause or what the scan showed.
# A figure legend's or case's patient ("... in a patient with breast cancer", "in a woman with known cirrhosis") is
# introduced the same way.
_PRESENTATION_VERBS = (
    r"(?:\s+(?:with|presented with|presenting with|presents with|complaining of|known to have|who has|who had)"
    # ... or why the patient is scanned ("50-year-old woman, staging for breast cancer")
    r"|,?\s+(?:staging for|for staging of|being staged for|referred for|referred with|surveillance for))\b")
_PRESENTATION = lazy_compile(
    # (up to three words after the age, an aside between commas or a gestation among them: "a 45-year-old man,
    # tachycardic, with ...", "a 29-year-old at 22 weeks with ...")
    r"\b(?:\d{1,3}[- ](?:year|month|week|day)s?[- ]old(?:,?\s+[a-z0-9]+){0,3}?,?"
    r"|in an?(?:\s+[a-z-]+){0,2}?\s+(?:patient|woman|man|child|boy|girl|infant|neonate|adult|female|male))"
    + _PRESENTATION_VERBS, re.IGNORECASE)
# ... or a case opened by the young patient alone ("Term newborn with a palpable flank mass"): searched apart, only in
# a text that names one (its leading alternatives would otherwise be tried at every position of every report).
_YOUNG_PRESENTATION = lazy_compile(r"\b(?:newborn|neonate|infant|toddler)" + _PRESENTATION_VERBS, re.IGNORECASE)
_PRESENTATION_END = lazy_compile(
    r"[.:;]|\b(?:shows?|showed|demonstrated?|revealed?|ultrasound|sonogram|scan|had|has|underwent|was|were)\b",
    re.IGNORECASE)


def _inside_quotes(text: str, lo: int, pos: int) -> bool:
    """``pos`` lies inside a quotation that opens after ``lo`` ('is "fatty liver" bad??': the poster relays the
    report inside a question, and what is relayed counts)."""
    double = single = False
    for k in range(lo, pos):
        ch = text[k]
        if ch in '"\u201c\u201d':
            double = not double
        elif ch in "'\u2018\u2019":
            before = text[k - 1] if k > lo else " "
            after = text[k + 1] if k + 1 < len(text) else " "
            if not before.isalnum():
                single = True
            elif not after.isalnum():
                single = False
    return double or single


def _mark_presentations(mentions: list[MentionRecord], text: str) -> None:
    """Mentions inside a case's presentation are history: the complaint, not what the scan found."""
    young = "born" in text or "nfant" in text or "eonate" in text or "oddler" in text
    if "old" not in text and " in a" not in text and "In a" not in text and "IN A" not in text and not young:
        return  # neither an age nor "in a patient ..." (C-level tests instead of the pattern's scan)
    starts: list[int] | None = None
    found = list(_PRESENTATION.finditer(text))
    if young:
        found += _YOUNG_PRESENTATION.finditer(text)
    for m in found:
        end = _PRESENTATION_END.search(text, m.end())
        stop = end.start() if end is not None else len(text)
        if starts is None:
            starts = [rec.start_char for rec in mentions]  # mentions are in text order
        for k in range(bisect_left(starts, m.end()), bisect_left(starts, stop)):
            mentions[k].historical = True


# A teaching case's quoted title ("Case: 'Pulsatile groin mass after angiography'", "Teaching case: 'The tubular
# cyst'"): a teaser or the presentation, not what the scan found (the findings and the answer say that).
_CASE_TITLE = lazy_compile(r"^[^\n:]{0,40}?\bcase\b[^\n:'\"]{0,30}:\s*"
                         r"['\"\u2018\u201c]([^\n'\"\u2019\u201d]{1,100})['\"\u2019\u201d]",
                         re.IGNORECASE | re.MULTILINE)


def _names_a_case(text: str) -> bool:
    """The text names a case and quotes something (C-level tests before the title pattern's scan)."""
    return ("case" in text or "Case" in text or "CASE" in text) \
        and ("'" in text or '"' in text or "\u2018" in text or "\u201c" in text)


def _mark_case_titles(mentions: list[MentionRecord], text: str) -> None:
    """Mentions inside a teaching case's quoted title are history, as a presentation's are."""
    starts: list[int] | None = None
    for m in _CASE_TITLE.finditer(text):
        if starts is None:
            starts = [rec.start_char for rec in mentions]  # mentions are in text order
        for k in range(bisect_left(starts, m.start(1)), bisect_left(starts, m.end(1))):
            mentions[k].historical = True


# Prebuilt runs of "taken" marks for _cues (index = length). Assigning bytes to a bytearray slice first converts
# them into a new bytearray (PyByteArray_FromObject, about 1,300 instructions); a bytearray is copied in directly.
_RUN_MAX = 17
_TAKEN_RUNS = tuple(bytearray(b"\x01" * k) for k in range(_RUN_MAX))


# A measurement right after a mention: its number (a space, a colon or "of" between at most).
_MEASURE_AFTER = lazy_compile(r"\s*(?::\s*|of\s+)?\d")


def _measured(text: str, m: MentionRecord) -> bool:
    """A number right after the mention ("flow 1,050 mL/min", "vascularity 12%"): what is measured was seen."""
    return _MEASURE_AFTER.match(text, m.end_char) is not None


def _start_of(m: MentionRecord) -> int:
    return m.start


def _starts_with_negation(m: MentionRecord) -> bool:
    return m.end - m.start > 1 and m.first_lower in _NEGATION_HEADS


def _hedge_ends_at_colon(ce: int, start: int, findings: list[tuple[int, int]], finding_starts: list[int],
                         colons: list[int]) -> bool:
    """A hedge has reached its diagnosis before a colon that comes before ``start`` ("Probable complicated cyst: a
    round lesion", "?adenoma: iso- to hyperechoic"): what follows the colon describes what was seen."""
    k = bisect_left(finding_starts, ce)
    if k >= len(findings) or findings[k][1] > start:
        # A word the vocabulary does not know may be the diagnosis ("?adenoma: iso- to hyperechoic"): any colon
        # after the cue's first word ends it.
        return _between(colons, ce + 1, start)
    return _between(colons, findings[k][1], start)


def _with_replaced(cues: list[tuple[str, int, int]],
                   replaced: dict[int, tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """``cues`` with the cues at the indices of ``replaced`` swapped for their new form (turned around or moved by
    a pass); the list itself when nothing changed, as most reports have nothing to change."""
    if not replaced:
        return cues
    return [replaced.get(k, cue) for k, cue in enumerate(cues)]


def _positions(column: list[int], word: int) -> list[int]:
    """The indices where ``column`` holds ``word``, in order.

    ``list.count`` and ``list.index`` compare in C; ``compress(range(n), map(word.__eq__, column))`` calls a
    method wrapper per token, which cost about 20k instructions per report for the commas and colons alone
    (measured with callgrind; reports hold a few of each)."""
    found: list[int] = []
    k = -1
    for _ in range(column.count(word)):
        k = column.index(word, k + 1)
        found.append(k)
    return found


def _between(positions: list[int], lo: int, hi: int) -> bool:
    """True if some position p satisfies lo <= p < hi."""
    k = bisect_right(positions, lo - 1)
    return k < len(positions) and positions[k] < hi
