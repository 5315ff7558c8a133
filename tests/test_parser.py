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
        ("The rest of the liver is normal. 2 cm cyst in the liver.", "Diagnosis", "cyst", "normal appearance"),
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
    ("text", "beside", "only_normal"),
    [
        # A whole organ stated normal is a normal finding beside a lesion elsewhere (issue-11 convention) ...
        ("Moderate right hydronephrosis. The left kidney is normal.", True, False),
        ("Gallstones. Pancreas and spleen unremarkable.", True, False),
        ("LEFT TESTIS: 8 mm hypoechoic mass. RIGHT TESTIS: normal.", True, False),
        # ... but part of an organ, or a single normal attribute, is not.
        ("A 2 cm cyst in the liver. The remainder of the liver is normal.", False, False),
        ("Nodule in the right lobe. Left lobe normal.", False, False),
        ("Transplant kidney 11 cm. Cortical echogenicity is normal.", False, False),
        # Nothing abnormal: a normal statement is the finding.
        ("Possible gallstone. Liver normal.", True, True),
        ("Liver, spleen and kidneys are normal.", True, True),
    ],
)
def test_normal_appearance_conventions(tax, text: str, beside: bool, only_normal: bool) -> None:
    value = next(v.us365k_label for v in tax.values("Diagnosis") if v.label.casefold().startswith("normal"))
    by_default = value in ReportParser(tax).parse(text).labels["Diagnosis"]
    only_if_nothing_else = value in ReportParser(tax, normal_beside_findings=False).parse(text).labels["Diagnosis"]
    assert by_default is (beside or only_normal), text
    assert only_if_nothing_else is only_normal, text


# -- generalisation rules (each class of error found on independently written reports) ----------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tendon sheath thickened with increased internal vascularity.", "increased vascularity"),
        ("The ulnar nerve is swollen, showing increased intraneural vascularity.", "increased vascularity"),
        ("Renal transplant with increased cortical vascularity.", "increased vascularity"),
        ("Solid node with markedly increased peripheral flow.", "increased vascularity"),
        ("Lesion demonstrates reduced central flow.", "reduced/diminished vascularity"),
        ("Peripheral vascularity is increased.", "increased vascularity"),
        ("The right epididymal head is bulky and hyperemic.", "increased vascularity"),
    ],
)
def test_amount_word_ranks_unranked_vascularity(parser: ReportParser, text: str, expected: str) -> None:
    assert parser.parse(text).labels["Vascularity"] == [expected]


def test_amount_cues_come_from_the_released_values(parser: ReportParser, tax) -> None:
    # Every amount cue maps to a released value of an ordinal dimension; most ranked vascularity values have one,
    # and the unranked ones ("chaotic" of indeterminate vascularity) are the pattern cues that yield to a grade.
    matcher = parser.nlp.get_pipe("udt_ontology_matcher")
    released = {c.iri for d in tax.dimensions if d.ordinal for c in tax.values(d.field)}
    ranked = {c.iri for d in tax.dimensions if d.ordinal for c in tax.values(d.field) if c.rank is not None}
    cue_iris = {matcher._keys[k][0] for table in matcher._amounts.values() for k in table.phrases.values()}
    assert cue_iris <= released
    vascular = {c.iri for c in tax.values("Vascularity") if c.rank is not None}
    assert len(cue_iris & vascular) >= 3
    assert {matcher._keys[k][0] for k in matcher._pattern_cues} & cue_iris == cue_iris - ranked


@pytest.mark.parametrize(
    ("text", "organ", "spurious"),
    [
        ("Urinary bladder: 18 mm soft-tissue mass on the left lateral wall.", "Bladder", "Soft tissues"),
        ("Anterior chest wall: 9 mm subcutaneous nodule, well defined.", "Thoracic wall", "Soft tissues"),
        ("Left axilla: 11 mm oval hypoechoic focus with a preserved fatty hilum.", "Axilla", "Lymph nodes"),
    ],
)
def test_modifier_anatomy_adds_no_organ(parser: ReportParser, text: str, organ: str, spurious: str) -> None:
    organs = parser.parse(text).labels["Organ_level"]
    assert organ in organs
    assert spurious not in organs


def test_modifier_anatomy_alone_still_names_the_organ(parser: ReportParser) -> None:
    # Without another organ in the sentence the pre-modifier is the only site the report gives.
    assert "Soft tissues" in parser.parse("A 3 cm soft-tissue mass, hypoechoic.").labels["Organ_level"]


@pytest.mark.parametrize(
    "text",
    [
        "Median nerve CSA 13 mm2 (normal <10 mm2), in keeping with carpal tunnel syndrome.",
        "CBD 6 mm, at the upper limit of normal.",
        "Spleen length 14 cm (normal up to 12 cm).",
        "Endometrial thickness 4 mm, normal range for age not applicable.",
    ],
)
def test_reference_ranges_are_not_normal_statements(parser: ReportParser, text: str) -> None:
    assert "normal appearance" not in parser.parse(text).labels["Diagnosis"]


@pytest.mark.parametrize(
    "text", ["The pancreas is normal.", "Thyroid: of normal size and echotexture.", "Both kidneys normal."]
)
def test_normal_organ_statements_still_count(parser: ReportParser, text: str) -> None:
    assert parser.parse(text).labels["Diagnosis"] == ["normal appearance"]


@pytest.mark.parametrize(
    ("text", "organ", "landmark"),
    [
        ("Complex cystic lesion in the left adnexa, posterior to the bladder.", "Adnexa", "Bladder"),
        ("Enlarged lymph node in the right neck, lateral to the thyroid.", "Lymph nodes", "Thyroid gland"),
        ("Hypoechoic mass in the right breast extending toward the axilla.", "Breast", "Axilla"),
    ],
)
def test_landmarks_set_location_not_organ(parser: ReportParser, text: str, organ: str, landmark: str) -> None:
    report = parser.parse(text)
    assert organ in report.labels["Organ_level"]
    assert landmark not in report.labels["Organ_level"]
    assert any(f.location and landmark.split()[0].casefold() in f.location for f in report.findings)


def test_landmark_is_kept_when_nothing_else_names_the_site(parser: ReportParser) -> None:
    assert "Knee" in parser.parse("Fluid collection at the level of the knee.").labels["Organ_level"]


def test_correlation_sentence_adds_no_organ(parser: ReportParser) -> None:
    labels = parser.parse("Solid thyroid nodule 14 mm. Correlate with the prior breast imaging.").labels
    assert "Breast" not in labels["Organ_level"]
    assert "Thyroid gland" in labels["Organ_level"]


@pytest.mark.parametrize(
    "text",
    [
        "6 y/o boy. Enlarged lymph node in the left neck.",
        "Toddler with neck swelling. Enlarged lymph node in the left neck.",
        "Patient aged 9. Enlarged lymph node in the left neck.",
        "A 10-month-old infant: enlarged lymph node in the left neck.",
        "PAEDIATRIC ULTRASOUND\nEnlarged lymph node in the left neck.",
    ],
)
def test_child_neck_node_is_pediatric(parser: ReportParser, text: str) -> None:
    assert parser.parse(text).labels["Organ_level"] == ["Pediatric head and neck"]


def test_adult_neck_node_is_not_pediatric(parser: ReportParser) -> None:
    assert parser.parse("Patient aged 64. Enlarged lymph node in the left neck.").labels["Organ_level"] == [
        "Lymph nodes"
    ]


def _absent(report: ParsedReport) -> set[tuple[str, str]]:
    return {(m.dimension, m.value) for m in report.mentions if m.status == "absent" and m.value}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Oval mass with no posterior enhancement or shadowing.", {("PosteriorAcoustics", "enhancement"),
                                                                   ("PosteriorAcoustics", "shadowing")}),
        ("Oval mass, without posterior shadowing or enhancement.", {("PosteriorAcoustics", "enhancement"),
                                                                    ("PosteriorAcoustics", "shadowing")}),
        ("Cyst without internal echoes or calcifications.", {("InternalCharacteristics", "calcifications")}),
        ("Nodule: no calcification or septations.", {("InternalCharacteristics", "calcifications"),
                                                     ("InternalCharacteristics", "septations")}),
    ],
)
def test_negation_scope_over_lists(parser: ReportParser, text: str, absent: set[tuple[str, str]]) -> None:
    report = parser.parse(text)
    assert absent <= _absent(report)
    assert not report.labels["PosteriorAcoustics"]


@pytest.mark.parametrize("text", [
    "Oval mass with no posterior features.",
    "Oval mass, no posterior acoustic features.",
    "Hypoechoic nodule. Posterior acoustics: none.",
    "Irregular mass with neutral posterior acoustics.",
])
def test_no_posterior_features_is_a_value_of_its_own_not_two_denials(parser: ReportParser, text: str) -> None:
    """The corpus guideline (Status): "Posterior features: none" names no released value, so it is neither a
    label nor a denial of enhancement and shadowing; the statement stays as evidence with no value."""
    report = parser.parse(text)
    assert not report.labels["PosteriorAcoustics"]
    assert not {pair for pair in _absent(report) if pair[0] == "PosteriorAcoustics"}
    assert not [m for m in report.mentions if m.dimension == "PosteriorAcoustics" and m.status == "uncertain"]
    if "none" not in text:
        assert [m.concept for m in report.mentions if m.dimension == "PosteriorAcoustics"] == [
            "no posterior acoustic features"]


def test_negated_vascularity_in_a_list_is_no_vascularity(parser: ReportParser) -> None:
    assert parser.parse("Cystic nodule with no calcification or vascularity.").labels["Vascularity"] == [
        "no vascularity"
    ]
