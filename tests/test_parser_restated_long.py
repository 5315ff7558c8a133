"""Summary lesions folded into the lesions they restate (udt/parser/restated.py) in long reports: the index by organ
and fit gives what a look-back over every earlier finding gives, and a long report with many summaries folds each
into the lesion it names."""

from __future__ import annotations

import copy
import random

import pytest

from udt.parser import ReportParser
from udt.parser.findings import _Draft
from udt.parser.restated import fold_restated
from udt.taxonomy import load_taxonomy

GENERIC = "formation"


def _fits(earlier: _Draft, summary: _Draft) -> bool:
    if earlier.kind != "lesion" or earlier.organ != summary.organ or earlier.status == "absent":
        return False
    sides = {earlier.laterality, summary.laterality}
    if None not in sides and "bilateral" not in sides and len(sides) > 1:
        return False
    if earlier.diagnosis is not None:
        return earlier.diagnosis == summary.diagnosis
    return earlier.concept in (None, GENERIC, summary.concept)


def _look_back(findings: list[_Draft], summary_made: set[int], folded: set[int]) -> list[_Draft]:
    """The rule as the module docstring states it, by a look-back over every earlier finding per summary lesion."""
    dropped = set(folded)
    for k in sorted(summary_made):
        s = findings[k]
        if s.kind != "lesion" or s.size_mm or s.organ is None or s.status == "absent":
            continue
        fitting = [i for i in range(k) if i not in summary_made and i not in dropped and _fits(findings[i], s)]
        if not fitting:
            continue
        if s.laterality != "bilateral":
            fitting = [min(fitting, key=lambda i: (findings[i].concept != s.concept,
                                                   findings[i].diagnosis != s.diagnosis,
                                                   findings[i].laterality != s.laterality, i))]
        for i in fitting:
            e = findings[i]
            if e.laterality is None and s.laterality in ("left", "right") and e.diagnosis == s.diagnosis is not None:
                e.laterality = s.laterality
            if e.diagnosis is None and s.status == "present" and s.diagnosis is not None:
                e.diagnosis, e.concept = s.diagnosis, s.concept
            e.absorb(s.mentions)
        dropped.add(k)
    return [f for i, f in enumerate(findings) if i not in dropped]


def _random_report(rng: random.Random, n: int) -> tuple[list[_Draft], set[int], set[int]]:
    """``n`` findings of a few organs, diagnoses and sides; about a third made in a summary, a few folded."""
    findings, summary_made, folded = [], set(), set()
    for i in range(n):
        diagnosis = rng.choice([None, None, "cyst", "haemangioma", "calculus"])
        concept = diagnosis if diagnosis is not None else rng.choice([None, GENERIC, "calculus", "mass"])
        f = _Draft(kind=rng.choice(["lesion"] * 8 + ["structure", "normal"]), diagnosis=diagnosis, concept=concept,
                   organ=rng.choice(["liver", "kidney", "breast", None]),
                   laterality=rng.choice([None, None, "left", "right", "bilateral"]),
                   status=rng.choice(["present"] * 6 + ["uncertain", "absent"]),
                   size_mm=[] if rng.random() < 0.6 else [float(rng.randint(3, 40))], mentions=[2 * i, 2 * i + 1])
        findings.append(f)
        if rng.random() < 0.35:
            summary_made.add(i)
        elif rng.random() < 0.05:
            folded.add(i)
    return findings, summary_made, folded


@pytest.mark.parametrize("seed", range(40))
def test_index_folds_as_a_look_back_over_every_earlier_finding(seed: int) -> None:
    rng = random.Random(seed)
    findings, summary_made, folded = _random_report(rng, rng.choice([5, 30, 300]))
    expected = _look_back(copy.deepcopy(findings), summary_made, folded)
    got = fold_restated(copy.deepcopy(findings), summary_made, GENERIC, folded)
    assert [vars(f) for f in got] == [vars(f) for f in expected]


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
