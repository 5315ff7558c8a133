"""Known parser misses left at the end of round five (issue 11), one table per error class.

Each row is a sentence written for this file (not a corpus line) with what it must give; the near-miss rows are
wordings of the same look that must not trigger the rule.
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of, reading_of

from udt.parser import ReportParser

ORGAN = "Organ_level"


# -- a liver segment named by its number alone is the liver's ---------------------------------------------------------
# Before: "a 2 cm cyst in segment 7" named no organ (a bare segment number is no ontology term), so an abdominal study
# that never wrote "liver" lost it; only a hedged diagnosis's typical site sometimes put it back.
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("There is a 14 mm simple cyst in segment 7.", ["Liver"]),
        ("A segment IVb hyperechoic lesion, 11 mm, unchanged since last year.", ["Liver"]),
        ("Echogenic focus in S6/7 measuring 9 mm, most likely a haemangioma.", ["Liver"]),
        ("Two small cysts are seen in segments 2 and 3. The spleen is 10 cm and unremarkable.", ["Liver", "Spleen"]),
        ("ABDOMEN: hypoechoic nodule straddling segments V/VIII; kidneys normal in size.",
         ["Kidney and ureter", "Liver"]),
        # (the gallbladder only places the sparing: a landmark)
        ("Focal fatty sparing adjacent to the gallbladder in segment 4, pancreas obscured by gas.",
         ["Liver", "Pancreas"]),
        # a child's liver is the paediatric abdomen
        ("Scan of my son (3 years): a 7 mm echogenic spot in segment VI, probably a haemangioma.",
         ["Pediatric abdomen and retroperitoneum"]),
        # Near misses: a segment of bowel, vein or uterus, a measured lower uterine segment, sacral levels and a
        # segment resected in the history name no liver.
        ("Thickened bowel segment in the right iliac fossa with hyperaemia.", ["Gastrointestinal tract"]),
        ("The lower uterine segment 5 mm thick over the scar.", ["Uterus"]),
        ("Short occluded segment of the superficial femoral artery.", ["Peripheral arteries"]),
        ("Tethered cord ending at S2; the filum is thickened.", ["Neonatal brain and spine"]),
        ("HISTORY: resection of segment 6 metastasis two years ago. FINDINGS: The spleen is normal.", ["Spleen"]),
    ],
)
def test_a_numbered_liver_segment_names_the_liver(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == organs


# -- free fluid between the two organs that bound Morison's pouch is the peritoneum's; organs it surrounds place it ---
# Before: "free fluid separates the liver from the right kidney" labelled the Liver and the Kidney (the fluid's
# neighbours) and not the peritoneum the guideline gives fluid in Morison's pouch / the hepatorenal space; "a rim of
# fluid surrounds the liver" made the liver the organ examined beside a gallbladder study.
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("FAST: a sliver of anechoic free fluid between the liver and the right kidney.",
         ["Peritoneum mesentery and omentum"]),
        ("Trauma scan. Free fluid is seen separating the liver from the right kidney; the spleen is intact.",
         ["Peritoneum mesentery and omentum", "Spleen"]),
        ("Small volume fluid lies between liver and kidney on the right, no pericardial effusion.",
         ["Heart and mediastinum", "Peritoneum mesentery and omentum"]),
        # (the fluid that surrounds the liver is not the liver's: it labels its peritoneal space by the default
        # convention, fluid_space_labels.py)
        ("A thin rim of free fluid surrounds the liver. The gallbladder contains several mobile stones.",
         ["Gallbladder and bile ducts", "Peritoneum mesentery and omentum"]),
        ("Free fluid encircling the spleen, which shows a hypoechoic laceration at its lower pole.", ["Spleen"]),
        # Near misses: fluid elsewhere beside a normal liver and kidney keeps both; an organ reported on in its own
        # sentence stays; a cyst between two organs is no free fluid in a recess.
        ("Free fluid in the pelvis. The liver and right kidney are normal.",
         ["Kidney and ureter", "Liver", "Peritoneum mesentery and omentum"]),
        ("Trace fluid between the liver and the right kidney. The liver contains a 2 cm simple cyst.",
         ["Liver", "Peritoneum mesentery and omentum"]),
        ("A 3 cm cyst lies between the upper pole of the right kidney and the liver.", ["Kidney and ureter"]),
    ],
)
def test_fluid_between_bounding_organs_is_the_recess(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == organs


# -- a composition word before "lesion" is an internal characteristic, not a diagnosis -------------------------------
# Before: "complex cystic lesion" was an ontology synonym of the complex cyst, so it asserted the Diagnosis cyst; the
# guideline reads "complex cystic (and solid)" as complex cystic solid and a bare "lesion" as no diagnosis, which leaves
# a cyst named only with a hedge ("..., likely a haemorrhagic cyst") uncertain, as the gold of x026 has it.
@pytest.mark.parametrize(
    ("text", "diagnoses", "internal"),
    [
        ("Left ovary: 4.1 cm complex cystic lesion with a thick septum.", [], ["complex cystic solid", "septations"]),
        ("Two complex cystic lesions in the pancreatic tail, the larger 19 mm.", [], ["complex cystic solid"]),
        ("At 11 o'clock a 9 mm complex cystic and solid lesion is seen.", [], ["complex cystic solid"]),
        ("Renal upper pole complex cystic lesion, Bosniak IIF.", ["cyst"], ["complex cystic solid"]),
        ("A complex cystic mass arises from the right adnexa.", ["mass"], ["complex cystic solid"]),
        # Near misses: the noun "cyst" and a plain "cystic lesion" still name a cyst; a complex collection stays a
        # collection with no composition value.
        ("A 2 cm complex cyst in the right kidney.", ["cyst"], []),
        ("Simple-appearing cystic lesion of the left ovary, 25 mm.", ["cyst"], []),
        ("Complex fluid collection in the right iliac fossa.", ["fluid collection"], []),
        # A "cystic lesion/structure" is a cyst; its "cystic" restates that and gives no cystic components, while a
        # "solid mass" still has solid components (guideline).
        ("Right adnexa: 3 cm cystic structure with a thin wall.", ["cyst"], []),
        ("Irregular solid mass at 2 o'clock, 14 mm.", ["mass"], ["solid components"]),
    ],
)
def test_composition_before_lesion_is_no_diagnosis(parser: ReportParser, text: str, diagnoses: list[str],
                                                   internal: list[str]) -> None:
    assert labels_of(parser, text, "Diagnosis") == diagnoses
    assert labels_of(parser, text, "InternalCharacteristics") == internal


def test_a_hedged_cyst_after_a_complex_cystic_lesion_stays_uncertain(parser: ReportParser) -> None:
    text = "Right ovary: 3 cm complex cystic lesion with fine lace-like echoes, likely a haemorrhagic cyst."
    assert reading_of(parser, text, "Diagnosis", "cyst") == "uncertain"


# -- anatomy errors left on the third real-world corpus, each as a class --
# Before: a denied lung finding placed "in the chest" named no lung (the chest word was read as the structure holding
# it); an organ named as the place of another organ ("the testis lies in the inguinal canal") was labelled as an organ
# examined; a thrombus "extending into" a vein made the vein a landmark.
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        # a denied finding placed in the body region of its own organ still names that organ
        ("Lung ultrasound: no B-lines in the right chest; pleural line smooth with normal sliding.",
         ["Pleural space", "Pulmonary"]),
        ("Bedside scan shows no consolidation in either hemithorax.", ["Pulmonary"]),
        # an organ said to lie in another structure: the structure only places it
        ("Undescended left testis, which lies within the inguinal canal and measures 9 mm.", ["Scrotum"]),
        ("The right kidney is located in the pelvis and is normal in size.", ["Kidney and ureter"]),
        # a thrombus extending into a vessel lies in that vessel too
        ("Echogenic thrombus in the left renal vein extends into the inferior vena cava.",
         ["Kidney and ureter", "Retroperitoneum and great vessels"]),
        ("Occlusive thrombus in the popliteal vein extending into the femoral vein.", ["Peripheral veins"]),
        # a biloma is typical of the liver and of the gallbladder fossa, so the word alone implies neither
        ("Day 5 after cholecystectomy: 5 cm collection in the gallbladder fossa. Aspiration confirmed a biloma.",
         ["Gallbladder and bile ducts"]),
        ("After right hepatectomy, a 4 cm biloma lies at the resection margin of the liver.", ["Liver"]),
        # Near misses: a lesion that lies in an organ keeps it; a cyst extending into the calf is no thrombus; a denied
        # finding held by another organ's structure still yields to it.
        ("A 2 cm simple cyst lies in the left ovary; the uterus is normal.", ["Adnexa", "Uterus"]),
        ("A ruptured Baker's cyst extending into the calf.", ["Knee"]),
        ("No ganglion cyst within the carpal tunnel; the median nerve is swollen.", ["Peripheral nerves"]),
    ],
)
def test_realworld_anatomy_classes(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == organs


# -- "otherwise normal" of an organ that only places a lesion lying outside it -------------------------------------
# Before: "The thyroid gland is otherwise unremarkable" after a nodule "posterior to the right thyroid lobe, separate
# from the thyroid, most likely a parathyroid adenoma" was read as the remainder of a thyroid holding the lesion, so
# no normal appearance (guideline: both organs, the thyroid normal); "separate from" did not make the thyroid a
# landmark.
@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("Deep to the lower pole of the left thyroid lobe lies a 12 mm oval hypoechoic nodule, separate from the "
         "thyroid, probably a parathyroid adenoma. The thyroid is otherwise unremarkable.", True),
        ("A 9 mm nodule posterior to the right lobe, distinct from the thyroid, likely parathyroid. Thyroid otherwise "
         "normal.", True),
        # Near misses: a nodule in the thyroid lobe makes "otherwise" a remainder; a nodule whose sentence names no
        # organ may be the thyroid's.
        ("Right lobe: 8 mm spongiform nodule. The thyroid is otherwise unremarkable.", False),
        ("A 6 mm hypoechoic nodule with microcalcifications. The thyroid is otherwise normal.", False),
    ],
)
def test_otherwise_normal_beside_a_lesion_outside_the_organ(parser: ReportParser, text: str, normal: bool) -> None:
    assert ("normal appearance" in labels_of(parser, text, "Diagnosis")) is normal


# -- a worded normal whose own organ is then described with an abnormal descriptor is no normal organ -------------
# Before: "RIGHT TESTIS: Normal size and echotexture, a few scattered microliths" beside a left testicular mass gave
# normal appearance (guideline: only a description of normal wording plus negations is a normal organ); only the
# denial form ("no focal lesion") was read for such descriptors.
@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("Left testis: 2 cm hypoechoic mass. Right testis: normal size and echotexture, a few scattered microliths.",
         False),
        ("Liver: 3 cm haemangioma. Right kidney normal in size, cortex hyperechoic.", False),
        # Near misses: a descriptor said of another organ earlier in the sentence, a fluid organ's anechoic content,
        # and normal descriptors leave the normal organ.
        ("Bilateral endometriomas with no internal vascularity; the uterus measured 8 cm and was normal.", True),
        ("Liver: 3 cm haemangioma. Bladder: normal wall, contents anechoic.", True),
        ("Left testis: 2 cm hypoechoic mass. Right testis: normal size, homogeneous echotexture.", True),
    ],
)
def test_a_worded_normal_described_abnormal_is_no_normal_organ(parser: ReportParser, text: str,
                                                               normal: bool) -> None:
    assert ("normal appearance" in labels_of(parser, text, "Diagnosis")) is normal


# -- normal statements that were missed: a capitalised normal word before a glued comma, a screening programme's name,
# a state called normal in one breath --------------------------------------------------------------------------------
# Before: "SPLEEN: WNL.,KIDNEYS: WNL." kept "WNL." as one token (no term matched it); "AAA programme" in a screening
# header read as an asserted aneurysm, so the study was abnormal; "atrophic and normal" read as an abnormal ovary.
@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("LIVER: 15 mm haemangioma.,SPLEEN: WNL.,LEFT KIDNEY: 2 CM CYST.", True),
        ("RIGHT KIDNEY: NORMAL.,LEFT KIDNEY: 2 CM CORTICAL CYST.,NO HYDRONEPHROSIS.", True),
        ("AORTA SCREENING (AAA programme). Maximum AP diameter 2.1 cm. Result: Normal - no aneurysm.", True),
        ("Uterus: 3 cm fibroid. The left ovary is atrophic and normal.", True),
        # Near misses: an abbreviation before a glued comma that is no normal word, a known aneurysm under surveillance,
        # and an enlarged organ that is "otherwise" normal stay abnormal.
        ("LIVER: 15 mm haemangioma.,CBD: 9 MM.,SPLEEN: 14 CM.", False),
        ("AAA surveillance: infrarenal aneurysm now 4.6 cm. Otherwise normal.", False),
        ("The spleen is enlarged and otherwise normal, 15 cm.", False),
    ],
)
def test_missed_normal_statements(parser: ReportParser, text: str, normal: bool) -> None:
    assert ("normal appearance" in labels_of(parser, text, "Diagnosis")) is normal


# -- "normal" as the adjective of an organ noun calls that organ normal, whatever lesion its clause names beside it --
# Before: "a septated hydrocele surrounding a normal left testis" and "this normal nerve is the reference against
# which carpal tunnel syndrome is judged" gave no normal appearance: the clause held another finding, and the
# hydrocele's "surrounding" read as a part word ("the surrounding tissue is normal").
@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("Large right hydrocele surrounding a normal right testis; left hemiscrotum unremarkable.", True),
        ("Image: this normal median nerve serves as the reference for carpal tunnel syndrome.", True),
        ("A 4 cm right ovarian endometrioma lies adjacent to a normal uterus.", True),
        # Near misses: a lesion held by the organ "normal" qualifies, a normal part of an organ with a lesion and a
        # concession ("otherwise normal liver") are no normal organ.
        ("Several small mobile stones within a normal gallbladder.", False),
        ("A 2 cm nodule in the right thyroid lobe and a normal left thyroid lobe.", False),
        ("Simple hepatic cyst 18 mm in the right lobe. Otherwise normal liver.", False),
    ],
)
def test_normal_premodifying_an_organ(parser: ReportParser, text: str, normal: bool) -> None:
    assert ("normal appearance" in labels_of(parser, text, "Diagnosis")) is normal


# -- "both" sides stated normal while lesions lie on both sides -------------------------------------------------------
# Before: "Both testes are normal in size and echotexture" gave normal appearance beside a right epididymal cyst and
# bilateral hydroceles (guideline: "Both testes normal" only where one hemiscrotum has no finding at all).
@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("Both testes are normal in size and echotexture. 4 mm cyst in the left epididymal head. 6 mm cyst in the "
         "right epididymal tail.", False),
        ("Both kidneys are normal in size. Right lower pole 12 mm cyst. Left upper pole 9 mm cyst.", False),
        # Near misses: lesions on one side only leave the other side a normal organ; one side named normal is read as
        # before.
        ("Both testes are normal in size and echotexture. Small right hydrocele.", True),
        ("Right testis: 6 mm hypoechoic lesion. Left testis normal.", True),
    ],
)
def test_both_sides_normal_beside_lesions_on_both_sides(parser: ReportParser, text: str, normal: bool) -> None:
    assert ("normal appearance" in labels_of(parser, text, "Diagnosis")) is normal


# -- a denial clause "with no focal lesion" speaks of the subject named before its commas -----------------------------
# Before: "Endometrium 8 mm, trilaminar, with no focal lesion" beside a fibroid read the denial as a whole organ stated
# normal: its own comma clause names no anatomy, so the part it is about (the endometrium) was not seen.
@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("Uterus 8 cm with a 2 cm intramural fibroid. Endometrium 7 mm, homogeneous, with no focal lesion.", False),
        ("Right lobe nodule 12 mm. Isthmus 3 mm, with no nodule or focal lesion.", False),
        # Near misses: a whole organ in the same wording beside a lesion elsewhere is normal; a part's denial clause
        # in a study with no lesion leaves a normal study.
        # (reworded in round 5: an organ only measured and denied a focal lesion is no normal organ, guideline)
        ("Uterus 8 cm with a 2 cm intramural fibroid. Right ovary 3 cm, unremarkable, with no focal lesion.", True),
        ("Endometrium 7 mm, homogeneous, with no focal lesion. Ovaries normal.", True),
    ],
)
def test_denial_clause_speaks_of_the_subject_before_its_commas(parser: ReportParser, text: str,
                                                               normal: bool) -> None:
    assert ("normal appearance" in labels_of(parser, text, "Diagnosis")) is normal
