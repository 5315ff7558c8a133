"""Lesion sides (quality89): the "side X for Y" kind of the development files, and sentences of our own.

Inventory (development files _46, _47, _48 first, then _35-_42 and _28-_31; id, fragment, expected -> got on main,
cause). 64 rows of the kind in those files at the start.

Fixed here, by class:

- A dialysis access's arm, named once where the access is introduced, not carried to the access's lesions: the
  one-side-of-an-organ rule ran before the collections were moved from the arm's veins and soft tissues onto the
  access, and a side named beside the access word ("Cimino fistula, left forearm") was no side of the mention;
  a second arm named for its own veins ("Right arm: V. subclavia patent") also cancelled the title's side.
  no035 "hypoechoic hematoma 2,8 x 1,1 cm", "anechoic seroma 1,6 cm": None -> left (2 rows); nq001 "small
  haematoma at needling site 2, 24 x 9 mm": None -> left; mz016 "perivascular haematoma 31 x 12 x 20 mm", "second
  small collection, 8 mm": None -> left (2 rows); my050 "PERIFISTULA_COLLECTION=present": None -> left.
  (access_sides.py)
- A kidney graft's lesions took the side of the iliac fossa it lies in, which every writer leaves unsided (the
  graft is one organ; the native kidneys keep their sides): nj043 "Renal transplant, right iliac fossa: ... Small
  lymphocele", "Upper pole cortical cyst 9 mm": right -> None (2 rows); nq050 "Kidney graft (left iliac fossa) ...
  two cysts of 9 and 13 mm": left -> None (2 rows). The ontology now declares the transplant kidney unpaired and
  names it "kidney graft", "renal graft" too. (paired_parts.unside_parts, ontology/udt.owl)
- A bilateral group measured side by side with no separators read the group's "bilat" and the next item's side
  into the first item: nq048 "bilat pleural effusions R 2 cm L 3.5 cm": right -> bilateral. A bare side word right
  before each size now opens its list item. (findings._list_sides)

Left (side kind, not fixed here): a graft named only "Graft" (nq006 "Graft in the right iliac fossa ... Perigraft
collection", nq008 "Graft (left iliac fossa) ... 4 mm calculus": left -> None; "graft" alone is also a dialysis or
vascular graft); German side abbreviations in a table column and in headings (no018 "| re |", no045 "RECHTS /
right:"); a side named after the organ in a field label (np010 "Testis left: ... Focal lesion: yes - 1,1 cm", np020
"Gl. submandibularis right: ... Concrement ... 6 mm": None -> left/right); a bilateral statement followed by
per-side items (np021 "Lungs: B-lines bilat. Pleura R: effusion ... L: small effusion", the lungs' "bilat."
carried past "Pleura R:"; ni028 "Kidneys: ..., R upper pole 3 mm cyst": right -> bilateral); side table columns
whose rows the parser merges
(np023, nq028, nk048, nk050: the merge first); a list item's side ("#1 right, middle third:", no037); a title's leg
carried past the other leg's line (no044, nk005 "l. sin."); a previous lesion's side carried into a midline part
(nd044 "lower back, midline", ng035 "Interscapular back", nq025 "presternal"); and single rows of other causes
(mw019, mw039, mw046, mx044, mx048, mz015, mz038, nd029, nd030, nd033, nd034, nd036, ne050, nf036, nf047, nh022,
ni033, ni047, ni049, nj023, nk026, nk049, np027).
"""

from __future__ import annotations

import pytest
from parser_reading import SidedLesion, assert_lesion_sides

from udt.parser import ReportParser

K, DF, TH, ST = "Kidney and ureter", "Dialysis fistula", "Thyroid gland", "Soft tissues"
PL, SC = "Pleural space", "Scrotum"

# (text, [(organ, first size in mm, side), ...]): each sized lesion's side
ROWS = [
    # the arm of a dialysis access, named once where the access is introduced
    (
        "HAEMODIALYSIS ACCESS CHECK\nAccess: R brachiocephalic AVF.\nOutflow cephalic vein: 6.1 mm, depth 5 mm.\n"
        "Perivascular: haematoma at the arterial needling site, 18 x 7 mm.",
        [(DF, 18, "right")],
    ),
    (
        "Patient dialyses via a L radiocephalic AVF. Outflow vein 6 mm, stenosis 40 %.\n"
        "Venous cannulation zone: aneurysmal segment 13 mm. Adjacent perivascular seroma 12 x 6 mm.",
        [(DF, 12, "left")],
    ),
    (
        "Fistula duplex (Brescia-Cimino AVF, left wrist)\nAnastomosis patent. Outflow vein 5.5 mm.\n"
        "Perifistular haematoma 22 x 9 mm.\nRight arm: cephalic vein patent, compressible.",
        [(DF, 22, "left")],
    ),
    (
        "Shunt control (left forearm AV fistula)\nFlow volume 540 ml/min.\nAt the puncture zone: hematoma 3,1 x 1,2 "
        "cm. Proximally an anechoic seroma 1,4 cm.\nRight arm: basilic vein patent.",
        [(DF, 31, "left"), (DF, 14, "left")],
    ),
    # guard: a lesion in the other arm keeps its own side and organ
    (
        "Access: left radiocephalic AVF, flow 800 ml/min. Perifistular seroma 10 mm.\n"
        "Right forearm: subcutaneous lipoma 21 x 8 mm.",
        [(DF, 10, "left"), (ST, 21, "right")],
    ),
    # a kidney graft in an iliac fossa: its lesions have no side; the native kidneys keep theirs
    (
        "Renal transplant, left iliac fossa: 11.9 cm. RI 0.70.\nLymphocele medial to the lower pole, 40 x 28 mm.\n"
        "Upper pole cortical cyst 8 mm.\nNative kidneys: right 8.2 cm with a 14 mm cyst.",
        [(K, 40, None), (K, 8, None), (K, 14, "right")],
    ),
    (
        "Kidney graft (right iliac fossa): 12 cm, RI 0.7. Upper pole simple cyst 11 mm.",
        [(K, 11, None)],
    ),
    (
        "SPK review. Renal graft in the left iliac fossa 11 cm, two cortical cysts of 7 and 10 mm.",
        [(K, 7, None), (K, 10, None)],
    ),
    # a terse bilateral group measured side by side with no separators: each size's own side word
    (
        "bilat pleural effusions R 2 cm L 3.5 cm.",
        [(PL, 20, "right"), (PL, 35, "left")],
    ),
    (
        "Bilateral hydroceles R 9 mm L 6 mm, septated on the left.",
        [(SC, 9, "right"), (SC, 6, "left")],
    ),
    # guard: one bilateral lesion whose larger side is named stays bilateral; separated items keep their sides
    (
        "Bilateral hydroceles, larger on the left (8 mm).",
        [(SC, 8, "bilateral")],
    ),
    (
        "Renal cysts bilaterally: R 3 mm, L 4 mm.",
        [(K, 3, "right"), (K, 4, "left")],
    ),
    # guard: a native kidney's side stays
    (
        "Left kidney 10.2 cm with an upper pole cyst of 19 mm.",
        [(K, 19, "left")],
    ),
    # guard: a side heading before the isthmus stays off its nodule; a lobe's nodule keeps its side
    (
        "Right lobe: 8 mm nodule.\nIsthmus: a 4 mm nodule.",
        [(TH, 8, "right"), (TH, 4, None)],
    ),
    # guard: a soft-tissue lump in an arm, in a report about no access, keeps the arm's side
    (
        "Left forearm: subcutaneous lipoma 24 x 10 mm.",
        [(ST, 24, "left")],
    ),
]


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_lesion_sides(parser: ReportParser, text: str, expected: list[SidedLesion]) -> None:
    assert_lesion_sides(parser, text, expected)
