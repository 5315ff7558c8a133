"""Organ labels of Dutch wording and of neighbours ruled out (stop 38, wave 2). Passages written for this file.

- Dutch "met" is "with" ("cyste met echogene inhoud"), not the abbreviated metastasis, beside a Dutch function word
  in its sentence (termset.OTHER_SENSE_AROUND): no mass and no liver. The English "?new met" stays one.
- Dutch organ words: "oksel(s)" is the axilla (its nodes are the axilla's, not the neck's lymph nodes), "tepel" the
  nipple (ontology synonyms). Dutch "lever" (liver) stays out: it is an English word too (test_parser_wave32_q1).
- Dutch and German clock hours ("2u", "10 uur", "3 Uhr") place a lesion under an axilla heading in the breast as
  "o'clock" does (clock_sites.py); a number with another letter or unit is no hour.
- A landmark phrase's side stops at its sentence end: "hilum compressed." does not take the next line's "Right:".
- A neighbour conceded near but said separate ("the radial artery is adjacent but separate") is a landmark, not an
  organ examined (landmarks._said_apart); one said adjacent and reported on keeps its organ.

Inventory (development corpora): bs010, bs035, bs049, bs053 ("met" in quoted Dutch), bs066, bs071, bs075, mv005,
ok016 ("Oksel"), ok014 (Dutch clock hours, a side heading after "hilum compressed."), bs084 ("adjacent but
separate").
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, labels_of, lesions_of

from udt.parser import ReportParser

_BR = "Breast"
_AX = "Axilla"


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


DUTCH_WITH: list[tuple[str, list[str], list[str]]] = [
    (
        'My echo report says: "Pols links dorsaal: ganglion van 9 mm met een steeltje naar het gewricht." Is that '
        "something to worry about?",
        ["Wrist and carpus"], ["cyst"],
    ),
    (
        "Lies rechts: verdikte lymfeklier van 16 mm met behouden vethilus. Geen abces.",
        [], [],
    ),
    (
        "Uitslag: subcutaan gelegen lipoma, 3 cm, goed begrensd, met fijne septa. Geen doorbloeding.",
        ["Soft tissues"], ["mass"],
    ),
    # guards: the English abbreviation of a metastasis keeps its reading
    ("Liver: segment 6, 14 mm hypoechoic met, unchanged.", ["Liver"], ["mass"]),
    ("Known colorectal primary. Liver: 2 cm new met in segment 8.", ["Liver"], ["mass"]),
]


@pytest.mark.parametrize(("text", "organs", "diagnoses"), DUTCH_WITH)
def test_dutch_met_is_with(parser: ReportParser, text: str, organs: list[str], diagnoses: list[str]) -> None:
    assert labels_of(parser, text, "Organ_level") == sorted(organs)
    assert labels_of(parser, text, "Diagnosis") == sorted(diagnoses)


DUTCH_ORGANS: list[tuple[str, list[str]]] = [
    ("ECHO MAMMA LINKS\nMamma links: geen afwijkingen.\nOksel links: twee normale lymph nodes.", [_AX, _BR]),
    ("Oksels beiderzijds: geen pathologische klieren.", [_AX]),
    ("Oksel rechts: 1 lymph node, cortex 4 mm, fatty hilum present.", [_AX]),
    # guard: an English axillary heading was and stays the axilla
    ("Right axilla: two lymph nodes with preserved fatty hila.", [_AX]),
]


@pytest.mark.parametrize(("text", "organs"), DUTCH_ORGANS)
def test_dutch_organ_words(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, "Organ_level") == sorted(organs)


CLOCK_HOURS: list[tuple[str, list[Lesion]]] = [
    (
        "ECHO MAMMAE + OKSELS\nOksel links: normal.\nLinks 3u, 4 cm van de tepel: oval anechoic cyst 8 mm.",
        [(_BR, "cyst", "left", 8.0)],
    ),
    (
        "ECHO MAMMAE + OKSELS\nOksel rechts: normal.\nRechts op 11 uur: simple cyst 6 mm.",
        [(_BR, "cyst", "right", 6.0)],
    ),
    (
        "MAMMASONOGRAPHIE + AXILLA\nAxilla rechts: unauffällig.\nRechts bei 10 Uhr: simple cyst 7 mm.",
        [(_BR, "cyst", "right", 7.0)],
    ),
    # guard: no hour, the axilla heading holds its lesion
    (
        "ECHO MAMMAE + OKSELS\nOksel links: 25 mm seroma after node dissection.",
        [(_AX, "fluid collection", "left", 25.0)],
    ),
]


@pytest.mark.parametrize(("text", "lesions"), CLOCK_HOURS)
def test_dutch_and_german_clock_hours(parser: ReportParser, text: str, lesions: list[Lesion]) -> None:
    assert lesions_of(parser, text) == lesions


LANDMARK_SENTENCE_ENDS: list[tuple[str, list[Lesion]]] = [
    (
        "Left axilla: three nodes, hilum compressed.\nRight: simple cyst at 2 o'clock, 6 mm.",
        [(_BR, "cyst", "right", 6.0)],
    ),
    (
        "Left kidney: upper pole cyst 30 mm, sinus displaced.\nRight: simple cyst 12 mm.",
        [("Kidney and ureter", "cyst", "left", 30.0), ("Kidney and ureter", "cyst", "right", 12.0)],
    ),
    # guard: a side in the landmark's own phrase is still the landmark's
    (
        "A 40 mm cyst compresses the left kidney.",
        [("Kidney and ureter", "cyst", "left", 40.0)],
    ),
]


@pytest.mark.parametrize(("text", "lesions"), LANDMARK_SENTENCE_ENDS)
def test_a_landmark_side_stops_at_its_sentence(parser: ReportParser, text: str, lesions: list[Lesion]) -> None:
    assert lesions_of(parser, text) == lesions


APART: list[tuple[str, list[str]]] = [
    ("Right forearm: 3 cm abscess with debris. The radial artery is adjacent but separate.", ["Soft tissues"]),
    ("Left thigh: 4 cm haematoma in the vastus lateralis. The femoral artery lies close to it but clearly separate.",
     ["Soft tissues"]),
    # guards: said adjacent, or not separate, the vessel is reported on
    ("Right forearm: 3 cm abscess. The radial artery is adjacent but patent.", ["Peripheral arteries", "Soft tissues"]),
    ("Right forearm: 3 cm abscess. The radial artery is adjacent but not separate.",
     ["Peripheral arteries", "Soft tissues"]),
]


@pytest.mark.parametrize(("text", "organs"), APART)
def test_a_neighbour_said_separate_is_a_landmark(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, "Organ_level") == sorted(organs)
