"""A template key made of the organ and its size ("Liver size: normal") answers the size alone, as "Size: normal"
does: with the organ described as coarse and nodular elsewhere, the study is not normal.

Near misses: the same key in a study whose other rows are normal, or an organ stated normal in its own row, still
give the normal finding. Each passage is written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

FIELD, NORMAL = "Diagnosis", "normal appearance"


def test_an_organ_size_key_alone_is_no_normal_organ(parser: ReportParser) -> None:
    text = ("LIVER SURVEILLANCE (hepatitis C)\nLiver size: normal\nEchotexture: coarse\nSurface: nodular\n"
            "Focal lesion: none\nSpleen: 14.2 cm\nImpression: cirrhotic liver without focal lesion.")
    assert NORMAL not in labels_of(parser, text, FIELD)


@pytest.mark.parametrize(
    "text",
    [
        "Liver size: normal\nEchotexture: homogeneous\nFocal lesion: none\nSpleen: 10.4 cm, normal",
        "Liver size: normal\nEchotexture: coarse\nSurface: nodular\nSpleen: 10.1 cm, unremarkable\n"
        "Kidneys: normal",
    ],
)
def test_other_normal_rows_still_give_the_normal_finding(parser: ReportParser, text: str) -> None:
    assert NORMAL in labels_of(parser, text, FIELD)
