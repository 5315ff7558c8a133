"""Error classes found on the sixteenth blind real-world text set (reports_blind_final_16, ids ``bi``, development
data written by new writers who had not seen the parser).

Causes (corpus ids) and what each class below fixes:
  * A child named by a parenting forum's "DS"/"DD" (dear son/daughter) with an age: bi037 "DD is 14", bi075
    "DD (8 months)", bi079 "DS (4)", bi080 "DS is 18 months" -> adult organs instead of the Pediatric ones.
  * The poster's own children named as family with a contraction and a list: bi053 "I've got a 2yo and a 6yo" -> an
    adult's uterus filed as Pediatric.
  * A Y/N proforma's "N" answer denies its key: bi030, bi077 "mass: N", bi063 "hydrocele: N" -> the mass or the
    hydrocele asserted (and, in bi063, the normal testis beside it lost).
  * A normal aspect written as a key before its value, "cortex normal" in a kidney's template row beside that
    kidney's cyst: one aspect of an organ with a lesion, not the organ called normal (q202, nr021 of older corpora).

Each row is a passage written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of, reading_of

from udt.parser import ReportParser

ORGAN = "Organ_level"
DIAGNOSIS = "Diagnosis"


# -- a parenting forum's DS/DD with an age; the poster's own children listed ------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DS is 7 and has had tummy aches for weeks. Scan said: gallbladder normal, no stones.",
         ["Pediatric abdomen and retroperitoneum"]),
        ("DD (11) had her pelvic scan: \"right ovary has a 2.5 cm simple cyst, uterus normal\". Worried sick.",
         ["Pediatric gynaecological pathology and infant breast"]),
        ("DD is 10 months and has a lump in her neck. Scan: \"oval lymph node 12 mm, salivary glands normal\".",
         ["Pediatric head and neck"]),
        ("DS2 (5) had his kidneys scanned: \"left kidney 7.1 cm with mild pelvic dilatation\".",
         ["Pediatric urinary tract"]),
        # Guards: a grown DS; the poster's own scan beside the children she has; a child list with a comma.
        ("DS is 19 and away at uni, so I went alone. My scan: liver 15 cm with a 2 cm simple cyst.", ["Liver"]),
        ("My scan (I'm 41): left kidney 11 cm, a 1.8 cm simple cyst. I've got a 3yo and a 7yo so no time for this.",
         ["Kidney and ureter"]),
        ("Scan today at 38: 4 cm fibroid in the uterus. We have a 4yo, a 6yo and a 9yo.", ["Uterus"]),
    ],
)
def test_forum_child_words_and_family_lists(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == expected


# -- a Y/N proforma's "N" ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "field", "value", "expected"),
    [
        ("R kidney: 10.2 cm | hydronephrosis: N | mass: N\nL kidney: 10.8 cm | hydronephrosis: N | mass: N",
         DIAGNOSIS, "mass", "absent"),
        ("R testis: 4.1 cm | focal lesion: N | hydrocele: N\nL testis: 4.0 cm | hydrocele: N", DIAGNOSIS,
         "fluid collection", "absent"),
        ("Bladder: NAD | diverticulum: N | mass: N | PVR 40 ml", DIAGNOSIS, "mass", "absent"),
        # Guards: a "Y" answer asserts; an "N" that is no whole value (a staging code, an initial) denies nothing.
        ("L kidney: 11 cm | cyst: Y - 2.2 cm simple cyst upper pole | mass: N", DIAGNOSIS, "cyst", "present"),
        ("Right neck mass: N1 nodal disease on staging, 3 cm hypoechoic mass at level II.", DIAGNOSIS, "mass",
         "present"),
        ("Hydrocele: N. Smith reviewed the images; moderate right hydrocele.", DIAGNOSIS, "fluid collection",
         "present"),
    ],
)
def test_proforma_n_answer_denies_its_key(parser: ReportParser, text: str, field: str, value: str,
                                          expected: str) -> None:
    assert reading_of(parser, text, field, value) == expected


def test_proforma_normal_testis_beside_a_denied_hydrocele(parser: ReportParser) -> None:
    text = ("R testis: 4.4 x 2.7 cm | focal lesion: Y - 12 mm hypoechoic solid lesion | hydrocele: N\n"
            "L testis: 4.2 x 2.5 cm | focal lesion: N | epididymis: normal | hydrocele: N")
    assert "fluid collection" not in labels_of(parser, text, DIAGNOSIS)


# -- a normal aspect written as the key of its item -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L kidney: 10.9 cm, cortex normal, no hydronephrosis, 3.1 cm simple cyst at the lower pole.", ["cyst"]),
        ("Gallbladder: wall: normal; a 7 mm polyp at the fundus, no stones.", []),
        # Guards: an organ with no lesion of its own stays normal; the aspect inside a clause is read as before.
        ("Right kidney: cortex normal, no hydronephrosis. Left kidney: 2 cm simple cyst.",
         ["cyst", "normal appearance"]),
        ("Right testis: homogeneous, blood flow normal. Left testis: 9 mm haematoma at the lower pole.",
         ["fluid collection", "normal appearance"]),
    ],
)
def test_aspect_key_before_normal(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, DIAGNOSIS) == expected


# -- Doppler wording: a denied arterial, venous or colour signal; a non-native "increase" flow ------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Day 3 after transplant: no arterial signal in the hepatic hilum despite low PRF settings.",
         ["no vascularity"]),
        ("Left testis swollen and hypoechoic; no colour signal within it on low-flow settings.", ["no vascularity"]),
        ("Popliteal vein non-compressible, no venous signal on augmentation.", ["no vascularity"]),
        ("Right epididymis head enlarged 14 mm, increase blood flow.", ["increased vascularity"]),
        ("Thyroid both lobes enlarged, heterogeneous, increase vascularity.", ["increased vascularity"]),
        # Guards: a signal named and present; an increase of size, not of flow.
        ("Arterial signal is seen within the solid component.", []),
        ("The node shows increase in size since May, 14 mm now.", []),
    ],
)
def test_doppler_signal_and_flow_wording(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, "Vascularity") == expected


# -- a shape word said of a line or band ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lung US: irregular interrupted pleural line over the left base with coalescent B-lines.", []),
        ("Knee: an irregular hyperechoic band over the femoral cartilage, no effusion.", []),
        # Guards: a lesion's irregular shape; a linear line keeps its linear shape.
        ("Right breast 10 o'clock: an irregular hypoechoic mass of 14 mm, with an echogenic line at its edge.",
         ["irregular"]),
        ("Right testis: linear hypoechoic fracture line through the lower pole.", ["tubular/linear"]),
    ],
)
def test_shape_of_a_line_or_band(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, "Shape") == expected


# -- normal wording: a recogniser's "on remarkable"; a normal size key; a normal fascia --------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The gallbladder contains a 2 cm stone with shadowing. Left kidney on remarkable.", ["normal appearance"]),
        ("- Right ovary: a 3 cm simple cyst.\n- Left ovary: size normal, few small follicles.", ["cyst"]),
        ("Achilles insertion thickened, small retrocalcaneal bursal effusion. Plantar fascia 3.4 mm, normal.",
         ["fluid collection"]),
        # Guards: a whole organ beside a lesion; size joined to another aspect.
        ("- Right ovary: a 3 cm simple cyst.\n- Left ovary: normal.", ["cyst", "normal appearance"]),
        ("- Right ovary: a 3 cm simple cyst.\n- Left ovary: size and echotexture normal.",
         ["cyst", "normal appearance"]),
    ],
)
def test_normal_wording_of_bf16_writers(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, DIAGNOSIS) == expected


# -- organs: the axillary artery is an artery; a landmark on the trunk's long axis -------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Large-vessel vasculitis screen: both axillary arteries show concentric hypoechoic wall thickening 1.4 mm.",
         ["Peripheral arteries"]),
        ("Dilated common bile duct, 10 mm, with a 7 mm shadowing calculus just cranial to the pancreatic head.",
         ["Gallbladder and bile ducts"]),
        ("Right kidney: 2 cm exophytic cyst at the lower pole; a small fluid pocket caudal to the liver tip.",
         ["Kidney and ureter"]),
        # Guards: the axilla's nodes stay the axilla; the pancreas examined in its own right stays.
        ("Left axilla: three nodes with preserved fatty hila, largest 9 mm.", ["Axilla"]),
        ("Common bile duct 5 mm. Pancreatic head shows a 1.8 cm hypoechoic mass.",
         ["Gallbladder and bile ducts", "Pancreas"]),
    ],
)
def test_axillary_artery_and_long_axis_landmarks(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == expected


# -- a denial does not reach a grade word that opens the next "and" item -----------------------------------------------
@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Left testis swollen, with absent venous flow and reduced arterial flow on spectral Doppler.",
         "reduced/diminished vascularity", "present"),
        # Guards: a grade of something else than flow; a grade denied outright; the denial of the first item stays.
        ("The graft shows no diastolic flow and increased arterial resistance indices.", "increased vascularity",
         None),
        ("No increased flow within the epididymis.", "increased vascularity", "absent"),
        ("Left testis swollen, with absent venous flow and reduced arterial flow on spectral Doppler.",
         "no vascularity", "present"),
    ],
)
def test_denial_stops_at_an_and_item_with_its_own_grade(parser: ReportParser, text: str, value: str,
                                                        expected: str | None) -> None:
    assert reading_of(parser, text, "Vascularity", value) == expected
