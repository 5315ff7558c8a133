"""A nerve named at a joint: the joint places the nerve, as it places a vessel ("the ulnar nerve at the elbow" ->
Peripheral nerves only; guideline: median nerve / carpal tunnel -> Peripheral nerves, a nerve lesion -> Peripheral
nerves only). A named nerve so placed and called normal is one member of its organ: beside a lesion elsewhere it
gives no "normal appearance" (guideline: a normal ulnar nerve beside a lesion -> no).
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

ORGAN = "Organ_level"
DIAGNOSIS = "Diagnosis"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ulnar nerves at the elbow measure 8 mm2 on both sides with a preserved fascicular pattern. Normal study.",
         ["Peripheral nerves"]),
        ("The right median nerve at the wrist is enlarged, CSA 15 mm2, and hypoechoic.", ["Peripheral nerves"]),
        ("Common peroneal nerve at the knee: 12 mm2, swollen, with loss of fascicles.", ["Peripheral nerves"]),
    ],
)
def test_joint_placing_a_nerve_is_no_joint(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: the joint is examined itself, or its own finding follows the nerve's sentence
        ("Elbow joint: small effusion 4 mm. The ulnar nerve is normal.", ["Elbow", "Peripheral nerves"]),
        ("Median nerve 9 mm2, normal. Wrist: 8 mm dorsal ganglion.", ["Peripheral nerves", "Wrist and carpus"]),
    ],
)
def test_joint_examined_beside_a_nerve_stays(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == expected


def test_placed_nerve_called_normal_beside_a_lesion_is_one_member(parser: ReportParser) -> None:
    text = ("Left elbow: the olecranon bursa is distended with complex fluid, 30 x 12 mm.\n"
            "Ulnar nerve at the cubital tunnel: normal calibre.\n"
            "Forearm subcutis: 7 mm epidermoid cyst.")
    assert "normal appearance" not in labels_of(parser, text, DIAGNOSIS)
    assert "Peripheral nerves" in labels_of(parser, text, ORGAN)


def test_normal_nerve_study_is_still_normal(parser: ReportParser) -> None:
    text = "Ulnar nerve at the elbow: normal calibre and echotexture, stable on flexion. Conclusion: normal study."
    assert labels_of(parser, text, DIAGNOSIS) == ["normal appearance"]
