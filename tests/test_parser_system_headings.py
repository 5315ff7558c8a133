"""A line keyed by a body system ("Chest:", "Thorax:") ends the organ carried from the line before
(udt/parser/system_headings.py). Rows: the inventory's class (mz040: "Chest: R small effusion" after a shin section
filed on the soft tissues) in sentences of our own, and guard rows where the carried or named organ is right.

Inventory of the class on the development files (id, fragment, expected, got, why):
- mz040 "Chest: R small effusion 1.5 cm" | Pleural space | Soft tissues | "Chest" is a Body_system_level mention with no
  organ; the heading did not end the shin's site (fixed: system_headings.py).
- mk049 "Pl: R eff 3.1cm / L eff 1.2cm" (x2) | Pleural space | none | "Pl" is no ontology term (left: adding it as a
  synonym reads every "pl" as the pleura).
- mn044 "pelvis: FF ~15mm" | Peritoneum | Spleen | the line before ends in "?lac" with no stop, so "pelvis:" falls
  inside the LUQ sentence and its fluid merges with the perisplenic fluid (left: sentence segmentation).
- mn049 "...; free fluid in the pelvis, depth 11 mm" | Peritoneum | Gallbladder | no heading: the gallbladder fossa
  named earlier in the same sentence places it (left: another class, clause scope).
"""

from __future__ import annotations

import pytest

import udt

ROWS = [
    # (text, index of the finding, expected organ)
    ("R shin: a 3.1 x 1.2 cm anechoic collection.\nChest: R small effusion 1.5 cm, L none.", -1, "Pleural space"),
    ("R knee: 2 cm Baker cyst.\nThorax: small left effusion 12 mm", -1, "Pleural space"),
    ("Left calf: 4 cm haematoma in the muscle.\nCHEST: moderate right effusion, 3 cm depth.", -1, "Pleural space"),
    ("Liver: 2 cm cyst.\nAbdomen: free fluid 9 mm", -1, "Peritoneum mesentery and omentum"),
    ("Left ovary: 3 cm cyst.\nAbdomen: small amount of free fluid, 12 mm", -1, "Peritoneum mesentery and omentum"),
    ("Eval\nThorax: sliding present. Right costophrenic effusion, 18 mm depth.", -1, "Pleural space"),
    # guards: the heading's own organ, or an organ named in the keyed line, still holds the lesion
    ("Liver: 2 cm cyst.\nChest: small L pleural effusion 2 cm", -1, "Pleural space"),
    ("R shin: a 3.1 x 1.2 cm anechoic collection.", 0, "Soft tissues"),
    ("Abdomen: free fluid around the liver 9 mm", -1, "Liver"),
    ("R knee: 2 cm Baker cyst.\nSmall free fluid in the joint, 4 mm.", -1, "Knee"),
    ("Liver: 2 cm cyst.\nA second cyst of 9 mm in segment 6.", -1, "Liver"),
]


@pytest.mark.parametrize(("text", "k", "organ"), ROWS)
def test_system_heading_ends_carried_organ(text: str, k: int, organ: str) -> None:
    findings = [f for f in udt.parse_report(text).findings if f.diagnosis is not None]
    assert findings[k].organ == organ
