"""Inventory (quality75): a lesion found with its size but filed on another organ, by class. Each row is a passage
written for this file and the organ (and side) the lesion of the given size must be filed on; guard rows keep
today's right answers. Classes and their development rows (ids of reports_multiorgan_findings_*):

- nodes named by their cervical level (level_nodes.py): mk027, mz003, my048 x2 ("an adenomegaly ... level III"
  after the thyroid; "cervical lymphadenopathy - R level V ...").
- fluid named by a synonym of a name that holds its space ("haemothorax", "pl eff" for pleural effusion), carried
  to the lung or liver described before (own_organ_names.names_by_label; ontology synonyms "pl eff", "pl
  effusion"): nd046, nf039.
- a site named by a short or foreign-habit form the ontology lacked, so the organ before was kept (ontology
  synonyms "abd wall", "abdo wall" of the abdominal wall, "Douglas" of the rectouterine pouch, "gb" in lower case
  of the gallbladder): nf044, ne008, nd048.
- a breast lesion placed by a clock-face position or an abbreviated distance from the nipple ("5 cm FN"), filed on
  the axilla heading before it or on no organ (clock_sites.py): mk032, mx031 x3, mv018.
- a collection beside a dialysis fistula or graft, filed on the outflow vein or the arm's soft tissues
  (access_collections.py): ml040, mz016 x2 (and the sizes of mu033, mx027, whose access lesion took them).
"""

from __future__ import annotations

import pytest
from parser_reading import lesion_of_size

from udt.parser import ReportParser

LN, TH, GB, LI = "Lymph nodes", "Thyroid gland", "Gallbladder and bile ducts", "Liver"
PL, HM, SP = "Pleural space", "Heart and mediastinum", "Spleen"
AW, PE, AD = "Abdominal wall", "Peritoneum mesentery and omentum", "Adnexa"
BR, AX = "Breast", "Axilla"
DF, PV, ST = "Dialysis fistula", "Peripheral veins", "Soft tissues"


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


# (passage, size_mm of the lesion, organ, side)
LEVEL_ROWS = [
    (
        "THYROID US\nRight lobe 45 mm, a 9 mm nodule in its lower third.\nIn the left lateral compartment, level IV, "
        "an adenopathy of 13 x 7 mm with cystic change.",
        13,
        LN,
        "left",
    ),
    (
        "Neck ultrasound. Thyroid: left lobe nodule 8 mm, TR3. Right level III: adenomegaly of 16 x 10 mm, no hilum.",
        16,
        LN,
        "right",
    ),
    (
        "Neck: bilateral cervical lymphadenopathy - L level IIa largest 2.6 x 1.4 cm; R level V largest 1.9 cm.",
        26,
        LN,
        "left",
    ),
    (
        "Neck: bilateral cervical lymphadenopathy - L level IIa largest 2.6 x 1.4 cm; R level V largest 1.9 cm.",
        19,
        LN,
        "right",
    ),
    ("Thyroid: 7 mm cyst in the right lobe; level VI adenopathy of 11 mm on the left.", 11, LN, "left"),
    ("Thyroid: right lobe 4.4 cm. A lymphadenopathy at level 4 on the right measuring 18 mm.", 18, LN, "right"),
    # guards: no level number, or a level that is not a node station; a summary's levelled node restates a node
    (
        "Parotid glands: in the left gland a hypoechoic formation of 19 x 14 mm with even contours.\n"
        "Lymph nodes: on the left at level II a node 22 x 12 mm, rounded, without hilum.\n"
        "Conclusion: Formation of the left parotid. Lymphadenopathy on the left at level II.",
        19,
        "Salivary glands",
        "left",
    ),
    ("Thyroid: right lobe 4.4 cm. In the right lobe a 12 mm nodule, level with the isthmus.", 12, TH, "right"),
    ("Gallbladder: a 14 mm stone with a fluid level. Liver normal.", 14, GB, None),
    ("Liver: 9 mm cyst. Adenopathy 12 mm at the porta hepatis, at the level of the hilum.", 9, LI, None),
]


@pytest.mark.parametrize(("text", "size", "organ", "side"), LEVEL_ROWS)
def test_nodes_placed_by_level(parser: ReportParser, text: str, size: float, organ: str, side: str | None) -> None:
    assert lesion_of_size(parser, text, size) == (organ, side)


SPACE_NAME_ROWS = [
    ("Lungs: A-lines, no consolidation. Small right haemothorax 2.4 cm.", 24, PL, "right"),
    ("Liver 15 cm, a 9 mm cyst in segment 6. L pl eff ~3cm.", 30, PL, "left"),
    ("liver 2 lesions seg 4 (2.1cm) hypoechoic\nR pl effusion mod, 41mm", 41, PL, "right"),
    ("Spleen 12 cm. Large left hydrothorax, depth 6 cm.", 60, PL, "left"),
    ("Liver: 9 mm cyst. Small hydropericardium of 11 mm.", 11, HM, None),
    # guards: the named effusion stays, a fluid its name does not tie to a space keeps the organ described
    ("Lungs: small left pleural effusion 18 mm.", 18, PL, "left"),
    ("Spleen: 11 cm. Small perisplenic fluid 9 mm.", 9, SP, None),
    ("Liver: 9 mm cyst in segment 2.", 9, LI, None),
]


@pytest.mark.parametrize(("text", "size", "organ", "side"), SPACE_NAME_ROWS)
def test_fluid_named_by_its_space(parser: ReportParser, text: str, size: float, organ: str, side: str | None) -> None:
    assert lesion_of_size(parser, text, size) == (organ, side)


SHORT_SITE_ROWS = [
    ("Uterus 8 cm. Abd wall: haematoma deep to the C-section scar 4.1 x 2.0 cm.", 41, AW, None),
    ("Liver normal.\nAbdo wall: a 28 mm seroma beneath the port site.", 28, AW, None),
    ("Left ovary: corpus luteum 21 mm. Small effusion of the Douglas of 14 mm.", 14, PE, None),
    ("Right ovary with a 3 cm cyst. Fluid in the Douglas, depth 9 mm.", 9, PE, None),
    ("post-op handover - lap chole\nus: collection gb fossa 4.2 x 3.0cm, septated", 42, GB, None),
    ("gb: sludge, 11 mm stone in the neck", 11, GB, None),
    # guards
    ("Left ovary: simple cyst 21 mm. Small effusion of the Douglas of 14 mm.", 21, AD, "left"),
    ("Dear Dr Douglas, the liver shows a 9 mm cyst.", 9, LI, None),
]


@pytest.mark.parametrize(("text", "size", "organ", "side"), SHORT_SITE_ROWS)
def test_short_site_names(parser: ReportParser, text: str, size: float, organ: str, side: str | None) -> None:
    assert lesion_of_size(parser, text, size) == (organ, side)


CLOCK_ROWS = [
    (
        "US BOTH BREASTS\nLEFT AXILLA: two nodes with thick cortex, largest 14 mm.\n"
        "RIGHT: simple cyst of 8 mm at 11 o'clock.",
        8,
        BR,
        "right",
    ),
    (
        "BREAST CLINIC - US\nLeft axilla: reactive node 9 mm.\nRight: at 3 o'clock a 12 x 7 mm oval parallel mass.",
        12,
        BR,
        "right",
    ),
    (
        "TARGETED US RIGHT BREAST AND AXILLA\n10:30, 4 cm FN: irregular hypoechoic mass 17 x 12 mm, shadowing.",
        17,
        BR,
        "right",
    ),
    ("LEFT: irregular mass 2 o'clock 22 mm. Satellite lesion 5 mm at 1 o'clock 6 cm FFN.", 5, BR, "left"),
    # guards: nodes of the axilla stay there; a clock position in another lesion's clause places nothing else; the
    # breast named in the clause keeps its side
    ("Breast abscess: In the left breast at 3 o'clock there is a 14 mm abscess.", 14, BR, "left"),
    ("Left breast: 9 mm cyst at 2 o'clock. Left axilla: node 15 mm, cortex 4 mm.", 15, AX, "left"),
    ("Right axilla: abnormal node 18 mm; a cyst at 10 o'clock 6 mm.", 18, AX, "right"),
]


@pytest.mark.parametrize(("text", "size", "organ", "side"), CLOCK_ROWS)
def test_clock_positions_place_the_breast(
    parser: ReportParser, text: str, size: float, organ: str, side: str | None
) -> None:
    assert lesion_of_size(parser, text, size) == (organ, side)


ACCESS_ROWS = [
    (
        "AVF SURVEILLANCE\nOutflow cephalic vein 6.8 mm, no stenosis. Adjacent perivascular haematoma 27 x 10 mm.",
        27,
        DF,
        None,
    ),
    (
        "Dialysis access scan: L brachiocephalic AVF, flow 900 ml/min. Outflow vein 7 mm. Seroma along the venous "
        "segment, 15 mm deep.",
        15,
        DF,
        "left",
    ),
    (
        "AV GRAFT REVIEW\nForearm loop graft, patent. Perigraft fluid collection at the arterial limb, 12 mm.",
        12,
        DF,
        None,
    ),
    # guards: no access named; a thrombus is no collection
    (
        "Left arm veins: cephalic vein patent. Haematoma in the antecubital fossa 22 mm after cannulation.",
        22,
        "Elbow",
        "left",
    ),
    ("AVF SURVEILLANCE\nOutflow cephalic vein: 9 mm partially occlusive thrombus.", 9, PV, None),
]


@pytest.mark.parametrize(("text", "size", "organ", "side"), ACCESS_ROWS)
def test_collections_beside_a_dialysis_access(
    parser: ReportParser, text: str, size: float, organ: str, side: str | None
) -> None:
    assert lesion_of_size(parser, text, size) == (organ, side)
