"""Organ classes of issue 11 (wave t3organ), with hand-written passages (not corpus lines): each class's wording
as writers produce it, and guards where the rule must not fire."""

from __future__ import annotations

import pytest

from udt.parser import ReportParser


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A ganglion in a report on another joint, a finger or a limb's soft tissues is that organ's, not the
        # wrist's (the joint a ganglion is commonest in).
        ("RIGHT SHOULDER US\nAcromioclavicular joint: 9 mm ganglion cyst arising from the superior capsule.\n"
         "Impression: small AC ganglion.", ["Shoulder"]),
        ("Left ankle: anterior talofibular ligament intact. A 14 mm ganglion lies anterior to the joint capsule.",
         ["Ankle"]),
        ("Left middle finger: 4 mm anechoic cyst on the flexor sheath at the A2 pulley. Impression: seed ganglion.",
         ["Fingers"]),
        ("Index finger flexor tendons intact, small ganglion noted.", ["Fingers"]),
        # Guards: a ganglion with no other joint named still names the wrist; a nerve running through the wrist
        # does not take the ganglion over; a Baker's cyst (a structure within the knee) keeps its joint.
        ("A 12 mm lobulated anechoic ganglion cyst dorsally, arising from the scapholunate ligament.",
         ["Wrist and carpus"]),
        ("Median nerve swollen, CSA 14 mm2. A 9 mm ganglion cyst deep to the flexor tendons in the carpal tunnel.",
         ["Peripheral nerves", "Wrist and carpus"]),
        ("Left ankle: Achilles tendon thickened to 8 mm. Incidental 3 cm Baker's cyst in the popliteal fossa.",
         ["Ankle", "Knee"]),
    ],
)
def test_ganglion_of_another_joint(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert sorted(parser.parse(text).labels["Organ_level"]) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A limb segment a ruptured cyst's fluid reaches into is that lesion's extent, not soft tissues examined.
        ("RIGHT KNEE: 5 cm Baker's cyst, ruptured inferiorly with fluid tracking down into the medial calf.",
         ["Knee"]),
        ("Popliteal fossa: Baker's cyst 4 x 2 cm with a tail extending into the upper calf.", ["Knee"]),
        # A complaint word closing its sentence is still the complaint ("the left calf swelling.").
        ("LEFT KNEE: Baker's cyst 6 cm, ruptured, accounting for the left calf swelling.", ["Knee"]),
        # Guards: a limb segment that holds a lesion of its own stays soft tissues, also on the line after a
        # tracking fluid; a fluid tracking within the segment's own layer does not make it another lesion's.
        ("Popliteal fossa: ruptured Baker's cyst, fluid tracking inferiorly.\nLateral thigh: 3 cm subcutaneous "
         "haematoma.", ["Knee", "Soft tissues"]),
        ("A 4 cm haematoma in the medial calf subcutaneous fat after a fall.", ["Soft tissues"]),
    ],
)
def test_limb_segment_not_examined(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert sorted(parser.parse(text).labels["Organ_level"]) == sorted(expected)


def test_fluid_dissecting_into_a_limb_layer_stays_soft_tissues(parser: ReportParser) -> None:
    text = ("Left knee: ruptured Baker's cyst 5 x 2 cm; fluid dissecting between the muscles of the calf, 1 cm "
            "thick.")
    assert sorted(parser.parse(text).labels["Organ_level"]) == ["Knee", "Soft tissues"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The skin a planning depth is measured from is no organ examined.
        ("Biopsy planning: segment 6 liver lesion 40 mm, skin to near margin 35 mm via the 9th interspace.",
         ["Liver"]),
        ("Large right pleural effusion, 6 cm deep; site marked, skin-to-fluid 2.8 cm.", ["Pleural space"]),
        # Guard: skin with a finding of its own in a limb stays soft tissues.
        ("Forearm: skin thickened over a 2 cm abscess.", ["Soft tissues"]),
    ],
)
def test_skin_of_a_planning_depth(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert sorted(parser.parse(text).labels["Organ_level"]) == sorted(expected)
