"""The trigger groups a report's words touch (udt/parser/trigger_groups.py): ``group in touched`` must answer what
``not triggers.isdisjoint(words)`` answered, for every registered set and every report, including the copy of a
report's columns that reads its foreign side words as English ones (sites.py), whose groups are its own.
"""

from __future__ import annotations

import random

from spacy.strings import StringStore

from udt.parser import ReportParser
from udt.parser.trigger_groups import TriggerGroups
from udt.parser.wordids import word_ids

_STRINGS = StringStore()


def _ids(text: str) -> frozenset[int]:
    return word_ids(_STRINGS, text.casefold().split())


def test_a_group_is_touched_exactly_when_the_report_holds_one_of_its_words() -> None:
    groups = TriggerGroups()
    pregnancy = groups.group(_ids("pregnant gestation fetus fetal"))
    sides = groups.group(_ids("left right bilateral"))
    relatives = groups.group(_ids("mother father sister brother"))
    touched = groups.touched(_ids("the fetal kidneys are normal , right renal pelvis 6 mm"))
    assert pregnancy in touched and sides in touched
    assert relatives not in touched  # (near miss: "normal" and "renal" share letters, not words, with the set)


def test_equal_sets_share_one_group_and_a_word_may_open_several() -> None:
    groups = TriggerGroups()
    first = groups.group(_ids("left right"))
    assert groups.group(_ids("right left")) == first  # (registered twice, by two rules or two parsers)
    both = groups.group(_ids("right bilateral"))
    assert both != first
    assert groups.touched(_ids("right kidney normal")) == {first, both}
    assert groups.touched(_ids("left kidney normal")) == {first}


def test_a_report_with_no_trigger_word_and_an_empty_set_touch_nothing() -> None:
    groups = TriggerGroups()
    empty = groups.group(frozenset())
    groups.group(_ids("haematoma collection abscess"))
    assert groups.touched(_ids("liver normal in size and echotexture .")) == frozenset()
    assert empty not in groups.touched(_ids("a collection near the liver"))
    assert groups.touched(frozenset()) == frozenset()


def test_touched_agrees_with_the_set_tests_it_replaces() -> None:
    vocabulary = sorted(_ids(
        "liver spleen kidney left right cyst nodule normal no free fluid mm cm the a of in with and thyroid lobe "
        "hypoechoic solid mass vascularity pregnant fetal mother level node axilla breast scar wall"))
    draw = random.Random(7)
    groups = TriggerGroups()
    sets = [frozenset(draw.sample(vocabulary, draw.randint(0, 6))) for _ in range(40)]
    numbers = [groups.group(s) for s in sets]
    for _ in range(300):
        report = frozenset(draw.sample(vocabulary, draw.randint(0, 12)))
        touched = groups.touched(report)
        assert [n in touched for n in numbers] == [not s.isdisjoint(report) for s in sets]


def test_foreign_side_words_read_as_sides_gate_the_rules_that_need_sides(parser: ReportParser) -> None:
    # "dir"/"esq" are read as "right"/"left" on a copy of the report's columns: the node table's side gates must
    # see the copy's words, not the report's own.
    text = ("Tireoide.\nLobo dir: nodulo solido 9 mm.\nLobo esq: sem nodulos.\nLinfonodos cervicais:\n"
            "Nivel | Lado | Eixo curto\nIV | dir | 12 mm\nII | esq | 7 mm")
    nodes = [(f.laterality, f.size_mm) for f in parser.parse(text).findings if f.organ == "Lymph nodes"]
    assert nodes == [("right", [12.0]), ("left", [7.0])]


def test_a_report_without_the_trigger_words_skips_the_gated_rule(parser: ReportParser) -> None:
    # A relative's cancer is family history; the same cancer word with no relative named is the patient's own.
    family = parser.parse("Mother had thyroid cancer. Thyroid: 6 mm nodule in the right lobe.")
    own = parser.parse("Thyroid: 6 mm nodule in the right lobe. Known thyroid cancer, on follow-up.")
    assert [(f.diagnosis, f.laterality, f.size_mm) for f in family.findings] == [("nodule", "right", [6.0])]
    assert [f.laterality for f in own.findings if f.diagnosis == "nodule"] == ["right"]
