"""Lesions the findings pass used to lose: a measured lesion renamed by an organ's state after a dash; a peritoneal
recess measured without a fluid word (measured_recesses.py). Passages written for this file.

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]

# An organ's state after a free dash ("- acute cholecystitis", "- hydronephrosis") is the organ's reading, not the
# name of the stone measured before it: the stone stays a finding of its own (findings.py, dashed).
DASHED_STATES: list[Row] = [
    (
        "Gallbladder: wall 6 mm, a stone of 14 mm impacted in the neck, positive sonographic Murphy - acute "
        "cholecystitis.",
        [("Gallbladder and bile ducts", None, None, 14.0)],
    ),
    (
        "Right kidney: a calculus of 8 mm at the pelvi-ureteric junction, pelvis 16 mm - moderate hydronephrosis.",
        [("Kidney and ureter", None, "right", 8.0)],
    ),
]

# guards: a dash still names the unnamed lesion just measured ("- abscess", "- haemangioma")
DASHED_NAMES: list[Row] = [
    (
        "Liver: hypoechoic lesion in segment 6, 32 x 28 mm, thick walled - abscess.",
        [("Liver", "fluid collection", None, 32.0)],
    ),
    (
        "Spleen: echogenic lesion of 11 mm - haemangioma.",
        [("Spleen", "mass", None, 11.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DASHED_STATES)
def test_an_organ_state_after_a_dash_leaves_the_stone(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), DASHED_NAMES)
def test_a_diagnosis_after_a_dash_still_names_the_lesion(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


# A recess measured is the free fluid in it, though no fluid word is written (measured_recesses.py).
MEASURED_RECESSES: list[Row] = [
    (
        "eFAST: RUQ positive, Morison's pouch 6 mm stripe. LUQ negative. Pelvis negative.",
        [("Peritoneum mesentery and omentum", "fluid collection", None, 6.0)],
    ),
    (
        "POCUS trauma. Hepatorenal recess: 7 mm anechoic stripe. Splenorenal recess: clear. No pericardial effusion.",
        [("Peritoneum mesentery and omentum", "fluid collection", None, 7.0)],
    ),
    (
        "Trauma scan. Spleen: 2 cm hypoechoic haematoma at the lower pole. Splenorenal recess, thin stripe 3 mm.",
        [("Spleen", "fluid collection", None, 20.0),
         ("Peritoneum mesentery and omentum", "fluid collection", None, 3.0)],
    ),
]

# guards: a recess answered free, a recess a measured organ only reaches, a recess whose fluid is named
RECESS_GUARDS: list[Row] = [
    ("Morison's pouch: no free fluid. Liver 14 cm.", []),
    ("The right lobe reaches Morison's pouch, liver 17 cm.", []),
    (
        "Free fluid: Morison's pouch 9 mm, pelvis 14 mm.",
        [("Peritoneum mesentery and omentum", "fluid collection", None, 9.0),
         ("Peritoneum mesentery and omentum", "fluid collection", None, 14.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MEASURED_RECESSES)
def test_a_measured_recess_is_free_fluid(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), RECESS_GUARDS)
def test_a_recess_free_or_a_landmark_or_named_fluid_makes_no_new_fluid(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


# A further "pocket" after a contrast modifier is one more collection of the kind just measured ("2nd pocket
# 1.2 cm"); a further pocket of ascites or a pleural effusion is a place of the same fluid.
FURTHER_POCKETS: list[Row] = [
    (
        "Right thigh: intramuscular collection 4.2 x 1.8 cm with debris. A second pocket 1.6 cm lies more proximally.",
        [("Soft tissues", "fluid collection", "right", 42.0), ("Soft tissues", "fluid collection", "right", 16.0)],
    ),
    (
        "Groin wound: seroma 3.1 x 1.2 cm deep to the scar; 2nd smaller pocket at the lateral end, 9 mm.",
        [("Hip groin and buttock", "fluid collection", None, 31.0),
         ("Hip groin and buttock", "fluid collection", None, 9.0)],
    ),
    # guards: the deepest and a further pocket of ascites are one fluid; "pocket" alone names no lesion
    (
        "Ascites: deepest pocket 45 mm in the pelvis; a second pocket in the right flank 30 mm.",
        [("Peritoneum mesentery and omentum", "fluid collection", None, 45.0)],
    ),
    (
        "Left knee: suprapatellar effusion 7 mm, pocket extending laterally 4 mm.",
        [("Knee", "fluid collection", "left", 7.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FURTHER_POCKETS)
def test_a_further_pocket_is_one_more_collection(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


# A bare "deposit" outside an oncology report is a translated report's stone where the report names where stones
# form (the calculus's typical sites); elsewhere it names nothing (sites.py, termset.DEPOSIT_WORDS).
DEPOSITS: list[Row] = [
    (
        "Urinary tract US.\n| | right kidney | left kidney |\n| length | 10,9 cm | 11,2 cm |\n"
        "| deposits | none | 2 deposits: 3 and 7 mm |\nBladder: deposit 9 mm at the posterior wall, mobile.",
        [("Kidney and ureter", None, "left", 3.0), ("Kidney and ureter", None, "left", 7.0),
         ("Bladder", None, None, 9.0)],
    ),
    (
        "RIGHT KIDNEY: 108 mm; PCS not dilated; deposits: 6 mm in the lower group of calyces.",
        [("Kidney and ureter", None, "right", 6.0)],
    ),
    # guards: no stone site named; an oncology report's deposit is a metastasis
    ("Moderate pericardial effusion, 2.1 cm posteriorly, with fibrinous deposits on the visceral pericardium.",
     [("Heart and mediastinum", "fluid collection", None, 21.0)]),
    (
        "Staging for colorectal cancer. Liver: two hypoechoic deposits, 14 and 9 mm. Kidneys normal.",
        [("Liver", "mass", None, 14.0), ("Liver", "mass", None, 9.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DEPOSITS)
def test_a_stray_deposit_is_a_stone_where_stones_form(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


# "analogous" right before a size stands for a similar lesion, as "another" does (a translated report's word);
# before a noun it only qualifies it.
ANALOGOUS: list[Row] = [
    (
        "Liver: in segment 7 an anechoic formation 21 x 17 mm, in segment 2 analogous 7 mm.",
        [("Liver", None, None, 21.0), ("Liver", None, None, 7.0)],
    ),
    (
        "Liver: in S6 a cyst 15 mm; in S3 analogous formation 6 mm.",
        [("Liver", "cyst", None, 15.0), ("Liver", None, None, 6.0)],
    ),
    ("Appearances analogous to the previous study: liver cyst 12 mm.", [("Liver", "cyst", None, 12.0)]),
]


@pytest.mark.parametrize(("text", "expected"), ANALOGOUS)
def test_analogous_before_a_size_is_one_more_lesion(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected
