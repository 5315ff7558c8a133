"""Sizes listed after a plural lesion word, each member placed or named by a short phrase of its own
(udt.parser.size_lists.continued_list): "calculi - right lower calyx 8 mm, left mid pole 5 mm and left lower pole
4 mm", "two stones: 8 mm at the hilum and 4 mm distally". Each size is one lesion, as the corpus guideline asks of a
list of members. Passages written for this file.

Inventory (development corpora, kind "organ has fewer findings than gold (merged)"): mk004 (two rows, "left mid pole
5 mm and left lower pole 4 mm" after "renal calculi -"), mv033 ("Two calculi in ...: 8 mm at the hilum and 4 mm
distally").

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]

_KIDNEY = "Kidney and ureter"

MEMBER_LISTS: list[Row] = [
    # each member named by its place before its size
    (
        "Renal US: bilateral renal calculi - right upper calyx 6 mm, left interpolar 9 mm and left lower pole 3 mm.",
        [(_KIDNEY, None, "right", 6.0), (_KIDNEY, None, "left", 9.0), (_KIDNEY, None, "left", 3.0)],
    ),
    (
        "Left kidney: three calculi, upper pole 4 mm, mid pole 7 mm and lower pole 5 mm. No hydronephrosis.",
        [(_KIDNEY, None, "left", 4.0), (_KIDNEY, None, "left", 7.0), (_KIDNEY, None, "left", 5.0)],
    ),
    # each member placed after its size
    (
        "Right kidney: two calculi, 11 mm at the pelviureteric junction and 5 mm in the lower calyx.",
        [(_KIDNEY, None, "right", 11.0), (_KIDNEY, None, "right", 5.0)],
    ),
    (
        "Left submandibular gland enlarged. Two calculi in the duct: 6 mm near the hilum and 3 mm distally.",
        [("Salivary glands", None, "left", 6.0), ("Salivary glands", None, "left", 3.0)],
    ),
    # guards: the list as it was read before (separators only, one naming word)
    ("Liver: two cysts, 12 mm and 8 mm.", [("Liver", "cyst", None, 12.0), ("Liver", "cyst", None, 8.0)]),
    (
        "Right kidney: two cysts, one 15 mm and one 7 mm.",
        [(_KIDNEY, "cyst", "right", 15.0), (_KIDNEY, "cyst", "right", 7.0)],
    ),
    # guards: a clause that ends the list, or an organ's own measurement, is no member
    (
        "Left kidney: two calculi, 6 mm at the upper pole; renal pelvis 9 mm.",
        [(_KIDNEY, None, "left", 6.0)],
    ),
    ("Right kidney: two cysts, 12 mm at the upper pole, kidney length 10 cm.", [(_KIDNEY, "cyst", "right", 12.0)]),
    ("Gallbladder: multiple stones, largest 14 mm. CBD 5 mm.", [("Gallbladder and bile ducts", None, None, 14.0)]),
]


@pytest.mark.parametrize(("text", "expected"), MEMBER_LISTS)
def test_each_member_of_a_placed_size_list_is_a_lesion(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


# A list of sizes whose lesion word is followed by a refinement that merges into it ("21 mm and 13 mm - metastatic"):
# the member rule looked for the lesion after the sizes, found the merged refinement (no lesion of its own) and
# crashed the whole parse with a ValueError (a validation report of stop 30; this passage is written for this file).
REFINED_MEMBERS = """Regional Oncology Unit - Ultrasound of soft tissues and regional lymph nodes
Melanoma of the right forearm, st. p. excision 2023. Follow-up.
RIGHT UPPER LIMB: in the subcutis of the right forearm, 4 cm proximal to the scar, a hypoechoic round lesion \
8 x 5 mm with increased blood flow - in-transit metastasis. Beside the scar: seroma 19 x 7 mm, anechoic.
RIGHT AXILLA: two enlarged lymph nodes without fatty hilum, 21 mm and 13 mm - metastatic.
LEFT AXILLA: lymph nodes of normal structure, up to 9 mm.
Abdomen: LIVER without focal changes, 15,2 cm.
CONCLUSION: In-transit metastasis right forearm, metastases in right axillary lymph nodes. Seroma beside the scar."""


def test_a_refinement_after_a_size_list_is_no_member_lesion(parser: ReportParser) -> None:
    nodes = [lz for lz in lesions_of(parser, REFINED_MEMBERS) if lz[0] == "Axilla" and lz[1] == "mass"]
    assert nodes == [("Axilla", "mass", "right", 21.0), ("Axilla", "mass", "right", 13.0)]
