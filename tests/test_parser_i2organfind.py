"""Lesions filed on the wrong organ although their size was read (the scorer pairs lesions within an organ, so such a
lesion is lost).

Scalp lumps: the ontology filed the scalp (its soft-tissue layers) under the Skull, so a pilar or epidermoid cyst of
the scalp became a Skull lesion and a scalp alone labelled the Skull. The guideline files a scalp lesion under the
soft tissues, plus the Skull only where the bone (the outer table) is reported on, and a child's scalp under
Pediatric head and neck: the scalp is now a part of the soft tissues, with Pediatric head and neck as its own
paediatric counterpart. Two rules keep the bone and the title right:

- "The outer table of the skull deep to it is smooth and intact": the bone placed by the lesion ("deep to it") and
  then the subject of a clause of its own is reported on, not a landmark of the lesion (landmarks._placed_after);
- "Station 1: Scalp and ear": a title naming a part of the soft tissues lists it among the study's sites, so a lesion
  "in the subcutis" stays in the soft tissues rather than going to the ear the title names too (settling.py).

Inventory: development corpora reports_multiorgan_findings_35/72/74/78/80, reports_blind_final_14/30. Passages
written for this file.
"""

from __future__ import annotations

from parser_reading import labels_of, lesion_of_size

from udt.parser import ReportParser

_SOFT = "Soft tissues"
_SKULL = "Skull"


def test_scalp_cyst_is_a_soft_tissue_lesion(parser: ReportParser) -> None:
    text = ("US SCALP\nA well-defined 16 mm oval hypoechoic lesion in the subcutaneous fat of the left occipital "
            "scalp, with posterior enhancement and no internal flow. Likely a pilar cyst.")
    assert lesion_of_size(parser, text, 16) == (_SOFT, "left")
    assert _SKULL not in labels_of(parser, text, "Organ_level")


def test_scalp_lump_with_the_bone_reported_on(parser: ReportParser) -> None:
    text = ("Frontal scalp lump: an 11 mm round anechoic lesion in the subcutis with a punctum. "
            "The outer table of the frontal bone deep to it is smooth and intact.")
    assert lesion_of_size(parser, text, 11)[0] == _SOFT
    assert {_SOFT, _SKULL} <= set(labels_of(parser, text, "Organ_level"))


def test_organ_placed_by_the_lesion_without_a_clause_stays_a_landmark(parser: ReportParser) -> None:
    # near miss: "lying posterior to it" places the bladder and says nothing of it; "... to it is normal" reports on it
    placed = "Lower abdominal wall: a 23 mm lipoma in the subcutaneous fat, with the bladder lying posterior to it."
    assert "Bladder" not in labels_of(parser, placed, "Organ_level")
    reported = "Lower abdominal wall: a 23 mm lipoma in the subcutaneous fat. The bladder posterior to it is normal."
    assert "Bladder" in labels_of(parser, reported, "Organ_level")
    assert lesion_of_size(parser, reported, 23)[0] == "Abdominal wall"


def test_title_naming_scalp_and_ear_keeps_the_scalp_lesion(parser: ReportParser) -> None:
    text = ("Clinic exercise 2: scalp and ear\nLeft parietal scalp: a 21 x 12 mm oval hypoechoic lesion in the "
            "subcutis. Left auricle, helix: a 6 mm anechoic lesion.")
    assert lesion_of_size(parser, text, 21) == (_SOFT, "left")
    assert lesion_of_size(parser, text, 6)[0] == "Ear"


def test_soft_tissue_study_of_the_abdominal_wall_keeps_the_wall(parser: ReportParser) -> None:
    # near miss: the bare "SOFT TISSUES" of a title names the kind of study, the wall holds the collection
    text = ("US SOFT TISSUES - ABDOMINAL WALL\nIn the subcutaneous tissue of the laparotomy wound, a 4.2 cm anechoic "
            "collection, in keeping with a seroma.")
    assert lesion_of_size(parser, text, 42)[0] == "Abdominal wall"


def test_child_scalp_lump_is_pediatric_head_and_neck(parser: ReportParser) -> None:
    text = ("Scalp lump in a 3-year-old boy. A 9 mm well-defined anechoic lesion in the subcutis of the vertex, "
            "in keeping with a dermoid cyst. The underlying skull is intact.")
    assert lesion_of_size(parser, text, 9)[0] == "Pediatric head and neck"
    assert _SOFT not in labels_of(parser, text, "Organ_level")


# A mother's post-partum scan that names her baby ("after my c-section (baby #3, doing great)"): "baby" is the child
# born, as at a pregnancy it is the fetus, so the mother's organs are not re-filed under the paediatric ones
# (pediatric._fetal_sense, termset.PUERPERAL_WORDS).


def test_post_partum_mother_naming_her_baby_is_no_child(parser: ReportParser) -> None:
    text = ("Two weeks after my c-section (baby #3, doing great) I had pain, scan said: 'Post-partum uterus. "
            "A 4 x 3 cm haematoma at the lower segment scar. Ovaries normal.' Is this common?")
    assert lesion_of_size(parser, text, 40)[0] == "Uterus"
    assert "Pediatrics" not in labels_of(parser, text, "Body_system_level")


def test_baby_without_a_birth_or_pregnancy_is_still_a_child(parser: ReportParser) -> None:
    # near miss: a baby's own scan names no pregnancy and no post-partum state
    text = "Hip ultrasound of our baby girl. Left hip: alpha angle 52 degrees, 40% coverage. Right hip normal."
    assert "Pediatrics" in labels_of(parser, text, "Body_system_level")
