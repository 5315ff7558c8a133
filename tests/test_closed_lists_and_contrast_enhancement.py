"""Statuses of descriptors as writers list them (rule waves, stop 45, wave "status").

A denied list closed by "or" ends at the next comma: "no septa or solid component, posterior enhancement" denies
the septa and the solid component; the enhancement after the comma is the next item of the description, stated in
its own right. An "or" after that comma still joins the item to the denial ("no septa, or solid part").

A row names the report-level reading of one value, as the corpus scoring reads it: "present" (labelled), "absent"
or "uncertain" (a mention with that status and no label), or None. No row is a corpus sentence."""

from __future__ import annotations

import pytest
from parser_reading import reading_of

from udt.parser import ReportParser

IC, PA, ECHO, VASC = "InternalCharacteristics", "PosteriorAcoustics", "Echogenicity", "Vascularity"

OR_LIST_ROWS = [
    # the item after the comma that follows a closed "or" list is stated
    ("Right kidney: 24 mm cyst, anechoic, no septa or solid component, posterior enhancement.", PA, "enhancement",
     "present"),
    ("Left lobe nodule 12 mm, no calcification or cystic change, hypoechoic, oval.", ECHO, "hypoechoic", "present"),
    ("Breast lesion 9 mm without calcifications or septations, increased vascularity on Doppler.", VASC,
     "increased vascularity", "present"),
    # ... while the listed items stay denied
    ("Right kidney: 24 mm cyst, anechoic, no septa or solid component, posterior enhancement.", IC, "septations",
     "absent"),
    ("Left lobe nodule 12 mm, no calcification or cystic change, hypoechoic, oval.", IC, "cystic components",
     "absent"),
    # near misses: an "or" after the last comma keeps the item in the denial; a list that "or" closes only at its
    # end; an item of the denied dimension
    ("Simple cyst 2 cm, no septations, or posterior enhancement.", PA, "enhancement", "absent"),
    ("Nodule 8 mm, no calcification, cystic change or shadowing.", PA, "shadowing", "absent"),
    ("Cyst 3 cm with no septations or solid nodules, calcification.", IC, "calcifications", "absent"),
]


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


@pytest.mark.parametrize(("text", "field", "value", "expected"), OR_LIST_ROWS)
def test_closed_or_lists(parser: ReportParser, text: str, field: str, value: str, expected: str | None) -> None:
    assert reading_of(parser, text, field, value) == expected


# Enhancement after contrast named by its phase, pattern or agent is no posterior acoustic enhancement, denied or not.
CONTRAST_ROWS = [
    ("Ablation zone segment 7: hypoechoic, no arterial enhancement on CEUS.", None),
    ("Right renal lesion 2 cm with no contrast enhancement, in keeping with a cyst.", None),
    ("Collection with thick rim enhancement on CEUS.", None),
    # near misses: a bare or posterior enhancement keeps its acoustic sense
    ("Simple cyst 2 cm, no posterior enhancement.", "absent"),
    ("Cyst 2 cm, anechoic, with enhancement.", "present"),
]


@pytest.mark.parametrize(("text", "expected"), CONTRAST_ROWS)
def test_contrast_enhancement(parser: ReportParser, text: str, expected: str | None) -> None:
    assert reading_of(parser, text, PA, "enhancement") == expected
