"""Inventory (quality87): a lesion found but filed on the wrong organ, or on no organ, by class. Each row is a passage
written for this file and the organ (and side) the lesion of the given size must be filed on; guard rows keep today's
right answers. Development rows of the three kinds ("sized lesion filed on another organ", "organ not recognised",
"organ has only structure findings") in reports_multiorgan_findings_28..31, 35..42, 46..48 (49 rows), by cause:

- fixed here: a fluid collection whose name is its one place (ontology: exactly one ``hasTypicalSite``:
  hydrocele, subchorionic haematoma, pericardial effusion, hydrosalpinx) carried to the organ described in the
  sentences before (sited_fluids.py): nq018 (a hydrocele on the right kidney), ne044 (a subchorionic collection on
  the left ovary).
- fixed here: a soft-tissue region keying its own line ("Soft tissues: seroma", "Partes blandas pretibial:
  seroma", "Upper back, ... (subcutaneous): lipoma") yielded to the title's vessel or to an organ of its body
  system named anywhere in the report (region_keys.py), and names of the soft tissues the ontology lacked
  (related synonyms "partes blandas" and its it/fr/de forms; "upper back", "lower back", "between the scapulae"):
  nj024, no043.
- left: free fluid in a named space ("ff pelvis", "+ve Morison's pouch", "Perisplenic:", "free fluid around the
  liver", "in the pelvis, adjacent to the anastomosis"): nd049, nk013, nq032, no029, no038 x2, np045.
- left: the back, scalp or a limb segment as the site of a soft-tissue lump ("Back (between scapulae): subcut.,"
  whose abbreviation's stop ends the key's sentence; "scalp, vertex"; "L forearm volar | ganglion"; "5 cm distally
  another similar lesion"; "fluid along the medial gastrocnemius"): np039, nd041, nk050 x2, nf012, ne022, mw050,
  my018.
- left: nodes named by level or region in tables or key=value rows ("R neck level IV | 16 x 9", "level II;L;11
  mm", "AXILLA_L=node", "R level III: 8 mm short axis"): nd033 x2, ne049 x3, ne050, my047, np040.
- left: a collection at a wound, scar, mesh, cuff or rectus sheath (the abdominal wall, the groin): mx026, mx029,
  nq040 x2, ne047; beside a fistula needle site: nq004.
- left: table and CRF layouts ("liver,,cyst,1.4", "A2c sizes (mm): 8; 13", thyroid table rows): ne050 x2, nq027
  x2, mz028 x4.
- left, single: my022, my033, nd049 (a kidney calculus at the "lower pole" after the uterus), ne048, nf033, ni013,
  nj026, nq040 (retained products).
"""

from __future__ import annotations

import pytest
from parser_reading import lesion_of_size

from udt.parser import ReportParser

SC, PSC, UT, AD, HM = "Scrotum", "Pediatric scrotum", "Uterus", "Adnexa", "Heart and mediastinum"
ST, LI, SP, EL = "Soft tissues", "Liver", "Spleen", "Elbow"


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


# (passage, size_mm of the lesion, organ, side)
SITED_FLUID_ROWS = [
    ("Left kidney: 14 mm simple cyst at the upper pole.\nLeft hydrocele, 9 mm deep.", 9, SC, "left"),
    ("Boy, 3 years. Right kidney: pelvis 9 mm, mild dilatation.\nRight hydrocoele, 12 mm.", 12, PSC, "right"),
    (
        "Early pregnancy scan. Right ovary: corpus luteum cyst 18 mm with ring of fire.\n"
        "A subchorionic haematoma of 14 mm is seen.",
        14,
        UT,
        None,
    ),
    ("Uterus: 7 cm, 22 mm fibroid on the fundus.\nLeft hydrosalpinx 28 mm.", 28, AD, "left"),
    # guards: a name with one place, already right; a collection with several typical sites stays in the organ
    # under description
    ("Liver: steatosis, 12 mm haemangioma in segment 4.\nSmall pericardial effusion, 6 mm.", 6, HM, None),
    ("Right testis: 8 mm hypoechoic lesion.\nModerate right hydrocele 15 mm.", 15, SC, "right"),
    ("Liver: 15 cm, coarse. Subcapsular haematoma 30 mm.", 30, LI, None),
    ("Spleen: 14 cm. Small haematoma 25 mm at the lower pole.", 25, SP, None),
]

REGION_KEY_ROWS = [
    ("DOPPLER LEFT LEG VEINS\nPopliteal vein patent.\nSoft tissues pretibial: seroma 35 mm.", 35, ST, "left"),
    ("Popliteal vein patent.\nSoft tissues: seroma 35 mm.", 35, ST, None),
    ("Liver normal.\nSoft tissues: 35 mm collection.", 35, ST, None),
    (
        "Eco-Doppler venoso, pierna derecha\nVena poplitea: compresible.\n"
        "Partes blandas del muslo: hematoma 41 x 12 mm.",
        41,
        ST,
        "right",
    ),
    # guards: the joint of the title's own body system still holds its soft tissues' collection
    ("US RIGHT ELBOW\nJoint: small effusion.\nSoft tissues: 12 mm collection over the olecranon.", 12, EL, "right"),
    ("Soft tissue of the shin: seroma 35 mm. Popliteal vein patent.", 35, ST, None),
    # the back named by its parts (ontology: "upper back", "lower back", "between the scapulae") keys a line of a
    # letter listing lumps; the groin of the item before does not take it
    (
        "Dear doctor,\nTwo lumps were scanned.\n- Left groin: lymph node 2.0 x 0.8 cm, reactive.\n"
        "- Upper back, between the scapulae (subcutaneous): oval isoechoic lesion 4.1 x 1.5 cm, lipoma.",
        41,
        ST,
        None,
    ),
    (
        "Clinic letter\n- Right knee: small effusion.\n- Lower back, right paraspinal subcutaneous fat: 26 mm oval "
        "lesion, no flow.",
        26,
        ST,
        "right",
    ),
    # guard: the joint the title names still holds the soft tissues keyed under it
    ("US LEFT KNEE\nJoint: no effusion.\nSubcutaneous tissue, medial: 18 mm collection.", 18, "Knee", "left"),
]


@pytest.mark.parametrize(("text", "size", "organ", "side"), SITED_FLUID_ROWS + REGION_KEY_ROWS)
def test_lesion_filed_on_its_organ(parser: ReportParser, text: str, size: float, organ: str, side: str | None) -> None:
    assert lesion_of_size(parser, text, size) == (organ, side)
