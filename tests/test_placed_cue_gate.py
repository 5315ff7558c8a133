"""The word-start gate of placed_sides._CUE (a speed gate: a word boundary and the cue words' first letters, tested
before the alternatives) changes no match: each cue's wording is found where and as the ungated pattern finds it, with
the side it names, and sentences with no cue, or a cue's words inside longer words, stay without one. Each passage
is written for this file; placed_cue reads lower-cased sentences."""

from __future__ import annotations

import re

import pytest

from udt.parser import placed_sides

CUES = (
    "a second, smaller 1.2 cm collection lies just medial to it.",
    "just inferior to it are two further nodes, 1.4 and 1.1 cm.",
    "immediately deep to it there is a 6 mm node.",
    "adjacent to this, a 4 mm cyst.",
    "just to the left of it there is a smaller collection.",
    "to the right of lesion 2 a further 8 mm lesion.",
    "2. just below lesion 1: a 2.4 cm lesion.",
    "at its medial edge there is a separate 6 mm nodule.",
    "a 3 mm cyst beside it; another under it.",
    "(adjacent to #1) a 5 mm focus.",
    "directly behind the first, a 9 mm node.",
    "also posterior to nodule no. 3, a 4 mm nodule.",
    "alongside (left side) it a small cyst.",
    "next to the former a 7 mm cyst.",
    "cephalad to it, a 1 cm node; caudad of this, another.",
    "superficial to mass 2, a 6 mm node.",
    "lateral to cyst 2, a node; proximal to it, another.",
    "right of it, a 3 mm focus; left of it nothing.",
)
NEAR_MISSES = (
    "the liver is normal in size.",
    "a 2 cm cyst in the right lobe, not adjacent to the cortex.",
    "subjacent to it",  # ("jacent" is no direction: the word must start at the boundary)
    "xinferior to it; prebelow it; rebeside it",
    "thunder it; inside it; misunderstand this",
    "flat its lateral edge",
    "ſuperior to it; ınferior to it; kelvin \u212a; résumé: next to it",
    "",
)


def _ungated() -> re.Pattern[str]:
    pattern = re.sub(r"^\\b\(\?=\[[a-z]+\]\)\(\?:", "", placed_sides._CUE.pattern)
    assert pattern != placed_sides._CUE.pattern and pattern.endswith(")")
    return re.compile(pattern[:-1])


@pytest.mark.parametrize("text", [*CUES, *NEAR_MISSES])
def test_gate_keeps_every_match(text: str) -> None:
    gated = re.compile(placed_sides._CUE.pattern)
    for variant in (text, f"report: {text} end", text.replace(" ", "\n"), text.replace(" ", "  ")):
        want = [(m.span(), m.groups()) for m in _ungated().finditer(variant)]
        assert [(m.span(), m.groups()) for m in gated.finditer(variant)] == want, variant


@pytest.mark.parametrize("text", CUES)
def test_each_cue_wording_is_a_cue(text: str) -> None:
    # (so the comparison above covers the alternatives where they match, not only where nothing does)
    assert placed_sides.placed_cue(text)[0], text


@pytest.mark.parametrize("text", NEAR_MISSES[:-2])
def test_near_misses_are_no_cue(text: str) -> None:
    assert not placed_sides.placed_cue(text)[0], text


def test_side_is_read_through_the_gate() -> None:
    assert placed_sides.placed_cue("just to the left of it a smaller collection.") == (True, "left")
