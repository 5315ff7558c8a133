"""A labelled measurement row that gives an organ's own size is no lesion row (udt/parser/organ_rows.py)."""

from __future__ import annotations

import pytest

from udt.parser import ReportParser


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


# (text, organ, size of a finding that must carry no lesion diagnosis, the lesion's size that must stay)
ORGAN_ROWS = [
    (
        "Liver: focal lesion, see M2.\nMEASUREMENTS:\nM1 Liver length: 15.8 cm\nM2 Liver cyst S7: 2.3 x 1.9 cm, "
        "anechoic\nM3 Spleen length: 10.4 cm",
        "Liver",
        158.0,
        23.0,
    ),
    (
        "Uterus: two fibroids.\nM1 Uterus: 8.7 x 4.9 x 5.2 cm\nM2 F1 fundal intramural: 3.1 x 2.8 cm\n"
        "M3 Endometrium: 0.7 cm",
        "Uterus",
        87.0,
        31.0,
    ),
    (
        "Spleen: small cyst (S2).\nS1 Spleen length: 11.8 cm\nS2 Splenic cyst: 1.4 cm\nS3 Liver length: 16.2 cm",
        "Spleen",
        118.0,
        14.0,
    ),
]


@pytest.mark.parametrize(("text", "organ", "organ_size", "lesion_size"), ORGAN_ROWS)
def test_organ_row_is_not_a_lesion(
    parser: ReportParser, text: str, organ: str, organ_size: float, lesion_size: float
) -> None:
    findings = parser.parse(text).model_dump()["findings"]
    own = [f for f in findings if f["organ"] == organ and f["size_mm"] and f["size_mm"][0] == organ_size]
    assert own and all(f["diagnosis"] is None for f in own)
    assert any(f["organ"] == organ and f["diagnosis"] and f["size_mm"][:1] == [lesion_size] for f in findings)


# Guards: rows naming a part or place of the organ are lesion rows still.
LESION_ROWS = [
    (
        "Thyroid: two nodules.\nN1 right lobe upper pole: 9 x 7 mm, TR3\nN2 left lobe: 14 mm, TR4",
        "Thyroid gland",
        [9.0, 14.0],
    ),
    ("Uterus: fibroids.\nF1 anterior wall: fibroid 14 mm\nF2 fundus: 9 mm", "Uterus", [14.0, 9.0]),
    # (an organ's name the row goes on from to place its lesion)
    (
        "Liver: two metastases.\nL1 liver segment VI - prior 22 - now 15 mm\nL2 liver segment II - prior 12 - now 9 mm",
        "Liver",
        [15.0, 9.0],
    ),
]


@pytest.mark.parametrize(("text", "organ", "sizes"), LESION_ROWS)
def test_part_rows_stay_lesions(parser: ReportParser, text: str, organ: str, sizes: list[float]) -> None:
    findings = parser.parse(text).model_dump()["findings"]
    got = {f["size_mm"][0] for f in findings if f["organ"] == organ and f["diagnosis"] and f["size_mm"]}
    assert set(sizes) <= got
