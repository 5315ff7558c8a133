"""Descriptor, organ and normal wording of translated, bilingual and non-native English reports that the ontology
lacked: "posterior acoustic amplification" and German "dorsale Schallverstärkung" (enhancement), Spanish and
Portuguese "ecogenicidad cortical aumentada" (hyperechoic), the "small strong echo dots" of a translated thyroid
report (calcifications, not an echo level), "predominantemente quísticos" (cystic components), "vermehrte
Vaskularisation" (increased vascularity), Portuguese "anexos" (the adnexa), French "normaux" and the translated
"no abnormal found" (a normal appearance).

Near misses keep their reading: "no posterior amplification" is denied, a "strong echo spot ... with acoustic shadow"
of a ureteric stone stays what the stone rules make it, Portuguese "dimensões normais" of a gland with a nodule is
no normal study, and "low to medium internal reflectivity" of a choroidal melanoma gives no echo level (other writers
annotate it so). Each passage is written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of, reading_of

from udt.parser import ReportParser


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Right breast, 10 o'clock: oval anechoic formation of 7 mm, sharply limited, with posterior acoustic "
         "amplification - simple cyst.", "PosteriorAcoustics", "enhancement"),
        ("Niere li.: Zyste 1,8 cm, echofrei, glatt begrenzt, dorsale Schallverstärkung.", "PosteriorAcoustics",
         "enhancement"),
        ("Riñón derecho: 10,8 cm, ecogenicidad cortical aumentada, sin hidronefrosis.", "Echogenicity",
         "hyperechoic"),
        ("Left lobe see one low echo nodule 7x5mm, shape irregular, inside have small strong echo dots.",
         "InternalCharacteristics", "calcifications"),
        ("Lobo direito: nódulos até 18 mm, predominantemente quísticos, sem vascularização.",
         "InternalCharacteristics", "cystic components"),
        ("Handgelenk: Tenosynovitis der Strecksehnen mit vermehrte Vaskularisation im Power-Doppler.",
         "Vascularity", "increased vascularity"),
        ("Liver: size normal, echo even. Gallbladder, pancreas, spleen, two kidneys: no abnormal found.",
         "Diagnosis", "normal appearance"),
        ("Échographie abdominale. Foie, rate et reins normaux. Pas d'épanchement.", "Diagnosis", "normal appearance"),
    ],
)
def test_translated_wording_reads_its_value(parser: ReportParser, text: str, field: str, value: str) -> None:
    assert reading_of(parser, text, field, value) == "present"


def test_portuguese_adnexa_are_an_organ(parser: ReportParser) -> None:
    text = "Ecografia pélvica. Útero e anexos sem alterações. Bexiga normal."
    assert "Adnexa" in labels_of(parser, text, "Organ_level")


@pytest.mark.parametrize(
    ("text", "field", "value", "expected"),
    [
        ("Breast, 2 o'clock: hypoechoic mass 11 mm, irregular, no posterior amplification.", "PosteriorAcoustics",
         "enhancement", "absent"),
        ("Tireoide com dimensões normais, ecotextura homogênea. Nódulo sólido de 9 mm no lobo esquerdo, TI-RADS 3.",
         "Diagnosis", "normal appearance", None),
        ("B-scan: dome-shaped choroidal mass 6 mm thick, low to medium internal reflectivity, choroidal "
         "excavation.", "Echogenicity", "hypoechoic", None),
    ],
)
def test_near_misses_keep_their_reading(parser: ReportParser, text: str, field: str, value: str,
                                        expected: str | None) -> None:
    assert reading_of(parser, text, field, value) == expected
