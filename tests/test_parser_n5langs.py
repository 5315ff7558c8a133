"""Reports written in French, Spanish or Portuguese, or mixing their template words with English: their organs,
descriptors, denials and hedges read as the English ones (ontology synonyms with xml:lang "fr"/"es"/"pt",
termset negation and doubt cues). Words that are English (or Filipino) words too are left out or read only in
phrases ("rate", "rim", "mama"). Passages written for this file.

Rows: a passage, a label field and the labels (present, absent or doubted) the parser must give in it.
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser

Row = tuple[str, str, set[str]]

PRESENT: list[Row] = [
    # Portuguese abdominal template
    ("ULTRASSONOGRAFIA DE ABDOME\nFígado de dimensões normais, contornos regulares. Baço homogêneo, 10 cm.\n"
     "Bexiga com paredes finas.", "Organ_level", {"Liver", "Spleen", "Bladder"}),
    # Spanish thyroid nodule: its descriptors
    ("Ecografía tiroidea. En el lóbulo izquierdo, nódulo hipoecoico ovalado de 12 mm, bien delimitado, con "
     "microcalcificaciones.", "Echogenicity", {"hypoechoic"}),
    ("Ecografía tiroidea. En el lóbulo izquierdo, nódulo hipoecoico ovalado de 12 mm, bien delimitado, con "
     "microcalcificaciones.", "Margins", {"well-defined"}),
    ("Ecografía tiroidea. En el lóbulo izquierdo, nódulo hipoecoico ovalado de 12 mm, bien delimitado, con "
     "microcalcificaciones.", "InternalCharacteristics", {"calcifications"}),
    # French renal cyst and a breast lesion
    ("Rein gauche: kyste anéchogène de 25 mm avec renforcement postérieur.", "PosteriorAcoustics", {"enhancement"}),
    ("Sein droit: nodule hypoéchogène irrégulier de 9 mm avec cône d'ombre postérieur.", "Organ_level", {"Breast"}),
    # Portuguese thyroid and neck nodes
    ("Tireoide de volume normal. Linfonodo cervical de 8 mm com hilo preservado.", "Organ_level",
     {"Thyroid gland", "Lymph nodes"}),
    # "sin vascularización" is the value "no vascularity", not a denial
    ("Quiste simple de 20 mm sin vascularización al Doppler.", "Vascularity", {"no vascularity"}),
    # "Útero en AVF": the uterus's position, no dialysis fistula
    ("Ecografía transvaginal: útero en AVF de 72 x 40 mm, endometrio de 6 mm.", "Organ_level", {"Uterus"}),
]

ABSENT: list[Row] = [
    ("Testículos de tamaño normal. Sem hidrocele.", "Diagnosis", {"fluid collection"}),
    ("Rins de dimensões normais. Ausência de líquido livre na cavidade.", "Diagnosis", {"fluid collection"}),
]

DOUBTED: list[Row] = [
    ("Lesión ovalada en el tejido subcutáneo de 30 mm. Hallazgos sugestivos de lipoma.", "Diagnosis", {"mass"}),
]

GUARDS: list[Row] = [
    # the rule must not read a mother ("mama" in a lay or Filipino post) as a breast, nor the English "rim" and
    # "rate" as a kidney and a spleen, nor a "lobule" as lobulated
    ("Ultrasound of my mama's abdomen: liver with a thin hypoechoic rim around a 2 cm lesion; heart rate 80. Fat "
     "lobules normal.", "Organ_level", {"Liver"}),
    ("Ultrasound of my mama's abdomen: liver with a thin hypoechoic rim around a 2 cm lesion; heart rate 80. Fat "
     "lobules normal.", "Shape", set()),
    # an arteriovenous fistula of a dialysis study stays one
    ("AVF surveillance: left radiocephalic AVF patent, flow volume 700 ml/min.", "Organ_level", {"Dialysis fistula"}),
]


def _labels(parser: ReportParser, text: str, field: str, status: str | None) -> set[str]:
    report = parser.parse(text)
    if status is None:
        return set(report.labels[field])
    return {m.value for m in report.mentions if m.dimension == field and m.status == status and m.value}


@pytest.mark.parametrize(("text", "field", "expected"), PRESENT)
def test_foreign_words_give_their_english_labels(parser: ReportParser, text: str, field: str,
                                                 expected: set[str]) -> None:
    assert expected <= _labels(parser, text, field, None)


@pytest.mark.parametrize(("text", "field", "expected"), ABSENT)
def test_foreign_denials_deny(parser: ReportParser, text: str, field: str, expected: set[str]) -> None:
    assert expected <= _labels(parser, text, field, "absent")


@pytest.mark.parametrize(("text", "field", "expected"), DOUBTED)
def test_foreign_hedges_doubt(parser: ReportParser, text: str, field: str, expected: set[str]) -> None:
    assert expected <= _labels(parser, text, field, "uncertain")


@pytest.mark.parametrize(("text", "field", "expected"), GUARDS)
def test_english_look_alikes_keep_their_english_sense(parser: ReportParser, text: str, field: str,
                                                      expected: set[str]) -> None:
    assert _labels(parser, text, field, None) == expected
