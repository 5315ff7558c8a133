"""Limb and neck veins named in Latin or in another language's anatomy ("V. poplitea", "vena saphena magna",
"safena interna", "veines fémorales", "tiefe Beinvenen").

Continental duplex reports write the vein's Latin name, noun first and often cut to its letter; each form names the
same vein as its English name. An abbreviation that another language reads as something else ("VSM", the French
peak systolic velocity) names no vein, and a bare "v." stays "versus".
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser
from udt.parser.variants import surface_variants

VEINS = "Peripheral veins"


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


def test_latin_noun_first_names_are_cut_to_their_letter() -> None:
    assert "v. poplitea" in surface_variants("vena poplitea")
    assert "vv. femorales" in surface_variants("venae femorales")
    # the noun alone keeps no letter form
    assert "v." not in surface_variants("vena")


@pytest.mark.parametrize("text", [
    "Kompressionssonographie links.\nV. femoralis communis, V. femoralis und V. poplitea: komprimierbar.",
    "UZ dolnich koncetin\nVena poplitea sin.: compressible, without thrombosis.",
    "Shunt duplex, left forearm. Right arm: V. subclavia patent, compressible.",
    "Varikose rechts: Insuffizienz der V. saphena magna mit Reflux 3 s an der Crosse.",
    "Sistema venoso profundo permeable. Safena interna derecha con reflujo de 2,1 s.",
    "Veines fémorales, poplitées et jambières compressibles bilatéralement. Pas de TVP.",
    "Tiefe Beinvenen rechts komprimierbar, kein Thrombusnachweis.",
])
def test_a_latin_or_foreign_vein_name_names_the_peripheral_veins(parser: ReportParser, text: str) -> None:
    assert VEINS in labels_of(parser, text, "Organ_level")


@pytest.mark.parametrize("text", [
    # French arterial duplex: VSM is the peak systolic velocity, not the great saphenous vein
    "ÉCHO-DOPPLER ARTÉRIEL\nArtère fémorale superficielle gauche: sténose serrée (VSM 380 cm/s).",
    "Liver: 2 cm hypoechoic lesion, haemangioma v. metastasis, for MRI.",
])
def test_near_misses_name_no_vein(parser: ReportParser, text: str) -> None:
    assert VEINS not in labels_of(parser, text, "Organ_level")
