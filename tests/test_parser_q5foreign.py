"""Size and side error classes of reports written in English by writers who keep their own language's words
(reports_multiorgan_findings_68: German, Dutch, Italian, Portuguese, Finnish, Japanese and Israeli templates).

Classes fixed, each with guards where the rule must not fire:
  * A child named in the writer's language: "Paziente: F, 12 anni", "Potilas: tyttö, 14 v." -> the paediatric
    organs (the lesions were filed under the adult organ, so none paired with the gold).
  * Side words agreed with the organ or inflected: Portuguese "punho e mão direitos", Finnish "oikea", "vasemmalla".
  * Thyroid lobes abbreviated in Italian and Portuguese (LD/LS, LD/LE), also numbering their nodules ("LE-1"); never
    read without a sign that the system is in use ("LE veins", "LD of the cyst").
  * The headings of those templates: "Fragestellung:", "Quesito clinico:", "Klinische gegevens:" ask a question;
    the lesions named there are no finding of the scan.
  * Sizes of an earlier scan or a change: "(vorher 12 mm)", "(05/2025: 26 mm)", a dated column beside one of today,
    "(+3 mm)"; and a distance from the nipple in the writer's language ("3 cm dal capezzolo").

Each row is a passage written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of, lesions_of

from udt.parser import ReportParser

ORGAN = "Organ_level"


# -- a child named by the writer's own words for years, girls and boys ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Paziente: M, 9 anni. Testicolo destro: epididymal head cyst 4 mm.", ["Pediatric scrotum"]),
        ("Patient: w, 11 J.\nBefund: Right kidney 8,1 cm, mild pelvic dilatation 9 mm.", ["Pediatric urinary tract"]),
        ("Potilas: poika, 3 v. Pylorus: muscle 4,5 mm thick, canal 19 mm long.",
         ["Pediatric abdomen and retroperitoneum"]),
        ("Paciente: 7 anos, masculino. Queixa: RLQ pain. Appendix 9 mm, non-compressible.",
         ["Pediatric abdomen and retroperitoneum"]),
        # Guards: adults' ages in the same words.
        ("Paziente: M, 54 anni. Testicolo destro: epididymal head cyst 4 mm.", ["Scrotum"]),
        ("Patient: w, 62 J.\nBefund: Right kidney 11,1 cm, simple cyst 14 mm.", ["Kidney and ureter"]),
        ("Paciente: 40 anos, feminina. Liver: 2 cm haemangioma in segment VI.", ["Liver"]),
    ],
)
def test_child_named_in_the_writers_language(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == expected


# -- side words agreed with the organ or inflected -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ULTRASSONOGRAFIA DE JOELHO E PERNA ESQUERDOS\nKnee: Baker's cyst 4,2 x 1,1 cm in the popliteal fossa.",
         [("Knee", "cyst", "left", 42.0)]),
        ("Munuaiset (kidneys): oikea 11,2 cm, cortical cyst 14 mm; vasen 10,9 cm, stone 6 mm.",
         [("Kidney and ureter", "cyst", "right", 14.0), ("Kidney and ureter", None, "left", 6.0)]),
        ("Kidneys: right 11,2 cm, cortical cyst 14 mm; vasemmalla a stone 6 mm.",
         [("Kidney and ureter", "cyst", "right", 14.0), ("Kidney and ureter", None, "left", 6.0)]),
    ],
)
def test_inflected_foreign_side_words(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected


# -- thyroid lobes as LD/LS (Italian) and LD/LE (Portuguese), numbered nodules -----------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ECOGRAFIA TIROIDEA\nVolume LD 9,1 ml, LS 7,4 ml.\nLD: solid hypoechoic nodule 11 x 8 mm.\n"
         "LS: colloid cyst 4 mm.",
         [("Thyroid gland", "nodule", "right", 11.0), ("Thyroid gland", "cyst", "left", 4.0)]),
        ("Thyroid (LD = lobo direito; LE = lobo esquerdo).\nNodules:\n LD-1 | upper third | solid nodule, isoechoic | "
         "1,4 cm\n LE-1 | lower third | cystic nodule | 0,6 cm",
         # (the "Nodules:" heading is the two rows measured after it, no entry of its own: announced_groups.py)
         [("Thyroid gland", "nodule", "right", 14.0), ("Thyroid gland", "nodule", "left", 6.0)]),
        # Guard: "LE" a lower extremity, "LD" a long diameter, with no side word of the language nor headings.
        ("Right kidney: cyst 2 cm. Doppler of the LE veins: no DVT. LD of the cyst 20 mm.",
         [("Kidney and ureter", "cyst", "right", 20.0)]),
    ],
)
def test_thyroid_lobe_abbreviations(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected


# -- the referral's question under a heading of the writer's language -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fragestellung: known renal cysts. Control.\nBefund:\nRight kidney: upper pole cyst 28 mm.\n"
         "Left kidney: two cysts 12 mm and 7 mm.",
         [("Kidney and ureter", "cyst", "right", 28.0), ("Kidney and ureter", "cyst", "left", 12.0),
          ("Kidney and ureter", "cyst", "left", 7.0)]),
        ("Quesito clinico: nodular goitre.\nReperto:\nThyroid: right lobe nodule 15 mm.",
         [("Thyroid gland", "nodule", "right", 15.0)]),
        ("Klinische gegevens: follow-up of a breast cyst.\nBevindingen:\nRight breast 10 o'clock: simple cyst 9 mm.",
         [("Breast", "cyst", "right", 9.0)]),
        # Guard: a finding of the scan on the line after the question is still one.
        ("Quesito clinico: nodular goitre.\nThyroid: right lobe nodule 15 mm.",
         [("Thyroid gland", "nodule", "right", 15.0)]),
    ],
)
def test_foreign_question_headings(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected


# -- sizes of an earlier scan, a change, a distance --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Liver: several haemangiomas, seg. II 21 mm (vorher 18 mm), seg. V 12 mm (03/2024: 10 mm), seg. VII 7 mm.",
         [("Liver", "mass", None, 21.0), ("Liver", "mass", None, 12.0), ("Liver", "mass", None, 7.0)]),
        ("Liver: several haemangiomas, seg. II 21 mm (previously 18 mm), seg. V 12 mm (CT 2024: 10 mm), seg. VII "
         "7 mm.", [("Liver", "mass", None, 21.0), ("Liver", "mass", None, 12.0), ("Liver", "mass", None, 7.0)]),
        ("Findings:\nNodule | site | 2023 | now\nN1 | right lobe, upper pole | 12 x 8 mm | 9 x 7 mm\n"
         "N2 | left lobe, mid | 8 x 6 mm | 6 x 5 mm",
         [(None, "nodule", "right", 9.0), (None, "nodule", "left", 6.0)]),
        ("Liver: cyst in segment VI 18 mm.\nConclusion: hepatic cyst, slowly growing (+3 mm).",
         [("Liver", "cyst", None, 18.0)]),
        ("Left breast: cyst 5 mm, 2 cm von der Mamille; second cyst 3 cm dal capezzolo, 7 mm.",
         [("Breast", "cyst", "left", 5.0), ("Breast", "cyst", "left", 7.0)]),
        # Guards: a size after a plain date is still today's when no bracket recalls it; a table's one dated column
        # with no column of today is today's.
        ("Liver 03/2024: haemangioma in segment II, 21 mm.", [("Liver", "mass", None, 21.0)]),
        ("Findings:\nNodule | site | 09/2024 | comment\nN1 | right lobe, upper pole | 9 x 7 mm | stable\n"
         "N2 | left lobe, mid | 6 x 5 mm | new", [(None, "nodule", "right", 9.0), (None, "nodule", "left", 6.0)]),
    ],
)
def test_earlier_changed_and_distant_sizes(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected
