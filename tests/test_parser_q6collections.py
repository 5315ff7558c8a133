"""Post-operative collections: one in a laparotomy wound, by a stoma or at a midline incision is the abdominal wall's
(ontology synonyms), and one placed only "in the pelvis" lies in the peritoneal cavity
(udt.parser.pelvic_collections), with the size its axes give. Passages written for this file.

Rows: a passage and the organ and largest size of the lesion of that size.
"""

from __future__ import annotations

import pytest
from parser_reading import lesion_of_size

from udt.parser import ReportParser

PERITONEUM = "Peritoneum mesentery and omentum"
WALL = "Abdominal wall"

PLACED: list[tuple[str, float, str]] = [
    (
        "US ABDOMEN - POST OP\nFindings:\nAn 8.2 x 6.0 x 5.1 cm (approx 130 ml) loculated collection in the pelvis "
        "next to the drain tip, with debris.\nSpleen and kidneys normal.",
        82.0, PERITONEUM,
    ),
    ("Day 5 after anterior resection. A 45 mm thick-walled abscess is seen in the pelvis, with inflamed fat around it.",
     45.0, PERITONEUM),
    # an organ called normal in the sentence before does not hold it
    ("The liver and both kidneys are normal. In the pelvis, left of the bladder, a 6.1 x 3.9 cm collection with "
     "septations, in keeping with an abscess.", 61.0, PERITONEUM),
    ("Wound check. A 2.7 x 1.1 cm seroma lies in the laparotomy wound, superficial to the fascia.", 27.0, WALL),
    ("Ileostomy in the right iliac fossa. A 3.4 x 1.9 cm parastomal collection with internal echoes.", 34.0, WALL),
    ("A 19 mm haematoma in the subcutaneous fat at the lower end of the midline wound.", 19.0, WALL),
]

GUARDS: list[tuple[str, float, str]] = [
    # the kidney's own pelvis is no body space: the collection stays in its kidney
    ("Right kidney: a 14 mm fluid collection in the renal pelvis.", 14.0, "Kidney and ureter"),
    # an organ only measured before is still under description: its own pelvis
    ("Left kidney: 11.2 cm. A 16 mm collection in the pelvis.", 16.0, "Kidney and ureter"),
]


@pytest.mark.parametrize(("text", "size", "organ"), PLACED + GUARDS)
def test_a_post_operative_collection_gets_its_place(parser: ReportParser, text: str, size: float, organ: str) -> None:
    assert lesion_of_size(parser, text, size)[0] == organ
