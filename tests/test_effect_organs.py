"""An organ named after a placed lesion only as what the lesion does to it ("causing dilatation of the CBD", "with a
dilated choledochus") or as its neighbour ("relation to the SMV") is no site for it (udt/parser/effect_organs.py):
the lesion stays in the organ its heading or its own clause named. A lesion no organ placed before still takes the
one its sentence names, and a part of the lesion's own organ still refines it."""

from __future__ import annotations

import pytest

from udt.parser import ReportParser
from udt.parser.effect_organs import EffectWords, names_an_effect
from udt.taxonomy import load_taxonomy


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser(load_taxonomy())


def _measured(parser: ReportParser, text: str) -> list[tuple[str | None, str | None, list[float]]]:
    return [(f.organ, f.laterality, f.size_mm) for f in parser.parse(text).findings
            if f.kind == "lesion" and f.size_mm]


@pytest.mark.parametrize(
    "text",
    [
        "Pancreas: the head holds a hypoechoic, ill-defined formation 36 x 30 mm, with dilatation of the Wirsung "
        "duct 4 mm and of the choledochus 13 mm.",
        "The pancreatic head is bulky, with an ill-defined 3.6 cm hypoechoic mass causing dilatation of the CBD.",
        "Pancreatic head: hypoechoic solid mass 36 x 30 mm, relation to the SMV not assessable, CT advised.",
        "Pancreas: solid mass in the head 36 x 30 mm, and the choledochus is dilated.",
    ],
)
def test_an_organ_the_lesion_acts_on_does_not_move_it(parser: ReportParser, text: str) -> None:
    assert [(organ, size[0]) for organ, _, size in _measured(parser, text)] == [("Pancreas", 36.0)]


def test_an_unplaced_lesion_still_takes_the_organ_its_sentence_names(parser: ReportParser) -> None:
    # Near miss: nothing placed the mass before the duct, so the duct is the one organ the sentence gives it.
    found = _measured(parser, "A 3 cm echogenic mass causing dilatation of the CBD.")
    assert [organ for organ, _, _ in found] == ["Gallbladder and bile ducts"]


def test_a_part_of_the_lesions_own_organ_still_places_it(parser: ReportParser) -> None:
    # Near miss: the ureter belongs to the kidney's own organ; the mass keeps its organ and side.
    found = _measured(parser, "Right kidney: a 34 mm solid mass at the lower pole, causing dilatation of the ureter.")
    assert found == [("Kidney and ureter", "right", [34.0])]


def test_an_organ_named_without_an_effect_word_still_places_the_lesion(parser: ReportParser) -> None:
    # Near miss: "in the CBD" is where the stone lies, not what it does.
    found = _measured(parser, "Pancreas: normal. A 9 mm stone in the distal CBD.")
    assert [organ for organ, _, _ in found] == ["Gallbladder and bile ducts"]


def test_the_word_test_reads_only_between_the_lesion_and_the_anatomy() -> None:
    words = EffectWords(nouns={1}, of={2}, relations={3}, relation_links={4}, adjectives={5})
    # lesion (0) "dilatation" "of" "the" anatomy(4)
    assert names_an_effect([9, 1, 2, 8, 7], 1, 4, 5, words)
    # "relation" "to" before the anatomy
    assert names_an_effect([9, 3, 4, 7], 1, 3, 4, words)
    # an adjective right after the anatomy ("the choledochus is dilated")
    assert names_an_effect([9, 8, 7, 6, 5], 1, 2, 3, words)
    # no effect word: the anatomy places the lesion
    assert not names_an_effect([9, 8, 8, 7], 1, 3, 4, words)
    # "dilatation" before the lesion's end is not read
    assert not names_an_effect([1, 2, 9, 8, 7], 3, 4, 5, words)
