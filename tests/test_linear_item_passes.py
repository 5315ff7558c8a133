"""Item passes that stay linear in a long report and read as they did item by item.

Two passes compared each item against every other: the lesion adjectives dropped where the report names their
lesions by their word (lesion_lists._drop_named_adjectives: list membership and ``remove`` by dataclass value), and
the lesions a "both" names (side_words.SideWordRules._names_lesions: a scan from the first item per "both"). A
1 MB report spent seconds in them. These tests pin what the passes decide, on the identity path and on the value
path an item's value twin sends it down, and on long reports built from many short ones. Passages written for this
file.
"""

from __future__ import annotations

from parser_reading import lesions_of

from udt.parser import ReportParser
from udt.parser.findings import Item
from udt.parser.lesion_lists import _drop_named_adjectives


def _lesion(start: int, concept: str, *, sent: int = 0) -> Item:
    return Item(kind="lesion", start=start, end=start + 1, sent=sent, concept=concept)


def test_adjective_named_by_its_word_is_dropped() -> None:
    # "Uterus 11 cm, polymyomatous. Two myomas: ..." - the adjective and the word name the same lesions.
    adjective, word = _lesion(3, "leiomyoma"), _lesion(6, "leiomyoma", sent=1)
    items = [adjective, word]
    _drop_named_adjectives(items, [adjective])
    assert items == [word] and items[0] is word


def test_adjective_alone_stays() -> None:
    # "Uterus 11 cm, polymyomatous." - nothing else names its lesions: it is the one such lesion.
    adjective, cyst = _lesion(3, "leiomyoma"), _lesion(8, "cyst", sent=1)
    items = [adjective, cyst]
    _drop_named_adjectives(items, [adjective])
    assert items == [adjective, cyst]


def test_two_adjectives_of_one_kind_do_not_name_each_other() -> None:
    # "polymyomatous ... myomatous": both are adjectives, no lesion word names them, so both stay.
    first, second = _lesion(3, "leiomyoma"), _lesion(9, "leiomyoma", sent=1)
    items = [first, second]
    _drop_named_adjectives(items, [first, second])
    assert items == [first, second]


def test_adjective_already_taken_by_a_list_is_not_removed_again() -> None:
    # The list pass replaced the adjective by its lines: it is gone, and the lines stay.
    adjective = _lesion(3, "leiomyoma")
    line = _lesion(10, "leiomyoma", sent=2)
    items = [line]
    _drop_named_adjectives(items, [adjective])
    assert items == [line] and items[0] is line


def test_value_twin_reads_as_the_value_tests_do() -> None:
    # A copy equal to the adjective in every field counts as the adjective (list membership compares values), so
    # it names no lesion of its own; the value tests then remove the first equal item.
    adjective = _lesion(3, "leiomyoma")
    twin = _lesion(3, "leiomyoma")
    word = _lesion(6, "leiomyoma", sent=1)
    items = [twin, adjective, word]
    _drop_named_adjectives(items, [adjective])
    assert items == [adjective, word] and items[0] is adjective


def test_value_twin_alone_keeps_both() -> None:
    adjective = _lesion(3, "leiomyoma")
    twin = _lesion(3, "leiomyoma")
    items = [adjective, twin]
    _drop_named_adjectives(items, [adjective])
    assert items == [adjective, twin]


_BOTH_LESIONS = "Two cystic formations in the left thigh, 12 mm and 8 mm. Both formations were excised."


def test_both_naming_lesions_is_no_side_in_a_long_report(parser: ReportParser) -> None:
    # The "both" before a plural lesion word names the two lesions, in a short report and after many paragraphs
    # (the first item after it found by bisection there, not by a scan from the report's first item).
    alone = lesions_of(parser, _BOTH_LESIONS)
    assert all(side != "bilateral" for _, _, side, _ in alone)
    long = "".join(f"Study {i}.\nNo abnormality.\n\n" for i in range(60)) + _BOTH_LESIONS
    assert lesions_of(parser, long)[-len(alone):] == alone


def test_both_kidneys_still_name_two_sides_in_a_long_report(parser: ReportParser) -> None:
    # Near miss: "both kidneys" names the organ's two sides, however far into the report.
    passage = "Simple cysts in both kidneys, the largest 14 mm."
    alone = lesions_of(parser, passage)
    assert any(side == "bilateral" for _, _, side, _ in alone)
    long = "".join(f"Study {i}.\nNo abnormality.\n\n" for i in range(60)) + passage
    assert lesions_of(parser, long)[-len(alone):] == alone
