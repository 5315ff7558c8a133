"""A size followed by "proximal" or "distal" is a distance along a vessel or limb, not a lesion's size."""

from __future__ import annotations

from parser_reading import lesions_of

from udt.parser import ReportParser


def test_distance_along_the_outflow_vein_is_no_size(parser: ReportParser) -> None:
    text = ("AVF SURVEILLANCE - LEFT ARM\nAlong the cephalic outflow vein: hypoechoic collection 18 x 8 mm, "
            "consistent with haematoma; a second collection 3 cm distal, 9 mm, anechoic.")
    sizes = sorted(size for _, _, _, size in lesions_of(parser, text) if size is not None)
    assert sizes == [9.0, 18.0]


def test_proximal_as_a_place_keeps_the_size(parser: ReportParser) -> None:
    # "proximal" before the organ places the lesion; the size before it is the lesion's own
    text = "Thigh ultrasound\nA 14 mm lipoma in the proximal thigh, subcutaneous."
    assert [size for _, _, _, size in lesions_of(parser, text)] == [14.0]
