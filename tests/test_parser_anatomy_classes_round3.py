"""Anatomy and diagnosis classes of real-world report text, third round (issue 11): one table per class.

Each row is a sentence written for this file (not a corpus line) with the labels it must give; the near-miss rows
are wordings of the same look that must not trigger the rule.
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

ORGAN = "Organ_level"
SYSTEM = "Body_system_level"
DIAGNOSIS = "Diagnosis"


# -- echocardiography wording names the heart, not the brain's ventricles nor the aorta -----------------------------
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("TTE: the left ventricle is mildly dilated with global hypokinesis.", ["Heart and mediastinum"]),
        ("Right atrium enlarged; right ventricle of normal size.", ["Heart and mediastinum"]),
        ("Moderate mitral regurgitation with a posteriorly directed jet.", ["Heart and mediastinum"]),
        ("Calcified aortic valve with restricted opening, peak gradient 48 mmHg.", ["Heart and mediastinum"]),
        ("Aortic root 3.9 cm at the sinuses.", ["Heart and mediastinum"]),
        ("Mobile echodensity on the tricuspid valve, concerning for vegetation.", ["Heart and mediastinum"]),
        ("LV wall thickness 14 mm; RV free wall normal.", ["Heart and mediastinum"]),
        ("No thrombus in the left atrial appendage on TOE.", ["Heart and mediastinum"]),
        ("Interventricular septum bows into the left ventricle.", ["Heart and mediastinum"]),
        # Near misses: a neonatal head study's ventricles are the brain's; the aorta itself is a great vessel.
        ("Neonatal head ultrasound via the anterior fontanelle: the left ventricle measures 9 mm.",
         ["Neonatal brain and spine"]),
        ("Cranial US day 3: right ventricle 5 mm, left ventricle 6 mm, no germinal matrix bleed.",
         ["Neonatal brain and spine"]),
        ("Lateral ventricles symmetrical, no intraventricular haemorrhage.", ["Neonatal brain and spine"]),
        ("Infrarenal aorta 2.1 cm, no aneurysm.", ["Retroperitoneum and great vessels"]),
    ],
)
def test_cardiac_chambers_and_valves(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == sorted(organs)


def test_cardiac_wording_gives_no_paediatric_system_in_an_adult() -> None:
    parser = ReportParser()
    assert labels_of(parser, "Left ventricle normal in size, ejection fraction 60%.", SYSTEM) == ["Thorax"]


# -- vocabulary of real text: a word in another organ's sense, and diagnoses whose organ the ontology now states ------
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        # "ductal" alone is no breast word: the pancreatic, biliary and salivary ducts are ductal too.
        ("Pancreatic ductal dilatation to 6 mm, the gland is atrophic.", ["Pancreas"]),
        ("Mild intrahepatic ductal dilatation, no obstructing lesion seen.", ["Gallbladder and bile ducts"]),
        ("A 4 mm calculus in the left submandibular duct with upstream dilatation.", ["Salivary glands"]),
        ("Stensen's duct is dilated to 2 mm.", ["Salivary glands"]),
        ("Tubo-ovarian abscess on the left, 6 cm, thick walled with internal debris.", ["Adnexa"]),
        ("Findings in keeping with a right TOA.", ["Adnexa"]),
        ("A 2.5 cm Bartholin's cyst at the left introitus.", ["Vagina"]),
        ("Ankle-brachial index 0.58 on the right, 1.02 on the left.", ["Peripheral arteries"]),
        # Near misses: the breast's ducts, an abscess elsewhere, the ankle itself.
        ("Ductal dilatation behind the right nipple, 3 mm.", ["Breast"]),
        ("Abscess of 3 cm in segment 7 of the liver.", ["Liver"]),
        ("Sprain of the right ankle with a thickened ATFL.", ["Ankle"]),
    ],
)
def test_vocabulary_of_other_senses_and_typical_sites(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == sorted(organs)


@pytest.mark.parametrize(
    ("text", "diagnoses"),
    [
        ("Tubo-ovarian abscess on the left, 6 cm.", ["fluid collection"]),
        ("A 2.5 cm Bartholin's cyst at the left introitus.", ["cyst"]),
    ],
)
def test_new_diagnoses_keep_their_roll_up(parser: ReportParser, text: str, diagnoses: list[str]) -> None:
    assert labels_of(parser, text, DIAGNOSIS) == diagnoses


# -- a joint that only places a vessel's finding or flow measurement is no joint examined ----------------------------
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Posterior tibial artery occluded at the ankle.", ["Peripheral arteries"]),
        ("Occlusion of the right radial artery at the wrist.", ["Peripheral arteries"]),
        ("The great saphenous vein is thrombosed to the knee, deep veins clear.", ["Peripheral veins"]),
        ("Arterial duplex, right leg: ABI 0.6, dampened monophasic waveforms at the ankle.", ["Peripheral arteries"]),
        ("Lower limb arterial study: ankle pressures 85 mmHg right and 130 mmHg left.", ["Peripheral arteries"]),
        # Near misses: the joint holds a finding of its own, or no vessel is named.
        ("Femoral vein patent; moderate effusion at the knee.", ["Knee", "Peripheral veins"]),
        ("The cephalic vein is thrombosed, and a 2 cm haematoma lies at the elbow.", ["Elbow", "Peripheral veins"]),
        ("Right ankle: small joint effusion, ATFL intact.", ["Ankle"]),
        ("Pain at the ankle, no tendon tear.", ["Ankle"]),
    ],
)
def test_joint_placing_a_vessel_finding(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == sorted(organs)


# -- ascites fills the space around the abdominal organs: the bowel or liver in its clause holds none of it ---------
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Distended fluid-filled small bowel loops with ascites.",
         ["Gastrointestinal tract", "Peritoneum mesentery and omentum"]),
        ("The loops of ileum float freely in ascites.", ["Gastrointestinal tract", "Peritoneum mesentery and omentum"]),
        ("Shrunken nodular liver with ascites.", ["Liver", "Peritoneum mesentery and omentum"]),
        ("Large-volume ascites throughout the abdomen and pelvis.", ["Peritoneum mesentery and omentum"]),
        # Near misses: a collection of the soft tissues stays in the organ that holds it; a fluid with an organ of
        # its own keeps it.
        ("A 4 cm haematoma within the right breast after biopsy.", ["Breast"]),
        ("Seroma of the left breast at the lumpectomy site.", ["Breast"]),
        ("Testis normal with a moderate hydrocele.", ["Scrotum"]),
    ],
)
def test_space_filling_fluid_implies_its_space(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == sorted(organs)


# -- a denied DVT names the leg veins as examined, though the ontology lists several veins as its sites --------------
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("No DVT in the left leg.", ["Peripheral veins"]),
        ("Duplex right leg: no evidence of deep vein thrombosis. Incidental 3 cm Baker's cyst.",
         ["Knee", "Peripheral veins"]),
        ("Swollen calf, scan says negative for DVT, probably a pulled muscle.", ["Peripheral veins"]),
        # Near misses: a denied diagnosis whose several sites lie in a region or another organ names none.
        ("Post-procedure check: no haematoma.", []),
        ("Valsalva manoeuvre: no hernia demonstrated.", []),
    ],
)
def test_denied_dvt_names_the_leg_veins(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == sorted(organs)


# -- the joints that bound a vessel study's extent are no joints examined; a hedged lesion keeps its joint ---------
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Left leg veins fully compressible from the groin to the ankle, no thrombus.", ["Peripheral veins"]),
        ("The deep veins are patent from the groin to the knee.", ["Peripheral veins"]),
        ("Veins imaged from the groin to the calf: no DVT. Behind the knee a 2 cm cystic structure, probably a "
         "Baker's cyst.", ["Knee", "Peripheral veins"]),
        # Near misses: a joint holding its own finding.
        ("Knee effusion extending from the suprapatellar recess.", ["Knee"]),
        ("Right groin: 3 cm seroma after vascular surgery. Common femoral vein compressible.",
         ["Hip groin and buttock", "Peripheral veins"]),
    ],
)
def test_joints_bounding_a_vessel_study(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == sorted(organs)


# -- an organ word inside another structure's name or in a lay sense names no organ --------------------------------
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        # "neck" of a bone or organ: not the neck region (a child's neck would give Pediatric head and neck).
        ("7-year-old, right hip effusion of 6 mm anterior to the femoral neck.", ["Infant hip and knee"]),
        ("A 9 mm calculus impacted in the gallbladder neck.", ["Gallbladder and bile ducts"]),
        ("Hypoechoic 18 mm mass in the neck of the pancreas.", ["Pancreas"]),
        ("Torsion of the appendix testis in a 10-year-old: a small avascular nodule at the upper pole.",
         ["Pediatric scrotum"]),
        # The heart rate of an embryo; a website.
        ("Intrauterine gestational sac with a CRL of 14 mm and a heart rate of 152 bpm.", ["Uterus"]),
        ("Got the results on the portal: gallbladder full of stones.", ["Gallbladder and bile ducts"]),
        ("The report on my patient portal says 'simple renal cyst'.", ["Kidney and ureter"]),
        # Near misses: the neck itself, the heart itself, the portal vein.
        ("Neck ultrasound in a 6-year-old: reactive cervical nodes.", ["Pediatric head and neck"]),
        ("Pericardial effusion 8 mm; the heart contracts well.", ["Heart and mediastinum"]),
        ("The portal and hepatic veins are patent.", ["Liver"]),
        ("Portal vein 14 mm, slow hepatopetal flow.", ["Liver"]),
    ],
)
def test_organ_words_in_another_sense(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == sorted(organs)


# -- figure legends: structures shown for orientation or as an echo reference are landmarks ------------------------
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Fig. 3. Transverse view of the pancreas; the splenic vein (SV) and aorta (Ao) are labelled for orientation.",
         ["Pancreas"]),
        ("Figure 2. Acute appendicitis. The iliac vessels (arrowhead) are marked for reference.", ["Appendix"]),
        ("Fig. 8. Adrenal myelolipoma: an echogenic 3 cm mass lies above the left kidney (LK).", ["Adrenal glands"]),
        ("Fatty liver: the parenchyma is diffusely echogenic compared with the right kidney.", ["Liver"]),
        ("The renal cortex is hyperechoic compared to the liver, in keeping with medical renal disease.",
         ["Kidney and ureter"]),
        # Near misses: the structure labelled is the one reported on; an abbreviation naming an organ examined.
        ("Figure 5. Normal spleen, 10 cm, with the splenic hilum labelled; the left kidney (LK) is normal.",
         ["Kidney and ureter", "Spleen"]),
        ("The right kidney (RK) contains a 2 cm simple cyst.", ["Kidney and ureter"]),
    ],
)
def test_legend_structures_for_orientation(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == sorted(organs)


# -- a legend's clinical context ("in a patient with lung cancer") names the patient's disease, not the organ shown --
@pytest.mark.parametrize(
    ("text", "organs", "diagnoses"),
    [
        ("Fig. 6. Axillary node in a patient with breast cancer: round, 14 mm, no fatty hilum.", ["Axilla"], []),
        ("Figure 3. Adrenal mass in a man with lung cancer: 3 cm, hypoechoic, above the right kidney.",
         ["Adrenal glands"], ["mass"]),
        ("Fig. 2. Neck nodes in a woman with carcinoma of the tongue: level II node 15 mm.", ["Lymph nodes"], []),
        # Near misses: the finding of the figure itself stays, whatever context follows it.
        ("Fig. 4. Liver metastases in a patient with colon cancer: several target lesions.", ["Liver"], ["mass"]),
        ("Figure 1. Breast abscess in a woman with mastitis: a 3 cm collection in the right breast.", ["Breast"],
         ["fluid collection"]),
    ],
)
def test_legend_clinical_context(parser: ReportParser, text: str, organs: list[str], diagnoses: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == sorted(organs)
    assert labels_of(parser, text, DIAGNOSIS) == sorted(diagnoses)


# -- a child's neck muscle and neck soft tissues are Pediatric head and neck, an adult's Soft tissues ---------------
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Four-week-old boy, neck mass: the left sternocleidomastoid is bulky and heterogeneous, fibromatosis colli.",
         ["Pediatric head and neck"]),
        ("8 y/o with fever: a 2.5 cm collection in the soft tissues of the neck, consistent with an abscess.",
         ["Pediatric head and neck"]),
        ("Infant torticollis. Focal thickening of the right SCM, no discrete mass.", ["Pediatric head and neck"]),
        # Near misses: the same structures in an adult; a child's thigh muscle (no paediatric organ of its own).
        ("A 52-year-old man: 3 cm lipoma within the right sternocleidomastoid muscle.", ["Soft tissues"]),
        ("Cervical soft tissues oedematous, no drainable collection; patient aged 67.", ["Soft tissues"]),
        ("A 9-year-old with a 3 cm haematoma in the quadriceps muscle after a fall.", ["Soft tissues"]),
    ],
)
def test_child_neck_soft_tissue(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == sorted(organs)


# -- a symptom in the hand names no digit; the carpal tunnel is the median nerve's -----------------------------------
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Numbness in both hands at night. Median nerve CSA 15 mm2 at the pisiform, swollen and hypoechoic.",
         ["Peripheral nerves"]),
        ("Pins and needles in my hand, the scan says carpal tunnel syndrome with a swollen median nerve.",
         ["Peripheral nerves"]),
        ("Carpal tunnel: flattened median nerve beneath a bowed flexor retinaculum.", ["Peripheral nerves"]),
        # Near misses: a digit named, a wrist ganglion.
        ("Right hand: 5 mm giant cell tumour of the tendon sheath at the ring finger.", ["Fingers"]),
        ("A 2 cm ganglion cyst on the dorsum of the wrist.", ["Wrist and carpus"]),
    ],
)
def test_hand_symptoms_and_carpal_tunnel(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == sorted(organs)


# -- a teaching case's "History:" paragraph ends where the scan's findings begin ------------------------------------
@pytest.mark.parametrize(
    ("text", "diagnoses", "organs"),
    [
        ("History: 61-year-old woman with a neck lump. Ultrasound demonstrates a 2 cm solid nodule in the right "
         "thyroid lobe.", ["nodule"], ["Thyroid gland"]),
        ("History: fever after an appendicectomy. The scan shows a 5 cm collection in the right iliac fossa with "
         "debris.", ["fluid collection"], []),
        ("Clinical history: painless scrotal swelling for a month. Sonography revealed a large left hydrocele.",
         ["fluid collection"], ["Scrotum"]),
        # Near misses: the history itself stays history.
        ("History: breast cancer treated 5 years ago, now a liver lesion on CT. Ultrasound: no focal liver lesion.",
         [], ["Liver"]),
        ("History: known ovarian cyst. Previous ultrasound showed a 3 cm cyst.", [], []),
    ],
)
def test_history_paragraph_ends_at_the_findings(parser: ReportParser, text: str, diagnoses: list[str],
                                                organs: list[str]) -> None:
    assert labels_of(parser, text, DIAGNOSIS) == sorted(diagnoses)
    assert labels_of(parser, text, ORGAN) == sorted(organs)


# -- a bare "fluid" that distends or fills named anatomy is a fluid collection ---------------------------------------
@pytest.mark.parametrize(
    ("text", "diagnoses"),
    [
        ("Fluid distending the subacromial-subdeltoid bursa, 4 mm.", ["fluid collection"]),
        ("Echogenic fluid filling the olecranon bursa.", ["fluid collection"]),
        # Near misses: fluid as content or as a word of another phrase.
        ("Fluid-filled loops of small bowel, no obstruction point.", []),
        ("A simple cyst filled with anechoic fluid in the right kidney.", ["cyst"]),
        ("Left ovary: 4 cm endometrioma containing homogeneous low-level fluid.", ["cyst"]),
        # ... but fluid named beside a lesion, placed in its own space, stays a collection.
        ("Ruptured left ovarian cyst with fluid in the pouch of Douglas.", ["cyst", "fluid collection"]),
    ],
)
def test_bare_fluid_filling_anatomy(parser: ReportParser, text: str, diagnoses: list[str]) -> None:
    assert labels_of(parser, text, DIAGNOSIS) == sorted(diagnoses)


# -- the noun decides the roll-up: a "complex cystic mass" is a mass, "soft-tissue" before a lesion is its make-up --
@pytest.mark.parametrize(
    ("text", "diagnoses", "organs"),
    [
        ("Left ovary: 7 cm complex cystic mass with a mural nodule.", ["mass"], ["Adnexa"]),
        ("Right adnexa: complex cystic mass, 4 cm, thick septa.", ["mass"], ["Adnexa"]),
        ("Irregular soft-tissue mass of 2 cm arising from the posterior bladder wall.", ["mass"], ["Bladder"]),
        ("Solid soft tissue lesion in the lower pole of the left kidney, 18 mm.", [], ["Kidney and ureter"]),
        # Near misses: the cyst noun, and soft tissue as the only organ named.
        ("Left ovary: 4 cm complex cyst with a thick septation.", ["cyst"], ["Adnexa"]),
        ("A 3 cm soft tissue mass in the anterior thigh.", ["mass"], ["Soft tissues"]),
    ],
)
def test_noun_decides_and_tissue_texture(parser: ReportParser, text: str, diagnoses: list[str],
                                         organs: list[str]) -> None:
    assert labels_of(parser, text, DIAGNOSIS) == sorted(diagnoses)
    assert labels_of(parser, text, ORGAN) == sorted(organs)


# -- an obstetric haematoma is the uterus's, not the soft tissues' ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "diagnoses", "organs"),
    [
        ("Small subchorionic haematoma measuring 2.1 x 0.8 cm.", ["fluid collection"], ["Uterus"]),
        ("My OB said there's a subchorionic hemorrhage, about 2 cm, at 8 weeks.", ["fluid collection"], ["Uterus"]),
        ("Retroplacental haematoma 4 cm with a normal fetal heart rate.", ["fluid collection"], ["Uterus"]),
        # Near miss: a haematoma elsewhere keeps its own site.
        ("Haematoma of 5 cm in the medial gastrocnemius after a fall.", ["fluid collection"], ["Soft tissues"]),
    ],
)
def test_obstetric_haematoma(parser: ReportParser, text: str, diagnoses: list[str], organs: list[str]) -> None:
    assert labels_of(parser, text, DIAGNOSIS) == sorted(diagnoses)
    assert labels_of(parser, text, ORGAN) == sorted(organs)


# -- an organ's own exam title gives the organ with its body system, as "thyroid ultrasound" does ------------------
@pytest.mark.parametrize(
    ("text", "organs", "systems"),
    [
        ("Breast ultrasound: 9 mm simple cyst at 10 o'clock.", ["Breast"], ["Breast and Axilla"]),
        ("LEFT BREAST ULTRASOUND: no suspicious abnormality, BI-RADS 1.", ["Breast"], ["Breast and Axilla"]),
        # Near misses: the same title form for other organs, and a system-level title.
        ("Thyroid ultrasound: 12 mm nodule in the left lobe.", ["Thyroid gland"], ["Head and Neck"]),
        ("Abdominal ultrasound: 2 cm cyst in the left kidney.", ["Kidney and ureter"],
         ["Urinary Tract and male reproductive system"]),
    ],
)
def test_breast_exam_title(parser: ReportParser, text: str, organs: list[str], systems: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == sorted(organs)
    assert labels_of(parser, text, SYSTEM) == sorted(systems)


# -- fetal anatomy and biometry at a pregnancy scan name no organ of the patient -------------------------------------
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Single live intrauterine pregnancy. Fetal kidneys and fetal bladder seen, placenta posterior.", ["Uterus"]),
        ("Second-trimester biometry: head circumference 182 mm, abdominal circumference 161 mm.", []),
        ("Anomaly scan, pregnancy of 21 weeks: the baby's stomach and heart look normal to the sonographer.", []),
        # Near misses: the mother's own organs at the same scan, and a born baby's organs.
        ("Pregnant, 12 weeks: incidental 4 cm simple cyst of the right ovary.", ["Adnexa"]),
        ("Intrauterine pregnancy; cervical length 33 mm.", ["Uterus"]),
        ("Placenta anterior and clear of the os, fetal heart rate 148 bpm.", ["Uterus"]),
        ("Our baby's kidney scan at 3 weeks old showed mild hydronephrosis on the left.", ["Pediatric urinary tract"]),
    ],
)
def test_fetal_anatomy_is_no_organ(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == sorted(organs)


# -- a finer organ that opens its own clause is reported on, not a part of the lesion before it ---------------------
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("RLQ pain: appendix normal, no free fluid, right ovary has a 3 cm simple cyst.", ["Adnexa", "Appendix"]),
        ("Bladder well distended, no free fluid, left ovary contains a 2 cm simple cyst.", ["Adnexa", "Bladder"]),
        ("Spleen 11 cm, no ascites, left kidney shows mild hydronephrosis.",
         ["Kidney and ureter", "Peritoneum mesentery and omentum", "Spleen"]),
        ("Kidneys normal, no hydronephrosis, aorta not aneurysmal at 2 cm.",
         ["Kidney and ureter", "Retroperitoneum and great vessels"]),
        # Near misses: a structure inside a lesion's description stays its part.
        ("Left axilla: a 2 cm node with cortical thickening and an effaced fatty hilum.", ["Axilla"]),
        ("Right breast 10 o'clock: 8 mm cyst, overlying skin normal.", ["Breast"]),
    ],
)
def test_finer_organ_opening_a_clause(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == sorted(organs)


# -- the bare "tunica albuginea": the testis's capsule, or the penis's in a penile report ----------------------------
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Blunt trauma: the tunica albuginea is breached at the lower pole with a contour bulge.", ["Scrotum"]),
        ("A 3 mm tunica albuginea cyst at the upper pole, simple.", ["Scrotum"]),
        ("Curvature on erection: 7 mm echogenic plaque of the tunica albuginea on the dorsum of the shaft.",
         ["Penis and perineum"]),
        ("Peyronie's: focal thickening of the tunica albuginea, 4 mm, no calcification.", ["Penis and perineum"]),
        # Near miss: the scrotal report's other structures stay the scrotum's.
        ("Left testis normal, tunica albuginea intact, small hydrocele.", ["Scrotum"]),
    ],
)
def test_tunica_albuginea_sense(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == sorted(organs)


# -- patient posts' lay words for the testis and the axilla ----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("They scanned my left ball and found a 4 mm cyst on the tube at the back.", ["Scrotum"]),
        ("Lump on my right nut, the ultrasound says it's an epididymal cyst.", ["Scrotum"]),
        ("Found a lump under my arm pit, report says a 14 mm node with a fatty hilum.", ["Axilla"]),
        ("The scan of my underarm showed a swollen lymph node, 2 cm.", ["Axilla"]),
        # Near misses: "ball" of the foot; a lump under the skin of the arm.
        ("Pain at the ball of my foot, the scan shows an 8 mm Morton's neuroma.", ["Foot"]),
        ("A 2 cm lipoma under the skin of my forearm.", ["Soft tissues"]),
    ],
)
def test_lay_words_testis_axilla(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == sorted(organs)


# -- a legend's key of labels and structures "seen posteriorly" for orientation are landmarks ------------------------
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Figure 4. Angiomyolipoma: echogenic 12 mm lesion of the right kidney (arrow). L, liver.",
         ["Kidney and ureter"]),
        ("Fig. 2. Right lobe thyroid nodule, 18 mm. CCA, common carotid artery; IJV, internal jugular vein.",
         ["Thyroid gland"]),
        ("Figure 9. Liver abscess in segment 6; the right kidney (RK) is seen posteriorly.", ["Liver"]),
        # Near misses: organs listed with their findings, one per clause.
        ("Findings. Liver, 15 cm, normal. Spleen, normal.", ["Liver", "Spleen"]),
        ("The left kidney is seen, 11 cm, with a 2 cm cyst.", ["Kidney and ureter"]),
        ("Liver: 15 cm, bright. GB, normal. RK, 10.5 cm.",
         ["Gallbladder and bile ducts", "Kidney and ureter", "Liver"]),
    ],
)
def test_legend_keys_and_structures_seen_for_orientation(parser: ReportParser, text: str,
                                                          organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == sorted(organs)


# -- in a list of an organ's vessels, each adjective names its own organ's vessel ------------------------------------
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("The portal and splenic veins are patent with hepatopetal flow.", ["Liver", "Spleen"]),
        ("Splenic and portal veins patent.", ["Liver", "Spleen"]),
        # Near misses: a list of limb veins names veins, not their regions; bile ducts are the ducts' organ.
        ("The subclavian, axillary and brachial veins are compressible.", ["Peripheral veins"]),
        ("The hepatic and common bile ducts are not dilated.", ["Gallbladder and bile ducts"]),
    ],
)
def test_listed_organ_vessels(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == sorted(organs)


# -- what a lesion does or does not connect to is a landmark ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Periumbilical lipoma of 2 cm in the abdominal wall; it does not communicate with the peritoneal cavity.",
         ["Abdominal wall"]),
        ("Right hydrocele in a 2-year-old communicating with the peritoneal cavity.", ["Pediatric scrotum"]),
        # Near misses: the lesion's own organ, named before the cue, stays.
        ("A 3 cm Baker's cyst communicating with the knee joint.", ["Knee"]),
        ("A 2 cm cyst in the pancreatic head communicating with the main duct.", ["Pancreas"]),
    ],
)
def test_what_a_lesion_communicates_with(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == sorted(organs)
