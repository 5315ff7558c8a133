"""A lesion no organ places that is written as like the lesion before takes that lesion's organ, and then its
diagnosis (udt.parser.alike_lesions).

"RIGHT SCAPULAR REGION: ... compatible with lipoma. LEFT LUMBAR REGION: second image of similar characteristics, of
14 mm": no organ files the lumbar region, so the second lipoma stayed unplaced and unnamed. A lesion of no likeness
under such a heading stays as it was. Passages written for this file.

Inventory (development findings corpora): mn010.
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

_FIRST = ("RIGHT SCAPULAR REGION: in the subcutaneous tissue an oval hyperechogenic image of 41 x 15 mm, without flow, "
          "compatible with lipoma.\n")
_LAST = ("\nRIGHT POPLITEAL FOSSA: anechoic image beside the medial gastrocnemius head, 27 x 9 mm, compatible with "
         "Baker cyst.")

ALIKE: list[tuple[str, list[Lesion]]] = [
    (
        _FIRST + "LEFT LUMBAR REGION: second image of similar characteristics, of 14 mm." + _LAST,
        [("Soft tissues", "mass", "right", 41.0), ("Soft tissues", "mass", "left", 14.0),
         ("Knee", "cyst", "right", 27.0)],
    ),
    # near miss: no likeness, no organ to take
    (
        _FIRST + "LEFT LUMBAR REGION: anechoic image of 14 mm." + _LAST,
        [("Soft tissues", "mass", "right", 41.0), (None, None, "left", 14.0), ("Knee", "cyst", "right", 27.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ALIKE)
def test_unplaced_alike_lesion_takes_organ(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected
