"""A "normo-" prefix before an echo word ("Parenchyme homogène, normo-échogène", "parenchyma normo-echogenic") says
the tissue has its normal echo level: no hyperechoic lesion, which the bare "échogène"/"echogenic" would give.

Near misses: the nodule's own echo word after it is still read ("nodule isoéchogène"), and a bare "echogenic" stays
hyperechoic. Each passage is written for this file.
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser


@pytest.mark.parametrize(
    ("text", "echo"),
    [
        ("Échographie thyroïdienne. Parenchyme homogène, normo-échogène. Pas de nodule.", []),
        ("Thyroid: parenchyma homogeneous, normo-echogenic. Left lobe: isoechoic nodule 11 mm.", ["isoechoic"]),
        ("Parenchyme homogène, normo-échogène. Lobe gauche: nodule isoéchogène de 9 mm, ovale.", ["isoechoic"]),
        # near miss: a bare echo word
        ("Right lobe: an echogenic nodule of 7 mm, oval, no calcification.", ["hyperechoic"]),
    ],
)
def test_normo_prefix_gives_no_echo_level(parser: ReportParser, text: str, echo: list[str]) -> None:
    assert labels_of(parser, text, "Echogenicity") == echo
