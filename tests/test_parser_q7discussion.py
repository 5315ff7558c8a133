"""Teaching cases' discussions (wave helper q7discussion, stop 43).

  * "Case discussion:" opened no section ("Case" came before the known heading), so the
    disease lore after a case (other tumours, their margins and contents) was read as this patient's findings.
  * A general section ended with its first sentence: a discussion of several general sentences leaked from the
    second on. It now goes on over each further sentence of its line that teaches too, and ends before the first
    that turns to the case ("In this patient ...", "Here the cyst had ruptured", a key such as "Case: ...", a hedge
    weighing the case's own lesion), at the line's end, or at the next heading.

Each passage is written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


KIDNEY_CASE = ("Findings: The right kidney has a 2.1 cm simple cortical cyst, anechoic with a thin wall. "
               "The left kidney is normal.\n"
               "Diagnosis: Simple renal cyst (Bosniak I).\n")


@pytest.mark.parametrize("heading", ["Case discussion", "Discussion"])
def test_discussion_of_general_facts_labels_nothing(parser: ReportParser, heading: str) -> None:
    text = (KIDNEY_CASE + f"{heading}: Simple cysts are the commonest renal masses in adults. Renal cell "
            "carcinoma is usually a solid, heterogeneous mass with internal calcification. Angiomyolipomas are "
            "typically hyperechoic with posterior shadowing.")
    assert labels_of(parser, text, "Diagnosis") == ["cyst", "normal appearance"]
    assert labels_of(parser, text, "Echogenicity") == ["anechoic"]
    assert labels_of(parser, text, "InternalCharacteristics") == []
    assert labels_of(parser, text, "PosteriorAcoustics") == []


def test_later_teaching_sentences_stay_general(parser: ReportParser) -> None:
    text = ("Ultrasound: 1.8 cm well-defined hypoechoic nodule in the right thyroid lobe.\n"
            "Teaching point: Colloid nodules show comet-tail artefacts. Medullary carcinoma is usually an "
            "irregular solid mass with coarse calcifications and posterior shadowing.")
    assert labels_of(parser, text, "Shape") == []
    assert labels_of(parser, text, "InternalCharacteristics") == []
    assert labels_of(parser, text, "PosteriorAcoustics") == []


def test_discussion_turning_to_its_case_is_read(parser: ReportParser) -> None:
    # The lesson's first sentence is general; the next tells of this patient and is labelled as before.
    text = ("Findings: Right testis normal.\n"
            "Case discussion: Epididymal cysts are almost always benign. In this patient the left epididymal "
            "head contains a 9 mm anechoic cyst.")
    assert "cyst" in labels_of(parser, text, "Diagnosis")
    assert "anechoic" in labels_of(parser, text, "Echogenicity")


def test_a_case_key_after_the_lesson_is_read(parser: ReportParser) -> None:
    text = ("Pearl: a normal spleen can look lobulated in children. Case: 6-year-old girl, the spleen shows a "
            "2 cm hypoechoic lesion with no flow.")
    assert "hypoechoic" in labels_of(parser, text, "Echogenicity")
