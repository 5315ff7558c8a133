"""A contour word said of an organ in a sentence whose only diagnosis is a state of that whole organ with no
diagnosis value of its own (cirrhosis, hepatomegaly) describes the organ's outline, not a lesion's margin: "Liver
enlarged, coarse echotexture, irregular contours, compatible with cirrhosis" (also in Portuguese, "contornos
irregulares").

Near misses: a lesion in the sentence keeps its margin ("a 2 cm lesion with irregular contours" in a cirrhotic
liver), as does a lesion named in the next sentence with its own contour. Each passage is written for this file.
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser


@pytest.mark.parametrize(
    ("text", "margins"),
    [
        ("Liver enlarged (18 cm), coarse echotexture, irregular contours, compatible with cirrhosis. Spleen 14 cm.",
         []),
        ("Fígado aumentado (16 cm), ecotextura grosseira, contornos irregulares, sugestivo de cirrose hepática.", []),
        # near misses: a lesion's contour
        ("Liver: cirrhotic, with a 2 cm hypoechoic lesion with irregular contours in segment 6.",
         ["ill-defined/indistinct"]),
        ("Liver: coarse, consistent with cirrhosis. A 2 cm hypoechoic nodule with irregular contours in segment 6.",
         ["ill-defined/indistinct"]),
    ],
)
def test_organ_state_sentence_contour_is_the_organs(parser: ReportParser, text: str, margins: list[str]) -> None:
    assert labels_of(parser, text, "Margins") == margins
