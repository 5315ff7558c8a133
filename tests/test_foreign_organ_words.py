"""Organs named only in a foreign word are still examined organs (class: Organ_level false negatives).

German and Dutch reports, often half translated, name the nodes ("Lymphknoten", "Halslymphknoten"),
the parathyroids ("Nebenschilddrüsen", "bijschildklieren") and the scrotal contents ("Hoden", "Nebenhoden",
"Hydrozele", "Skrotum") in their own words; these are ontology synonyms. French "Rate" (the spleen) is read only in a
French report (french_words.py); a translated one keeps its French organ headings ("Foie:", "Reins:") while its
sentences turn English, so those words count as French too.

Guards: "heart rate" and "flow rate" in an English report, and in an English report that quotes one French word,
give no spleen. Each row is a passage written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser


@pytest.mark.parametrize(
    ("text", "organ"),
    [
        ("Schilddrüse: rechter Lappen mit echoarmem Knoten 11 mm. Keine vergrößerten zervikalen Lymphknoten.",
         "Lymph nodes"),
        ("Thyroid volume 12 ml, no nodules. Halslymphknoten: unauffällig.", "Lymph nodes"),
        ("Thyroid: left lobe nodule 14 mm, TR3. Nebenschilddrüsen: nicht abgrenzbar.", "Parathyroid glands"),
        ("Schildklier: rechts nodus 9 mm, solide. Bijschildklieren: niet zichtbaar.", "Parathyroid glands"),
        ("Skrotum: kleine Hydrozele rechts, 8 mm. Hoden beidseits unauffällig.", "Scrotum"),
        ("Nebenhoden links: Zyste 4 mm, echofrei.", "Scrotum"),
        ("ÉCHOGRAPHIE ABDOMINALE\nFoie: normal size, homogeneous.\nRate: 11,2 cm, homogeneous.\n"
         "Reins: no hydronephrosis.", "Spleen"),
    ],
)
def test_foreign_organ_word_is_labelled(parser: ReportParser, text: str, organ: str) -> None:
    assert organ in parser.parse(text).labels["Organ_level"]


@pytest.mark.parametrize(
    "text",
    [
        "Fetal heart rate 152 bpm. Liver and kidneys of the mother normal.",
        "AV fistula: flow rate 640 ml/min, no stenosis. Liver normal.",
        # one French word ("foie gras" diet history) does not make an English report French
        "History: foie gras diet. Liver: mildly echogenic. Heart rate 80. Kidneys normal.",
    ],
)
def test_english_rate_is_no_spleen(parser: ReportParser, text: str) -> None:
    assert "Spleen" not in parser.parse(text).labels["Organ_level"]
