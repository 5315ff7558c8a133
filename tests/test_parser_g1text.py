"""Words read in another sense than the organ or lesion they usually name (round g, g1text): a "cuff" that is no
rotator cuff, and "Baker" grading an implant's capsular contracture rather than naming a Baker's cyst."""

from __future__ import annotations

import pytest

from udt.parser import parse_report


@pytest.mark.parametrize("text", [
    "Liver coarse with thick echogenic periportal cuffs around the main branches. Spleen 16 cm.",
    "Echogenic liver; vessels wrapped in perivascular cuffs of oedema, liver otherwise normal.",
])
def test_cuff_around_other_structures_is_no_shoulder(text: str) -> None:
    labels = parse_report(text).labels
    assert "Shoulder" not in labels["Organ_level"]
    assert "Liver" in labels["Organ_level"]


def test_rotator_cuff_word_still_names_the_shoulder() -> None:
    labels = parse_report("Right shoulder: partial-thickness tear of the cuff, 6 mm, at the footprint.").labels
    assert "Shoulder" in labels["Organ_level"]


@pytest.mark.parametrize("text", [
    "Left implant intact, no peri-implant fluid. The surgeon grades it a Baker 3 contracture clinically.",
    "Implants both intact. Capsular contracture on the right, Baker grade II, no effusion.",
])
def test_baker_grade_of_contracture_is_no_cyst(text: str) -> None:
    labels = parse_report(text).labels
    assert "cyst" not in labels["Diagnosis"]
    assert "Knee" not in labels["Organ_level"]


def test_bare_baker_cyst_still_a_cyst() -> None:
    labels = parse_report("Right knee: small joint effusion. Baker 28 mm in the medial popliteal fossa.").labels
    assert "cyst" in labels["Diagnosis"]
    assert "Knee" in labels["Organ_level"]


def test_quotation_after_a_purpose_colon_is_asserted() -> None:
    text = ("Sent for a duplex to exclude a DVT: 'Left lower leg: subcutaneous oedema of the calf with thickened "
            "subcutis. Popliteal and calf veins compressible, no DVT.' Relieved.")
    report = parse_report(text)
    assert "Soft tissues" in report.labels["Organ_level"]
    oedema = [m for m in report.mentions if m.text == "subcutaneous oedema"]
    assert oedema and not oedema[0].hypothetical


def test_hedge_inside_the_quotation_still_hedges() -> None:
    report = parse_report("Got my result to rule out anything bad: 'Right breast: possibly a small cyst at 2 o'clock.'")
    cysts = [m for m in report.mentions if m.value == "cyst"]
    assert cysts and cysts[0].status == "uncertain"


def test_venous_malformation_keeps_its_muscle_as_site() -> None:
    text = ("Venous malformation of the left temporalis muscle in a young man. Compressible hypoechoic channels "
            "with a phlebolith. The submandibular gland is normal.")
    labels = parse_report(text).labels
    assert "Soft tissues" in labels["Organ_level"]
    assert "Peripheral veins" not in labels["Organ_level"]
    assert labels["Diagnosis"] == ["normal appearance"]


def test_lymphatic_malformation_is_no_lymph_node_and_no_diagnosis_value() -> None:
    labels = parse_report("Adult patient. Right supraclavicular fossa: lymphatic malformation, compressible, "
                          "with thin septa. Right axilla normal.").labels
    assert "Lymph nodes" not in labels["Organ_level"]
    assert "cyst" not in labels["Diagnosis"] and "mass" not in labels["Diagnosis"]


def test_veins_of_a_limb_still_veins() -> None:
    labels = parse_report("Left leg venous duplex: deep veins compressible with phasic flow. No DVT.").labels
    assert "Peripheral veins" in labels["Organ_level"]


def test_implant_rupture_places_the_report_in_the_breast() -> None:
    text = ("Extracapsular rupture in a 61-year-old woman with textured silicone implants: echogenic snowstorm "
            "beyond the capsule at 10 o'clock. The axilla shows normal nodes.")
    labels = parse_report(text).labels
    assert "Breast" in labels["Organ_level"]
    assert not {"cyst", "mass", "fluid collection"} & set(labels["Diagnosis"])


def test_tendon_rupture_is_no_breast() -> None:
    labels = parse_report("Complete rupture of the Achilles tendon 4 cm above the calcaneus, 12 mm gap.").labels
    assert "Breast" not in labels["Organ_level"]
