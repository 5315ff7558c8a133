"""A value word glued to "-free" denies it as "shadowless" does ("shadow-free" -> no shadowing; privatives.py),
but only for the listed words: "echo-free" is the anechoic value, "symptom-free" names no value, and a spaced
"shadow - free" is no compound. Passages written for this file.
"""

from __future__ import annotations

from parser_reading import labels_of, statuses_of

from udt.parser import ReportParser


def test_shadow_free_denies_shadowing(parser: ReportParser) -> None:
    text = "Left kidney: a 3.2 cm rounded hyperechoic mass at the lower pole, shadow-free, probably angiomyolipoma."
    assert statuses_of(parser, text, "PosteriorAcoustics", "shadowing") == {"absent"}
    assert labels_of(parser, text, "PosteriorAcoustics") == []


def test_echo_free_stays_anechoic(parser: ReportParser) -> None:
    # near miss: "-free" after "echo" is the value itself
    text = "Right kidney upper pole: an echo-free cyst of 2.1 cm with posterior enhancement."
    assert labels_of(parser, text, "Echogenicity") == ["anechoic"]


def test_shadowing_beside_another_free_word_stays(parser: ReportParser) -> None:
    # near misses: "-free" glued to a word that is no listed value, and a spaced dash
    text = "Gallbladder: 14 mm calculus with posterior acoustic shadowing. Patient now pain-free."
    assert labels_of(parser, text, "PosteriorAcoustics") == ["shadowing"]
    text = "Renal pelvis: 7 mm echogenic focus with shadow - free fluid absent."
    assert labels_of(parser, text, "PosteriorAcoustics") == ["shadowing"]
