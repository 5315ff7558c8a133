"""The one definition of a differential written as a list under its heading (differential_list_finder.py): dashed,
numbered and lettered items under a heading that names a differential; an inline heading and a list of findings are
no such list. Passages written for this file."""

from __future__ import annotations

import pytest

from udt.parser import ReportParser
from udt.parser.differential_list_finder import differential_lists


def _items(text: str) -> list[list[str]]:
    return [[text[lo:hi].strip() for lo, hi in found.items] for found in differential_lists(text)]


def _headings(text: str) -> list[str]:
    return [text[lo:hi] for lo, hi in (found.heading for found in differential_lists(text))]


@pytest.mark.parametrize(("text", "items"), [
    # dashes under "DDx:" after a sentence on the heading's line; the list ends at the first plain line
    ("Left forearm: 12 mm hypoechoic subcutaneous nodule. Appearances indeterminate. DDx:\n- nodular fasciitis\n"
     "- nerve sheath tumour\nMRI recommended.", [["- nodular fasciitis", "- nerve sheath tumour"]]),
    # numbers under a heading that runs on a few words
    ("Thigh: 8 cm intramuscular mass.\nDifferential diagnoses discussed at MDT:\n1. sarcoma\n2) organising "
     "haematoma\n3. myxoma\nBiopsy booked.", [["1. sarcoma", "2) organising haematoma", "3. myxoma"]]),
    # indented letters under a plural heading
    ("Right adnexa: 5 cm complex cyst.\nPossibilities:\n  a) haemorrhagic cyst\n  b) endometrioma\n  c) cystadenoma\n"
     "Rescan after the next period.", [["a) haemorrhagic cyst", "b) endometrioma", "c) cystadenoma"]]),
    # bullets after a blank line, under a heading without a colon, with blank lines between the items
    ("Differential diagnosis (in order of likelihood)\n\n\u2022 abscess\n\n\u2022 haematoma\nPlan: aspirate.",
     [["\u2022 abscess", "\u2022 haematoma"]]),
    # a weighing noun heads the list too
    ("Alternative diagnoses:\n- lipoma\n- liposarcoma", [["- lipoma", "- liposarcoma"]]),
    # the German abbreviation with its colon
    ("Leber: 18 mm echoarme Läsion. DD:\n- Metastase\n- atypisches Hämangiom",
     [["- Metastase", "- atypisches Hämangiom"]]),
])
def test_items_under_a_differential_heading(text: str, items: list[list[str]]) -> None:
    assert _items(text) == items


def test_heading_is_the_last_sentence_of_its_line() -> None:
    text = "Liver: 2 cm lesion in segment 6. Differential:\n- metastasis\n- atypical haemangioma"
    assert _headings(text) == ["Differential:"]


@pytest.mark.parametrize("text", [
    # an inline heading: its items are on its own line, and the next line is plain
    "Left ovary: 3 cm cyst. Differential diagnosis: haemorrhagic cyst or endometrioma.\nRescan in 6 weeks.",
    # a list of findings under a heading that names no differential
    "Findings:\n- 2 cm simple cyst, left kidney\n- gallstones without cholecystitis\n- no hydronephrosis",
    # the differential is named in an earlier sentence of the line: the list stands under "Findings:"
    "Differential includes cholecystitis. Findings:\n- gallbladder wall 5 mm\n- gallstones",
    # a heading with a plain line between it and the dashes
    "Differential diagnosis:\nabscess is favoured.\n- drain in situ",
    # an item that names alternatives is no heading of the items after it
    "Summary:\n- 3 cm mass, alternatives considered\n- gallstones",
    # a dashed rule and bold text are no item marks
    "Differentials:\n-----\n**Impression**",
    # "dd" in an unfilled date field and "considerations" without a colon: other senses of the heading words
    "Date of scan: dd/mm/yyyy\n- Liver: 2 cm haemangioma, segment 6\n- Gallbladder: normal",
    "Technical considerations\n- body habitus limited the views\n- 1.5 cm cyst, upper pole right kidney",
])
def test_no_differential_list(text: str) -> None:
    assert differential_lists(text) == []


def _doubted(parser: ReportParser, text: str) -> set[tuple[str, str | None]]:
    return {(m.dimension, m.value) for m in parser.parse(text).mentions if m.status == "uncertain"}


def test_numbered_differential_settled_by_a_test(parser: ReportParser) -> None:
    # the numbered items are weighed beside one another as dashed ones are: the test that settles one discards the
    # others (and an unsettled list stays doubted)
    text = ("Right breast, 10 o'clock: 3 cm hypoechoic collection with debris and rim hyperaemia.\n"
            "Differential diagnosis:\n1. abscess (favoured)\n2. infected haematoma\n3. inflammatory carcinoma\n")
    assert ("Diagnosis", "mass") in _doubted(parser, text + "Core biopsy advised.")
    settled = text + "Follow-up: aspiration yielded pus, confirming an abscess."
    assert ("Diagnosis", "mass") not in _doubted(parser, settled)
    assert "mass" not in parser.parse(settled).labels["Diagnosis"]
