"""What the generated batteries share: unique case ids, the parsed lesions of a case, and the pass-rate tables.

Each battery (``size_battery.py``, ``side_battery.py``, ``spelling_battery.py`` …) writes its own cases and its own
check; running them and printing the rates per axis is the same for all, so it lives here once.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any

# (organ, diagnosis, side, largest size in mm) of one parsed lesion finding, in report order
LesionRow = tuple[str | None, str | None, str | None, float | None]


def unique_ids(cases: list[Any]) -> list[Any]:
    """``cases`` unchanged, after checking that no two share an ``id`` (a test's parametrisation keys on it)."""
    ids = Counter(c.id for c in cases)
    dup = [i for i, n in ids.items() if n > 1]
    if dup:
        raise ValueError(f"duplicate case ids: {dup[:5]}")
    return cases


def lesion_rows(report: Any) -> list[LesionRow]:
    """The lesion findings of a parsed report as (organ, diagnosis, side, largest size), in report order."""
    return [
        (f.organ, f.diagnosis, f.laterality, max(f.size_mm) if f.size_mm else None)
        for f in report.findings
        if f.kind == "lesion"
    ]


def print_pass_rates(
    cases: Iterable[Any], problems_of: Callable[[Any, Any], list[str]], verbose: bool, show_lesions: bool = True
) -> None:
    """Parse every case (``udt.parse_report``), check it with ``problems_of(case, report)`` (empty: it passes) and
    print the pass rate per ``case.axis`` and over all; ``verbose`` prints each failure and, with ``show_lesions``,
    the lesions the parser found."""
    import udt

    passed: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for case in cases:
        report = udt.parse_report(case.text)
        problems = problems_of(case, report)
        total[case.axis] += 1
        passed[case.axis] += not problems
        if problems and verbose:
            print(f"FAIL {case.id}: {'; '.join(problems)}\n    {case.text!r}")
            if show_lesions:
                for organ, diagnosis, side, _ in lesion_rows(report):
                    print(f"      got {organ} / {diagnosis} / {side}")
    print(f"{'axis':<10} {'pass':>5} {'total':>5}   rate")
    for axis in total:
        print(f"{axis:<10} {passed[axis]:>5} {total[axis]:>5}  {passed[axis] / total[axis]:6.1%}")
    n, k = sum(total.values()), sum(passed.values())
    print(f"{'all':<10} {k:>5} {n:>5}  {k / n:6.1%}")


def print_lesion_rates(
    battery: Sequence[Any],
    keys_of: Callable[[Any], Sequence[str]],
    matches: Callable[[list[LesionRow], Any], bool],
    left_out: Iterable[str],
    show_failures: bool,
    title: str = "axis",
) -> None:
    """Parse every case in one ``pipe`` and print, per key of ``keys_of(case)`` and over all, the share of cases
    whose lesions ``matches`` the expected ones and the share whose sequence of sizes alone is right."""
    from udt.parser import ReportParser

    left = frozenset(left_out)
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # (cases, all right, sizes right)
    failures: list[tuple[Any, list[LesionRow]]] = []
    parsed = ReportParser().pipe([c.text for c in battery])
    for case, report in zip(battery, parsed, strict=True):
        got = lesion_rows(report)
        ok = matches(got, case.expected)
        sizes_ok = [g[3] for g in got] == [e[3] for e in case.expected]
        for key in (*keys_of(case), "all"):
            t = tally[key]
            t[0] += 1
            t[1] += ok
            t[2] += sizes_ok
        if not ok:
            failures.append((case, got))
    print(f"{title:<44}{'cases':>6}{'right':>8}{'sizes':>8}")
    for key in sorted(tally, key=lambda k: (k == "all", k)):
        n, ok, sizes_ok = tally[key]
        print(f"{key:<44}{n:>6}{ok / n:>8.1%}{sizes_ok / n:>8.1%}")
    print(f"left out of the asserting test: {len(left)}")
    if show_failures:
        for case, got in failures:
            mark = " (left out)" if case.id in left else ""
            where = "/".join(keys_of(case)[-1:])
            print(f"\n[{where}]{mark} {case.text!r}\n  want {list(case.expected)}\n  got  {got}")


def run_axis_kind_battery(
    battery: Sequence[Any], matches: Callable[[list[LesionRow], Any], bool], left_out: Iterable[str], argv: list[str]
) -> None:
    """The command line of a battery whose cases have an ``axis`` and a ``kind``: rates per axis (and per kind with
    ``--kinds``), each failure with ``--failures``."""
    show_kinds = "--kinds" in argv
    print_lesion_rates(
        battery,
        lambda c: (c.axis, f"{c.axis}/{c.kind}") if show_kinds else (c.axis,),
        matches,
        left_out,
        "--failures" in argv,
    )
