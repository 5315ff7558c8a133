"""A node list whose rows measure nodes by their level states the unit once, on one row, and drops it on the others
("R II 12 x 8 mm, round" then "L III 9 x 5, round"; "Level II: 14 mm" then "Level IV: 9 x 6"): the writer's unit
holds for the whole list, as a header's unit does for its column (header_units.py). Without it the unit-less rows
gave no size, so their nodes were lost as findings.

A row is a line that opens with a level, a side word then a level number ("R II", "Lt IV") or a level word then one
("level III", "Level 2"), and then a measurement (a number, or numbers joined by "x"). The rows read are a run of
such lines, one under another; where at least one row states its unit after its measurement, and all that do agree,
each unit-less row's measurement is a size in that unit. A list in which no row states a unit stays unsized: the
unit is carried, never guessed.
"""

from __future__ import annotations

import re

from udt.parser.lazy_patterns import lazy_compile
from udt.parser.size_lists import mm_value

_NUMBER = r"\d{1,3}(?:[.,]\d{1,2})?"
_ROMAN = r"(?:vi{0,2}|iv|i{1,3})[ab]?"
# A row: a level (a side word then a Roman number, or "level" then a number), an optional ":" or "-", its
# measurement, and the unit, if the row states one. The measurement may not run on into a date, a ratio or a word,
# nor count what follows it ("L level III: 2 nodes, 8 and 11 mm": two nodes, no size).
_ROW = lazy_compile(
    rf"^[ \t*•-]*(?:(?:r|l|rt|lt|right|left)\.?\s+(?:level\s+)?{_ROMAN}|level\s+(?:{_ROMAN}|[1-7][ab]?))"
    rf"\s*[:=-]?\s*({_NUMBER}(?:\s*[x×]\s*{_NUMBER}){{0,2}})"
    r"(?:\s*(mm|cm)\b|(?!\s*(?:mm|cm|nodes?|lymph|lns?|foci|of)\b))(?![\w%/:]|[.,]\d|\s*[x×])",
    re.IGNORECASE,
)


def sibling_unit_sizes(text: str) -> list[tuple[int, int, list[float]]]:
    """(start, end, sizes in mm) of each unit-less measurement of a level row whose list states the unit on another
    row (see the module docstring)."""
    out: list[tuple[int, int, list[float]]] = []
    run: list[re.Match[str]] = []
    starts: list[int] = []
    pos = 0
    for line in text.split("\n"):
        m = _ROW.match(line)
        if m is None:
            out.extend(_carried(run, starts))
            run, starts = [], []
        else:
            run.append(m)
            starts.append(pos)
        pos += len(line) + 1
    out.extend(_carried(run, starts))
    return out


def _carried(run: list[re.Match[str]], starts: list[int]) -> list[tuple[int, int, list[float]]]:
    """The unit-less rows of one run, sized in the unit its other rows state (none if they state none or differ)."""
    if len(run) < 2:
        return []
    units = {m.group(2).lower() for m in run if m.group(2)}
    if len(units) != 1:
        return []
    factor = 10.0 if units.pop() == "cm" else 1.0
    return [
        (at + m.start(1), at + m.end(1), [mm_value(float(v.replace(",", ".")) * factor)
                                          for v in re.findall(_NUMBER, m.group(1))])
        for m, at in zip(run, starts, strict=True)
        if not m.group(2)
    ]
