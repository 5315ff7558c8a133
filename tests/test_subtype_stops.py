"""A full stop after a number with its capital subtype letter ("BI-RADS 4B.", "segment 4A.") ends the sentence, as it
does after a lower-case letter or a digit (udt/parser/tokenizer.py): the next sentence's lesion is its own, not the
name a hedge of the first ("suspicious, BI-RADS 4B.") doubts."""

from __future__ import annotations

import pytest

from udt.parser import ReportParser
from udt.taxonomy import load_taxonomy


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser(load_taxonomy())


def _lesions(parser: ReportParser, text: str) -> list[tuple[str | None, str | None, list[float]]]:
    return [(f.diagnosis, f.laterality, f.size_mm) for f in parser.parse(text).findings if f.kind == "lesion"]


def test_a_subtype_stop_ends_the_sentence_before_the_other_breast(parser: ReportParser) -> None:
    text = ("Left breast 5 o'clock: an 8 mm irregular hypoechoic mass, suspicious, BI-RADS 4C. Right breast upper "
            "inner quadrant: oval circumscribed mass, 15 x 8 mm, likely fibroadenoma.")
    assert _lesions(parser, text) == [("mass", "left", [8.0]), ("mass", "right", [15.0, 8.0])]


@pytest.mark.parametrize("token", ["4B.", "12A.", "5C."])
def test_the_stop_is_its_own_token(parser: ReportParser, token: str) -> None:
    words = [t.text for t in parser.nlp(f"Category {token} Next sentence.")]
    assert words[1:3] == [token[:-1], "."]


@pytest.mark.parametrize("text", ["4B.5 mm", "U.S.", "Dr. Smith"])
def test_other_stops_are_left_as_they_were(parser: ReportParser, text: str) -> None:
    # Near misses: a decimal after the letter, and initials or titles, keep spaCy's own tokens.
    default = [t.text for t in parser.nlp(text)]
    assert "".join(default).replace(" ", "") == text.replace(" ", "")
    assert default[0] in ("4B.5", "U.S.", "Dr.")
