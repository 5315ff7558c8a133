"""The side and organ of each lesion finding, by error class, in sentences written for this file (inventory of the
side errors and organ mismatches of the multi-organ findings corpora: see CORPUS_GUIDELINE.md, "Findings").

Each row is a passage and the lesion findings it should give, in report order: (organ, released diagnosis, side,
largest size in mm). The guideline gives a side to paired organs and lateral parts only, none to midline sites.
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]
PERITONEUM = "Peritoneum mesentery and omentum"
RETROPERITONEUM = "Retroperitoneum and great vessels"

# 1. Fluid filling the peritoneal cavity (ascites) is in the peritoneum, never in the organ the report described
#    just before it (a kidney, the spleen, the liver), nor in the region its depth was measured in.
CAVITY_FLUID: list[Row] = [
    (
        "Left kidney 10.9 cm with a 12 mm cortical cyst. Mild ascites.",
        [("Kidney and ureter", "cyst", "left", 12.0), (PERITONEUM, "fluid collection", None, None)],
    ),
    (
        "SPLEEN: 13.8 cm.\nASCITES: moderate, deepest pocket 5.1 cm left flank.",
        [(PERITONEUM, "fluid collection", None, 51.0)],
    ),
    (
        "The liver is shrunken and nodular with a 2.2 cm lesion in segment 5. Large-volume ascites, 9 cm deep.",
        [("Liver", None, None, 22.0), (PERITONEUM, "fluid collection", None, 90.0)],
    ),
    # near miss: a haematoma is in the region the report names, not pulled out of it
    (
        "Right groin: 4.2 cm haematoma after the catheter.",
        [("Hip groin and buttock", "fluid collection", "right", 42.0)],
    ),
]

# 2. A lesion whose own words name its organ ("pleural effusion") is there even under another organ's heading in the
#    same sentence.
OWN_ORGAN_UNDER_A_HEADING: list[Row] = [
    (
        "Lungs: R - lung sliding absent; small R pleural effusion, 18 mm depth.",
        [("Pleural space", "fluid collection", "right", 18.0)],
    ),
    (
        "Chest: no consolidation; moderate left pleural effusion, 4 cm deep.",
        [("Pleural space", "fluid collection", "left", 40.0)],
    ),
]

# 3. A lesion placed only by a bare "lobe" is in the one organ with lobes that the report names (the thyroid, by its
#    isthmus), with the lobe's side; a lobe of the liver gives no side.
BARE_LOBES: list[Row] = [
    (
        "The right lobe contains a 17 mm hypoechoic nodule. The left lobe holds a 5 mm nodule. Isthmus 3 mm. "
        "No abnormal lymph nodes.",
        [("Thyroid gland", "nodule", "right", 17.0), ("Thyroid gland", "nodule", "left", 5.0)],
    ),
    (
        "left lobe: 9 mm solid nodule, TR4. isthmus normal. right level 4 lymph node 12 mm, round.",
        [("Thyroid gland", "nodule", "left", 9.0), ("Lymph nodes", None, "right", 12.0)],
    ),
]

# 4. A side word that places a lesion beside a midline organ or vessel ("to the right of the IVC", "left of the aorta")
#    is its position, not a side: the retroperitoneum is unpaired, and the vessel is a landmark, not the organ of a
#    lesion whose words name their own ("pancreatic").
MIDLINE_POSITIONS: list[Row] = [
    ("A 2.7 cm solid retroperitoneal mass lies to the right of the IVC.", [(RETROPERITONEUM, "mass", None, 27.0)]),
    ("Enlarged para-aortic nodes to the left of the aorta, the largest 19 mm.", [(RETROPERITONEUM, None, None, 19.0)]),
    ("Interaortocaval node 14 mm, rounded.", [(RETROPERITONEUM, None, None, 14.0)]),
    ("Pancreatic body mass 3.1 cm, hypoechoic, left of the SMA.", [("Pancreas", "mass", None, 31.0)]),
    ("Pancreas: a 16 mm cyst in the tail, to the left of the aorta.", [("Pancreas", "cyst", None, 16.0)]),
    # near miss: a paired organ keeps its side
    ("Left adrenal nodule 21 mm, left of the aorta.", [("Adrenal glands", "nodule", "left", 21.0)]),
]

# 5. A side heading ("LEFT:", or a line that says only "Right side") holds for the lesions under it, across the
#    headings of paired organs ("Popliteal fossa:", "- submandibular gland:"), until the next side heading; a heading
#    naming an unpaired organ or part (the liver, the thyroid isthmus) ends it.
SIDE_HEADINGS: list[Row] = [
    (
        "RIGHT:\nPopliteal vein patent.\nPopliteal fossa: Baker's cyst 3.4 cm.\nLEFT:\nBaker's cyst 1.9 cm.",
        [("Knee", "cyst", "right", 34.0), ("Knee", "cyst", "left", 19.0)],
    ),
    (
        "LEFT:\n- submandibular gland: 6 mm calculus in the duct\nRight side\n- parotid: 14 mm cyst",
        [("Salivary glands", None, "left", 6.0), ("Salivary glands", "cyst", "right", 14.0)],
    ),
    ("Left side\n- inguinal region: 25 mm lipoma", [("Hip groin and buttock", "mass", "left", 25.0)]),
    # near misses: an unpaired organ or part under a side heading has no side
    (
        "LEFT:\nKidney 10.8 cm with a 9 mm cyst.\nLiver: 12 mm cyst in segment 3.",
        [("Kidney and ureter", "cyst", "left", 9.0), ("Liver", "cyst", None, 12.0)],
    ),
    (
        "Left lobe: 4.4 cm, a 6 mm cyst.\nIsthmus: 8 mm solid nodule.",
        [("Thyroid gland", "cyst", "left", 6.0), ("Thyroid gland", "nodule", None, 8.0)],
    ),
]

# 6. Hydronephrosis (or hydroureter) beside a stone is a state of the kidney, not a lesion: the stone is the
#    kidney's one lesion (ontology: udt:isOrganState).
ORGAN_STATES: list[Row] = [
    (
        "RIGHT KIDNEY 11.8 cm: moderate hydronephrosis, 8 mm calculus at the PUJ.",
        [("Kidney and ureter", None, "right", 8.0)],
    ),
    (
        "Left kidney: hydroureter to the VUJ, where a 5 mm stone is seen. Right kidney: 6 mm lower pole calculus.",
        [("Kidney and ureter", None, "left", 5.0), ("Kidney and ureter", None, "right", 6.0)],
    ),
    ("Dilated CBD 11 mm with a 9 mm distal duct stone.", [("Gallbladder and bile ducts", None, None, 9.0)]),
]

# 7. A lesion whose own clause names another organ than the one carried from the sentence before is not on that
#    organ's side: the side its own sentence gave its organ holds.
CLAUSE_SITES: list[Row] = [
    (
        "Left ovary normal.\nRight kidney shows mild hydronephrosis with a 6 mm stone at the upper ureter.",
        [("Kidney and ureter", None, "right", 6.0)],
    ),
    (
        "The left breast is normal. Right kidney with a 12 mm cyst in the upper pole cortex.",
        [("Kidney and ureter", "cyst", "right", 12.0)],
    ),
    # near miss: a part of the carried organ keeps its side
    ("RIGHT KIDNEY: 10.9 cm.\nA 4 mm stone in the renal pelvis.", [("Kidney and ureter", None, "right", 4.0)]),
]

# 8. A side said once for an organ holds for a lesion its sentence places in a part of that organ named without a
#    side ("down to the VUJ where a calculus is seen"); "the contralateral lobe" is the lobe opposite the one
#    described last.
ELIDED_SIDES: list[Row] = [
    (
        "Left kidney 11.2 cm. Mild hydroureter down to the VUJ, where a 6 mm calculus is lodged.",
        [("Kidney and ureter", None, "left", 6.0)],
    ),
    (
        "Thyroid: the right lobe holds a 22 mm solid nodule. In the contralateral lobe there is a 7 mm cyst.",
        [("Thyroid gland", "nodule", "right", 22.0), ("Thyroid gland", "cyst", "left", 7.0)],
    ),
    (
        "Thyroid: a 15 mm nodule in the left lobe; the other lobe contains a 4 mm nodule.",
        [("Thyroid gland", "nodule", "left", 15.0), ("Thyroid gland", "nodule", "right", 4.0)],
    ),
]

# 9. A word that points back at a side ("on the same side", "the same gland", "the ipsilateral axilla") names the
#    side said last for that organ, as "the other side" names the opposite one.
SAME_SIDES: list[Row] = [
    (
        "Right wrist: 9 mm volar ganglion cyst. A second ganglion cyst, 5 mm, lies dorsally on the same side.",
        [("Wrist and carpus", "cyst", "right", 9.0), ("Wrist and carpus", "cyst", "right", 5.0)],
    ),
    (
        "Left breast: 14 mm mass at 2 o'clock. The ipsilateral axilla holds a 12 mm node with a thick cortex.",
        [("Breast", "mass", "left", 14.0), ("Axilla", None, "left", 12.0)],
    ),
    # near miss: "the same size" points at no side
    ("Right kidney: 31 mm cyst, the same size as before.", [("Kidney and ureter", "cyst", "right", 31.0)]),
]

ROWS = [
    *(pytest.param(t, e, id=f"same-side-{n}") for n, (t, e) in enumerate(SAME_SIDES)),
    *(pytest.param(t, e, id=f"elided-side-{n}") for n, (t, e) in enumerate(ELIDED_SIDES)),
    *(pytest.param(t, e, id=f"organ-state-{n}") for n, (t, e) in enumerate(ORGAN_STATES)),
    *(pytest.param(t, e, id=f"clause-site-{n}") for n, (t, e) in enumerate(CLAUSE_SITES)),
    *(pytest.param(t, e, id=f"side-heading-{n}") for n, (t, e) in enumerate(SIDE_HEADINGS)),
    *(pytest.param(t, e, id=f"cavity-fluid-{n}") for n, (t, e) in enumerate(CAVITY_FLUID)),
    *(pytest.param(t, e, id=f"own-organ-{n}") for n, (t, e) in enumerate(OWN_ORGAN_UNDER_A_HEADING)),
    *(pytest.param(t, e, id=f"bare-lobe-{n}") for n, (t, e) in enumerate(BARE_LOBES)),
    *(pytest.param(t, e, id=f"midline-{n}") for n, (t, e) in enumerate(MIDLINE_POSITIONS)),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_each_lesion_gets_its_organ_and_side(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected
