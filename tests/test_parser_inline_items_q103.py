"""Items numbered on one line after a singular lesion word, and abbreviated liver segments, each one lesion
(udt.parser.numbered_members, udt.parser.sentences, udt.parser.organ_parts).

A form's field names its lesion in the singular and numbers what it found on the same line ("Focal lesion: YES - #1
R lobe 3.1 cm ..., #2 L lobe 1.2 cm ..."): the numbers make it a group, as "lesions" would, so each item is a lesion
of its own; before, the second item's size was lost. A liver segment written with an abbreviation and a full stop
("segm. IV: ..., 11 mm; segm. VI: ..., 17 mm") ended a sentence at the stop, so each item's site and size stood in
a sentence of its own and both were lost. Passages written for this file.

Inventory (development corpora, kind "organ has fewer findings than gold (merged)"): oa043 ("Focal lesion: YES - #1
R lobe ..., #2 L lobe ..."), nz025 ("focal lesions: yes - segm. IV: ..., 11 mm; segm. VI: ..., 17 x 14 mm").
Left: nr007 (the second item renamed by a diagnosis after its size, "..., 23 x 19 mm, simple cyst"), nk049
("FIBROIDS: Y - n=2 - (i) ... (ii) ...": the uterus's size taken), ns015 ("polymyomatous:" over M1-M3 rows),
np023, ng021, nw046, ns032, no014, no048, nr013 (other causes).

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]

_LIVER = "Liver"
_UTERUS = "Uterus"
_KIDNEY = "Kidney and ureter"

INLINE_ITEMS: list[Row] = [
    # numbered items after a singular lesion word, in several label styles
    (
        "LIVER: Span 17.2 cm | Echotexture: coarse | Focal lesion: YES - #1 R lobe 2.8 x 2.1 cm isoechoic, "
        "#2 L lobe 0.9 cm hypoechoic\nSPLEEN: 11.0 cm",
        [(_LIVER, None, None, 28.0), (_LIVER, None, None, 9.0)],
    ),
    (
        "Liver: focal lesion: #1 right lobe 4.1 cm hyperechoic, #2 right lobe 1.5 cm, #3 left lobe 7 mm.",
        [(_LIVER, None, None, 41.0), (_LIVER, None, None, 15.0), (_LIVER, None, None, 7.0)],
    ),
    (
        "Uterus anteverted. Fibroid: (i) posterior intramural 3.6 cm, (ii) fundal subserosal 2.2 cm.",
        [(_UTERUS, "mass", None, 36.0), (_UTERUS, "mass", None, 22.0)],
    ),
    (
        "Uterus bulky. Myoma - a) anterior wall 41 mm; b) fundal 23 mm; c) submucosal 11 mm.",
        [(_UTERUS, "mass", None, 41.0), (_UTERUS, "mass", None, 23.0), (_UTERUS, "mass", None, 11.0)],
    ),
    (
        "Right kidney 11 cm. Cyst: 1) upper pole 14 mm, 2) lower pole 9 mm.",
        [(_KIDNEY, "cyst", "right", 14.0), (_KIDNEY, "cyst", "right", 9.0)],
    ),
    # an abbreviated segment word with its full stop
    (
        "LIVER: normal size; focal lesions: yes - segm. IV: hyperechoic, well-defined, 13 mm; segm. VII: "
        "hyperechoic, 21 x 18 mm\nSPLEEN: 104 mm",
        [(_LIVER, None, None, 13.0), (_LIVER, None, None, 21.0)],
    ),
    (
        "Liver: two hyperechoic lesions, in seg. 2, 9 mm, and in seg. 6, 16 x 12 mm.",
        [(_LIVER, None, None, 9.0), (_LIVER, None, None, 16.0)],
    ),
    (
        "Kidneys normal. Segm. 7: haemangioma 12 mm.",
        [(_LIVER, "mass", None, 12.0)],
    ),
    # guards: one numbered label is no list; a figure's number is no item; a restated lesion stays one
    (
        "Liver: a 3 cm cyst (1) in segment 6.",
        [(_LIVER, "cyst", None, 30.0)],
    ),
    (
        "Left kidney: cyst 2 cm (see images 1 and 2).",
        [(_KIDNEY, "cyst", "left", 20.0)],
    ),
    (
        "Liver: focal lesion: #1 R lobe 2.8 cm, #2 L lobe 9 mm.\nImpression: two hepatic lesions.",
        [(_LIVER, None, None, 28.0), (_LIVER, None, None, 9.0)],
    ),
    (
        "The liver is normal. Segment 5 is unremarkable. Gallbladder: a stone of 8 mm.",
        [("Gallbladder and bile ducts", None, None, 8.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), INLINE_ITEMS)
def test_each_inline_item_is_a_lesion(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected
