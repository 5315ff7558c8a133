"""A "cystic lesion/structure" whose nature is then offered under a hedge as a named cyst, in the same sentence, is the
doubted cyst, not an asserted one beside it (class: uncertain Diagnosis pairs missed on the development corpora).

Guards: an unhedged refinement ("consistent with a simple cyst") and the bare phrase still assert the cyst; so does an
anechoic cystic structure, described as a simple cyst, whose hedge only weighs which cyst it is; a doubt of another
value in the sentence ("? haemangioma" of a second lesion) leaves the cyst asserted.
Each row is a passage written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser


def _uncertain(parser: ReportParser, text: str) -> set[tuple[str, str | None]]:
    return {(m.dimension, m.value) for m in parser.parse(text).mentions if m.status == "uncertain"}


@pytest.mark.parametrize(
    "text",
    [
        "Left ovary: 4.0 cm cystic structure with fine internal echoes, likely a haemorrhagic cyst.",
        "Pancreatic body: 15 mm cystic lesion without solid parts, which may represent a retention cyst.",
        "Epididymal head: 6 mm cystic structure, likely a spermatocele or epididymal cyst.",
    ],
)
def test_cystic_lesion_refined_by_a_doubted_cyst_is_doubted(parser: ReportParser, text: str) -> None:
    assert "cyst" not in parser.parse(text).labels["Diagnosis"]
    assert ("Diagnosis", "cyst") in _uncertain(parser, text)


def test_doubted_cystic_lesion_states_no_doubted_component(parser: ReportParser) -> None:
    text = "Left ovary: 4.0 cm cystic structure with fine internal echoes, likely a haemorrhagic cyst."
    assert ("InternalCharacteristics", "cystic components") not in _uncertain(parser, text)


@pytest.mark.parametrize(
    "text",
    [
        # guards: asserted refinement, bare phrase, anechoic (simple) cyst, a doubt of another value
        "Right kidney: 3 cm cystic lesion, consistent with a simple cyst.",
        "Right kidney: 3 cm cystic lesion at the upper pole.",
        "Vaginal wall: 18 mm well-defined anechoic cystic structure, probably a Bartholin cyst.",
        "Liver: 2 cm cystic lesion in segment 6 and a 1 cm echogenic focus in segment 7, ? haemangioma.",
    ],
)
def test_cystic_lesion_otherwise_asserts_the_cyst(parser: ReportParser, text: str) -> None:
    assert "cyst" in parser.parse(text).labels["Diagnosis"]


@pytest.mark.parametrize(
    "text",
    [
        # a "?" after a clause mark queries the word after it, though the splitter ends a sentence there
        "The left ovary shows a 6 cm cystic lesion with thick septations and low-level echoes - ? endometrioma.",
        "IMPRESSION: Multiple fibroids. Left ovarian cystic lesion, ? haemorrhagic cyst.",
        "Right ovary: cystic lesion with fine septa - ?? endometrioma.",
    ],
)
def test_cystic_lesion_queried_after_a_clause_mark_is_doubted(parser: ReportParser, text: str) -> None:
    assert "cyst" not in parser.parse(text).labels["Diagnosis"]
    assert ("Diagnosis", "cyst") in _uncertain(parser, text)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a query of another value after the dash, a query that follows a full stop's sentence end
        "Liver: 3 cm cystic lesion - ? haemangioma.",
        "Right kidney: 3 cm cystic lesion at the upper pole. Left kidney: 2 cm solid lesion, ? angiomyolipoma.",
    ],
)
def test_cystic_lesion_before_another_sentence_or_value_is_asserted(parser: ReportParser, text: str) -> None:
    assert "cyst" in parser.parse(text).labels["Diagnosis"]


@pytest.mark.parametrize(
    "text",
    [
        # the next sentence opens with the doubted cyst: a fragment naming the lesion's nature
        "Right ovary: cystic lesion 45 x 38 mm with homogeneous low-level echoes, no flow on Doppler. Likely "
        "endometrioma.",
        "Perineum: an oval cystic lesion of 16 x 11 mm with internal echoes and no vascularisation. Epidermoid cyst "
        "is considered in first place.",
    ],
)
def test_cystic_lesion_followed_by_a_doubted_cyst_fragment_is_doubted(parser: ReportParser, text: str) -> None:
    assert "cyst" not in parser.parse(text).labels["Diagnosis"]
    assert ("Diagnosis", "cyst") in _uncertain(parser, text)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the next sentence names another organ first, or reaches its cyst only after a clause
        "Liver: 2 cm cystic lesion in segment 6. Ovary: endometrioma likely.",
        "Right ovary: 4 cm cystic lesion with thin walls. The left ovary holds a smaller probable endometrioma.",
    ],
)
def test_cystic_lesion_before_an_unrelated_doubt_is_asserted(parser: ReportParser, text: str) -> None:
    assert "cyst" in parser.parse(text).labels["Diagnosis"]
