"""Vocabulary gaps found on the twelfth blind real-world text set (transcribed, translated and lay reports).

Inventory of the rows these tables stand for (reports_blind_final_12, development data; gold -> parser before):
  bd001 "liver ... increased echogenecity"                    Echogenicity hyperechoic  -> nothing (typo)
  bd020 "diffuse increase of the cortical echogenicity"       Echogenicity hyperechoic  -> nothing
  bd025 "with increase of the echogenicity in diffuse form"   Echogenicity hyperechoic  -> nothing
  bd097 "shows diffuse increase in echotexture"               Echogenicity hyperechoic  -> nothing
  bd030 "anechoic image ... with posterior reinforcement"     PosteriorAcoustics enhancement -> nothing
  bd035 "homogeneous, with vascular flow conserved"           Vascularity normal/regular -> nothing
  bd042 "left side multiphasic flow"                          Vascularity normal/regular -> nothing  (left: see below)
  bd119 "left side normal, triphasic"                         Vascularity normal/regular -> nothing  (left: see below)
  bd102 "lesion ... with high vascularity"                    Vascularity increased     -> nothing
  bd040 "Axillas: lymph nodes of normal morphology"           Organ Axilla              -> Lymph nodes (plural "-as")

Each row below is a sentence written for this file (not a corpus line); the guard rows are near wordings that must
keep their old reading.
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of, reading_of

from udt.parser import ReportParser

ECHO = "Echogenicity"
POSTERIOR = "PosteriorAcoustics"
VASCULARITY = "Vascularity"
ORGAN = "Organ_level"


# -- "increase of/in (the) echogenicity", and the common misspelling "echogenecity": hyperechoic --------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Liver enlarged, 17 cm, with increased echogenecity suggesting fatty change.", ["hyperechoic"]),
        ("Liver of usual size with increase of the echogenicity in a diffuse pattern.", ["hyperechoic"]),
        ("Both kidneys show a diffuse increase in cortical echogenicity.", ["hyperechoic"]),
        ("Kidneys of normal size with increase of the cortical echogenicity bilaterally.", ["hyperechoic"]),
        ("LIVER: 14 cm, diffuse increase in echotexture, no focal lesion.", ["hyperechoic"]),
        ("The pancreas shows an increase in echogenicity, in keeping with fatty replacement.", ["hyperechoic"]),
        # Guards: a normal echogenicity names no value; a decrease, worded the same way, is hypoechoic.
        ("Liver of normal size and echogenicity, no focal lesion.", []),
        ("Kidneys with decrease of the cortical echogenicity.", ["hypoechoic"]),
    ],
)
def test_increase_of_echogenicity(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert [v for v in labels_of(parser, text, ECHO) if v in ("hyperechoic", "hypoechoic")] == expected


def test_no_increase_in_echogenicity_is_absent(parser: ReportParser) -> None:
    text = "Liver: normal size, no increase in echogenicity, no focal lesion."
    assert reading_of(parser, text, ECHO, "hyperechoic") == "absent"


# -- "posterior (acoustic) reinforcement", the translated word for enhancement ---------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the right breast an anechoic image of 1,1 cm with posterior reinforcement.", ["enhancement"]),
        ("Simple cyst of the left ovary, 3,2 cm, with posterior acoustic reinforcement.", ["enhancement"]),
        ("Anechoic formation with thin walls and acoustic reinforcement, 2 cm.", ["enhancement"]),
        # Guards: shadowing stays shadowing; a denied reinforcement is not present.
        ("Echogenic image of 1 cm in the gallbladder with posterior acoustic shadow.", ["shadowing"]),
        ("Solid hypoechoic nodule, 9 mm, without posterior reinforcement.", []),
    ],
)
def test_posterior_reinforcement(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, POSTERIOR) == expected


# -- conserved flow is normal flow; "high vascularity" is increased ---------------------------------------------------
# An arterial waveform's phase ("CFA: triphasic", "multiphasic flow throughout") stays no vascularity value: the
# earlier real-world sets (five passages) leave it unlabelled, where the twelfth set's writer labels it (two).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Right testicle of 4 x 2 cm, homogeneous, with vascular flow conserved.", ["normal/regular vascularity"]),
        ("Left testicle homogeneous, conserved flow to the colour Doppler.", ["normal/regular vascularity"]),
        ("Subcutaneous hypoechoic lesion of 1 cm with high vascularity.", ["increased vascularity"]),
        # Guards: a waveform's phase names no vascularity value; absent flow stays "no vascularity".
        ("CFA: triphasic, no stenosis. Popliteal: biphasic.", []),
        ("Arterial Doppler of the left leg: multiphasic flow throughout, no stenosis.", []),
        ("Right SFA occluded, monophasic flow in the distal vessels.", []),
        ("Left testicle hypoechoic, without flow to the colour Doppler.", ["no vascularity"]),
    ],
)
def test_flow_wordings(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, VASCULARITY) == expected


# -- the English plural of a Latin "-a" organ name ("axillas", "hernias") ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Axillas: lymph nodes of normal morphology.", ["Axilla"]),
        ("Both axillas without adenopathies.", ["Axilla"]),
        ("Axillae: no enlarged nodes.", ["Axilla"]),
    ],
)
def test_plural_axillas(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == organs


# -- a child's age written as a bare aside: after a relative's word, or opening a history line ----------------------
# Rows: bd142 "Daughter 14, bad pain on her right side" -> Adnexa (an adult's); bd046 "14 yrs, RIF pain" -> Appendix.
@pytest.mark.parametrize(
    ("text", "system"),
    [
        ("Daughter 14, pain low on the right. Scan: right ovary 5 cm with a 4 cm cyst.", ["Pediatrics"]),
        ("my son, 9; the scan said the appendix is 8 mm and non compressible.", ["Pediatrics"]),
        ("Our nephew 12: scan shows the left testis is swollen with increased flow.", ["Pediatrics"]),
        (
            "ULTRASOUND RIF\n12 yrs, RIF pain since morning.\nBlind ending appendix 8 mm, non compressible.",
            ["Pediatrics"],
        ),
        ("USG ABDOMEN\n9 years, fever.\nLiver and spleen normal.", ["Pediatrics"]),
        # Guards: an adult's age; a count or a time after the relative's word; a duration after the complaint.
        ("My sister 45, pain low on the right. Scan: right ovary 5 cm with a 4 cm cyst.", ["Gynaecology"]),
        ("my daughter 2 days ago said the scan showed a 4 cm cyst in her right ovary", ["Gynaecology"]),
        ("ULTRASOUND RIF\n38 yrs, RIF pain.\nBlind ending appendix 8 mm.", ["Abdomen and retroperitoneum"]),
        (
            "ULTRASOUND RIF\nRIF pain for 3 yrs, worse today.\nBlind ending appendix 8 mm.",
            ["Abdomen and retroperitoneum"],
        ),
    ],
)
def test_bare_child_age(parser: ReportParser, text: str, system: list[str]) -> None:
    assert labels_of(parser, text, "Body_system_level") == system
