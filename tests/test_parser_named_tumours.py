"""Named solid tumours the mass roll-up did not know, and foreign words for a haemangioma.

Pilomatricoma (pilomatrixoma), osteoma and elastofibroma are solid tumours, which the corpus guideline rolls up to
"mass" ("most solid tumours -> mass"); the ontology had no class for them, so a report naming one as its verdict
gave no Diagnosis at all. They are now subclasses of mass in the ontology. German, Dutch and French reports name a
haemangioma in their own word ("typisches Hämangiom", "past bij hemangioom", "hémangiome"), now related synonyms of
the haemangioma class; the German hedge "am ehesten" (most likely) keeps such a name uncertain, as "most likely"
does in English.

Each passage is written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of, reading_of

from udt.parser import ReportParser


@pytest.mark.parametrize(
    "text",
    [
        "Right cheek: 11 mm well-defined subcutaneous lesion with a hypoechoic rim and calcifications, in keeping "
        "with a pilomatricoma.",
        "Scalp lump, 8-year-old: 9 mm calcified subcutaneous lesion with shadowing. Diagnosis: pilomatrixoma.",
        "Forehead: 14 mm hyperechoic lesion arising from the outer table of the frontal bone with dense posterior "
        "shadowing, compatible with an osteoma.",
        "Right infrascapular chest wall: 52 x 16 mm lentiform layered lesion deep to serratus anterior. "
        "Conclusion: elastofibroma dorsi.",
        "Leber: 15 mm echoreiche, glatt begrenzte Läsion in Segment VII, typisches Hämangiom.",
        "Lever: in segment 6 een 12 mm hyperechogene laesie, past bij hemangioom.",
        "Foie: lésion hyperéchogène de 18 mm du segment IV, hémangiome typique.",
    ],
)
def test_named_tumour_is_a_mass(parser: ReportParser, text: str) -> None:
    assert "mass" in labels_of(parser, text, "Diagnosis")


def test_most_likely_in_german_is_a_hedge(parser: ReportParser) -> None:
    text = "Leber: 9 mm echoreiche Läsion in Segment II, am ehesten Hämangiom. Kontrolle in 6 Monaten."
    assert reading_of(parser, text, "Diagnosis", "mass") == "uncertain"


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: the sites these tumours grow at, examined and found normal, name no tumour.
        "Forehead: the outer table of the frontal bone is smooth and intact; no lump is seen.",
        "Chest wall deep to serratus anterior: normal muscle layers, no focal lesion.",
    ],
)
def test_no_tumour_named_no_mass(parser: ReportParser, text: str) -> None:
    assert "mass" not in labels_of(parser, text, "Diagnosis")
