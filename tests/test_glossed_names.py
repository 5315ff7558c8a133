"""A lesion word glossed in brackets by the writer's English names one lesion: glossed_names.py."""

from __future__ import annotations

from parser_reading import lesions_of

from udt.parser import ReportParser

TH = "Thyroid gland"


def test_german_phrase_with_english_gloss_is_one_nodule(parser: ReportParser) -> None:
    text = ("Thyroid ultrasound (Schilddruese)\nRight lobe: nodule 14 x 10 mm, isoechoic. "
            "Zweiter Knoten im selben Lappen (second nodule, same lobe), caudal, 6 mm, cystic.")
    assert lesions_of(parser, text) == [(TH, "nodule", "right", 14.0), (TH, "nodule", "right", 6.0)]


def test_ordinal_gloss_right_after_the_lesion_word(parser: ReportParser) -> None:
    text = "Thyroid\nLeft lobe: nodule 11 mm. Another nodule (second nodule, same lobe), 5 mm, spongiform."
    assert lesions_of(parser, text) == [(TH, "nodule", "left", 11.0), (TH, "nodule", "left", 5.0)]


def test_bracket_with_its_own_size_is_another_lesion(parser: ReportParser) -> None:
    # "(and a nodule 4 mm)": a lesion measured inside the bracket is a lesion of its own
    text = "Thyroid\nLeft lobe: nodule 11 mm. Another nodule (and a nodule 4 mm), caudal, 8 mm."
    sizes = [size for _, _, _, size in lesions_of(parser, text)]
    assert 4.0 in sizes and 11.0 in sizes
