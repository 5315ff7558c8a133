"""Size and side error classes of reports_multiorgan_findings_70 (written blind at stop 34).

Classes fixed, each with guards where the rule must not fire:
  * Latin dexter/sinister as bare letters heading each side's paragraph ("D: ... formation 14 x 7 mm" over "S:
    analogous formation 9 x 5 mm"), as Russian and Ukrainian writers mark sides: read as sides only where both letters
    head a paragraph with a colon ("D:" alone is a lesion's label, "cm/s" a unit).
  * A baby the poster has not had ("still no baby yet", Filipino "wala pang baby") is no child patient, as a baby
    wished for is not: an adult's uterus and ovaries stay the adult organs.
  * A plural lesion word placed before the colon that heads marked lines ("two hyperechoic lesions in the right
    lobe:" of the liver over "(a) segment VI - 1.4cm x 1.2cm" and "(b) segment VIII - 0.9cm"): one lesion per line,
    each in the organ the heading's sentence carries; before, the lines were one lesion with the first line's size.
    A side word there only where it names a part of an unpaired organ (the liver's lobe): a paired organ's side the
    lines would lose, so "two nodules in the left lobe:" of the thyroid stays the one lesion it was.
  * "Clinical summary:" is a history heading: its "?fibroadenoma" is the referral's question, no finding of this
    scan (an unmeasured finding before the measured one took the benchmark's pairing).

Each row is a passage written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of, lesions_of

from udt.parser import ReportParser

K, TH, LI = "Kidney and ureter", "Thyroid gland", "Liver"


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


# -- "D:" / "S:" paragraphs are the right and left sides ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ULTRASOUND OF THE AXILLARY REGIONS\nD: in the subcutaneous fat an oval hypoechoic formation 14 x 7 mm with a "
         "fatty hilum.\nS: analogous formation 9 x 5 mm.\nConclusion: reactive lymph nodes.",
         [("Axilla", None, "right", 14.0), ("Axilla", None, "left", 9.0)]),
        ("USI OF THE POPLITEAL FOSSAE\nD: anechoic formation 31 x 12 mm between the gastrocnemius and semimembranosus "
         "tendons.\nS: no formations.\n",
         [("Knee", None, "right", 31.0)]),
        # guards: "D:" alone labels a lesion; "cm/s" and a bare "D:" are no side pair
        ("Breast lesions:\nC: complicated cyst 6 mm, decreased. D: previous cyst, resolved.\n",
         [("Breast", None, None, None), ("Breast", "cyst", None, 6.0)]),
        ("Liver: cyst 12 mm in segment 6. Portal vein velocity 25 cm/s.\nD: 14 mm.",
         [(LI, "cyst", None, 12.0)]),
    ],
)
def test_latin_letter_side_headings(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected


# -- a baby not had yet is no child patient ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected", "system"),
    [
        ("Hi mga mommies, TVS ko po: \"Uterus 7.2 x 4.5 x 4.1 cm with a 1.8 cm intramural myoma. Right ovary with a "
         "2.4 cm simple cyst.\" 29 y/o po, wala pang baby. Normal lang ba?",
         [("Uterus", "mass", None, 18.0), ("Adnexa", "cyst", "right", 24.0)], ["Gynaecology"]),
        ("I'm 34 and still no baby yet. My scan said: uterus normal, left ovary has a 3.1 cm simple cyst.",
         [("Adnexa", "cyst", "left", 31.0)], ["Gynaecology"]),
        # guard: the baby had the scan
        ("Our baby had a hip scan at 6 weeks: left hip Graf IIa. Also a 4 mm simple cyst in the left kidney.",
         [("Pediatric urinary tract", "cyst", "left", 4.0)], ["Pediatrics"]),
    ],
)
def test_baby_not_had_is_no_child(parser: ReportParser, text: str, expected: list, system: list) -> None:
    assert lesions_of(parser, text) == expected
    assert labels_of(parser, text, "Body_system_level") == system


# -- a placed plural heading over marked lines -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("FINDINGS:\nThe liver is normal in size. There are two hyperechoic lesions in the right lobe:\n(a) segment VI "
         "- 1.4cm x 1.2cm, well defined\n(b) segment VIII - 0.9cm, similar appearance.\nGallbladder normal.",
         [(LI, None, None, 14.0), (LI, None, None, 9.0)]),
        ("Liver: coarse echotexture. Several hyperechoic lesions in the liver, as follows:\n- segment 6, 22 mm\n"
         "- segment 2, 9 mm\nSpleen normal.",
         [(LI, None, None, 22.0), (LI, None, None, 9.0)]),
        ("Spleen 11 cm. Liver normal in size. There are three small cysts in the left lobe:\n1. segment 2, 6 mm\n"
         "2. segment 3, 4 mm\n3. segment 4b, 3 mm",
         [(LI, "cyst", None, 6.0), (LI, "cyst", None, 4.0), (LI, "cyst", None, 3.0)]),
        # a paired organ's side in the heading is each line's lesion's (marked_lists.listed_side)
        ("Thyroid: normal size. There are two solid nodules in the left lobe:\n1. upper pole, 12 x 8 mm, isoechoic\n"
         "2. lower pole, 6 mm, hypoechoic.\nRight lobe normal.",
         [(TH, "nodule", "left", 12.0), (TH, "nodule", "left", 6.0)]),
        ("Kidneys normal in size. Several simple cysts in the right kidney, as follows:\n- upper pole 22 mm\n"
         "- lower pole 9 mm\nLeft kidney normal.",
         [(K, "cyst", "right", 22.0), (K, "cyst", "right", 9.0)]),
        # guard: lines with no list mark are the organ's own measurements
        ("There are two nodules in the left lobe:\nRight lobe 14 x 15 x 42 mm.\nIsthmus 3 mm.",
         [(TH, "nodule", "left", None)]),
    ],
)
def test_placed_heading_over_marked_lines(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected


# -- "Clinical summary:" is the history --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BREAST ULTRASOUND REPORT\nClinical summary: 41yr old trader, left breast lump. ?Fibroadenoma ?Breast abscess."
         "\nFINDINGS: LEFT BREAST: an oval circumscribed hypoechoic mass at 3 o'clock measuring 2.4cm x 1.5cm.\n"
         "IMPRESSION: Left breast fibroadenoma.",
         [("Breast", "mass", "left", 24.0)]),
        ("Clinical summary: follow-up of a known 2 cm right renal cyst.\nFINDINGS: The right kidney shows a simple "
         "cortical cyst of 2.3cm at the upper pole.",
         [(K, "cyst", "right", 23.0)]),
    ],
)
def test_clinical_summary_is_history(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected
