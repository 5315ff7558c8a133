"""Statuses of findings as writers word them (issue 11, stop 40, round f4): a key-value line that writes "=" for the
template colon and answers "no" ("Ascites = no", the Romanian "Ascita = NU"); a bone lesion's "soft tissue
component", its spread out of the bone, which is no solid content of a lesion; a peritoneal recess answered "free"
("Douglas space free", "Morison's pouch clear"), which denies free fluid there; the Spanish "sin" (without) of a
quoted report ("Sin colección"), kept apart from the Latin left side ("Ren sin."); a worry about what was named
before it ("the lump she's worried about: 2 cm, oval"), which doubts nothing after its colon; a correction that
denies what a draft line asserted ("Correction: free fluid: none"), which supersedes it.

A row names the report-level reading of one value, as the corpus scoring reads it: "present" (labelled), "absent" or
"uncertain" (a mention with that status and no label), or None (neither labelled nor mentioned). No row is a corpus
sentence."""

from __future__ import annotations

import pytest
from parser_reading import reading_of

from udt.parser import ReportParser

DX = "Diagnosis"
INTERNAL = "InternalCharacteristics"
MASS, CYST, FLUID, SOLID = "mass", "cyst", "fluid collection", "solid components"

ROWS = [
    # a key-value line's "=" before a whole "no" denies its key, as a colon does
    ("Liver = 14 cm, homogeneous\nAscites = no\nSpleen = 9 cm", DX, FLUID, "absent"),
    ("Gallbladder = normal\nFree fluid = NO", DX, FLUID, "absent"),
    ("Kidneys = normal\nRenal cyst = no", DX, CYST, "absent"),
    # ... the Romanian name and answer of such a template
    ("Ficat = 15 cm\nAscita = NU\nSplina = 10 cm", DX, FLUID, "absent"),
    ("Ficat = normal\nAscita = DA, moderate", DX, FLUID, "present"),
    # near misses: a value that states the finding, and a "no" that opens a longer value about something else
    ("Liver = normal\nAscites = moderate, perihepatic", DX, FLUID, "present"),
    ("Liver = normal\nRenal cyst = 12 mm, no flow", DX, CYST, "present"),
    # a bone lesion's soft tissue component is its spread out of the bone: no solid content denied or stated
    ("On the outer table of the parietal bone a 9 mm hyperechoic lesion with shadowing, without soft tissue "
     "component, in keeping with an osteoma.", INTERNAL, SOLID, None),
    ("Cortical irregularity of the 6th rib with a small soft tissue component, no flow.", INTERNAL, SOLID, None),
    # near misses: a cyst's or a mass's soft tissue component is its solid content, denied or stated
    ("Thin-walled anechoic cyst of the neck without soft tissue component.", INTERNAL, SOLID, "absent"),
    ("Bone surfaces intact. The thigh mass is cystic with a soft tissue component.", INTERNAL, SOLID, "present"),
    # a recess of the peritoneal cavity answered with one word for "no fluid in it"
    ("Both ovaries with follicles.\nDouglas space free.\nConclusion: normal pelvis.", DX, FLUID, "absent"),
    ("Uterus anteverted, 8 cm. Pouch of Douglas: empty.", DX, FLUID, "absent"),
    ("Liver normal. Morison's pouch is clear, spleen 10 cm.", DX, FLUID, "absent"),
    ("RUQ: hepatorenal space clear", DX, FLUID, "absent"),
    # near misses: the answer word opens the fluid's own name, or is a word of another sense
    ("Endometrium 7 mm. Douglas: free fluid, 9 mm depth.", DX, FLUID, "present"),
    ("Cul-de-sac: free fluid with fine echoes.", DX, FLUID, "present"),
    ("Left ovary: cyst with clear content. Uterus free of lesions.", DX, FLUID, None),
    ("Lateral ventricles clear. Gallbladder empty (fasting not observed).", DX, FLUID, None),
    # the Spanish "without" opening its clause denies what follows
    ("My report from Cancún says: 'Prótesis íntegra. Sin colección periprotésica.'", DX, FLUID, "absent"),
    ("Quiste simple de 8 mm, sin masas sólidas.", DX, MASS, "absent"),
    # near misses: the Latin left side after its organ, with or without its own full stop
    ("Ren dex.: 10 cm. Ren sin. cyst 14 mm, simple.", DX, CYST, "present"),
    ("Ovarium l. sin.: haemorrhagic cyst 30 mm.", DX, CYST, "present"),
    ("Mamma sin: solid mass 12 mm, BI-RADS 4.", DX, MASS, "present"),
    # a worry about what was named before it: the scan's description after it is seen
    ("Checked the swelling on his shoulder he's worried about: 3 cm oval hyperechoic lump, no flow.", "Shape",
     "oval", "present"),
    ("The neck lump her mother is worried about: well-defined oval node, 9 mm, fatty hilum.", "Shape", "oval",
     "present"),
    # near miss: a worry about an indefinite diagnosis doubts it
    ("Groin tender; the GP is worried about a collection after the hernia repair.", DX, FLUID, "uncertain"),
    ("Referrer worried about a possible abscess in the groin.", DX, FLUID, "uncertain"),
    # a correction denying what a draft line asserted supersedes it
    ("Uterus 8 cm.\n- Free fluid: moderate.\n- Left ovary: normal.\nCorrection: free fluid: none, the draft "
     "was wrong.", DX, FLUID, "absent"),
    ("Left kidney: 12 mm cyst at the hilum.\nAmended after review: no cyst; it is an extrarenal pelvis.", DX, CYST,
     "absent"),
    # near misses: a finding restated after the correction, and one denied with no correction word
    ("- Free fluid: small.\nCorrection: the left ovarian cyst is 22 mm. Free fluid small, as stated.", DX, FLUID,
     "present"),
    ("Free fluid: small in the pelvis.\nNo free fluid in Morison's pouch.", DX, FLUID, "present"),
]


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


@pytest.mark.parametrize(("text", "field", "value", "expected"), ROWS)
def test_reading(parser: ReportParser, text: str, field: str, value: str, expected: str | None) -> None:
    assert reading_of(parser, text, field, value) == expected
