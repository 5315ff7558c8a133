"""How English and report layouts attach an organ, a size and a side to a lesion, round 3: one table per class
(sentences written for this file, never corpus text), each with near misses that must not trigger.

Each row is a passage and the (organ, released diagnosis, side, largest size in mm) of every lesion finding the
parser must make, in report order.
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser

Lesion = tuple[str | None, str | None, str | None, float | None]
Row = tuple[str, list[Lesion]]


def _lesions(parser: ReportParser, text: str) -> list[Lesion]:
    """(organ, released diagnosis, side, largest size in mm) of each lesion finding, in report order."""
    return [(f.organ, f.diagnosis, f.laterality, max(f.size_mm) if f.size_mm else None)
            for f in parser.parse(text).findings if f.kind == "lesion"]


# 1. A lipoma or haematoma whose own sentence names a limb segment (arm, forearm, thigh, calf, shin, leg) or a
#    muscle lies in that limb's soft tissues, on the side stated, not in the joint, axilla or vein described
#    before it.
LIMB_SOFT_TISSUE: list[Row] = [
    ("Right knee: 22 mm Baker's cyst in the popliteal fossa. Within the calf subcutaneous fat, a 31 mm lipoma.",
     [("Knee", "cyst", "right", 22.0), ("Soft tissues", "mass", "right", 31.0)]),
    ("Left knee: small joint effusion. Superficial haematoma of the left shin measuring 5 x 2 cm.",
     [("Knee", "fluid collection", "left", None), ("Soft tissues", "fluid collection", "left", 50.0)]),
    ("RIGHT AXILLA: no nodes. Right forearm: a 2.6 x 0.9 cm isoechoic lipoma, 3 mm under the skin.",
     [("Soft tissues", "mass", "right", 26.0)]),
    ("Left knee: 2 cm Baker's cyst in the popliteal fossa. A 4.1 cm haematoma within the medial gastrocnemius.",
     [("Knee", "cyst", "left", 20.0), ("Soft tissues", "fluid collection", "left", 41.0)]),
    ("Right hip: no effusion. Thigh: a lipoma of 47 mm lying in the vastus lateralis.",
     [("Soft tissues", "mass", "right", 47.0)]),
    # near misses: a lipoma under an organ heading whose sentence names no limb stays in that organ; a Baker's cyst
    # beside a muscle is still the knee's; a haematoma in the breast's fat is the breast's
    ("Left breast: 14 mm oval lipoma at 2 o'clock in the subcutaneous fat.",
     [("Breast", "mass", "left", 14.0)]),
    ("Right knee: 3 cm Baker's cyst between the medial gastrocnemius and semimembranosus.",
     [("Knee", "cyst", "right", 30.0)]),
    ("Right breast: post-biopsy haematoma, 18 mm, at 10 o'clock.",
     [("Breast", "fluid collection", "right", 18.0)]),
]


@pytest.mark.parametrize(("text", "expected"), LIMB_SOFT_TISSUE)
def test_a_limb_lipoma_or_haematoma_is_in_the_soft_tissues(parser: ReportParser, text: str,
                                                            expected: list[Lesion]) -> None:
    assert _lesions(parser, text) == expected


# 2. A colon ends the phrase a size belongs to: "Left kidney 11.2 cm: the cyst ..." measures the kidney, so the
#    size is no pre-modifier of the lesion after the colon (which keeps its own size, or none).
COLON_ENDS_THE_SIZE: list[Row] = [
    ("Left kidney 11.2 cm: the cyst at the lower pole measures 2.7 cm.",
     [("Kidney and ureter", "cyst", "left", 27.0)]),
    ("Liver 16 cm: a hyperechoic haemangioma in segment 6 has grown to 19 mm.",
     [("Liver", "mass", None, 19.0)]),
    ("Right ovary 34 mm: a simple cyst with no septa.",
     [("Adnexa", "cyst", "right", None)]),
    # near misses: a size right before its lesion word, across modifiers and after an organ's colon, still
    # pre-modifies it
    ("Left kidney: 2.7 cm simple cyst at the lower pole.",
     [("Kidney and ureter", "cyst", "left", 27.0)]),
    ("Liver 16 cm, with a 19 mm echogenic haemangioma in segment 6.",
     [("Liver", "mass", None, 19.0)]),
]


@pytest.mark.parametrize(("text", "expected"), COLON_ENDS_THE_SIZE)
def test_a_colon_ends_the_phrase_a_size_belongs_to(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert _lesions(parser, text) == expected


# 3. A size right after "largest"/"larger"/"biggest" is the group's own size, ahead of an earlier size its
#    sentence gives (an enlarged organ's length the lesion would otherwise take).
GROUP_LARGEST_FIRST: list[Row] = [
    ("Spleen: splenomegaly, 16.1 cm, with three small cysts, the largest 11 mm.",
     [("Spleen", "cyst", None, 11.0)]),
    ("Liver: hepatomegaly, 19 cm, with several cysts, the biggest measuring 2.2 cm.",
     [("Liver", "cyst", None, 22.0)]),
    ("Spleen: enlarged to 15 cm. Splenomegaly, 15 cm, with two cysts, the larger 9 mm.",
     [("Spleen", "cyst", None, 9.0)]),
    # near misses: a group with only its largest size, and a group whose sizes are listed with no "largest"
    # (one finding per size, as before)
    ("Liver: multiple simple cysts, the largest 24 mm in segment 7.",
     [("Liver", "cyst", None, 24.0)]),
    ("Spleen: two cysts of 8 mm and 6 mm.",
     [("Spleen", "cyst", None, 8.0), ("Spleen", "cyst", None, 6.0)]),
]


@pytest.mark.parametrize(("text", "expected"), GROUP_LARGEST_FIRST)
def test_a_groups_largest_size_comes_first(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert _lesions(parser, text) == expected


# 4. "a baby" wished for ("trying for a baby", "want another baby") is no child patient: an adult's lesions stay
#    in the adult organs, with their sizes and sides.
WISHED_BABY: list[Row] = [
    ("Right ovary: 4,1 x 3,2 cm simple cyst. We are trying for a baby, is this a problem?",
     [("Adnexa", "cyst", "right", 41.0)]),
    ("Uterus with a 2.5 cm intramural fibroid. Left ovary normal. I'm 34 and want another baby.",
     [("Uterus", "mass", None, 25.0)]),
    ("Left kidney: 18 mm cortical cyst. Planning a baby next year.",
     [("Kidney and ureter", "cyst", "left", 18.0)]),
    # near misses: a baby who is the patient stays a child
    ("My baby has a 12 mm cyst in the right kidney.",
     [("Pediatric urinary tract", "cyst", "right", 12.0)]),
    ("Baby girl, 3 weeks: 9 mm left ovarian cyst.",
     [("Pediatric gynaecological pathology and infant breast", "cyst", "left", 9.0)]),
]


@pytest.mark.parametrize(("text", "expected"), WISHED_BABY)
def test_a_baby_wished_for_is_no_child_patient(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert _lesions(parser, text) == expected


# 5. A size before an organ word that modifies the lesion word after it ("a 3.2 cm right adrenal mass") pre-modifies
#    that lesion: it is the lesion's size, ahead of a comparison size later in the sentence.
SIZE_ACROSS_AN_ORGAN_MODIFIER: list[Row] = [
    ("Adrenals: a 2.9 cm oval left adrenal mass, unchanged from the CT (2.7 cm).",
     [("Adrenal glands", "mass", "left", 29.0)]),
    ("Kidneys: a 14 mm right renal cyst, stable (13 mm in 2023).",
     [("Kidney and ureter", "cyst", "right", 14.0)]),
    # near misses: an organ's own length before its part and lesion stays the organ's; a lesion with no size
    # before it keeps the size after it
    ("Liver 15.5 cm, right lobe with a 21 mm cyst.",
     [("Liver", "cyst", None, 21.0)]),
    ("Adrenals: a left adrenal mass of 2.9 cm.",
     [("Adrenal glands", "mass", "left", 29.0)]),
]


@pytest.mark.parametrize(("text", "expected"), SIZE_ACROSS_AN_ORGAN_MODIFIER)
def test_a_size_pre_modifies_a_lesion_across_an_organ_word(parser: ReportParser, text: str,
                                                           expected: list[Lesion]) -> None:
    assert _lesions(parser, text) == expected


# 6. A TI-RADS level after a diffuse condition with no lesion value ("thyroiditis pattern") grades a nodule of its
#    own line, not the condition: the nodule is a finding with its own size and side (the condition is a state of the
#    organ, udt:isOrganState, a finding of kind "structure", not listed among the lesions).
TIRADS_AFTER_A_DIFFUSE_CONDITION: list[Row] = [
    ("THYROID: background heterogeneous, features of thyroiditis.\nN1 Lt mid: 12 mm, solid, isoechoic, TR3",
     [("Thyroid gland", "nodule", "left", 12.0)]),
    ("Thyroid: coarse echotexture in keeping with thyroiditis.\nRt lower: 7 mm, spongiform, TR1",
     [("Thyroid gland", "nodule", "right", 7.0)]),
    # near misses: a level after a nodule or an unnamed lesion of the thyroid still grades it (one finding)
    ("Thyroid: right lobe 1.4 cm solid hypoechoic nodule, TR4.",
     [("Thyroid gland", "nodule", "right", 14.0)]),
    ("Thyroid: left lobe 9 mm lesion, mixed cystic and solid, TR3.",
     [("Thyroid gland", None, "left", 9.0)]),
]


@pytest.mark.parametrize(("text", "expected"), TIRADS_AFTER_A_DIFFUSE_CONDITION)
def test_a_tirads_level_after_a_diffuse_condition_grades_a_nodule(parser: ReportParser, text: str,
                                                                   expected: list[Lesion]) -> None:
    assert _lesions(parser, text) == expected
