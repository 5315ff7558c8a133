"""Inventory: gold lesions the findings benchmark pairs with no parsed finding (issue 11).

``benchmarks/_parser_scoring.py`` pairs each gold lesion with a parsed lesion finding of the same organ; a gold
lesion with none loses both its size and its side, and one paired with the wrong finding (because its own is
missing) loses them too. Inventory of the unmatched gold lesions on the development findings files
(``reports_multiorgan_findings.jsonl``, ``_2``, ``_4``, ``_6``, ``_7``, ``_9``), by cause (ids; a short fragment).
At the start of this round (main at bec8423) 49 were unmatched; main's echo_areas.py and size_lists.py rounds,
merged in meanwhile, closed 14 of them; this round closed 6 more; 29 remain:

- lesion word that made no lesion finding: o048 / mc026 "hyperechoic inclusion", j035 "hypoechoic focus" (closed
  on main: echo_areas.py); j031 "Small L haemothorax, 12 mm" (closed here: "haemothorax" is a related synonym of
  pleural effusion, related so that no typo form claims "hemithorax"); open: j031 "3 cm hypoechoic area in the
  lower pole of the spleen" (1);
- free fluid in the organ described before (closed here, 5: loose_fluid.py): i044 "RUQ/Morison's: trace free fluid"
  (gallbladder), mc002 / mc032 "POD: ... free fluid" (ovary, kidney), mc014 "Free fluid in cul de sac", mc009
  "Pelvis: free fluid behind bladder" (no organ);
- other fluid (open, 5): mc010 "ascites, deepest pocket 11 cm RLQ" (the appendix, by the region word) and "L side
  small, 2 cm" (an elliptic effusion), mc045 "Chest R: effusion ... Chest L: effusion" (a body-system heading: no
  organ once the report names an abdominal one; closed by chest_effusions.py), i050 "perisplenic fluid" (gold: the
  spleen);
- a table row per lesion (open, 7): mc011 x3 ("2 | R lower | 6 x 5 x 5"), mc019 x4 ("Right | upper calyx | 5 mm");
  j005 x2, mc033, mc038 closed on main or by the lesion words;
- several sizes of one sentence (closed on main, size_lists.py: mc008 x2, mc036 x2, mc044, mc047, mc028) but o069
  "a dominant 3.7 cm upper pole AML (previously 3.1 cm) plus smaller ones up to 1 cm" x2 (open);
- lesion placed in another organ (open, 12): o007 "left adrenal adenoma", o068 "supraclavicular fossa: ... node"
  (axilla), o070 "Lesion 2: left thigh" (knee), j023 "gallstones" after a knee section, i045 "lymph node in the
  mesentery" (gold: peritoneum), mc020 "hydrocele" (a hip), mc029 "right kidney has a 3 cm simple cyst" in an
  unpunctuated run (the liver), mc032 "Wound: subcutaneous collection" x2 (gold: abdominal wall), j038 "R: cyst
  13mm @ 12 o'c" after an axilla line, mc035 "Retrocalcaneal bursal fluid 4 mm" (foot); i024 closed on main;
- count word without a noun: j018 "L: several, up to 4mm" (closed: a group pronoun), mc009 "Mesenteric nodes RIF,
  several enlarged" (open);
- parathyroid lesion filed under the thyroid (open, 1): i017 (a long clause between the nodule and "consistent with
  a parathyroid adenoma").

The rows below are passages written for this file, one class at a time: the fixed classes assert the lesion is
paired with the right size and side; ``OPEN`` rows assert the gap still stands (move a row to ``ROWS`` when its
class is fixed).
"""

from __future__ import annotations

import pytest
from parser_reading import matched_lesions

from udt.parser import ReportParser

K, SP, PL, SC, LI = "Kidney and ureter", "Spleen", "Pleural space", "Scrotum", "Liver"
PE, AD, TH = "Peritoneum mesentery and omentum", "Adnexa", "Thyroid gland"

Gold = list[tuple[str, str | None, str | None, float | None, str]]  # (organ, diagnosis, side, size_mm, quote)

ROWS: list[tuple[str, Gold]] = [
    # -- "focus", "foci", "inclusion" described by their echogenicity: a lesion of unstated nature (echo_areas.py)
    (
        "Right kidney 10.4 cm. In the mid pole a 6 mm hyperechoic focus without shadowing. Left kidney normal.",
        [(K, None, "right", 6, "6 mm hyperechoic focus")],
    ),
    (
        "Spleen: 12 cm. Two hypoechoic foci in the upper pole, the larger 7 mm.",
        [(SP, None, None, 7, "Two hypoechoic foci")],
    ),
    (
        "Left kidney: in the sinus a hyperechogenic inclusion of 4 mm, no acoustic shadow.",
        [(K, None, "left", 4, "hyperechogenic inclusion of 4 mm")],
    ),
    (
        "Kidneys of normal size. In the right kidney, lower segment, hyperechoic inclusion 0,5 cm without shadow.",
        [(K, None, "right", 5, "hyperechoic inclusion 0,5 cm")],
    ),
    (
        "Organ | Side | Finding | Size\nTestis | L | hypoechoic focus | 7 mm\nTestis | R | - | normal",
        [(SC, None, "left", 7, "hypoechoic focus")],
    ),
    # -- "haemothorax": blood in the pleural space, scored as a pleural fluid collection
    (
        "eFAST. RUQ negative. Pleura: sliding absent on the left. Small left haemothorax, 15 mm depth.",
        [(PL, "fluid collection", "left", 15, "Small left haemothorax")],
    ),
    (
        "Chest: right haemothorax, 3.2 cm deep, with echogenic debris.",
        [(PL, "fluid collection", "right", 32, "right haemothorax")],
    ),
    # -- free fluid under a recess or region heading: the peritoneum, not the organ described before
    (
        "Right ovary: 2.4 cm dermoid cyst. Left ovary normal.\nPOD: small volume of free fluid, 9 mm deep.",
        [(AD, "cyst", "right", 24, "2.4 cm dermoid cyst"), (PE, "fluid collection", None, 9, "free fluid")],
    ),
    (
        "Gallbladder: multiple stones, the largest 12 mm.\nHepatorenal pouch: trace free fluid.",
        [(PE, "fluid collection", None, None, "trace free fluid")],
    ),
    (
        "Uterus 8 cm, 2 cm posterior wall fibroid. Free fluid in the cul-de-sac, 15 mm.",
        [(PE, "fluid collection", None, 15, "Free fluid")],
    ),
    (
        "Right kidney mild hydronephrosis. Left kidney normal.\nPelvis: 2 cm pocket of free fluid.",
        [(PE, "fluid collection", None, 20, "free fluid")],
    ),
    (
        "Boy, 7 years. Appendix 8 mm, non-compressible. Pelvis: free fluid behind the bladder, 12 mm.",
        [("Pediatric abdomen and retroperitoneum", "fluid collection", None, 12, "free fluid")],
    ),
    # near misses: free fluid after a joint stays there; one its own sentence places stays where it is placed
    (
        "Right knee: 12 mm parameniscal cyst. Small free fluid, 5 mm.",
        [("Knee", "cyst", "right", 12, "parameniscal cyst"), ("Knee", "fluid collection", "right", 5, "free fluid")],
    ),
    (
        "Left testis: 8 mm intratesticular cyst. Small amount of free fluid, 4 mm deep.",
        [
            ("Scrotum", "cyst", "left", 8, "intratesticular cyst"),
            ("Scrotum", "fluid collection", "left", 4, "free fluid"),
        ],
    ),
    (
        "Left ovary: 3 cm simple cyst. Free fluid around the left ovary, 8 mm.",
        [(AD, "cyst", "left", 30, "simple cyst"), (AD, "fluid collection", "left", 8, "Free fluid")],
    ),
    # near miss: a node of the peritoneal organ measured after the free fluid measures the node, not the fluid
    (
        "Right ovary: 3 cm cyst. Small free fluid in POD.\nABDOMEN: appendix normal. Mesenteric nodes oval, "
        "14 x 7 mm, normal vascularity.",
        [(AD, "cyst", "right", 30, "3 cm cyst"), (PE, "fluid collection", None, None, "free fluid")],
    ),
    # -- several sizes of one sentence, one lesion each (closed on main by size_lists.py)
    (
        "Liver: 3 metastases, 3.1 cm, 2.2 cm and 1.4 cm.",
        [(LI, "mass", None, 31, "3.1 cm"), (LI, "mass", None, 22, "2.2 cm"), (LI, "mass", None, 14, "1.4 cm")],
    ),
    (
        "Right kidney 11 cm: 2 stones, 4 mm and 9 mm, no hydronephrosis.",
        [(K, None, "right", 4, "4 mm"), (K, None, "right", 9, "9 mm")],
    ),
    # -- a table row per lesion, the lesion word only in the caption (closed: lesion_lists.py reads tables)
    (
        "Stone log\nSide | Calyx | Size\nLeft | upper | 6 mm\nLeft | lower | 9 mm",
        [(K, None, "left", 6, "upper | 6 mm"), (K, None, "left", 9, "lower | 9 mm")],
    ),
    # -- a count word without its noun (closed: pronoun_lesions.py reads GROUP_PRONOUNS)
    (
        "Thyroid: R lobe 18 mm nodule. L: several, up to 5mm.",
        [(TH, "nodule", "right", 18, "18 mm nodule"), (TH, "nodule", "left", 5, "several")],
    ),
    # -- a table row per lesion, the lesion word only in the header (closed: the line break before a row ends the
    # clause of the row above, so each row's side is its own)
    (
        "Thyroid lobes normal size.\nNo. | Site | Size (mm) | TR\n1 | R upper | 12 x 9 x 8 | TR3\n"
        "2 | L lower | 7 x 6 x 5 | TR2",
        [(TH, "nodule", "right", 12, "1 | R upper"), (TH, "nodule", "left", 7, "2 | L lower")],
    ),
    # -- a bare "effusion" under a body-system heading ("Chest") in a report that names an abdominal organ
    ("Chest R: effusion 6 cm deep. Liver: 2 cm cyst.", [(PL, "fluid collection", "right", 60, "effusion")]),
]


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


@pytest.mark.parametrize(("text", "gold"), ROWS)
def test_each_gold_lesion_is_paired_with_its_size_and_side(parser: ReportParser, text: str, gold: Gold) -> None:
    assert matched_lesions(parser, text, gold) == [(organ, side, size) for organ, _, side, size, _ in gold]


# Classes still open (see the module docstring), in passages written for this file: each asserts the gap still
# stands, so that whoever closes a class moves its rows into ROWS above.
# (The bare "effusion" under a "Chest R:" heading beside an abdominal organ is closed: chest_effusions.py; its row
# is in ROWS.)
OPEN: list[tuple[str, Gold]] = []


@pytest.mark.parametrize(("text", "gold"), OPEN)
def test_open_classes_still_lose_a_lesion(parser: ReportParser, text: str, gold: Gold) -> None:
    assert matched_lesions(parser, text, gold) != [(organ, side, size) for organ, _, side, size, _ in gold]
