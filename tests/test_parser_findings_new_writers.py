"""Inventory: lesion sizes, and whether a lesion is found at all, in the wordings of writers the findings pass had
not met (non-native dictation, planning scans, rheumatology and transplant notes, audit proformas), written for
this file.

Each row is a passage and the lesion findings it should give, in report order: (organ, released diagnosis, side,
largest size in mm). Per the corpus guideline the size is the lesion's largest current dimension: never a prior
size, a distance or an organ's own measurement.
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]


# 1. A diagnosis after a dash at the end of a lesion's clause names that lesion ("collection ..., 4 cm - abscess";
#    "lesion ..., 18 mm - ddx haemangioma vs fat"): the size stated before the dash is the lesion's, and the dash
#    makes no second lesion. A diagnosis after the dash with its own size, or a new organ, is another lesion.
DASH_DIAGNOSES: list[Row] = [
    ("Right breast: irregular fluid collection at 10 o'clock, 4 cm from the nipple, 3.6 x 2.2 cm, thick rind - "
     "abscess.", [("Breast", "fluid collection", "right", 36.0)]),
    ("Liver: solitary rounded echogenic lesion right lobe, 2.3 cm - ddx haemangioma vs focal fat.",
     [("Liver", None, None, 23.0)]),
    ("Spleen: 12 mm hypoechoic lesion at the hilum - ?abscess ?lymphoma.", [("Spleen", None, None, 12.0)]),
    ("L axilla: collection deep to the scar, 28 mm - seroma.", [("Axilla", "fluid collection", "left", 28.0)]),
    # near misses: after the dash a lesion with its own size, or another organ's lesion, is a finding of its own
    ("Liver: 14 mm cyst segment 2 - also a 9 mm haemangioma in segment 6.",
     [("Liver", "cyst", None, 14.0), ("Liver", "mass", None, 9.0)]),
    ("Right kidney 10.4 cm - 8 mm cortical cyst.", [("Kidney and ureter", "cyst", "right", 8.0)]),
]


@pytest.mark.parametrize(("text", "expected"), DASH_DIAGNOSES)
def test_a_diagnosis_after_a_dash_names_the_lesion(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected


# 2. A size dated to an earlier year is a prior size ("(38 mm in 2024)", "22 mm in 2021"), not today's and not a
#    lesion of its own in a list; the same size without a year stays a size of today.
DATED_PRIOR_SIZES: list[Row] = [
    ("Liver: two simple cysts: one in segment 7 of 31 mm (36 mm in 2023) and one in segment 2 of 8 mm.",
     [("Liver", "cyst", None, 31.0), ("Liver", "cyst", None, 8.0)]),
    ("Left kidney: cortical cyst 19 mm, 15 mm in 2022.", [("Kidney and ureter", "cyst", "left", 19.0)]),
    ("The right thyroid nodule measured 14 mm in 2021 and measures 17 mm today.",
     [("Thyroid gland", "nodule", "right", 17.0)]),
    # near miss: no year, no prior
    ("Spleen: two cysts, one of 12 mm and one of 6 mm.", [("Spleen", "cyst", None, 12.0),
                                                          ("Spleen", "cyst", None, 6.0)]),
]


@pytest.mark.parametrize(("text", "expected"), DATED_PRIOR_SIZES)
def test_a_dated_size_is_a_prior_size(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected


# 3. A request line ("Req:", "Request:", "Clinical request:") says why the scan was asked for, as an indication
#    does: the lesion it names is no finding of this scan.
REQUEST_LINES: list[Row] = [
    ("Req: biopsy of the liver lesion.\nLiver: hypoechoic lesion in segment 6, 31 mm.", [("Liver", None, None, 31.0)]),
    ("Request: ?renal cyst.\nRight kidney: 17 mm simple cyst at the upper pole.",
     [("Kidney and ureter", "cyst", "right", 17.0)]),
    ("Clinical request: thyroid nodule on CT.\nThyroid, left lobe: 9 mm solid nodule.",
     [("Thyroid gland", "nodule", "left", 9.0)]),
]


@pytest.mark.parametrize(("text", "expected"), REQUEST_LINES)
def test_a_request_line_states_no_finding(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected


# 4. After a site heading, a size that opens a noun phrase ending in a lesion word pre-modifies that lesion even
#    across an anatomical adjective ("Right groin: 26 mm subcutaneous epidermoid cyst"); the heading's organ is
#    not measured by it. A size followed by a comma is still the organ's ("Left kidney: 11 cm, ...").
SIZE_ACROSS_ANATOMY_ADJECTIVE: list[Row] = [
    ("Left thigh: 31 mm subcutaneous epidermoid cyst.", [("Soft tissues", "cyst", "left", 31.0)]),
    ("R shoulder: 9 mm subacromial bursal effusion.", [("Shoulder", "fluid collection", "right", 9.0)]),
    ("Back: 4 cm subcutaneous lipoma over the left scapula.", [("Soft tissues", "mass", "left", 40.0)]),
    # near miss: the heading's organ measured, then a lesion with its own size
    ("Left kidney: 11.2 cm, cortical cyst 14 mm.", [("Kidney and ureter", "cyst", "left", 14.0)]),
]


@pytest.mark.parametrize(("text", "expected"), SIZE_ACROSS_ANATOMY_ADJECTIVE)
def test_a_size_across_an_anatomy_adjective(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected


# 5. Rheumatology shorthand names the small joints by abbreviation and ordinal ("R 2nd MCP", "L 1st MTP", "MCP3"):
#    an effusion there is in the fingers or the foot, not in the joint described before.
SMALL_JOINT_SHORTHAND: list[Row] = [
    ("R wrist: dorsal ganglion 7 mm.\nR 3rd MCP: synovitis GS 2. Effusion 2 mm.",
     [("Wrist and carpus", "cyst", "right", 7.0), ("Fingers", "fluid collection", "right", 2.0)]),
    ("Knee: small effusion 5 mm.\nL 1st MTP: double contour; effusion 4 mm.",
     [("Knee", "fluid collection", None, 5.0), ("Foot", "fluid collection", "left", 4.0)]),
    ("Shoulders: no bursal fluid. Hands: L 2nd MCP effusion 3 mm with synovitis.",
     [("Fingers", "fluid collection", "left", 3.0)]),
]


@pytest.mark.parametrize(("text", "expected"), SMALL_JOINT_SHORTHAND)
def test_small_joint_shorthand(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected


# 6. A "fluid pocket" is a fluid collection.
FLUID_POCKETS: list[Row] = [
    ("Transplant kidney: perinephric collection 4 cm. A second fluid pocket at the upper pole, 11 mm.",
     [("Kidney and ureter", "fluid collection", None, 40.0), ("Kidney and ureter", "fluid collection", None, 11.0)]),
    # (a region heading names no organ: the fluid lies in the peritoneal cavity, which has no side: region_headings.py)
    ("Right iliac fossa: small fluid pocket 2 cm, no peristalsis nearby.",
     [("Peritoneum mesentery and omentum", "fluid collection", None, 20.0)]),
]


@pytest.mark.parametrize(("text", "expected"), FLUID_POCKETS)
def test_a_fluid_pocket_is_a_collection(parser: ReportParser, text: str, expected: list) -> None:
    assert [(d, s, z) for _, d, s, z in lesions_of(parser, text)] == [(d, s, z) for _, d, s, z in expected]


# 7. A worksheet's numbered nodule rows ("N2 - R lower: 0.6 cm, spongiform. TR1.") each describe a nodule, after the
#    first row as much as on it.
NODULE_ROWS: list[Row] = [
    ("NODULES:\nN1 - R mid: 1.3 x 0.8 cm, solid, hypoechoic. TR4.\nN2 - L lower: 0.7 cm, spongiform. TR1.\n"
     "N3 - L upper: 2.1 x 1.5 cm, mixed cystic and solid. TR2.",
     [("Thyroid gland", "nodule", "right", 13.0), ("Thyroid gland", "nodule", "left", 7.0),
      ("Thyroid gland", "nodule", "left", 21.0)]),
    ("Thyroid nodules:\n#1 Rt upper pole - 11 mm, solid isoechoic, TR3\n#2 Lt mid - 24 mm, solid hypoechoic, TR4",
     [("Thyroid gland", "nodule", "right", 11.0), ("Thyroid gland", "nodule", "left", 24.0)]),
]


@pytest.mark.parametrize(("text", "expected"), NODULE_ROWS)
def test_numbered_nodule_rows(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected


# 8. A bilingual worksheet names a lesion twice, in two languages or two words joined by a slash ("Stones /
#    Calculs:", "stones/calculi"): one lesion, with the size its row states. Two different diagnoses joined by a
#    slash stay two.
SLASHED_NAMES: list[Row] = [
    ("GALLBLADDER / VÉSICULE: Stones / Calculs: several, largest 11 mm, mobile.",
     [("Gallbladder and bile ducts", None, None, 11.0)]),
    ("Gallbladder: stones/calculi up to 9 mm, no wall thickening.", [("Gallbladder and bile ducts", None, None, 9.0)]),
    ("Left kidney / rein gauche: calculus / calcul lower pole 5 mm.", [("Kidney and ureter", None, "left", 5.0)]),
    # near miss: two diagnoses joined by a slash are two lesions
    ("Gallbladder: 8 mm stone / 4 mm polyp.",
     [("Gallbladder and bile ducts", None, None, 8.0), ("Gallbladder and bile ducts", None, None, 4.0)]),
]


@pytest.mark.parametrize(("text", "expected"), SLASHED_NAMES)
def test_a_slashed_name_is_one_lesion(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected


# 9. Numbers listed before one unit share it ("2.2 and 1.4 cm"): after a plural lesion word they are its members'
#    sizes, one lesion each in the order written (the corpus guideline). A number after a label word ("segments 2
#    and 6") or a year is no size.
LISTED_SIZES: list[Row] = [
    ("Left kidney 10.6 cm with two simple cysts, 2.4 and 1.1 cm.",
     [("Kidney and ureter", "cyst", "left", 24.0), ("Kidney and ureter", "cyst", "left", 11.0)]),
    ("Spleen 11 cm containing three small hypoechoic lesions of 9, 6 and 4 mm.",
     [("Spleen", None, None, 9.0), ("Spleen", None, None, 6.0), ("Spleen", None, None, 4.0)]),
    ("Gallbladder: stones measuring 14 & 6 mm, mobile.",
     [("Gallbladder and bile ducts", None, None, 14.0), ("Gallbladder and bile ducts", None, None, 6.0)]),
    ("Liver: two cysts in segments 7 and 8, 16 and 5 mm.",
     [("Liver", "cyst", None, 16.0), ("Liver", "cyst", None, 5.0)]),
    # near misses: a level's number, a year
    ("Liver: segment 4, 12 mm simple cyst.", [("Liver", "cyst", None, 12.0)]),
    ("Thyroid: stable left nodule, seen in 2019, 7 mm.", [("Thyroid gland", "nodule", "left", 7.0)]),
]


@pytest.mark.parametrize(("text", "expected"), LISTED_SIZES)
def test_numbers_listed_before_one_unit(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected


# 10. A bare "fluid" followed by its size is a measured collection ("SASD bursa: fluid 4 mm"), as "4 mm of fluid"
#     is; a "seg" number is a liver segment ("seg 7 haemangioma").
MEASURED_FLUID_AND_SEGMENTS: list[Row] = [
    ("R shoulder: subacromial bursitis, fluid 5 mm.", [("Shoulder", "fluid collection", "right", 5.0)]),
    ("Left knee, suprapatellar recess: fluid 7 mm, no synovial thickening.",
     [("Knee", "fluid collection", "left", 7.0)]),
    ("Abdomen: seg 7 lesion 23 mm, echogenic.", [("Liver", None, None, 23.0)]),
    ("Focal lesion seg 4b, 12 mm, hypoechoic; no other lesion.", [("Liver", None, None, 12.0)]),
    # near miss: fluid joined to a next word is no collection
    ("Right ovary: 3 cm cyst with a fluid-fluid level.", [("Adnexa", "cyst", "right", 30.0)]),
]


@pytest.mark.parametrize(("text", "expected"), MEASURED_FLUID_AND_SEGMENTS)
def test_measured_fluid_and_segment_abbreviations(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected


# 11. Writers trained in Italian or French call a liver haemangioma an "angioma" ("formation of 13 mm, with the
#     characters of angioma"): the unnamed formation is named by it, keeping its size.
ANGIOMAS: list[Row] = [
    ("Liver: in segment VII, hyperechogenic formation of 17 mm, with the characters of angioma.",
     [("Liver", "mass", None, 17.0)]),
    ("Hepatic angioma of 8 mm in the IV segment, unchanged.", [("Liver", "mass", None, 8.0)]),
]


@pytest.mark.parametrize(("text", "expected"), ANGIOMAS)
def test_an_angioma_is_a_haemangioma(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected
