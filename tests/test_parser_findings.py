"""Findings: each lesion gets its own size and side (organ measurements, distances and other lesions' words
must not leak onto it)."""

from __future__ import annotations

import pytest

from udt.parser import ReportParser


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
        # A list of sizes after a plural lesion: one finding each, with the side of its own list item.
        ("Bilateral dermoid cysts, 3.3 cm on the left and 2.2 cm on the right.",
         [("dermoid cyst", "left", 33.0), ("dermoid cyst", "right", 22.0)]),
        ("Both kidneys contain cysts: left upper pole 1.7 cm, right lower pole 9 mm.",
         [("cyst", "left", 17.0), ("cyst", "right", 9.0)]),
        # A side heading applies to what follows it; a ";" ends a lesion's clause.
        ("BILATERAL BREAST US\nLEFT: 2 o'clock: 6 mm cyst.\nRIGHT: 9 o'clock: 8 x 5 mm oval, circumscribed mass.",
         [("cyst", "left", 6.0), ("mass", "right", 8.0)]),
        ("Thyroid: left lobe 4.6 cm with an 8 mm cyst; right lobe 4.4 cm, normal.", [("cyst", "left", 8.0)]),
        # A distance to a landmark with a side is not the lesion's side.
        ("The spleen, 12 cm, contains a 2.2 cm cyst lying superior to the left kidney.", [("cyst", None, 22.0)]),
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


@pytest.mark.parametrize(
    ("text", "organ", "side", "size"),
    [
        ("Left cervical lymph node 2.4 cm with a thickened cortex.", "Lymph nodes", "left", 24.0),
        ("A 1.6 cm lymph node at right level II, with loss of the fatty hilum.", "Lymph nodes", "right", 16.0),
    ],
)
def test_a_measured_lymph_node_is_a_finding(parser: ReportParser, text: str, organ: str, side: str,
                                            size: float) -> None:
    found = [f for f in parser.parse(text).findings if f.kind == "lesion"]
    assert [(f.organ, f.laterality, max(f.size_mm)) for f in found] == [(organ, side, size)], found


def test_an_organ_word_before_the_lesion_is_its_site(parser: ReportParser) -> None:
    report = parser.parse("A 3 cm pancreatic mass, two liver lesions (1.4 cm and 9 mm) and a normal spleen.")
    lesions = [f for f in report.findings if f.kind == "lesion"]
    assert [f.organ for f in lesions] == ["Pancreas", "Liver", "Liver"], lesions
    assert [max(f.size_mm) for f in lesions] == [30.0, 14.0, 9.0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A second lesion of the sentence takes the organ named before it.
        ("The right breast at 10 o'clock shows a 9 mm cyst and a second 4 mm hypoechoic lesion beside it.",
         [("Breast", "right", 9.0), ("Breast", "right", 4.0)]),
        # "Left: small effusion" is the same kind of finding as the right one, on the other side.
        ("Right pleural effusion, 4 cm depth.\nLeft: small effusion, 1.2 cm depth.\nLiver: 1.5 cm cyst.",
         [("Pleural space", "right", 40.0), ("Pleural space", "left", 12.0), ("Liver", None, 15.0)]),
    ],
)
def test_organless_lesions_take_the_organ_already_named(parser: ReportParser, text: str, expected: list) -> None:
    found = [(f.organ, f.laterality, max(f.size_mm) if f.size_mm else None)
             for f in parser.parse(text).findings if f.kind == "lesion"]
    assert found == expected
