"""Organ / body-system error classes of the real-world-like development corpora (wave q1: reports_blind_final_12
and _14, reports_dev_realworld_5/6/7, reports_blind_final, reports_multiorgan_findings_62/63/64/66).

Classes fixed (corpus ids where they were seen) and what each block below checks:
  * The patient's own primary cancer named as the scan's background: b081 "a known colonic primary", q078 "after
    bowel cancer surgery", og034 "Known colon cancer, on chemotherapy", l122 "receiving chemotherapy for breast
    cancer" -> the colon, the bowel, the breast labelled as examined (primary_cancers.py). Guards: a known cancer
    placed or measured now, a cancer suspected now, an organ examined besides.
  * Organs of a study this scan did not do: bg014 "Scan the kidneys and ovaries in every case" (a teaching
    imperative), bg046 "(heart echo is next month)" (a study to come) -> labelled as examined
    (unperformed_studies.py). Guards: a noun "scan", a study title, a recommendation.
  * A landmark reported on in a relative clause of its own: z085 "separate from the upper pole of the right kidney,
    which is normal" -> the kidney missed (landmarks.py, sites.py: labelled, the lesion keeps its own site).
  * A list of organs opening the sentence after a lesion: z153 "... hypoechoic foci. Small ascites. Gallbladder and
    kidneys normal.", z066 "Gallbladder, pancreas, spleen and kidneys normal." -> the gallbladder read as a structure
    of the lesion before (landmarks.py). Guard: a structure named inside the lesion's own sentence.
  * A hedged parathyroid lesion beside the thyroid with several descriptors between the landmark and the hedged
    diagnosis ("Posterior to the left thyroid lobe there is a 12 mm oval hypoechoic nodule, likely a parathyroid
    adenoma") -> the thyroid: the rule read only three mentions either side (settling.py reads the sentence).
    l131 (the hedge in a later sentence of a figure legend) is left.

Each passage is written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

ORGAN = "Organ_level"
DIAGNOSIS = "Diagnosis"


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


# -- the patient's primary cancer named as background ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "organs", "diagnoses"),
    [
        ("Follow-up after sigmoid colon cancer resection. Liver: three new hypoechoic lesions with a halo, the "
         "largest 22 mm.", ["Liver"], []),
        ("Staging scan, known rectal cancer. Liver homogeneous, no focal lesion.", ["Liver"], ["normal appearance"]),
        ("Liver: multiple target lesions, metastases from a known pancreatic primary.", ["Liver"], ["mass"]),
        ("Liver segment VI: 31 mm solid lesion, metastasis from renal cell carcinoma.", ["Liver"], ["mass"]),
        ("A 55-year-old woman on chemotherapy for breast cancer. Moderate right pleural effusion, 4 cm deep.",
         ["Pleural space"], ["fluid collection"]),
        ("Mum had her scan 3 months after bowel cancer surgery. They said the liver has two small spots, 9 and 12 mm.",
         ["Liver"], []),
        # Guards: a known cancer placed or measured now, a cancer suspected now, an organ examined besides.
        ("Known papillary carcinoma in the right lobe: 14 mm hypoechoic nodule with microcalcifications.",
         ["Thyroid gland"], ["nodule"]),
        ("Known renal cell carcinoma, 42 mm, upper pole, unchanged.", ["Kidney and ureter"], ["mass"]),
        ("Right breast: 2 cm irregular hypoechoic mass at 10 o'clock, suspicious for breast cancer.", ["Breast"],
         ["mass"]),
        ("Known colon cancer. Liver normal. Sigmoid colon: 5 cm segment of irregular wall thickening.",
         ["Liver", "Gastrointestinal tract"], ["normal appearance"]),
    ],
)
def test_primary_cancer_background_names_no_organ(parser: ReportParser, text: str, organs: list[str],
                                                   diagnoses: list[str]) -> None:
    assert sorted(labels_of(parser, text, ORGAN)) == sorted(organs)
    assert sorted(labels_of(parser, text, DIAGNOSIS)) == sorted(diagnoses)


# -- organs of a study this scan did not do: a teaching imperative, a study still to come ----------------------------
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Liver: 4 cm hydatid cyst with daughter cysts. Teaching point: scan the spleen and both kidneys too.",
         ["Liver"]),
        ("Gallbladder packed with stones. Always check the pancreas in these patients.",
         ["Gallbladder and bile ducts"]),
        ("Right testis normal, left testis small. Remember to look at the inguinal canals next time.", ["Scrotum"]),
        ("Lesson learned: don't forget to examine the contralateral breast. Left axilla: 2 cm node, no hilum.",
         ["Axilla"]),
        ("Thyroid: both lobes normal, no nodules. Her heart echo is booked for next month.", ["Thyroid gland"]),
        ("Liver enlarged, fatty. Renal ultrasound planned for Friday.", ["Liver"]),
        # Guards: a noun "scan", a heading before a report, an organ studied now.
        ("Scan shows a normal spleen. Liver: 2 cm cyst.", ["Liver", "Spleen"]),
        ("Scan of the kidneys: right 10.9 cm, left 11.2 cm, no hydronephrosis.", ["Kidney and ureter"]),
        ("Kidney ultrasound: both kidneys normal in size, no stones.", ["Kidney and ureter"]),
        ("Recommend thyroid ultrasound. Liver: 3 cm simple cyst.", ["Liver"]),
    ],
)
def test_organs_of_an_unperformed_study_are_not_examined(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == sorted(organs)


# -- a landmark reported on in a relative clause of its own is examined too ------------------------------------------
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("A 9 mm ganglion cyst arising from the scapholunate joint, abutting the radial artery, which is patent.",
         ["Wrist and carpus", "Peripheral arteries"]),
        ("Right adrenal: 2.6 cm hypoechoic mass above the upper pole of the right kidney, which is normal.",
         ["Adrenal glands", "Kidney and ureter"]),
        # Guard: a landmark only.
        ("Right adrenal: 2.6 cm hypoechoic mass above the upper pole of the right kidney.", ["Adrenal glands"]),
    ],
)
def test_landmark_reported_on_is_examined(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == sorted(organs)


# -- a list of organs opening the sentence after a lesion is reported on ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Liver: several small hypoechoic foci, the largest 8 mm. Gallbladder and spleen unremarkable. No ascites.",
         ["Gallbladder and bile ducts", "Liver", "Peritoneum mesentery and omentum", "Spleen"]),
        ("Spleen: 13 cm with two echogenic foci. Gallbladder, pancreas and kidneys normal.",
         ["Gallbladder and bile ducts", "Kidney and ureter", "Pancreas", "Spleen"]),
        # Guard: a structure of the lesion in the same sentence.
        ("Left axilla: 19 mm node with a thickened cortex and fatty hilum effaced.", ["Axilla"]),
    ],
)
def test_organ_list_opening_a_sentence_is_examined(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == sorted(organs)


# -- a hedged parathyroid lesion beside the thyroid, however many descriptors stand between --------------------------
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Deep to the lower pole of the right thyroid lobe there is a 13 x 6 mm oval, well-defined, homogeneously "
         "hypoechoic nodule, probably a parathyroid adenoma.", ["Parathyroid glands"]),
        ("Posterior to the left thyroid lobe: a 9 mm oval hypoechoic solid nodule, likely a parathyroid adenoma.",
         ["Parathyroid glands"]),
        # Guards: a nodule inside the lobe, hedged as a thyroid nodule; a parathyroid adenoma asserted.
        ("In the left thyroid lobe there is a 9 mm oval hypoechoic solid nodule, likely a colloid nodule.",
         ["Thyroid gland"]),
        ("Posterior to the right thyroid lobe, a 12 mm oval hypoechoic nodule consistent with a parathyroid adenoma.",
         ["Parathyroid glands"]),
    ],
)
def test_hedged_parathyroid_lesion_beside_the_thyroid(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == sorted(organs)
