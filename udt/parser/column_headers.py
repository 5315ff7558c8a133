"""What a table's column header says of the sizes under it.

A column of earlier sizes: "Site | baseline short axis | today short axis | today long axis", "| site | 03/2026 |
11/2026 |", "| lesion | 2024 | now |". A size in a cell under a header that names an earlier time (a prior-time
word, the earlier of two dates, or a date beside a column of today) is a comparison, as a size followed by a year is
(dated_sizes.py): the row's lesion takes today's size from the other cells. A header naming today ("today",
"current", "now") is never a prior column.

Columns of axes: "today short axis | today long axis". The sizes of one row under two or more such (current) columns
are one lesion's dimensions, as "9 mm short axis, 15 mm long axis" would be (axis_sizes.py), not the first one only.

Read from the report's bar lines (bar_tables.py); a table is a run of lines with at least two bars, its header the
first of them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from typing import TYPE_CHECKING

from udt.parser.lazy_patterns import lazy_compile
from udt.parser.lowered_text import lowered
from udt.parser.substring_keys import SubstringGate
from udt.parser.termset import AXIS_COLUMN_NAMES, CLAUSE_ROLES, PRIOR_COLUMN_WORDS, PRIOR_WORDS

if TYPE_CHECKING:
    from udt.parser.bar_tables import BarTables

# the prior-time words of a column header ("baseline", "previous"; the same words as header_units.py's prior column
# and prior_words.py's), also hyphenated ("pre-op"), and "last"/"initial"
_PRIOR = lazy_compile(
    r"\b(?:" + "|".join(sorted({*PRIOR_COLUMN_WORDS, *PRIOR_WORDS, "last", "initial", r"pre-op\w*"})) + r")\b",
    re.IGNORECASE,
)
# "today long axis"; also an axis named in another language ("Korte as", "Kurzachse": termset.AXIS_COLUMN_NAMES)
_AXIS = lazy_compile(
    r"\b(?:" + "|".join((*CLAUSE_ROLES["axis"], *map(re.escape, AXIS_COLUMN_NAMES))) + r")\b", re.IGNORECASE
)
# (the gate before the foreign names: may_name_axis_column)
_AXIS_NAMES = SubstringGate(AXIS_COLUMN_NAMES)
_TODAY = lazy_compile(r"\b(?:" + "|".join((*CLAUSE_ROLES["current"], "current", "this")) + r")\b", re.IGNORECASE)
# a date in a header: "03/2026", "11.2026", "2025", "12/03/2026" (its year, then month, then day)
DATE = lazy_compile(r"\b(?:(\d{1,2})[/.-])?(?:(\d{1,2})[/.-])?((?:19|20)\d\d)\b")


TODAY_KEY = (10000, 0, 0)  # the date key of today: later than any written date


def date_key(text: str) -> tuple[int, int, int] | None:
    m = DATE.search(text)
    if m is None:
        return None
    first, second, year = m.group(1), m.group(2), int(m.group(3))
    if first is not None and second is not None:
        return (year, int(second), int(first))  # day/month/year
    return (year, int(first) if first is not None else 0, 0)  # month/year, or a year alone


def prior_columns(names: list[str]) -> set[int]:
    """The columns holding earlier sizes: a prior-time word, or the earlier of two dates, or a date beside a column
    of today ("| Lesion | 14/02/2025 | Today |": the date is the comparison's), and no word of today."""
    prior = {k for k, name in enumerate(names) if _PRIOR.search(name) and not _TODAY.search(name)}
    dates = {k: key for k, name in enumerate(names) if (key := date_key(name)) is not None}
    if dates and (len(dates) > 1 or any(_TODAY.search(name) for name in names)):
        # (a column of today is later than any date; TODAY_KEY sorts after every date)
        keys = {k: TODAY_KEY if _TODAY.search(names[k]) else key for k, key in dates.items()}
        latest = max([*keys.values(), *(TODAY_KEY for name in names if _TODAY.search(name))])
        prior |= {k for k, key in keys.items() if key < latest}
    return prior


def axis_columns(names: list[str]) -> set[int]:
    """The current columns naming an axis, when there are two or more of them."""
    prior = prior_columns(names)
    axes = {k for k, name in enumerate(names) if k not in prior and _AXIS.search(name)}
    return axes if len(axes) > 1 else set()


def cells_under_each(
    tables: BarTables, choosers: tuple[Callable[[list[str]], set[int]], ...]
) -> list[list[tuple[int, int]]]:
    """For each chooser, the character spans of the cells under the columns it picks from each table's header (its
    column names, in order) of a report (``tables``: its bar lines): a table is a run of lines with two bars or
    more, its header the first of them, and only a row with as many cells as its header is read. One reading of the
    tables serves every chooser."""
    spans: list[list[tuple[int, int]]] = [[] for _ in choosers]
    for header, *rows in tables.tables(min_bars=2):
        columns = [choose([name for _, _, name in header.cells]) for choose in choosers]
        for row in rows:
            if len(row.cells) == len(header.cells):
                for chosen, out in zip(columns, spans, strict=True):
                    out.extend((a, b) for k, (a, b, _) in enumerate(row.cells) if k in chosen)
    return spans


class CellSpans:
    """Cell spans (from :func:`cells_under_each`) asked, by bisection, whether they hold a character offset: a size
    of a long table looks at its own cell's neighbours, never at every cell of the table."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        # (the spans of one table's chosen cells never overlap; the same cell chosen twice is one span)
        ordered = sorted(set(spans))
        self._starts = [a for a, _ in ordered]
        self._ends = [b for _, b in ordered]

    def __contains__(self, pos: int) -> bool:
        k = bisect_right(self._starts, pos) - 1
        return k >= 0 and pos < self._ends[k]


def may_name_axis_column(text: str) -> bool:
    """Whether ``text`` may name an axis column at all (listed_axes.py's gate): "axis" in any case, or an axis named
    in another language (termset.AXIS_COLUMN_NAMES). Plain substring tests on the lower-cased text: a
    case-insensitive regex alternation of the names cost about 36 µs on a typical report, which every report paid;
    the names are tested only where one of their few keys is in the text (25 scans of every report were about 1%
    of the parse: substring_keys.py)."""
    lower = lowered(text)  # (the parse's other passes lower the same text: lowered_text.py)
    return "axis" in lower or _AXIS_NAMES.any_in(lower)
