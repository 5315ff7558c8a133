"""The pipeline's shape: components configured through spaCy config (termsets, roll-ups), reports longer than
``nlp.max_length`` parsed in chunks, and the ConText span attributes shared with other packages."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from parser_reading import reading_of

from udt.errors import ConfigError
from udt.parser import ReportParser
from udt.parser.parser import split_text
from udt.parser.pipeline import build_nlp
from udt.parser.record import MentionRecord
from udt.parser.termset import DEFAULT_TERMSET, Termset

ROOT = Path(__file__).resolve().parents[1]


def test_components_fill_one_record_per_mention(parser: ReportParser) -> None:
    doc = parser.nlp("History: prior cholecystectomy.\nFindings: no calcification. Possible 8 mm cyst in the liver.")
    assert parser.nlp.pipe_names == ["udt_sentences", "udt_sections", "udt_ontology_matcher", "udt_context",
                                     "udt_findings"]
    records = doc._.udt.mentions
    assert records and all(isinstance(r, MentionRecord) for r in records)
    by_text = {doc.text[r.start_char : r.end_char].casefold(): r for r in records if r.evidence}
    assert by_text["calcification"].status == "absent" and by_text["calcification"].section == "findings"
    assert by_text["cyst"].status == "uncertain" and by_text["cyst"].finding is not None
    assert by_text["liver"].site == "Liver"


def test_custom_termset_is_used(tax) -> None:
    # "minus" is no negation cue of the default termset; a user's termset makes it one.
    text = "Hypoechoic nodule minus calcification."
    default = ReportParser(tax)
    assert "calcifications" in default.parse(text).labels["InternalCharacteristics"]
    custom = Termset(neg_pre=(*DEFAULT_TERMSET.neg_pre, "minus"))
    report = ReportParser(tax, termset=custom).parse(text)
    assert "calcifications" not in report.labels["InternalCharacteristics"]
    assert any(m.value == "calcifications" and m.status == "absent" for m in report.mentions)


@pytest.mark.parametrize(("text", "words"), [
    # a verb the default termset does not read as settling a doubt
    ("Thigh swelling: lipoma versus haematoma. Excision established a haematoma.",
     {"settling_verbs": (*DEFAULT_TERMSET.settling_verbs, "established")}),
    # a preposition the default termset does not read as ending the settled object ("... beneath the fascia")
    ("Thigh swelling: lipoma versus haematoma. Excision confirmed a haematoma beneath the fascia.",
     {"settled_object_ends": (*DEFAULT_TERMSET.settled_object_ends, "beneath")}),
])
def test_custom_termset_settles_doubts(tax, text: str, words: dict[str, tuple[str, ...]]) -> None:
    # The words by which a later test settles a differential come from the termset: a user's list changes which
    # doubt is set aside (the lipoma, once the test named the haematoma weighed beside it).
    assert reading_of(ReportParser(tax), text, "Diagnosis", "mass") == "uncertain"
    custom = ReportParser(tax, termset=Termset(**words))
    assert reading_of(custom, text, "Diagnosis", "mass") is None
    assert reading_of(custom, text, "Diagnosis", "fluid collection") == "present"


def test_termset_from_config_checks_its_input() -> None:
    assert Termset.from_config(None) is DEFAULT_TERMSET
    assert Termset.from_config({"neg_pre": ["Sans "]}).neg_pre == ("sans",)
    assert Termset.from_config(DEFAULT_TERMSET.to_config()) == DEFAULT_TERMSET
    with pytest.raises(ConfigError, match="unknown termset categories"):
        Termset.from_config({"negations": ["no"]})
    with pytest.raises(ConfigError, match="list of phrases"):
        Termset.from_config({"neg_pre": "no"})


@pytest.mark.parametrize(
    ("rollups", "text", "expected"),
    [
        ({}, "A 2 cm lipoma in the thigh.", ["mass"]),
        ({"lipoma": None}, "A 2 cm lipoma in the thigh.", []),
        ({"abscess": "mass"}, "Abscess in the right flank.", ["mass"]),
    ],
)
def test_rollup_conventions_are_configurable(tax, rollups, text: str, expected: list[str]) -> None:
    assert ReportParser(tax, rollups=rollups).parse(text).labels["Diagnosis"] == expected


def test_rollup_config_rejects_unknown_names(tax) -> None:
    with pytest.raises(ConfigError, match="unknown concept"):
        ReportParser(tax, rollups={"no such thing at all": None})
    with pytest.raises(ConfigError, match="not a released"):
        ReportParser(tax, rollups={"lipoma": "tumour of doom"})
    with pytest.raises(ConfigError, match="is a dimension or the root"):
        ReportParser(tax, rollups={"Echogenicity": None})


def test_findings_component_needs_an_ontology_matcher(tax) -> None:
    nlp = build_nlp(tax)
    nlp.remove_pipe("udt_findings")
    with pytest.raises(ConfigError, match="'udt_context' is not an ontology matcher"):
        nlp.add_pipe("udt_findings", config={"matcher": "udt_context"})


@pytest.mark.parametrize(
    ("text", "limit"),
    [
        ("a" * 50, 20),
        ("one two three four five six seven eight nine ten", 12),
        ("Para one.\n\nPara two is here.\n\nPara three.", 25),
    ],
)
def test_split_text_covers_the_text_in_limited_pieces(text: str, limit: int) -> None:
    pieces = split_text(text, limit)
    assert "".join(text[a:b] for a, b in pieces) == text
    assert all(0 < b - a <= limit for a, b in pieces)
    assert all(b == a2 for (_, b), (a2, _) in itertools.pairwise(pieces))


def test_long_report_is_parsed_in_chunks_like_a_short_one(parser: ReportParser) -> None:
    rows = [json.loads(x)["text"] for x in (ROOT / "tests/data/reports_gold.jsonl").read_text().splitlines()[:12]]
    text = "\n\n".join(rows)
    whole = parser.parse(text)
    chunked_parser = ReportParser()
    chunked_parser.chunk_chars = 900
    chunked = chunked_parser.parse(text)
    assert any("chunks" in w for w in chunked.warnings)
    for m in chunked.mentions:
        assert text[m.start : m.end] == m.text
    assert {(m.start, m.iri, m.status) for m in chunked.mentions} == {(m.start, m.iri, m.status)
                                                                       for m in whole.mentions}
    assert chunked.labels == whole.labels
    for f in chunked.findings:
        assert all(chunked.mentions[i].start >= 0 for i in f.mentions)
    assert chunked_parser.chunk_chars < parser.chunk_chars == parser.nlp.max_length


# The interop checks run in fresh interpreters: span extensions are process-wide.
_STAND_IN = '''
from spacy.tokens import Span
def register(force=False):
    # Registers as medspaCy's ConText does: default values, skipping names already taken (or forcing them).
    for name in ("is_negated", "is_uncertain", "is_historical", "is_hypothetical"):
        if force:
            Span.set_extension(name, default=False, force=True)
        elif not Span.has_extension(name):
            Span.set_extension(name, default=False)
def mark_negated(span):
    span._.is_negated = True
'''

_SCRIPT = '''
import sys
sys.path.insert(0, {stand_in_dir!r})
import standin
from udt.parser import ReportParser
from udt.parser.extensions import owns
order = {order!r}
if order == "other-first":
    standin.register()
parser = ReportParser()
if order == "udt-first":
    standin.register()
if order == "other-forced":
    standin.register(force=True)
doc = parser.nlp("Calcification. Cyst.")
calc, cyst = list(doc.spans["udt_mentions"])
standin.mark_negated(cyst)          # the other package's verdict on the cyst
print(owns("is_negated"), cyst._.is_negated, calc._.is_negated)
report = parser.parse("No calcification. Cyst.")
print([m.status for m in report.mentions])
'''


@pytest.mark.parametrize(
    ("order", "udt_owns"),
    [("other-first", False), ("udt-first", True), ("other-forced", False)],
)
def test_span_attributes_coexist_with_another_context_package(tmp_path: Path, order: str, udt_owns: bool) -> None:
    (tmp_path / "standin.py").write_text(_STAND_IN)
    script = _SCRIPT.format(stand_in_dir=str(tmp_path), order=order)
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(script)], capture_output=True, text=True,
                         timeout=120, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    owned, cyst_negated, calc_negated = out.stdout.splitlines()[0].split()
    # Neither registration replaced the other, and the other package's value is what it reads back.
    assert owned == str(udt_owns)
    assert cyst_negated == "True"
    assert calc_negated == "False"
    # udt's own statuses never depend on who owns the attributes.
    assert out.stdout.splitlines()[1] == "['absent', 'present']"


def test_token_columns_follow_a_retokenized_doc(parser: ReportParser) -> None:
    """The shared token columns are read again when a component in between changed the tokens."""
    from spacy.attrs import IDX, LOWER

    from udt.parser.record import columns_of, state_of

    doc = parser.nlp.make_doc("Left kidney cyst, 12 mm.")
    state = state_of(doc)
    before = columns_of(doc, state)
    assert before.lower == doc.to_array(LOWER).tolist()
    assert columns_of(doc, state) is before  # read once, then shared
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    after = columns_of(doc, state)
    assert len(after.lower) == len(doc) == len(before.lower) - 1
    assert after.lower == doc.to_array(LOWER).tolist() and after.idx == doc.to_array(IDX).tolist()
    # The report's word set follows the new columns too (the context rules skip passes by it).
    assert before.words == frozenset(before.lower) and after.words == frozenset(doc.to_array(LOWER).tolist())
    assert doc.vocab.strings["left kidney"] in after.words and doc.vocab.strings["left kidney"] not in before.words


def test_state_stored_where_doc_extension_reads_it(parser: ReportParser) -> None:
    """The components' fast path and ``doc._.udt`` see the same state object."""
    doc = parser.nlp("Simple cyst in the left kidney.")
    assert doc._.udt is not None and doc._.udt.reading is not None
    assert [r.value for r in doc._.udt.mentions if r.evidence] == [m.value for m in parser.to_report(doc).mentions]
