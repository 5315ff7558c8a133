"""The parser's cheap equivalents of costly steps must give what the costly step gives.

Each speed pre-check (``location_in``, ``pediatric._child_age``, section headings) is compared with
its full regex on every wording each pattern's alternatives accept, in several casings, and on the whole report
corpora.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from udt.parser import findings, pediatric

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from _parser_scoring import SEALED  # noqa: E402  (the benchmarks' list of sealed corpora)

LOCATIONS = ["12 o'clock", "3:30 oclock position", "segment 4", "segments 6 and 7", "upper pole", "interpolar",
             "lower-pole", "upper outer quadrant", "retroareolar", "periareolar", "isthmus", "subcapsular",
             "upper third", "mid zone", "lower lobe", "middle segment"]
AGES = ["5 yo", "aged 7", "age: 3", "3-year-old", "12 y/o", "4 yrs old", "10 years old"]


def _casings(text: str) -> list[str]:
    return [text, text.upper(), text.title(), f"Seen: {text}.", f"naïve — {text.upper()}"]


def _corpus_texts() -> list[str]:
    # (never the sealed corpora: a failing comparison prints the text it was given)
    files = [ROOT / "tests/data/reports_gold.jsonl",
             *(f for f in sorted((ROOT / "benchmarks/data").glob("*.jsonl")) if f not in SEALED)]
    return [json.loads(x)["text"] for f in files for x in f.read_text(encoding="utf-8").splitlines() if x.strip()]


@pytest.mark.parametrize("wording", LOCATIONS)
def test_location_found_in_every_casing(wording: str) -> None:
    for text in _casings(wording):
        m = findings._LOCATION.search(text)
        assert m is not None, text  # the table lists wordings the pattern reads
        assert findings.location_in(text) == " ".join(m.group(0).split()).casefold()


@pytest.mark.parametrize("wording", AGES)
def test_child_age_found_in_every_casing(wording: str) -> None:
    for text in _casings(wording):
        assert pediatric._child_age(text), text
        assert not pediatric._child_age(text.replace("7", "70").replace("3", "30").replace("5", "50")
                                    .replace("12", "62").replace("4", "40").replace("10", "80")), text


# A parent's post names the child; "son" also occurs inside words ("sonography", "reason", "Mason"), where the kin
# pattern must not fire (the prefilter tests the substring first, then the pattern on the lower-cased text).
KIN = [("my son is 9", True), ("my daughter (14)", True), ("our son (11 yrs)", True), ("my son is 40", False),
       ("sonography for reason of pain, 9 mm cyst", False), ("Mason, grandson's scan", False)]


@pytest.mark.parametrize(("wording", "child"), KIN)
def test_child_named_by_a_parent_in_every_casing(wording: str, child: bool) -> None:
    for text in _casings(wording):
        ages = _patient_ages(text)
        assert pediatric._child_age(text) == any(a < pediatric._ADULT_AGE for a in ages), text
        assert pediatric._child_age(text) is child, text


# An age in months, weeks or days (_KIN_INFANT_AGE, searched only behind its number-and-unit scan and, in ASCII text,
# the word "age" or a relative), beside reports that hold the letters but not the word ("image", "average") or an
# adult's age in years (which runs the full age pattern).
INFANT = [("my son is 18 months", True), ("our daughter (6 weeks) vomits", True), ("Age: 10 days.", True),
          ("aged 3 wks, jaundice", True), ("gestational age 20 weeks", False), ("Age: 34 years. 5 mm cyst", False),
          ("image 3 mm, average 2 days", False), ("45-year-old; drainage for 3 months", False),
          ("menstrual age 6 weeks, 42 year old", False)]


@pytest.mark.parametrize(("wording", "child"), INFANT)
def test_infant_age_found_behind_its_prefilters_in_every_casing(wording: str, child: bool) -> None:
    for text in _casings(wording):
        ages = _patient_ages(text)
        full = (any(a < pediatric._ADULT_AGE for a in ages) or pediatric._child_age_and_sex(text)
                or pediatric._KIN_INFANT_AGE.search(text) is not None)
        assert pediatric._child_age(text) == full, text
        assert pediatric._child_age(text) is child, text


def _patient_ages(text: str) -> list[int]:
    """Every age the full pattern reads, less those of a relative named just before ("we have a 10-year-old") and
    those of the past or of several children ("since age 8", "wait till he's 1", "two kids aged 8 and 10")."""
    return [int(next(g for g in a.groups() if g)) for a in pediatric._AGE.finditer(text)
            if pediatric._FAMILY_NAMED_BEFORE.search(text, max(0, a.start() - 30), a.start()) is None
            and pediatric._PAST_OR_FAMILY_BEFORE.search(text, max(0, a.start() - 12), a.start()) is None]


def _spelled_child(text: str) -> bool:
    """An age under 16 spelled out ("Four-year-old"), the full pattern read without its word prefilter."""
    low = text.lower()
    return any(pediatric._FAMILY_NAMED_BEFORE.search(low, max(0, m.start() - 30), m.start()) is None
               for m in pediatric._SPELLED_AGE.finditer(low))


def test_prefilters_agree_with_the_full_patterns_on_the_corpora() -> None:
    for text in _corpus_texts():
        for piece in (text, text.lower(), text.upper(), *text.split(". ")):
            m = findings._LOCATION.search(piece)
            assert findings.location_in(piece) == (" ".join(m.group(0).split()).casefold() if m else None)
            ages = _patient_ages(piece)
            assert pediatric._child_age(piece) == (any(a < pediatric._ADULT_AGE for a in ages)
                                                   or pediatric._child_age_and_sex(piece)
                                                   or pediatric._FRACTION_AGE.search(piece) is not None
                                                   or pediatric._KIN_INFANT_AGE.search(piece) is not None
                                                   or _spelled_child(piece))


END_TEXTS = ["HISTORY: pain.", "HISTORY:   \n  pain\nLiver normal", "Exam: Pelvic US. A 3 cm fibroid", "x",
             "Indication: ?gallstones, pain!, fever", "  \n\n  ", "Title: e.g. a cyst.\tNext", "a.b. c", "end?",
             "Technique: grey scale" + " word" * 30, "Notes:\n\n\n- item one\n"]


@pytest.mark.parametrize("text", END_TEXTS)
def test_line_and_sentence_ends_found_as_by_a_search(text: str) -> None:
    from udt.parser import sentences

    for pattern in (sentences._END_OF_CONTENT_LINE, sentences._END_OF_SENTENCE, sentences._END_OF_TITLE):
        for pos in range(len(text) + 1):
            found, searched = sentences._end_from(pattern, text, pos), pattern.search(text, pos)
            assert (found and found.span()) == (searched and searched.span())


def test_line_and_sentence_ends_agree_with_a_search_on_the_corpora() -> None:
    from udt.parser import sentences

    for text in _corpus_texts():
        for pos in (0, *(k + 1 for k, c in enumerate(text) if c in ":.\n")):
            for pattern in (sentences._END_OF_CONTENT_LINE, sentences._END_OF_SENTENCE, sentences._END_OF_TITLE):
                found, searched = sentences._end_from(pattern, text, pos), pattern.search(text, pos)
                assert (found and found.span()) == (searched and searched.span())


# The regexes pediatric's string scans replace (_digit_before_sex, _digit_y), and texts at their edges: a letter
# opening the text, a digit and a space, two spaces, a tab, a hyphen run, Arabic-Indic digits (Unicode Nd), a line
# break between the digit and "y".
_SEX_GATE = re.compile(r"[MF](?:(?<=\d[MF])|(?<=\d [MF]))")
_DIGIT_Y = re.compile(r"[0-9][\s-]*[yY]")
SCAN_TEXTS = ["M", "F 14", "14F", "14 F", "14  F", "a M", "9\tM", "Case 12. Mild", "\u0661\u0664F here", "M9 F",
              "7 y F", "12-yr", "3 - - y", "3\ny", "y 3", "Y3y", "9Y", "age 7", "", "x" * 40 + "8 Y"]


@pytest.mark.parametrize("text", SCAN_TEXTS)
def test_pediatric_scans_find_what_their_regexes_find(text: str) -> None:
    assert pediatric._digit_before_sex(text) == (_SEX_GATE.search(text) is not None)
    if text.isascii():  # (_digit_y reads lower-cased ASCII text only)
        assert pediatric._digit_y(text.lower()) == (_DIGIT_Y.search(text) is not None)


def test_pediatric_scans_agree_with_their_regexes_on_the_corpora() -> None:
    for text in _corpus_texts():
        for piece in (text, text.lower(), text.upper()):
            assert pediatric._digit_before_sex(piece) == (_SEX_GATE.search(piece) is not None)
            if piece.isascii():
                assert pediatric._digit_y(piece.lower()) == (_DIGIT_Y.search(piece) is not None)


@pytest.mark.parametrize("text", ["FINDINGS: cyst.", "  - Impression: normal.", "* hx: pain",
                                  "Liver normal. HISTORY: pain.", "ſummary: normal", "Clinical Details: pain",
                                  "No cyst; Technique - grey scale",
                                  "Liver normal." + " " * 20 + "IMPRESSION: cyst", "-" * 14 + " Findings: cyst",
                                  "cyst;" + " \t" * 9 + "Hx: pain", "Normal. " + "*" * 15 + "Impression: ok",
                                  # (headings that share their first two letters: one pattern per two letters)
                                  "Clinical history: pain. Comparison: none. Conclusion: cyst",
                                  "IMPRESSION: cyst. Impression - normal. Indication: pain",
                                  # (a heading with a non-ASCII letter after its first two: "conclusión")
                                  "Hígado: quiste de 2 cm. Conclusión: quiste simple.", "CONCLUSIÓN: quiste",
                                  "Conclusion: cyst. CONCLUSIONES: quiste"])
def test_sections_found_as_by_the_full_pattern(text: str) -> None:
    from udt.parser import termset as ts
    from udt.parser.sentences import Sections

    sections = Sections(ts.SECTION_KINDS)
    assert sections._prefixes is not None  # the shipped headings use the shortcut
    found = [m.span() for m in sections._matches(text)]
    unpruned = Sections(ts.SECTION_KINDS)
    unpruned._prefixes = None
    assert found == [m.span() for m in unpruned._matches(text)]
    assert found  # every row holds a heading



def _headings_at_every_item_start(sections: object, text: str) -> list[tuple[int, int]]:
    """The section headings ``Sections._matches`` finds, the long way: the full pattern tried at every item start
    (the text's start, after each ".", ";" and line break) and after each comma that two capitals follow."""
    from udt.parser.sentences import _capital_starts_after_commas, delimited_cell

    pattern = sections._pattern  # type: ignore[attr-defined]
    after_comma = _capital_starts_after_commas(text)
    starts = {0, *after_comma, *(i + 1 for i, c in enumerate(text) if c in "\n.;")}
    found, done = [], 0
    for pos in sorted(starts):
        m = pattern.match(text, pos) if pos >= done else None
        if m is None or m.end() <= m.start():
            continue
        if pos in after_comma and not (m.group("h").isupper() and m.group(0).endswith(":")):
            continue
        if pos and text[pos - 1] == ";" and delimited_cell(text, pos, m.group(0)):
            continue  # (a delimited row's cell: "region;side;size;comment")
        found.append(m.span())
        done = m.end()
    return found


# Texts with no colon, dash or line break (only the text's end closes a heading there) and others around them.
ONE_CANDIDATE_TEXTS = ["Liver normal. Impression", "Liver normal. Impression \t", "cyst; conclusion",
                       "level;side;size;comment", "organ;finding;comment: x",
                       "Normal, IMPRESSION", "Impression", "Impression.", "Liver normal. Impression. ",
                       "Normal study; * Findings", "Normal study.Findings", "Normal. Findings x",
                       "A, IMPRESSION: cyst", "Normal study, Impression - cyst", "Normal\nImpression"]


def test_sections_found_at_every_item_start() -> None:
    from udt.parser import termset as ts
    from udt.parser.sentences import Sections

    sections = Sections(ts.SECTION_KINDS)
    assert sections._marks_outside_headings  # the shipped headings use the one-candidate shortcut
    texts = ONE_CANDIDATE_TEXTS + [text.replace(":", " ").replace("-", " ").replace("\n", " ")
                                   for text in _corpus_texts()]
    for text in texts:
        assert [m.span() for m in sections._matches(text)] == _headings_at_every_item_start(sections, text), text
    assert all(len(list(sections._matches(text))) == 1 for text in ONE_CANDIDATE_TEXTS[:3])  # a heading ends each
    # a delimited row's last cell is no heading; one closed by its colon still is
    assert [len(list(sections._matches(text))) for text in ONE_CANDIDATE_TEXTS[3:5]] == [0, 1]


def test_constructed_records_behave_as_validated_ones() -> None:
    from udt.parser.schema import Finding, Mention, constructor

    data = {"dimension": "Diagnosis", "value": "cyst", "concept": "simple cyst", "iri": "x:1", "text": "cyst",
            "start": 3, "end": 7, "status": "present", "historical": False, "hypothetical": False,
            "section": None, "finding": 0}
    made, validated = constructor(Mention)(dict(data)), Mention(**data)
    assert made == validated and made.model_fields_set == validated.model_fields_set
    made.status = validated.status = "absent"  # still an ordinary, mutable model
    assert made.model_dump_json() == validated.model_dump_json()
    finding = {name: field.get_default(call_default_factory=True) for name, field in Finding.model_fields.items()}
    finding["kind"] = "lesion"
    assert constructor(Finding)(dict(finding)) == Finding(**finding)


def test_constructed_records_each_own_their_fields_set() -> None:
    # constructor() copies one prebuilt fields set per record: a record's set must not be shared with another's
    # (pydantic adds to it when an attribute is assigned), and a dict of another size still gets its own keys.
    from udt.parser.schema import ParsedReport, constructor

    make = constructor(ParsedReport)
    values = {"source": None, "labels": {}, "mentions": [], "findings": [], "warnings": []}
    a, b = make(dict(values)), make(dict(values))
    assert a.model_fields_set == b.model_fields_set == set(values)
    a.model_fields_set.discard("source")
    assert b.model_fields_set == set(values)
    assert make({"labels": {}}).model_fields_set == {"labels"}


def test_phrase_table_finds_every_occurrence() -> None:
    """The trie search finds exactly what probing every (start, length) would: nested, overlapping and
    prefix-sharing phrases, the stronger of two origins of one phrase."""
    import random

    from udt.parser.matcher import PhraseTable

    rng = random.Random(11)
    table, strengths = PhraseTable(), {}
    phrases: dict[tuple[int, ...], int] = {}  # the reference: a lower strength value wins, the first on a tie
    best: dict[tuple[int, ...], int] = {}
    for key in range(300):
        phrase = tuple(rng.randrange(8) for _ in range(rng.randint(1, 4)))
        strength = rng.randrange(3)
        table.add(phrase, key, strength, strengths)
        if phrase not in phrases or strength < best[phrase]:
            phrases[phrase], best[phrase] = key, strength
    assert phrases == table.phrases
    for _ in range(200):
        tokens = [rng.randrange(10) for _ in range(rng.randint(0, 30))]
        found: list[tuple[int, int, int]] = []
        table.find(tokens, found)
        expected = [(phrases[tuple(tokens[i:j])], i, j) for i in range(len(tokens))
                    for j in range(i + 1, min(i + 4, len(tokens)) + 1) if tuple(tokens[i:j]) in phrases]
        assert sorted(found) == sorted(expected)
        assert len(found) == len(set(found))


def test_phrase_table_word_set_gate_finds_what_the_token_scan_finds() -> None:
    """Given the report's word set, ``find`` rules a table out by its first words and otherwise finds exactly
    what it finds without it; a phrase added after a search (a new first word) is found by the next one."""
    import random

    from udt.parser.matcher import PhraseTable

    rng = random.Random(12)
    table, strengths = PhraseTable(), {}
    for key in range(40):
        table.add(tuple(rng.randrange(30) for _ in range(rng.randint(1, 3))), key, 0, strengths)
    for _ in range(300):
        tokens = [rng.randrange(40) for _ in range(rng.randint(0, 12))]
        plain: list[tuple[int, int, int]] = []
        gated: list[tuple[int, int, int]] = []
        table.find(tokens, plain)
        table.find(tokens, gated, frozenset(tokens))
        assert gated == plain
    table.add((1000, 1001), 99, 0, strengths)
    found: list[tuple[int, int, int]] = []
    table.find([5000, 1000, 1001], found, frozenset((5000, 1000, 1001)))
    assert found == [(99, 1, 3)]


SIZE_TEXTS = ["cyst 2 cm", "1.2 x 0.8 CM", "12×8 mm", "3 Millimetres", "4 centimeters", "1,5 MM", "no size here",
              "T2 signal", "0.5cm", "ſ 2 cm", "naïve 3 mm"]


@pytest.mark.parametrize("text", SIZE_TEXTS)
def test_sizes_found_as_by_the_full_pattern(text: str) -> None:
    for piece in _casings(text):
        expected = [(m.start(), m.end()) for m in findings._SIZE.finditer(piece)]
        assert [(a, b) for a, b, _ in findings.parse_sizes(piece)] == expected, piece


def test_size_prefilter_agrees_on_the_corpora() -> None:
    for text in _corpus_texts():
        for piece in (text, text.lower(), text.upper()):
            expected = [(m.start(), m.end()) for m in findings._SIZE.finditer(piece)]
            assert [(a, b) for a, b, _ in findings.parse_sizes(piece)] == expected


@pytest.mark.parametrize("text", ["Left kidney cyst, 12 mm.", "  Two  spaces,\n\nnew line?cyst ", "", "a",
                                  "?abscess. Hypoechoic nodule (2 x 3 cm); no flow!! ", "naïve — ÜBER 3 mm\t.",
                                  "RK 10.9 cm; LK: ¿Qué? «Cyst» İSTANBUL ½ – … ‘X’ §4 ΣΑΣ Or - OR - or ΙΙ."])
def test_token_columns_read_lazily_equal_the_doc_arrays(text: str) -> None:
    """The columns worked out on demand (ORTH from the text, length, punctuation by the lower-case word, trailing
    space) equal ``Doc.to_array``'s."""
    from spacy.attrs import IDX, IS_PUNCT, LENGTH, LOWER, ORTH, SPACY

    from udt.parser import ReportParser
    from udt.parser.record import TokenColumns, columns_of, state_of

    doc = ReportParser().nlp.make_doc(text)
    cols = columns_of(doc, state_of(doc))
    for name, attr in (("lower", LOWER), ("orth", ORTH), ("idx", IDX), ("length", LENGTH), ("space", SPACY)):
        assert getattr(cols, name) == doc.to_array(attr).tolist(), name
    assert cols.is_punct == [bool(x) for x in doc.to_array(IS_PUNCT).tolist()]
    assert [cols.punct_at(i) for i in range(len(doc))] == cols.is_punct
    assert TokenColumns(doc, text).orth_of(doc) == cols.orth  # (the matcher's read of ORTH from the Doc)


def test_fast_draft_equals_the_dataclass_draft() -> None:
    """The findings builder's template-filled draft equals ``_Draft(kind=...)``, field order included (the
    finding records are built from its ``__dict__``), with containers of its own."""
    from udt.parser.findings import _Draft, _new_draft

    made, built = _new_draft("lesion"), _Draft(kind="lesion")
    assert made == built and list(vars(made)) == list(vars(built))
    other = _new_draft("lesion")
    assert other.mentions is not made.mentions and other.attributes is not made.attributes
    assert other.size_mm is not made.size_mm


# The report tokenizer's extra affixes as first written, with the lookbehind first (udt.parser.tokenizer writes
# each consuming one with its character first, which the regex engine skips faster; the matches must not change).
_LOOKBEHIND_FIRST_INFIXES = (
    r"(?<=[0-9])[xX×*](?=[0-9])", r"[;×]", r"(?<=[a-zA-Z])\.(?=[a-zA-Z]{2,})",
    r"(?<=[a-zA-Z0-9])[()\[\]](?=[a-zA-Z0-9])", r"(?<=[a-zA-Z]),(?=[a-zA-Z])", r"(?<=[a-zA-Z])/(?=[a-zA-Z])",
    r"(?<=\b[nN]on)(?=[a-z]{4})", r"(?<=\bNON)(?=[A-Z]{4})", r"(?<=[.;:!?]),(?=[A-Za-z])",
    r"(?<=[A-Z])\.(?=,[A-Za-z])", r"(?<=[A-Za-z0-9])_(?=[A-Za-z0-9])",
)
_LOOKBEHIND_FIRST_SUFFIXES = (r"(?<=[A-Za-z])-", r"(?<=[A-Za-z])\+", r"(?<=[A-Za-z]:)[-+]", r"(?<=[0-9][A-Z])\.")
AFFIX_CASES = ([
    "1.2x0.8", "12×8", "3*4", "x4", "4x", "ax4", "1.2 x 0.8", "nodule;no", "L.kidney", "L.k", "a.b.c", ".kidney",
    "cyst(2cm)", "(cyst)", "a[b]c", "]x", "liver,spleen", ",a", "a,", "and/or", "/a", "a/", "noncalcified",
    "NONCALCIFIED", "Noncompressible", "anoncalcified", "non-calcified", "nonx", "NONE", "cyst.,No", "a;,b",
    "?,x", "iso-", "-", "a-", "microcalcs+", "+", "5+", "é-", "naïve×2", "ü.kidney", "x×y", "9(", "é,a", "",
    "4B.", "12C.", "4b.", "B.", "4B.5",
    # spaCy's own lookbehind-first affixes (udt.parser.tokenizer.character_first rewrites them too)
    "3+4", "3-4", "3^2", "a.B", "é.Ü", "a:b", "a<b", "a=b", "a>b", "9/b", "a-b", "a--b", "a—b", "a~b", "5°C.",
    "5°F.", "°.", "a).", "ab.", "AB.", "a..", "5$", "5cm", "5 cm.", "x.y.z.", "(a).", "「a」.", "ａ.ｂ", "a,,b",
    "Calcs:-", "septa:+", "3:-", ":-", "a:-)", "WNL.,KIDNEYS", "wnl.,kidneys", "A.,b", "A.,", "A.,,B",
    "KIDNEY_L_FINDING", "SIZE_MM=8", "_a", "a_", "a__b", "1_2", "é_b",
])


def _affix_cases() -> list[str]:
    gold = ROOT / "tests/data/reports_gold.jsonl"
    texts = [json.loads(x)["text"] for x in gold.read_text(encoding="utf-8").splitlines() if x.strip()]
    return AFFIX_CASES + [c.upper() for c in AFFIX_CASES] + texts + [t.lower() for t in texts]


def test_character_first_affixes_match_as_the_lookbehind_first_ones() -> None:
    import re

    from spacy.lang.en import English
    from spacy.util import compile_infix_regex, compile_suffix_regex

    from udt.parser import tokenizer

    reference_infix = compile_infix_regex([*(English.Defaults.infixes or ()), *_LOOKBEHIND_FIRST_INFIXES])
    reference_suffix = compile_suffix_regex([*(English.Defaults.suffixes or ()), *_LOOKBEHIND_FIRST_SUFFIXES])
    nlp = tokenizer.make_blank_nlp()
    for text in _affix_cases():
        for piece in (text, *text.split()):
            got = [m.span() for m in nlp.tokenizer.infix_finditer(piece)]
            assert got == [m.span() for m in reference_infix.finditer(piece)], piece
            found, expected = nlp.tokenizer.suffix_search(piece), reference_suffix.search(piece)
            assert (found and found.span()) == (expected and expected.span()), piece
    # Each rewritten pattern on its own, too (the whole alternation could hide a difference behind another branch).
    pairs = [*zip(tokenizer._INFIXES + tokenizer._SUFFIXES, _LOOKBEHIND_FIRST_INFIXES + _LOOKBEHIND_FIRST_SUFFIXES,
                  strict=True),
             *((tokenizer.character_first(p), p) for p in [*English.Defaults.infixes, *English.Defaults.suffixes])]
    assert sum(new != old for new, old in pairs) >= len(_LOOKBEHIND_FIRST_INFIXES) + 6  # spaCy's were rewritten too
    for new, old in pairs:
        for text in AFFIX_CASES + [c.upper() for c in AFFIX_CASES]:
            assert [m.span() for m in re.finditer(new, text)] == [m.span() for m in re.finditer(old, text)], text


@pytest.mark.parametrize("pattern", [r"(?<=a)b+", r"(?<=[0-9])(?:km|cm)", r"(?<=a|bc)d", r"b(?<=ab)", r"(?<=a)(b)"])
def test_character_first_leaves_other_shapes_as_they_are(pattern: str) -> None:
    from udt.parser.tokenizer import character_first

    assert character_first(pattern) == pattern


@pytest.mark.parametrize("column, word", [
    ([], 5), ([1, 2, 3], 5), ([5], 5), ([5, 5, 1, 5], 5), ([1, 2, 5, 3, 5], 5), ([2**63 + 7, 1, 2**63 + 7], 2**63 + 7),
])
def test_context_positions_match_a_scan_of_every_token(column: list[int], word: int) -> None:
    from udt.parser.context import _positions

    assert _positions(column, word) == [j for j, w in enumerate(column) if w == word]


def test_remembered_compound_diagnoses_read_as_fresh_ones() -> None:
    """A multi-word diagnosis is read once per phrase (``_compound_diagnosis`` remembers it): each report reads the
    same with the memo warm from the reports before it (another status, a child patient, the same phrase) as with
    an empty memo."""
    from udt.parser import ReportParser

    parser = ReportParser()
    component = parser.nlp.get_pipe("udt_findings")
    texts = ["No solid mass. Thyroid nodule 5 mm.", "Solid mass in the liver. A thyroid nodule.",
             "3-year-old boy. Thyroid nodule 4 mm. Solid mass.", "History: solid mass. Hepatic haemangioma 2 cm.",
             "Thyroid nodule, probably benign. Solid mass in the right breast."]
    fresh = []
    for text in texts:
        component._compound_memo.clear()
        fresh.append(parser.parse(text).model_dump_json())
    component._compound_memo.clear()
    warm = [parser.parse(text).model_dump_json() for text in texts * 2]
    assert component._compound_memo  # the phrases were remembered ...
    assert warm == fresh * 2  # ... and read as when first seen
    # (the phrase's attribute is labelled only where the diagnosis is asserted)
    assert json.loads(fresh[0])["labels"]["InternalCharacteristics"] == []
    assert json.loads(fresh[1])["labels"]["InternalCharacteristics"] == ["solid components"]


def test_role_scans_find_what_a_loop_over_the_tokens_finds() -> None:
    """The clause-boundary scans of the findings pass (slices searched in C) give what a loop over every token of
    the range gives: the first and one past the last role in ``[lo, hi)``, any range, the default when none."""
    import itertools

    from udt.parser.findings import _after_last, _first

    for role in itertools.product((None, "sep", "sep_strong"), repeat=5):
        roles = list(role)
        for lo, hi in itertools.product(range(7), repeat=2):  # (token offsets: never negative)
            inside = [j for j in range(lo, min(hi, 5)) if roles[j] == "sep_strong"]
            assert _first(roles, "sep_strong", lo, hi, -9) == (inside[0] if inside else -9)
            assert _after_last(roles, "sep_strong", lo, hi, -9) == (inside[-1] + 1 if inside else -9)


# This round's gates: a dictated report's cue pattern runs only where the cues occur often enough (str.count), and a
# space-aligned side table's header pattern only where two spaces or a tab occur.
DICTATION_TEXTS = ["Right kidney eleven cm full stop new line impression colon normal full stop", "FULL STOP. New Line",
                   "came to a full stop.", "full stopping new lines", "full  stop new\tline", "fullstop newline",
                   "Full stop full stop", "naïve full stop new line", "", "new paragraph next paragraph next line"]
ALIGNED_TEXTS = ["Kidneys\n        RIGHT      LEFT\nLength  10.2 cm    9.8 cm\n",
                 "Kidneys\n\tRIGHT\t\tLEFT\nLength\t10.2 cm\t\t9.8 cm\n", "RIGHT\t LEFT\nLength\t 10.2 cm\t 9.8 cm",
                 "Right kidney 10 cm. Left kidney 9 cm.", "right  left", "Lt  rt\n1 cm  2 cm", "right | left"]


@pytest.mark.parametrize("text", DICTATION_TEXTS)
def test_dictation_gate_passes_what_the_cue_pattern_counts(text: str) -> None:
    from udt.parser import termset as ts
    from udt.parser.dictation import _MIN_CUES, Dictation

    dictation = Dictation(ts.Termset())
    assert dictation._cue is not None
    for piece in _casings(text):
        full = dictation._cue.findall(piece)
        if len(full) >= _MIN_CUES and piece.isascii():
            assert sum(piece.lower().count(c) for c in dictation._ascii_cues or ()) >= _MIN_CUES
        cue_free = Dictation(ts.Termset())
        cue_free._ascii_cues = None  # (the pattern alone, as without the gate)
        assert dictation.written_form(piece) == cue_free.written_form(piece)


@pytest.mark.parametrize("text", ALIGNED_TEXTS)
def test_aligned_table_gate_finds_what_the_header_pattern_finds(text: str) -> None:
    from udt.parser import aligned_tables

    for piece in _casings(text):
        header = aligned_tables._HEADER.search(piece) is not None
        if header:
            assert "  " in piece or "\t" in piece
        assert bool(aligned_tables.aligned_cells(piece)) <= header


def test_dictation_and_aligned_gates_agree_on_the_corpora() -> None:
    from udt.parser import aligned_tables
    from udt.parser import termset as ts
    from udt.parser.dictation import _MIN_CUES, Dictation

    dictation = Dictation(ts.Termset())
    assert dictation._cue is not None
    for text in _corpus_texts():
        for piece in (text, text.upper()):
            if aligned_tables._HEADER.search(piece) is not None:
                assert "  " in piece or "\t" in piece
            if piece.isascii() and len(dictation._cue.findall(piece)) >= _MIN_CUES:
                assert sum(piece.lower().count(c) for c in dictation._ascii_cues or ()) >= _MIN_CUES


_SEP_TEXTS = [[None, "sep_strong", None], [None, None], ["sep_strong"], [], [None, "row", "sep_strong", None]]


@pytest.mark.parametrize("role", _SEP_TEXTS)
def test_side_clause_gate_finds_the_semicolons_the_loop_finds(role: list[str | None]) -> None:
    for lo in range(len(role) + 1):
        for hi in range(lo, len(role) + 1):
            assert ("sep_strong" in role[lo:hi]) == bool([j for j in range(lo, hi) if role[j] == "sep_strong"])


@pytest.mark.parametrize("text", ["a lipoma at a depth of 15 mm", "AT THE DEPTH OF ABOUT 9 mm", "at depth ~ 4 cm",
                                  "effusion depth 15 mm", "at a Depth of approx. 3 mm", "naïve at a dEpTh of 2 mm"])
def test_depth_gate_finds_what_the_depth_pattern_finds(text: str) -> None:
    from udt.parser import distances

    for piece in _casings(text):
        for start in range(len(piece) + 1):
            full = start > 0 and distances._AT_DEPTH.search(piece, max(0, start - distances._DEPTH_WINDOW),
                                                            start) is not None
            assert distances.locates(piece, start) == full


@pytest.mark.parametrize("text", ["my son is 4", "comparison", "son", "grandson's scan", "_son", "stepdaughter",
                                  "reason: sister,brother", "9son", "sons", "nephew_", "a niece.", "granddaughters",
                                  "person son"])
def test_kin_scan_finds_what_the_kin_pattern_finds(text: str) -> None:
    for piece in _casings(text):
        if piece.isascii():
            low = piece.lower()
            assert pediatric._names_kin(low) == (pediatric._KIN.search(low) is not None)


def test_kin_scan_agrees_with_the_kin_pattern_on_the_corpora() -> None:
    for text in _corpus_texts():
        if text.isascii():
            low = text.lower()
            assert pediatric._names_kin(low) == (pediatric._KIN.search(low) is not None)
