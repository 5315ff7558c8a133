"""Proforma blocks headed by a lesion word and its label alone on a line ("Lesion 2", "Finding B") over "Site:",
"Layer:", "Size:" lines (udt.parser.lesion_blocks): the block describes that one lesion, which lies where its "Site"
line says (an anatomy word or a limb segment, with that line's side) and takes the block's size; a lesion word
citing another block inside a line ("otherwise as lesion A") names no lesion of its own. Passages written for this
file.

Inventory (development corpus reports_multiorgan_findings_78, a lumps-and-bumps proforma): the heading lesion kept
the previous block's site or none, its "Site" line became a structure of that organ and the "Size" line's size went
to the structure (ou029-ou032).

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

_SOFT = "Soft tissues"

BLOCKS: list[tuple[str, list[Lesion]]] = [
    # a limb segment places each block's lump, on its own line's side (not the previous block's)
    (
        "SUPERFICIAL LUMPS CLINIC\nLesion 1\nSite: left upper back, paraspinal\nLayer: subcutaneous fat\n"
        "Size: 24 x 15 x 9 mm\nShape: oval\nDoppler: no flow\nLesion 2\nSite: right forearm, dorsal\n"
        "Size: 11 x 7 x 5 mm\nImpression: two lipomas.",
        [(_SOFT, None, "left", 24.0), (_SOFT, "mass", "right", 11.0)],
    ),
    # an organ value named by the site line (groin, wrist), each block its own
    (
        "LUMP CLINIC PROFORMA\nLesion 1\nSite: right groin\nSize: 19 x 8 mm\nLesion 2\nSite: left wrist, dorsal\n"
        "Size: 9 x 6 x 6 mm; anechoic, no flow\nImpression: reactive node; ganglion.",
        [("Hip groin and buttock", None, "right", 19.0), ("Wrist and carpus", "cyst", "left", 9.0)],
    ),
    # letter labels; "otherwise as lesion A" cites the first block, no third lesion
    (
        "LUMP CLINIC\nLesion A\nSite: left thigh, anterior\nSize: 31 x 12 mm\nLesion B\nSite: right upper arm\n"
        "Size: 8 x 5 mm; otherwise as lesion A\nImpression: lipomas.",
        [(_SOFT, None, "left", 31.0), (_SOFT, "mass", "right", 8.0)],
    ),
    # "Finding N" headings (labelled_findings.py) are such blocks too
    (
        "Finding 1\nSite: right forearm, volar\nSize: 14 x 9 mm\nFinding 2\nSite: left calf\nSize: 20 x 11 mm",
        [(_SOFT, None, "right", 14.0), (_SOFT, None, "left", 20.0)],
    ),
    # a later line naming other anatomy is that anatomy's (the nerve's area), not the lump's size
    (
        "Lesion 1\nSite: right forearm\nMedian nerve at the wrist: CSA 9 mm2.\nSize: 13 x 8 mm",
        [(_SOFT, None, "right", 13.0)],
    ),
]

GUARDS: list[tuple[str, list[Lesion]]] = [
    # a heading line that places and measures its own lesion is read as before
    (
        "Lesion 1 - L upper back: 14 x 11 mm epidermoid cyst.\nLesion 2 - R forearm: 9 mm lipoma.",
        [(_SOFT, "cyst", "left", 14.0), (_SOFT, "mass", "right", 9.0)],
    ),
    # a labelled lesion inside a sentence heads no block
    (
        "LIVER: 15 cm. Lesion 1 in segment 6 measures 21 mm.\nRIGHT KIDNEY: 11 cm, 8 mm cyst.",
        [("Liver", None, None, 21.0), ("Kidney and ureter", "cyst", "right", 8.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BLOCKS + GUARDS)
def test_a_proforma_block_is_the_lesion_its_heading_names(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected
