"""Descriptor wording (issue 11, stop 40): the shorthand cells of a worksheet's descriptor columns ("Echo | hypo",
"Margin | smooth"), read as that column's value (udt.parser.column_values).

A row names the report-level reading of one value, as the corpus scoring reads it: "present" (labelled), "absent" or
"uncertain" (a mention with that status and no label), or None (neither labelled nor mentioned). No row is a corpus
sentence."""

from __future__ import annotations

import pytest
from parser_reading import reading_of

from udt.parser import ReportParser

ECHO, MARGINS, SHAPE = "Echogenicity", "Margins", "Shape"
WELL, ILL = "well-defined", "ill-defined/indistinct"

NECK_TABLE = (
    "Thyroid ultrasound.\n"
    "N | Side | Size (mm) | Echo | Margin | Foci\n"
    "1 | right | 14 x 9 x 10 | hypo | lobulated | none\n"
    "2 | left | 7 x 5 x 6 | an | sharp | comet tail\n"
)
LIVER_TABLE = (
    "Liver lesions.\n"
    "No. | Segment | Size (cm) | Echogenicity | Margins\n"
    "A | 6 | 2.1 | markedly hypo | irregular\n"
)
# A column of another dimension, or a longer cell, keeps its own words' reading.
PLAIN_TABLE = (
    "Kidneys.\n"
    "Side | Length (cm) | Cortex | Comment\n"
    "Right | 10.8 | smooth | an upper pole cyst, 12 mm\n"
)
PROSE = "The right ovary holds a 3 cm cyst with a smooth inner wall; the uterus has an irregular shape."

DESCRIPTOR_COLUMNS = [
    (NECK_TABLE, ECHO, "hypoechoic", "present"),
    (NECK_TABLE, ECHO, "anechoic", "present"),
    (NECK_TABLE, MARGINS, ILL, "present"),
    (NECK_TABLE, MARGINS, WELL, "present"),
    (NECK_TABLE, SHAPE, "lobulated", None),
    (LIVER_TABLE, ECHO, "hypoechoic", "present"),
    (LIVER_TABLE, MARGINS, ILL, "present"),
    (LIVER_TABLE, SHAPE, "irregular", None),
    # near misses: no descriptor column above the cell
    (PLAIN_TABLE, ECHO, "anechoic", None),
    (PLAIN_TABLE, MARGINS, WELL, None),
    (PROSE, MARGINS, WELL, None),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), DESCRIPTOR_COLUMNS)
def test_a_descriptor_column_reads_its_shorthand_cells(parser: ReportParser, text: str, field: str, value: str,
                                                       reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# Translated and dictated echo and contour wording (ontology synonyms): "echo-negative", "echo-equal", "mixed echoic",
# "increased parenchymal echo", a dictated "an echoic"; "even contours", "of defined borders".
WORDINGS = [
    ("Left kidney: in the lower segment an echo-negative formation 18 mm with even contours.", ECHO, "anechoic",
     "present"),
    ("Left kidney: in the lower segment an echo-negative formation 18 mm with even contours.", MARGINS, WELL,
     "present"),
    ("Left lobe: an echo-equal nodule of 9 mm with a thin halo.", ECHO, "isoechoic", "present"),
    ("Right lobe: a mixed echoic nodule 2.2 cm with cystic change.", ECHO, "mixed echogenicity", "present"),
    ("Liver: enlarged, increased parenchymal echo in keeping with steatosis.", ECHO, "hyperechoic", "present"),
    ("In the head of the pancreas there is a 1.2 cm an echoic cyst.", ECHO, "anechoic", "present"),
    ("Spleen: in the upper pole a hyperechoic image of 1.4 cm, of defined borders.", MARGINS, WELL, "present"),
    ("Right lobe 15 x 16 x 44 mm, isthmus 3 mm. In the left lobe a hypoechoic formation 8 x 6 mm, contours even, "
     "clear.", MARGINS, WELL, "present"),
    # near misses: an organ's own outline, said on its own after the organ's measurements, is no lesion's margin
    ("Thyroid gland: located typically. Right lobe 15 x 16 x 44 mm, isthmus 3 mm. Total volume 10 ml.\n"
     "Contours even, clear. Echostructure homogeneous. No focal formations.", MARGINS, WELL, None),
    ("Liver: contours even. Focal formations not detected.", MARGINS, WELL, None),
    # ... but a region measured in the contour's own sentence is a lesion with that margin
    ("Spleen 112 x 44 mm. In the upper pole an echogenic zone 8 mm, with clear contours, avascular.", MARGINS, WELL,
     "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), WORDINGS)
def test_translated_echo_and_contour_wording(parser: ReportParser, text: str, field: str, value: str,
                                             reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# An organ's smooth outline is normal wording: it does not keep the organ from a "normal appearance".
OUTLINE_NORMALS = [
    ("Uterus: anteverted, 55 x 40 x 45 mm, regular contours, myometrium homogeneous, without peculiarities.\n"
     "Right ovary: 40 x 30 mm with a 28 mm anechoic cyst.", "Diagnosis", "normal appearance", "present"),
    # near miss: an irregular outline is not normal wording
    ("Uterus: anteverted, 55 x 40 x 45 mm, irregular contours, myometrium heterogeneous.\n"
     "Right ovary: 40 x 30 mm with a 28 mm anechoic cyst.", "Diagnosis", "normal appearance", None),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), OUTLINE_NORMALS)
def test_a_smooth_organ_outline_is_normal_wording(parser: ReportParser, text: str, field: str, value: str,
                                                  reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# A lesion said to be mostly liquid has cystic components (guideline: "mainly liquid", "predominantly cystic").
LIQUID_PARTS = [
    ("Left lobe: a 15 mm nodule of mixed echogenicity with liquid parts.", "cystic components", "present"),
    ("Right lobe: the larger nodule, 22 mm, is mostly fluid-filled.", "cystic components", "present"),
    ("Right lobe: nodule 31 mm, mostly fluid with a small solid part.", "cystic components", "present"),
    ("Right lobe: nodule 31 mm, mostly fluid with a small solid part.", "solid components", "present"),
    # near miss: a solid nodule with no liquid wording
    ("Right lobe: a solid, hypoechoic nodule of 12 mm.", "cystic components", None),
]


@pytest.mark.parametrize(("text", "value", "reading"), LIQUID_PARTS)
def test_liquid_parts_are_cystic_components(parser: ReportParser, text: str, value: str, reading: str | None) -> None:
    assert reading_of(parser, text, "InternalCharacteristics", value) == reading


# "round" as a noun or adverb of another sense: a clinical round, "all round" (around); no lesion's shape.
ROUNDS = [
    ("SURGICAL TEACHING ROUND - Case 2: groin lump. Scan: a 15 mm oval node with a fatty hilum.", "round", None),
    ("Post-take ward round: bedside scan of the RIF, no collection.", "round", None),
    ("Heart: small pericardial effusion all round, 6 mm behind the right ventricle.", "round", None),
    ("Recall at the next screening round: a 6 mm oval mass, unchanged.", "round", None),
    ("Orthopnoea, cannot lie flat. Neck: a 3 cm oval nodule in the right lobe.", "flattened", None),
    ("Her left implant went flat last week; the shell lies folded, no collection.", "flattened", None),
    # near misses: a lesion's round or flat shape
    ("Thigh: a flat, well-defined subcutaneous mass of 4 cm.", "flattened", "present"),
    ("Right axilla: a round, hypoechoic node of 18 mm without a fatty hilum.", "round", "present"),
    ("Liver: a small round hyperechoic lesion in segment 7, 8 mm.", "round", "present"),
]


@pytest.mark.parametrize(("text", "value", "reading"), ROUNDS)
def test_a_round_of_another_sense_is_no_shape(parser: ReportParser, text: str, value: str, reading: str | None) -> None:
    assert reading_of(parser, text, SHAPE, value) == reading
