"""Lesion sides (quality109): the "side X for Y" kind of the development files, and sentences of our own.

Inventory (development files _62-_64 first, then _54-_58, _46-_50, _35-_42, _28-_31; id, fragment, expected ->
got at the start, cause). 76 rows of the kind at the start. The rows fixed here, by cause:

- A side table's row label takes the size of one side's cell while the other side's cell names a lesion of its
  own: both side cells hold a size, so the label got no side. og044 "| Cysts | multiple simple, largest 1.6 cm |
  3.1 cm cyst, interpolar |": None -> right; og008 "| Cysts | innumerable, largest 4.8 cm upper pole | ...":
  None -> right (2 rows). The label now takes the side of the cell that writes its size (table_sides.py).
- A sizeless row label not folded into the lesion its side cell names, when the row opens with a bar (the empty
  cell before it counted as the row's first cell): og035 "| Cysts | 2 simple cysts, 1.2 and 2.7 cm | none |":
  the scorer paired the 2.7 cm cyst with the label, None -> right (1 row). (table_sides.py)
- A side table whose header names each column in a few words, not a bare side: "| | right lobe | left lobe |",
  "| | PRAWA / RIGHT | LEWA / LEFT |", "| | right pleural cavity | left pleural cavity |": no side table was read.
  of008 "hypoechoic nodule 12 x 8 x 9 mm": left -> right, "two isoechoic nodules: 7 mm": right -> left,
  "5 mm, EU-TIRADS 3": None -> left; of009 "cyst 8 mm": bilateral -> right, "cyst 5 mm": left -> right, "lymph
  node 24 x 15 mm": None -> left; of012 "45 mm thick layer": left -> right (7 rows). Only a table's first row is
  read so (a later row's cells are the data), and only cells of at most four words, without a number.
- A lesion list inside one side's cell ("two isoechoic nodules: 7 mm and 5 mm") was split over the row's side
  cells as a row label's sizes are; it keeps its own cell's side (part of of008's rows above).
- A side abbreviation's full stop right before a heading's colon ("Regio poplitea sin.: Baker's cyst 38 x 12 mm")
  ended the sentence there, so the heading's side never reached the lesion after the colon. of018 "Baker's cyst
  38 x 12 mm": None -> left (1 row). A stop glued to a colon now ends no sentence (sentences.py).

Left (side kind, not fixed here): row-per-lesion tables whose side is a column value ("| N1 | Right lobe, upper
third |", "| 1 | R, middle third |", "| III | right | 12 x 6 mm", "| 1 | Right breast, 9 h |": og007 x2, og025 x2,
nz026 x2, of042, of043, of045, np023, nk048) -- their rows are not read as lesions (size and merge kinds first);
a Latin side in the title ("US Genu li. / soft tissues": oe041); a Chinese-style
"Right kidney ... in lower calyx see a strong echo" (oe023); and the rows listed as left by quality104.
"""

from __future__ import annotations

import pytest
from parser_reading import SidedLesion, assert_lesion_sides

from udt.parser import ReportParser

K, TH, B, AX, PL, KN = "Kidney and ureter", "Thyroid gland", "Breast", "Axilla", "Pleural space", "Knee"

ROWS: list[tuple[str, list[SidedLesion]]] = [
    # a row label taking one side cell's size, the other side's cell naming its own lesion
    (
        "US kidneys\n| | Right | Left |\n| Length | 10.9 cm | 11.4 cm |\n"
        "| Cysts | several simple, largest 2.3 cm | 4.2 cm cyst, lower pole, one septum |\n",
        [(K, 23, "right"), (K, 42, "left")],
    ),
    (
        "Renal tract\n| | RIGHT | LEFT |\n| Kidney length | 11.5 cm | 11.0 cm |\n"
        "| Cysts | innumerable, largest 5.2 cm interpolar | complex cyst 3.4 cm, upper pole |\n",
        [(K, 52, "right"), (K, 34, "left")],
    ),
    # a sizeless row label after a leading bar: folded into the lesion its cell names, which keeps its side
    (
        "Renal US\n| | Right | Left |\n| Length | 10.1 cm | 10.6 cm |\n"
        "| Cysts | none | 2 simple cysts, 1.4 and 3.3 cm |\n",
        [(K, 14, "left"), (K, 33, "left")],
    ),
    # a header naming each column in a few words
    (
        "Thyroid US\n| | right lobe | left lobe |\n| size | 17 x 19 x 46 mm | 16 x 18 x 43 mm |\n"
        "| nodules | solid hypoechoic nodule 14 x 9 mm | spongiform nodule 8 mm |\n",
        [(TH, 14, "right"), (TH, 8, "left")],
    ),
    (
        "Breasts and axillae\n| | PRAWA / RIGHT | LEWA / LEFT |\n| breast | cyst 6 mm at 10 o'clock | normal |\n"
        "| axilla | normal | lymph node 21 x 12 mm without hilum |\n",
        [(B, 6, "right"), (AX, 21, "left")],
    ),
    (
        "Chest US\n| | right pleural cavity | left pleural cavity |\n| effusion | 38 mm thick layer, anechoic | 72 mm, "
        "with septations |\n| lung | atelectasis | normal |\n",
        [(PL, 38, "right")],
    ),
    # a list inside one side's cell keeps that side
    (
        "Thyroid\n| | right lobe | left lobe |\n| focal lesions | none | two isoechoic nodules: 9 mm and 6 mm |\n",
        [(TH, 9, "left"), (TH, 6, "left")],
    ),
    # a stop before a heading's colon ends no sentence: the heading's side reaches the lesion after it
    ("Fossa poplitea sin.: Baker's cyst 41 x 15 mm, septated.\nGenus dx.: effusion 7 mm.", [(KN, 41, "left")]),
    ("Popliteal fossa, left.: Baker's cyst 29 x 11 mm.", [(KN, 29, "left")]),
    ("Mamma re.: simple cyst 8 mm.\nMamma li.: cyst 12 mm at 2 o'clock.", [(B, 8, "right"), (B, 12, "left")]),
    # guard: a stop and a space before a colon-less line keep their sentence break
    ("Right knee: effusion 6 mm.\nLeft popliteal fossa: Baker's cyst 33 x 10 mm.", [(KN, 33, "left")]),
    # guard: a space-aligned table, whose label shares the first column's cell, splits the label's sizes as before
    (
        "RENAL US\n             RIGHT                  | LEFT\n"
        "Cysts:       nil                    | 1 simple cyst, 23 mm\n"
        "Calculi:     4 mm upper pole        | 7 x 5 mm at the PUJ\n",
        [(K, 23, "left"), (K, 4, "right"), (K, 7, "left")],
    ),
    # guards: a bare side header, and a label split over both side cells, as before
    (
        "| | Right | Left |\n| Calculi | 5 mm lower pole | 8 x 6 mm at the PUJ |\n",
        [(K, 5, "right"), (K, 8, "left")],
    ),
    (
        "Kidneys:\n| | RIGHT | LEFT |\n| Cysts | 2 (3.5 cm, 1.1 cm) | 1 (2.2 cm) |\n",
        [(K, 35, "right"), (K, 11, "right"), (K, 22, "left")],
    ),
]


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_lesion_sides(parser: ReportParser, text: str, expected: list[SidedLesion]) -> None:
    assert_lesion_sides(parser, text, expected)
