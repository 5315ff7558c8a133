"""What a parsed report says, read the way the parser's table-driven tests compare it (imported by those tests)."""

from __future__ import annotations

import sys
from pathlib import Path

from udt.parser import ReportParser


def labels_of(parser: ReportParser, text: str, field: str) -> list[str]:
    """The released values ``field`` is labelled with for ``text``, sorted."""
    return sorted(parser.parse(text).labels[field])


def statuses_of(parser: ReportParser, text: str, field: str, value: str, *,
                hypothetical: bool = True) -> set[str]:
    """The statuses of every mention of ``value`` in ``field``; ``hypothetical=False`` leaves out mentions in a
    hypothetical statement ("if a mass is seen ..."), for tests about what the report asserts now."""
    return {m.status for m in parser.parse(text).mentions
            if m.dimension == field and m.value == value and (hypothetical or not m.hypothetical)}


def reading_of(parser: ReportParser, text: str, field: str, value: str) -> str | None:
    """How the report reads ``value`` of ``field``, as the corpus scoring does: labelled wins over any mention
    status, then absent, then uncertain; None when nothing mentions it."""
    report = parser.parse(text)
    if value in report.labels[field]:
        return "present"
    statuses = {m.status for m in report.mentions if m.dimension == field and m.value == value}
    return next((status for status in ("absent", "uncertain") if status in statuses), None)


Lesion = tuple[str | None, str | None, str | None, float | None]  # (organ, diagnosis, side, largest size in mm)


def lesions_of(parser: ReportParser, text: str) -> list[Lesion]:
    """Each lesion finding of ``text`` in report order: its organ, diagnosis, side and largest size."""
    return [(f.organ, f.diagnosis, f.laterality, max(f.size_mm) if f.size_mm else None)
            for f in parser.parse(text).findings if f.kind == "lesion"]


def lesion_of_size(parser: ReportParser, text: str, size: float) -> tuple[str | None, str | None]:
    """(organ, side) of the first lesion of ``text`` whose largest size is ``size`` mm (within half a millimetre)."""
    lesions = [
        f for f in parser.parse(text).findings if f.kind == "lesion" and f.size_mm and abs(max(f.size_mm) - size) <= 0.5
    ]
    assert lesions, f"no lesion of {size} mm"
    return lesions[0].organ, lesions[0].laterality


def matched_lesions(parser: ReportParser, text: str, gold: list) -> list[tuple[str, str | None, float | None]]:
    """(organ, side, size) of the parsed finding the benchmark pairs with each gold lesion ``(organ, diagnosis,
    side, size_mm, quote)``: the side "<none>" for a miss, and the gold size where the parsed size is within the
    benchmark's 0.5 mm tolerance (or the gold states none)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from _parser_scoring import match_findings  # (the benchmark's own pairing rule)

    lesions = [{"organ": o, "diagnosis": d, "side": s, "size_mm": z, "text": q} for o, d, s, z, q in gold]
    out: list[tuple[str, str | None, float | None]] = []
    for g, f in match_findings(lesions, parser.parse(text).findings):
        if f is None:
            out.append((g["organ"], "<none>", None))
            continue
        got = max(f.size_mm) if f.size_mm else None
        want = g["size_mm"]
        size = want if want is None or (got is not None and abs(got - want) <= 0.5) else got
        out.append((g["organ"], f.laterality, size))
    return out


SidedLesion = tuple[str, int, str | None]  # (organ, first size rounded to mm, side)


def assert_lesion_sides(parser: ReportParser, text: str, expected: list[SidedLesion]) -> None:
    """Each expected lesion, found by its organ and first size, is a lesion of ``text`` with that side."""
    got = {(f.organ, round(f.size_mm[0])): f.laterality
           for f in parser.parse(text).findings if f.kind == "lesion" and f.size_mm}
    for organ, size, side in expected:
        assert (organ, size) in got, (organ, size, got)
        assert got[(organ, size)] == side, (organ, size, got)
