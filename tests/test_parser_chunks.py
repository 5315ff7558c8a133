"""Where sections end. Across chunk boundaries: a report longer than ``chunk_chars`` is parsed in chunks, and a
section opened in one chunk (HISTORY, COMPARISON, IMPRESSION) still applies at the start of the next one until a
heading or, for history-like sections, the end of its content line. Within a line: a history line that runs on into
"Key: ..." findings ends before the key."""

from __future__ import annotations

import pytest

from udt.parser import ReportParser

_PAD = "The patient describes intermittent discomfort over several weeks. " * 12  # one long line, no heading


def _chunked(limit: int) -> ReportParser:
    p = ReportParser()
    p.chunk_chars = limit
    return p


def _history_then_findings(history_finding: str, finding: str) -> str:
    return f"CLINICAL HISTORY: {_PAD}Known {history_finding} treated last year.\nFINDINGS: {finding}\n"


@pytest.mark.parametrize(
    ("history_finding", "finding", "field", "history_value"),
    [
        ("left breast abscess", "Right breast: 8 mm simple cyst.", "Diagnosis", "fluid collection"),
        ("hepatic haemangioma", "Liver normal. Gallbladder: 5 mm polyp.", "Diagnosis", "mass"),
        ("thyroid nodule with calcifications", "Thyroid normal in size, no nodules.", "InternalCharacteristics",
         "calcifications"),
        ("septated ovarian cyst", "Uterus: 3 cm fibroid.", "InternalCharacteristics", "septations"),
        ("hypoechoic testicular mass", "Both testes normal, small left hydrocele.", "Echogenicity", "hypoechoic"),
    ],
)
def test_history_opened_in_one_chunk_applies_in_the_next(
    parser: ReportParser, history_finding: str, finding: str, field: str, history_value: str
) -> None:
    text = _history_then_findings(history_finding, finding)
    chunked = _chunked(400).parse(text)
    assert any("chunks" in w for w in chunked.warnings)
    assert history_value not in chunked.labels[field]
    # The history mention lies in a later chunk than the heading, and is read as history there too.
    mention = next(m for m in chunked.mentions if m.value == history_value and m.start > 400)
    assert mention.section == "history" and mention.historical
    assert chunked.labels == parser.parse(text).labels


def test_history_ends_with_its_line_in_the_next_chunk(parser: ReportParser) -> None:
    # No FINDINGS heading after the history line: the next line is findings again, as in one piece.
    text = f"HISTORY: {_PAD}Previous abscess.\nRight kidney: 12 mm simple cyst.\n"
    chunked = _chunked(400).parse(text)
    assert "cyst" in chunked.labels["Diagnosis"]
    assert "fluid collection" not in chunked.labels["Diagnosis"]
    assert chunked.labels == parser.parse(text).labels


def test_a_heading_at_the_chunk_start_wins(parser: ReportParser) -> None:
    text = f"HISTORY: pain.\n\nFINDINGS: {_PAD}\n\nIMPRESSION: 9 mm simple cyst in the right kidney.\n"
    chunked = _chunked(len(text) - 60).parse(text)
    cyst = next(m for m in chunked.mentions if m.value == "cyst")
    assert cyst.section == "impression" and not cyst.historical
    assert chunked.labels == parser.parse(text).labels


def test_findings_section_carries_too(parser: ReportParser) -> None:
    text = f"IMPRESSION: {_PAD}A 7 mm simple cyst in the left kidney.\n"
    chunked = _chunked(400).parse(text)
    cyst = next(m for m in chunked.mentions if m.value == "cyst")
    assert cyst.section == "impression"
    assert chunked.labels == parser.parse(text).labels


@pytest.mark.parametrize(
    ("text", "field", "value", "asserted"),
    [
        ("Clinical: irregular periods, ?PCOS. Pelvic US (TA + TV): Normal uterus and ovaries. No free fluid.",
         "Diagnosis", "normal appearance", True),
        ("History: RUQ pain. Liver: 2 cm simple cyst in segment 6.", "Diagnosis", "cyst", True),
        ("Indication: known renal cyst. Right kidney: 11 cm, normal.", "Diagnosis", "cyst", False),
        ("HISTORY: previous breast abscess, now resolved. Fever.", "Diagnosis", "fluid collection", False),
        ("Clinical details: ?gallstones. Technique: transabdominal. Gallbladder: 3 stones, largest 9 mm.",
         "Organ_level", "Gallbladder and bile ducts", True),
    ],
)
def test_history_line_ends_at_a_key(parser: ReportParser, text: str, field: str, value: str, asserted: bool) -> None:
    # A history line that runs on into "Key: ..." findings on the same line ends before the key.
    assert (value in parser.parse(text).labels[field]) is asserted
