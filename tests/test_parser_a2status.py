"""Statuses of diagnoses as writers word them (issue 11, stop 39): a probability word alone in brackets after the
diagnosis it weighs, and "metastatic" naming a process at work in a structure already named.

A row names the report-level reading of one value, as the corpus scoring reads it: "present" (labelled), "absent" or
"uncertain" (a mention with that status and no label), or None (neither labelled nor mentioned). No row is a corpus
sentence."""

from __future__ import annotations

import pytest
from parser_reading import lesions_of, reading_of

from udt.parser import ReportParser

DX = "Diagnosis"
MASS, CYST = "mass", "cyst"

# A probability word alone in brackets after a diagnosis ("lipoma (probable)"): the diagnosis is doubted, as "a
# probable lipoma" is; the bracket closes the doubt, so what follows it keeps its own status.
BRACKETED_PROBABILITY = [
    ("Conclusion:\n1. Lipoma of the left forearm (favour).\n2. No collection.", DX, MASS, "uncertain"),
    ("Summary: echogenic focus in segment 5, haemangioma (probable).", DX, MASS, "uncertain"),
    ("Right breast 2 o'clock: fibroadenoma (most likely), 9 mm.", DX, MASS, "uncertain"),
    ("Opinion - splenic haemangioma (possible); follow-up in a year.", DX, MASS, "uncertain"),
    ("Left ovary: endometrioma (likely), 28 mm.", DX, CYST, "uncertain"),
    # near misses: the bracket does not reach past its comma to the next item, nor doubt an asserted diagnosis
    # named elsewhere; a bracket that goes on after the word ("(likely benign)") weighs the nature, not the lesion
    ("Impression: hepatic haemangioma (favour), simple cyst of the right kidney.", DX, CYST, "present"),
    ("Impression: hepatic haemangioma (favour). Right renal angiomyolipoma, 14 mm.", DX, MASS, "present"),
    ("A 12 mm solid nodule in the left breast (likely benign).", DX, "nodule", "present"),
    ("Impression: lipoma of the back, 4 cm.", DX, MASS, "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), BRACKETED_PROBABILITY)
def test_a_bracketed_probability_doubts_the_diagnosis_before_it(parser: ReportParser, text: str, field: str,
                                                               value: str, reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# "Metastatic involvement / infiltration" of a node or organ already named: what may be happening to it, no
# metastasis of its own; "metastatic deposit", "metastatic node" and "metastasis" still name one.
METASTATIC_PROCESS = [
    ("Left axilla: a 21 mm node with a lobulated cortex, concerning for metastatic involvement.", DX, MASS, None),
    ("Right level IV node, 13 x 8 mm, hilum effaced - suspicious of metastatic infiltration.", DX, MASS, None),
    ("Rounded inguinal node without a hilum; metastatic involvement cannot be excluded.", DX, MASS, None),
    # near misses: a named metastasis is a mass, doubted or asserted
    ("Left axilla: a 21 mm node with a lobulated cortex, concerning for metastasis.", DX, MASS, "uncertain"),
    ("Right level IV node, hilum effaced, suspicious for a metastatic deposit.", DX, MASS, "uncertain"),
    ("Abnormal left level II node, worrisome for metastatic disease.", DX, MASS, "uncertain"),
    ("Liver: two metastatic deposits in segment 6, largest 19 mm.", DX, MASS, "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), METASTATIC_PROCESS)
def test_metastatic_involvement_names_no_metastasis(parser: ReportParser, text: str, field: str, value: str,
                                                    reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


def test_a_node_suspected_of_metastatic_involvement_is_no_mass_finding(parser: ReportParser) -> None:
    lesions = lesions_of(parser, "Right axilla: a 19 mm round node with an effaced hilum, suspicious for metastatic "
                                 "involvement.")
    assert all(diagnosis != MASS for _, diagnosis, _, _ in lesions)


# "DD" (the European abbreviation of the differential diagnosis) right before the diagnoses it offers, with or without
# a colon: each listed diagnosis is doubted. A parent's "DD" (dear daughter) in a post offers nothing.
DIFFERENTIAL_ABBREVIATION = [
    ("Liver: 28 mm hyperechoic lesion in segment 7. DD haemangioma, adenoma.", DX, MASS, "uncertain"),
    ("Spleen: hypoechoic focus, 12 mm. DD: lymphoma, haemangioma; MRI advised.", DX, MASS, "uncertain"),
    ("Pelvis: 4 cm fluid-filled structure. DD lymphocele / seroma.", DX, "fluid collection", "uncertain"),
    # near misses: a post's daughter, and a diagnosis asserted before the differential of another finding
    ("My DD (9 weeks) had a scan of a lump on her neck, they said it is a small lipoma.", DX, MASS, "present"),
    ("DD is 6 and has had a haemangioma on her arm since birth, the scan showed it is 14 mm.", DX, MASS, "present"),
    ("Left kidney: simple cyst 2 cm. Liver: echogenic focus, DD haemangioma.", DX, CYST, "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), DIFFERENTIAL_ABBREVIATION)
def test_dd_offers_a_differential(parser: ReportParser, text: str, field: str, value: str,
                                  reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading
