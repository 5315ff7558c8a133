"""Inventory of the second wave's "size X for Y" rows (a lesion given a wrong number) on the development files
_38-_40 first, by class, with sentences written for this file in several wordings (not corpus text), and guard rows
whose answer was right.

Rows found (id, fragment, expected, got, class):

- a prior size written after today's, recalled by a past copula or a time phrase rather than a year, read as a
  lesion of its own in a list and so shifting each size after it by one: ng044 "S2 hypoechoic 2.4 cm (was 1.8 cm in
  August), S5 1.2 cm, S7 0.8 cm" 12 got 18 and 8 got 12 (recalled_sizes.py).
- an organ's calibre written before a word of extent and the lesion it reaches taken as the lesion's size: nh006
  "Proximal ureter dilated 8mm down to calculus at PUJ, measure 9 x 5mm" 9 got 8 (cause_sizes.py, termset
  EXTENT_WORDS / EXTENT_HEADS).
- an enlarged organ's lobe measured and read as the size of a goitre lesion, which gold leaves out (a state of the
  whole gland, as hepatomegaly is the liver's): mx044 "Thyroid diffusely enlarged, R lobe 6.1 cm long" a goitre lesion
  of 61 mm (ontology: goitre udt:isOrganState). Left: mu039 "toxic MNG ... R lobe 62 x 28 x 30 mm", a multinodular
  goitre, which rolls up to nodule and heads its nodules in other reports.
- a form field's count before sizes that each carry their unit read as a lesion of that many mm (the class the brief
  names from round 28, no row in these files): "cysts: yes, 2, 15 mm and 8 mm" gave three cysts, of 2, 15 and 8 mm
  (field_counts.sizes_after).
- a table row's last size read as the pre-modifier of a lesion word that labels the next row, where the columns'
  headers are no bare side words ("| | Right kidney | Left kidney |" then "| Length | 11.2 cm | 10.9 cm |" then "| Cyst
  | 3.1 cm | none |" gave the cyst 109 mm): a row break ends the size's phrase (findings._PHRASE_BREAKS "row").
  Left: nf033's row-label table "| Largest cyst (cm) | 6.1 | 7.4 |" (a unit in the row label, one lesion per side
  cell, the organ only in the title), and "| Cyst | none | 2.7 cm |", where "none" negates the row's lesion.
- not parser sizes, left: ni004 "two anechoic formations 0,5 cm and 0,4 cm (cysts)", ni008 "hypoechoic focus 27x22
  mm ...; in S3 similar focus 14 mm", nd006 "two hypoechoic foci measuring 1.2cm and 0.9cm": the parsed sizes are
  right, the scorer pairs the two findings crosswise because the second carries only the first's evidence.
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

K, TH, LI, GB = "Kidney and ureter", "Thyroid gland", "Liver", "Gallbladder and bile ducts"


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


# A size recalled from an earlier examination is a comparison, not a lesion of the list.
RECALLED = [
    (
        "Liver: three metastases - segment 4 hypoechoic 31 mm (was 22 mm in March), segment 6 14 mm, segment 8 9 mm.",
        [(LI, "mass", None, 31.0), (LI, "mass", None, 14.0), (LI, "mass", None, 9.0)],
    ),
    (
        "Kidneys: two cysts, right upper pole 34 mm (29 mm 8 months ago), left lower pole 11 mm.",
        [(K, "cyst", "right", 34.0), (K, "cyst", "left", 11.0)],
    ),
    (
        "Thyroid: two nodules, right 19 mm (were 15 mm), left 7 mm.",
        [(TH, "nodule", "right", 19.0), (TH, "nodule", "left", 7.0)],
    ),
    (
        "Liver lesions: segment 2 2.6 cm (1.9 cm on the previous scan), segment 7 1.1 cm.",
        [(LI, None, None, 26.0), (LI, None, None, 11.0)],
    ),
    (
        "Thyroid: two nodules, right lower pole 23 mm (17 mm last year), left upper pole 6 mm.",
        [(TH, "nodule", "right", 23.0), (TH, "nodule", "left", 6.0)],
    ),
    (
        "Fibroids: posterior intramural 31 mm, fundal subserosal 47 mm (was 40 mm at booking scan).",
        [("Uterus", "mass", None, 31.0), ("Uterus", "mass", None, 47.0)],
    ),
]

# Guards: a place after a size ("at the first MTP joint"), a size of its own in a year-dated comparison.
RECALLED_GUARDS = [
    ("Left foot: ganglion cyst 9 mm at the first MTP joint.", [("Foot", "cyst", "left", 9.0)]),
    (
        "Liver: two cysts, segment 6 18 mm (16 mm in 2023), segment 3 7 mm.",
        [(LI, "cyst", None, 18.0), (LI, "cyst", None, 7.0)],
    ),
    ("Right kidney: a 14 mm angiomyolipoma in the lower pole.", [(K, "mass", "right", 14.0)]),
]


@pytest.mark.parametrize(("text", "expected"), RECALLED + RECALLED_GUARDS)
def test_recalled_sizes(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


# A calibre written before "down to" / "until" and the lesion it reaches is the dilated organ's.
EXTENTS = [
    (
        "Left kidney: mild hydronephrosis. The proximal ureter is dilated 9 mm down to a calculus at the PUJ, "
        "measuring 7 x 4 mm.",
        [(K, None, "left", 7.0)],
    ),
    (
        "Right kidney: distal ureter 7 mm down to an impacted stone at the VUJ of 5 mm.",
        [(K, None, "right", 5.0)],
    ),
    ("Gallbladder: CBD dilated 10 mm up to a distal stone, 6 mm.", [(GB, None, None, 6.0)]),
    ("Gallbladder: CBD 9 mm until an obstructing calculus of 8 mm.", [(GB, None, None, 8.0)]),
]

# Guards: "UP" as an upper-pole abbreviation, "to" after a size that is the lesion's.
EXTENT_GUARDS = [
    ("LK: 11.0 cm, 8 mm UP cyst.", [(K, "cyst", "left", 8.0)]),
    ("Right kidney: a 6 mm stone in the lower pole.", [(K, None, "right", 6.0)]),
    (
        "Left ovary: a cyst of 38 x 30 mm, no flow to the Doppler, compatible with an endometrioma.",
        [("Adnexa", "cyst", "left", 38.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), EXTENTS + EXTENT_GUARDS)
def test_extent_sizes(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


# A goitre is a state of the whole gland (udt:isOrganState): a lobe measured beside it sizes no lesion.
GOITRES = [
    (
        "Thyroid: goitre, right lobe 6.4 cm long, left lobe 5.9 cm. Left lower pole solid nodule 12 mm.",
        [(TH, "nodule", "left", 12.0)],
    ),
    ("Neck: diffuse goitre with a right lobe of 7.1 x 3.0 x 2.8 cm. No nodules.", []),
    (
        "Thyroid enlargement: R lobe 66 mm, L lobe 61 mm; a 9 mm spongiform nodule in the L upper pole.",
        [(TH, "nodule", "left", 9.0)],
    ),
]

# Guard: a nodule of a gland of normal size.
GOITRE_GUARDS = [("Thyroid: normal size. Right mid-pole nodule 14 mm.", [(TH, "nodule", "right", 14.0)])]


@pytest.mark.parametrize(("text", "expected"), GOITRES + GOITRE_GUARDS)
def test_goitre_is_a_state_of_the_gland(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


# A field's count before sizes that each carry a unit counts them all.
FIELD_COUNTS = [
    (
        "Right kidney: 10.8 cm | cysts: yes, 2, 17 mm and 6 mm | stones: no",
        [(K, "cyst", "right", 17.0), (K, "cyst", "right", 6.0)],
    ),
    ("Liver: focal lesions: YES, 2, 23 mm and 11 mm.", [(LI, None, None, 23.0), (LI, None, None, 11.0)]),
    (
        "Left kidney: stones: 3, 4 mm, 7 mm, 5 mm.",
        [(K, None, "left", 4.0), (K, None, "left", 7.0), (K, None, "left", 5.0)],
    ),
]

# Guards: a first number that is no count of the sizes after it is a size.
FIELD_COUNT_GUARDS = [
    ("Left kidney: cysts: yes, 1, 14 mm.", [(K, "cyst", "left", 14.0)]),
    (
        "Left kidney: cysts: 4, 13 mm and 9 mm.",
        [(K, "cyst", "left", 4.0), (K, "cyst", "left", 13.0), (K, "cyst", "left", 9.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIELD_COUNTS + FIELD_COUNT_GUARDS)
def test_field_counts_of_unit_sizes(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


# A row break ends a size's phrase: the last cell of one row does not size the lesion labelling the next.
ROW_BREAKS = [
    ("Kidneys:\n| | Right kidney | Left kidney |\n| Length | 11.2 cm | 10.9 cm |\n| Cyst | 3.1 cm | none |", 31.0),
    ("Ovaries:\n| | Right ovary | Left ovary |\n| Size | 3.4 cm | 3.0 cm |\n| Cyst | 2.1 cm | none |", 21.0),
]


@pytest.mark.parametrize(("text", "size"), ROW_BREAKS)
def test_row_breaks_end_a_size_phrase(parser: ReportParser, text: str, size: float) -> None:
    # (only the size: the side of a column headed "Right kidney" is another class)
    assert [largest for *_, largest in lesions_of(parser, text)] == [size]
