"""A size followed by a time adverb that closes its clause ("the larger measured 29 mm before.") is the size then, a
comparison: it never replaces the lesion's size today nor counts as a lesion of its own.

Inventory on the development corpora (id, fragment, expected, got before the fix):
- nr013 (_49) "In the right kidney there are two cortical cysts, 31 mm in the upper pole and 12 mm in the mid
  portion; the larger measured 29 mm before.": two right renal cysts, 31 and 12 mm; got one, of 29 mm (the group's
  "larger" made the earlier size the group's own).

Each passage below is of our own writing; the near misses keep an adverb that opens a place or the next size.
"""

from __future__ import annotations

import pytest
from parser_reading import lesions_of

from udt.parser import ReportParser

K, TH, LI = "Kidney and ureter", "Thyroid gland", "Liver"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the left kidney there are two cortical cysts, 24 mm in the lower pole and 9 mm in the upper pole; the "
            "larger measured 21 mm before. The right kidney is normal.",
            [(K, "cyst", "left", 24.0), (K, "cyst", "left", 9.0)],
        ),
        (
            "Right kidney: two simple cysts, 31 mm at the upper pole and 12 mm at the mid pole; the larger measured "
            "29 mm previously.",
            [(K, "cyst", "right", 31.0), (K, "cyst", "right", 12.0)],
        ),
        # near misses: "before" opens a place; "previously" opens the earlier size after today's
        (
            "Right ureter: a 6 mm calculus 2 cm before the vesicoureteric junction, with mild hydronephrosis.",
            [(K, None, "right", 6.0)],
        ),
        ("Liver: a 22 mm cyst in segment 7, 18 mm previously 14 mm.", [(LI, "cyst", None, 22.0)]),
    ],
)
def test_a_size_then_is_a_comparison(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected
