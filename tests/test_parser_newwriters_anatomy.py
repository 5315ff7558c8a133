"""Anatomy and diagnosis classes of new writers' report text (issue 11): one table per class.

Each row is a sentence written for this file (not a corpus line) with the organs (or diagnoses) it must give; the
near-miss rows are wordings of the same look that must not trigger the rule.
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of, statuses_of

from udt.parser import ReportParser

ORGAN = "Organ_level"
DIAGNOSIS = "Diagnosis"


# -- fluid said to surround an organ lies in that organ's own space ------------------------------------------------
# Before: "around", "surrounding" made the organ a landmark, kept only where the report named no other organ, so a
# FAST view's "fluid around the spleen" beside a liver sentence lost the spleen.
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Right upper quadrant: liver edge smooth. Left upper quadrant: a thin crescent of fluid around the spleen.",
         ["Liver", "Spleen"]),
        ("Liver unremarkable. Fluid is seen surrounding the left kidney, 8 mm deep.", ["Kidney and ureter", "Liver"]),
        ("Gallbladder normal. A small haematoma around the lower pole of the right kidney.",
         ["Gallbladder and bile ducts", "Kidney and ureter"]),
        ("Liver normal in size. There is no fluid around the spleen.", ["Liver", "Spleen"]),
        # Near misses: fluid that types a space of its own keeps the organ a landmark; fluid around the lung lies in
        # the pleural space; a lesion (not fluid) around an organ is still placed by it.
        ("Gallbladder normal. Moderate ascites around the liver.",
         ["Gallbladder and bile ducts", "Peritoneum mesentery and omentum"]),
        ("Heart normal. Small pleural effusion with fluid around the lung base.",
         ["Heart and mediastinum", "Pleural space"]),
        ("Thyroid normal. A lymph node lies posterior to the spleen.", ["Lymph nodes", "Thyroid gland"]),
    ],
)
def test_fluid_around_an_organ_is_in_its_space(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == organs


# -- a named muscle that holds a lesion is the lesion's site --------------------------------------------------------
# Before: a named muscle (soleus, gastrocnemius, trapezius) was always a landmark, so the soft tissues of a
# haematoma "within the soleus" in a venous study, or of a lipoma "in the trapezius" beside the thyroid, were lost.
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Calf veins compress normally. A 5 x 2 cm haematoma lies within the soleus muscle.",
         ["Peripheral veins", "Soft tissues"]),
        ("Popliteal vein patent. There is a 4 cm anechoic collection in the medial gastrocnemius.",
         ["Peripheral veins", "Soft tissues"]),
        ("Thyroid normal. Lipoma within the trapezius muscle, 3 cm.", ["Soft tissues", "Thyroid gland"]),
        # Near misses: a muscle that only places a lesion of another organ stays a landmark.
        ("Baker's cyst in the popliteal fossa with a tail extending along the medial gastrocnemius.", ["Knee"]),
        ("Thyroid: a 9 mm nodule in the left lobe, anteromedial to the sternocleidomastoid.", ["Thyroid gland"]),
    ],
)
def test_a_muscle_holding_a_lesion_is_its_site(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == organs


# -- a bare "fluid" found somewhere is a collection -----------------------------------------------------------------
# Before: a bare "fluid" was a collection only when a place word followed it at once ("fluid in the bursa"), so
# "fluid is seen around the spleen", "fluid was noted in the pelvis" and the lay "fluid on the lungs" named none.
@pytest.mark.parametrize(
    ("text", "diagnoses", "organs"),
    [
        ("Fluid is seen in the pelvis.", ["fluid collection"], []),
        ("A little fluid was noted in the left flank.", ["fluid collection"], []),
        ("Fluid was present around the spleen.", ["fluid collection"], ["Spleen"]),
        ("Fluid on the knee, moderate, with a thickened synovium.", ["fluid collection"], ["Knee"]),
        ("They told me there was fluid on the lungs.", ["fluid collection"], ["Pleural space"]),
        # Near misses: fluid as a cyst's content, a passage or a joined word is no collection.
        ("A 2 cm cyst filled with fluid in the left ovary.", ["cyst"], ["Adnexa"]),
        ("Fluid-filled loops of small bowel, normal peristalsis.", [], ["Gastrointestinal tract"]),
        ("Passage of fluid into the duodenum is seen on real-time imaging.", [], ["Gastrointestinal tract"]),
    ],
)
def test_bare_fluid_found_somewhere_is_a_collection(parser: ReportParser, text: str, diagnoses: list[str],
                                                    organs: list[str]) -> None:
    assert labels_of(parser, text, DIAGNOSIS) == diagnoses
    assert labels_of(parser, text, ORGAN) == organs


# -- a relative's or a header's age in months, or a young sibling's, makes the patient a child ----------------------
# Before: "my son is 18 months" read 18 as years (an adult), and a sister, brother, nephew or niece with an age in
# brackets was never read as a child, so a toddler's testes or a teenager's thyroid got the adult organs.
@pytest.mark.parametrize(
    ("text", "systems"),
    [
        ("My son is 18 months and his left testis is high. Scan: both testes normal in size.", ["Pediatrics"]),
        ("Our daughter (6 weeks) had her hip scan: right hip alpha angle 66 degrees, normal.", ["Pediatrics"]),
        ("Asking for my sister (15): thyroid normal size, no nodules.", ["Pediatrics"]),
        ("My nephew is 12 - his neck scan showed a few reactive lymph nodes.", ["Pediatrics"]),
        ("Age: 20 months. Right kidney 6.1 cm, normal.", ["Pediatrics"]),
        # Near misses: an adult relative, a duration, or a pregnancy's age is no child.
        ("My brother (45) had his thyroid scanned: thyroid normal.", ["Head and Neck"]),
        ("My sister has had this lump for 6 months. Breast: simple cyst 9 mm.", ["Breast and Axilla"]),
        ("Gestational age 20 weeks. Cervix 36 mm, closed.", ["Gynaecology"]),
    ],
)
def test_a_childs_age_in_months_or_a_young_relative_is_a_child(parser: ReportParser, text: str,
                                                                 systems: list[str]) -> None:
    assert labels_of(parser, text, "Body_system_level") == systems


# -- terse dictation's organ abbreviations and toes -----------------------------------------------------------------
# Before: "Panc" (pancreas) named no organ, and a lesion at a toe fell to its typical site (a ganglion: the wrist).
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Panc/spleen NAD.", ["Pancreas", "Spleen"]),
        ("Liver nl. GB: no calculi. Panc: obscured by gas.", ["Gallbladder and bile ducts", "Liver", "Pancreas"]),
        ("Ganglion cyst at the great toe, 8 mm.", ["Foot"]),
        ("Lump on the big toe: 6 mm hypoechoic nodule.", ["Foot"]),
        # (not the "TOE" of a transoesophageal echo)
        ("No thrombus in the left atrial appendage on TOE.", ["Heart and mediastinum"]),
        # Near misses: a wrist ganglion keeps its wrist; "pancreatic" names the pancreas all the same.
        ("Ganglion cyst at the dorsal wrist, 8 mm.", ["Wrist and carpus"]),
        ("No pancreatic duct dilatation.", ["Pancreas"]),
    ],
)
def test_dictation_abbreviations_and_toes(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == organs


# -- a coarse echotexture names no organ by itself ------------------------------------------------------------------
# Before: "coarse echotexture" was a synonym of cirrhosis, so a thyroid's "both lobes show coarse echotexture" (chronic
# thyroiditis) added the liver.
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Thyroid lobes 4 cm each. Both lobes show a coarse echotexture with increased vascularity.",
         ["Thyroid gland"]),
        ("The gland is enlarged. Both lobes coarse echotexture. Impression: thyroiditis.", ["Thyroid gland"]),
        # Near misses: the liver said to be coarse, or cirrhosis named, still gives the liver.
        ("The liver is small with a coarse echotexture and nodular outline.", ["Liver"]),
        ("Coarse echotexture in keeping with cirrhosis. Spleen 14 cm.", ["Liver", "Spleen"]),
    ],
)
def test_coarse_echotexture_names_no_organ_alone(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == organs


# -- peritoneal nodules are deposits, not the released nodule --------------------------------------------------------
# Before: "Peritoneal nodules: none" on an O-RADS sheet read as an absent nodule (the thyroid's and breast's value).
@pytest.mark.parametrize(
    ("text", "absent_nodule"),
    [
        ("O-RADS 2. Ascites: none. Peritoneal nodules: none.", False),
        ("No ascites or peritoneal implants.", False),
        ("Omental nodules are absent.", False),
        # Near misses: a denied thyroid or breast nodule stays an absent nodule.
        ("Thyroid: no nodules.", True),
        ("Right breast: no nodule or mass.", True),
    ],
)
def test_peritoneal_nodules_are_deposits(parser: ReportParser, text: str, absent_nodule: bool) -> None:
    assert ("absent" in statuses_of(parser, text, DIAGNOSIS, "nodule")) is absent_nodule
    assert "Peritoneum mesentery and omentum" in labels_of(parser, text, ORGAN) or absent_nodule


# -- finer joint, bursa and lung-lobe names new writers use ---------------------------------------------------------
# Before: none of these named an organ, so a cyst at the radiocarpal joint or a ganglion at the spinoglenoid notch
# fell to the ganglion's typical site (the wrist) or to nothing, and an atelectatic lower lobe gave no lung.
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("A 9 mm cyst arising from the radiocarpal joint, volar to the scaphoid.", ["Wrist and carpus"]),
        ("Small effusion of the distal radioulnar joint; TFCC intact.", ["Wrist and carpus"]),
        ("LEFT: a 7 mm ganglion at the spinoglenoid notch.", ["Shoulder"]),
        ("Joint effusion anterior to the radial head, 3 mm.", ["Elbow"]),
        ("Fluid-distended prepatellar bursa, 12 mm, with hyperaemia.", ["Knee"]),
        ("Hypoechoic 8 mm lesion in the third interdigital space, compatible with a Morton neuroma.", ["Foot"]),
        ("A seed ganglion arising from the flexor tendon sheath at the A2 pulley, 4 mm.", ["Fingers"]),
        ("Moderate effusion with an atelectatic right lower lobe floating within it.", ["Pleural space", "Pulmonary"]),
        # Near misses: "lobe" of the liver or thyroid is no lung; "radial artery" is no elbow.
        ("Right lobe of the liver: 2 cm haemangioma.", ["Liver"]),
        ("Thyroid left lobe lower pole: 6 mm cyst.", ["Thyroid gland"]),
        ("Radial artery patent, PSV 60 cm/s.", ["Peripheral arteries"]),
    ],
)
def test_finer_joint_bursa_and_lobe_names(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == organs


# -- a measured fluid is a collection; a hollow organ's fluid is its content ----------------------------------------
# Before: "4 mm of anechoic fluid" (a unit, not an amount word) named no collection, while "stomach distended with
# fluid" (a lumen's content) named one.
@pytest.mark.parametrize(
    ("text", "diagnoses"),
    [
        ("Retrocalcaneal bursa: 4 mm of anechoic fluid.", ["fluid collection"]),
        ("About 20 ml of echogenic fluid lies in the hepatorenal space.", ["fluid collection"]),
        ("Subacromial bursa holds 3 mm of fluid.", ["fluid collection"]),
        # Near misses: a lumen's content, fluid passing through, a measurement before an unrelated "with fluid".
        ("The stomach is distended with fluid; pyloric canal 12 mm.", []),
        ("Small bowel loops filled with fluid, peristalsing normally.", []),
        ("Muscle thickness 2 mm, canal 11 mm, with fluid passing freely into the duodenum.", []),
    ],
)
def test_measured_fluid_and_lumen_content(parser: ReportParser, text: str, diagnoses: list[str]) -> None:
    assert labels_of(parser, text, DIAGNOSIS) == diagnoses


# -- a named bursa's adjective names its joint ----------------------------------------------------------------------
# Before: "olecranon bursitis", "retrocalcaneal bursitis", "subacromial bursitis" named no organ (only the bursa's full
# name did), so a terse impression lost its joint.
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Impression: olecranon bursitis.", ["Elbow"]),
        ("Retrocalcaneal bursitis with a thickened Achilles insertion.", ["Ankle"]),
        ("Subacromial bursitis, 2 mm, no cuff tear.", ["Shoulder"]),
        ("Trochanteric bursitis on the left.", ["Hip groin and buttock"]),
        ("Prepatellar bursitis after kneeling.", ["Knee"]),
        # Near miss: bursitis without a named bursa names no joint.
        ("Bursitis, small.", []),
    ],
)
def test_a_named_bursitis_names_its_joint(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == organs


# -- a distance from an organ, or a lay "by my ...", only places a finding -------------------------------------------
# Before: "1 cm from the adrenal" labelled the adrenal beside a renal mass, and "a lump by my ear" the ear beside the
# parotid mass it turned out to be.
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Left kidney: 4 cm exophytic mass at the upper pole, 1 cm from the adrenal.", ["Kidney and ureter"]),
        ("Liver normal. A 3 cm mass in the right adrenal, 20 mm away from the kidney.", ["Adrenal glands", "Liver"]),
        ("Scan for a lump by my ear: left parotid tail, 2 cm oval mass.", ["Salivary glands"]),
        ("Swelling by his knee. A 3 cm lipoma in the thigh subcutis.", ["Soft tissues"]),
        # Near misses: a distance from a part of the organ places the lesion inside it; a lump by an organ with
        # no other organ named keeps that organ.
        ("Left axilla: reactive nodes. At 2 o'clock, 6 cm from the nipple, a 3 cm collection.", ["Axilla", "Breast"]),
        ("A lump by my knee: 3 cm Baker's cyst.", ["Knee"]),
    ],
)
def test_a_distance_or_nearness_places_a_finding(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == organs


# -- a case opened by a young patient, or by why the patient is scanned, presents history ----------------------------
# Before: a case's presentation was read only after "N-year-old ... with" or "in a patient with", so "Term newborn
# with a palpable flank mass" asserted a mass and "50-year-old woman, staging for breast cancer" a breast mass.
@pytest.mark.parametrize(
    ("text", "diagnoses"),
    [
        ("Term newborn with a palpable abdominal mass. Ultrasound shows a hydronephrotic left kidney.", []),
        ("Preterm infant with a scalp swelling. Ultrasound: normal cranial study.", ["normal appearance"]),
        ("Case: 62-year-old man, staging for colon cancer. The liver is normal.", ["normal appearance"]),
        ("A 55-year-old woman referred for a breast lump. Ultrasound shows a 9 mm simple cyst.", ["cyst"]),
        # Near misses: what the scan then shows stays present; a newborn's finding stated by the scan is asserted.
        ("Term newborn with vomiting. Ultrasound shows a 2 cm cyst in the right adrenal.", ["cyst"]),
        ("The neonate's scan shows a 3 cm mass in the right kidney.", ["mass"]),
    ],
)
def test_a_case_presentation_is_history(parser: ReportParser, text: str, diagnoses: list[str]) -> None:
    assert labels_of(parser, text, DIAGNOSIS) == diagnoses


# -- a TI-RADS level after a denied nodule names a nodule of its own -------------------------------------------------
# Before: a level was read as grading any lesion named shortly before it, so "R: no nodules / L: N1 ... TR5" took the
# denied nodules for the graded one and asserted none.
@pytest.mark.parametrize(
    ("text", "diagnoses"),
    [
        ("R: no nodules\nL: N1 upper pole 30 mm, solid, hypoechoic, TR5", ["nodule"]),
        ("Right lobe: no focal lesion. Left lobe: 14 mm spongiform, TR1.", ["nodule"]),
        # Near misses: a level after an asserted nodule grades it (one nodule); a denied nodule alone is absent.
        ("Left lobe: 1.2 cm solid nodule, no calcifications, TR4.", ["nodule"]),
        ("Both lobes: no nodules.", []),
    ],
)
def test_a_level_after_a_denied_nodule_names_its_own(parser: ReportParser, text: str, diagnoses: list[str]) -> None:
    assert labels_of(parser, text, DIAGNOSIS) == diagnoses


# -- a gynaecology sonographer's abbreviations and lay "womb lining" ------------------------------------------------
# Before: "Ut AV, ET 8 mm. Rt ov 3 cm cyst. Lt ov NAD." named neither the uterus nor the ovaries.
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Ut AV, ET 8 mm. Rt ov 3 cm cyst. Lt ov NAD.", ["Adnexa", "Uterus"]),
        ("TV scan: R ov 14 mL with a dominant follicle; L ov 9 mL.", ["Adnexa"]),
        ("My womb lining was 14 mm, they want to repeat it.", ["Uterus"]),
        # Near misses: "ov" inside other words, and the ball of the foot, are no ovary or testis.
        ("Ovoid 8 mm node in the left axilla.", ["Axilla"]),
        ("Pain at the ball of the foot: 7 mm Morton neuroma in the third web space.", ["Foot"]),
    ],
)
def test_gynaecology_abbreviations(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == organs


# -- the fetus's anatomy named after "of", and a side word before a lesion's site ------------------------------------
# Before: "the left ventricle of the fetal heart" labelled the heart (only "fetal heart" before the word was read),
# and "a haematoma of the right rectus sheath" read the sheath as a structure inside the lesion's description.
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Echogenic focus in the left ventricle of the fetal heart. Placenta anterior.", ["Uterus"]),
        ("Anterior placenta. The stomach of the fetus is seen.", ["Uterus"]),
        ("Haematoma of the right rectus sheath, 4 cm.", ["Abdominal wall"]),
        ("A 2 cm cyst in the left epididymal head.", ["Scrotum"]),
        # Near misses: the mother's own organs and an adult heart stay.
        ("The left ventricle of the heart is dilated.", ["Heart and mediastinum"]),
        ("Pregnancy 12 weeks. The right ovary of the mother holds a 3 cm cyst.", ["Adnexa"]),
    ],
)
def test_fetal_owner_after_and_side_before_a_site(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == organs


# -- a bare effusion in a chest or lung study is the pleural space's -------------------------------------------------
# Before: "effusion" alone names the fluid collection only, so a chest POCUS or a relayed bedside chest scan with "a
# moderate effusion on the right" named no organ, and a lung study only the lung.
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("They did a bedside ultrasound of his chest: a moderate effusion on the right, maybe loculated.",
         ["Pleural space"]),
        ("Lung ultrasound: B-lines in both bases, small effusions bilaterally.", ["Pleural space", "Pulmonary"]),
        ("CHEST US\nRight: large anechoic effusion, marked for drainage.", ["Pleural space"]),
        # Near misses: an effusion its sentence (or heading) gives another organ, one that names its own space, a
        # child's chest (its paediatric organ), a joint.
        ("Chest ultrasound. Pericardium: small effusion, no tamponade.", ["Heart and mediastinum"]),
        ("Chest POCUS: no pericardial effusion. Lungs: A-lines.", ["Heart and mediastinum", "Pulmonary"]),
        ("Knee: small effusion in the suprapatellar recess.", ["Knee"]),
    ],
)
def test_a_bare_effusion_in_the_chest_is_pleural(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == organs


# -- a poster's own reading about a disease is no finding ------------------------------------------------------------
# Before: "I keep reading about lymphoma" asserted a mass in a post whose report found a reactive node.
@pytest.mark.parametrize(
    ("text", "diagnoses"),
    [
        ("The report says reactive node, no collection. I keep reading about lymphoma and can't sleep.", []),
        ("Scan: liver normal. I googled haemangioma anyway and now I'm scared.", ["normal appearance"]),
        # Near miss: the report's own finding, looked up afterwards, stays asserted.
        ("Report: 2 cm haemangioma in segment 6 of the liver. I looked up haemangioma online.", ["mass"]),
    ],
)
def test_a_posters_reading_is_no_finding(parser: ReportParser, text: str, diagnoses: list[str]) -> None:
    assert labels_of(parser, text, DIAGNOSIS) == diagnoses
