"""Tick boxes of a worksheet (udt/parser/checkboxes.py): an unticked option carries nothing, a ticked "no" denies its
key, a ticked option is stated. Sentences written for this test; guards keep ordinary brackets as they were."""

from __future__ import annotations

import pytest

from udt import ReportParser

PARSER = ReportParser()


def _present(text: str) -> dict[str, set[str]]:
    return {dim: set(values) for dim, values in PARSER.parse(text).labels.items() if values}


def _absent(text: str) -> set[tuple[str, str]]:
    report = PARSER.parse(text)
    return {(m.dimension, m.value) for m in report.mentions if m.status == "absent" and m.value}


# (text, a value that must be present or None, a value that must NOT be present)
OFFERED = [
    ("Kidneys: [x] normal [ ] hydronephrosis [ ] cyst", ("Diagnosis", "normal appearance"), ("Diagnosis", "cyst")),
    (
        "Echogenicity: [ ] hypoechoic [x] isoechoic [ ] hyperechoic",
        ("Echogenicity", "isoechoic"),
        ("Echogenicity", "hypoechoic"),
    ),
    (
        "Thyroid nodule 14 mm. Composition: [X] solid [ ] cystic [ ] spongiform",
        ("InternalCharacteristics", "solid components"),
        ("InternalCharacteristics", "cystic components"),
    ),
    ("Breast lesion 9 mm\nShape: ☐ round ☒ oval ☐ irregular", ("Shape", "oval"), ("Shape", "round")),
    (
        "Ovarian cyst 30 mm; septations ( ) calcifications (x)",
        ("InternalCharacteristics", "calcifications"),
        ("InternalCharacteristics", "septations"),
    ),
    (
        "Scrotum: □ hydrocele □ varicocele ✓ normal testes",
        ("Diagnosis", "normal appearance"),
        ("Diagnosis", "fluid collection"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "dropped"), OFFERED)
def test_an_unticked_option_carries_nothing(text: str, kept: tuple[str, str], dropped: tuple[str, str]) -> None:
    present = _present(text)
    assert kept[1] in present.get(kept[0], set())
    assert dropped[1] not in present.get(dropped[0], set())


DENIED = [
    ("Free fluid: [ ] present [x] absent", ("Diagnosis", "fluid collection")),
    ("Calcifications: ( ) yes (x) no", ("InternalCharacteristics", "calcifications")),
    ("Thyroid nodule 11 mm\nMicrocalcifications [x] No [ ] Yes", ("InternalCharacteristics", "calcifications")),
    ("Pleural effusion: [x] none", ("Diagnosis", "fluid collection")),
    # boxes after their answers, as a form's line that ends with a box puts them
    ("Parotid lump 25 mm\nCalcification: yes [ ]  no [x]", ("InternalCharacteristics", "calcifications")),
    (
        "Neck node 14 mm\nNecrosis/cystic change: yes ( ) no (x)\nCalcifications: yes ( ) no (x)",
        ("InternalCharacteristics", "calcifications"),
    ),
]


@pytest.mark.parametrize(("text", "value"), DENIED)
def test_a_ticked_negative_answer_denies_its_key(text: str, value: tuple[str, str]) -> None:
    assert value in _absent(text)
    assert value[1] not in _present(text).get(value[0], set())


def test_a_denied_key_without_a_released_value_is_still_denied() -> None:
    # a stone has no Diagnosis value of its own: its mention is what the answer denies
    report = PARSER.parse("Gallbladder normal. Stones [ ] yes [x] no")
    assert [m.status for m in report.mentions if m.text == "Stones"] == ["absent"]


ASSERTED = [
    ("Free fluid: [x] present [ ] absent", ("Diagnosis", "fluid collection")),
    ("Calcifications: (x) yes ( ) no", ("InternalCharacteristics", "calcifications")),
    ("Parotid lump 25 mm\nCalcification: yes [x]  no [ ]", ("InternalCharacteristics", "calcifications")),
    # two answers ticked: the form contradicts itself, the key stays as written
    ("Septations: [x] yes [x] no. Ovarian cyst 25 mm.", ("InternalCharacteristics", "septations")),
]


@pytest.mark.parametrize(("text", "value"), ASSERTED)
def test_a_ticked_positive_answer_states_its_key(text: str, value: tuple[str, str]) -> None:
    assert value[1] in _present(text).get(value[0], set())


def test_an_offered_none_gives_no_absence_value() -> None:
    # the form offers "none", the writer ticked another grade: no "no vascularity"
    offered = _present("Submandibular lump 30 mm\nDoppler flow: none [ ]  some [x]  lots [ ]")
    assert "no vascularity" not in offered.get("Vascularity", set())
    ticked = _present("Submandibular lump 30 mm\nDoppler flow: none [x]  some [ ]  lots [ ]")
    assert "no vascularity" in ticked.get("Vascularity", set())


# ordinary brackets are no boxes: a size, a footnote mark, an image reference, a count
GUARDS = [
    ("Left kidney simple cyst (12 mm). No stones.", ("Diagnosis", "cyst")),
    ("Hypoechoic nodule (*) in the right thyroid lobe, 8 mm.", ("Diagnosis", "nodule")),
    ("Simple renal cyst [image 3], 20 mm.", ("Diagnosis", "cyst")),
    ("Gallstones (x2), the largest 9 mm.", ("Organ_level", "Gallbladder and bile ducts")),
    ("Complex cyst (x) of the right ovary, 31 mm.", ("Diagnosis", "cyst")),
]


@pytest.mark.parametrize(("text", "value"), GUARDS)
def test_ordinary_brackets_change_nothing(text: str, value: tuple[str, str]) -> None:
    assert value[1] in _present(text).get(value[0], set())
