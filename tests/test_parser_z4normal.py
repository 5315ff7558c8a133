""""Normal appearance" classes of wave z4 (issue 11).

Causes (development text, reports_blind_final_26 and the multi-organ files): a hurried or translated writer's bare
word for normal closing an organ's clause ("LT KIDNEY: 11.2cm, fine.", "Spleen: ..., without changes.", Dutch
"Mamma rechts: geen afwijkingen.", "Left kidney healthy.") named no normal organ, so a report with one abnormal organ
lost "normal appearance" for the others (bs035, bs066, bs075, mc001, mc044, mn029, ms014, nd021, nd023, nh014, nz019,
nz025). "Both testes are normal in size and echopattern" beside a hydrocele or an epididymal cyst was read as one
aspect of an organ (Scrotum) with a lesion, a part, though the testes are whole glands (guideline: "left testis")
and the lesions lie outside them (bs086, r032, bq088, ml015). Reading the bare words as the normal value made
"Posterior tibial veins ok" beside a peroneal-vein thrombus a whole organ, so a vessel segment called normal beside a
lesion placed in its own vessel system (on its side) is a part (also bi088, bo067). The passages are our own,
written for this file.

Guards: the words in their other senses ("fine septations", "is that ok?", "without changes since 2021", "healthy
volunteer"), a testis lesion beside normal testes, and a vessel segment beside its own system's thrombus.
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser

NORMAL = "normal appearance"

ROWS: list[tuple[str, bool]] = [
    # a bare closing word for normal after a comma, colon, dash or equals sign, or the organ's own name
    ("RIGHT KIDNEY: 10.4 cm, 31 mm simple cyst at the upper pole.\nLEFT KIDNEY: 10.9 cm, fine.", True),
    ("GB: several stones, largest 11 mm.\nPancreas = ok\nSpleen 10 cm, ok.", True),
    ("Liver: 1.8 cm haemangioma in segment 7.\nSpleen: 10,9 x 4,5 cm, without changes.", True),
    ("Mamma links: 11 mm cyste op 3 uur.\nMamma rechts: geen afwijkingen.", True),
    ("Right ovary: 42 mm dermoid cyst. Left ovary healthy.", True),
    ("Kidneys: right 3 cm cyst at the lower pole; left both fine / bladder ok.", True),
    # a vessel system's segment called normal beside a lesion on the other side: that side is a whole organ
    ("Right leg veins normal. Left leg: popliteal vein thrombus. Incidental Baker cyst 4 cm.", True),
    # the testes called normal in their aspects beside lesions outside them: the glands, each a whole side
    ("Both testes are normal in size and echotexture. A moderate left hydrocele with thin septations.", True),
    ("Testes normal in size and echogenicity. A 5 mm cyst in the head of the left epididymis.", True),
    ("The right testis is normal in size and echotexture. Left spermatocele of 14 mm at the upper pole.", True),
    # guard: a lesion of the testis itself leaves the normal aspects a part of an organ with a finding
    ("Testes normal in size and echogenicity. Left testis: 9 mm hypoechoic intratesticular mass. Small left "
     "hydrocele.", False),
    # guards: the words in their other senses
    ("Left breast: 14 mm cyst with fine septations.", False),
    ("The report says a 2 cm cyst in my left kidney. Is that ok?", False),
    ("Liver: 1.8 cm haemangioma in segment 7, without changes since 2021.", False),
    ("Thyroid: 12 mm nodule in the right lobe in a healthy volunteer study.", False),
    # guard: a segment of the vein system that holds the thrombus is a part of it
    ("LEFT LEG VENOUS DUPLEX\nCFV and FV compressible. Posterior tibial veins ok. Peroneal vein non-compressible "
     "with echogenic thrombus.\nIncidental: Baker cyst 38 x 12 mm.", False),
]


@pytest.mark.parametrize(("text", "normal"), ROWS)
def test_z4_normal_wordings(parser: ReportParser, text: str, normal: bool) -> None:
    assert (NORMAL in parser.parse(text).labels["Diagnosis"]) is normal
