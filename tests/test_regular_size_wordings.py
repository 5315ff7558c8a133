"""Translated wordings of a normal organ: "of regular size and echostructure", "regular dimensions and echostructure"
(Slavic and Italian reports' "regular" for normal) and the Italian "nella norma" state the organ normal.

Near misses: "regular" said of a lesion's outline ("a nodule with regular margins") or of a size alone ("of regular
size", beside the organ's own lesion) is no normal organ. Each passage is written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

FIELD, NORMAL = "Diagnosis", "normal appearance"


@pytest.mark.parametrize(
    "text",
    [
        "Liver with two hyperechoic lesions of 12 and 18 mm, likely haemangiomas. Spleen and both kidneys of regular "
        "size and echostructure.",
        "Right testis: 9 mm hypoechoic intratesticular lesion. Left testis: regular dimensions and echostructure.",
        "Utero con fibroma intramurale di 25 mm. Ovaio destro nella norma.",
    ],
)
def test_regular_size_and_echostructure_is_a_normal_organ(parser: ReportParser, text: str) -> None:
    assert NORMAL in labels_of(parser, text, FIELD)


@pytest.mark.parametrize(
    "text",
    [
        "Thyroid: right lobe with a 15 mm hypoechoic nodule with regular margins, TR3.",
        "Liver of regular size. In segment VI a 22 mm hyperechoic, well-defined lesion, likely haemangioma.",
    ],
)
def test_regular_margins_or_size_alone_is_no_normal_organ(parser: ReportParser, text: str) -> None:
    assert NORMAL not in labels_of(parser, text, FIELD)
