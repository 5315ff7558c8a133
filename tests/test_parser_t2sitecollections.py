"""Collections at a puncture, port or drain site named in the writer's own language (German "Hämatom", "Serom";
Dutch "hematoom", "seroom") inside reports otherwise written in English: the ontology knew only the English words,
so the measured, sided collection gave no finding at all. The words are now related synonyms of the haematoma and
seroma classes, which file them as a fluid collection where the site phrase places them.

Each row is a passage written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest
from parser_reading import lesions_of

from udt.parser import ReportParser


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Duplex left groin after angiography.\nLeft groin, at the puncture site: hematoom 32 x 15 mm, geen flow.",
         [("Hip groin and buttock", "fluid collection", "left", 32.0)]),
        ("Right groin after femoral access: Hämatom 25 x 12 mm without flow, no pseudoaneurysm.",
         [("Hip groin and buttock", "fluid collection", "right", 25.0)]),
        ("Control after drain removal.\nDrain site in the abdominal wall: small seroom 14 x 5 mm in the subcutis.",
         [("Abdominal wall", "fluid collection", None, 14.0)]),
        ("Umbilical trocar site: 21 mm Serom in the abdominal wall.",
         [("Abdominal wall", "fluid collection", None, 21.0)]),
    ],
)
def test_foreign_collection_word_at_a_site(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected


def test_a_department_named_after_blood_is_no_haematoma(parser: ReportParser) -> None:
    # Guard: "Hämatologie" (the referring clinic) and "seromucous" share the words' stems but are no collection.
    text = "Zuweisung: Hämatologie. Submandibular glands seromucous, normal. Spleen 11 cm, homogeneous."
    assert lesions_of(parser, text) == []
