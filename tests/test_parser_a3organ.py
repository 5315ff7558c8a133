"""Organ-label classes of stop 39 (wave helper a3organ), found on the non-sealed development corpora.

  * A denied arterial lesion names no limb artery: "No pseudoaneurysm on colour Doppler" after a splenic
    laceration, "no plaque" of a penile study gave Peripheral arteries (the denied diagnosis's typical site). An
    arterial lesion is sought in the injured organ's own arteries. Guards: the report names an artery itself ("CFA:
    normal flow", "brachial artery pulsatile"), and "No DVT" still names the leg veins.
  * A limb lump whose lesion is hedged ("14 mm lump in the subcut of the L calf - ?lipoma") in a venous study lost
    Soft tissues: its sentence held no asserted lesion, so the limb was read as the extent of the vein study.
    Guard: a limb named with no lesion ("Calf: veins patent") stays unlabelled.
  * A tissue layer whose sentence names a limb segment ("LEFT ARM (posterior, subcutis): lesion", "lipoma in the
    subcut of the L upper arm") yielded to a joint the report or its title also named (the knee, the wrist of the
    sentence before). "Arm" is no soft-tissue word of the ontology, so the segment is read from the words. Guard: a
    layer at a joint ("subcutaneous collection over the olecranon") stays the elbow's.
  * In a fistula study every limb-segment lesion was the fistula's. The other arm's ("L radiocephalic AVF ... R
    forearm: seroma") and one set apart from the fistula ("Left forearm, separate from the fistula: lipoma") are
    the limb's soft tissues. Guard: the fistula's own segment ("aneurysmal segment in the mid forearm") stays.

  * A digit named in a complaint past the word naming it ("tingling in the little finger") labelled Fingers: the
    digit words are fillers of the complaint now, as "the" and "left" were. Guard: a digit examined ("Right ring
    finger: fluid in the flexor tendon sheath").

Each row is a passage written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

ORGAN = "Organ_level"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spleen 12.4 cm with a 3 cm subcapsular haematoma. No pseudoaneurysm on colour Doppler.",
         ["Spleen"]),
        ("Penile Doppler: both corpora cavernosa heterogeneous, no flow. No fistula or pseudoaneurysm seen.",
         ["Penis and perineum"]),
        ("Penis: 6 mm cyst in the ventral shaft. Corpora normal, no plaque.", ["Penis and perineum"]),
        # Guards: the report names an artery itself; a denied vein lesion still names the veins.
        ("L groin: haematoma 2.5 cm at the puncture site. No pseudoaneurysm. CFA normal flow.",
         ["Hip groin and buttock", "Peripheral arteries"]),
        ("US RIGHT FOREARM\nA 2 cm abscess in the subcutaneous fat of the forearm.\n"
         "Brachial artery: pulsatile, triphasic flow, no pseudoaneurysm.",
         ["Peripheral arteries", "Soft tissues"]),
        ("Popliteal fossa: Baker's cyst 3.1 cm. No DVT.", ["Knee", "Peripheral veins"]),
    ],
)
def test_denied_arterial_lesion_names_no_artery(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Left leg venous duplex. CFV, FV and popliteal vein compressible.\n"
         "Incidental: 12 mm hypoechoic lump in the subcut of the left calf - ?lipoma.",
         ["Peripheral veins", "Soft tissues"]),
        ("Right leg DVT study: popliteal vein non-compressible, occlusive thrombus.\n"
         "Also an 8 mm subcutaneous lump on the right shin, probably a small lipoma.",
         ["Peripheral veins", "Soft tissues"]),
        # Guard: a limb segment with no lesion is the extent of the vein study.
        ("Left leg venous duplex. CFV and FV compressible.\nCalf: veins patent and compressible.",
         ["Peripheral veins"]),
    ],
)
def test_hedged_limb_lump_keeps_soft_tissues(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soft tissue scan (left arm, right knee)\n"
         "LEFT ARM (lateral, subcutis): lesion 30 x 10 x 18 mm, oval, hyperechoic, avascular - lipoma.\n"
         "RIGHT KNEE: Baker's cyst 35 x 12 mm in the popliteal fossa.",
         ["Knee", "Soft tissues"]),
        # Guards: a layer whose limb segment the ontology names ("forearm") beside a joint of another sentence (read
        # so before this change); a layer at a joint stays the joint's.
        ("Right wrist: 10 mm dorsal ganglion cyst. 14 mm lipoma in the subcutaneous fat of the right forearm.",
         ["Soft tissues", "Wrist and carpus"]),
        ("US RIGHT ELBOW\nOlecranon bursa distended. A 15 mm subcutaneous collection over the olecranon.",
         ["Elbow"]),
    ],
)
def test_layer_in_a_limb_segment_is_soft_tissues(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("AVF surveillance. Access: L brachiocephalic AVF, flow 650 ml/min.\n"
         "R forearm (old access site): small seroma 15 x 6 mm.",
         ["Dialysis fistula", "Soft tissues"]),
        ("1. Left radiocephalic AV fistula: patent, flow 700 ml/min.\n"
         "2. Left forearm subcutis, separate from the fistula: lipoma 16 mm.",
         ["Dialysis fistula", "Soft tissues"]),
        # Guard: the fistula's own segment in the arm it runs in.
        ("AV fistula duplex, left arm. Left radiocephalic fistula, flow 500 ml/min.\n"
         "Aneurysmal segment in the mid forearm, 13 mm, with mural thrombus.",
         ["Dialysis fistula"]),
    ],
)
def test_fistula_study_limb_lump_apart_from_access(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == expected


# -- a digit named in a complaint ("tingling in the little finger") is what the patient feels, not an organ examined --
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Median nerve at the inlet: CSA 15 mm2, swollen. The patient reports numbness in the index finger at night.",
         ["Peripheral nerves"]),
        # (the elbow only places the nerve: guideline, a nerve lesion -> Peripheral nerves only)
        ("A 20 mm schwannoma of the ulnar nerve at the elbow; pressing on it gives tingling in the ring finger.",
         ["Peripheral nerves"]),
        # Guard: a digit examined for itself.
        ("Median nerve CSA 9 mm2, normal. Right ring finger: fluid in the flexor tendon sheath, 2 mm.",
         ["Fingers", "Peripheral nerves"]),
    ],
)
def test_digit_named_in_a_complaint_is_no_organ(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == expected
