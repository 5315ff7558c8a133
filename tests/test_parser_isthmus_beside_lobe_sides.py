"""A thyroid nodule placed in the isthmus keeps no side from the lobe named before it in its sentence, nor from a
"just below it" cue that places a later lesion (findings.FindingBuilder.sentence, placed_sides.cue_placed_later,
anchored_lesions.place_anchored_lesions).

"A 17 mm nodule in the left thyroid lobe and a 6 mm nodule in the isthmus": the isthmus is the midline part of the
gland (heading_scope.midline_place already leaves such a nodule unsided), but the rule that gives a lesion the side
stated earlier in its sentence for the same organ gave it the lobe's side after all. "..., and at left level IV a
19 mm node with a 12 mm one just below it": the cue places the second node by the first; read for the whole
sentence it also gave the isthmus nodule, written before that node, the side of the lesion before it. Passages
written for this file.

Inventory (development findings corpora, thyroid side errors at the isthmus): pi036 (oe014, a table row "istmo",
is left: the row's side comes from another path).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

_THYROID = "Thyroid gland"

ISTHMUS: list[tuple[str, list[Lesion]]] = [
    (
        "There is a 14 mm solid nodule in the right lobe of the thyroid and a 5 mm colloid nodule in the isthmus.",
        [(_THYROID, "nodule", "right", 14.0), (_THYROID, "nodule", None, 5.0)],
    ),
    (
        "Ultrasound showed a 17 mm nodule at the upper pole of the left thyroid lobe, a 6 mm similar nodule in the "
        "isthmus, and at left level IV a 19 mm cystic lymph node with a 14 mm node just below it.",
        [(_THYROID, "nodule", "left", 17.0), (_THYROID, "nodule", None, 6.0), ("Lymph nodes", None, "left", 19.0)],
    ),
    # guards: a nodule in the lobe near the isthmus keeps the lobe's side; a lesion the cue places keeps its side
    (
        "There is a 14 mm solid nodule in the right lobe of the thyroid and a 5 mm colloid nodule near the isthmus "
        "in the same lobe.",
        [(_THYROID, "nodule", "right", 14.0), (_THYROID, "nodule", "right", 5.0)],
    ),
    (
        "A 2.6 cm node in right level II, a 1.1 cm node just inferior to it.",
        [("Lymph nodes", None, "right", 26.0), ("Lymph nodes", None, "right", 11.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ISTHMUS)
def test_isthmus_nodule_takes_no_lobe_side(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected
