"""Findings on multi-organ reports, one table per error class left after issue 11's first pass (sentences
written for this file): a region word is not the side of an unpaired organ; a gland beside a paired landmark
takes its side; two sizes in one sentence stay with their own lesions; an interval change keeps the current size."""

from __future__ import annotations

import pytest

from udt.parser import ReportParser


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


def _lesions(parser: ReportParser, text: str) -> list[tuple[str | None, str | None, float | None]]:
    """(released diagnosis, side, largest size in mm) of each lesion finding, in report order."""
    return [
        (f.diagnosis, f.laterality, max(f.size_mm) if f.size_mm else None)
        for f in parser.parse(text).findings
        if f.kind == "lesion"
    ]


# 1. An unpaired organ (udt:isUnpaired) has no side: "left upper quadrant" is a region, "left lobe" a part.
UNPAIRED = [
    ("Sonogram of the left upper quadrant shows a 13 cm spleen containing a 2.1 cm anechoic cyst.",
     [("cyst", None, 21.0)]),
    ("Left upper quadrant: splenic cyst measuring 18 mm.", [("cyst", None, 18.0)]),
    ("A 14 mm hyperechoic haemangioma in the left lobe of the liver.", [("mass", None, 14.0)]),
    ("Right upper quadrant scan: 9 mm gallbladder polyp and a 6 mm liver cyst.",
     [(None, None, 9.0), ("cyst", None, 6.0)]),
    ("Uterus: a 3 cm fibroid on the left lateral wall.", [("mass", None, 30.0)]),
    ("Right kidney: 12 mm cyst. Left upper quadrant: a 2 cm splenic cyst.",
     [("cyst", "right", 12.0), ("cyst", None, 20.0)]),
]


@pytest.mark.parametrize(("text", "expected"), UNPAIRED)
def test_unpaired_organs_have_no_side(parser: ReportParser, text: str, expected: list) -> None:
    assert _lesions(parser, text) == expected


# 2. A lesion of a paired organ with no side of its own lies on the side of the landmark that places it.
LANDMARK_SIDE = [
    ("Parathyroid: oval 9 x 5 mm hypoechoic nodule posterior to the left lobe, with a feeding vessel.",
     [("nodule", "left", 9.0)]),
    ("A 12 mm parathyroid adenoma inferior to the right thyroid lobe.", [("nodule", "right", 12.0)]),
    ("Adrenal: 2.1 cm hypoechoic mass superior to the right kidney.", [("mass", "right", 21.0)]),
    ("Axilla: a 15 mm hypoechoic mass deep to the left pectoralis muscle.", [("mass", "left", 15.0)]),
    ("A 7 mm cyst in the right ovary, posterior to the uterus.", [("cyst", "right", 7.0)]),
]


@pytest.mark.parametrize(("text", "expected"), LANDMARK_SIDE)
def test_paired_organ_lesion_takes_its_landmark_side(parser: ReportParser, text: str, expected: list) -> None:
    assert _lesions(parser, text) == expected
