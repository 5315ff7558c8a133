"""Abbreviated position words with a full stop ("post.", "ant.", "lat.", "sup.", "prox.") and measuring words
("max.", "approx.") end no sentence before an abbreviation in capitals on their line ("(a) post. IM 2,7 cm"), nor,
for a position word, before a lower-case word or a size ("post. wall", "ant. 2 cm"): cut there, a listed lesion lost
its size (udt.parser.sentences, termset.POSITION_ABBREVIATIONS). The noun "post" and a stop before a word that opens
a sentence still end it. Passages written for this file.
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser
from udt.parser.sentences import sentence_starts


def _sentences(parser: ReportParser, text: str) -> list[str]:
    doc = parser.nlp(text)
    starts = sentence_starts(doc)
    return [doc[a:b].text for a, b in zip(starts, [*starts[1:], len(doc)], strict=True)]


GOES_ON: list[tuple[str, list[str]]] = [
    ("Fibroids: (a) post. IM 2,7 cm (b) ant. SS 1,4 cm",
     ["Fibroids: (a) post. IM 2,7 cm (b) ant. SS 1,4 cm"]),
    ("Myoma, intramural, post. wall, 3.1 cm. Endometrium 6 mm.",
     ["Myoma, intramural, post. wall, 3.1 cm.", "Endometrium 6 mm."]),
    ("Lipoma of the thigh, ant. 4.2 x 1.8 cm.", ["Lipoma of the thigh, ant. 4.2 x 1.8 cm."]),
    ("Irregular mass, Post. shadowing present.", ["Irregular mass, Post. shadowing present."]),
    ("Solid nodule, max. AP 12 mm.", ["Solid nodule, max. AP 12 mm."]),
    ("Thrombus in the prox. SFV and popliteal vein.", ["Thrombus in the prox. SFV and popliteal vein."]),
]

ENDS: list[tuple[str, list[str]]] = [
    # the noun "post", before a capitalised word or a bare number
    ("Sorry, long post. Mum had a scan.", ["Sorry, long post.", "Mum had a scan."]),
    ("Sorry for the long post. 61F, scanned for pain.", ["Sorry for the long post.", "61F, scanned for pain."]),
    # a word that opens a sentence, not an abbreviation
    ("Seen best in the lat. Echogenic focus 3 mm.", ["Seen best in the lat.", "Echogenic focus 3 mm."]),
    # "ca." (cancer) before capitals
    ("Known ovarian ca. CA-125 is raised.", ["Known ovarian ca.", "CA-125 is raised."]),
    # a report in capitals tells no abbreviation from a sentence's first word
    ("SCAN OF THE THIGH, ANT. DVT EXCLUDED.", ["SCAN OF THE THIGH, ANT.", "DVT EXCLUDED."]),
]


@pytest.mark.parametrize(("text", "expected"), GOES_ON)
def test_a_position_word_s_stop_ends_no_sentence_before_its_site_or_size(
    parser: ReportParser, text: str, expected: list[str]
) -> None:
    assert _sentences(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), ENDS)
def test_a_stop_before_a_sentence_s_first_word_still_ends_it(
    parser: ReportParser, text: str, expected: list[str]
) -> None:
    assert _sentences(parser, text) == expected


LISTS: list[tuple[str, list[Lesion]]] = [
    (
        "Pelvic US: Uterus 10.2 x 6.1 x 5.9 cm. Fibroids x2: (a) post. IM 2,7 cm (b) ant. SS 1,4 cm. Ovaries normal.",
        [("Uterus", "mass", None, 27.0), ("Uterus", "mass", None, 14.0)],
    ),
    (
        "Uterus 9 cm; fibroids: post. IM 3,1 cm; fundal SS 1,2 cm.",
        [("Uterus", "mass", None, 31.0), ("Uterus", "mass", None, 12.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_each_listed_lesion_keeps_its_own_size_after_a_position_word(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


# The rest of a group listed after "Others:" / "The rest:", one member a clause (udt.parser.listed_others): each sized
# clause without a lesion word of its own is one more lesion of the group's kind; one that names its lesion is that.
OTHERS: list[tuple[str, list[Lesion]]] = [
    (
        "Uterus enlarged, 12.4 x 7.9 x 8.1 cm, with several fibroids. The largest, fundal, measures 6.1 x 5.0 cm. "
        "Others: posterior intramural 2.2 cm; anterior subserosal 1.9 cm; a submucous fibroid 1.1 cm.",
        [("Uterus", "mass", None, 61.0), ("Uterus", "mass", None, 22.0), ("Uterus", "mass", None, 19.0),
         ("Uterus", "mass", None, 11.0)],
    ),
    (
        "The liver holds several simple cysts. The largest in segment 7 measures 3.1 cm. The rest: segment 2, "
        "1.2 cm; segment 4, 0.8 cm.",
        [("Liver", "cyst", None, 31.0), ("Liver", "cyst", None, 12.0), ("Liver", "cyst", None, 8.0)],
    ),
]

OTHERS_GUARDS: list[tuple[str, list[Lesion]]] = [
    # "rest" before no colon: the organ's remainder, no member
    ("Liver: a 2 cm cyst in segment 6; the rest of the liver is normal, 15 cm.", [("Liver", "cyst", None, 20.0)]),
    # members listed without a size add no lesion
    ("Multiple fibroids, the largest 5 cm. Others: too small to measure.", [("Uterus", "mass", None, 50.0)]),
]


@pytest.mark.parametrize(("text", "expected"), OTHERS)
def test_each_sized_member_listed_after_others_is_a_lesion(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), OTHERS_GUARDS)
def test_no_member_without_a_colon_list_or_a_size(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


# A teaching case's heading names its lesions as a study's title names its reason (udt.parser.study_titles): the
# body's sized lesions are the findings, the heading adds no unsized one of its own.
CASE_TITLES: list[tuple[str, list[Lesion]]] = [
    (
        "Case 12: Gallstones and a liver cyst\nHistory: 52 F, RUQ pain.\nFindings: the gallbladder holds several "
        "stones, the largest 14 mm. The liver has a 2.5 cm simple cyst in segment 6.",
        [("Gallbladder and bile ducts", None, None, 14.0), ("Liver", "cyst", None, 25.0)],
    ),
]

CASE_GUARDS: list[tuple[str, list[Lesion]]] = [
    # a case line that states a size is a finding, no title
    ("Case 3: liver cyst 2 cm in segment 6.\nKidneys normal.", [("Liver", "cyst", None, 20.0)]),
]


@pytest.mark.parametrize(("text", "expected"), CASE_TITLES)
def test_a_case_heading_names_no_finding_of_its_own(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), CASE_GUARDS)
def test_a_sized_case_line_is_a_finding(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected
