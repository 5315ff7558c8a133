"""Contour wordings of translated and foreign templates that state an ill-defined margin (ontology related synonyms
of ill-defined/indistinct): French and Spanish/Portuguese put the adjective after the contour noun ("contours
irréguliers", "bordes irregulares", "contornos irregulares"), and "fuzzy contours" says what "fuzzy margins" does.
An organ's outline said the same way stays no margin (termset.ORGAN_CONTOUR_WORDS has the foreign contour nouns).
Passages written for this file.
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

ILL = ["ill-defined/indistinct"]
ROWS = [
    ("Lobe droit: nodule hypoéchogène de 12 mm, contours irréguliers, plus haut que large.", ILL),
    ("Mama derecha: nódulo sólido hipoecoico de bordes irregulares a las 10 h, 14 x 11 mm.", ILL),
    ("Lobo esquerdo: nódulo sólido hipoecoico de 8 mm, contornos irregulares, com microcalcificações.", ILL),
    ("In the lower pole a hypoechoic node 1.2 cm with uneven fuzzy contours and microcalcinates.", ILL),
    # near misses: the organ's own outline
    ("Foie de taille normale, contours irréguliers, échostructure homogène.", []),
    ("Útero de bordes irregulares, 8 cm, miometrio homogéneo.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_foreign_contour_wordings_state_the_margin(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, "Margins") == expected
