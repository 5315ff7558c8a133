"""Descriptor words of translated and foreign reports (ontology synonyms): the French feminine and plural
"hypervascularisée(s)", the Spanish "vascularidad" and Portuguese "vascularidade" beside their grade ("vascularidad
aumentada", "vascularisation normale"), the foreign dimension word as a template key ("Vascularidad: ausente", read
only as a key, like "Doppler"), the Portuguese "sombra posterior" of a stone, and the word order of Chinese-English
reports that puts the grade after "echo" ("echo decreased", "echo increased"). Passages written for this file.
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

ROWS = [
    ("Testicule droit: masse hétérogène de 31 mm, hypoéchogène, hypervascularisée au Doppler couleur.",
     "Vascularity", ["increased vascularity"]),
    ("Ganglions cervicaux hypervasculaires, le plus grand de 14 mm.", "Vascularity", ["increased vascularity"]),
    ("Testículo izquierdo: lesión hipoecoica de 9 mm con vascularidad aumentada.",
     "Vascularity", ["increased vascularity"]),
    ("Testicule gauche de taille et échostructure normales, vascularisation normale.",
     "Vascularity", ["normal/regular vascularity"]),
    ("Mama izquierda:\nLesión: quiste complicado a las 2, 7 mm\nVascularidad: ausente",
     "Vascularity", ["no vascularity"]),
    ("Vesícula biliar: cálculo de 11 mm com sombra posterior.", "PosteriorAcoustics", ["shadowing"]),
    ("Left parotid gland enlarged, echo decreased and uneven, no focal lesion.", "Echogenicity", ["hypoechoic"]),
    ("Liver: size normal, capsule smooth, parenchyma echo increased finely.", "Echogenicity", ["hyperechoic"]),
    # near misses: the foreign dimension word alone states no grade; "posterior echo enhanced" is no echogenicity
    ("Nódulo de 12 mm, sólido, com vascularidade ao Doppler.", "Vascularity", []),
    ("Right kidney upper pole cyst 18 mm, boundary clear, posterior echo enhanced.", "Echogenicity", []),
]


@pytest.mark.parametrize(("text", "field", "expected"), ROWS)
def test_translated_descriptor_words(parser: ReportParser, text: str, field: str, expected: list[str]) -> None:
    assert labels_of(parser, text, field) == expected
