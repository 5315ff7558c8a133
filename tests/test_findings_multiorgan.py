"""Findings and sites on multi-organ reports, one table per error class (sentences written for this file): a
region word is not the side of an unpaired organ; a gland beside a paired landmark takes its side; an interval
change keeps the current size; an attribute phrase ending in a lesion word names the lesion; a node belongs to its
region; implied organs and bare region words stay within the systems the report examines; a header age is an age."""

from __future__ import annotations

import pytest

from udt.parser import ReportParser


def _lesions(parser: ReportParser, text: str) -> list[tuple[str | None, str | None, float | None]]:
    """(released diagnosis, side, largest size in mm) of each lesion finding, in report order."""
    return [
        (f.diagnosis, f.laterality, max(f.size_mm) if f.size_mm else None)
        for f in parser.parse(text).findings
        if f.kind == "lesion"
    ]


# 1. An unpaired organ (udt:isUnpaired) has no side: "left upper quadrant" is a region, "left lobe" a part.
UNPAIRED = [
    ("Sonogram of the left upper quadrant shows a 13 cm spleen containing a 2.1 cm anechoic cyst.",
     [("cyst", None, 21.0)]),
    ("Left upper quadrant: splenic cyst measuring 18 mm.", [("cyst", None, 18.0)]),
    ("A 14 mm hyperechoic haemangioma in the left lobe of the liver.", [("mass", None, 14.0)]),
    ("Right upper quadrant scan: 9 mm gallbladder polyp and a 6 mm liver cyst.",
     [(None, None, 9.0), ("cyst", None, 6.0)]),
    ("Uterus: a 3 cm fibroid on the left lateral wall.", [("mass", None, 30.0)]),
    ("Right kidney: 12 mm cyst. Left upper quadrant: a 2 cm splenic cyst.",
     [("cyst", "right", 12.0), ("cyst", None, 20.0)]),
]


@pytest.mark.parametrize(("text", "expected"), UNPAIRED)
def test_unpaired_organs_have_no_side(parser: ReportParser, text: str, expected: list) -> None:
    assert _lesions(parser, text) == expected


# 2. A lesion of a paired organ with no side of its own lies on the side of the landmark that places it.
LANDMARK_SIDE = [
    ("Parathyroid: oval 9 x 5 mm hypoechoic nodule posterior to the left lobe, with a feeding vessel.",
     [("nodule", "left", 9.0)]),
    ("A 12 mm parathyroid adenoma inferior to the right thyroid lobe.", [("nodule", "right", 12.0)]),
    ("Adrenal: 2.1 cm hypoechoic mass superior to the right kidney.", [("mass", "right", 21.0)]),
    ("Axilla: a 15 mm hypoechoic mass deep to the left pectoralis muscle.", [("mass", "left", 15.0)]),
    ("A 7 mm cyst in the right ovary, posterior to the uterus.", [("cyst", "right", 7.0)]),
]


@pytest.mark.parametrize(("text", "expected"), LANDMARK_SIDE)
def test_paired_organ_lesion_takes_its_landmark_side(parser: ReportParser, text: str, expected: list) -> None:
    assert _lesions(parser, text) == expected


# 3. An interval change: today's size is the one after "now"/"currently", the earlier one a comparison; a lesion
#    "previously noted" and described again now is a current finding, not history.
INTERVAL_CHANGE = [
    ("9 o'clock, 5 cm FN: previously noted 9 mm cyst, now 6 mm.", [("cyst", None, 6.0)]),
    ("Left kidney: simple cyst, previously 22 mm, now measures 31 mm.", [("cyst", "left", 31.0)]),
    ("Right lobe nodule, previously measured 14 mm, measures 12 mm today.", [("nodule", "right", 12.0)]),
    ("The previously seen 8 mm gallbladder polyp is unchanged; a 6 mm liver cyst is currently 7 mm.",
     [(None, None, 8.0), ("cyst", None, 7.0)]),
    ("Segment 6 haemangioma, 12 mm (prior 15 mm).", [("mass", None, 12.0)]),
]


@pytest.mark.parametrize(("text", "expected"), INTERVAL_CHANGE)
def test_interval_change_keeps_the_current_size(parser: ReportParser, text: str, expected: list) -> None:
    assert _lesions(parser, text) == expected


def test_history_without_a_current_word_stays_history(parser: ReportParser) -> None:
    report = parser.parse("History of a previously treated 2 cm breast abscess. Today: normal left breast.")
    assert "fluid collection" not in report.labels["Diagnosis"]
    assert not [f for f in report.findings if f.kind == "lesion"]


# 4. An attribute phrase that ends in a lesion word names the lesion too, so two sizes in one sentence stay with
#    their own lesions ("a 15 mm complex cystic and solid mass ... a 5 mm simple cyst").
ATTRIBUTE_NAMES_LESION = [
    ("At 3 o'clock, 4 cm FN, there is a 21 x 14 mm complex cystic and solid mass. 1 cm medial to it lies a 6 mm "
     "simple cyst.", [("mass", None, 21.0), ("cyst", None, 6.0)]),
    ("Right ovary: 48 mm mixed cystic and solid mass with internal flow.", [("mass", "right", 48.0)]),
    ("A 3 cm mixed cystic and solid nodule in the left thyroid lobe and a 4 mm cyst in the right lobe.",
     [("nodule", "left", 30.0), ("cyst", "right", 4.0)]),
    ("Left kidney: 2.6 cm complex cystic and solid mass at the upper pole.", [("mass", "left", 26.0)]),
    # A named component is part of its lesion, not a lesion of its own.
    ("Right adnexa: 52 mm cyst with a 9 mm mural nodule.", [("cyst", "right", 52.0)]),
]


@pytest.mark.parametrize(("text", "expected"), ATTRIBUTE_NAMES_LESION)
def test_attribute_phrase_names_its_lesion(parser: ReportParser, text: str, expected: list) -> None:
    assert _lesions(parser, text) == expected


def test_attribute_phrase_gives_the_diagnosis_label(parser: ReportParser) -> None:
    labels = parser.parse("Left breast: 18 mm complex cystic and solid mass at 2 o'clock.").labels
    assert labels["Diagnosis"] == ["mass"]
    assert labels["InternalCharacteristics"] == ["complex cystic solid"]


# 5. A lymph node named without its region belongs to the region its sentence names when that region is in
#    another body system ("left axilla: 2 nodes"): Axilla, not the cervical Lymph nodes of Head and Neck.
NODES_OF_A_REGION = [
    ("Right axilla: one 14 mm node with a thickened cortex.", "Axilla", "right", 14.0),
    ("Left axilla: 3 nodes, largest 21 mm with a thickened cortex.", "Axilla", "left", 21.0),
    ("In the left axilla a 16 mm lymph node, round and hypoechoic.", "Axilla", "left", 16.0),
    ("Right axilla: 12 mm node, oval, normal.", "Axilla", "right", 12.0),
    ("Right breast normal. Right axilla: a single 19 mm node.", "Axilla", "right", 19.0),
]


@pytest.mark.parametrize(("text", "organ", "side", "size"), NODES_OF_A_REGION)
def test_node_belongs_to_its_region(parser: ReportParser, text: str, organ: str, side: str, size: float) -> None:
    report = parser.parse(text)
    assert "Lymph nodes" not in report.labels["Organ_level"]
    assert organ in report.labels["Organ_level"]
    nodes = [f for f in report.findings if f.kind == "lesion" and f.size_mm]
    assert [(f.organ, f.laterality, max(f.size_mm)) for f in nodes] == [(organ, side, size)]


def test_a_neck_node_stays_a_lymph_node(parser: ReportParser) -> None:
    report = parser.parse("Thyroid: right lobe normal. A 9 mm level III lymph node on the right, oval, with a hilum.")
    assert "Lymph nodes" in report.labels["Organ_level"]


# 6. A diagnosis implies a region (udt:isRegion: soft tissues, peritoneum) only within the body systems the report
#    examines: "surrounding oedema" in a breast report, a haematoma beside a fistula, free fluid beside the uterus
#    lie around the organ examined. With no organ named, or a specific site (Baker's cyst: knee), it stays. Ascites
#    is the exception: it fills the peritoneal cavity itself (guideline: ascites -> Peritoneum mesentery and
#    omentum), so an adnexal report with ascites examined the peritoneum too.
IMPLIED_ELSEWHERE = [
    ("Right breast: 3 cm abscess at 6 o'clock. Surrounding oedema.", ["Breast"]),
    ("Left brachiocephalic AVF, outflow vein 7 mm. Small perifistula haematoma, 2 cm.", ["Dialysis fistula"]),
    ("Left ovary: 6 cm complex cystic mass with septations. Moderate ascites.",
     ["Adnexa", "Peritoneum mesentery and omentum"]),
    # Free fluid labels its space by the default convention (fluid_space_labels.py), not as a region implied.
    ("Uterus 8 cm, normal. Trace of free fluid.", ["Peritoneum mesentery and omentum", "Uterus"]),
    ("Liver normal. Several gallstones, the largest 9 mm.", ["Liver", "Gallbladder and bile ducts"]),
    ("Several gallstones, the largest 9 mm.", ["Gallbladder and bile ducts"]),
    ("Subcutaneous oedema over the shin.", ["Soft tissues"]),
    # Only a region (udt:isRegion) is dropped: a specific site stays.
    ("Knee: 4 cm Baker's cyst. Also DVT.", ["Knee", "Peripheral veins"]),
    ("Deep veins of the left leg compressible, no thrombus. Other: 2.1 cm Baker's cyst.",
     ["Knee", "Peripheral veins"]),
]


@pytest.mark.parametrize(("text", "organs"), IMPLIED_ELSEWHERE)
def test_implied_organ_stays_within_the_examined_systems(parser: ReportParser, text: str, organs: list) -> None:
    assert sorted(parser.parse(text).labels["Organ_level"]) == sorted(organs)


# 7. A bare region word ("neck", "abdomen", "vascular") names a body system only where the report's organs
#    leave it open: the neck of an aneurysm is not Head and Neck.
REGION_WORD_SYSTEM = [
    ("Infrarenal aortic aneurysm 4.8 cm AP with mural thrombus. Proximal neck 2.3 cm.",
     ["Abdomen and retroperitoneum"]),
    ("Right CFA pseudoaneurysm, 2 cm sac with a 3 mm neck.", ["Peripheral vessels"]),
    ("Gallbladder: 6 mm stone impacted in the neck.", ["Abdomen and retroperitoneum"]),
    ("Neck: 14 mm hypoechoic level II lymph node.", ["Head and Neck"]),
    ("US neck: no mass.", ["Head and Neck"]),
]


@pytest.mark.parametrize(("text", "systems"), REGION_WORD_SYSTEM)
def test_region_word_system(parser: ReportParser, text: str, systems: list) -> None:
    assert sorted(parser.parse(text).labels["Body_system_level"]) == sorted(systems)


# 8. A clinical header's age and sex ("7 y F") states a child's age; "for 2 years" is a duration.
AGE_HEADERS = [
    ("7 y F, tender neck swelling. 2 cm hypoechoic lymph node, left level II.", True),
    ("12yr M: right testis enlarged and hypoechoic.", True),
    ("9 y/o male, limp. Right hip effusion, 6 mm.", True),
    ("45 y F, neck lump. 2 cm hypoechoic thyroid nodule.", False),
    ("Thyroid nodule stable for 2 years, 12 mm.", False),
]


@pytest.mark.parametrize(("text", "child"), AGE_HEADERS)
def test_age_header(parser: ReportParser, text: str, child: bool) -> None:
    assert ("Pediatrics" in parser.parse(text).labels["Body_system_level"]) is child


# 9. In a report about one organ, a lesion no sentence placed lies in that organ.
def _placed(parser: ReportParser, text: str) -> list[tuple[str | None, str | None, float | None]]:
    return [(f.organ, f.laterality, max(f.size_mm) if f.size_mm else None)
            for f in parser.parse(text).findings if f.kind == "lesion"]


SINGLE_ORGAN = [
    ("US THYROID. R lobe 5.2 cm with a 28 mm nodule. L lobe 4.9 cm, 6 mm nodule.",
     [("Thyroid gland", "right", 28.0), ("Thyroid gland", "left", 6.0)]),
    ("An 11 mm solid nodule, TR4. The thyroid gland is otherwise normal.", [("Thyroid gland", None, 11.0)]),
    ("A 12 mm hyperechoic lesion in segment 6, likely a haemangioma. Liver otherwise normal.", [("Liver", None, 12.0)]),
    ("A 7 mm anechoic lesion at 3 o'clock. Right breast otherwise normal.", [("Breast", "right", 7.0)]),
    # Two organs named: a lesion placed by neither keeps no organ.
    ("An 8 mm hypoechoic nodule. Liver and spleen normal.", [(None, None, 8.0)]),
]


@pytest.mark.parametrize(("text", "expected"), SINGLE_ORGAN)
def test_single_organ_report_places_its_lesions(parser: ReportParser, text: str, expected: list) -> None:
    assert _placed(parser, text) == expected


@pytest.mark.parametrize("text", [
    "Right axillary node 1.8 cm with a fatty hilum.",
    "Left axillary lymph node 22 mm with a preserved fatty hilum.",
    "Left level II node 14 mm with an echogenic hilum.",
])
def test_a_node_size_is_not_its_hilum_size(parser: ReportParser, text: str) -> None:
    assert len([f for f in parser.parse(text).findings if f.kind == "lesion"]) == 1


# 10. An organ outside the examination ("not imaged", "not included") is not an organ examined, unlike one that
#     was looked for and not seen; an organ used as an acoustic window is a landmark.
OUTSIDE_OR_WINDOW = [
    ("Liver: fatty infiltration, 17 cm. Spleen and kidneys not imaged.", ["Liver"]),
    ("Thyroid: normal, no nodules. Salivary glands not included.", ["Thyroid gland"]),
    ("Right kidney normal. The left kidney was not examined.", ["Kidney and ureter"]),
    ("Uterus normal. The left ovary is not seen.", ["Uterus", "Adnexa"]),
    ("Imaged through the spleen as an acoustic window, the left kidney shows a 9 mm calculus.",
     ["Kidney and ureter"]),
    ("Intercostal view using the liver as an acoustic window: 3 cm right adrenal mass.", ["Adrenal glands"]),
    # What hides the organ examined is no organ examined.
    ("Pancreas: partially obscured by bowel gas; visualised portions unremarkable.", ["Pancreas"]),
    ("Liver normal. The ovaries were not visualised due to overlying bowel gas.", ["Liver", "Adnexa"]),
    ("Bowel: thickened terminal ileum, 6 mm.", ["Gastrointestinal tract"]),
    # A chest-wall surface line is a landmark, not the axilla.
    ("Large left pleural effusion; site marked for drainage in the mid-axillary line.", ["Pleural space"]),
]


@pytest.mark.parametrize(("text", "organs"), OUTSIDE_OR_WINDOW)
def test_outside_the_examination_or_a_window(parser: ReportParser, text: str, organs: list) -> None:
    assert sorted(parser.parse(text).labels["Organ_level"]) == sorted(organs)


# 11. A vessel adjective that describes flow ("arterial flow", "no arterial or venous flow") is the flow of the
#     organ named beside it, not a peripheral vessel examined.
FLOW_ADJECTIVES = [
    ("The right ovary is enlarged with no detectable arterial or venous flow.", ["Adnexa"]),
    ("Right testis: normal arterial and venous waveforms.", ["Scrotum"]),
    ("The transplant kidney shows good arterial perfusion.", ["Kidney and ureter"]),
    ("Left testis: no venous signal on colour Doppler.", ["Scrotum"]),
    ("Popliteal artery aneurysm, 2.4 cm.", ["Peripheral arteries"]),
]


@pytest.mark.parametrize(("text", "organs"), FLOW_ADJECTIVES)
def test_flow_adjectives(parser: ReportParser, text: str, organs: list) -> None:
    assert sorted(parser.parse(text).labels["Organ_level"]) == sorted(organs)


# 12. A whole organ stated normal in its own clause of a sentence that also describes lesions is a normal finding
#     ("...; the uterus measured 8 cm and was normal"); part of an organ ("otherwise", "left lobe") is not.
NORMAL_IN_OWN_CLAUSE = [
    ("Bilateral endometriomas, 4 cm on the right and 3 cm on the left; the uterus measured 8 cm and was normal.",
     True),
    ("A 3 cm pancreatic head mass, two liver lesions (2 cm in segment 4 and 1 cm in segment 7) and a normal spleen.",
     True),
    ("A 2 cm cyst in the right ovary; the uterus was anteverted and normal.", True),
    ("The liver contains a 2 cm cyst and is otherwise normal.", False),
    ("A 9 mm nodule in the right lobe and a normal left lobe.", False),
]


@pytest.mark.parametrize(("text", "normal"), NORMAL_IN_OWN_CLAUSE)
def test_normal_in_its_own_clause(parser: ReportParser, text: str, normal: bool) -> None:
    assert ("normal appearance" in parser.parse(text).labels["Diagnosis"]) is normal


# 13. A negated finding whose own words name an organ tells which organ was examined ("no pleural effusion" ->
#     Pleural space), unless its sentence is about a region of another system; so does one whose one typical site
#     implies the organ ("no ascites" -> the peritoneum, as the corpus guideline and the newer corpora label it).
NEGATED_FINDING_ORGAN = [
    ("Lung sliding present. No pleural effusion.", "Pleural space", True),
    ("No biliary dilatation.", "Gallbladder and bile ducts", True),
    ("Echo window limited. No pericardial effusion.", "Heart and mediastinum", True),
    ("Small loculated parapneumonic effusion with fine septations. ?early empyema.", "Pleural space", True),
    ("Right axilla: no suspicious lymph nodes.", "Lymph nodes", False),
    ("Liver normal. No ascites.", "Peritoneum mesentery and omentum", True),
]


@pytest.mark.parametrize(("text", "organ", "labelled"), NEGATED_FINDING_ORGAN)
def test_negated_finding_names_its_organ(parser: ReportParser, text: str, organ: str, labelled: bool) -> None:
    assert (organ in parser.parse(text).labels["Organ_level"]) is labelled


# 14. A region or tissue layer (udt:isRegion: soft tissues, muscle, the thigh) is where another organ's finding
#     lies when its sentence names an organ of another system; alone, it is the site examined.
REGIONS = [
    ("GSV incompetent at the SFJ, GSV 7 mm at mid thigh.", "Soft tissues", False),
    ("Pylorus: muscle thickness 4.5 mm, channel length 19 mm.", "Soft tissues", False),
    ("Popliteal artery aneurysm of 2.1 cm extending into the calf muscle.", "Soft tissues", False),
    ("Soft tissue lump R thigh: 4 cm well-defined subcutaneous lipoma.", "Soft tissues", True),
    ("A 2 cm haematoma within the vastus lateralis muscle.", "Soft tissues", True),
]


@pytest.mark.parametrize(("text", "organ", "labelled"), REGIONS)
def test_region_is_a_location_beside_another_system(parser: ReportParser, text: str, organ: str,
                                                      labelled: bool) -> None:
    assert (organ in parser.parse(text).labels["Organ_level"]) is labelled
