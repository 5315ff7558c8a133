"""Anatomy error classes of issue 11 (Organ_level, Body_system_level), one table per class.

Each row is a sentence written for this file (not a corpus line) and the organs it must, or must not, give.
The rules under test read ontology knowledge (typical sites, declared roles), so rows vary the wording of
one class rather than repeat one example.
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser

ORGAN = "Organ_level"
SYSTEM = "Body_system_level"
PERITONEUM = "Peritoneum mesentery and omentum"


def _organs(parser: ReportParser, text: str) -> list[str]:
    return sorted(parser.parse(text).labels[ORGAN])


# -- a denied diagnosis names the one organ it is typically found in --------------------------------------------
# "No ascites" says the peritoneum was looked at, as "no pleural effusion" says the pleural space was
# (guideline: organs only in negated statements are still examined organs).
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Hepatic parenchyma is homogeneous. There is no ascites.", ["Liver", PERITONEUM]),
        ("Ascites: none.", [PERITONEUM]),
        ("Spleen 10.5 cm.\nAscites - absent", ["Spleen", PERITONEUM]),
        ("Both ovaries appear normal; no ascites is seen.", ["Adnexa", PERITONEUM]),
        ("Bladder well distended. Neither kidney shows hydronephrosis.", ["Bladder", "Kidney and ureter"]),
        ("There is no right-sided pneumothorax.", ["Pleural space"]),
    ],
)
def test_denied_diagnosis_names_its_one_site(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert _organs(parser, text) == sorted(organs)


@pytest.mark.parametrize(
    ("text", "organs"),
    [
        # A diagnosis typically found at several sites names none of them when it is denied.
        ("Liver unremarkable. No haematoma.", ["Liver"]),
        ("Spleen normal in size. No hernia.", ["Spleen"]),
        # History and recommendations examine nothing.
        ("HISTORY: ascites drained last month.\nFINDINGS: Liver normal.", ["Liver"]),
    ],
)
def test_denied_diagnosis_near_misses(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert _organs(parser, text) == sorted(organs)


def test_denied_site_gives_its_body_system(parser: ReportParser) -> None:
    labels = parser.parse("Uterus anteverted, endometrium 6 mm. No ascites.").labels
    assert sorted(labels[SYSTEM]) == ["Abdomen and retroperitoneum", "Gynaecology"]


# -- a part of a lymph node (its hilum) belongs to the region its nodes are in ----------------------------------
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("RIGHT AXILLA\nLargest node: 19 mm\nFatty hilum: absent", ["Axilla"]),
        ("Left axilla: one oval node of 11 mm with a preserved echogenic hilum.", ["Axilla"]),
        ("Groin lump. A 2 cm inguinal node is seen; hilar fat is effaced.", ["Hip groin and buttock"]),
        # Near misses: a neck node keeps the Lymph nodes organ, with or without its hilum.
        ("Right neck level III: node 14 mm, fatty hilum preserved.", ["Lymph nodes"]),
        ("Cervical lymph node of 9 mm. Nodal hilum: not seen.", ["Lymph nodes"]),
    ],
)
def test_node_part_follows_node_region(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert _organs(parser, text) == sorted(organs)


# -- a bare vessel word is the examined organ's vessel, unless the study is about vessels -----------------------
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Echogenic liver lesion of 3 cm; Doppler shows a single feeding artery at its rim.", ["Liver"]),
        ("Renal graft in the left iliac fossa, 12 cm. Arterial resistive index 0.66.", ["Kidney and ureter"]),
        ("Solid thyroid nodule of 17 mm. Prominent venous channels around it.", ["Thyroid gland"]),
        # A vessel study keeps its vessels beside another system's organ.
        ("Referred to exclude DVT. The deep veins compress fully. Incidental popliteal cyst behind the knee.",
         ["Knee", "Peripheral veins"]),
        ("Left leg venous Doppler. No deep vein thrombosis. A 3 cm Baker's cyst.", ["Knee", "Peripheral veins"]),
        # Alone, the vessel word is the study.
        ("Arterial Doppler of the right leg: biphasic waveforms throughout.", ["Peripheral arteries"]),
        # A plaque placed in another organ makes no vessel study.
        ("A calcified plaque in the penile tunica albuginea. Normal cavernosal arterial flow.",
         ["Penis and perineum"]),
    ],
)
def test_bare_vessel_word_belongs_to_organ(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert _organs(parser, text) == sorted(organs)


# -- a landmark named through a part of it ("the lower pole of") is still a landmark ----------------------------
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Parathyroid study: 8 mm hypoechoic nodule inferior to the lower pole of the right thyroid lobe.",
         ["Parathyroid glands"]),
        ("Adrenal study: a 2 cm solid mass sits above the upper pole of the right kidney.", ["Adrenal glands"]),
        # Near miss: the organ itself is described, so it is examined.
        ("Parathyroid study: the lower pole of the right thyroid lobe holds a 6 mm cyst.",
         ["Parathyroid glands", "Thyroid gland"]),
    ],
)
def test_landmark_through_its_part(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert _organs(parser, text) == sorted(organs)


# -- a tissue layer (skin, fat, muscle) named beside another organ is where that organ lies ---------------------
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Right breast: 14 mm cyst at 10 o'clock. The overlying skin is thickened.", ["Breast"]),
        ("Moderate left pleural effusion. Skin marked for aspiration in the mid axillary line.", ["Pleural space"]),
        ("Thyroid gland unremarkable. Strap muscles normal.", ["Thyroid gland"]),
        # Near miss: alone, the layer is the site examined.
        ("Lump on the forearm: a 2 cm lipoma within the subcutaneous fat.", ["Soft tissues"]),
    ],
)
def test_tissue_layer_beside_an_organ(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert _organs(parser, text) == sorted(organs)


# -- a child named in a parent's post puts every organ in Pediatrics --------------------------------------------
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Our son is 7. The scan report: 'several reactive cervical lymph nodes, largest 13 mm'.",
         ["Pediatric head and neck"]),
        ("My daughter (12) had her pelvis scanned: 'right ovary 4 cm simple cyst'.",
         ["Pediatric gynaecological pathology and infant breast"]),
        ("grandson (6 yrs) kidney scan said 'mild left hydronephrosis'", ["Pediatric urinary tract"]),
        # Near misses: an adult child, and "son" inside another word.
        ("My son is 24 and his report says 'two cervical lymph nodes, reactive'.", ["Lymph nodes"]),
        ("Reason for scan: 9 weeks of neck swelling. Cervical lymph nodes are reactive.", ["Lymph nodes"]),
    ],
)
def test_child_in_a_parents_post(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert _organs(parser, text) == sorted(organs)


# -- mesenteric nodes are abdominal (ontology: mesenteric lymph node under mesentery) ---------------------------
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Mesenteric nodes: several, largest 10 mm short axis, oval, hila preserved.", [PERITONEUM]),
        ("6-year-old boy, abdominal pain. Appendix normal. Prominent mesenteric lymph nodes.",
         ["Pediatric abdomen and retroperitoneum"]),
        ("10 year old girl. No enlarged mesenteric nodes.", ["Pediatric abdomen and retroperitoneum"]),
        # Near miss: neck nodes stay in Head and Neck.
        ("Prominent cervical nodes, largest 11 mm.", ["Lymph nodes"]),
    ],
)
def test_mesenteric_nodes_are_abdominal(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert _organs(parser, text) == sorted(organs)


def test_mesenteric_node_rolls_up_to_peritoneum(taxonomy) -> None:
    node = taxonomy.find("mesenteric nodes", ORGAN)
    assert node is not None and node.label == "mesenteric lymph node"
    assert taxonomy.rollups(node)[ORGAN].us365k_label == PERITONEUM


# -- obstetric anatomy (placenta, gestational sac, internal os) is the uterus examined --------------------------
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Anterior placenta, its lower edge 25 mm from the internal os.", ["Uterus"]),
        ("Early pregnancy scan: a single gestation sac with a yolk sac, mean sac diameter 14 mm.", ["Uterus"]),
        ("Transvaginal cervical length 31 mm, no funnelling. Right ovary normal.", ["Adnexa", "Uterus"]),
        # Near miss: "cervical" of the neck stays a neck word.
        ("Two cervical nodes with fatty hila, the larger 9 mm.", ["Lymph nodes"]),
    ],
)
def test_obstetric_anatomy_is_uterus(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert _organs(parser, text) == sorted(organs)


# -- a lexicon's assessment block names its organ (BI-RADS breast, TI-RADS thyroid, O-RADS adnexa, LI-RADS liver) -
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Side: left\nClock face: 3 o'clock\nShape: oval\nAssessment: BI-RADS 3", ["Breast"]),
        ("lump checked, they said 'likely benign, birads 2, routine screening'", ["Breast"]),
        ("Nodule A: solid, hypoechoic, 14 mm. ACR TI-RADS 4, FNA advised.", ["Thyroid gland"]),
        ("Unilocular cyst 4 cm, smooth wall. O-RADS 2.", ["Adnexa"]),
        ("Observation: 12 mm, segment VII. LI-RADS US-3.", ["Liver"]),
        # Near miss: the word "rads" alone (a dose unit) names nothing.
        ("Previous radiotherapy, 50 rads to the chest wall.", ["Thoracic wall"]),
    ],
)
def test_lexicon_block_names_its_organ(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert _organs(parser, text) == sorted(organs)


# -- a landmark inside a diagnosis's name is not that diagnosis's organ ----------------------------------------
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Swollen median nerve, CSA 14 mm2, in keeping with carpal tunnel syndrome.", ["Peripheral nerves"]),
        ("Appearances suggest carpal tunnel syndrome; the median nerve measures 13 mm2.", ["Peripheral nerves"]),
        # Near miss: a diagnosis naming a real organ keeps it.
        ("A 9 mm thyroid nodule in the isthmus.", ["Thyroid gland"]),
    ],
)
def test_landmark_inside_a_diagnosis_name(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert _organs(parser, text) == sorted(organs)


# -- denied bare nodes in a regional study are that region's nodes ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("LEFT AXILLA: two oval nodes with thin cortex.\nSuspicious nodes: none.", ["Axilla"]),
        ("RIGHT GROIN: simple cyst 15 mm.\nAbnormal nodes: none.", ["Hip groin and buttock"]),
        # Near miss: with no region named, denied nodes still say the nodes were examined.
        ("Neck: no enlarged nodes.", ["Lymph nodes"]),
    ],
)
def test_denied_nodes_belong_to_the_region(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert _organs(parser, text) == sorted(organs)
