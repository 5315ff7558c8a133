"""Descriptor wordings that unseen writers use and the development corpora barely hold (issue 11, per-dimension
present and negation F1): one table per class of wording, hand-written sentences (never corpus lines), with near
misses that must not trigger. Each dimension counts on its own, so a single missed wording can sink one."""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

SHAPE, MARGINS, ECHO, PA = "Shape", "Margins", "Echogenicity", "PosteriorAcoustics"
WELL, ILL = "well-defined", "ill-defined/indistinct"

# Lexicon words the ontology lacked: "demarcated"/"delineated" margins, British "reflectivity" for echogenicity,
# "mixed echoes", "macrolobulated", "sound/acoustic transmission" (synonyms in ontology/udt.owl; the guideline maps
# "well-demarcated" and "through transmission", these are the same words in other grammatical dress).
LEXICON_WORDINGS = [
    ("Well-delineated hypoechoic lesion in segment 5.", MARGINS, [WELL]),
    ("A sharply demarcated anechoic cyst at the upper pole.", MARGINS, [WELL]),
    ("Clearly delineated 9 mm nodule in the left lobe.", MARGINS, [WELL]),
    ("Poorly demarcated hypoechoic area at 10 o'clock.", MARGINS, [ILL]),
    ("Ill-demarcated heterogeneous mass in the right breast.", MARGINS, [ILL]),
    ("The solid lesion is poorly delineated from the surrounding fat.", MARGINS, [ILL]),
    ("The mass is not well delineated.", MARGINS, [ILL]),
    ("The parotid lesion is of low reflectivity.", ECHO, ["hypoechoic"]),
    ("A highly reflective focus within the gallbladder.", ECHO, ["hyperechoic"]),
    ("Subcutaneous lump of increased reflectivity, 2 cm.", ECHO, ["hyperechoic"]),
    ("A collection of mixed echoes in the pouch.", ECHO, ["mixed echogenicity"]),
    ("A macrolobulated solid mass.", SHAPE, ["lobulated"]),
    ("Mass with macrolobulated margins.", MARGINS, [ILL]),
    ("Increased sound transmission deep to the lesion.", PA, ["enhancement"]),
    ("Enhanced acoustic transmission behind the cyst.", PA, ["enhancement"]),
    # near misses: an organ's outline, a texture word, a shape word that states the margin only
    ("The liver is normal in size, its outline sharply demarcated.", MARGINS, []),
    ("Mass with macrolobulated margins.", SHAPE, []),
    ("Sound transmission through the window was poor.", PA, []),
    ("The parotid is of heterogeneous echotexture.", ECHO, []),
]


@pytest.mark.parametrize(("text", "field", "expected"), LEXICON_WORDINGS)
def test_lexicon_wordings(parser: ReportParser, text: str, field: str, expected: list[str]) -> None:
    assert labels_of(parser, text, field) == expected
