"""Double negatives (the present status): "not without X" says the finding has some X, so the "without" inside it
denies nothing (termset._PSEUDO). Near misses keep a plain "without" and a plain "not" as denials.

A row names the report-level reading of one value, as the corpus scoring reads it: "present" (labelled), "absent" or
"uncertain" (a mention with that status and no label), or None. No row is a corpus sentence."""

from __future__ import annotations

import pytest
from parser_reading import reading_of

from udt.parser import ReportParser

POST, ECHO, VASC = "PosteriorAcoustics", "Echogenicity", "Vascularity"

NOT_WITHOUT = [
    ("Left breast 2 o'clock: 9 mm oval hypoechoic nodule, not without some posterior acoustic enhancement.",
     POST, "enhancement", "present"),
    ("The collection is not without internal vascularity on power Doppler; an abscess is favoured.",
     VASC, "increased vascularity", None),
    # near misses: a plain "without" and a plain "not" still deny
    ("Left breast 2 o'clock: 9 mm oval hypoechoic nodule without posterior acoustic enhancement.",
     POST, "enhancement", "absent"),
    ("Left breast 2 o'clock: 9 mm oval hypoechoic nodule; posterior acoustic enhancement is not seen.",
     POST, "enhancement", "absent"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), NOT_WITHOUT)
def test_not_without_asserts(parser: ReportParser, text: str, field: str, value: str, reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading
