"""Terms written inside a machine export's underscore-joined key (udt/parser/joined_keys.py): "ECHOGENIC_FOCI=none"
denies the echogenic foci (calcifications), not an echogenicity; "FREE_FLUID=absent" denies free fluid. A typed
blank with spaces around it joins nothing. Passages written for this test."""

from __future__ import annotations

import pytest

from udt import ReportParser

PARSER = ReportParser()


def _statuses(text: str) -> set[tuple[str, str, str]]:
    return {(m.dimension, m.value, m.status) for m in PARSER.parse(text).mentions if m.value}


JOINED = [
    ("EXAM=US_THYROID\nNODULE_1_SITE=L lower; COMPOSITION=solid; ECHOGENIC_FOCI=none; SIZE_MM=11",
     ("InternalCharacteristics", "calcifications", "absent")),
    ("COMPOSITION=SOLID,ECHOGENICITY=HYPOECHOIC,MARGIN=SMOOTH,ECHOGENIC_FOCI=NONE,VASCULARITY=NONE",
     ("InternalCharacteristics", "calcifications", "absent")),
    ("KIDNEY_R_FINDING=none\nFREE_FLUID=absent\nBLADDER=normal", ("Diagnosis", "fluid collection", "absent")),
    ("OBX 4 ST PELVIC_FREE_FLUID=trace, in the pouch of Douglas", ("Diagnosis", "fluid collection", "present")),
]


@pytest.mark.parametrize(("text", "triple"), JOINED)
def test_a_term_inside_an_underscore_key_is_read_whole(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in _statuses(text)


def test_the_first_word_of_a_joined_term_is_not_read_alone() -> None:
    found = _statuses("NODULE_2_SITE=R mid; ECHO=isoechoic; ECHOGENIC_FOCI=none")
    assert ("Echogenicity", "hyperechoic", "absent") not in found
    assert ("Echogenicity", "isoechoic", "present") in found


def test_a_spaced_blank_joins_nothing() -> None:
    # "echogenic _ foci" is a form with a blank typed between two words, not one key: no term spans it
    found = _statuses("Nodule 12 mm, echogenic _ foci: see image.")
    assert not any(value == "calcifications" for _, value, _ in found)


WALL_FOCI = [
    ("Punctate echogenic wall foci were not seen in the 4 cm left ovarian cyst.", "absent"),
    ("Gallbladder fundal wall thickened with echogenic intramural foci and comet-tail artefacts.", "present"),
    ("Single echogenic mural focus in the cyst wall, 2 mm.", "present"),
]


@pytest.mark.parametrize(("text", "status"), WALL_FOCI)
def test_echogenic_foci_with_a_wall_word_inside_are_calcifications(text: str, status: str) -> None:
    # (ontology synonyms of calcifications: the site adjective inside "echogenic foci" left "echogenic" alone)
    found = _statuses(text)
    assert ("InternalCharacteristics", "calcifications", status) in found
    assert not any(dim == "Echogenicity" for dim, _, _ in found)


def test_an_echogenic_wall_without_foci_stays_an_echogenicity() -> None:
    found = _statuses("Echogenic wall, no foci of flow.")
    assert ("Echogenicity", "hyperechoic", "present") in found
    assert not any(value == "calcifications" for _, value, _ in found)
