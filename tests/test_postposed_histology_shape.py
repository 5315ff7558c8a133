"""A histology named in a Romance language's order, the shape word after its noun ("hiperplasia nodular",
"iperplasia nodulare", "hyperplasie nodulaire"), is a disease's name, as "nodular hyperplasia" is: no lesion's shape,
stated or offered as a hedged alternative ("probable adenoma folicular vs hiperplasia nodular").

Near misses: a nodular lesion in the same translated report keeps its shape. Each passage is written for this file.
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of, reading_of

from udt.parser import ReportParser


@pytest.mark.parametrize(
    "text",
    [
        "Ecografía tiroidea: nódulo sólido isoecoico de 21 mm en el lóbulo derecho, bordes regulares. "
        "Impresión: probable adenoma folicular vs hiperplasia nodular.",
        "Thyroid (translated from Spanish): right lobe enlarged with a 16 mm isoechoic nodule. "
        "Conclusion: hiperplasia nodular, TI-RADS 3.",
        "Ecografia tiroidea: nodulo isoecogeno di 18 mm nel lobo sinistro. Conclusione: iperplasia nodulare probabile.",
    ],
)
def test_postposed_histology_gives_no_shape(parser: ReportParser, text: str) -> None:
    assert "nodular" not in labels_of(parser, text, "Shape")
    assert reading_of(parser, text, "Shape", "nodular") is None


@pytest.mark.parametrize(
    "text",
    [
        # near miss: a histology word in the report, but not right before the shape word
        "Known endometrial hyperplasia. Left breast 2 o'clock: a 9 mm nodular hypoechoic mass, parallel.",
        # near miss: a lesion's shape written before its noun
        "Left breast 10 o'clock: an 11 mm nodular hypoechoic mass with indistinct margins.",
    ],
)
def test_shape_after_other_nouns_kept(parser: ReportParser, text: str) -> None:
    assert reading_of(parser, text, "Shape", "nodular") is not None
