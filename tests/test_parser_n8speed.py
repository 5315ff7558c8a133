"""The string-scan gate before the paediatric label pattern must pass every text the pattern finds a label in.

``pediatric._sex_first_child_age`` reads the labels a capital M or F glued to a number makes ("F1", "M12") only
where ``_digit_after_sex`` finds such a letter before a digit; a gate that said no where the pattern finds a label
would change which reports read as a child's.
"""

from __future__ import annotations

import random

import pytest

from udt.parser import pediatric

# (passages written for this test: a child's header, fibroid and legend labels, and text with no label at all)
PASSAGES = [
    ("Clinical: F8, tender swelling behind the left ear.", True),
    ("Child, M7. Limp since Tuesday, hip effusion query.", True),
    ("Pt M11 / testicular pain on the right.", True),
    ("Fibroids: F1 | intramural | 3.8 cm\nF2 | subserosal | 2.1 cm", False),
    ("M1 segment of the left MCA patent. F2 view unremarkable.", False),
    ("MRI reviewed. Female, 34. FINDINGS: Normal liver.", False),
    ("Mass in segment 4a measuring 12 mm (M-mode not used).", False),
]


@pytest.mark.parametrize(("text", "child"), PASSAGES)
def test_sex_first_age_reads_the_same(text: str, child: bool) -> None:
    assert pediatric._sex_first_child_age(text) is child
    # the gate passes every text whose labels the pattern finds
    assert pediatric._digit_after_sex(text) or not pediatric._LETTER_NUMBER.findall(text)


def test_gate_says_no_without_a_letter_before_a_digit() -> None:
    # What the gate must not do: pass a text only because it holds a capital M or F and a digit apart.
    text = "Male patient, FINDINGS: a 9 mm cyst in segment 7."
    assert not pediatric._digit_after_sex(text)
    assert not pediatric._sex_first_child_age(text)


def test_gate_is_a_superset_of_the_pattern_on_mixed_text() -> None:
    pieces = ["M", "F", "m", "f", "1", "7", "12", "٣", " ", "\n", "|", ",", ":", "-", "x", "MF", "(", ")", "é"]
    rng = random.Random(8)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        if pediatric._LETTER_NUMBER.findall(text):
            assert pediatric._digit_after_sex(text), text
