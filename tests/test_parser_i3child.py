"""Organs of a child's report and of a woman's urethra.

- A child's bare region word ("neck") is filed under a paediatric organ, and every organ of a child's report lies in
  the one Pediatrics body system, so the old test (does the report name an organ of another system?) never dropped
  it: an infant hip's "capsule-to-neck" distance and a popliteal cyst's "neck" gave Pediatric head and neck. Now the
  organs its sentence's anatomy names decide (udt.parser.settling).
- The ontology files the urethra under Penis and perineum; a woman's urethra is the bladder's (guideline decision:
  the female urethra, bladder neck and a urethral diverticulum -> Bladder) (udt.parser.female_urethra).

Inventory (development corpus reports_blind_final_32): by033, by049, by070 (neck), by023, by056, by086, by097
(urethra). Passages written for this file.
"""

from __future__ import annotations

from parser_reading import labels_of

from udt.parser import ReportParser

_ORGAN = "Organ_level"


def test_child_hip_capsule_to_neck_is_no_head_and_neck(parser: ReportParser) -> None:
    text = ("US HIPS. 4-year-old girl, limp. Left hip: anechoic effusion in the anterior recess, 8 mm "
            "capsule-to-neck. Right hip 2 mm, normal.")
    assert labels_of(parser, text, _ORGAN) == ["Infant hip and knee"]


def test_child_popliteal_cyst_neck_is_no_head_and_neck(parser: ReportParser) -> None:
    text = ("6-year-old boy, lump behind the right knee. In the popliteal fossa a 2.4 cm anechoic cyst with a narrow "
            "neck towards the joint, no flow.")
    assert labels_of(parser, text, _ORGAN) == ["Infant hip and knee"]


def test_child_neck_scan_keeps_its_neck(parser: ReportParser) -> None:
    # near miss: the neck is itself examined
    text = "9-year-old boy. Right neck: several reactive lymph nodes with preserved hila, largest 14 mm."
    assert labels_of(parser, text, _ORGAN) == ["Pediatric head and neck"]


def test_adult_neck_word_unchanged(parser: ReportParser) -> None:
    # near miss: an adult's report is read by body systems, as before
    text = "55-year-old man. Neck: two enlarged level III lymph nodes, largest 2.1 cm, with loss of the fatty hilum."
    assert labels_of(parser, text, _ORGAN) == ["Lymph nodes"]


def test_woman_urethra_is_the_bladder(parser: ReportParser) -> None:
    text = ("52F, stress incontinence. Translabial US: urethra of normal length, bladder neck descent 14 mm on "
            "Valsalva. Bladder normal.")
    assert labels_of(parser, text, _ORGAN) == ["Bladder"]


def test_woman_urethral_diverticulum_is_the_bladder(parser: ReportParser) -> None:
    text = ("Transvaginal scan in a woman with recurrent UTIs: a 1.4 cm anechoic urethral diverticulum posterior to "
            "the mid urethra.")
    assert "Penis and perineum" not in labels_of(parser, text, _ORGAN)
    assert "Bladder" in labels_of(parser, text, _ORGAN)


def test_man_urethra_stays_the_penis(parser: ReportParser) -> None:
    # near miss: a man's urethra is the penis's
    text = "64M. Penile US: a 6 mm echogenic calculus in the bulbar urethra with shadowing."
    assert "Penis and perineum" in labels_of(parser, text, _ORGAN)


def test_infantile_haemangioma_of_the_forehead_is_a_childs_head_and_neck(parser: ReportParser) -> None:
    # the condition makes the report a child's and lies in the subcutis, not in the liver
    text = ("Infantile haemangioma of the forehead. A 1.6 cm well-defined hyperechoic mass in the subcutis with "
            "increased vascularity.")
    assert labels_of(parser, text, _ORGAN) == ["Pediatric head and neck"]
    assert labels_of(parser, text, "Body_system_level") == ["Pediatrics"]
    assert labels_of(parser, text, "Diagnosis") == ["mass"]


def test_scalp_infantile_haemangioma_beside_the_skull(parser: ReportParser) -> None:
    text = ("3-month-old, scalp lump. 2 cm hyperechoic subcutaneous mass with rich vascularity; outer table of the "
            "skull intact. Diagnosis: infantile hemangioma.")
    assert labels_of(parser, text, _ORGAN) == ["Pediatric head and neck"]


def test_adult_liver_haemangioma_unchanged(parser: ReportParser) -> None:
    # near miss: an adult's haemangioma still lies in the liver
    text = "58-year-old woman. A 14 mm well-defined hyperechoic lesion in segment 6, typical of a haemangioma."
    assert labels_of(parser, text, _ORGAN) == ["Liver"]
