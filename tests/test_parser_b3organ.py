"""Organ-label classes of stop 39 (wave helper b3organ), found on the non-sealed development corpora.

  * An artery or vein that only places a limb's lesion ("a haematoma in the forearm beside the radial artery") took
    the limb's soft tissues: the vessel counted as a structure holding the lesion, the limb yielded to it, and the
    vessel was then read as a landmark, so no organ was left. Guards: a vessel's own lesion ("thrombus in the
    cephalic vein of the forearm") and the fistula a collection lies beside stay theirs.
  * A landmark vessel then reported on in a clause of its own ("The adjacent cephalic vein is compressible", or
    named again by a bare word, "...next to the radial artery; artery patent") was left a landmark: it is examined
    too, as "which is patent" already made it. Guards: a vessel that only places the lesion ("posterior to the
    popliteal vein") stays unlabelled; a bare word for an organ's own vessel ("renal artery and vein patent")
    names no limb vessel.
  * A limb's paired "vessels" reported on ("The femoral vessels are patent", "Femoral vessels: permeable") named no
    organ (the ontology has no such term): both the artery and the vein were examined. Guards: the pair placing a
    lesion, said to be unassessed, or in the indication.
  * A landmark left unlabelled (a probe position, "Right anterior chest, 2nd intercostal space: no lung sliding")
    counted as an organ the case names, so a teaching pearl's example ("a rib fracture hurts as much") labelled the
    thoracic wall. Guard: a case naming no organ takes the lesson's organ.
  * "PV" beside the leg's veins ("Calf veins (PTV/PV)") is the peroneal or popliteal vein, not the portal vein: no
    Liver in a leg-vein study. Guard: "PV" of a liver study stays the portal vein.

Each row is a passage written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

ORGAN = "Organ_level"
SYSTEM = "Body_system_level"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("RIGHT FOREARM: 2.6 x 1.2 cm hypoechoic collection beside the radial artery, likely a haematoma. "
         "The radial artery is patent with normal flow.",
         ["Peripheral arteries", "Soft tissues"]),
        ("Left upper arm: 4 cm haematoma next to the brachial artery following the angiogram.",
         ["Soft tissues"]),
        # Guards: a vessel's own lesion; a collection beside the fistula of a fistula study.
        ("Thrombus in the cephalic vein of the left forearm, non-compressible.", ["Peripheral veins"]),
        ("Left calf intermuscular vein 6 mm, filled with hypoechoic material, not compressible.",
         ["Peripheral veins"]),
        ("Left radiocephalic AVF on haemodialysis. Forearm: 15 mm collection adjacent to the fistula.",
         ["Dialysis fistula"]),
    ],
)
def test_vessel_placing_a_limb_lesion_leaves_the_soft_tissues(parser: ReportParser, text: str,
                                                              expected: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tender lump right calf: 3 cm subcutaneous haematoma. The adjacent small saphenous vein is compressible.",
         ["Peripheral veins", "Soft tissues"]),
        ("Left forearm: 18 mm abscess in the subcutis. The nearby cephalic vein is patent.",
         ["Peripheral veins", "Soft tissues"]),
        # The vessel named again by a bare word and said patent.
        ("R forearm: haematoma 3 x 1 cm next to the radial artery; artery patent, triphasic flow.",
         ["Peripheral arteries", "Soft tissues"]),
        # Guards: the vessel only places the lesion; an organ's own vessel said patent by a bare word.
        ("Right calf: 3 cm haematoma posterior to the popliteal vein.", ["Soft tissues"]),
        ("Transplant kidney 11.2 cm, no hydronephrosis. Main renal artery and vein patent.",
         ["Kidney and ureter"]),
    ],
)
def test_landmark_vessel_reported_on_is_examined(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Right thigh lump. Findings: 5 x 2 cm lipoma within the subcutaneous fat of the anterior thigh. "
         "The femoral vessels are patent.",
         ["Peripheral arteries", "Peripheral veins", "Soft tissues"]),
        ("Left knee: Baker's cyst 28 mm.\nPopliteal vessels: patent, no thrombus.",
         ["Knee", "Peripheral arteries", "Peripheral veins"]),
        # Guards: the pair placing a lesion, unassessed, or asked about in the indication.
        ("Right thigh: 4 cm intramuscular lipoma lying anterior to the femoral vessels.", ["Soft tissues"]),
        ("Left thigh: 3 cm subcutaneous lipoma. Femoral vessels not assessed.", ["Soft tissues"]),
        ("Clinical details: are the femoral vessels patent?\nFindings: 3 cm lipoma in the right thigh subcutis.",
         ["Soft tissues"]),
    ],
)
def test_limb_vessel_pair_reported_on(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == expected


def test_limb_vessel_pair_gives_its_system(parser: ReportParser) -> None:
    assert "Peripheral vessels" in labels_of(
        parser, "Groin lump: 2 cm lymph node. The femoral vessels are patent.", SYSTEM)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("VENOUS DUPLEX RIGHT LEG\nCFV: compressible\nPOPV: compressible\nCalf veins (PTV/PV): compressible\n"
         "No DVT.",
         ["Peripheral veins"]),
        ("Left leg: CFV, FV, PV compressible with phasic flow.", ["Peripheral veins"]),
        # Guard: the portal vein of a liver study.
        ("Liver normal in size. PV patent with hepatopetal flow, 11 mm.", ["Liver"]),
    ],
)
def test_pv_beside_leg_veins_is_no_portal_vein(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("POCUS case 4: fall from a ladder.\nScan: Left anterior chest, 3rd intercostal space: absent lung sliding, "
         "lung point in the anterior axillary line.\nPearl: a rib fracture can hurt as much - check the cortex.",
         ["Pleural space"]),
        # Guard: a case that names no organ takes the lesson's own.
        ("Teaching point: not every echogenic liver lesion is a haemangioma.", ["Liver"]),
    ],
)
def test_probe_position_leaves_the_lesson_its_example(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == expected
