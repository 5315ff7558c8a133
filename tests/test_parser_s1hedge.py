"""Malignancy words read as the rolled-up diagnosis they name, and hedges writers use around them (issue 11): a
"malignancy", a "mesothelioma" or a "lymphomatous involvement" is a mass (corpus guideline: most solid tumours ->
mass), but a thyroid's malignancy is its nodule (thyroid carcinoma -> nodule); "X until proven otherwise" holds X as
the working diagnosis, not as proven.

A row names the report-level reading of one value, as the corpus scoring reads it: "present" (labelled), "absent" or
"uncertain" (a mention with that status and no label), or None (neither labelled nor mentioned). No row is a corpus
sentence."""

from __future__ import annotations

import pytest
from parser_reading import reading_of

from udt.parser import ReportParser

DX = "Diagnosis"
MASS, NODULE = "mass", "nodule"

# Malignancy words the ontology names as a mass: hedged, asserted, and denied (a denied "malignancy" is a benign
# verdict on what was seen and denies no mass).
MALIGNANCY_WORDS = [
    ("Left breast, 2 o'clock: 9 mm irregular hypoechoic lesion. BI-RADS 4C, suspicious for malignancy.",
     DX, MASS, "uncertain"),
    ("Testis: 12 mm hypoechoic intratesticular lesion with flow; malignancy is not excluded.", DX, MASS, "uncertain"),
    ("Pleura: nodular thickening 9 mm with a small effusion. Mesothelioma cannot be excluded.", DX, MASS,
     "uncertain"),
    ("Splenomegaly 15 cm with three hypoechoic foci; lymphomatous involvement is a possibility.", DX, MASS,
     "uncertain"),
    ("Histology of the pleural biopsy: epithelioid mesothelioma.", DX, MASS, "present"),
    # near misses: a denied malignancy denies no mass; a relative's malignancy is no finding
    ("Right breast: 7 mm oval circumscribed cyst. No sonographic features of malignancy.", DX, MASS, None),
    ("Left kidney: 14 mm simple cyst, no evidence of malignancy.", DX, MASS, None),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), MALIGNANCY_WORDS)
def test_malignancy_words_name_a_mass(parser: ReportParser, text: str, field: str, value: str,
                                      reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# In a thyroid report a bare malignancy word weighs the nodule it follows (or, in its own sentence, precedes): the
# nodule's suspected nature, not a mass of its own. Elsewhere, and for another gland's lesion, it stays a mass.
THYROID_MALIGNANCY = [
    ("Thyroid: left lobe 11 mm solid hypoechoic nodule, taller than wide, TR5, suspicious for malignancy.",
     DX, MASS, None),
    ("Thyroid: left lobe 11 mm solid hypoechoic nodule, taller than wide, TR5, suspicious for malignancy.",
     DX, NODULE, "present"),
    ("THYROID: right lobe nodule 16 mm with microcalcifications. Carcinoma cannot be excluded. FNA advised.",
     DX, MASS, None),
    ("Thyroid gland: malignancy-suspicious nodule of 14 mm in the isthmus.", DX, MASS, None),
    # near misses: no thyroid named; the malignancy weighs a breast lesion in a report that also names the thyroid
    ("Right breast: 12 mm nodule with angular margins, suspicious for malignancy.", DX, MASS, "uncertain"),
    ("Thyroid normal. Right breast: irregular hypoechoic lesion 14 mm, suspicious for malignancy.", DX, MASS,
     "uncertain"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), THYROID_MALIGNANCY)
def test_a_thyroid_malignancy_is_its_nodule(parser: ReportParser, text: str, field: str, value: str,
                                            reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# The working diagnosis "until proven otherwise": held, not proven (a hedge looking back over its alternatives).
UNTIL_PROVEN = [
    ("Impression: solid 3 cm left renal mass - renal cell carcinoma until proven otherwise.", DX, MASS, "present"),
    ("Focal pleural nodularity with effusion: metastases or mesothelioma until proven otherwise.", DX, MASS,
     "uncertain"),
    ("Conclusion: cirrhotic liver with a 2 cm hypoechoic lesion in segment 6, HCC until proved otherwise.", DX,
     MASS, "uncertain"),
    # near miss: the asserted finding before it stays asserted
    ("Right ovary: 6 cm mass with solid papillary parts - malignant until proven otherwise.", DX, MASS, "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), UNTIL_PROVEN)
def test_until_proven_otherwise_holds_a_diagnosis(parser: ReportParser, text: str, field: str, value: str,
                                                  reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# "Consider" with a diagnosis as its object offers it (a hedge); with a test or treatment it recommends, and the
# finding named after that object is only supposed.
CONSIDER = [
    ("Liver: several hypoechoic target lesions up to 2 cm. Consider metastatic deposits.", DX, MASS, "uncertain"),
    ("Spleen: two ill-defined hypoechoic foci. Consider lymphoma; correlate with bloods.", DX, MASS, "uncertain"),
    ("Left adnexa: 4 cm thick-walled cystic lesion with debris, consider a tubo-ovarian abscess.", DX,
     "fluid collection", "uncertain"),
    # near misses: a recommendation's object is a test or a treatment
    ("Indeterminate 15 mm solid renal lesion. Consider CT to exclude a mass.", DX, MASS, None),
    ("Complex collection in the right flank. Consider aspiration of the collection.", DX, "fluid collection",
     "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), CONSIDER)
def test_consider_offers_a_diagnosis(parser: ReportParser, text: str, field: str, value: str,
                                     reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# The answer to a question asking for the differential offers each diagnosis it names, the first ranked too; an
# answer to "Diagnosis?" asserts, and the answer ends at the next question.
DIFFERENTIAL_ANSWERS = [
    ("Examiner: Solid 4 cm lesion above the right kidney.\nExaminer: Differential?\nCandidate: Adrenal adenoma "
     "first; a metastasis or a phaeochromocytoma are the alternatives.", DX, MASS, "uncertain"),
    ("Case 4. Hypoechoic thickened bowel loop in the right iliac fossa. DDx? Lymphoma, carcinoma.", DX, MASS,
     "uncertain"),
    ("Q: What are the differential diagnoses?\nA: Abscess is favoured, then an infected haematoma.", DX,
     "fluid collection", "uncertain"),
    # near misses: "Diagnosis?" is answered with an assertion; the answer ends at the next question; a denial
    # stays a denial
    ("Examiner: Diagnosis?\nCandidate: A fibroadenoma.", DX, MASS, "present"),
    ("Examiner: Differential?\nCandidate: Lipoma or haematoma.\nExaminer: Final diagnosis?\nCandidate: A "
     "lipoma, proven at excision; the 3 cm abscess beside it was drained.", DX, "fluid collection", "present"),
    ("Examiner: Differential?\nCandidate: A lipoma; no features of an abscess.", DX, "fluid collection", "absent"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), DIFFERENTIAL_ANSWERS)
def test_an_answer_to_differential_offers_its_diagnoses(parser: ReportParser, text: str, field: str, value: str,
                                                        reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# A backward hedge reaches over a relative clause set off by commas to the noun the clause describes.
RELATIVE_CLAUSES = [
    ("A small abscess, which would explain the fever, cannot be excluded.", DX, "fluid collection", "uncertain"),
    ("Probable haemangioma in segment 6, although a metastasis, which is the main worry, cannot be excluded.", DX,
     MASS, "uncertain"),
    ("The main differential is a cystic neuroblastoma, which cannot be excluded on one scan.", DX, MASS,
     "uncertain"),
    # near misses: a relative clause before an assertion asserts; a hedge after a comma without a relative clause
    # keeps to its own clause
    ("A simple cyst, which measures 2 cm, is present in the left kidney.", DX, "cyst", "present"),
    ("Left kidney: 2 cm simple cyst, adjacent fluid; an abscess cannot be excluded.", DX, "cyst", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), RELATIVE_CLAUSES)
def test_a_hedge_reaches_over_a_relative_clause(parser: ReportParser, text: str, field: str, value: str,
                                                reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading
