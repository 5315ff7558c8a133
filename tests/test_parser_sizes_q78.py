"""Inventory of round 28's "size X for Y" rows (a lesion given a wrong number) on the development files, by class,
with sentences written for this file in several wordings (not corpus text), and guard rows whose answer was right.

Rows found (id, fragment, expected, got, class):

- a node's cortex thickness given as a range or in brackets read as the node's size (and, after a plural "two
  nodes", split into a second node of its own): ms014 "two lymph nodes with thickened cortex up to 5 mm, greater
  17x9 mm" 17 got 5; mt004 "one lymph node with thickened cortex (4 mm), 19 mm in long axis" 19 got 4; mv018 "two
  abnormal nodes, cortex up to 6 mm, largest node 17 mm" 17 got 6 (part_ranges.py).
- an organ's length read as the lesion's size where the lesion's own size opens a noun phrase with a hyphenated
  modifier, each hyphen and the word after it counted as more free words ("too far" from the lesion word): ms034 "L
  11.4 cm with a 1.9 cm simple upper-pole cyst and a 2.6 x 2.2 cm lower-pole cyst" 19 got 114
  (``FindingBuilder._close``).
- a dilatation's size written before the cause word and the lesion that causes it taken as the lesion's (a
  pre-modifier across "by"): mu018 "Dilatation of pelvis 18 mm by lithiasis in the pyeloureteral union of 11 x 8 mm"
  11 got 18 (cause_sizes.py). Left: ne017 "pelvis of 21 mm, due to lithiasic image ... of 1,2 cm", where the
  "ectasia" before it is read as a lesion of its own (an aneurysm) that keeps the 21 mm.
- a size before a lesion word that labels a field ("cyst:", "Cyst: [x]") read as its pre-modifier, where the value
  the colon introduces is the size: nf036 "mild hydro, AP 14 mm | cyst: 1 (2.4 cm, Bosniak II)" 24 got 14; mu046
  "Size 10.8 cm  Cyst: [x] 2.9 cm upper pole" 29 got 108; ne032 "Right lobe: 44 x 15 x 14 mm | nodules: 2 | #1 upper
  pole, 6 mm | #2 lower pole, 13 mm" 6 got 44 and 13 got 42 (``FindingBuilder._field_label``).
- a prior size after "pre-op"/"baseline" read as today's, and listed as a member of its own after a plural ("Two
  nodules: ... 8 mm (... pre-op 8 mm); ... 12 mm (pre-op 9 mm)" read as four nodules, shifting each): mz048 12 got 8
  (prior_words.py). Left: mw029 "Known HCC segment 7 (2,9 cm at diagnosis)", a treated lesion the gold leaves out.
- an organ's diameter before a comma taken as the next lesion's pre-modifier ("9mm diameter, appendicolith 7mm"), the
  word "diameter" being no axis word: mv028 7 got 9 (termset CLAUSE_ROLES "axis").
- a table's earlier column read as the size, and of two axis columns only the first: mm032 "Site | baseline short
  axis | today short axis | today long axis" rows 22 got 31 and 13 got 15 (now the long axis of today); nd033 "| site
  | 03/2026 | 11/2026 |" 31 got 28 (column_headers.py).
- a form field's count read as the first size of a shared-unit list: ne031 "cysts: YES, 1, 13 mm" 13 got 1 (a cyst of
  1 mm taking the first place) (field_counts.py). Left: "cysts: yes, 2, 15 mm and 8 mm", each size with its unit.
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

K, TH, BR, AX, LN, LI = "Kidney and ureter", "Thyroid gland", "Breast", "Axilla", "Lymph nodes", "Liver"


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


# A part's thickness given as a range ("up to") or in brackets is the part's, not the node's.
CORTEX_RANGES = [
    (
        "Right axilla: two nodes with a thickened cortex up to 4 mm, the larger 21 x 11 mm.",
        [(AX, None, "right", 21.0)],
    ),
    (
        "Left axilla: a single node with eccentric cortical thickening (5 mm), 16 mm long.",
        [(AX, None, "left", 16.0)],
    ),
    (
        "Left axilla: three abnormal nodes, cortex of up to 7 mm, largest 23 mm.",
        [(AX, None, "left", 23.0)],
    ),
    (
        "Right axilla: one lymph node with cortex up to 3.5 mm, measuring 14 x 8 mm.",
        [(AX, None, "right", 14.0)],
    ),
    (
        "Right axilla: two nodes with cortex up to 4 mm, measuring 15 and 12 mm.",
        [(AX, None, "right", 15.0), (AX, None, "right", 12.0)],
    ),
    ("Left axilla: two nodes with thickened cortex up to 5 mm, greater 19 x 10 mm.", [(AX, None, "left", 19.0)]),
    ("Left axilla: two suspicious nodes, cortex up to 6 mm, biggest node 22 mm.", [(AX, None, "left", 22.0)]),
    ("Left neck level II: node with cortex (3 mm), 12 x 7 mm.", [(LN, None, "left", 12.0)]),
]

# Guards: a cortex stated without a range, and a node sized in brackets with no part before it.
CORTEX_GUARDS = [
    ("Left axilla: a node with a 6 mm cortex, 18 mm long.", [(AX, None, "left", 18.0)]),
    ("Right axilla: a round node (15 mm) without fatty hilum.", [(AX, None, "right", 15.0)]),
    ("Left kidney: a cyst up to 12 mm in the upper pole.", [(K, "cyst", "left", 12.0)]),
]


# A compound modifier joined by a hyphen is one word between a size and its lesion word.
HYPHENATED_MODIFIERS = [
    (
        "Kidneys: R 10.2 cm. L 11.0 cm with a 2.3 cm simple lower-pole cyst and a 1.1 cm interpolar cyst.",
        [(K, "cyst", "left", 23.0), (K, "cyst", "left", 11.0)],
    ),
    ("Kidneys: R 10.6 cm with a 15 mm thin-walled upper-pole cyst. L 10.9 cm, normal.", [(K, "cyst", "right", 15.0)]),
    ("Ovaries: R 3.1 cm with a 2.2 cm thick-walled uni-locular cyst.", [("Adnexa", "cyst", "right", 22.0)]),
]

# Guards: the same shapes the parser read right before.
HYPHEN_GUARDS = [
    (
        "Right kidney: 10.5 cm, containing a 14 mm thin-walled exophytic cyst and a 6 mm cortical cyst.",
        [(K, "cyst", "right", 14.0), (K, "cyst", "right", 6.0)],
    ),
    ("Left kidney 11.2 cm - 8 mm cortical cyst.", [(K, "cyst", "left", 8.0)]),
    ("Right breast 2 o'clock: a 9 mm oval hypo-echoic well-defined mass.", [(BR, "mass", "right", 9.0)]),
]


@pytest.mark.parametrize(("text", "expected"), HYPHENATED_MODIFIERS + HYPHEN_GUARDS)
def test_hyphenated_modifiers(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


# A size before a word of cause measures the effect; the lesion after it is sized by its own words.
CAUSES = [
    (
        "Left kidney: pelvis dilated to 24 mm by an obstructing stone in the proximal ureter measuring 8 x 6 mm.",
        [(K, None, "left", 8.0)],
    ),
    (
        "Right kidney: 10.8 cm. Moderate hydronephrosis, pelvis 19 mm, due to a calculus at the PUJ of 9 mm.",
        [(K, None, "right", 9.0)],
    ),
    ("Gallbladder: CBD 9 mm secondary to a distal stone of 7 mm.", [("Gallbladder and bile ducts", None, None, 7.0)]),
]

# A lesion word that labels a field is sized by what its colon introduces, not by the size before it.
FIELD_LABELS = [
    ("RK: 10.4 cm | hydro: moderate, AP 17 mm | stone: 1 (9 mm PUJ) | cyst: none", [(K, None, "right", 9.0)]),
    ("Right kidney: [x] Abnormal  Length 10.6 cm  Cyst: [x] 3.4 cm lower pole", [(K, "cyst", "right", 34.0)]),
    (
        "Left kidney: 11 mm cyst in the upper pole, and a 6 mm calculus.",
        [(K, "cyst", "left", 11.0), (K, None, "left", 6.0)],
    ),
    ("Bladder: 2.3 cm stone, mobile.", [("Bladder", None, None, 23.0)]),
]


@pytest.mark.parametrize(("text", "expected"), CAUSES + FIELD_LABELS)
def test_causes_and_field_labels(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


# A size after a prior-time word is a comparison, never a lesion of its own.
PRIOR_WORDS = [
    (
        "Left lobe: two nodules - upper pole 6 mm spongiform (pre-op 6 mm); mid pole 15 mm solid (pre-op 11 mm).",
        [(None, "nodule", "left", 6.0), (None, "nodule", "left", 15.0)],
    ),
    (
        "Right axilla: two nodes, 18 mm (baseline 25 mm) and 12 mm (baseline 16 mm).",
        [(AX, None, "right", 18.0), (AX, None, "right", 12.0)],
    ),
    ("Thyroid bed: 6 mm nodule (preop 4 mm).", [(TH, "nodule", None, 6.0)]),
    ("Right kidney: upper pole cyst 22 mm, preoperative 18 mm.", [(K, "cyst", "right", 22.0)]),
    # guards: a post-operative collection is today's
    (
        "Post-op collection in the right groin, 35 x 20 mm.",
        [("Hip groin and buttock", "fluid collection", "right", 35.0)],
    ),
    ("Left breast: post-op seroma 28 mm.", [(BR, "fluid collection", "left", 28.0)]),
]


@pytest.mark.parametrize(("text", "expected"), PRIOR_WORDS)
def test_prior_words(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


# "diameter"/"calibre" name the axis of the organ's own size: a comma after it ends that phrase.
DIAMETERS = [
    ("Appendix: non-compressible, 10 mm diameter, appendicolith 6 mm at its tip.", [("Appendix", None, None, 6.0)]),
    ("CBD: dilated, 11 mm calibre, with a 7 mm distal stone.", [("Gallbladder and bile ducts", None, None, 7.0)]),
    ("Appendix: 8 mm in diameter, with a 5 mm faecolith at the base.", [("Appendix", None, None, 5.0)]),
    ("Right ovary: 3.4 cm diameter, with a 21 mm simple cyst.", [("Adnexa", "cyst", "right", 21.0)]),
]

# A column of earlier sizes is a comparison; columns of today's axes are one lesion's dimensions.
COLUMNS = [
    (
        "LYMPHOMA RESTAGING - nodal survey\nSite | baseline short axis | today short axis | today long axis\n"
        "R axillary node | 22 mm | 11 mm | 19 mm\nL axillary node | 17 mm | 8 mm | 14 mm",
        # (the title's lymphoma is why the scan was done, no finding of it: primary_cancers.py)
        [(AX, None, "right", 19.0), (AX, None, "left", 14.0)],
    ),
    (
        "Target lesions (long x short, mm):\n| site | 02/2025 | 08/2025 |\n"
        "| liver segment 7 metastasis | 34 x 28 | 26 x 21 |",
        [(LI, None, None, None), (LI, "mass", None, 26.0)],
    ),
    # guards: a header naming today first, and a table with no time or axis in its header
    ("| Lesion | Size today | Size 2024 |\n| liver cyst segment 2 | 14 mm | 12 mm |", [(LI, "cyst", None, 14.0)]),
    (
        "Thyroid nodules:\n| nodule | site | size (mm) | TIRADS |\n| 1 | R upper | 9 x 7 x 11 | TR3 |",
        [(TH, "nodule", None, 11.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DIAMETERS + COLUMNS)
def test_diameters_and_table_columns(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


# A field's count (a whole number equal to the count of the sizes after it) is no size.
FIELD_COUNTS = [
    ("Kidney R: 10.7 cm | stones: none | cysts: YES, 1, 13 mm", [(K, "cyst", "right", 13.0)]),
    (
        "Gallbladder: stones: 3, 5, 7 and 9 mm",
        [("Gallbladder and bile ducts", None, None, v) for v in (5.0, 7.0, 9.0)],
    ),
    ("Gallbladder: stones present, 2, 6 and 8 mm", [("Gallbladder and bile ducts", None, None, v) for v in (6.0, 8.0)]),
    ("Right kidney: 10.2 cm. Calculi: 1, 6 mm, lower pole.", [(K, None, "right", 6.0)]),
    ("Liver: focal lesions: 1, 12 mm, hyperechoic", [(LI, None, None, 12.0)]),
    # guard: a first number that cannot count the rest is a size
    ("Left kidney: 10.4 cm | cysts: 4, 13 mm", [(K, "cyst", "left", 4.0), (K, "cyst", "left", 13.0)]),
]


@pytest.mark.parametrize(("text", "expected"), FIELD_COUNTS)
def test_field_counts(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), CORTEX_RANGES + CORTEX_GUARDS)
def test_part_sizes_in_ranges(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected
