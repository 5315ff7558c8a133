"""Spanish, Portuguese and French wordings of normal vessel flow ("flujo fásico", "fluxo anterógrado", "flux phasique",
"flux hépatopète", "flux triphasique") are normal/regular vascularity, as their English forms ("phasic flow",
"antegrade flow", "hepatopetal flow", "triphasic flow") already are in the ontology.

Near misses: the bare words without "flow" ("fásico", "triphasique") and a flow stated as reversed or absent keep no
normal value. Each passage is written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

FIELD, NORMAL = "Vascularity", "normal/regular vascularity"


@pytest.mark.parametrize(
    "text",
    [
        "Eco-Doppler venoso: venas femoral y poplítea derechas compresibles, con flujo fásico. Sin trombosis.",
        "Vena porta de 11 mm, permeable, con flujo hepatópeto.",
        "Doppler de carótidas: artérias vertebrais com fluxo anterógrado bilateralmente.",
        "Veias femorais comuns compressíveis, fluxo fásico preservado ao Valsalva.",
        "Veines fémorales et poplitées compressibles, flux phasique. Pas de thrombose veineuse profonde.",
        "Tronc porte perméable de 12 mm, flux hépatopète, sans thrombose.",
        "Artères fémorales communes: flux triphasique bilatéral, sans sténose.",
        "Artères vertébrales: flux antérograde des deux côtés.",
    ],
)
def test_foreign_normal_flow_is_normal_vascularity(parser: ReportParser, text: str) -> None:
    assert NORMAL in labels_of(parser, text, FIELD)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a bare phase word, an inverted or absent flow
        "Artère poplitée droite: triphasique, pas de sténose.",
        "Vena porta de 14 mm con flujo hepatófugo.",
        "Veine fémorale gauche non compressible, sans flux au Doppler couleur.",
    ],
)
def test_other_flow_wordings_give_no_normal_value(parser: ReportParser, text: str) -> None:
    assert NORMAL not in labels_of(parser, text, FIELD)
