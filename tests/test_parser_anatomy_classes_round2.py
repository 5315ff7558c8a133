"""Anatomy and diagnosis classes of real-world report text, second round (issue 11): one table per class.

Each row is a sentence written for this file (not a corpus line) with the organs it must give; the near-miss rows
are wordings of the same look that must not trigger the rule.
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

ORGAN = "Organ_level"
DIAGNOSIS = "Diagnosis"


# -- a limb region or joint that only locates a vein's thrombus is no organ examined --------------------------------
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Non-occlusive thrombus in the right great saphenous vein at mid thigh, 6 cm below the junction.",
         ["Peripheral veins"]),
        ("Acute thrombus fills the left femoral vein in the distal thigh.", ["Peripheral veins"]),
        ("Superficial thrombophlebitis: in the GSV on the right in the lower third of thigh a partially occlusive "
         "clot.", ["Peripheral veins"]),
        ("My doctor says the scan found a DVT behind my left knee, starting blood thinners tomorrow.",
         ["Peripheral veins"]),
        ("Duplex: acute DVT just behind the right knee.", ["Peripheral veins"]),
        # The vein holding the thrombus is the finding's site, even beside a lesion of the calf muscles.
        ("Occlusive thrombus in the left popliteal vein; the calf muscles show a 3 cm intramuscular haematoma.",
         ["Peripheral veins", "Soft tissues"]),
        # Near misses: the region or joint holds a finding of its own.
        ("A 4 cm lipoma in the anterior thigh.", ["Soft tissues"]),
        ("Thrombus in the right GSV. Separately, a 2 cm haematoma in the thigh muscle.",
         ["Peripheral veins", "Soft tissues"]),
        ("A 5 cm Baker's cyst behind the right knee.", ["Knee"]),
        ("Small joint effusion of the left knee; femoral and popliteal veins compressible.",
         ["Knee", "Peripheral veins"]),
    ],
)
def test_region_locating_a_thrombus(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == sorted(organs)


# -- a diagnosis in a clause of its own implies its organ even where the sentence names other organs -----------------
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Liver shrunken with a nodular surface, spleen 14 cm, moderate ascites.",
         ["Liver", "Peritoneum mesentery and omentum", "Spleen"]),
        ("Coarse liver echotexture; small volume ascites.", ["Liver", "Peritoneum mesentery and omentum"]),
        ("The right kidney is normal, gallstones are noted.", ["Gallbladder and bile ducts", "Kidney and ureter"]),
        ("Uterus 7 cm and normal; bilateral endometriomas of 3 and 4 cm.", ["Adnexa", "Uterus"]),
        ("The liver is normal in size, multiple mobile gallstones, no wall thickening.",
         ["Gallbladder and bile ducts", "Liver"]),
        # Near misses: anatomy before it in its clause, or holding it, is its site.
        ("Left ovary: 3 cm endometrioma with ground-glass echoes.", ["Adnexa"]),
        ("A 2 cm lipoma in the upper outer quadrant of the left breast.", ["Breast"]),
        ("Spleen normal. Liver contains a 2 cm haemangioma in segment 6.", ["Liver", "Spleen"]),
    ],
)
def test_diagnosis_apart_implies_its_organ(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == sorted(organs)


# -- nerve studies of the hand: a denied lesion placed in named anatomy, a digit's movement --------------------------
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Median nerve CSA 14 mm2 at the inlet. No ganglion cyst was found within the carpal tunnel.",
         ["Peripheral nerves"]),
        ("Swollen median nerve, 16 mm2; no ganglion is seen in the carpal canal.", ["Peripheral nerves"]),
        ("The median nerve glides normally with finger flexion; cross-sectional area 9 mm2.", ["Peripheral nerves"]),
        # Near misses: a denied lesion in no anatomy still names its typical site; a digit examined stays.
        ("No ascites.", ["Peritoneum mesentery and omentum"]),
        ("Liver normal. No ganglion cyst.", ["Liver", "Wrist and carpus"]),
        ("Dynamic scan: the A1 pulley thickened with catching of the flexor tendon on finger flexion.", ["Fingers"]),
        ("Trigger thumb: the A1 pulley is thickened to 1.2 mm.", ["Fingers"]),
        ("Swelling of the left index finger; tenosynovitis of the flexor tendon.", ["Fingers"]),
    ],
)
def test_hand_nerve_study(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == sorted(organs)


# -- eponymous and childhood tumours name their organ (ontology UDT_0000590-594) ------------------------------------
@pytest.mark.parametrize(
    ("text", "organs", "diagnoses"),
    [
        ("Wilms tumour in a 3-year-old, 8 cm in the left flank.", ["Pediatric urinary tract"], ["mass"]),
        ("A large heterogeneous nephroblastoma replaces the lower pole.", ["Pediatric urinary tract"], ["mass"]),
        ("Right suprarenal neuroblastoma with coarse calcifications encasing the IVC.",
         ["Pediatric abdomen and retroperitoneum"], ["mass"]),
        ("A 9 cm hepatoblastoma in the right lobe.", ["Pediatric abdomen and retroperitoneum"], ["mass"]),
        ("Hill-Sachs lesion noted.", ["Shoulder"], []),
        ("Calcified Peyronie plaque of 8 mm with shadowing.", ["Penis and perineum"], []),
        # Near misses: an arterial plaque, an adult's renal mass.
        ("Echogenic plaque at the carotid bifurcation.", ["Peripheral arteries"], []),
        ("A 3 cm solid mass in the left kidney of a 60-year-old.", ["Kidney and ureter"], ["mass"]),
    ],
)
def test_eponymous_and_childhood_tumours(parser: ReportParser, text: str, organs: list[str],
                                         diagnoses: list[str]) -> None:
    report = parser.parse(text)
    assert sorted(report.labels[ORGAN]) == sorted(organs)
    assert sorted(report.labels[DIAGNOSIS]) == sorted(diagnoses)


# -- normal wording of translated and British reports names a normal organ ------------------------------------------
@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("The bladder shows no pathological findings.", True),
        ("Left kidney without pathological findings.", True),
        ("Thyroid: nothing abnormal seen.", True),
        ("Both ovaries: nothing abnormal detected.", True),
        # Near misses: a lesion unchanged, a finding the sentence states.
        ("The 9 mm nodule is stable compared with 2023.", False),
        ("Nothing abnormal seen in the liver apart from a 2 cm haemangioma.", False),
    ],
)
def test_translated_normal_wording(parser: ReportParser, text: str, normal: bool) -> None:
    assert ("normal appearance" in parser.parse(text).labels[DIAGNOSIS]) is normal


# -- one side of a paired organ described only by normal attributes is a normal organ ------------------------------
@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("Left testis 3.9 x 2.2 cm, homogeneous, normal echogenicity. The right epididymis is swollen and hyperaemic, "
         "with a small right hydrocele.", True),
        ("Right kidney 10.9 cm, echogenicity is normal. Left kidney: 2 cm simple cyst at the upper pole.", True),
        ("Left ovary 28 x 19 mm with normal echotexture. Right ovary contains a 4 cm haemorrhagic cyst.", True),
        # Near misses: a lesion on the same side, in the same sentence, or a limb's veins (guideline: a venous study
        # described as compressible gets no normal appearance).
        ("Right testis 4.0 cm, homogeneous, normal echogenicity. A 6 mm cyst in the right epididymal head.", False),
        ("Left kidney 11 cm, normal echogenicity, with a 9 mm echogenic angiomyolipoma.", False),
        ("Left common femoral vein compressible with normal echogenicity of the wall. Right popliteal DVT.", False),
    ],
)
def test_normal_side_of_a_paired_organ(parser: ReportParser, text: str, normal: bool) -> None:
    assert ("normal appearance" in parser.parse(text).labels[DIAGNOSIS]) is normal


# -- named limb, trunk and neck muscles: soft tissues when examined, landmarks beside another organ (UDT_0000595) ----
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Transverse image of the posterior neck: a 3 cm lipoma deep to the trapezius.", ["Soft tissues"]),
        ("Partial tear of the medial gastrocnemius with a 4 cm intermuscular haematoma.", ["Soft tissues"]),
        ("Ultrasound of the left thigh: 5 cm haematoma within the vastus lateralis.", ["Soft tissues"]),
        ("Painful lump in the posterior neck, 2 cm, oval, avascular.", ["Soft tissues"]),
        # Near misses: the muscle only places a finding of another organ.
        ("A ruptured Baker's cyst tracking along the medial gastrocnemius.", ["Knee"]),
        ("Thyroid: 8 mm nodule in the right lobe, medial to the sternocleidomastoid.", ["Thyroid gland"]),
    ],
)
def test_named_muscles(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == sorted(organs)


# -- a changed aspect in the normal statement's own sentence keeps the organ from being normal ----------------------
@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("Right kidney 10 cm, increased cortical echogenicity, normal echotexture. Left kidney: 3 cm cyst.", False),
        ("Liver: heterogeneous echotexture, normal size. Spleen: 2 cm cyst.", False),
        # Near misses: denied or absent change words.
        ("Right kidney 10 cm, normal, no increased echogenicity. Left kidney: 3 cm cyst.", True),
        ("Right kidney 10 cm, normal. Left kidney: 3 cm cyst.", True),
    ],
)
def test_changed_aspect_blocks_normal(parser: ReportParser, text: str, normal: bool) -> None:
    assert ("normal appearance" in parser.parse(text).labels[DIAGNOSIS]) is normal
