"""Report parser: matcher generated from the taxonomy, context, findings, roll-ups and the schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import udt
from udt.parser import ParsedReport, ReportParser, parse_report
from udt.parser.findings import parse_sizes
from udt.parser.variants import surface_variants, typo_variants


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


@pytest.fixture(scope="module")
def tax():
    return udt.load_taxonomy()


def _labels(parser: ReportParser, text: str) -> dict[str, list[str]]:
    return parser.parse(text).labels


@pytest.mark.parametrize(
    ("text", "field", "expected", "unexpected"),
    [
        ("Hypoechoic nodule in the thyroid.", "Echogenicity", "hypoechoic", None),
        ("HYPO-ECHOIC NODULE IN THE THYROID.", "Echogenicity", "hypoechoic", None),
        ("Hypo echoic nodule in the thyroid.", "Echogenicity", "hypoechoic", None),
        ("Hypoechoic nodule without calcification.", "InternalCharacteristics", None, "calcifications"),
        ("Nodule with no internal flow.", "Vascularity", "no vascularity", None),
        ("A cyst. It is avascular.", "Vascularity", "no vascularity", None),
        ("Cyst, no colour flow within it.", "Vascularity", "no vascularity", None),
        ("No posterior acoustic shadowing.", "PosteriorAcoustics", None, "shadowing"),
        ("Calcification not seen.", "InternalCharacteristics", None, "calcifications"),
        ("Possible small cyst in the liver.", "Diagnosis", None, "cyst"),
        ("Cannot exclude a mass.", "Diagnosis", None, "mass"),
        ("Mass likely representing a lipoma.", "Diagnosis", "mass", None),
        ("No mass; a 2 cm cyst is present.", "Diagnosis", "cyst", "mass"),
        ("No mass but there is a cyst.", "Diagnosis", "cyst", "mass"),
        ("History of breast cyst. Findings: normal breast.", "Diagnosis", "normal appearance", "cyst"),
        ("Oval, circumscribed, not parallel mass with posterior shadowing.", "PosteriorAcoustics", "shadowing", None),
        ("The spleen is unremarkable.", "Diagnosis", "normal appearance", None),
        ("Liver normal. 2 cm cyst in the left kidney.", "Diagnosis", "cyst", "normal appearance"),
    ],
)
def test_context_and_values(parser, text, field, expected, unexpected):
    labels = _labels(parser, text)
    if expected is not None:
        assert expected in labels[field], labels
    if unexpected is not None:
        assert unexpected not in labels[field], labels


def test_every_released_value_label_is_matched(parser, tax):
    # The matcher is generated from the taxonomy: each released value's own label must be recognised.
    for field in tax.fields:
        for value in tax.values(field):
            report = parser.parse(f"Finding: {value.label}.")
            hits = [m for m in report.mentions if m.dimension == field]
            assert hits, (field, value.label)


def test_finer_anatomy_rolls_up_to_organ_and_body_system(parser, tax):
    organ_field, system_field = tax.fields[2], tax.fields[1]
    finer = [c for c in tax.iter_dimension(organ_field) if not c.is_released_value and c.rolls_up]
    if not finer:
        pytest.skip("ontology has no finer anatomy yet")
    for concept in finer[:25]:
        rollups = tax.rollups(concept)
        labels = _labels(parser, f"Findings: a 1 cm cyst in the {concept.label}.")
        assert rollups[organ_field].us365k_label in labels[organ_field], concept.label
        assert rollups[system_field].us365k_label in labels[system_field], concept.label


def test_two_lesions_keep_their_own_attributes(parser):
    text = (
        "There is a 2 cm anechoic cyst in the right kidney with posterior acoustic enhancement. "
        "The thyroid contains a 9 mm solid hypoechoic nodule with calcifications."
    )
    report = parser.parse(text)
    lesions = {f.diagnosis: f for f in report.findings if f.kind == "lesion"}
    cyst, nodule = lesions["cyst"], lesions["nodule"]
    assert cyst.organ == "Kidney and ureter" and cyst.laterality == "right"
    assert cyst.attributes.get("Echogenicity") == ["anechoic"]
    assert "calcifications" not in cyst.attributes.get("InternalCharacteristics", [])
    assert nodule.organ == "Thyroid gland"
    assert nodule.attributes.get("Echogenicity") == ["hypoechoic"]
    assert "enhancement" not in nodule.attributes.get("PosteriorAcoustics", [])
    assert cyst.size_mm == [20.0] and nodule.size_mm == [9.0]


def test_mentions_carry_evidence(parser):
    text = "Hypoechoic nodule. No calcification."
    report = parser.parse(text)
    for m in report.mentions:
        assert text[m.start : m.end] == m.text
    calc = next(m for m in report.mentions if m.dimension == "InternalCharacteristics")
    assert calc.status == "absent"


def test_span_extensions(parser):
    doc = parser.nlp("No calcification. Possible cyst.")
    spans = list(doc.spans["udt_mentions"])
    assert [s._.is_negated for s in spans] == [True, False]
    assert [s._.is_uncertain for s in spans] == [False, True]
    assert all(s.id_ for s in spans)


def test_sizes():
    assert parse_sizes("1.2 x 0.8 x 0.9 cm")[0][2] == [12.0, 8.0, 9.0]
    assert parse_sizes("12×8 mm")[0][2] == [12.0, 8.0]
    assert parse_sizes("a 2cm cyst")[0][2] == [20.0]


def test_variants():
    assert {"hypo-echoic", "hypo echoic", "hypoechoic"} <= surface_variants("hypo-echoic")
    assert "hyperemia" in surface_variants("hyperaemia")
    assert "calcification" in surface_variants("calcifications")
    assert "hypoechoc" in typo_variants("hypoechoic")
    assert typo_variants("cyst") == set()


def test_empty_report_warns(parser):
    report = parser.parse("   ")
    assert report.warnings and all(v == [] for v in report.labels.values())
    assert set(report.labels) == set(parser.fields)


def test_pipe_keeps_order_and_sources(parser):
    reports = list(parser.pipe([("Cyst.", "a"), "Mass.", ("Nodule.", "c")], batch_size=2))
    assert [r.source for r in reports] == ["a", None, "c"]
    assert [r.labels["Diagnosis"] for r in reports] == [["cyst"], ["mass"], ["nodule"]]


def test_module_api_and_json_roundtrip():
    report = udt.parse_report("Simple cyst in the left kidney.")
    assert isinstance(report, ParsedReport)
    again = ParsedReport.model_validate_json(report.model_dump_json())
    assert again.labels == report.labels
    assert parse_report("Cyst.").labels["Diagnosis"] == ["cyst"]


def test_parser_construction_is_cached():
    a, b = ReportParser(), ReportParser()
    assert a.nlp is b.nlp


def test_corpus_quality_floor(parser):
    # Regression floor on the project's own annotated corpus (benchmarks/parser_quality.py prints details).
    rows = [json.loads(x) for x in (Path(__file__).parent / "data/reports_gold.jsonl").read_text().splitlines()]
    assert len(rows) >= 80
    tp = fp = fn = 0
    for row, report in zip(rows, parser.pipe([r["text"] for r in rows]), strict=True):
        for f in parser.fields:
            gold, pred = set(row["labels"][f]), set(report.labels[f])
            tp, fp, fn = tp + len(gold & pred), fp + len(pred - gold), fn + len(gold - pred)
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.88


@pytest.mark.parametrize(
    ("text", "field", "value", "status", "historical", "hypothetical"),
    [
        ("No evidence of hydronephrosis or cyst.", "Diagnosis", "cyst", "absent", False, False),
        ("Cyst not identified.", "Diagnosis", "cyst", "absent", False, False),
        ("Negative for mass.", "Diagnosis", "mass", "absent", False, False),
        ("The spleen is unremarkable.", "Diagnosis", "normal appearance", "present", False, False),
        ("?cyst in the left kidney.", "Diagnosis", "cyst", "uncertain", False, False),
        ("r/o abscess in the liver.", "Diagnosis", "fluid collection", "uncertain", False, False),
        ("Cyst versus abscess in the liver.", "Diagnosis", "cyst", "uncertain", False, False),
        ("Abscess cannot be excluded.", "Diagnosis", "fluid collection", "uncertain", False, False),
        ("The cyst has resolved.", "Diagnosis", "cyst", "absent", False, False),
        ("Previously seen cyst in the liver.", "Diagnosis", "cyst", "present", True, False),
        ("Biopsy of the mass if clinically indicated.", "Diagnosis", "mass", "present", False, True),
        ("Recommend follow-up of the nodule.", "Diagnosis", "nodule", "present", False, True),
        ("No mass, cyst or collection.", "Diagnosis", "mass", "absent", False, False),
        ("No mass, cyst or collection.", "Diagnosis", "cyst", "absent", False, False),
        ("No mass, cyst or collection.", "Diagnosis", "fluid collection", "absent", False, False),
        ("Post-operative collection in the right subhepatic space.", "Diagnosis", "fluid collection", "present",
         False, False),
    ],
)
def test_context_termsets(parser, text, field, value, status, historical, hypothetical):
    hits = [m for m in parser.parse(text).mentions if m.dimension == field and m.value == value]
    assert hits, text
    m = hits[0]
    assert (m.status, m.historical, m.hypothetical) == (status, historical, hypothetical), (text, m)


def test_uncertain_finding_keeps_its_organ(parser):
    labels = _labels(parser, "?cyst in the left kidney.")
    assert labels["Diagnosis"] == [] and labels["Organ_level"], labels


def test_diagnosis_phrase_names_its_site(parser, tax):
    # The longest match ("thyroid nodule") swallows the organ; the site still rolls up.
    site = next((c for c in tax.iter_dimension("Diagnosis") if "thyroid" in c.label.casefold().split()), None)
    if site is None:
        pytest.skip("ontology has no diagnosis naming the thyroid")
    labels = _labels(parser, f"Findings: {site.label}.")
    assert "Thyroid gland" in labels["Organ_level"], labels


def test_fast_construct_matches_validation():
    from udt.parser.schema import Mention, construct

    data = {"dimension": "Diagnosis", "value": "cyst", "concept": "cyst", "iri": "x", "text": "cyst", "start": 0,
            "end": 4, "status": "present", "historical": False, "hypothetical": False, "section": None,
            "finding": 0}
    assert construct(Mention, dict(data)) == Mention(**data)
    assert construct(Mention, dict(data)).model_dump() == Mention(**data).model_dump()


def test_sentences_match_spacy_sentencizer(parser):
    import spacy

    text = "Liver normal! Spleen 11 cm... Kidneys: no cyst? Bladder empty. (Done.) End"
    ref = spacy.blank("en")
    ref.add_pipe("sentencizer")
    assert [s.text for s in parser.nlp(text).sents] == [s.text for s in ref(text).sents]


def test_vocabulary_cache_roundtrip(tax):
    from udt.parser.termset import DEFAULT_TERMSET
    from udt.parser.vocab_cache import from_json, to_json
    from udt.parser.vocabulary import build_vocabulary

    vocab = build_vocabulary(tax, DEFAULT_TERMSET)
    again = from_json(to_json(vocab, "k"), "k")
    assert again == vocab
    assert from_json(to_json(vocab, "k"), "other") is None


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("Moderate right hydronephrosis. The left kidney is normal.", False),
        ("Gallstones. Pancreas and spleen unremarkable.", False),
        ("Possible gallstone. Liver normal.", True),
        ("Liver, spleen and kidneys are normal.", True),
    ],
)
def test_normal_appearance_only_without_asserted_abnormality(parser, tax, text, normal):
    value = next(v.us365k_label for v in tax.values("Diagnosis") if v.label.casefold().startswith("normal"))
    assert (value in _labels(parser, text)["Diagnosis"]) is normal
