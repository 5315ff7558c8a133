"""A lesion named only by its shape ("nodular image", "nodular formation") takes the diagnosis an asserted refining
name gives later in its sentence (udt.parser.shape_named).

"Hyperechoic nodular image, 19 x 16 mm, ..., compatible with hemangioma": the ontology files "nodular image" as a
related synonym of the nodule, a writer's word for a rounded lesion of unstated nature; the name after "compatible
with" is its diagnosis (a haemangioma rolls up to mass). A nodule in its own right keeps its diagnosis, and so does a
shape word whose name is only hedged ("possibly a haemangioma"). Passages written for this file.

Inventory (development findings corpora): pq012.
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

SHAPE_NAMED: list[tuple[str, list[Lesion]]] = [
    (
        "Liver: normal size. In segment VI, a hyperechoic nodular image, well-defined, 14 x 12 mm, without flow on "
        "Doppler, compatible with haemangioma.",
        [("Liver", "mass", None, 14.0)],
    ),
    (
        "Right kidney: nodular image of 11 mm in the upper pole, compatible with angiomyolipoma.",
        [("Kidney and ureter", "mass", "right", 11.0)],
    ),
    # near misses: no name after the shape word; a hedged name; a nodule word of its own kind
    ("Liver: in segment VI a hyperechoic nodular image of 14 mm. Spleen normal.", [("Liver", "nodule", None, 14.0)]),
    (
        "Liver: in segment VI a hyperechoic nodular image of 14 mm, possibly a haemangioma.",
        [("Liver", "nodule", None, 14.0)],
    ),
    (
        "Thyroid: right lobe with a hypoechoic nodule of 12 mm, solid, likely a colloid nodule.",
        [("Thyroid gland", "nodule", "right", 12.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHAPE_NAMED)
def test_shape_named_lesion_takes_refining_name(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected
