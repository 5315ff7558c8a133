"""An "image" likened to a lesion just described is another lesion (udt.parser.image_lesions): "Adjacent, a second
similar image of 16 mm". A likening word after a word that adds one more ("a second similar", "another similar")
describes the image as a descriptor would; a picture is never "similar". Passages written for this file.

Inventory (development corpora, kind "organ has fewer findings than gold (merged)"): mz033 ("a second similar image
of 1,6 cm" after an ovarian endometrioma).

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]

SIMILAR_IMAGES: list[Row] = [
    (
        "RIGHT OVARY: cystic image of 3,1 x 2,7 cm with diffuse low level echoes, compatible with an endometrioma. "
        "Posterior to it, a second similar image of 1,2 cm.",
        [("Adnexa", "cyst", "right", 31.0), ("Adnexa", None, "right", 12.0)],
    ),
    (
        "Liver: hyperechoic image of 12 mm in segment 6, compatible with haemangioma. Another similar image of 7 mm "
        "in segment 3.",
        [("Liver", "mass", None, 12.0), ("Liver", None, None, 7.0)],
    ),
    # guards: a picture
    ("Image quality limited by habitus. Similar images were obtained last year.", []),
    ("Liver 14 cm, homogeneous. Images similar to the previous study.", []),
]


@pytest.mark.parametrize(("text", "expected"), SIMILAR_IMAGES)
def test_an_image_likened_to_a_lesion_is_another_lesion(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected
