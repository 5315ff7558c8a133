"""Lesions named without a lesion noun of their own, or only by their number or place in a list: each member is one
finding with its own size and side (the corpus guideline: lesions each given their own size are one entry each).

Inventory of the class on the development corpora (id, fragment, expected, got before the fix), each row below a
sentence of our own of that layout:
- mg011 (_13) "Two ... hypoechoic SOL are seen in myometrium - one in anterior wall ... 3.4 x 2.9 cm and another in
  fundus ... 2.1 x 1.8 cm": Uterus 34 and 21 mm; got one (34). A counted abbreviation, members placed before sizes.
- mf014 (_12) "Uterus AV ... mm. Multiple fibroids:" then "1. posterior intramural 41 mm", "2. ...", "3. ...": three
  Uterus masses; got one. A heading after a sentence on its line, with a quantifier; numbered lines.
- mf050 (_12) "N1 R mid: 9 x 7 x 6 mm, ... TR1 (cyst)", "N2 R lower: 26 x ...", "Isthmus: N3 11 x ...": cyst 9,
  nodule 26, nodule 11; got nodule 9, cyst 26 (the row's "(cyst)" took the next row's size), none for N3.
- mc011 (_9) "THYROID ULTRASOUND - NODULE TABLE" over organ sizes, then "No. | Site | Dimensions (mm) | ..." and rows
  "1 | R mid | 14 x 10 x 9 | ...": four nodules; got organ measurements.
- mf033 (_12) "Level VA: 2 nodes of 12 and 10 mm": two nodes 12 and 10; got one (12).
- size battery: "Renal cysts bilaterally: R 3 mm, L 4 mm" (first member read bilateral); "Renal calculi: R 3 mm,
  L 4 mm" (one stone); "Cysts (cm):" over "1. ... 1.2" (item numbers read as 10 and 20 mm).
"""

from __future__ import annotations

import pytest
from parser_reading import lesions_of

from udt.parser import ReportParser

K, UT, TH, LI, LN, BR = "Kidney and ureter", "Uterus", "Thyroid gland", "Liver", "Lymph nodes", "Breast"

ROWS = [
    # members placed before their sizes, after a counted group (an abbreviation counted in words is a group)
    (
        "Uterus: enlarged. Three well circumscribed SOL are seen in the myometrium - one in the posterior wall "
        "measuring 2.6 x 2.2 cm, another near the cornua measuring 1.9 cm and another in the fundus of 1.1 cm.",
        [(UT, None, None, 26.0), (UT, None, None, 19.0), (UT, None, None, 11.0)],
    ),
    (
        "Liver: two haemangiomas in the right lobe, the first in segment VII measuring 18 mm and the second in "
        "segment V measuring 11 mm.",
        [(LI, "mass", None, 18.0), (LI, "mass", None, 11.0)],
    ),
    (
        "Right kidney: two cortical cysts, one at the upper pole of 31 mm and the other at the lower pole of 12 mm.",
        [(K, "cyst", "right", 31.0), (K, "cyst", "right", 12.0)],
    ),
    (
        "Left breast: two masses are noted. The first lies at 3 o'clock and measures 16 mm. The second lies at "
        "9 o'clock and measures 7 mm.",
        [(BR, "mass", "left", 16.0), (BR, "mass", "left", 7.0)],
    ),
    # "other" names a member only after a group
    ("Right kidney: 12 mm simple cyst. The other kidney is normal.", [(K, "cyst", "right", 12.0)]),
    # a heading after a sentence on its line, with a quantifier, over numbered lines
    (
        "Uterus retroverted, 96 x 55 x 60 mm. Several fibroids:\n 1. fundal subserosal 33 mm\n"
        " 2. anterior intramural 18 mm\nEndometrium 7 mm.",
        [(UT, "mass", None, 33.0), (UT, "mass", None, 18.0)],
    ),
    # numbered lines naming the organ each lesion lies in; item numbers under a unit heading are no sizes
    (
        "Cysts (cm):\n1. right kidney upper pole 1.8\n2. left kidney interpolar 0.9\n",
        [(K, "cyst", "right", 18.0), (K, "cyst", "left", 9.0)],
    ),
    # labelled rows, the kind named in one row, a later name in a row naming that row's lesion
    (
        "Thyroid:\n  N1 L upper: 15 x 11 x 9 mm, solid nodule, TR4\n  N2 L lower: 7 x 6 x 5 mm, anechoic (cyst)\n"
        "  N3 R mid: 9 x 8 x 6 mm, isoechoic\n",
        [(TH, "nodule", "left", 15.0), (TH, "cyst", "left", 7.0), (TH, "nodule", "right", 9.0)],
    ),
    # a numbered table under a title naming its kind, the organs' sizes between
    (
        "NECK US - NODULE LOG\nRight lobe 46 x 16 x 15 mm. Left lobe 44 x 14 x 13 mm.\n\n"
        "# | Site | Size (mm) | TR\n1 | L mid | 12 x 9 x 8 | TR3\n2 | R upper | 8 x 6 x 6 | TR2\n",
        [(TH, "nodule", "left", 12.0), (TH, "nodule", "right", 8.0)],
    ),
    # a counted group of lymph nodes split by its list of sizes
    ("Left neck, level III: 2 nodes of 14 and 9 mm, rounded.", [(LN, None, "left", 14.0), (LN, None, "left", 9.0)]),
    # a size per side after a heading naming the lesion kind (a Latin plural; a side word right after the colon)
    ("Renal calculi: Rt 6 mm, Lt 3 mm.", [(K, None, "right", 6.0), (K, None, "left", 3.0)]),
    ("Renal cysts bilaterally: R 15 mm, L 22 mm.", [(K, "cyst", "right", 15.0), (K, "cyst", "left", 22.0)]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:50] for r in ROWS])
def test_each_member_is_one_lesion(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected
