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
