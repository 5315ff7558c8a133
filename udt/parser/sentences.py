"""Sentences and sections: the first components of the report pipeline.

``udt_sentences`` sets ``Token.is_sent_start`` (spaCy's sentencizer rule, plus list items and new lines, since
reports are often bullet lists without full stops; udt's components read ``Doc._.udt.sent_starts``, so the flags are
not written on the Doc that ``ReportParser.parse`` converts and drops); ``udt_sections`` finds headings
("HISTORY:", "Impression:") and stores, in ``Doc._.udt.sections``, the sorted ``(char offset, kind)`` where each
section starts.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from itertools import chain, compress
from typing import TYPE_CHECKING

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.strings import get_string_id
from spacy.tokens import Doc

from udt.parser import termset as ts
from udt.parser.dotted_units import dots_units
from udt.parser.keyed_lines import keyed_stops
from udt.parser.lazy_patterns import lazy_compile
from udt.parser.line_side_labels import line_labels
from udt.parser.long_sentences import bounded_starts
from udt.parser.record import DocState, columns_of, state_of, state_or_none
from udt.parser.trigger_groups import TRIGGER_GROUPS
from udt.parser.units import LENGTH_UNIT, LENGTH_UNIT_WORDS
from udt.parser.wordids import word_ids

if TYPE_CHECKING:
    from udt.parser.vocabulary import Vocabulary

# A line break starts a new sentence when the next line looks like a new item (bullet, number, capital,
# heading) or after a blank line; a hard-wrapped line that continues in lower case does not.
# A table row opened by its number ("1 | R mid | 14 x 10 x 9", also after a leading bar: "| 2 | L lower | 8 x 6", up
# to "| 105 |" in a long screening table, a labelled one "| N2 | Left lobe | 16 x 21 mm |", "| #3 |"; not a level's
# Roman one, "| III | 11 mm node | - |", whose side-column rows table_sides.py reads), and a line opened by a hash
# number ("#2 right, lower pole: 5 mm"), is a new item too: run on into one sentence, the rows under a caption
# ("Nodules:") read as one lesion with the first row's size (lesion_lists.py).
# A form's checkbox line ("[x] Right kidney: ...", "[ ] Bladder: not examined") is one too, and so is a line
# opened by an item's letter or bracketed number ("(a) posterior intramural, 41 mm", "b) fundal, 23 mm", "(2) ..."):
# without it the list's first line ran on into its heading ("Multiple fibroids:") and the list was never split.
# A line opened by an ordinal is an item too ("2nd cyst (cm)   0.9   -" under a worksheet's "Largest cyst" row,
# "3rd nodule: 6 mm"): run on, the row's lesion took the size that ends the line before.
# A letter with a full stop opens an item too ("b. R kidney - calculus - 0,7 cm"): the unit's stop before the break
# read as an abbreviation's, so two organs' lines ran into one sentence and their lesions merged. A lower-case Roman
# number with a bracket does too ("ii) Subserosal right lateral 24 mm" under "Multiple fibroids:"; "i)" is a letter):
# without it the second and third items ran into the first and their sizes were lost. A line opened by a quotation
# mark before a capital is a quoted report's first line ("The sonographer wrote:\n'Left common femoral vein ...",
# "Barra\n'Abdominal aorta 2.4 cm. Normal.'"): run on into the line before, its organ's sentence took that line's
# words and its "Normal." was no longer read as the organ's.
# The number cell a numbered table row opens with, after its bar and spaces: "1 |", "N2 |", "#3 |", "105 |" (also
# unnamed_rows.py's test of a numbered row).
ROW_NUMBER_CELL = r"(?:#|[A-Za-z]{1,2}[ \t]?)?\d{1,3}[ \t]*\|"
# A row whose bordered first cell opens with a capital ("| Right | upper pole | 3.6 cm |", "| A | Left | 2.0 cm |")
# is a new item as an unbordered one is ("Right | upper pole | 3.6 cm": the [A-Z] rule); not a level's Roman number
# ("| III | 11 mm node | - |", above), nor a row with a cell that only dates it ("| Cyst 4 o'clock | 07/10/2025 |
# 19 x 11 |" over "| Same | today | 13 x 8 |"): a follow-up table's rows of one lesion at each examination run on,
# the later row restating the earlier one's lesion (dated_rows.py).
_WORD_CELL = (r"(?!(?:I{1,3}|IV|VI{0,2}|VII)[ab]?[ \t]*\|)"
              r"(?![^\n]*\|[ \t]*(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}[./-]\d{4}|today|current)[ \t]*\|)[A-Z]")
_LINE_BREAK = lazy_compile(
    r"\n[ \t]*(?:\n[\s]*|(?=[-*•·▪‣◦>+]|\d+[.)]\s|\d+[ \t]*\||\|[ \t]*(?:" + ROW_NUMBER_CELL + "|" + _WORD_CELL + ")" +
    r"|#\d{1,2}\b|\d{1,2}(?:st|nd|rd|th)[ \t]|[A-Z]|['\"‘“][A-Z]|\[[ xX]?\]"
    r"|\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s|[a-z][.)][ \t]|[ivx]{2,4}\)[ \t]))[-*•·▪‣◦>+]?[ \t]*"
)
# The number an abbreviated segment names ("seg. 7", "segm. IVb"): digits, or a Roman numeral in capitals, a
# segment's letter allowed, ending at a non-letter.
_SEGMENT = lazy_compile(r"(?:\d|(?:I{1,3}|IV|VI{0,3}|IX)[ab]?(?![A-Za-z]))")
# The number of a listed item ("Nr. 2", "no. 14"), not an identifier ("Exam No. 2611-0893", which may end a title
# line whose next line opens the report).
_ITEM_NUMBER = lazy_compile(r"\d{1,2}(?![\d/-])")
# A size written after an abbreviated position word ("post. 3.3 cm", "ant. 2 x 1,5 cm"): a number alone may open a
# sentence ("Sorry, long post. 58M, ...").
_SIZE_AT = lazy_compile(rf"\d+(?:[.,]\d+)?(?:[ \t]*[x×*][ \t]*\d+(?:[.,]\d+)?)*[ \t]*{LENGTH_UNIT}\b", re.IGNORECASE)
# The longest abbreviation in capitals read as one after an abbreviated position or measuring word ("IM", "CFV").
_LONGEST_CAPITALS = 5
# A section heading in lower case closed by a colon ("imp:", "concl:"), at a line's start.
_LOWER_HEADING = lazy_compile(
    rf"(?:{'|'.join(re.escape(h) for h in sorted(ts.SECTION_KINDS, key=len, reverse=True) if h.islower())})[ \t]*:"
)
_ITEM_MARKS = ("\n", ".", ";", "?")  # what ends an item: a heading may start right after one ("... lobe? Answer:")
_END_OF_CONTENT_LINE = lazy_compile(r"\S[^\n]*\n")
_END_OF_SENTENCE = lazy_compile(r"\S[^\n]*?(?:[.!?](?=\s|$)|\n)")
_END_OF_TITLE = lazy_compile(r"\S[^\n]*?(?:[.!?](?=[\s,]|$)|\n)")
_WORD_START = lazy_compile(r"\S")
# Where one sentence of a run-on line ends and the next begins: "." or ";" and a space, or the dictation artefact
# ".," ("Staging.,LIVER: ..."). Shared with the patterns in sites.py that end a history line at its findings.
SENTENCE_BREAK = r"[.;](?:\s+|,\s*)"
# Where a sentence, or a clause a semicolon closes, ends in the text: ".", ";", "?" or "!" before white space or the
# text's end (not a decimal point: "2.8 cm"), or a line break. One pattern for the rules that read a sentence from
# the characters (measured_names.py, teaching_points.py; fetal_scope.py adds its clause stops to it), so that they
# agree on where a sentence ends.
SENTENCE_STOP = r"[.;?!](?=\s|$)|\n"
SENTENCE_STOPS = lazy_compile(SENTENCE_STOP)
# A clause's end read as tokens (LOWER ids): a full stop, a semicolon, a line break or a blank line; what ends the
# clause a rule reads up to (dated_diagnoses.py, primary_cancers.py, normals.py).
CLAUSE_END_WORDS = frozenset(get_string_id(w) for w in (".", ";", "\n", "\n\n"))
# Words of a sentence about an earlier or another examination or the history itself ("Previous scan normal.", "CT
# shows a mass.", "Known cirrhosis."): such a sentence does not open the findings (alternatives of one regex group).
OTHER_TIME_OR_EXAM = (r"previous|previously|prior|last|ago|history|known|ct|mri|mammo\w*|x-rays?|radiograph\w*"
                      r"|outside|elsewhere")
# A sentence inside a history, indication or comparison line that reports this scan ("Indication: ?gallstones.
# Gallbladder normal, no stones."; "History: known liver cyst. Today the liver shows a 3 cm simple cyst"): an
# inline line runs on into the findings, which end the section at that sentence; not one of OTHER_TIME_OR_EXAM.
_FINDING_SENTENCE_AFTER = lazy_compile(
    rf"{SENTENCE_BREAK}(?=(?![^.;\n]{{0,80}}?\b(?:{OTHER_TIME_OR_EXAM})\b)"
    r"[^.;\n]{0,80}?\b(?:normal|unremarkable|contains|shows|measures|demonstrates|is seen|are seen)\b)",
    re.IGNORECASE)
# What the heading pattern skips before a heading: bullets, and the comma of a dictation artefact (".,FINDINGS:",
# a transcription system's rendering of a spoken full stop and new line: the heading still opens its section).
_BULLETS = " \t-*•,"
_NOT_START = numpy.uint64(2**64 - 1)  # -1 as uint64
_SENT_START = [SENT_START]
_TEMPLATE = numpy.full((4096, 1), _NOT_START, dtype=numpy.uint64)


def _all_not_start(n: int) -> numpy.ndarray:
    """A fresh ``(n, 1)`` SENT_START column of -1 (a typical report's is copied from a template: cheaper than
    ``numpy.full``)."""
    if n > len(_TEMPLATE):
        return numpy.full((n, 1), _NOT_START, dtype=numpy.uint64)
    return _TEMPLATE[:n].copy()


@Language.factory("udt_sentences", default_config={"punct_chars": None, "taxonomy": ""})
def make_sentences(nlp: Language, name: str, punct_chars: list[str] | None, taxonomy: str) -> Sentences:
    # Imported here: the matcher's modules read sentence starts from this one.
    from udt.parser.matcher import taxonomy_at, vocabulary_for

    return Sentences(nlp, punct_chars, anatomy_forms(vocabulary_for(taxonomy_at(taxonomy))))


# The longest anatomy form (in tokens) looked for after a side letter ("R. Common femoral vein").
_LONGEST_ANATOMY_FORM = 4


def anatomy_forms(vocab: Vocabulary) -> frozenset[str]:
    """The lower-case forms of every organ, part and body system of ``vocab`` of at most four words: after a side
    letter with its stop ("R. Kidney", "L. Ovary") one of them makes the letter the organ's side adjective."""
    fields = ("Organ_level", "Body_system_level")
    # (an abbreviation, matched in its own case, is kept as written: "R. CFV patent", "L. ICA 40 cm/s")
    return frozenset(form for table in (vocab.forms, vocab.cased_forms) for form, term in table.items()
                     if term.field in fields and not term.generic and form.count(" ") < _LONGEST_ANATOMY_FORM)


class Sentences:
    """Sentence boundaries computed on token arrays (spaCy builds ``Token`` objects one at a time)."""

    def __init__(self, nlp: Language, punct_chars: list[str] | None = None,
                 anatomy: frozenset[str] = frozenset()) -> None:
        chars = punct_chars or Sentencizer.default_punct_chars
        self._punct = word_ids(nlp.vocab.strings, chars)
        self._question = nlp.vocab.strings.add("?")
        self._period = nlp.vocab.strings.add(".")
        self._colon = nlp.vocab.strings.add(":")
        self._abbreviations = word_ids(nlp.vocab.strings, ts.HEDGE_ABBREVIATIONS)
        self._measure_abbreviations = word_ids(nlp.vocab.strings, ts.MEASURE_ABBREVIATIONS)
        self._segment_abbreviations = word_ids(nlp.vocab.strings, ts.SEGMENT_ABBREVIATIONS)
        self._position_abbreviations = word_ids(nlp.vocab.strings, ts.POSITION_ABBREVIATIONS)
        self._capitals_before = word_ids(nlp.vocab.strings, ts.CAPITALS_BEFORE_ABBREVIATIONS)
        self._number_abbreviations = word_ids(nlp.vocab.strings, ts.NUMBER_ABBREVIATIONS)
        # A dotted unit ("m.m", "c.m") is an abbreviation whose last stop the tokenizer splits off.
        self._dotted_units = word_ids(nlp.vocab.strings, [w for w in LENGTH_UNIT_WORDS if "." in w[:-1]])
        self._units = word_ids(nlp.vocab.strings, LENGTH_UNIT_WORDS)
        # Side abbreviations of other languages ("Testis sin. 44 x 26 mm", "rene dx. with a cyst"): the tokenizer
        # splits their full stop off, which then ended the organ's sentence before its own measures and lesions.
        self._side_abbreviations = word_ids(
            nlp.vocab.strings, (w for rights, lefts, _ in ts.FOREIGN_SIDE_SYSTEMS for w in (*rights, *lefts))
        )
        self._side_letter_stops = word_ids(nlp.vocab.strings, ts.SIDE_LETTER_STOPS)  # ("no hernia on L. Cyst ...")
        self._side_abbreviation_stops = word_ids(nlp.vocab.strings, ts.SIDE_ABBREVIATION_STOPS)  # ("Lt. kidney")
        self._side_abbreviation_leads = word_ids(nlp.vocab.strings, ts.SIDE_ABBREVIATION_LEADS)
        self._name_titles = word_ids(nlp.vocab.strings, ts.NAME_TITLES)
        self._anatomy = anatomy  # (anatomy_forms: "R. Kidney 10 cm" is the right kidney, not a sentence's end)
        self._indefinite = word_ids(nlp.vocab.strings, ("a", "an"))
        self._comma = nlp.vocab.strings.add(",")
        self._commas = frozenset((self._comma,))
        self._semicolons = frozenset((nlp.vocab.strings.add(";"),))
        self._distances = word_ids(nlp.vocab.strings, ts.CLAUSE_ROLES["distance"])  # ("3 cm. FN": dotted_units.py)
        # The gates of the steps that need one of these words in the report (trigger_groups.py)
        self._side_abbreviations_gate = TRIGGER_GROUPS.group(self._side_abbreviations)
        self._side_letter_stops_gate = TRIGGER_GROUPS.group(self._side_letter_stops)

    @staticmethod
    def _starts_lower(doc: Doc, state: DocState, j: int, digit: bool = False) -> bool:
        """Token ``j`` begins with a lower-case letter (a sentence after an abbreviation would be capitalised), or
        with ``digit`` also a digit (the number an abbreviated measuring word introduces: "approx. 12 mm")."""
        text = state.text or ""
        k = columns_of(doc, state).idx[j]
        return k < len(text) and (text[k].islower() or (digit and text[k].isdigit()))

    def _abbreviation_goes_on(self, doc: Doc, text: str, idx: list[int], i: int, j: int) -> bool:
        """The full stop ``i`` of an abbreviated position or measuring word (termset.POSITION_ABBREVIATIONS,
        CAPITALS_BEFORE_ABBREVIATIONS) ends no sentence: token ``j`` on its line is an abbreviation in capitals after
        one written in lower case ("(i) post. IM 3,3 cm", "max. AP 12 mm"), or, after a position word, a lower-case
        word or a size ("post. wall, 2.8 cm", "ant. 2 cm")."""
        k = idx[j]
        if "\n" in text[idx[i]:k]:
            return False  # a line's last word: the next line is a new item or continues on its own (_LINE_BREAK)
        word = doc[j].text
        if (1 < len(word) <= _LONGEST_CAPITALS and word.isalpha() and word.isupper()
                and not doc[i - 1].text.isupper()):
            return True
        return doc[i - 1].lower in self._position_abbreviations and (
            text[k].islower() or _SIZE_AT.match(text, k) is not None)

    def _names_anatomy(self, doc: Doc, j: int) -> bool:
        """Tokens from ``j`` on spell an organ, a part or a body system of the ontology ("Kidney", "Common femoral
        vein"), a part or a limb's segment (termset.SIDE_LETTER_PART_WORDS), maybe after a position word ("Upper
        pole"). Read only after a side letter's stop, so building the few tokens costs nothing in a typical report."""
        if doc[j].text in self._anatomy:  # an abbreviation in its own case ("CFV")
            return True
        words = [t.lower_ for t in doc[j : j + _LONGEST_ANATOMY_FORM + 1]]
        if words[0] in ts.SIDE_LETTER_POSITION_WORDS:  # "L. Upper pole", "R. Lower lobe"
            words = words[1:]
        if words and words[0] in ts.SIDE_LETTER_PART_WORDS:
            return True
        return any(" ".join(words[:k]) in self._anatomy for k in range(1, min(len(words), _LONGEST_ANATOMY_FORM) + 1))

    def _after_side_letters(self, doc: Doc, orth: list[int], text: str, idx: list[int]) -> list[int]:
        """The tokens that start a sentence after a side letter whose full stop the tokenizer kept ("no hernia on
        L. Incidental cyst"; termset.SIDE_LETTER_STOPS): a capitalised word right after it, when the letter is the
        object of a preposition ("on L.", "on the R.": termset.SIDE_LETTER_OBJECT_WORDS), so a side phrase that ends
        there. A side letter after any other word may be the side adjective of the word after it ("no DVT R. Baker's
        cyst"), and one that opens its line or clause is ("R. Kidney 10 cm"): neither ends a sentence; nor does one
        before an organ or a part of the ontology ("no fluid on R. Kidney 11 cm": the right kidney) or after a
        name's title ("Dr L. Tremblay")."""
        n = len(orth)
        out = []
        for i in compress(range(n), map(self._side_letter_stops.__contains__, orth)):
            j = i + 1
            if i == 0 or j >= n or orth[i - 1] in self._name_titles:
                continue
            before, after = idx[i - 1], idx[j]
            if not text[before].isalpha() or not text[after].isupper() or "\n" in text[idx[i]:after]:
                continue
            if self._names_anatomy(doc, j):
                continue
            if doc[i - 1].lower_ not in ts.SIDE_LETTER_OBJECT_WORDS:
                continue
            out.append(j)
        return out

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        state = state_of(doc)
        if not n:
            state.sent_starts = [0]
            return doc
        cols = columns_of(doc, state)
        # (stop characters have no case: their LOWER is their ORTH)
        orth, punct_at = cols.lower, cols.punct_at
        punct, question = self._punct, self._question
        starts = [0]
        text = state.text or ""
        dotting: bool | None = None  # the writer dots units (dotted_units.py; found when first needed)
        # Lines labelled by a cut-short side of another language ("re. Hoden: ..."): each a sentence from its label on
        # (line_side_labels.py); one C-level test in most reports
        labels = frozenset(line_labels(orth, text, cols.idx, self._side_abbreviations, self._period)) \
            if self._side_abbreviations_gate in cols.touched else frozenset()
        keyed = keyed_stops(text)  # "Finding 1: Side: L. Clock: 10. Size: 8 mm.": one sentence (keyed_lines.py)
        # spaCy's sentencizer rule: after a stop character, the next token that is neither a stop character nor
        # punctuation starts a sentence. Only the few stop tokens are visited (found by C-level probes), each
        # scanning forward to its word.
        for i in compress(range(n), map(punct.__contains__, orth)):
            # "?cyst": a question mark glued to the next word marks doubt, not the end of a sentence.
            if orth[i] == question and i + 1 < n and not cols.space[i] and not punct_at(i + 1):
                continue
            j = i + 1
            while j < n and (orth[j] in punct or punct_at(j)):
                j += 1
            # (the full stop and the word before it read once for the two abbreviation rules; ``orth`` is the
            # lower-case column)
            if keyed and cols.idx[i] in keyed:
                continue
            if j < n and orth[i] == self._period and i > 0:
                if orth[i + 1] == self._colon and not cols.space[i]:
                    continue  # "Regio poplitea sin.: Baker's cyst": an abbreviation's stop before a heading's colon
                before = orth[i - 1]
                if before in self._abbreviations and self._starts_lower(doc, state, j):
                    continue  # "Prob. cyst", "poss. abscess": an abbreviation's full stop ends no sentence
                if before in self._measure_abbreviations and self._starts_lower(doc, state, j, digit=True):
                    continue  # "approx. 12 mm", "max. diameter 9 mm": nor does a measuring word's
                if before in self._capitals_before and self._abbreviation_goes_on(doc, text, cols.idx, i, j):
                    continue  # "(i) post. IM 3,3 cm", "post. wall": nor does a position word's
                if (before in self._segment_abbreviations and _SEGMENT.match(text, cols.idx[j])) or (
                    before in self._number_abbreviations and _ITEM_NUMBER.match(text, cols.idx[j])
                ):
                    continue  # "segm. IV: 11 mm", "nodule Nr. 2": nor does the full stop before the number it names
                if (before in self._side_abbreviations and self._starts_lower(doc, state, i - 1)
                        and self._starts_lower(doc, state, j, digit=True)):
                    # "Testis sin. 44 x 26 mm": nor does a side abbreviation's (termset.FOREIGN_SIDE_SYSTEMS) written
                    # in lower case; one in capitals often ends its sentence ("colloid cyst LL. 12 mm nodule RL")
                    continue
                if before in self._side_abbreviations and j == i + 1 and i - 1 in labels:
                    continue  # "re. Hoden: 4.3 x 2.6 cm": nor does one that labels its line (line_side_labels.py)
                if (before in self._side_abbreviation_stops and "\n" not in text[cols.idx[i]:cols.idx[j]]
                        and (self._starts_lower(doc, state, j) or i == 1 or punct_at(i - 2)
                             or orth[i - 2] in self._side_abbreviation_leads)
                        and self._names_anatomy(doc, j)):
                    # "Rt. kidney 10.8 cm, Lt. kidney 11.2 cm": split there, the right kidney's sentence took the
                    # left's side word and the left's its closing "both normal". Only before an organ or part ("Rt.
                    # normal | Lt. normal" ends there), and a capitalised one only after a side that opens its clause
                    # or follows a lead ("..., Lt. Kidney 11 cm", "in the Rt. Kidney"; "small cyst Rt. Liver normal").
                    continue
                if before in self._dotted_units and self._starts_lower(doc, state, j):
                    continue  # "a 12 m.m. cyst", "1.2 c.m. in the upper pole": nor does a dotted unit's
                if (before in self._units and i > 2 and orth[i - 3] in self._indefinite
                        and self._starts_lower(doc, state, j)):
                    continue  # "a 12 mm. cyst": the article opens a noun phrase the stop cannot end
                if before in self._units and (orth[j] in self._distances or self._starts_lower(doc, state, j)):
                    if dotting is None:
                        # (a report all in lower case tells no sentence start from an abbreviation's next word)
                        dotting = not (state.text or "").islower() and dots_units(
                            orth, self._period, self._comma, self._units
                        )
                    if dotting:
                        continue  # "0.4 cm. simple cyst" by a writer who dots units ("1.2 cm., parallel")
            if j + 1 < n and text[cols.idx[j]].isspace() and _LOWER_HEADING.match(text, cols.idx[j + 1]):
                # A line break after the stop before a section heading in lower case ("ascites.\nimp: liver mets", a
                # writer who types no capitals): the sentence starts at the heading, which opens its section from
                # its own character, not the break's (a capital line is a start of its own: _LINE_BREAK).
                j += 1
            if j < n and j != starts[-1]:
                starts.append(j)
        if self._side_letter_stops_gate in cols.touched:
            starts = sorted(set(starts).union(self._after_side_letters(doc, orth, text, cols.idx)))
        if labels:
            starts = sorted(labels.union(starts))
        if "\n" in text:
            idx = cols.idx
            extra = {bisect_right(idx, m.end()) - 1 for m in _LINE_BREAK.finditer(text) if m.end() < len(text)}
            if extra:
                starts = sorted(extra.union(starts))
        if state.row_lines:
            # Each comma-separated row is a record of its own ("liver,,cyst,1.4,cm" over "ovary,R,cyst,4.8,cm"),
            # though it opens in lower case: run on, the second row's cyst took the first row's organ (csv_rows.py).
            idx = cols.idx
            rows = {k for a, _ in state.row_lines if a > 0 and (k := bisect_left(idx, a)) < n}
            if rows:
                starts = sorted(rows.union(starts))
        # (a sentence of thousands of tokens, a bar table's rows or a dictated run, is cut: long_sentences.py)
        starts = bounded_starts(starts, n, text, cols.idx, orth, self._semicolons, self._commas)
        set_sentence_starts(doc, state, starts)
        return doc


def set_sentence_starts(doc: Doc, state: DocState, starts: list[int]) -> None:
    """Keep ``starts`` as the Doc's sentence starts: on its state and, where a caller sees them, its token flags (a
    later component may add starts: run_on.py)."""
    state.sent_starts = starts
    if state.private:
        return  # udt's components read sent_starts; no caller sees this Doc's flags (DocState.private)
    # Every token gets 1 or -1 (as spaCy's sentencizer sets them); -1 as the uint64 spaCy's arrays hold.
    values = _all_not_start(len(doc))
    for i in starts:  # a handful: cheaper than numpy's fancy indexing with a list
        values[i, 0] = 1
    # spaCy's stub asks for thinc's Ints2d type; spaCy's own sentencizer passes a numpy uint64 array like this
    doc.from_array(_SENT_START, values)  # type: ignore[arg-type]


def sentence_starts(doc: Doc) -> list[int]:
    """Token index of each sentence start (kept by ``udt_sentences``; else one array pass, cheaper than
    iterating ``doc.sents``)."""
    state = state_or_none(doc)
    if state is not None and state.sent_starts is not None:
        return state.sent_starts
    if not len(doc):
        return [0]
    starts = numpy.flatnonzero(doc.to_array(SENT_START) == 1).tolist()
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    return starts


def sentence_end(sent_starts: Sequence[int], sent: int, n_tokens: int) -> int:
    """Token index where sentence number ``sent`` ends: the next sentence's start, else ``n_tokens``."""
    return sent_starts[sent + 1] if sent + 1 < len(sent_starts) else n_tokens


def strong_clause(role: list[str | None], lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    """The clause of the span ``start``..``end`` within tokens ``lo``..``hi`` (its sentence): what lies between the
    nearest strong separators (role "sep_strong": a semicolon) before and after the span."""
    before = role[lo:start]
    if "sep_strong" in before:
        lo += len(before) - before[::-1].index("sep_strong")
    after = role[end:hi]
    if "sep_strong" in after:
        hi = end + after.index("sep_strong")
    return lo, hi


def sentence_bounds(sent_starts: list[int], pos: int, n_tokens: int) -> tuple[int, int]:
    """Token range ``(start, end)`` of the sentence that holds token ``pos``."""
    after = bisect_right(sent_starts, pos)
    return sent_starts[after - 1], sent_starts[after] if after < len(sent_starts) else n_tokens


def delimited_cell(text: str, pos: int, heading: str) -> bool:
    """A heading word at ``pos`` that is a cell of a semicolon-delimited row, not a heading: its line holds two
    semicolons before it at least ("region;side;long axis;comment", a table's header row) and it is closed by no
    colon or dash ("cyst; conclusion" after one semicolon still opens the conclusion)."""
    if heading.rstrip()[-1:] in (":", "-"):
        return False
    line_start = text.rfind("\n", 0, pos) + 1
    return text.count(";", line_start, pos) >= 2


def _item_starts(text: str) -> list[int]:
    """0 and the position after every item mark (line break, ".", ";" or "?") of ``text``, in order.

    Found with ``str.split`` (C-level memchr) rather than ``re.finditer(r"[\n.;]")``: sre tests the character
    class at every position and builds a Match object per mark (about 0.6% of a typical report's parse
    instructions, measured with benchmarks/parser_instructions.py); one split per mark also costs less than a
    ``str.find`` call per mark (each parses its arguments with a format string: about 3k instructions a report).
    Each piece but the last ends where a mark is."""
    starts = [0]
    for mark in _ITEM_MARKS:
        if mark in text:
            k = 0
            for piece in text.split(mark)[:-1]:
                k += len(piece) + 1
                starts.append(k)
    starts.sort()
    return starts


def _capital_starts_after_commas(text: str) -> set[int]:
    """The position after every comma that two capital letters follow (spaces between): where a transcription system
    joined a line without a full stop to the next heading ("PELVIC ULTRASOUND,REASON FOR EXAM:,  Pain.")."""
    starts: set[int] = set()
    n = len(text)
    k = text.find(",")
    while k >= 0:
        j = k + 1
        while j < n and text[j] == " ":
            j += 1
        if text[j : j + 2].isupper():  # (every heading is at least two letters long)
            starts.add(k + 1)
        k = text.find(",", k + 1)
    return starts


def _end_from(pattern: re.Pattern[str], text: str, pos: int) -> re.Match[str] | None:
    """``pattern.search(text, pos)`` for the line and sentence ends above (a non-space character, then a run of
    the line up to its end mark): tried at the first non-space character only. Where no end mark follows it on
    its line, none follows any later character of that line either (they see fewer of the same characters), and
    a later line would need a line break, which is an end mark: so the search fails too, after trying every
    character of the line again, each to the line's end (quadratic in a long line without a break: a 40 KB report on
    one line after "HISTORY:" took half a second)."""
    first = _WORD_START.search(text, pos)
    return None if first is None else pattern.match(text, first.start())


def _end_run_on_lines(found: list[tuple[int, str | None]],
                      run_on: list[tuple[int, int]]) -> list[tuple[int, str | None]]:
    """End each history line at the findings sentence found on it, unless another heading opens before that
    sentence ("HISTORY: Hematuria.,FINDINGS: ... normal": the findings heading already ends it)."""
    starts = sorted(pos for pos, kind in found if kind is not None)
    for heading_end, pos in run_on:
        i = bisect_right(starts, heading_end)
        if i == len(starts) or starts[i] >= pos:
            found.append((pos, None))
    return found


def _bare_history_pattern(names: list[str]) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A history heading with no colon or dash after it, as unpunctuated dictation writes it: in capitals at a line's
    start, its content after a space on the same line ("INDICATION left breast cancer staging", "CLINICAL HISTORY
    58F, RUQ pain"), or the abbreviation "Hx" so in any case ("Hx fibroids."). A capitalised word in running text
    ("History of fibroids"), a heading closed by a colon (the main pattern's) or a line holding a key's colon is
    none. ``names`` are the history headings, longest first.

    Two patterns, read by :func:`_bare_histories`: the heading at the text's start, and the heading after a line
    break, that break included. A leading "\\n" is a literal the regex engine scans for in a tight loop, where the
    anchor "^" (multi-line) was tried, with the whole pattern, at every character of every report."""
    if not names:
        return None
    alternatives = "|".join(re.escape(h.upper()) for h in names if h.isascii())
    # (no colon on the rest of the line: "CLINICAL INDICATION: ..." is the main pattern's longer heading, not
    # "CLINICAL" with content)
    body = rf"[ \t\-*•]*(?P<h>{alternatives}|Hx)[ \t]+(?=[^\s:\-–])(?![^\n]*:)"
    return re.compile(body), re.compile("\n" + body)


def _bare_histories(patterns: tuple[re.Pattern[str], re.Pattern[str]], text: str) -> Iterator[re.Match[str]]:
    """The matches of ``^`` + the bare history body (multi-line) in ``text``, as ``finditer`` gives them: the one at
    the text's start, then those after line breaks, left to right and not overlapping. A match after a break holds
    the break too (``m.start()`` is one before the heading's line; its readers take ``m.start("h")``, ``m.end()``,
    ``m.group("h")``). No match ends with a line break (its last character is a space or tab before a lookahead),
    so the next line start after a match always lies after its end, as finditer's next try would find it."""
    first, after_break = patterns
    pos = 0
    m = first.match(text)
    if m is not None:
        pos = m.end()
        yield m
    yield from after_break.finditer(text, pos)


_CASE_NARRATIVE = lazy_compile(rf"\b(?:{'|'.join(ts.CASE_NARRATIVE_WORDS)})\b", re.IGNORECASE)
# (a later sentence of a general section: sentences._end_of_lesson)
_CASE_TOLD = lazy_compile(rf"\b(?:{'|'.join(map(re.escape, ts.CASE_NARRATIVE_WORDS + ts.LESSON_CASE_WORDS))})\b",
                        re.IGNORECASE)


def _narrates_its_case(text: str, start: int) -> bool:
    """The sentence from ``start`` tells of the case's own patient (ts.CASE_NARRATIVE_WORDS), not a general rule."""
    end = _end_from(_END_OF_SENTENCE, text, start)
    return _CASE_NARRATIVE.search(text, start, end.end() if end is not None else len(text)) is not None


# A lesson's clause after a semicolon, up to the next semicolon or the end of its sentence (sentences._lesson_turns).
_SEMICOLON_CLAUSE = lazy_compile(r";[ \t]+(?P<c>[^;]*)")


def _lesson_turns(text: str, start: int, end: int) -> int:
    """Where a general section's first sentence (``start`` to ``end``) turns to the case at a semicolon: the start
    of the first clause after a ";" that tells the case itself (ts.LESSON_CASE_WORDS), as a later sentence does in
    _end_of_lesson ("Discussion: the pseudosolid look is a known pitfall; this is likely an infected thyroglossal
    duct cyst"); -1 where none does. A semicolon joins two clauses of one sentence, and a teaching section that
    states its rule in the first often weighs its own lesion in the second."""
    if ";" not in text[start:end]:  # (most lessons: one plain sentence)
        return -1
    for clause in _SEMICOLON_CLAUSE.finditer(text, start, end):
        if _CASE_TOLD.search(text, clause.start("c"), clause.end("c")):
            return clause.start("c")
    return -1


# A sentence opening a key the parser has no heading for ("Case: 4-month-old boy ...", "Outcome: ...").
_KEY_OPENING = lazy_compile(r"[A-Z][\w'\- ]{0,30}:")


def _end_of_lesson(text: str, first: re.Match[str], limit: int) -> int:
    """Where a general section that ends its first sentence at ``first`` ends: after each further sentence of its
    line that states a general rule too ("Case discussion: Seminoma is uniformly hypoechoic. Lymphoma is often
    bilateral."), up to the first that tells the case itself (ts.LESSON_CASE_WORDS: "In this patient, ...", "Here
    the cyst had ruptured."), the line's end, or the next heading at ``limit``. -1: to the text's end."""
    end = first
    while not end.group().endswith("\n"):
        after = end.end()
        nxt = _end_from(_END_OF_SENTENCE, text, after)
        start = _WORD_START.search(text, after)
        if start is None or start.start() >= limit or "\n" in text[after : start.start()]:
            break
        stop = nxt.end() if nxt is not None else len(text)
        if stop > limit or _KEY_OPENING.match(text, start.start()) or _CASE_TOLD.search(text, start.start(), stop):
            break
        if nxt is None:
            return -1
        end = nxt
    return end.end()


@Language.factory("udt_sections", default_config={"headings": None})
def make_sections(nlp: Language, name: str, headings: dict[str, str] | None) -> Sections:
    return Sections(headings or ts.SECTION_KINDS)


class Sections:
    """Section headings, with the kind of section each opens (``termset.SECTION_KINDS`` by default)."""

    def __init__(self, headings: dict[str, str]) -> None:
        self.headings = {k.casefold(): v for k, v in headings.items()}
        # Longest first (as the alternation tries them); a sort by the escaped names' length, as it always was.
        self._order = sorted(self.headings, key=lambda h: len(re.escape(h)), reverse=True)
        # Tried only where a heading can start (text start, after a newline, "." or ";"): one anchored match per
        # candidate is much cheaper than scanning every character with a long alternation.
        self._pattern = self._heading_pattern(self._order)
        # The first two letters of every heading: most candidate positions (each sentence start) begin with
        # neither, and are ruled out without running the long alternation. Only exact where every heading opens with
        # two ASCII characters (IGNORECASE pairs a few non-ASCII letters with ASCII ones), so other heading sets skip
        # this; a later non-ASCII letter ("conclusión") is matched by the heading's own pattern.
        self._prefixes: frozenset[str] | None = frozenset(h[:2] for h in self.headings)
        if any(not h[:2].isascii() or len(h) < 2 or h[0] in _BULLETS for h in self.headings):
            self._prefixes = None
        # ... and where they are exact, the candidate is matched against the headings of its two first letters only
        # (the same alternatives in the same order: no other can match there), built on first need.
        self._by_prefix: dict[str, re.Pattern[str]] = {}
        # No heading holds an item mark: then a heading closed only by the text's end starts at its last item
        # start (see _matches).
        self._marks_outside_headings = not any(mark in h for h in self.headings for mark in _ITEM_MARKS)
        self._bare_history = _bare_history_pattern([h for h in self._order if self.headings[h] == "history"])

    @staticmethod
    def _heading_pattern(names: list[str]) -> re.Pattern[str]:
        """A heading among ``names`` (tried in this order) after bullets, closed by a colon, a dash, a line end."""
        alternatives = "|".join(re.escape(h) for h in names)
        return re.compile(rf"[ \t\-*•,]*(?P<h>{alternatives})[ \t]*(?::|-\s|\n|$)", re.IGNORECASE | re.MULTILINE)

    def _prefix_pattern(self, prefix: str) -> re.Pattern[str]:
        """The heading pattern for the headings that begin with ``prefix`` (two lower-case ASCII letters)."""
        found = self._by_prefix.get(prefix)
        if found is None:
            found = self._by_prefix[prefix] = self._heading_pattern([h for h in self._order if h[:2] == prefix])
        return found

    def __call__(self, doc: Doc) -> Doc:
        found: list[tuple[int, str | None]] = []
        run_on: list[tuple[int, int]] = []  # (heading end, start of a findings sentence on its line)
        lessons: list[tuple[int, re.Match[str]]] = []  # (general heading's end, its first sentence's end)
        state = state_of(doc)
        text = state.text or ""
        # ("INDICATION left breast cancer staging": a history heading of unpunctuated dictation, see
        # _bare_history_pattern; tried in C at the text's start and after each line break)
        bare = _bare_histories(self._bare_history, text) if self._bare_history is not None else ()
        for m in chain(self._matches(text), bare):
            heading = " ".join(m.group("h").casefold().split())
            kind = self.headings.get(heading)
            if heading in ts.CASE_DISCUSSION_HEADINGS and _narrates_its_case(text, m.end()):
                kind = ts.CASE_DISCUSSION_KIND  # "Discussion: An abscess was suspected": this case's doubts
            if kind:
                found.append((m.start("h"), kind))
                if kind in ts.NON_FINDING_SECTIONS or kind in ts.GENERAL_SECTIONS:
                    # A history/technique line ends with its first line of content; unlabelled report text
                    # ("Liver: normal") often follows without a FINDINGS heading. A teaching point ends with its
                    # first sentence (the case itself often follows in the same paragraph).
                    # An exam title ("EXAM: Pelvic ultrasound. A 3 cm fibroid in the uterus.") names the study in one
                    # sentence, which a dictation artefact may close (".,"); what follows it on its line reports the
                    # scan.
                    if heading in ts.TITLE_HEADINGS:
                        ends = _END_OF_TITLE
                    else:
                        ends = _END_OF_SENTENCE if kind in ts.GENERAL_SECTIONS else _END_OF_CONTENT_LINE
                    end = _end_from(ends, text, m.end())
                    stop = end.end() if end is not None else len(text)
                    if kind in ts.NON_FINDING_SECTIONS:
                        # (bounded by the line: one search per history heading)
                        on_line = _FINDING_SENTENCE_AFTER.search(text, m.end(), stop)
                        if on_line is not None:
                            run_on.append((m.end(), on_line.end()))
                    turn = _lesson_turns(text, m.end(), stop) if kind in ts.GENERAL_SECTIONS else -1
                    if turn >= 0:
                        found.append((turn, None))  # the clause after its ";" tells the case: no lesson from there
                    elif end is not None and kind in ts.GENERAL_SECTIONS:
                        lessons.append((m.end(), end))  # (ended below, once every heading is known)
                    elif end is not None:
                        found.append((end.end(), None))
        starts = sorted(pos for pos, kind in found if kind is not None) if lessons else []
        for heading_end, end in lessons:
            i = bisect_right(starts, heading_end)
            stop = _end_of_lesson(text, end, starts[i] if i < len(starts) else len(text))
            if stop >= 0:
                found.append((stop, None))
        if run_on:
            found = _end_run_on_lines(found, run_on)
        found.sort(key=lambda x: x[0])
        state.sections = found
        return doc

    def _matches(self, text: str) -> Iterator[re.Match[str]]:
        """Non-overlapping heading matches, left to right (as ``finditer`` with a start-of-item anchor)."""
        done = 0
        match = self._pattern.match
        prefixes = self._prefixes
        n = len(text)
        # After a bare comma only a heading in capitals closed by a colon counts: in running text a comma is followed
        # by lower-case words or names ("the liver, Spleen: normal" is a key, not a section).
        if ":" not in text and "-" not in text and "\n" not in text and self._marks_outside_headings:
            # (Most short reports.) With no colon, dash or line break in the text, only the end of the text can
            # close a heading ("$"); the bullets, the heading and the spaces before that end hold no item mark,
            # so the one candidate is the last item start. A heading after a comma needs a colon: none here.
            positions = [max(text.rfind("."), text.rfind(";")) + 1]
            after_comma: set[int] = set()
        else:
            # After a comma a heading counts only if closed by a colon: none to look for in a text without one.
            after_comma = _capital_starts_after_commas(text) if "," in text and ":" in text else set()
            positions = sorted(after_comma.union(_item_starts(text))) if after_comma else _item_starts(text)
        for pos in positions:
            if pos < done:
                continue
            if prefixes is not None:
                # The two characters after the bullets and spaces (a bounded slice stripped in C; a longer run of
                # bullets falls back to the character loop).
                head = text[pos : pos + 16].lstrip(_BULLETS)[:2]
                if len(head) < 2 and pos + 16 < n:
                    k = pos
                    while k < n and text[k] in _BULLETS:
                        k += 1
                    head = text[k : k + 2]
                if head.isascii():
                    key = head.lower()
                    if key not in prefixes:
                        continue  # no heading starts here (see __init__)
                    m = self._prefix_pattern(key).match(text, pos)
                else:
                    m = match(text, pos)
            else:
                m = match(text, pos)
            if m is not None and pos in after_comma and not (m.group("h").isupper() and m.group(0).endswith(":")):
                continue
            if m is not None and pos and text[pos - 1] == ";" and delimited_cell(text, pos, m.group(0)):
                continue
            if m is not None and m.end() > m.start():
                done = m.end()
                yield m
