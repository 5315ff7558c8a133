"""Lesions that were never found, or found without their organ or side (stop 40, d4find). Passages written for
this file.

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]

# A table row measured at a bare "lobe" and cited by label on a later line ("Nodule 1 grew") is a lesion of the one
# organ with lobes the report names (sites._single_organ), even when a nodes line stands between the table and the
# citation.
LOBE_ROWS: list[Row] = [
    (
        "ENDOCRINE CLINIC REVIEW - thyroid nodule surveillance (year 2)\n"
        "| No | Site | Today (mm) | 2023 (mm) | Composition | TR |\n"
        "| 1 | Lt lobe lower pole | 12 x 9 x 8 | 11 x 9 x 8 | solid, hypoechoic | TR4 |\n"
        "| 2 | Rt lobe mid | 7 x 6 x 5 | 7 x 6 x 5 | spongiform | TR2 |\n"
        "Lymph nodes: none enlarged, levels II-VI.\n"
        "Comment: Nodule 1 grew under 20% - keep watching. Nodule 2 stable. Next scan in a year.",
        [("Thyroid gland", "nodule", "left", 12.0), ("Thyroid gland", "nodule", "right", 7.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LOBE_ROWS)
def test_a_cited_lobe_row_is_a_lesion_of_the_lobed_organ(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


def test_measured_lobes_stay_measurements_of_their_organ(parser: ReportParser) -> None:
    # guard: lobes measured in a normal thyroid are no lesions
    text = ("Thyroid ultrasound.\nRight lobe 48 x 16 x 15 mm. Left lobe 45 x 15 x 14 mm. Isthmus 3 mm.\n"
            "Both lobes are homogeneous without nodules.\nCervical lymph nodes: no suspicious nodes.")
    assert lesions_of(parser, text) == []


# A lesion placed only against the lesion before it ("at its lateral edge", "next to it") lies where that lesion lies:
# its organ and side (anchored_lesions.py); a lesion with its own organ or side keeps them.
ANCHORED: list[Row] = [
    (
        "Ultrasound of the abdominal wall. Deep to the left subcostal scar there is a 31 x 12 mm hypoechoic lesion "
        "with no internal flow. A 6 mm anechoic focus lies at its lateral edge. No hernia on straining.",
        [("Abdominal wall", None, "left", 31.0), ("Abdominal wall", None, "left", 6.0)],
    ),
    (
        "Neck ultrasound. Right neck: a level III node of 2.2 x 1.4 cm with loss of its hilum. A small collection "
        "next to it, 1.3 cm, likely a cold abscess. Left neck: normal nodes.",
        [("Lymph nodes", None, "right", 22.0), ("Lymph nodes", "fluid collection", "right", 13.0)],
    ),
    # guards: another organ named for the lesion, or a side of its own, is kept
    (
        "Abdominal ultrasound. Right kidney: a 14 mm simple cyst at the upper pole. Liver: a 9 mm haemangioma in "
        "segment 6, close to it. A 5 mm stone lies in the left kidney beside it.",
        [("Kidney and ureter", "cyst", "right", 14.0), ("Liver", "mass", None, 9.0),
         ("Kidney and ureter", None, "left", 5.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ANCHORED)
def test_a_lesion_anchored_to_the_lesion_before_takes_its_place(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


# A surgical scar named as the place of the lesion just before it ("Collection deep to the laparotomy scar") is the
# lesion's site, the body wall, not a reference (landmarks._scar_holds_its_lesion).
SCARS: list[Row] = [
    (
        'Scan 4 weeks after my section. The report says: "Collection deep to the laparotomy scar, 41 x 19 mm, likely '
        'a seroma. Uterus: normal postpartum appearance. Left ovary: 25 mm simple cyst. Right ovary normal."',
        [("Abdominal wall", "fluid collection", None, 41.0), ("Adnexa", "cyst", "left", 25.0)],
    ),
    # guard: a collection denied against the scar makes no lesion
    (
        "Pelvic and abdominal wall ultrasound, 5 weeks after caesarean section. No collection deep to the "
        "Pfannenstiel scar. Uterus: involuting normally. Left ovary: 25 mm simple cyst. Right ovary normal.",
        [("Adnexa", "cyst", "left", 25.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SCARS)
def test_a_lesion_against_a_scar_lies_in_the_wall(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


# A patient's post titled by the results it quotes ("Kidney cysts - got my results today") names no lesion of its
# own in the title: the quoted report measures them (study_titles.py, termset.TITLE_STUDY_WORDS).
RESULT_TITLES: list[Row] = [
    (
        "Kidney cysts - got my results today and panicking\n"
        'Hi all, 52M. Report reads: "Right kidney: upper pole cyst 24 mm, simple. Lower pole cyst 9 mm, simple. '
        'Left kidney normal." Should I be worried?',
        [("Kidney and ureter", "cyst", "right", 24.0), ("Kidney and ureter", "cyst", "right", 9.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RESULT_TITLES)
def test_a_results_title_names_no_lesion(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


# A lesion its own words place in a midline part of a paired-lobed organ ("ISTHMUS: nodule 6 mm") keeps no side: not
# the lobe's carried from the lines before, nor a summary's that names it beside a sided lesion (findings.py,
# heading_scope.midline_place; lobe_sides.py skips it).
MIDLINE_PARTS: list[Row] = [
    (
        "THYROID ULTRASOUND\nRIGHT LOBE: 49 x 18 x 17 mm. Solid isoechoic nodule of the upper third, 22 x 15 mm.\n"
        "LEFT LOBE: 46 x 15 x 14 mm, normal.\nISTHMUS: nodule 6 mm.\n"
        "CONCLUSION: Right lobar nodule TIRADS 3 (22 mm) and isthmic nodule 6 mm.",
        [("Thyroid gland", "nodule", "right", 22.0), ("Thyroid gland", "nodule", None, 6.0)],
    ),
    # guard: a lobe's nodule near the isthmus keeps the lobe's side
    (
        "THYROID ULTRASOUND\nRight lobe 48 x 17 x 16 mm with a 9 mm solid nodule in its medial part, close to the "
        "isthmus. Left lobe normal. Isthmus 3 mm.",
        [("Thyroid gland", "nodule", "right", 9.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MIDLINE_PARTS)
def test_a_midline_part_lesion_keeps_no_side(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


# A one-side study's title gives its side to the lesions left unsided, though the other side is named on a line that
# states it normal and measures nothing ("Right axilla examined: orderly, no enlarged nodes": title_sides.py).
OTHER_SIDE_NORMAL: list[Row] = [
    (
        "ULTRASOUND OF SOFT TISSUES - LEFT ARM AND AXILLA\n"
        "In the subcutis of the left upper arm, lateral side, an oval hyperechoic lesion 31 x 12 x 20 mm, well "
        "demarcated, without vascularisation - lipoma. 4 cm distally another similar lesion 12 mm.\n"
        "In the left axilla a lymph node 14 x 6 mm with preserved hilum, reactive.\n"
        "Right axilla examined: orderly, no enlarged nodes.\nOpinion: Two lipomas of the left arm.",
        [("Soft tissues", "mass", "left", 31.0), ("Soft tissues", "mass", "left", 12.0),
         ("Axilla", None, "left", 14.0)],
    ),
    # guard: the other side's line measures a lesion of its own
    (
        "ULTRASOUND OF SOFT TISSUES - LEFT FOREARM\n"
        "In the subcutis of the volar forearm an oval hyperechoic lesion 31 x 12 mm, no vascularity - lipoma. 4 cm "
        "proximally another similar lesion 12 mm.\nRight forearm: normal apart from a 9 mm lipoma.",
        [("Soft tissues", "mass", "left", 31.0), ("Soft tissues", None, "left", 12.0),
         ("Soft tissues", "mass", "right", 9.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_SIDE_NORMAL)
def test_the_other_side_stated_normal_leaves_the_title_side(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


# A side denied by the word after it ("| R none") holds none of its clause's finding: the finding lies on the other
# side only (findings.FindingBuilder._side_in), where both sides named undenied make it bilateral.
DENIED_SIDES: list[Row] = [
    (
        "SCROTAL US\nRIGHT TESTIS: 44 x 25 x 29 mm, homogeneous.\nLEFT TESTIS: 43 x 24 x 28 mm, homogeneous.\n"
        "HYDROCELE: L small (7 mm) | R none\nIMPRESSION: Small left hydrocele.\n",
        [("Scrotum", "fluid collection", "left", 7.0)],
    ),
    # guard: both sides named, neither denied
    (
        "SCROTAL US\nRIGHT TESTIS: 44 x 25 x 29 mm, homogeneous.\nLEFT TESTIS: 43 x 24 x 28 mm, homogeneous.\n"
        "HYDROCELE: small, R and L (7 mm)\nIMPRESSION: Small bilateral hydroceles.\n",
        [("Scrotum", "fluid collection", "bilateral", 7.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DENIED_SIDES)
def test_a_denied_side_holds_none_of_the_finding(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected
