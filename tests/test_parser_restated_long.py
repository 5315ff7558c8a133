"""Summary lesions folded into the lesions they restate (udt/parser/restated.py) in long reports: a long report with
many summaries folds each into the lesion it names, the work grows with the report's length (not with findings times
summaries), and the fold equals the plain look-back over every earlier lesion it replaced."""

from __future__ import annotations

import copy
import random
from collections.abc import Mapping

import pytest

from udt.parser import ReportParser, restated
from udt.parser.findings import _Draft
from udt.taxonomy import load_taxonomy

ORGANS = [
    ("Liver", "Cyst of the liver."),
    ("Spleen", "Splenic cyst."),
    ("Right kidney", "Right renal cyst."),
    ("Left kidney", "Left renal cyst."),
]


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser(load_taxonomy())


def _long_report(rounds: int) -> str:
    # Rounds of four organs, each with an unnamed measured lesion, then a conclusion naming a cyst of each organ for
    # every round: every summary lesion restates one of the measured ones.
    lines = ["FINDINGS:"]
    for i in range(rounds):
        lines += [f"{organ}: anechoic formation {5 + i} mm." for organ, _ in ORGANS]
    lines.append("CONCLUSION:")
    lines += [" ".join(summary for _, summary in ORGANS)] * rounds
    return "\n".join(lines)


def test_a_long_report_folds_every_summary_into_the_lesion_it_restates(parser: ReportParser) -> None:
    rounds = 40
    text = _long_report(rounds)
    report = parser.parse(text)
    lesions = [f for f in report.findings if f.kind == "lesion"]
    assert len(lesions) == rounds * len(ORGANS)  # no summary lesion is left as a finding of its own
    assert all(f.size_mm for f in lesions)
    # Each summary names a cyst: the first measured lesion of its organ and side takes the diagnosis and every
    # restatement's mentions; the later ones, restated by none, stay unnamed.
    first = report.findings[: len(ORGANS)]
    assert [(f.diagnosis, f.laterality) for f in first] == [
        ("cyst", None),
        ("cyst", None),
        ("cyst", "right"),
        ("cyst", "left"),
    ]
    assert all(f.diagnosis is None for f in lesions[len(ORGANS) :])
    conclusion = text.index("CONCLUSION:")
    summary_cysts = [m for m in report.mentions if m.start > conclusion and m.value == "cyst"]
    assert len(summary_cysts) == rounds * len(ORGANS)
    assert {m.finding for m in summary_cysts} == set(range(len(ORGANS)))


def test_the_fold_grows_with_the_report_not_with_findings_times_summaries(
    parser: ReportParser, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Counted: the fits tried. Each summary tries the kinds of its organ's earlier lesions (here at most four: the
    # kidneys' unnamed formations and cysts on either side), not each earlier lesion (the look-back tried each of
    # the 160 to 320 earlier findings: 25,600 fits at 40 rounds).
    calls = [0]
    fits = restated._fits

    def counted(*args: object) -> bool:
        calls[0] += 1
        return fits(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(restated, "_fits", counted)
    tried = {}
    for rounds in (20, 40, 80):
        calls[0] = 0
        report = parser.parse(_long_report(rounds))
        assert len([f for f in report.findings if f.kind == "lesion"]) == rounds * len(ORGANS)
        tried[rounds] = calls[0]
    summaries = {rounds: rounds * len(ORGANS) for rounds in tried}
    assert all(tried[r] <= 4 * summaries[r] for r in tried)
    assert tried[80] - tried[40] == 2 * (tried[40] - tried[20])  # a constant number per summary once they grow


def _look_back(
    findings: list[_Draft],
    summary_made: set[int],
    generic: str | None,
    folded: set[int],
    broader: Mapping[str, frozenset[str]],
) -> list[_Draft]:
    """The reference: each summary lesion looks back over every earlier lesion (restated.py before it filed them
    by organ and kind)."""

    def fits(e: _Draft, s: _Draft) -> bool:
        return (
            e.kind == "lesion"
            and e.organ == s.organ
            and e.status != "absent"
            and restated._fits((e.diagnosis, e.concept, e.laterality, ()), s, generic, broader)
        )

    dropped = set(folded)
    for k in sorted(summary_made):
        s = findings[k]
        if s.kind != "lesion" or s.organ is None or s.status == "absent":
            continue
        if s.size_mm and s.laterality == "bilateral":
            continue
        # (a sized summary restates only an earlier lesion without a size, which takes its size)
        fitting = [i for i in range(k) if i not in summary_made and i not in dropped and fits(findings[i], s)
                   and not (s.size_mm and findings[i].size_mm)]
        if not fitting and s.size_mm:
            # (none: the earliest measured one of the summary's largest size, within half a millimetre)
            fitting = [i for i in range(k) if i not in summary_made and i not in dropped and fits(findings[i], s)
                       and findings[i].size_mm and abs(max(findings[i].size_mm) - max(s.size_mm)) <= 0.5][:1]
        if not fitting:
            continue
        if s.laterality == "bilateral":
            targets = [
                i for i in fitting if s.diagnosis is not None and findings[i].diagnosis == s.diagnosis
            ] or fitting
        else:
            targets = [
                min(
                    fitting,
                    key=lambda i: (
                        findings[i].concept != s.concept,
                        findings[i].diagnosis != s.diagnosis,
                        findings[i].laterality != s.laterality,
                        i,
                    ),
                )
            ]
        for i in targets:
            # What a fold gives is shared; what this reference checks is which earlier lesions a summary reaches.
            restated.fold_summary(findings[i], s, broader)
        dropped.add(k)
    return [f for i, f in enumerate(findings) if i not in dropped]


def _draft(rng: random.Random, i: int) -> _Draft:
    diagnosis = rng.choice([None, None, "cyst", "nodule", "calculus"])
    concept = (
        diagnosis
        if diagnosis and rng.random() < 0.7
        else rng.choice([None, "formation", "polyp", "gallbladder polyp", "thrombus", "DVT"])
    )
    return _Draft(
        kind=rng.choice(["lesion"] * 6 + ["normal"]),
        diagnosis=diagnosis,
        concept=concept,
        organ=rng.choice([None, "liver", "kidney", "kidney", "gallbladder"]),
        laterality=rng.choice([None, None, "left", "right", "bilateral"]),
        size_mm=[5.0] if rng.random() < 0.3 else [],
        status=rng.choice(["present"] * 4 + ["absent", "uncertain"]),
        mentions=[i],
    )


@pytest.mark.parametrize("seed", range(300))
def test_the_fold_equals_the_look_back(seed: int) -> None:
    # Random reports over the fits that matter: broader and narrower concepts (a polyp and a gallbladder polyp, a
    # thrombus and a DVT), the generic formation, sides (a bilateral summary preferring its own diagnosis), hedged
    # and denied lesions, sized summaries, findings after a summary section and findings a caller folded.
    rng = random.Random(seed)
    broader = {"gallbladder polyp": frozenset({"polyp"}), "DVT": frozenset({"thrombus"})}
    n = rng.randint(1, 40)
    findings = [_draft(rng, i) for i in range(n)]
    start = rng.randint(0, n)
    summary_made = {i for i in range(start, n) if rng.random() < 0.8}
    folded = {i for i in range(n) if i not in summary_made and rng.random() < 0.05}
    expected = _look_back(copy.deepcopy(findings), summary_made, "formation", folded, broader)
    got = restated.fold_restated(copy.deepcopy(findings), summary_made, "formation", folded, broader)
    assert [vars(f) for f in got] == [vars(f) for f in expected]
