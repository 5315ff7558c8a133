"""Descriptor wording (issue 11, stop 40, round g): descriptor values a report states in forms the parser missed.

A row names the report-level reading of one value, as the corpus scoring reads it: "present" (labelled), "absent" or
"uncertain" (a mention with that status and no label), or None (neither labelled nor mentioned). No row is a corpus
sentence."""

from __future__ import annotations

import pytest
from parser_reading import reading_of

from udt.parser import ReportParser

VASC, MARGINS, ECHO = "Vascularity", "Margins", "Echogenicity"
MORE, NORMAL, NONE = "increased vascularity", "normal/regular vascularity", "no vascularity"
WELL = "well-defined"

# Key-value exports ("KEY=value") and typed forms with a dot leader ("Key ...... value") join a descriptor key to its
# value as a colon does.
KEY_VALUE_MARKS = [
    ("Scrotal ultrasound.\nLEFT_LESION=solid mass; LEFT_LESION_MM=12x9; LEFT_FLOW=increased\n", VASC, MORE,
     "present"),
    ("Neck node 15 mm.\nVASCULARITY = normal\n", VASC, NORMAL, "present"),
    ("Breast lesion at 10 o'clock, 9 mm.\nMARGINS=smooth; ECHO=hypoechoic\n", MARGINS, WELL, "present"),
    ("Breast lesion at 10 o'clock, 9 mm.\nMARGINS=smooth; ECHO=hypoechoic\n", ECHO, "hypoechoic", "present"),
    ("Soft tissue lump, 22 mm.\nEchogenicity ......... hypoechoic\nVascularity .......... none seen\n"
     "Doppler flow ......... increased\n", VASC, MORE, "present"),
    ("Parotid lesion, 18 mm.\nMargins ...... smooth\n", MARGINS, WELL, "present"),
    # near misses: a mark with no descriptor key before it, or an ellipsis in prose before another word
    ("Liver 15 cm.\nSPLEEN=increased size, 14 cm\n", VASC, MORE, None),
    ("Thyroid nodule 8 mm, vascularity ... to be reassessed after treatment.\n", VASC, MORE, None),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), KEY_VALUE_MARKS)
def test_a_key_value_mark_joins_a_descriptor_key_to_its_value(parser: ReportParser, text: str, field: str,
                                                              value: str, reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# Wordings of a descriptor value the ontology now names: Dutch descriptors ("geen vascularisatie", "hypoechogeen",
# "verhoogde echogeniciteit"), "scarce" flow, a grade before the Doppler mode itself ("increased power Doppler"), and a
# Romance-language writer's "ecostructure" in a list of aspects that ends with the flow.
WORDINGS = [
    ("Echo hals.\nLaesie 14 mm, hypoechogeen.\nDoppler: geen vascularisatie\n", VASC, NONE, "present"),
    ("Echo hals.\nLaesie 14 mm, hypoechogeen.\nDoppler: geen vascularisatie\n", ECHO, "hypoechoic", "present"),
    ("Lever: vergroot, verhoogde echogeniciteit, geen focale laesies.\n", ECHO, "hyperechoic", "present"),
    ("Submandibular gland: a solid hypoechoic nodule of 15 mm with scarce vascularisation on colour Doppler.\n", VASC,
     "reduced/diminished vascularity", "present"),
    ("Knee: suprapatellar synovial thickening 4 mm with increased colour Doppler, in keeping with active synovitis.\n",
     VASC, MORE, "present"),
    ("Left testis of 40 x 25 x 21 mm, of homogeneous ecostructure and vascularization, without focal lesions.\n",
     VASC, NORMAL, None),
    ("Left testis of 40 x 25 x 21 mm, of normal ecostructure and vascularization.\n", VASC, NORMAL, "present"),
    # near misses: a Doppler study named without a grade, and a grade of something else before "Doppler"
    ("Knee: small joint effusion; power Doppler performed.\n", VASC, MORE, None),
    ("Liver: increased size, 17 cm. Doppler of the portal vein performed.\n", VASC, MORE, None),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), WORDINGS)
def test_a_descriptor_wording_names_its_value(parser: ReportParser, text: str, field: str, value: str,
                                              reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


SHAPE = "Shape"
# Shape is read of lesions only: a telegraphic "<structure> <shape word>" with no verb ("retina flat", "IVC flat
# 1.1 cm") states the structure's shape; and "lentiform" (lens-shaped, a collection spread between two layers) is, like
# "fusiform" and "crescentic", no shape value.
SHAPES = [
    ("Left eye: lens in place, vitreous clear, retina flat and attached.\n", SHAPE, "flattened", None),
    ("eFAST: no pericardial fluid. IVC flat 1.1 cm with full collapse.\n", SHAPE, "flattened", None),
    ("Lung: pleural line thickened; right pleural line irregular; no effusion.\n", SHAPE, "irregular", None),
    ("Abdominal wall: a 60 x 22 mm lentiform collection in the left rectus sheath, no internal flow.\n", SHAPE,
     "flattened", None),
    # near misses: the shape word heads a lesion's phrase, or is said of the lesion itself
    ("Right kidney: upper pole round cyst, 14 mm, anechoic.\n", SHAPE, "round", "present"),
    ("Thigh: a 40 x 12 mm flattened, well-defined subcutaneous mass.\n", SHAPE, "flattened", "present"),
    ("Breast: at 2 o'clock a mass 11 mm, oval, circumscribed.\n", SHAPE, "oval", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), SHAPES)
def test_a_shape_word_said_of_a_structure_is_no_lesion_shape(parser: ReportParser, text: str, field: str,
                                                             value: str, reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# A nodular thyroid condition named as a whole ("nodular struma", "nodular thyroid disease") is a goitre, whose
# "nodular" is part of its name, not a lesion's shape; its nodules stay the diagnosis.
GOITRES = [
    "Thyroid: left lobe nodule 12 mm, isoechoic, with halo.\nImpression: nodular struma, follow-up in a year.\n",
    "Thyroid: two nodules, right 8 mm and left 11 mm.\nImpression: nodular thyroid disease, TI-RADS 3.\n",
    "Thyroid: several nodules in both lobes.\nImpression: thyroid nodular disease.\n",
]


@pytest.mark.parametrize("text", GOITRES)
def test_a_nodular_thyroid_condition_is_no_lesion_shape(parser: ReportParser, text: str) -> None:
    report = parser.parse(text)
    assert "nodular" not in report.labels[SHAPE]
    assert "nodule" in report.labels["Diagnosis"]
    assert "Thyroid gland" in report.labels["Organ_level"]


def test_a_nodular_lesion_keeps_its_shape(parser: ReportParser) -> None:
    assert reading_of(parser, "Breast: a hypoechoic nodular mass of 12 mm at 3 o'clock.\n", SHAPE,
                      "nodular") == "present"


# A shape word before an outline noun ("irregular cortex", "irregular thickened wall") or said of a cortex describes
# an edge, not a lesion's shape; nor is "irregular blood loss" a shape.
OUTLINES = [
    ("Knee: irregular cortex of the medial femoral condyle, no effusion.\n", SHAPE, "irregular", None),
    ("Urinary bladder: 350 mL, irregular thickened wall 8 mm, no stone.\n", SHAPE, "irregular", None),
    ("Foot: the second metatarsal cortex is irregular, with periosteal reaction.\n", SHAPE, "irregular", None),
    ("Clinical details: irregular blood loss for 3 months.\nUterus 8 cm, normal.\n", SHAPE, "irregular", None),
    # near misses: the lesion's own shape
    ("Bladder: an irregular mass 3 cm on the posterior wall.\n", SHAPE, "irregular", "present"),
    ("Liver: a round cyst 2 cm, thin wall.\n", SHAPE, "round", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), OUTLINES)
def test_a_shape_word_of_an_outline_is_no_lesion_shape(parser: ReportParser, text: str, field: str, value: str,
                                                       reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# A verbless list of an organ's states that its clause opens with the organ ("Median nerve swollen ..., flattened",
# "Liver shrunken, nodular") gives its shape word to the organ, not to a lesion.
ORGAN_STATES = [
    ("Wrist: ulnar nerve swollen at the elbow, CSA 13 mm2, flattened distally.\n", SHAPE, "flattened", None),
    ("Liver small and coarse, nodular. Spleen 15 cm. Ascites.\n", SHAPE, "nodular", None),
    ("Gallbladder contracted and irregular, no stones.\n", SHAPE, "irregular", None),
    ("The peritoneum looks thickened and nodular in the pelvis.\n", SHAPE, "nodular", None),
    # near misses: the clause names the lesion, or no state of the organ opens the list
    ("Thyroid enlarged, with a 2 cm nodule, oval.\n", SHAPE, "oval", "present"),
    ("Left breast 2 o'clock, 12 mm, oval, circumscribed.\n", SHAPE, "oval", "present"),
    ("Axilla: enlarged lymph node, 16 mm, round.\n", SHAPE, "round", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), ORGAN_STATES)
def test_a_shape_word_in_an_organs_states_is_no_lesion_shape(parser: ReportParser, text: str, field: str,
                                                             value: str, reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


ILL = "ill-defined/indistinct"
# A wall or surface that the clause's organ owns ("Bladder: irregular wall thickening, with a polypoid mass", "liver
# enlarged with coarse echotexture and irregular surface") gives no lesion margin; a lesion's own wall keeps it.
WALLS = [
    ("Urinary bladder: irregular wall thickening to 7 mm, with a 15 mm polypoid mass on the left wall.\n", MARGINS,
     ILL, None),
    ("The liver is shrunken with coarse echotexture and irregular surface. A 3 cm hypoechoic mass in segment 8.\n",
     MARGINS, ILL, None),
    # near misses: the wall is the lesion's, or the organ is only the lesion's place
    ("Pelvis: a 4 cm collection with irregular walls and internal debris.\n", MARGINS, ILL, "present"),
    ("Abdominal wall: a 3 cm collection deep to the scar, with a thick irregular wall.\n", MARGINS, ILL, "present"),
    ("A 15 mm cyst in the posterior bladder wall, well circumscribed, anechoic.\n", MARGINS, WELL, "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), WALLS)
def test_an_organs_wall_gives_no_lesion_margin(parser: ReportParser, text: str, field: str, value: str,
                                               reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# A lone "smooth" closing an item of a comma list of a lesion's features, right after another descriptor, is its
# margin ("solid, isoechoic, smooth"), as "Margin: smooth" is; beside a noun it still is not ("smooth plaque").
LISTED_MARGINS = [
    ("Thyroid nodules:\n1 | left | 14 mm | solid, hypoechoic, smooth | TR4\n", MARGINS, WELL, "present"),
    ("Nodule 9 mm, isoechoic, partially cystic, smooth, no calcification -> K-TIRADS 3\n", MARGINS, WELL, "present"),
    # near misses
    ("Left ICA: hypoechoic, smooth plaque, no stenosis.\n", MARGINS, WELL, None),
    ("Right ovary: cyst 3 cm, anechoic, smooth inner wall.\n", MARGINS, WELL, None),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), LISTED_MARGINS)
def test_a_listed_smooth_is_the_lesions_margin(parser: ReportParser, text: str, field: str, value: str,
                                               reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading
