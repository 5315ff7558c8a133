"""Anatomy and diagnosis classes seen in real-world report styles (issue 11): one table per class.

Each row is a sentence written for this file (not a corpus line) with the organs or diagnosis values it must give;
the near-miss rows are wordings of the same look that must not trigger the rule.
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of, reading_of

from udt.parser import ReportParser

ORGAN = "Organ_level"
DIAGNOSIS = "Diagnosis"


# -- "PV bleeding": per vaginam, not the portal vein; "cardiac activity": the embryo's ------------------------------
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Indication: PV bleeding at 9 weeks. Uterus contains a single gestational sac.", ["Uterus"]),
        ("Light PV spotting since Sunday. The uterus is anteverted, endometrium 7 mm.", ["Uterus"]),
        ("Single intrauterine gestational sac with an embryo; cardiac activity present.", ["Uterus"]),
        ("Reason for scan: post-coital PV-bleed. Both ovaries normal.", ["Adnexa"]),
        ("Heavy PV loss with clots. Retained products in the endometrial cavity.", ["Uterus"]),
        # Near misses: the portal vein itself.
        ("PV patent with hepatopetal flow. Liver normal in size.", ["Liver"]),
        ("Main PV measures 11 mm.", ["Liver"]),
        ("The PV bleeding risk is low; the spleen is normal.", ["Spleen"]),
    ],
)
def test_word_in_another_sense_is_no_organ(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == sorted(organs)


# -- a translated myomatous "node" is a lesion of the uterus, not a lymph node -------------------------------------
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Uterus 58 x 44 x 51 mm. On the anterior wall an intramural node 17 mm, isoechogenic.", ["Uterus"]),
        ("Uterus is enlarged, myometrium heterogeneous. On the posterior wall is visualised a node of 24 mm.",
         ["Uterus"]),
        ("Uterus: in the fundal region a subserous node 31 mm with peripheral blood flow.", ["Uterus"]),
        ("Body of uterus in anteflexio. Submucous node 9 mm deforms the cavity.", ["Uterus"]),
        ("Uterus 70 x 52 mm. Myometrium: two nodes, the larger 15 mm, myomatous.", ["Uterus"]),
        # Near misses: real lymph nodes, or no uterus named at all.
        ("Uterus normal. No enlarged pelvic lymph nodes.", ["Lymph nodes", "Uterus"]),
        ("Left axilla: a node 14 mm with a preserved fatty hilum.", ["Axilla"]),
        ("Neck, level II on the right: node 12 x 6 mm, oval.", ["Lymph nodes"]),
        ("Intramural node 18 mm.", ["Lymph nodes"]),
    ],
)
def test_translated_uterine_node(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == sorted(organs)


def test_translated_uterine_node_is_a_finding_of_the_uterus(parser: ReportParser) -> None:
    report = parser.parse("Uterus 61 x 47 x 50 mm. On the posterior wall an intramural node of 22 mm.")
    sized = [f for f in report.findings if 22.0 in f.size_mm]
    assert [f.organ for f in sized] == ["Uterus"]
    # guideline: a uterine "myoma node" is a fibroid, rolled up to mass (the corpora's gold for every such node)
    assert report.labels[DIAGNOSIS] == ["mass"]


# -- a TI-RADS level without the word "nodule" (or without "TI-RADS") names a thyroid nodule -----------------------
@pytest.mark.parametrize(
    ("text", "nodule"),
    [
        ("ACR TR3, 3 points. FNA if 2.5 cm or larger.", True),
        ("Isthmus: TR-2.", True),
        ("Right mid pole: 13 x 9 mm, solid, hypoechoic, TR 4.", True),
        ("TI-RADS category 5 in the left lower pole.", True),
        ("Overall: ACR points 6, FNA advised.", True),
        # Near miss: tricuspid regurgitation on a chest study.
        ("Mild TR. The pleural spaces are clear.", False),
    ],
)
def test_tirads_level_names_a_thyroid_nodule(parser: ReportParser, text: str, nodule: bool) -> None:
    labels = parser.parse(text).labels
    assert (labels[DIAGNOSIS] == ["nodule"]) is nodule
    assert ("Thyroid gland" in labels[ORGAN]) is nodule


@pytest.mark.parametrize(
    "text",
    [
        "Nodule 2\nLocation: right lobe\nSize: 14 x 10 mm\nComposition: solid (2)\nTotal: 5 points, TR4",
        "A 9 mm spongiform nodule, no echogenic foci, TR1.",
        "Left lobe nodule 11 mm with punctate echogenic foci, TI-RADS 5.",
    ],
)
def test_tirads_level_after_a_nodule_grades_it(parser: ReportParser, text: str) -> None:
    report = parser.parse(text)
    assert report.labels[ORGAN] == ["Thyroid gland"]
    # One nodule, graded: the level adds no second lesion and is never denied with the foci before it.
    assert [f.diagnosis for f in report.findings if f.kind == "lesion"] == ["nodule"]
    assert not [m for m in report.mentions if m.dimension == DIAGNOSIS and m.status == "absent"]


def test_tirads_level_after_a_lesion_elsewhere_is_a_nodule_of_its_own(parser: ReportParser) -> None:
    labels = parser.parse("Right kidney: a 2 cm simple cyst. Thyroid isthmus: TR2.").labels
    assert sorted(labels[DIAGNOSIS]) == ["cyst", "nodule"]  # TR2 grades no renal cyst: a nodule of its own
    assert sorted(labels[ORGAN]) == ["Kidney and ureter", "Thyroid gland"]


# -- a bare "fluid": a fluid collection where denied, placed or measured; not a cyst's content or a passage --------
def _fluid(parser: ReportParser, text: str) -> str | None:
    report = parser.parse(text)
    if "fluid collection" in report.labels[DIAGNOSIS]:
        return "present"
    statuses = {m.status for m in report.mentions if m.value == "fluid collection"}
    return "absent" if "absent" in statuses else None


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Rectouterine pouch: no fluid.", "absent"),
        ("The appendix is compressible with no surrounding fat stranding or fluid.", "absent"),
        ("Subdeltoid bursa not thickened, no fluid.", "absent"),
        ("There is no fluid in the endometrial cavity.", "absent"),
        ("Fluid in the olecranon bursa, 6 mm deep.", "present"),
        ("Retrocalcaneal bursa: small fluid.", "present"),
        ("A small amount of fluid around the tibialis posterior tendon.", "present"),
        ("Transverse image: the subdeltoid bursa is distended, containing echogenic fluid.", "present"),
        ("Subacromial bursa distended with 3 mm of fluid.", "present"),
        # Near misses: a cyst's content, a level, a passage, a test.
        ("Complicated cyst with a fluid-debris level and no vascularity.", None),
        ("Hyperechoic foci float within the fluid of the cyst.", None),
        ("An anechoic fluid-filled structure in the popliteal fossa, consistent with a Baker's cyst.", None),
        ("The pyloric canal stays closed, with no passage of fluid into the duodenum.", None),
        ("Cyst aspirated; fluid analysis awaited.", None),
    ],
)
def test_bare_fluid(parser: ReportParser, text: str, status: str | None) -> None:
    assert _fluid(parser, text) == status


# -- a teaching point speaks of a disease in general, not of this patient ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "diagnoses"),
    [
        ("Case: a 47-year-old with menorrhagia. Ultrasound shows a bulky uterus without a discrete mass. "
         "Teaching point: a fibroid is well-defined, whereas adenomyosis is not.", []),
        ("Case: fever after travel. A 5 cm hypoechoic liver abscess with debris. "
         "Learning points: an amoebic abscess may mimic a necrotic mass.", ["fluid collection"]),
        ("Diagnosis: Hashimoto thyroiditis without a discrete nodule. "
         "Discussion: pseudonodules of thyroiditis can mimic true nodules.", []),
        # Near misses: the case itself after an opening teaching-point sentence is still this patient's.
        ("Teaching point: not every echogenic renal lesion is an angiomyolipoma. This 60-year-old had a 3 cm "
         "echogenic renal mass that proved to be a renal cell carcinoma.", ["mass"]),
        ("Impression: a 2 cm simple cyst of the left ovary.", ["cyst"]),
    ],
)
def test_teaching_point_is_no_finding(parser: ReportParser, text: str, diagnoses: list[str]) -> None:
    assert labels_of(parser, text, DIAGNOSIS) == sorted(diagnoses)


def test_teaching_point_neither_denies_nor_hedges(parser: ReportParser) -> None:
    report = parser.parse("Case: neck swelling. A 2 cm colloid nodule in the right lobe. "
                          "Teaching point: no single feature excludes a carcinoma; a cyst may possibly hide one.")
    assert {(m.value, m.status) for m in report.mentions if m.section == "teaching" and m.value} <= {
        ("nodule", "present"), ("cyst", "present"), ("mass", "present")}
    assert report.labels[DIAGNOSIS] == ["nodule"]


# -- where no organ is named, the presented organ or a hedged diagnosis's typical site is the one examined ----------
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("A 3 cm isoechoic lesion in segment 6 with a central scar. Probable focal nodular hyperplasia.", ["Liver"]),
        ("Figure 2. Probable complicated renal cyst with a thin septum.", ["Kidney and ureter"]),
        ("A 61-year-old woman with a palpable left breast lump. Ultrasound showed a 12 mm oval circumscribed "
         "mass; a haematoma could not be excluded.", ["Breast"]),
        # Near misses: a named organ wins; a hedge in the history names nothing.
        ("Spleen: 2 cm lesion, probable haemangioma.", ["Spleen"]),
        ("INDICATION: ?focal nodular hyperplasia.\nFINDINGS: Both kidneys normal.", ["Kidney and ureter"]),
    ],
)
def test_fallback_site_of_presented_organ_or_hedged_diagnosis(parser: ReportParser, text: str,
                                                              organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == sorted(organs)


def test_bare_vessel_word_does_not_hide_the_organ_a_diagnosis_implies(parser: ReportParser) -> None:
    text = "A 2 cm lesion in segment 8 was confirmed as hepatocellular carcinoma, with arterial hyperenhancement."
    assert labels_of(parser, text, ORGAN) == ["Liver"]


# -- "otherwise normal": the rest of an organ with a lesion, or a whole organ beside a finding elsewhere -------------
@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("Trace free fluid in the hepatorenal recess; the liver and right kidney are otherwise normal.", True),
        ("A 4 cm hydrocele on the left; both testes are otherwise unremarkable.", True),
        ("Gallbladder: 3 gallstones. Pancreas and spleen otherwise normal.", True),
        # Near misses: the remainder of an organ that has the lesion, or of a lesion in no named organ.
        ("Left lobe of the liver: 2 cm haemangioma. The liver is otherwise normal.", False),
        ("Right lobe: 12 mm solid nodule. The thyroid is otherwise normal.", False),
        ("The spleen has a 15 mm cyst and is otherwise unremarkable.", False),
    ],
)
def test_otherwise_normal(parser: ReportParser, text: str, normal: bool) -> None:
    assert ("normal appearance" in parser.parse(text).labels[DIAGNOSIS]) is normal


# -- words the ontology now knows, and a diagnosis phrase whose inner anatomy cannot be its site -------------------
@pytest.mark.parametrize(
    ("text", "organs", "diagnoses"),
    [
        ("Transperineal scan: an intersphincteric perianal fistula with a 9 mm abscess at its tip.",
         ["Penis and perineum"], ["fluid collection"]),
        ("Fistula-in-ano from the anal canal to the skin.", ["Penis and perineum"], []),
        ("Transverse view of a 5-week-old's pylorus: the so-called cervix sign.",
         ["Pediatric abdomen and retroperitoneum"], []),
        ("Infant spine: conus at L1, normal nerve root motion.", ["Neonatal brain and spine"], ["normal appearance"]),
        ("Splenic microabscesses, the largest 6 mm.", ["Spleen"], ["fluid collection"]),
        ("A 4 cm collection in the left paracolic gutter.", ["Peritoneum mesentery and omentum"],
         ["fluid collection"]),
        ("Lung sliding absent with a lung point at the anterior axillary line.", ["Pleural space"], []),
        # Near misses: the dialysis fistula and a median nerve keep their organs.
        ("Left brachiocephalic fistula: outflow vein patent, flow volume 900 mL/min.", ["Dialysis fistula"], []),
        ("Median nerve at the carpal tunnel inlet: 14 mm2, hypoechoic.", ["Peripheral nerves"], []),
    ],
)
def test_new_vocabulary_and_sites_that_fit(parser: ReportParser, text: str, organs: list[str],
                                           diagnoses: list[str]) -> None:
    labels = parser.parse(text).labels
    assert sorted(labels[ORGAN]) == sorted(organs)
    assert sorted(labels[DIAGNOSIS]) == sorted(diagnoses)


# -- "normal appearance": a part of an organ with a lesion, normal wording beside abnormal wording ------------------
@pytest.mark.parametrize(
    ("text", "normal"),
    [
        # Only a part of the organ that holds the lesion is normal: no normal finding.
        ("Left shoulder: 8 mm full-thickness supraspinatus tear. Subscapularis normal.", False),
        ("Gallbladder: 12 mm stone in the neck. CBD normal calibre.", False),
        ("Uterus: 4 cm posterior wall fibroid; the endometrium is thin and normal.", False),
        # ... a whole side named with its part is a whole organ side.
        ("Left testis: 2 cm hypoechoic mass. Right testis and epididymis normal.", True),
        # Abnormal wording in the same sentence as the normal statement.
        ("The spleen is enlarged at 17 cm with no focal lesion. Gallbladder: several stones.", False),
        ("The common bile duct is dilated to 11 mm, normal liver echotexture otherwise. Gallstones.", False),
        ("The CBD is not dilated. Spleen unremarkable. Gallbladder: a 9 mm stone.", True),
        ("The left testis is enlarged and avascular, whereas the right testis is normal. Torsion.", True),
        # A negative study.
        ("IMPRESSION: Negative examination.", True),
        ("Conclusion: negative scan of both groins.", True),
    ],
)
def test_normal_appearance_classes(parser: ReportParser, text: str, normal: bool) -> None:
    assert ("normal appearance" in parser.parse(text).labels[DIAGNOSIS]) is normal


# -- "baby" at a pregnancy scan is the fetus, not a child patient ----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("20 week anatomy scan: baby measuring well. Posterior placenta, clear of the os.", ["Uterus"]),
        ("I'm 14 weeks pregnant and they found a 3 cm fibroid in the uterus, baby is fine.", ["Uterus"]),
        ("Dating scan, CRL 45 mm, baby active. Right ovary: 2 cm corpus luteum cyst.", ["Adnexa"]),
        # Near misses: a baby who is the patient.
        ("Hip ultrasound of a 6-week-old baby girl: alpha angle 62 degrees, normal.", ["Infant hip and knee"]),
        ("Our baby had a scan of the pylorus: muscle 4 mm, channel 17 mm.", ["Pediatric abdomen and retroperitoneum"]),
    ],
)
def test_baby_at_a_pregnancy_scan(parser: ReportParser, text: str, organs: list[str]) -> None:
    labels = parser.parse(text).labels
    assert sorted(labels[ORGAN]) == sorted(organs)
    assert ("Pediatrics" in labels["Body_system_level"]) is any(o.startswith(("Infant", "Pediatric")) for o in organs)


# -- landmarks: reference organs of a comparison, anatomy placed around a finding or placed by what follows it -----
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Both kidneys 10.5 cm; the cortex is hypoechoic to the liver and spleen.", ["Kidney and ureter"]),
        ("Right kidney cortex slightly hyperechoic relative to the liver.", ["Kidney and ureter"]),
        # (ascites names its own organ, the peritoneum: guideline "ascites -> Peritoneum mesentery and omentum")
        ("Gallbladder wall 7 mm, striated, with moderate ascites around the liver.",
         ["Gallbladder and bile ducts", "Peritoneum mesentery and omentum"]),
        ("Infrarenal aortic aneurysm of 5.4 cm, anterior to the lumbar spine.", ["Retroperitoneum and great vessels"]),
        ("A 3 cm right adrenal mass between the posterior liver and the IVC.", ["Adrenal glands"]),
        ("Figure 2. Normal thyroid: homogeneous lobes with the common carotid arteries (arrows) lateral to them.",
         ["Thyroid gland"]),
        ("Fig. 4. Normal liver, with the right kidney (RK) lying posteriorly.", ["Liver"]),
        ("Transverse pancreas: normal gland; the superior mesenteric artery (arrowhead) and aorta lie posteriorly.",
         ["Pancreas"]),
        # Near misses: a finding placed by anatomy keeps its organ; so does a node that lies beside a vessel.
        ("A 2 cm lipoma lies deep to the trapezius, within the posterior neck soft tissues.", ["Soft tissues"]),
        ("A 14 mm reactive lymph node lies lateral to the left common carotid artery.", ["Lymph nodes"]),
        ("Right kidney 11 cm, left kidney 11.4 cm, both normal.", ["Kidney and ureter"]),
    ],
)
def test_landmark_classes(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == sorted(organs)


# -- haemorrhage has no Diagnosis value (a haematoma is a fluid collection) ----------------------------------------
@pytest.mark.parametrize(
    ("text", "present", "denied"),
    [
        ("Neonatal head scan: ventricles normal size, no haemorrhage.", ["normal appearance"], []),
        ("Grade II germinal matrix haemorrhage on the left.", [], []),
        ("Right adrenal haemorrhage in a 2-day-old, 18 mm.", [], []),
        ("No intracranial hemorrhage or cyst.", [], ["cyst"]),
        # Near misses: a haematoma stays a fluid collection, asserted or denied.
        ("A 3 cm rectus sheath haematoma.", ["fluid collection"], []),
        ("No perinephric haematoma after the biopsy.", [], ["fluid collection"]),
    ],
)
def test_haemorrhage_has_no_diagnosis_value(parser: ReportParser, text: str, present: list[str],
                                           denied: list[str]) -> None:
    report = parser.parse(text)
    assert sorted(report.labels[DIAGNOSIS]) == sorted(present)
    assert sorted({m.value for m in report.mentions if m.status == "absent" and m.dimension == DIAGNOSIS
                   and m.value}) == sorted(denied)


# -- the right upper quadrant is a region of the abdomen, not the gallbladder ---------------------------------------
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Fever and right upper quadrant pain. The liver holds a 5 cm abscess.", ["Liver"]),
        ("RUQ view: free fluid in the hepatorenal recess.", ["Peritoneum mesentery and omentum"]),
        # Near miss: the gallbladder named in a right-upper-quadrant study.
        ("US RUQ: gallbladder distended with a 14 mm stone in the neck.", ["Gallbladder and bile ducts"]),
    ],
)
def test_right_upper_quadrant_is_a_region(parser: ReportParser, text: str, organs: list[str]) -> None:
    labels = parser.parse(text).labels
    assert sorted(labels[ORGAN]) == sorted(organs)


# -- nodes named without a region in a report about another region's nodes are that region's ----------------------
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Left axilla: a 2.1 cm lymph node with an effaced fatty hilum. Biopsy: nodal metastasis.", ["Axilla"]),
        ("Right axillary region: oval node 15 mm; could be a reactive lymph node.", ["Axilla"]),
        ("A 3-year-old: mesenteric fat with several small lymph nodes, the largest 8 mm.",
         ["Pediatric abdomen and retroperitoneum"]),
        # Near misses: the neck examined too, or nodes with no other region at all.
        ("Left axilla: 12 mm lymph node. Also a 9 mm cervical lymph node at level II.", ["Axilla", "Lymph nodes"]),
        ("Thyroid normal. A 10 mm lymph node with a fatty hilum.", ["Lymph nodes", "Thyroid gland"]),
        ("Enlarged lymph node, 22 mm, with loss of the hilum.", ["Lymph nodes"]),
    ],
)
def test_nodes_of_the_region(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == sorted(organs)


# -- a diagnosis of another time or another examination is history --------------------------------------------------
@pytest.mark.parametrize(
    ("text", "diagnoses", "organs"),
    [
        ("Posting for my dad: he had a renal cell carcinoma removed 3 years ago. Today: 'liver normal, no ascites'.",
         ["normal appearance"], ["Liver", "Peritoneum mesentery and omentum"]),
        ("The MRI showed a 'pancreatic mass' so I had an ultrasound: the pancreas is normal.",
         ["normal appearance"], ["Pancreas"]),
        ("She had a liver cyst drained two years earlier. Now a 4 cm septated cyst in the right lobe.",
         ["cyst"], ["Liver"]),
        # Near misses: this scan's findings, and a CT that confirms the finding of this scan.
        ("A 3 cm solid renal mass. CT confirmed a renal cell carcinoma.", ["mass"], ["Kidney and ureter"]),
        ("Ultrasound showed a 2 cm simple cyst in the left kidney.", ["cyst"], ["Kidney and ureter"]),
    ],
)
def test_diagnosis_of_another_time_or_exam(parser: ReportParser, text: str, diagnoses: list[str],
                                           organs: list[str]) -> None:
    labels = parser.parse(text).labels
    assert sorted(labels[DIAGNOSIS]) == sorted(diagnoses)
    assert sorted(labels[ORGAN]) == sorted(organs)


# -- the groin wins over the abdominal wall for inguinal anatomy and groin hernias -----------------------------------
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("US LEFT GROIN: no inguinal or femoral hernia at rest or on Valsalva.", ["Hip groin and buttock"]),
        ("Right groin: 3 cm seroma at the hernia repair site. No recurrent hernia.", ["Hip groin and buttock"]),
        ("Groin lump: fat-containing hernia through the deep inguinal ring on straining.", ["Hip groin and buttock"]),
        # Near misses: an abdominal-wall hernia or abdominal-wall anatomy beside the groin keeps the wall.
        ("Small umbilical hernia, neck 9 mm. Both groins normal.", ["Abdominal wall", "Hip groin and buttock"]),
        ("Left groin normal. Rectus sheath haematoma in the anterior abdominal wall, 4 cm.",
         ["Abdominal wall", "Hip groin and buttock"]),
        # (a groin hernia with no groin named: the groin's too, guideline "an inguinal hernia -> Hip groin and buttock")
        ("Direct inguinal hernia on the right.", ["Hip groin and buttock"]),
    ],
)
def test_groin_wins(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == sorted(organs)


# -- the subcutis of an organ that is itself a region-like organ value (a joint, a wall, the buttock) is that organ's
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("US LEFT BUTTOCK\nA 3 cm hypoechoic area with hyperaemia: cellulitis.", ["Hip groin and buttock"]),
        ("US RIGHT KNEE\nThickened oedematous subcutaneous tissue anterior to the patella, in keeping with cellulitis.",
         ["Knee"]),
        ("US ABDOMINAL WALL\nA 2 cm collection in the subcutaneous fat, thick-walled: abscess.", ["Abdominal wall"]),
        ("US CHEST WALL LEFT\nA 12 mm subcutaneous lesion over the 4th rib, probably a lipoma.", ["Thoracic wall"]),
        # Near misses: a region with no organ named stays soft tissues; cellulitis alone is soft tissues.
        ("A 4 cm lipoma in the thigh muscle.", ["Soft tissues"]),
        ("Forearm: cellulitis with a 1 cm abscess.", ["Soft tissues"]),
    ],
)
def test_subcutis_of_an_organ(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == sorted(organs)


@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Figure 7. A 9 mm intrasplenic hypoechoic focus, probably a haemangioma.", ["Spleen"]),
        ("Dilated intrahepatic ducts are not seen; a 2 cm intrahepatic cyst.", ["Liver"]),
        ("Intrarenal resistive indices 0.65 bilaterally.", ["Kidney and ureter"]),
    ],
)
def test_intra_organ_adjectives_name_the_organ(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert set(organs) <= set(labels_of(parser, text, ORGAN))


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("Knee: the medial collateral ligament is thickened, in keeping with a sprain. Patellar tendon normal.", False),
        ("Ankle: ATFL sprain. Peroneal tendons normal.", False),
        ("Ankle: ligaments intact, no sprain. Normal study.", True),
    ],
)
def test_a_sprain_is_a_finding(parser: ReportParser, text: str, normal: bool) -> None:
    assert ("normal appearance" in parser.parse(text).labels[DIAGNOSIS]) is normal


@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Superficial thrombophlebitis of the basilic vein at the elbow.", ["Peripheral veins"]),
        ("Biphasic waveforms from the common femoral artery to the ankle.", ["Peripheral arteries"]),
        # Near misses: a joint examined in its own right, and a Baker's cyst beside a vein study.
        ("Popliteal vein compressible. Knee: 3 cm Baker's cyst.", ["Knee", "Peripheral veins"]),
        ("A 2 cm ganglion cyst at the wrist.", ["Wrist and carpus"]),
    ],
)
def test_joint_named_as_a_vessels_location(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == sorted(organs)


@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("The subclavian, axillary, brachial and basilic veins are compressible.", ["Peripheral veins"]),
        ("Axillary and subclavian veins patent with phasic flow.", ["Peripheral veins"]),
        # Near misses: the axilla itself, or its node.
        ("Left axilla: 2 cm node. Axillary and subclavian veins patent.", ["Axilla", "Peripheral veins"]),
        ("Right axillary lymph node 15 mm.", ["Axilla"]),
    ],
)
def test_region_adjective_in_a_list_of_vessels(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == sorted(organs)


@pytest.mark.parametrize(
    ("text", "organs"),
    [
        # Guideline (organs in negated statements): "No bowel loop in the sac" -> Gastrointestinal tract.
        ("Small paraumbilical hernia containing fat; no bowel within the sac.",
         ["Abdominal wall", "Gastrointestinal tract"]),
        ("Right groin: reducible fat-containing hernia. No bowel inside the sac on straining.",
         ["Gastrointestinal tract", "Hip groin and buttock"]),
        # ... as is bowel denied in its own right.
        ("Appendix not seen. No dilated bowel loops.", ["Appendix", "Gastrointestinal tract"]),
    ],
)
def test_hernia_content_denied_was_examined(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == sorted(organs)


@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Matted cervical lymph nodes with necrosis and oedema of the adjacent soft tissue.", ["Lymph nodes"]),
        ("Appendix 9 mm, non-compressible, with surrounding fat stranding.", ["Appendix"]),
        # Near miss: soft tissue examined in its own right.
        ("Soft tissue of the forearm: 2 cm lipoma.", ["Soft tissues"]),
    ],
)
def test_tissue_around_a_finding_is_a_landmark(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == sorted(organs)


@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Left brachiocephalic AV fistula. Outflow cephalic vein 6 mm, 5 mm deep. Flow volume 820 mL/min.",
         ["Dialysis fistula"]),
        ("Radiocephalic fistula surveillance. Arterial inflow: patent, radial artery 3 mm. Anastomosis 4 mm.",
         ["Dialysis fistula"]),
        # Near miss: a DVT study beside the fistula keeps its veins.
        ("Right arm AV fistula patent. Swollen arm: no DVT, the subclavian and axillary veins compress.",
         ["Dialysis fistula", "Peripheral veins"]),
    ],
)
def test_vessels_of_a_fistula(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == sorted(organs)


@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Consolidated lung with air bronchograms and a liver-like echotexture.", ["Pulmonary"]),
        ("Full-thickness Achilles tear with a 2 cm gap that closes in plantar flexion.", ["Ankle"]),
        ("Gallbladder: 1 cm stone. Hepatic and common bile ducts not dilated.", ["Gallbladder and bile ducts"]),
        ("Bad pain under my right ribs. Gallbladder: 2 cm stone in the neck.", ["Gallbladder and bile ducts"]),
        ("Deep veins compressible, no DVT; small Baker's cyst behind my knee.", ["Knee", "Peripheral veins"]),
        # Near misses: the liver and the foot examined in their own right.
        ("Liver normal. Spleen 11 cm.", ["Liver", "Spleen"]),
        ("Plantar fascia 6 mm thick at the heel, hypoechoic.", ["Foot"]),
    ],
)
def test_comparisons_movements_and_lists(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == sorted(organs)


# -- "FF", the dictated abbreviation of free fluid (in capitals only: a lower-case "ff" is no abbreviation) ------------
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Uterus AV, normal. Both ovaries normal. No FF.", "absent"),
        ("Liver normal, no FF. GB normal.", "absent"),
        ("Small amount of FF in the pouch of Douglas.", "present"),
        ("Moderate FF around the liver and spleen.", "present"),
        # near misses: lower-case "ff" (a page reference), a word that contains the letters
        ("Described in the literature, pp. 12 ff.", None),
        ("The liver is normal. No focal lesion.", None),
    ],
)
def test_abbreviated_free_fluid(parser: ReportParser, text: str, status: str | None) -> None:
    assert reading_of(parser, text, "Diagnosis", "fluid collection") == status
