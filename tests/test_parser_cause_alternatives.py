"""A hedged diagnosis with its cause, then "or" and another diagnosis: the "or" offers a second alternative, which is
doubted too, although the cause link ended the hedge's scope (cause_alternatives.py). Near misses: a denied
diagnosis passes nothing on, and a new clause after a comma and "and" asserts what it names.

A row names the report-level reading of one value, as the corpus scoring reads it: "present" (labelled), "absent" or
"uncertain" (a mention with that status and no label), or None. No row is a corpus sentence."""

from __future__ import annotations

import pytest
from parser_reading import reading_of

from udt.parser import ReportParser

DX = "Diagnosis"

CAUSE_OR = [
    ("Hypoechoic area beside the left 8th rib, 2 cm, no flow. This may be an abscess secondary to "
     "osteomyelitis or a post-traumatic haematoma.", DX, "fluid collection", "uncertain"),
    ("Right iliac fossa: 3 cm heterogeneous area without flow, possibly a phlegmon due to appendicitis or an "
     "infected haematoma.", DX, "fluid collection", "uncertain"),
    # near misses: a new clause asserts; a plain "or" pair is read as before
    ("Right iliac fossa: possibly a phlegmon due to appendicitis, and a 3 cm haematoma in the rectus sheath.",
     DX, "fluid collection", "present"),
    ("Right iliac fossa: no abscess due to the appendix. A 3 cm haematoma in the rectus sheath.",
     DX, "fluid collection", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), CAUSE_OR)
def test_alternative_after_a_cause(parser: ReportParser, text: str, field: str, value: str,
                                   reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading
