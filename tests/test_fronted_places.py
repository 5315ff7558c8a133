"""A place phrase fronted before the next lesion of a sentence opens that lesion's clause
(udt.parser.fronted_places).

"A 12 mm cyst at the upper pole of the right kidney and, at the lower pole of the left kidney, a 9 mm
angiomyolipoma": the clause boundary was the comma closing the fronted phrase, so the cyst took its side and
location and the angiomyolipoma none. Near miss: "and" joining a lesion's own features opens no clause. Passages
written for this file.
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser

Placed = tuple[float | None, str | None, str | None]  # (largest size in mm, side, location)

FRONTED: list[tuple[str, list[Placed]]] = [
    (
        "A 12 mm cyst at the upper pole of the right kidney and, at the lower pole of the left kidney, a 9 mm "
        "angiomyolipoma.",
        [(12.0, "right", "upper pole"), (9.0, "left", "lower pole")],
    ),
    (
        "Liver: a 12 mm cyst in segment VII and, in segment III, a 9 mm haemangioma.",
        [(12.0, None, "segment vii"), (9.0, None, "segment iii")],
    ),
    (
        "Thyroid: a 6 mm nodule in the right lobe and, in the isthmus, a 4 mm cyst.",
        [(6.0, "right", None), (4.0, None, "isthmus")],
    ),
    # near miss: the "and" joins the first lesion's features, no fronted place
    (
        "Thyroid: a 6 mm nodule at the upper pole of the right lobe, smooth and well defined, a 4 mm cyst in the "
        "isthmus.",
        [(6.0, "right", "upper pole"), (4.0, None, "isthmus")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED)
def test_fronted_place_belongs_to_the_next_lesion(parser: ReportParser, text: str, expected: list[Placed]) -> None:
    got = [(max(f.size_mm) if f.size_mm else None, f.laterality, f.location)
           for f in parser.parse(text).findings if f.kind == "lesion"]
    assert got == expected
