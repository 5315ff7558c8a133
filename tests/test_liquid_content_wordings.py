"""Wordings of a lesion's fluid content that the ontology missed: "purely/entirely liquid" (like "purely cystic" and
"mainly liquid"), a translated French "liquidian nodule", French "plages/zones kystiques" and "composante kystique"
(like "cystic areas/component"), and a "cystic-colloid" thyroid nodule all give cystic components.

Near misses: "liquidian" before a word of free fluid ("liquidian effusion", "a liquidian blade in the Douglas") names
the fluid itself, no component; a "cystic formation" stays a whole lesion (no component, termset.CYSTIC_KIND_NOUNS).
Each passage is written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

FIELD, CYSTIC = "InternalCharacteristics", "cystic components"


@pytest.mark.parametrize(
    "text",
    [
        "Right lobe, upper third: 6 mm anechoic formation, purely liquid, EU-TIRADS 2.",
        "Left lobe: 9 mm nodule, entirely liquid, with a comet-tail artefact.",
        "Isthmus: a small liquidian nodule of 4 mm, EU-TIRADS 2.",
        "Rein droit: masse tissulaire de 6 cm, hétérogène, avec des plages kystiques centrales.",
        "Ovaire gauche: formation de 4 cm avec une composante kystique et des cloisons fines.",
        "Left lobe: two cystic-colloid nodules, the larger 7 mm.",
    ],
)
def test_liquid_content_wordings_give_cystic_components(parser: ReportParser, text: str) -> None:
    assert CYSTIC in labels_of(parser, text, FIELD)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: free fluid called "liquidian", and a cystic formation (a whole lesion, no component)
        "Small liquidian effusion in the Douglas pouch, 9 mm.",
        "A liquidian blade of 6 mm in the Morison pouch.",
        "Left ovary: anechoic cystic formation of 31 mm, thin walls, avascular.",
    ],
)
def test_free_fluid_and_whole_lesions_give_no_component(parser: ReportParser, text: str) -> None:
    assert CYSTIC not in labels_of(parser, text, FIELD)
