"""Side, vocabulary, size and landmark error classes left on the development corpora (reports_multiorgan_findings_68,
reports_dev_realworld_7).

Classes fixed, each with guards where the rule must not fire:
  * A side heading under an organ's heading ("[Breast]\\n R: ...\\n L: ...") sides that organ only: the next line
    heading or naming another organ ("[Thyroid]", "Thyroid:") ends it, and so does a heading line whose lesions are
    lymph nodes ("Central compartment (level VI): two nodes ..." after "Thyroid:\\nLeft: ..."). A "RIGHT:" / "LEFT:"
    part of the whole report keeps its side over the organ headings under it.
  * Organ names in neighbouring languages: the pericardium ("Perikard"), the ovary ("Ovaio", "Eierstock"), the
    transplant kidney ("Rim transplantado", "Niertransplantaat").
  * A size compared with the earlier one, the two numbers sharing the unit after the second ("(18 vs 15 mm)"): the
    first is today's; a number labelling something ("segment 6 vs 7 mm") is no size.
  * A landmark cue's preposition said again for a second landmark ("separate from it and from the liver"): that
    anatomy is a landmark too; an organ a lesion arises from stays its site.

Each row is a passage written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of, lesions_of

from udt.parser import ReportParser

ORGAN = "Organ_level"


# -- a side heading sides the organ heading above it, not the next organ -----------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[Breast]\n R: simple cyst 7 mm.\n L: oval hypoechoic mass 11 mm.\n Axilla: no enlarged nodes.\n[Thyroid]\n"
         " Rt lobe 14 x 16 mm. Spongiform nodule 4 mm. Lt lobe: no nodule.\n",
         [("Breast", "cyst", "right", 7.0), ("Breast", "mass", "left", 11.0),
          ("Thyroid gland", "nodule", "right", 4.0)]),
        ("Neck US\nThyroid: normal size.\nLeft: hypoechoic area of 5 mm.\n"
         "Central compartment (level VI): two small lymph nodes, 6 and 5 mm.\n",
         [("Thyroid gland", None, "left", 5.0), ("Lymph nodes", None, None, 6.0), ("Lymph nodes", None, None, 5.0)]),
        ("Neck US\nThyroid: normal size.\nLeft: hypoechoic area of 5 mm.\nLevel IV: one lymph node of 9 mm.\n",
         [("Thyroid gland", None, "left", 5.0), ("Lymph nodes", None, None, 9.0)]),
        # Guards: a side part of the whole report keeps its side over the organs under it; a side heading under an
        # organ's own heading keeps it for that organ.
        ("BILATERAL BREAST US\nRIGHT:\nCyst 5 mm at 10 o'clock.\nLEFT:\nMass 12 mm at 2 o'clock.\n"
         "Axilla: lymph node 14 mm.\n",
         [("Breast", "cyst", "right", 5.0), ("Breast", "mass", "left", 12.0), ("Axilla", None, "left", 14.0)]),
        ("Kidneys:\nRight: 11 cm, cyst 8 mm.\nLeft: 10.5 cm, cyst 12 mm.\n",
         [("Kidney and ureter", "cyst", "right", 8.0), ("Kidney and ureter", "cyst", "left", 12.0)]),
    ],
)
def test_side_heading_ends_at_another_organ(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected


# -- organ names in neighbouring languages -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Perikard: effusion 7 mm behind the left ventricle.\n",
         [("Heart and mediastinum", "fluid collection", None, 7.0)]),
        ("Ovaio sinistro: cyst 31 mm.\n", [("Adnexa", "cyst", "left", 31.0)]),
        ("Eierstock links: simple cyst 22 mm.\n", [("Adnexa", "cyst", "left", 22.0)]),
        ("Rim transplantado: perinephric collection 40 mm.\n", [("Kidney and ureter", "fluid collection", None, 40.0)]),
    ],
)
def test_foreign_organ_names(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected


def test_foreign_transplant_kidney_title(parser: ReportParser) -> None:
    text = "ECHO NIERTRANSPLANTAAT\nCollection 62 mm near the lower pole.\n"
    assert labels_of(parser, text, ORGAN) == ["Kidney and ureter"]


# -- "(26 vs 24 mm)": today's size first -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Impression: left renal cyst, slightly larger (18 vs 15 mm).\n",
         [("Kidney and ureter", "cyst", "left", 18.0)]),
        ("Liver: haemangioma measuring 2.1 versus 1.9 cm.\n", [("Liver", "mass", None, 21.0)]),
        # Guards: a unit on each number (already read); a number labelling a segment is no size.
        ("Liver: haemangioma 21 mm vs 19 mm.\n", [("Liver", "mass", None, 21.0)]),
        ("Liver: cyst in segment 6 vs 7 mm.\n", [("Liver", "cyst", None, 7.0)]),
    ],
)
def test_compared_sizes(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected


# -- a landmark cue said again: "separate from it and from the liver" --------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Right adrenal: mass 30 mm, separate from it and from the liver.\n", ["Adrenal glands"]),
        ("A 3 cm mass in the right adrenal, separate from the kidney and from the liver.\n", ["Adrenal glands"]),
        # Guard: an organ a lesion arises from is its site, whatever the cue's repeated word.
        ("A 3 cm mass arises from the right kidney and from the adrenal.\n", ["Adrenal glands", "Kidney and ureter"]),
    ],
)
def test_repeated_landmark_cue(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == expected
