"""Findings: each lesion gets its own size and side (organ measurements, distances and other lesions' words
must not leak onto it)."""

from __future__ import annotations

import pytest

from udt.parser import ReportParser


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


def _lesions(parser: ReportParser, text: str) -> list[tuple[str | None, str | None, float | None]]:
    """(diagnosis concept, side, largest size in mm) of each lesion finding, in report order."""
    return [
        (f.concept, f.laterality, max(f.size_mm) if f.size_mm else None)
        for f in parser.parse(text).findings
        if f.kind == "lesion"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An organ's own measurement is not the size of the lesion it contains.
        ("The left kidney measures 10.8 cm and has a 14 mm simple cyst in the lower pole.",
         [("simple cyst", "left", 14.0)]),
        ("Spleen is 13 cm long with a 9 mm hypoechoic nodule.", [("nodule", None, 9.0)]),
        ("The right ovary measures 3.1 x 2.0 cm and contains a 2.4 cm cyst.", [("cyst", "right", 24.0)]),
        # A distance from a landmark is not a size.
        ("Left breast, 3 cm from the nipple at 2 o'clock: an oval mass measuring 11 x 7 mm.",
         [("mass", "left", 11.0)]),
        ("At 6 cm lateral to the umbilicus there is a 25 mm lipoma.", [("lipoma", None, 25.0)]),
        # A size after its lesion ("nodule measuring ...").
        ("Right lobe: a hypoechoic nodule measuring 1.6 x 1.1 cm.", [("nodule", "right", 16.0)]),
        # Two lesions in one sentence, each with its own side.
        ("A 1.9 cm nodule in the right lobe and a 7 mm nodule in the left lobe.",
         [("nodule", "right", 19.0), ("nodule", "left", 7.0)]),
        ("There is a 15 mm cyst in the left kidney; another 8 mm cyst is seen in the right kidney.",
         [("cyst", "left", 15.0), ("cyst", "right", 8.0)]),
        # A diagnosis that names the lesion already described is the same finding.
        ("A 14 mm echogenic lesion in segment 7, consistent with a haemangioma.", [("hemangioma", None, 14.0)]),
    ],
)
def test_each_lesion_has_its_own_size_and_side(parser: ReportParser, text: str, expected: list) -> None:
    found = _lesions(parser, text)
    for want, got in zip(expected, found, strict=True):
        concept, side, size = want
        if concept is not None:
            assert got[0] is not None and concept in got[0].casefold(), (text, found)
        assert got[1] == side, (text, found)
        assert got[2] == size, (text, found)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("A 12 mm nodule in the right thyroid lobe. The left lobe is normal.", "left"),
        ("Right kidney: 2 cm cyst. Left kidney is unremarkable.", "left"),
    ],
)
def test_normal_side_is_the_side_named(parser: ReportParser, text: str, side: str) -> None:
    normal = [f for f in parser.parse(text).findings if f.kind == "structure" and f.diagnosis]
    assert normal and normal[-1].laterality == side, parser.parse(text).findings


def test_organ_measurement_goes_to_the_organ(parser: ReportParser) -> None:
    report = parser.parse("The right kidney measures 11.4 cm and contains a 2 cm simple cyst.")
    organ = [f for f in report.findings if f.kind == "structure"]
    assert organ and organ[0].size_mm == [114.0] and organ[0].laterality == "right"
