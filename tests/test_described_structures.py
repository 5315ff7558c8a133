"""A cyst or collection the findings describe without a lesion word, named only by the summary, is one lesion with
the described size (udt/parser/described_structures.py); organ measurements, hedged or stone summaries, other sides
and several descriptions are left alone."""

from __future__ import annotations

import pytest

from udt.parser import ReportParser
from udt.parser.schema import Finding
from udt.taxonomy import load_taxonomy


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser(load_taxonomy())


def _lesions(parser: ReportParser, text: str, organ: str) -> list[Finding]:
    return [f for f in parser.parse(text).findings if f.kind == "lesion" and f.organ == organ]


def test_anechoic_area_named_a_cyst_in_the_impression(parser: ReportParser) -> None:
    text = (
        "The liver is normal in size with a smooth outline. A 2.1 x 1.7 cm anechoic area with posterior enhancement "
        "lies in segment 7.\nThe spleen is unremarkable.\nIMPRESSION: Simple hepatic cyst."
    )
    lesions = _lesions(parser, text, "Liver")
    assert [(f.diagnosis, max(f.size_mm)) for f in lesions] == [("cyst", 21.0)]


def test_echo_free_space_named_an_effusion(parser: ReportParser) -> None:
    text = (
        "Pericardium: 6 mm posterior echo-free space, no collapse of the right atrium.\n"
        "Impression: small pericardial effusion."
    )
    lesions = _lesions(parser, text, "Heart and mediastinum")
    assert [(f.diagnosis, f.size_mm) for f in lesions] == [("fluid collection", [6.0])]
    assert all(f.size_mm for f in parser.parse(text).findings if f.organ == "Heart and mediastinum")


def test_sided_description_named_on_its_side(parser: ReportParser) -> None:
    text = "Uterus anteverted, 78 mm.\nRight ovary holds an anechoic kyst of 31 mm.\nConclusion: right ovarian cyst."
    lesions = _lesions(parser, text, "Adnexa")
    assert [(f.diagnosis, f.laterality, f.size_mm) for f in lesions] == [("cyst", "right", [31.0])]


def test_organ_measurement_with_shape_is_no_lesion(parser: ReportParser) -> None:
    # The kidney's own length and shape: the summary's cyst was never measured.
    text = "Right kidney 10.8 cm, oval shape, smooth outline.\nImpression: right renal cyst."
    findings = parser.parse(text).findings
    cysts = [f for f in findings if f.diagnosis == "cyst"]
    assert len(cysts) == 1 and cysts[0].size_mm == []
    assert any(f.kind == "structure" and f.size_mm == [108.0] for f in findings)


def test_fluid_filled_organ_is_not_the_summary_stone(parser: ReportParser) -> None:
    text = "Gallbladder: distended, 9 cm, anechoic content with posterior enhancement.\nImpression: gallstones."
    stones = [f for f in parser.parse(text).findings if f.concept == "gallstone"]
    assert len(stones) == 1 and stones[0].size_mm == []


def test_hedged_summary_names_nothing(parser: ReportParser) -> None:
    text = "Pericardium: 6 mm posterior echo-free space.\nImpression: ?pericardial effusion, correlate clinically."
    findings = parser.parse(text).findings
    assert not any(f.kind == "lesion" and f.size_mm == [6.0] and f.diagnosis == "fluid collection" for f in findings)


def test_other_side_is_not_taken(parser: ReportParser) -> None:
    text = "Right ovary holds an anechoic kyst of 31 mm.\nConclusion: left ovarian cyst."
    left = [f for f in _lesions(parser, text, "Adnexa") if f.laterality == "left"]
    assert len(left) == 1 and left[0].size_mm == []


def test_two_descriptions_are_not_told_apart(parser: ReportParser) -> None:
    # Two unnamed, described structures of one organ: the summary's one cyst may be either.
    text = (
        "Pericardium: 6 mm posterior echo-free space.\nPericardium: 4 mm anterior echo-free space.\n"
        "Impression: pericardial effusion."
    )
    lesions = _lesions(parser, text, "Heart and mediastinum")
    assert not any(f.size_mm for f in lesions)
