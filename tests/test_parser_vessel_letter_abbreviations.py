"""A vessel named with its noun cut to the anatomist's letter ("Basilic v.", "Brachial vv.", "Radial a.").

Vein-mapping and duplex tables write the qualifying word in full and the noun as a letter; each such form names the
same vessel as "basilic vein". A bare "v." stays "versus", and a letter after a word that names no vessel is read
as nothing.
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser
from udt.parser.variants import surface_variants

VEINS, ARTERIES = "Peripheral veins", "Peripheral arteries"


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


def test_variants_cut_the_vessel_noun_to_its_letter() -> None:
    assert "basilic v." in surface_variants("basilic vein")
    assert "brachial vv." in surface_variants("brachial veins")
    assert "radial a." in surface_variants("radial artery")
    # one word alone keeps no letter form: "v." alone is "versus"
    assert "v." not in surface_variants("vein")


@pytest.mark.parametrize("text", [
    "PRE-PICC VEIN ASSESSMENT\nArm assessed: RIGHT\nBasilic v. (upper arm): 4.6 mm, compressible, depth 9 mm",
    "Vein mapping, left arm.\nCephalic v.: 2.2 mm - not suitable.",
])
def test_a_lettered_vein_names_the_peripheral_veins(parser: ReportParser, text: str) -> None:
    assert VEINS in labels_of(parser, text, "Organ_level")


def test_versus_between_two_diagnoses_names_no_vein(parser: ReportParser) -> None:
    text = "Liver: 2 cm hypoechoic lesion, haemangioma v. metastasis, for MRI."
    assert VEINS not in labels_of(parser, text, "Organ_level")
    assert ARTERIES not in labels_of(parser, text, "Organ_level")
