"""Headings of dictated reports that a transcription system runs together (".,FINDINGS:") and exam titles that the
findings follow on the same line ("EXAM: Pelvic ultrasound. A 3 cm fibroid ..."), and capital headings a comma joins
to a title ("RENAL ULTRASOUND,CLINICAL HISTORY:,"): the findings after them are read
as findings, not as part of the title, history or indication. Near misses: a history or technique line whose own
next sentence is still history or technique. All sentences are written for these tests."""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

ROWS = [
    # a heading after the ".," artefact opens its section
    ("EXAM: US PELVIS.,HISTORY: Bleeding.,FINDINGS: The uterus contains a 2 cm fibroid.,IMPRESSION: Fibroid uterus.",
     "Diagnosis", ["mass"]),
    ("ULTRASOUND LEFT BREAST.,CLINICAL HISTORY: Lump.,FINDINGS: At 2 o'clock a 9 mm hypoechoic mass.",
     "Echogenicity", ["hypoechoic"]),
    # an exam title ends with its first sentence, also when the artefact closes it
    ("EXAM: Scrotal ultrasound.,Right testis 4 cm, normal.,Left hydrocele.", "Diagnosis",
     ["fluid collection", "normal appearance"]),
    ("Examination: Pelvic ultrasound. A 3 cm fibroid in the posterior wall of the uterus.", "Diagnosis", ["mass"]),
    ("STUDY: Left breast ultrasound.,A 9 mm irregular hypoechoic mass at 2 o'clock.", "Shape", ["irregular"]),
    # a history or indication line ends at a key after the artefact
    ("CLINICAL: RUQ pain.,LIVER: 2 cm simple cyst in segment 6.", "Diagnosis", ["cyst"]),
    ("INDICATION: Query gallstones.,GALLBLADDER: multiple mobile calculi with shadowing.", "PosteriorAcoustics",
     ["shadowing"]),
    ("US ABDOMEN.,INDICATION: Weight loss.,SPLEEN: 14 cm with a 2 cm hypoechoic lesion.", "Echogenicity",
     ["hypoechoic"]),
    # a heading in capitals that a comma joins to a title without a full stop
    ("RENAL ULTRASOUND,CLINICAL HISTORY:,  Known left renal cyst.,FINDINGS:,  The right kidney measures 9.8 cm and is "
     "normal.", "Diagnosis", ["normal appearance"]),
    ("THYROID ULTRASOUND,INDICATION:,  Solid nodule on CT.,FINDINGS:,  Both lobes are normal in size and echotexture.",
     "InternalCharacteristics", []),
    # near misses: the history or technique line goes on with history or technique
    ("HISTORY: Known renal cyst.,Follow-up requested.", "Diagnosis", []),
    ("INDICATION: Previous hepatic abscess, drained.,Fever again.", "Diagnosis", []),
    ("TECHNIQUE: Grey-scale and colour Doppler images were obtained. The known mass was obscured by bowel gas.",
     "Diagnosis", []),
]


@pytest.mark.parametrize(("text", "field", "expected"), ROWS)
def test_dictated_headings_and_titles_open_the_findings(parser: ReportParser, text: str, field: str,
                                                        expected: list[str]) -> None:
    assert labels_of(parser, text, field) == expected
