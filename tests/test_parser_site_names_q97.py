"""Inventory (quality97): a site the ontology's words hid or lacked, so the lesion went to the organ carried from
before (development rows of reports_multiorgan_findings_*):

- "rectus sheath haematoma" was a synonym of the haematoma itself, so its words named no site and the collection went
  to the soft tissues; read as the rectus sheath (abdominal wall) and a haematoma, it is the abdominal wall's: nq040.
- "ff", the lower-case writer's free fluid ("small ff pelvis ~1cm"), is matched only as "FF": nd049. Left so on
  purpose: a lower-case "ff" is also a page reference ("pp. 12 ff.", tests/test_parser_realworld_anatomy.py), and
  the row's fluid would still go to the next line's "uterus nad".
"""

from __future__ import annotations

import pytest
from parser_reading import lesion_of_size

from udt.parser import ReportParser

AW, PE, ST = "Abdominal wall", "Peritoneum mesentery and omentum", "Soft tissues"


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


# (passage, size_mm of the lesion, organ, side)
SITE_NAMES = [
    ("Day 3 after caesarean section. Rectus sheath haematoma left of the midline, 6,4 x 2,2 cm.", 64, AW, None),
    ("Anticoagulated, abdominal wall pain. A 45 mm rectus sheath hematoma, no active bleeding.", 45, AW, None),
    # (the rectus sheath is one of a pair: its side word sides the haematoma, as the multi-organ findings corpora
    # annotate "Right rectus sheath haematoma"; region_sides.py)
    ("Liver normal. Spleen 10 cm. Right rectus sheath haematoma measuring 3.1 cm.", 31, AW, "right"),
    # guards: a haematoma named in another layer keeps its place; the capital abbreviation still reads
    ("Thigh: intramuscular haematoma in the vastus lateralis, 52 mm.", 52, ST, None),
    ("FAST: FF in Morison's pouch 7 mm.", 7, PE, None),
]


@pytest.mark.parametrize(("text", "size", "organ", "side"), SITE_NAMES)
def test_sites_named_by_the_ontology(
    parser: ReportParser, text: str, size: float, organ: str, side: str | None
) -> None:
    assert lesion_of_size(parser, text, size) == (organ, side)
