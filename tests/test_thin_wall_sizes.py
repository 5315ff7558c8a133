"""A wall called thin and measured in a few millimetres is the wall's thickness, not the size of the lesion it
encloses: "simple cyst, anechoic, thin wall of 2 mm, 36 x 30 mm" is a 36 mm cyst.

Near misses: a centimetre or more after a thin wall measures the lesion ("anechoic cyst with thin wall of 28 mm"),
and a wall with no thin or thick word before it is read as before. Each passage is written for this file.
"""

from __future__ import annotations

import pytest
from parser_reading import lesions_of

from udt.parser import ReportParser


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("Ovário esquerdo: with simple cyst, anechoic, thin wall of 2 mm, 41 x 35 mm.", 41.0),
        ("Right ovary: cyst with a thin wall 1,5 mm, 29 x 24 mm, no septa.", 29.0),
        # near miss: a centimetre-plus measure after a thin wall is the cyst's
        ("Left ovary: simple cyst, anechoic, thin wall of 31 mm, no vascularity.", 31.0),
    ],
)
def test_thin_wall_measure_is_no_lesion_size(parser: ReportParser, text: str, size: float) -> None:
    sizes = [s for _, diagnosis, _, s in lesions_of(parser, text) if diagnosis == "cyst"]
    assert sizes == [size]
