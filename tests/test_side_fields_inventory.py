"""Side classes closed on the quality67 branch: their development inventory and new sentences of our own.

Inventory (development findings corpora _28, _29 and the first-wave files; id, fragment, expected -> got on main,
cause):

- mx024 (2 rows) "Baker cyst ... popliteal fossa l. dx.": right -> left. Latin "latus dexter" ("l. dx.", "l. sin.")
  was read as the English "l." (left); "dx." alone was no side without an anatomy word beside it.
  (foreign_sides.py: "l." before a Latin side abbreviation is that side)
- mx047 (4 rows) "Exam: US NECK SOFT TISSUE | Side: LEFT | ...", findings "Level IIa: oval node 2.4 cm": left ->
  None. A header field naming the examined side was no title (title_sides.py reads only the first line, and any
  later "Right neck: not examined" cancels a title). (side_fields.py) The same field as a checkbox form, mu050 (2
  rows) "Side: [x] Right [ ] Left [ ] Both", "Baker's cyst: [x] Yes 5.6 x 2.1 cm": right -> None.
- mw012 (1 row) "Left lobe: 45 mm. In the right lobe, a spongiform nodule of 13 mm, and a cyst of 5 mm": right ->
  left. The side a "Left lobe:" heading set overrode the side the lesion's own sentence opened with
  (opening_sides.py gave it first). (findings.py: the heading side is a fallback under the opening side)
- mw016 (1 row) "Kidneys: right 11,0 cm, ... Left 11,3 cm, cyst 1,1 cm in the sinus and concrement 5 mm in lower
  calyx": left -> right. An elliptic "Left 11,3 cm" sentence moved the kidney to its side only when it named no
  anatomy at all; the kidney's own unsided parts (the sinus, a calyx) kept the right kidney. (findings.py)
- mw043 (2 rows) "Remaining right lobe 4,9 cm. Two nodules: a) upper pole, 11 mm; b) lower pole, 14 mm ... Left
  thyroid bed: 7 mm area": right -> left. In a one-organ report the organ's one sided mention ("Left thyroid") gave
  its side to every unplaced lesion, though a bare lobe stood on the other side. (sites.py _single_organ,
  lobed_organs.lobe_sides)

- ms015 (1 row) "Left kidney 111x50 mm, in the lower calyx two concrements 6 and 4 mm. Cyst on the upper pole 38 mm":
  left -> right. The unsided part ending the sentence (the calyx) took the side of the site the sentence started
  from (the right kidney before it), not of the organ named earlier in the same sentence. (findings._move_site)
- mt014 (1 row) "Nodules: right caudal an echo-poor nodule 1,3 cm; right cranial a nodule 0,7 cm": right -> None.
  A lesion heading's clause ran past its colon over the next lesion's side word. (findings._regions)
- mt026 (guard, no row on main) "- Right thyroid lobe ... nodule in the mid portion.\n- Left lobe 4.7 cm with two
  nodules: ... in the lower pole": a sentence that turns to the other side with a bare lobe (no anatomy mention)
  does not inherit the side of the site before it. (findings._turned_side)

Left (other classes, or other kinds): mx050 side columns of an aligned table ("KIDNEYS  RIGHT  LEFT"); mx048 a
"| Side |" column whose row also holds the ovary's size (size kind); mw046 "bilateral hydroceles (R 6 mm, L 5 mm)"
one gold finding split in two; mw039 "(right hip 3 mm for comparison)" after the lesion's size; mw019 an extra
finding shifts position pairing; mx020 "Rt side: no abnormal node." (a negated line: no item tells its organ) then
"Thyroid: 6 mm nodule" takes right.
"""

from __future__ import annotations

import pytest

import udt

K, TH, LN, BR, KN, ST, AD = (
    "Kidney and ureter",
    "Thyroid gland",
    "Lymph nodes",
    "Breast",
    "Knee",
    "Soft tissues",
    "Adnexa",
)

# (text, [(organ, first size in mm, side), ...]): each sized lesion's side
ROWS = [
    # Latin "latus": "l. dx." is right, "l. sin." left; its "l." is no left
    ("Duplex of the leg veins, l. dx.\nIn the popliteal fossa l. dx. a Baker cyst 41 x 12 mm.", [(KN, 41, "right")]),
    ("Subcutaneous lipoma of the thigh l. dx., 3.2 cm, oval, avascular.", [(ST, 32, "right")]),
    ("Kidney l. sin.: simple cortical cyst 18 mm.\nKidney l. dx.: normal.", [(K, 18, "left")]),
    ("Ren l. dx. 11 cm with an upper pole cyst 2,1 cm.", [(K, 21, "right")]),
    # a "Side:" header field states the examined side
    (
        "REMOTE READ - NECK\nExam: US NECK | Side: RIGHT | Ref: ENT\nLevel II: oval node 1.9 cm, hilum absent.\n"
        "Level IV: node 9 mm.\nLeft neck: not imaged.",
        [(LN, 19, "right"), (LN, 9, "right")],
    ),
    ("BREAST US\nLaterality: Left\nAt 2 o'clock a 12 mm oval hypoechoic mass.", [(BR, 12, "left")]),
    ("BREAST US\nSide: [ ] Right [x] Left\nAt 10 o'clock a 7 mm simple cyst.", [(BR, 7, "left")]),
    ("BREAST US\nSide: [X] Right [ ] Left\nAt 10 o'clock a 7 mm simple cyst.", [(BR, 7, "right")]),
    ("PELVIS\nPatient: F 40 | Side: left | Prior: none\nAdnexa: complex cyst 4.1 cm.", [(AD, 41, "left")]),
    # the side a sentence opens with is its lesions' side, over a side heading before it
    (
        "Right lobe: 50 x 18 mm. Left lobe: 47 x 15 mm.\nIn the right lobe, a 12 mm spongiform nodule and a 4 mm "
        "colloid cyst.",
        [(TH, 12, "right"), (TH, 4, "right")],
    ),
    (
        "Left lobe: normal size.\nWithin the right lobe a solid nodule of 9 mm, TR4, and a cyst of 6 mm.",
        [(TH, 9, "right"), (TH, 6, "right")],
    ),
    # an elliptic side sentence moves the kidney to its side though it names the kidney's unsided parts
    (
        "Kidneys: right 10,8 cm, upper pole cyst 1,9 cm. Left 11,1 cm, cyst 14 mm in the sinus and a stone 6 mm in "
        "the lower calyx.",
        [(K, 19, "right"), (K, 14, "left"), (K, 6, "left")],
    ),
    (
        "Kidneys: R 11 cm, normal. L 10.5 cm, calculus 4 mm in the upper calyx.",
        [(K, 4, "left")],
    ),
    # an unsided part takes the side of its organ named earlier in the same sentence, not the site before
    (
        "Right kidney 10.5 cm, normal.\nLeft kidney 11 cm, in the lower calyx a 5 mm stone. Cyst at the upper pole "
        "21 mm.",
        [(K, 5, "left"), (K, 21, "left")],
    ),
    (
        "Right kidney 10 cm with a 7 mm stone. Left kidney 10.4 cm, at the renal pelvis a calculus 9 mm. Upper pole "
        "cyst 15 mm.",
        [(K, 7, "right"), (K, 9, "left"), (K, 15, "left")],
    ),
    # a lesion heading's colon ends its clause: the side after it is the next lesion's
    (
        "Thyroid: normal size.\nNodules: left upper pole a solid nodule 14 mm; left lower pole a cyst 5 mm.",
        [(TH, 14, "left"), (TH, 5, "left")],
    ),
    ("Thyroid gland.\nCysts: right mid a colloid cyst 6 mm.", [(TH, 6, "right")]),
    # a sentence that turns to the other side with a bare lobe does not inherit the side before
    (
        "- Right thyroid lobe 5.1 cm with a solid nodule in the mid portion, 21 mm.\n- Left lobe 4.6 cm with two "
        "nodules: a cyst in the lower pole, 8 mm, and a spongiform nodule in the upper pole, 4 mm.",
        [(TH, 21, "right"), (TH, 8, "left"), (TH, 4, "left")],
    ),
    # a one-organ report's sided mention does not place lesions under a bare lobe of the other side
    (
        "NECK US - post right hemithyroidectomy\nRemaining left lobe 45 x 16 mm. Two nodules:\n a) upper pole, "
        "spongiform, 9 mm\n b) mid pole, solid, 12 x 8 mm\nRight thyroid bed: 5 mm seroma.",
        [(TH, 9, "left"), (TH, 12, "left")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_side_classes(text: str, expected: list[tuple[str, int, str]]) -> None:
    report = udt.parse_report(text)
    got = {(f.organ, round(f.size_mm[0])): f.laterality for f in report.findings if f.kind == "lesion" and f.size_mm}
    for organ, size, side in expected:
        assert got.get((organ, size)) == side, (organ, size, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side heading of its own section is no header field: each section keeps its side
        ("BREASTS\nSide: Right\n12 mm cyst at 9 o'clock.\nSide: Left\n8 mm cyst at 3 o'clock.", ["right", "left"]),
        # a bilateral field names no one side
        ("BREAST US\nSide: bilateral\nAt 10 o'clock a 7 mm simple cyst.", [None]),
        # "Right side:" opening a line is a side heading, no header field
        ("NECK\nRight side: level III node 11 mm.\nLeft side: level II node 8 mm.", ["right", "left"]),
    ],
)
def test_fields_that_state_no_examined_side(text: str, expected: list[str | None]) -> None:
    report = udt.parse_report(text)
    assert [f.laterality for f in report.findings if f.kind == "lesion" and f.size_mm] == expected
