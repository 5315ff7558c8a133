"""A report that names the thyroid in its own language ("Ecografía de tiroides", "nódulo tiroideo", "ecografia
tiroidea") is a thyroid report as one that says "thyroid" is: the suspected nature of its nodule (a follicular
adenoma, a carcinoma), hedged or not, is that nodule, which the guideline rolls up to nodule, and no further mass.

Near misses: a report of another organ keeps a hedged adenoma as a mass. Each passage is written for this file.
"""

from __future__ import annotations

import pytest
from parser_reading import reading_of

from udt.parser import ReportParser


@pytest.mark.parametrize(
    "text",
    [
        "Ecografía de tiroides. Lóbulo izquierdo: nódulo sólido isoecoico de 14 mm con halo fino. "
        "Impresión: nódulo tiroideo izquierdo, probable adenoma folicular.",
        "Tiroides: right lobe nodule of 12 mm, isoechoic, regular margins; probable adenoma.",
        "Ecografia tiroidea (translated): 17 mm solid hypoechoic nodule in the left lobe with microcalcifications, "
        "suspicious for carcinoma.",
    ],
)
def test_translated_thyroid_nature_is_the_nodule(parser: ReportParser, text: str) -> None:
    assert reading_of(parser, text, "Diagnosis", "mass") is None
    assert reading_of(parser, text, "Diagnosis", "nodule") is not None


@pytest.mark.parametrize(
    "text",
    [
        # near miss: an adenoma of the liver, no thyroid named in any language
        "Hígado: lesión sólida hiperecoica de 22 mm en el segmento VI, probable adenoma. Vesícula normal.",
    ],
)
def test_other_organ_adenoma_stays_a_mass(parser: ReportParser, text: str) -> None:
    assert reading_of(parser, text, "Diagnosis", "mass") == "uncertain"
