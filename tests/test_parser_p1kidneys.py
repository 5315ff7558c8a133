"""Two organs (or sides) measured in turn and closed by one verdict ("Right kidney 10.8 cm, left kidney 11.2 cm,
both normal"): one normal structure per organ, each with its own length (udt.parser.findings, _measured_list); a
verdict on the last organ alone leaves an earlier organ's length to that organ (_measured_before); and an English
side abbreviation's full stop before its organ ends no sentence ("Rt. kidney", "Lt. Kidney": udt.parser.sentences).
Passages written for this file.

Rows: a passage and its structure findings in report order: (organ, side, diagnosis, size_mm).
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser

Structure = tuple[str | None, str | None, str | None, list[float]]
Row = tuple[str, list[Structure]]

_KIDNEYS = [("Kidney and ureter", "right", "normal appearance", [108.0]),
            ("Kidney and ureter", "left", "normal appearance", [112.0])]

MEASURED_LISTS: list[Row] = [
    ("Right kidney 10.8 cm, left kidney 11.2 cm, both normal.", _KIDNEYS),
    ("RK 10.8 cm, LK 11.2 cm, both normal.", _KIDNEYS),
    ("Rt. kidney 10.8 cm, Lt. kidney 11.2 cm, both normal.", _KIDNEYS),
    ("Rt. Kidney 10.8 cm, Lt. Kidney 11.2 cm, both unremarkable.", _KIDNEYS),
    ("Right kidney measures 10.8 cm, left kidney measures 11.2 cm, both normal in appearance.", _KIDNEYS),
    ("Right testis 4.4 x 2.5 cm, left testis 4.2 x 2.4 cm, both normal.",
     [("Scrotum", "right", "normal appearance", [44.0, 25.0]),
      ("Scrotum", "left", "normal appearance", [42.0, 24.0])]),
]

GUARDS: list[Row] = [
    # a verdict on the last organ only: the organ measured before it keeps its length, without the verdict, and
    # the verdict's organ takes no size written before its name
    ("The right ovary measures 2.9 x 1.8 cm with a 9 mm follicle; the left ovary is normal.",
     [("Adnexa", "right", None, [29.0, 18.0]), ("Adnexa", "left", "normal appearance", [])]),
    ("Liver 15 cm, spleen normal.", [("Liver", None, None, [150.0]), ("Spleen", None, "normal appearance", [])]),
]


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


def _structures(parser: ReportParser, text: str) -> list[Structure]:
    return [(f.organ, f.laterality, f.diagnosis, f.size_mm) for f in parser.parse(text).findings
            if f.kind == "structure"]


@pytest.mark.parametrize(("text", "expected"), MEASURED_LISTS + GUARDS)
def test_structures(parser: ReportParser, text: str, expected: list[Structure]) -> None:
    assert _structures(parser, text) == expected


def test_stop_ends_sentence_before_other_words(parser: ReportParser) -> None:
    # "Rt." before a capitalised organ after a lesion word ends its sentence: the liver's verdict is its own
    report = parser.parse("Small cyst Rt. Liver normal.")
    assert [(f.kind, f.organ) for f in report.findings if f.diagnosis == "normal appearance"] == [
        ("structure", "Liver")]
