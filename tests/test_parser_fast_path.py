"""``ReportParser`` calls its pipeline's components directly (skipping ``Language.__call__``'s per-call set-up);
it must still follow every change to the pipeline and raise errors as spaCy does."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from udt.parser import ReportParser
from udt.parser.pipeline import build_nlp

TEXT = "Hypoechoic nodule in the right thyroid lobe, 12 mm."


@pytest.fixture
def parser(taxonomy) -> ReportParser:
    """A parser with a pipeline of its own (the shared cached one must not see the test's changes)."""
    p = ReportParser(taxonomy)
    p.nlp = build_nlp(taxonomy)
    return p


_MARKS: list[int] = []  # how often each Doc the marker saw had been marked (appended per call)


@Language.component("udt_test_marker")
def _marker(doc: Doc) -> Doc:
    doc.user_data["marked"] = doc.user_data.get("marked", 0) + 1
    _MARKS.append(doc.user_data["marked"])
    return doc


@Language.component("udt_test_key_error")
def _key_error(doc: Doc) -> Doc:
    raise KeyError("missing")


@Language.component("udt_test_not_a_doc")
def _not_a_doc(doc: Doc) -> str:
    return "not a doc"


def test_same_report_as_through_language_call(parser: ReportParser) -> None:
    direct = parser.parse(TEXT)
    again = parser.parse(TEXT)  # the second call takes the direct path
    assert again.model_dump_json() == direct.model_dump_json()
    assert again.model_dump_json() == parser.to_report(parser.nlp(TEXT)).model_dump_json()


def test_components_added_later_are_run(parser: ReportParser) -> None:
    parser.parse(TEXT)
    parser.nlp.add_pipe("udt_test_marker", last=True)
    # Recorded by the component itself (not by patching ReportParser.to_report: a compiled parser's methods
    # cannot be replaced): once per parse, each on a fresh Doc.
    _MARKS.clear()
    parser.parse(TEXT)
    parser.parse(TEXT)
    assert _MARKS == [1, 1]


def test_disabled_components_are_skipped(parser: ReportParser) -> None:
    parser.parse(TEXT)
    with parser.nlp.select_pipes(disable=["udt_findings"]), \
            pytest.raises(Exception, match="not processed by the udt pipeline"):
        parser.parse(TEXT)
    assert parser.parse(TEXT).labels["Diagnosis"] == ["nodule"]


def test_errors_are_raised_as_spacy_raises_them(parser: ReportParser) -> None:
    parser.parse(TEXT)
    parser.nlp.add_pipe("udt_test_key_error", first=True)
    with pytest.raises(ValueError, match="E109"):  # spaCy turns a component's KeyError into E109
        parser.parse(TEXT)
    parser.nlp.remove_pipe("udt_test_key_error")
    parser.nlp.add_pipe("udt_test_not_a_doc", last=True)
    with pytest.raises(ValueError, match="E005"):  # a component that returns something else than a Doc
        parser.parse(TEXT)


@Language.component("udt_test_merge_first_two")
def _merge_first_two(doc: Doc) -> Doc:
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    return doc


def test_token_columns_follow_a_component_that_retokenizes(parser: ReportParser) -> None:
    """Between udt's own components the token columns are trusted without a re-check (none retokenizes); with
    another component in the pipeline they are checked, so they follow its retokenization, and the report is the
    one spaCy's own loop gives. The trust ends with the parse."""
    from spacy.attrs import IDX, LOWER

    from udt.parser.record import state_of

    doc = parser._doc(TEXT)
    doc = parser._doc(TEXT)  # (the second call takes the direct path)
    assert not state_of(doc).tokens_fixed  # not trusted after the parse
    parser.nlp.add_pipe("udt_test_merge_first_two", after="udt_sentences")
    parser.parse(TEXT)
    doc = parser._doc(TEXT)
    columns = state_of(doc).columns
    assert columns is not None and columns.lower == doc.to_array(LOWER).tolist()
    assert columns.idx == doc.to_array(IDX).tolist()
    assert parser.parse(TEXT).model_dump_json() == parser.to_report(parser.nlp(TEXT)).model_dump_json()


_SEEN: list[tuple[list[tuple[int, int, str, str]], list[int]]] = []  # what a user component found, per call


@Language.component("udt_test_mirror_reader")
def _mirror_reader(doc: Doc) -> Doc:
    _SEEN.append(_mirror_on(doc))
    return doc


def _mirror_on(doc: Doc) -> tuple[list[tuple[int, int, str, str]], list[int]]:
    """The span mirror and the sentence starts as spaCy's own API reads them off ``doc``."""
    spans = [(s.start, s.end, s.label_, s.id_) for s in doc.spans.get("udt_mentions", [])]
    return spans, [t.i for t in doc if t.is_sent_start]


def _records_of(doc: Doc) -> tuple[list[tuple[int, int, str, str]], list[int]]:
    from udt.parser.record import state_of

    state = state_of(doc)
    return [(r.start, r.end, r.field, r.iri) for r in state.mentions], list(state.sent_starts or ())


def test_doc_mirror_is_written_whenever_someone_can_read_it(parser: ReportParser) -> None:
    """ReportParser.parse skips ``doc.spans["udt_mentions"]`` and ``Token.is_sent_start`` on the Doc it converts
    and drops; a Doc a caller gets (``nlp(text)``) and a pipeline with a component of the user's own still have
    them, equal to the records udt's components read."""
    text = TEXT + " No flow. Liver normal."
    parser.parse(text)
    doc = parser.nlp(text)
    expected = _records_of(doc)
    assert len(expected[0]) >= 3 and len(expected[1]) == 3  # a real mirror to compare
    assert _mirror_on(doc) == expected
    private = parser._doc(text)  # the direct path: no one else reads this Doc
    assert "udt_mentions" not in private.spans and _records_of(private) == expected
    assert not private.has_annotation("SENT_START")
    parser.nlp.add_pipe("udt_test_mirror_reader", last=True)
    _SEEN.clear()
    parser.parse(text)
    parser.parse(text)
    assert [expected, expected] == _SEEN
