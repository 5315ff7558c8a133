"""Misses by organ (quality69): a lesion filed on another organ, or merged into another lesion. Inventory of the
development corpora (record: fragment -> expected; got before), grouped by cause; the test sentences are new,
several wordings for each class.

Class A, an age word that names no child patient: every organ re-filed under its paediatric counterpart, so each
lesion of the report sat on a Pediatric organ.
- mw026: "Child-Pugh A5" in a liver surveillance study -> three liver lesions (17, 9, 12); got three on Pediatric
  abdomen and retroperitoneum (the liver score's eponym read as "child").
- mw035: "Adolescent clinic (paediatric surgery). 17 y female" -> three breast lesions (34, 11, 3); got three on
  Pediatric gynaecological pathology and infant breast (a clinic's name beside a stated age of 17).

Class B, a lesion in the subcutis of a limb segment named after the lesion word, in a vein or joint study: filed on
the vessel or joint carried from the sentences before (the calf and the subcutis read as that study's regions).
- ms023: "US R LEG VEINS ... a small fluid collection in the medial calf subcutis, 6 mm deep" -> Soft tissues,
  right, 6; got Peripheral veins (the title's veins taken to hold the calf and its subcutis).
- mv019: "US RIGHT KNEE / CALF ... 2.3 cm oval hyperechoic lesion in the subcutaneous fat of the proximal R calf"
  -> Soft tissues, right, 23; got Peripheral veins (the calf veins of the sentence before).
- (outside the rows of this kind, the same class) ms035: "VENOUS DUPLEX - LEFT UPPER LIMB ... A 3.6 x 1.9 cm fluid
  collection in the L volar forearm at an old cannula site" -> Soft tissues; got Peripheral veins.
A limb segment with neither a layer nor a preposition placing a named lesion stays the extent of the study ("fluid
tracking down the calf" of a Baker's cyst, "an aneurysmal segment in the mid forearm" of a fistula).

Class C, the subcutis in a study of a body wall whose title line is long (a title of more than 80 characters was not
read as the study's organ): the layer filed the lesion on the soft tissues.
- mt029: "US of the anterior abdominal wall (painful lump at the caesarean scar, ...):" then "oval anechoic
  collection ... in the subcutaneous fat above the scar, 3.1 x 1.0 cm" -> Abdominal wall, 31; got Soft tissues.

Class D, a bare "fluid" measured by its layer, and the bare "liquid" of translated reports: no collection read, so the
second side's effusion merged into the first side's (the pleural space has fewer findings than the gold).
- mw020: "Right pleural cavity: free liquid, layer up to 4,5 cm ... Left pleural cavity: liquid layer 1,2 cm." ->
  two pleural collections (right 45, left 12); got the right one only.
- mx015: "on the right free liquid with layer thickness 46 mm ...; on the left liquid 18 mm." -> right 46, left 18;
  got the right one only.
A bare fluid naming a lesion's part ("a cyst with fluid content") is no collection of its own (it added one before).

Class E, a diagnosis after a comma read as naming a stone before it (an "appositive", as in "a lesion, a 5 mm cyst"):
the stones and the pericholecystic fluid merged into one finding.
- mx036: "GB: distended, multiple stones, largest approx 2 cm, wall 5mm, pericholecystic fluid +" -> the stones (20)
  and the fluid; got one fluid collection of 20 mm.

Class F, a bare fluid whose amount is written after it ("fluid small."), read as no collection: the gallbladder had
only its stones.
- mw011: "GALLBLADDER: ... multiple hyperechoic images ..., the biggest 14 mm ... Perivesicular fluid small." -> the
  stones and a fluid collection; got the stones only (and a structure finding).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


AGE_CUE_ROWS: list[tuple[str, list[Lesion]]] = [
    (
        "Cirrhosis, Child-Pugh B7. Liver: coarse, nodular outline. Segment 6: hyperechoic nodule 14 mm.",
        [("Liver", "nodule", None, 14.0)],
    ),
    (
        "HCC screening. Child-Pugh class A. A 21 mm hypoechoic lesion in segment 3 of the liver.",
        [("Liver", None, None, 21.0)],
    ),
    ("Woman of child-bearing age. Right ovary: simple cyst 32 mm.", [("Adnexa", "cyst", "right", 32.0)]),
    (
        "Paediatric surgery clinic. 17 y F. Left breast: oval circumscribed mass 18 mm at 3 o'clock.",
        [("Breast", "mass", "left", 18.0)],
    ),
    (
        "Referred from the pediatric department. Patient aged 16. Right breast 10 o'clock: simple cyst 6 mm.",
        [("Breast", "cyst", "right", 6.0)],
    ),
    ("Paediatric outpatients, 17 y M. Right testis: 4 mm hypoechoic nodule.", [("Scrotum", "nodule", "right", 4.0)]),
    # A stated age under 16, or no age at all beside the department's name: a child.
    (
        "Paediatric surgery clinic, 12 y F. Left breast: oval mass 18 mm at 3 o'clock.",
        [("Pediatric gynaecological pathology and infant breast", "mass", "left", 18.0)],
    ),
    ("Pediatric ward. Right kidney: cyst 9 mm.", [("Pediatric urinary tract", "cyst", "right", 9.0)]),
]


@pytest.mark.parametrize(("text", "expected"), AGE_CUE_ROWS, ids=[r[0][:40] for r in AGE_CUE_ROWS])
def test_age_word_naming_no_child(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


LIMB_SUBCUTIS_ROWS: list[tuple[str, list[Lesion]]] = [
    (
        "US LEFT LEG VEINS\nCFV, FV and popliteal vein compressible. A 3 cm haematoma in the subcutaneous fat of the "
        "mid calf.",
        [("Soft tissues", "fluid collection", "left", 30.0)],
    ),
    (
        "RIGHT LEG VEINS. Popliteal vein patent. Small fluid collection within the medial calf subcutis, 8 mm deep.",
        [("Soft tissues", "fluid collection", "right", 8.0)],
    ),
    (
        "US RIGHT KNEE\nJoint: small effusion 5 mm. Incidental 12 mm oval hypoechoic nodule in the subcutis of the "
        "distal thigh.",
        [("Knee", "fluid collection", "right", 5.0), ("Soft tissues", "nodule", "right", 12.0)],
    ),
    (
        "Left leg venous duplex: no DVT. Collection in the calf subcutaneous tissues 2.1 x 0.8 cm.",
        [("Soft tissues", "fluid collection", "left", 21.0)],
    ),
    (
        "VENOUS DUPLEX - RIGHT UPPER LIMB\nCephalic vein: thrombus. A 2.8 x 1.5 cm fluid collection in the right "
        "volar forearm at the cannula site.",
        [("Peripheral veins", None, "right", None), ("Soft tissues", "fluid collection", "right", 28.0)],
    ),
    (
        "US RIGHT KNEE AND CALF\nPopliteal fossa: Baker's cyst 4,2 x 1,8 cm, ruptured, with fluid tracking down the "
        "medial calf.",
        [("Knee", "cyst", "right", 42.0), ("Knee", "fluid collection", "right", None)],
    ),
    (
        "AV FISTULA DUPLEX, LEFT ARM\nFistula patent. A 1.9 x 1.2 cm partially thrombosed aneurysmal segment in the "
        "mid forearm.",
        [("Dialysis fistula", None, "left", 19.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LIMB_SUBCUTIS_ROWS, ids=[r[0][:40] for r in LIMB_SUBCUTIS_ROWS])
def test_limb_subcutis_after_the_lesion(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


WALL_TITLE_ROWS: list[tuple[str, list[Lesion]]] = [
    (
        "US of the anterior abdominal wall (tender swelling at the caesarean section scar, worse during menses):\n"
        "Oval anechoic collection in the subcutaneous fat above the scar, 2.8 x 0.9 cm, in keeping with a seroma.",
        [("Abdominal wall", "fluid collection", None, 28.0)],
    ),
    (
        "Ultrasound of the abdominal wall - referred by the surgical team for a tender lump near the port site:\n"
        "Within the subcutaneous tissues an oval hypoechoic lesion of 15 mm, likely a suture granuloma.",
        [("Abdominal wall", None, None, 15.0)],
    ),
    (
        "US ANTERIOR ABDOMINAL WALL\nPainful lump at the laparotomy scar. A 2.4 x 1.1 cm anechoic collection in the "
        "subcutaneous fat just beneath the scar, likely a seroma.",
        [("Abdominal wall", "fluid collection", None, 24.0)],
    ),
    # Another site named in the layer's sentence places it.
    (
        "US ABDOMINAL WALL\nA 2 cm lipoma in the subcutaneous fat of the left thigh.",
        [("Soft tissues", "mass", "left", 20.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), WALL_TITLE_ROWS, ids=[r[0][:40] for r in WALL_TITLE_ROWS])
def test_subcutis_in_a_wall_study(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


LAYER_FLUID_ROWS: list[tuple[str, list[Lesion]]] = [
    (
        "Right pleural cavity: free fluid, layer up to 3,5 cm. Left pleural cavity: fluid layer 1,4 cm.",
        [("Pleural space", "fluid collection", "right", 35.0), ("Pleural space", "fluid collection", "left", 14.0)],
    ),
    (
        "Pleural cavities: on the right free liquid with layer thickness 38 mm; on the left liquid 15 mm.",
        [("Pleural space", "fluid collection", "right", 38.0), ("Pleural space", "fluid collection", "left", 15.0)],
    ),
    ("Left pleural cavity: liquid, layer 15 mm.", [("Pleural space", "fluid collection", "left", 15.0)]),
    (
        "Pelvis: free liquid 12 mm in the pouch of Douglas.",
        [("Peritoneum mesentery and omentum", "fluid collection", None, 12.0)],
    ),
    # A lesion's content or component: no collection.
    ("Left kidney: simple cyst 34 mm with liquid content.", [("Kidney and ureter", "cyst", "left", 34.0)]),
    ("Left kidney: simple cyst with fluid content, 34 mm.", [("Kidney and ureter", "cyst", "left", 34.0)]),
    ("Right ovary: complex lesion 52 mm with solid and liquid components.", [("Adnexa", None, "right", 52.0)]),
]


@pytest.mark.parametrize(("text", "expected"), LAYER_FLUID_ROWS, ids=[r[0][:40] for r in LAYER_FLUID_ROWS])
def test_bare_fluid_measured_by_its_layer(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


STONE_APPOSITION_ROWS: list[tuple[str, list[Lesion]]] = [
    (
        "Gallbladder: contracted, several stones, the largest 15 mm, wall 4 mm, pericholecystic fluid present.",
        [
            ("Gallbladder and bile ducts", None, None, 15.0),
            ("Gallbladder and bile ducts", "fluid collection", None, None),
        ],
    ),
    (
        "GB: multiple calculi, largest 9 mm, wall 6 mm, small amount of pericholecystic fluid.",
        [
            ("Gallbladder and bile ducts", None, None, 9.0),
            ("Gallbladder and bile ducts", "fluid collection", None, None),
        ],
    ),
    # A stone named again in apposition is the same stone; an unnamed lesion is still named by its apposition.
    ("Gallbladder: one stone, a 12 mm calculus in the neck.", [("Gallbladder and bile ducts", None, None, 12.0)]),
    ("Right kidney: a lesion, a 12 mm simple cyst, at the lower pole.", [("Kidney and ureter", "cyst", "right", 12.0)]),
]


@pytest.mark.parametrize(("text", "expected"), STONE_APPOSITION_ROWS, ids=[r[0][:40] for r in STONE_APPOSITION_ROWS])
def test_stone_is_named_no_apposition(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


AMOUNT_AFTER_ROWS: list[tuple[str, list[Lesion]]] = [
    (
        "Gallbladder: distended, stones. Perivesicular fluid small, Murphy positive.",
        [
            ("Gallbladder and bile ducts", None, None, None),
            ("Gallbladder and bile ducts", "fluid collection", None, None),
        ],
    ),
    (
        "Right kidney: 11 cm, a 9 mm stone at the lower pole. Perirenal fluid minimal.",
        [("Kidney and ureter", None, "right", 9.0), ("Kidney and ureter", "fluid collection", "right", None)],
    ),
    # Not an amount closing the clause: no collection.
    ("Stomach: fluid small in amount.", []),
]


@pytest.mark.parametrize(("text", "expected"), AMOUNT_AFTER_ROWS, ids=[r[0][:40] for r in AMOUNT_AFTER_ROWS])
def test_bare_fluid_with_its_amount_after(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected
