"""Summary lesions folded into the lesions they restate (udt/parser/restated.py) in long reports: a long report with
many summaries folds each into the lesion it names."""

from __future__ import annotations

import pytest

from udt.parser import ReportParser
from udt.taxonomy import load_taxonomy


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser(load_taxonomy())


def test_a_long_report_folds_every_summary_into_the_lesion_it_restates(parser: ReportParser) -> None:
    # Forty rounds of four organs, each with an unnamed measured lesion, then a conclusion naming a cyst of each
    # organ for every round: every summary lesion restates one of the measured ones.
    organs = [("Liver", "Cyst of the liver."), ("Spleen", "Splenic cyst."), ("Right kidney", "Right renal cyst."),
              ("Left kidney", "Left renal cyst.")]
    rounds = 40
    lines = ["FINDINGS:"]
    for i in range(rounds):
        lines += [f"{organ}: anechoic formation {5 + i} mm." for organ, _ in organs]
    lines.append("CONCLUSION:")
    lines += [" ".join(summary for _, summary in organs)] * rounds
    text = "\n".join(lines)
    report = parser.parse(text)
    lesions = [f for f in report.findings if f.kind == "lesion"]
    assert len(lesions) == rounds * len(organs)  # no summary lesion is left as a finding of its own
    assert all(f.size_mm for f in lesions)
    # Each summary names a cyst: the first measured lesion of its organ and side takes the diagnosis and every
    # restatement's mentions; the later ones, restated by none, stay unnamed.
    first = report.findings[: len(organs)]
    assert [(f.diagnosis, f.laterality) for f in first] == [("cyst", None), ("cyst", None), ("cyst", "right"),
                                                            ("cyst", "left")]
    assert all(f.diagnosis is None for f in lesions[len(organs):])
    conclusion = text.index("CONCLUSION:")
    summary_cysts = [m for m in report.mentions if m.start > conclusion and m.value == "cyst"]
    assert len(summary_cysts) == rounds * len(organs)
    assert {m.finding for m in summary_cysts} == set(range(len(organs)))
