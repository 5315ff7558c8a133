"""A "normal" said of where an organ lies is no normal organ: "Thyroid: in the normal position, ... parenchyma
heterogeneous (thyroiditis)" names a diseased gland found in its place.

Near misses: a position joined to the organ's look ("normal position and size", "in normal position, with normal size
and echogenicity") still states the organ normal, and so does a separate normal statement of the same organ. Each
passage is written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

FIELD, NORMAL = "Diagnosis", "normal appearance"


@pytest.mark.parametrize(
    "text",
    [
        "Thyroid: in the normal position, right lobe 17 x 16 x 46 mm, left lobe 15 x 15 x 44 mm. Parenchyma "
        "inhomogeneous and hypoechoic with increased vascularity on colour Doppler (thyroiditis).",
        "Thyroid gland of normal location, lobes 18 and 16 mm thick. Echostructure heterogeneous with pseudonodular "
        "areas, as in chronic thyroiditis.",
    ],
)
def test_a_normal_position_alone_is_no_normal_organ(parser: ReportParser, text: str) -> None:
    assert NORMAL not in labels_of(parser, text, FIELD)


@pytest.mark.parametrize(
    "text",
    [
        "Kidneys: normal position and size, no calculi, no dilatation of the collecting systems.",
        "Renal scan. Both kidneys in normal position, with normal size and echogenicity. A 12 mm simple cyst in the "
        "upper pole of the left kidney.",
        "Thyroid in normal position, normal in size and echotexture, no nodules.",
    ],
)
def test_a_position_joined_to_the_look_still_states_the_organ_normal(parser: ReportParser, text: str) -> None:
    assert NORMAL in labels_of(parser, text, FIELD)
