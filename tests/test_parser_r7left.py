"""Round r7left: "normal appearance" neither for one body of an organ made of several beside a finding in another
("the corpus spongiosum is normal") nor for a course of care or life in a patient's story ("a normal delivery")
(own passages, none copied from a corpus)."""

from __future__ import annotations

import pytest

from udt.parser import ReportParser

NORMAL = "normal appearance"


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


def _diagnoses(parser: ReportParser, text: str) -> set[str]:
    return set(parser.parse(text).labels["Diagnosis"])


def _hedged_or_present_normal(parser: ReportParser, text: str) -> bool:
    return any(m.value == NORMAL and not m.hypothetical for m in parser.parse(text).mentions)


def test_normal_corpus_beside_abnormal_corpora_is_a_part(parser: ReportParser) -> None:
    text = ("PENILE DOPPLER\nThe left corpus cavernosum contains a 9 mm echogenic plaque. "
            "The corpus spongiosum is normal.")
    assert NORMAL not in _diagnoses(parser, text)


def test_normal_penile_study_is_still_normal(parser: ReportParser) -> None:
    text = "PENILE DOPPLER\nBoth corpora cavernosa are normal. The corpus spongiosum is unremarkable."
    assert _diagnoses(parser, text) == {NORMAL}


def test_normal_delivery_question_is_no_finding(parser: ReportParser) -> None:
    text = ("My scan at 22 weeks says 'a 4 cm fibroid in the fundus'. Will I be able to have a normal delivery? "
            "Thanks!")
    assert NORMAL not in _diagnoses(parser, text)
    assert not _hedged_or_present_normal(parser, text)


def test_normal_vaginal_birth_in_history_is_no_finding(parser: ReportParser) -> None:
    text = ("PELVIC US\nClinical: normal vaginal birth 2019, now pelvic pain.\n"
            "Findings: The uterus contains a 3 cm intramural fibroid.")
    assert NORMAL not in _diagnoses(parser, text)


def test_normal_organ_in_a_patient_post_is_still_normal(parser: ReportParser) -> None:
    # guard: the event words stop only the "normal" before them
    text = "Report says 'both ovaries are normal, no cysts'. I had a normal delivery 2 years ago."
    assert _diagnoses(parser, text) == {NORMAL}


def test_companion_nodes_beside_a_described_node_are_no_normal_study(parser: ReportParser) -> None:
    text = ("US RIGHT AXILLA\nFindings: A 22 mm round, hypoechoic lymph node with an absent fatty hilum. "
            "A few other nodes of normal morphology lie beside it.")
    assert NORMAL not in _diagnoses(parser, text)


def test_smaller_normal_nodes_in_the_groin_are_part_of_the_finding(parser: ReportParser) -> None:
    text = ("US LEFT GROIN\nThere is a 30 mm oval hypoechoic lymph node in the left groin with cortical thickening. "
            "Several smaller nodes with normal morphology nearby.")
    assert NORMAL not in _diagnoses(parser, text)


def test_normal_nodes_of_the_other_side_are_still_a_normal_side(parser: ReportParser) -> None:
    # guard: no companion word, nodes of the other axilla stated normal are one side examined
    text = ("Right axilla: a 24 mm round hypoechoic lymph node without hilum. "
            "Left axilla: lymph nodes of normal appearance.")
    assert NORMAL in _diagnoses(parser, text)


def test_companion_nodes_alone_in_a_normal_neck_stay_normal(parser: ReportParser) -> None:
    # guard: no other node is described, so the study is normal
    text = "US NECK\nThe thyroid is normal. Several small cervical nodes of normal morphology."
    assert _diagnoses(parser, text) == {NORMAL}


def _margins(parser: ReportParser, text: str) -> set[str]:
    return set(parser.parse(text).labels["Margins"])


def test_regular_borders_of_a_whole_organ_are_no_margin(parser: ReportParser) -> None:
    text = ("Liver of usual size, with regular borders and homogeneous echostructure, without focal lesions. "
            "Gallbladder with a 9 mm stone casting a posterior acoustic shadow.")
    assert _margins(parser, text) == set()


def test_smooth_edges_of_the_spleen_are_no_margin(parser: ReportParser) -> None:
    text = "Spleen 10 cm with smooth edges. The right kidney has a 15 mm simple cyst."
    assert _margins(parser, text) == set()


def test_regular_borders_of_a_lesion_stay_a_margin(parser: ReportParser) -> None:
    # guard: the borders belong to the formation named in the same sentence
    text = "In segment 6 of the liver a 12 mm hypoechoic formation with regular borders, avascular."
    assert _margins(parser, text) == {"well-defined"}


def _absent(parser: ReportParser, text: str) -> set[tuple[str, str]]:
    return {(m.dimension, m.value) for m in parser.parse(text).mentions if m.status == "absent" and m.value}


def test_denied_periventricular_echogenicity_is_absent_hyperechoic(parser: ReportParser) -> None:
    text = ("NEONATAL CRANIAL US\nSmall right germinal matrix haemorrhage, grade I. Ventricles not dilated. "
            "No periventricular echogenicity.")
    assert ("Echogenicity", "hyperechoic") in _absent(parser, text)
    assert "hyperechoic" not in set(parser.parse(text).labels["Echogenicity"])


def test_normal_periventricular_echogenicity_states_no_echogenicity(parser: ReportParser) -> None:
    # guard: asserted (here called normal) the phrase is no bright tissue, and nothing is denied
    text = "NEONATAL CRANIAL US\nVentricles normal. Normal periventricular echogenicity. No haemorrhage."
    assert not parser.parse(text).labels["Echogenicity"]
    assert ("Echogenicity", "hyperechoic") not in _absent(parser, text)
