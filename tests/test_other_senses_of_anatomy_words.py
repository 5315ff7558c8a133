"""Anatomy words and abbreviations in another sense, which name no organ examined: a patient's website ("From the
portal:", "what the portal says") and an arthroscopy's skin portal; a UK health visitor ("HV said ..."); the route of
a bleed written after it even where a clause goes on ("Bleeding PV, para 5"); the Dacron cuffs of a dialysis
catheter; the VA heading a study's title; the mediastinum testis; the uterine isthmus; a baby's lateral ventricles;
the Dutch "met" (with) and the German "gut" (good); fluids given as a treatment. Each sense is read only beside its
own words: the organ's own wordings keep the organ."""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

ORGAN = "Organ_level"
DIAGNOSIS = "Diagnosis"


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


@pytest.mark.parametrize("text", [
    "Finally got my scan back. From the portal:\n'RIGHT KIDNEY: 10.9 cm, 6 mm stone in the lower pole, no "
    "hydronephrosis. LEFT KIDNEY: normal.' Do stones this size pass on their own?",
    "Results just hit the portal: 'Left breast 2 o'clock: 8 mm simple cyst. BI-RADS 2.' Phew.",
    "My son is 3. This is what the portal says: 'Both testes normal in size and flow. Small left hydrocele.'",
    "Swollen knee two weeks after arthroscopy. Haematoma at the lateral arthroscopy portal, 18 x 6 mm. Moderate "
    "suprapatellar effusion.",
    "Knee left: intact Baker cyst 3,1 cm. Small portal haematoma, 1,2 cm, after the arthroscopy.",
])
def test_a_website_or_arthroscopy_portal_is_no_liver(parser: ReportParser, text: str) -> None:
    assert "Liver" not in labels_of(parser, text, ORGAN)


@pytest.mark.parametrize("text", [
    "Recanalised paraumbilical vein with hepatofugal flow; collaterals fill from the portal and splenic veins.",
    "Portal: patent, hepatopetal flow 22 cm/s.",
])
def test_the_portal_vein_keeps_the_liver(parser: ReportParser, text: str) -> None:
    assert "Liver" in labels_of(parser, text, ORGAN)


@pytest.mark.parametrize("text", [
    "DS is 9 weeks, HV said his hips click so we had a scan. Right hip alpha 64, left hip alpha 62, both Graf I.",
    "EBF 4 months, painful lump, scan: 'Right breast 2 o'clock 22 mm abscess, aspirated.' Midwife says keep "
    "feeding, HV says no. Who is right?",
    "They scanned the lump in her neck as the HV was worried: left SCM fusiform thickening 12 mm, fibromatosis "
    "colli.",
])
def test_a_health_visitor_is_no_hepatic_vein(parser: ReportParser, text: str) -> None:
    organs = labels_of(parser, text, ORGAN)
    assert "Liver" not in organs
    assert "Pediatric abdomen and retroperitoneum" not in organs


def test_a_hepatic_vein_keeps_the_liver(parser: ReportParser) -> None:
    assert "Liver" in labels_of(parser, "Doppler: HV patent, triphasic waveform.", ORGAN)


def test_bleeding_pv_in_a_running_clause_is_no_portal_vein(parser: ReportParser) -> None:
    text = "LMP 6 weeks. Bleeding PV, lower abdominal pain. Uterus empty, endometrium 10 mm."
    assert "Liver" not in labels_of(parser, text, ORGAN)


def test_a_measured_pv_keeps_the_liver(parser: ReportParser) -> None:
    assert "Liver" in labels_of(parser, "PV 12 mm, hepatopetal, no thrombus.", ORGAN)


def test_growing_in_a_running_clause_is_no_mass(parser: ReportParser) -> None:
    text = "Left lobe: 16 mm spongiform nodule, 12 mm in 2023. Slow growth and no suspicious features, TR1."
    assert "mass" not in labels_of(parser, text, DIAGNOSIS)


def test_a_growth_found_is_a_mass(parser: ReportParser) -> None:
    assert "mass" in labels_of(parser, "A polypoid growth, 9 mm, arises from the left bladder wall.", DIAGNOSIS)


def test_a_dialysis_catheter_cuff_is_no_shoulder(parser: ReportParser) -> None:
    text = ("PD catheter exit site review. Along the subcutaneous tunnel a 2.1 x 0.8 cm fluid collection around the "
            "outer cuff. Inner cuff region clear.")
    assert "Shoulder" not in labels_of(parser, text, ORGAN)


def test_the_rotator_cuff_keeps_the_shoulder(parser: ReportParser) -> None:
    assert "Shoulder" in labels_of(parser, "Rotator cuff: full-thickness supraspinatus tear 9 mm.", ORGAN)


def test_a_va_study_title_is_no_vertebral_artery(parser: ReportParser) -> None:
    text = "VA - US ABDOMEN COMPLETE\nLiver: normal. Gallbladder: single 9 mm stone. Kidneys normal."
    assert "Peripheral arteries" not in labels_of(parser, text, ORGAN)


def test_the_mediastinum_testis_is_no_chest(parser: ReportParser) -> None:
    text = "Left testis 18 ml, homogeneous. Intratesticular cyst 4 mm at the mediastinum, anechoic."
    assert "Heart and mediastinum" not in labels_of(parser, text, ORGAN)


def test_a_uterine_isthmus_is_no_thyroid(parser: ReportParser) -> None:
    text = "Uterus 9 x 5 x 6 cm with a 2 cm isthmic myoma on the anterior wall. Endometrium 7 mm."
    assert "Thyroid gland" not in labels_of(parser, text, ORGAN)


def test_the_thyroid_isthmus_keeps_the_thyroid(parser: ReportParser) -> None:
    assert "Thyroid gland" in labels_of(parser, "Isthmus 3 mm, no nodule.", ORGAN)


def test_a_babys_lateral_ventricles_are_no_heart(parser: ReportParser) -> None:
    text = "Cranial ultrasound day 3. Ventricles: RV 4.1 mm, LV 3.9 mm, ventricular index below the 97th centile."
    organs = labels_of(parser, text, ORGAN)
    assert "Pediatric thorax" not in organs
    assert "Heart and mediastinum" not in organs


def test_the_hearts_ventricles_keep_the_heart(parser: ReportParser) -> None:
    text = "Bedside echo: RV dilated, LV function preserved, small pericardial effusion."
    assert "Heart and mediastinum" in labels_of(parser, text, ORGAN)


def test_the_dutch_with_is_no_metastasis(parser: ReportParser) -> None:
    text = "Bakercyste rechts 4 cm, gesepteerd, met vocht langs de mediale gastrocnemius tot midden kuit."
    assert "mass" not in labels_of(parser, text, DIAGNOSIS)


def test_the_german_good_is_no_bowel(parser: ReportParser) -> None:
    text = ("Hüftsonographie nach Graf. Rechts: Alpha 63°, Typ Ia. Knöcherne Formgebung gut, Erker eckig bds. "
            "Beurteilung: Beidseits reife Hüftgelenke.")
    organs = labels_of(parser, text, ORGAN)
    assert "Pediatric abdomen and retroperitoneum" not in organs
    assert "Gastrointestinal tract" not in organs


def test_a_gut_wall_keeps_the_bowel(parser: ReportParser) -> None:
    assert "Gastrointestinal tract" in labels_of(parser, "Thickened gut wall, 6 mm, in the terminal ileum.", ORGAN)


def test_fluids_given_are_no_collection(parser: ReportParser) -> None:
    text = "L kidney: 7 mm stone at the VUJ, moderate hydronephrosis. Plan: fluids, analgesia, review in 48 h."
    assert "fluid collection" not in labels_of(parser, text, DIAGNOSIS)


def test_fluids_found_are_a_collection(parser: ReportParser) -> None:
    assert "fluid collection" in labels_of(parser, "Abdomen: fluids in Morison's pouch and the pelvis.", DIAGNOSIS)
