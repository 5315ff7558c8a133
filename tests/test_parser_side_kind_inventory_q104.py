"""Lesion sides (quality104): the "side X for Y" kind of the development files, and sentences of our own.

Inventory (development files _57, _58 first, then _54-_56, _46-_50, _35-_42, _28-_31; id, fragment, expected ->
got at the start, cause). 60 rows of the kind at the start, 52 at the end (none new). Most are the scorer pairing a
gold lesion with another finding because of a size or organ error (a lesion not read, an extra one read from an
organ's size or the conclusion); the rows whose own side is wrong, by cause:

- A site on the body's midline named before the lesion, but not as a heading within its first words: the side the
  line before carried (a side heading's scope), or a side named later, went to it.
  oa021 "posterior neck in the midline: subcutaneous epidermoid cyst 15 x 12 mm": left -> None;
  nd044 "Site 3: lower back, midline, lumbar: 24 x 15 mm subcutaneous abscess": left -> None (2 rows).
  (midline_leads.py; a conclusion restating the lesion gives it no side either: restated.py)
- A one-side study's title side cancelled by a comparison look at the other limb: "Contralateral common femoral
  vein: phasic flow" made the report name the other side, so the title's side was not carried.
  oa011 "fluid collection tracking inferiorly": None -> left; nk005 "Baker cyst 42x18 mm": None -> left,
  "hyperechogenic oval lipoma 28x9 mm": None -> left (3 rows). (title_sides.py)
- "left" as a verb in the lesion's own clause ("9 mm, left alone"): read as the left side.
  np027 "Separate small collection at 6 o'clock" (right breast): left -> right; ni033 "smaller volar ganglion"
  (R wrist): left -> right (2 rows). (leaving_words.py)
- A bracketed aside comparing the lesion with the other side's part, after the lesion: its side was read as the
  lesion's own clause side. mw039 "effusion 7 mm (right hip 3 mm for comparison, normal)" (left hip): right ->
  left (1 row). (comparison_asides.py)

Left (side kind, not fixed here), by cause: pairing after a lesion not read or read twice (nz026, nx032, nx039,
ny023, nx002, nx046 x2, nw043, oa046, mw019, mz015, mz038, nd030, nd036, nf036, nf047, ni047, ni049, nk050, no002,
ns019, ns032, ns039, ng035, nd041, nq006, nq008, mx048, my033); table rows and form answers (nd033, np023, nk048,
no018 x3, mx050 x3, ne050, nk049, nq028); the indication's side for a one-lump exam ("lump in anterior right thigh",
nz006);
"Largest R level III ...; largest L level IV" after a bilateral group (nd034 x2); "L lower pole, mixed cystic and
solid, 17 mm" with no lesion noun (mx044); "bilateral hydroceles (R 6 mm, L 5 mm)" as two lesions (mw046); a
parathyroid beside the left lobe (nh022).
"""

from __future__ import annotations

import pytest
from parser_reading import SidedLesion, assert_lesion_sides

from udt.parser import ReportParser

ST, K, B, WR, KN, TH = "Soft tissues", "Kidney and ureter", "Breast", "Wrist and carpus", "Knee", "Thyroid gland"

# (text, [(organ, first size in mm, side), ...]): each sized lesion's side
ROWS = [
    # a midline site named before the lesion: no side, whatever the line before carried
    (
        "Left forearm, dorsal: normal.\nAt the patient's request, the upper back in the midline: subcutaneous "
        "lipoma 32 x 10 mm.",
        [(ST, 32, None)],
    ),
    (
        "Lump 1: R upper arm: 18 mm lipoma.\nLump 2: lower back, midline: 21 x 12 mm sebaceous cyst.",
        [(ST, 18, "right"), (ST, 21, None)],
    ),
    (
        "Right thigh: a lipoma 40 x 15 mm in the subcutis.\nIn the midline of the nape there is a subcutaneous "
        "epidermoid cyst 12 x 9 mm.",
        [(ST, 40, "right"), (ST, 12, None)],
    ),
    (
        "Right arm: lipoma 25 mm.\nSacral region, over the coccyx: pilonidal abscess 30 x 12 mm.\nConclusion: "
        "Lipoma of the right arm. Pilonidal abscess.",
        [(ST, 25, "right"), (ST, 30, None)],
    ),
    # guards: a side in the lead, or a midline named after the lesion, keeps the side
    ("Left lower back, near the midline: subcutaneous lipoma 28 mm.", [(ST, 28, "left")]),
    ("Right thigh: in the subcutis, a lipoma 46 x 18 mm, 3 cm from the midline.", [(ST, 46, "right")]),
    ("Thyroid: right lobe, solid nodule 9 mm near the midline.", [(TH, 9, "right")]),
    # a one-side study's title side, with a comparison look at the other limb
    (
        "Venous duplex, right lower limb\nIn the popliteal fossa a Baker's cyst 35 x 12 mm.\n"
        "Contralateral common femoral vein: compressible.",
        [(KN, 35, "right")],
    ),
    (
        "US of veins of the lower limb l. sin.\nSubcutis of the calf: lipoma 22 x 8 mm.\n"
        "Contralateral side: v. femoralis communis compressible.",
        [(ST, 22, "left")],
    ),
    (
        "Ultrasound left wrist\nDorsal ganglion 14 x 7 mm.\nThe other side was scanned for comparison: normal.",
        [(WR, 14, "left")],
    ),
    # guard: a lesion of the side pointed at keeps that side
    (
        "Ultrasound left breast\nAt 2 o'clock a 12 mm fibroadenoma.\nThe contralateral breast: simple cyst 8 mm at "
        "10 o'clock.",
        [(B, 12, "left"), (B, 8, "right")],
    ),
    # a bracketed comparison with the other side after the lesion
    (
        "Region 2: Left hip. Anterior recess distended, effusion 8 mm (right hip 2 mm for comparison, normal).",
        [("Hip groin and buttock", 8, "left")],
    ),
    ("Left knee: suprapatellar effusion 11 mm (contralateral knee 3 mm, normal).", [(KN, 11, "left")]),
    (
        "Right wrist: dorsal ganglion 9 mm (compared with the left wrist, where none is seen).",
        [(WR, 9, "right")],
    ),
    # guards: a bracket placing the lesion; a side before the lesion
    ("Thyroid: nodule 8 mm (right lobe, lower pole).", [(TH, 8, "right")]),
    ("Renal cyst on the left 22 mm (right kidney compared: normal).", [(K, 22, "left")]),
    # "left" as a verb in the lesion's clause
    (
        "RIGHT BREAST: abscess 30 x 20 mm at 9 o'clock, aspirated. A second small collection at 7 o'clock, 8 mm, "
        "left alone.",
        [(B, 30, "right"), (B, 8, "right")],
    ),
    (
        "Site: R wrist. Dorsal ganglion 15 mm, aspirated. A smaller volar ganglion, 5 mm - left untreated.",
        [(WR, 15, "right"), (WR, 5, "right")],
    ),
    ("Right kidney: 4 mm lower pole stone, left in situ after the procedure.", [(K, 4, "right")]),
    # guards: "left" as the side
    ("Right breast normal. Left breast: 8 mm cyst at 2 o'clock.", [(B, 8, "left")]),
    ("Kidneys: 6 mm stone in the left, alone in the lower pole.", [(K, 6, "left")]),
]


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_lesion_sides(parser: ReportParser, text: str, expected: list[SidedLesion]) -> None:
    assert_lesion_sides(parser, text, expected)
