"""Sizes whose unit is stated once in a header: a table column "Size (mm)" / "Dimensions (mm)" over unit-less cells
("| R kidney upper pole | simple cyst | 24 | 19 |"; a bar table's header cell may state it unbracketed, "| size, mm
|"), or a heading "Nodules (cm):" / "LESIONS (cm)" over lines of unit-less measurements ("R lower 1.7 x 1.2
solid", "Liver S6 echogenic lesion 1.6"). Each such number (or "14 x 10 x 9" group) is a size in the header's
unit, as if the unit were written after it; the findings pass then reads it as any size.

A column whose header names an earlier time ("Prior (mm)", "Previous size (mm)"; ``Termset.prior_column_words``)
holds prior sizes, which are no lesion's size (the corpus guideline): it is skipped. Under a heading, the lines read
end at a blank line, a line that opens a new heading (ending with a colon) or a line with a unit header of its own; a
number glued to letters ("S4a", "TR3") or after a score's label ("TI-RADS 5", "U2", "grade 2", "level 3";
``Termset.number_label_words``) is a label, not a measurement, and so is a list item's number opening its line ("1.
upper pole 1.4", "2) fundus 0.9"). Gated on the text holding "(mm)" or "(cm)": no cost
elsewhere.

A row whose label cell states the unit ("| Largest cyst (cm) | 6.1 | 7.4 |" under "| | Right | Left |") holds sizes in
that unit in its other cells, as if each were written with it: the side columns' sizes then read as any table's
("| Largest cyst | 6.1 cm | 7.4 cm |"). Read as a column header instead, the row's numbers were lost. So does a
form's field whose label states the unit and whose values follow its colon on the line ("A2c sizes (mm): 8; 13").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Container, Iterable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from udt.parser.lazy_patterns import lazy_compile
from udt.parser.lowered_text import casefolded
from udt.parser.size_lists import mm_value
from udt.parser.units import CM_UNIT, LENGTH_UNIT

if TYPE_CHECKING:
    from udt.parser.bar_tables import BarLine, BarTables
    from udt.parser.termset import Termset

# The unit in brackets, alone, as the bracket's last item ("Target lesions (longest diameter, mm):", "(size in
# cm)") or as its first before a comma ("size (mm, 3 axes)", a CRF's column naming its axes), or after "size" in a
# bracket naming a list's columns ("Nodes (level, side, size mm, comment):"): a header's unit.
_UNIT_HEADER = lazy_compile(
    rf"\((?:[^()\n]{{0,60}}?(?:,|\bin|\bsize)\s*)?({LENGTH_UNIT})\s*(?:,[^()\n]{{0,30}})?\)", re.IGNORECASE
)
# A table column's header cell that names the size and then its unit without brackets ("| size, mm |", "| Size mm
# |", "| diameter in cm |"): the column's unit as "Size (mm)" states it. The whole cell must be that, so a column of
# an earlier time ("| prior size, mm |") or a cell of prose holding a unit is none.
_CELL_UNIT_BODY = rf"(?:sizes?|diameter|dimensions?|measurements?)\s*(?:,\s*|\s+in\s+|\s+)({LENGTH_UNIT})"
_CELL_UNIT = lazy_compile(rf"{_CELL_UNIT_BODY}\.?", re.IGNORECASE)
_BAR_CELL_UNIT = lazy_compile(rf"\|\s*{_CELL_UNIT_BODY}\.?\s*(?=\|)", re.IGNORECASE)
_NUMBER = r"\d{1,3}(?:\.\d{1,2}|,\d{1,2}(?!\d))?"
# A unit-less measurement: a number or numbers joined by "x", not glued to a letter, a unit, a percent or a date.
_MEASUREMENT = lazy_compile(
    rf"(?<![\w.,/:-])({_NUMBER}(?:\s*[x×]\s*{_NUMBER}){{0,2}})(?![\w%/:]|[.,]\d|\s*(?:{LENGTH_UNIT}|ml|%|cc)\b)",
    re.IGNORECASE,
)
# A bracketed aside after a cell's measurement ("31 x 22 x 25 (2022: 27)"), its numbers left unit-less.
_ASIDE = lazy_compile(r"\s*\([^()\n]{0,40}\)\s*")
_LIST_LINES = 12  # the most lines a heading's unit is read over


def _alternatives(words: Iterable[str]) -> str:
    """The termset's words as one regex alternation, longest first, each bound to a word start where it opens with
    a letter or digit ("tr" not inside "str", "#" anywhere)."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join((r"\b" if re.match(r"\w", w) else "") + re.escape(w) for w in ordered)


class HeaderWords(NamedTuple):
    """The termset's words of this rule as patterns: an earlier time's column header, a label before a number, an
    earlier time's word right before a number ("baseline 42 - current 31": the prior size)."""

    earlier: re.Pattern[str]
    label_before: re.Pattern[str]
    earlier_before: re.Pattern[str]

    @classmethod
    def from_termset(cls, termset: Termset) -> HeaderWords:
        # (A word that never matches keeps an empty list from matching everywhere.)
        earlier = _alternatives(termset.prior_column_words) or r"(?!)"
        labels = _alternatives(termset.number_label_words) or r"(?!)"
        return cls(
            re.compile(rf"(?<!\w)(?:{earlier})(?!\w)", re.IGNORECASE),
            re.compile(rf"(?:{labels})\s*$", re.IGNORECASE),
            re.compile(rf"(?<!\w)(?:{earlier})\s*[:=]?\s*$", re.IGNORECASE),
        )


class UnitHeaders(NamedTuple):
    """What a report's unit headers give: the (start, end, sizes in mm) of each unit-less measurement under one, and
    the character spans of the header lines that are no list heading of their own (no colon ends them), where a
    lesion word names a column or a section ("| Lesion | Size (mm) |", "LESIONS (cm)"), not a lesion."""

    sizes: list[tuple[int, int, list[float]]]
    lines: list[tuple[int, int]]
    # Per row whose label cell states the unit: the label's character span and the sizes of its other cells, which
    # the caller keeps where the label names a lesion ("| Largest cyst (cm) | 6.1 | 7.4 |"; a "| Size (cm) | ..." or
    # "| Ovary (cm) | ..." row measures the organ a column names, which the side table's rows already state).
    rows: list[tuple[tuple[int, int], list[tuple[int, int, list[float]]]]]


def read_unit_headers(
    text: str, tables: BarTables, words: HeaderWords, aligned: Sequence[tuple[int, int]] = (),
    row_starts: Container[int] = (),
) -> UnitHeaders:
    """The sizes under a report's unit headers and its header lines (see :class:`UnitHeaders`), from one reading of
    its lines (``tables``: its bar lines; ``words``: the termset's prior-column and number-label words; ``aligned``:
    the character spans of the cells of its space-aligned side tables, aligned_tables.py, in text order;
    ``row_starts``: the first characters of its comma- and tab-separated rows, csv_rows.py, whose header's unit
    column is read there: read as a list heading's, the lines under it gave their "#" column's numbers as sizes)."""
    low = casefolded(text)  # (the case fold other passes share: lowered_text.py)
    plain = "(mm)" in low or "(cm)" in low  # (the header lines are read only for a unit written without spaces)
    if not plain and _UNIT_HEADER.search(text) is None and ("|" not in text or _BAR_CELL_UNIT.search(text) is None):
        return UnitHeaders([], [], [])
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):  # (a line as bar_tables.py and text_lines.py read it)
        lines.append((pos, line.rstrip("\r")))
        pos += len(line) + 1
    # each bar line -> itself and the lines of its table under it
    table_rows = {line.start: (line, table[k + 1 :]) for table in tables.tables() for k, line in enumerate(table)}
    sizes: list[tuple[int, int, list[float]]] = []
    headers: list[tuple[int, int]] = []
    rows: list[tuple[tuple[int, int], list[tuple[int, int, list[float]]]]] = []
    for n, (offset, line) in enumerate(lines):
        if _UNIT_HEADER.search(line) is None and ("|" not in line or _BAR_CELL_UNIT.search(line) is None):
            continue
        if "|" in line:
            row, below = table_rows[offset]
            if (labelled := _labelled_row_sizes(row.cells, words.earlier)) is not None:
                at, end, _ = row.cells[0]
                rows.append(((at, end), labelled))
                continue  # (a data row: no header line)
            sizes.extend(_column_sizes(row, below, words.earlier))
        elif aligned and (cells := _aligned_row(text, aligned, offset, offset + len(line))) and (
                labelled := _labelled_row_sizes(cells, words.earlier)) is not None:
            # ("Largest cyst (cm)   3.2   1.1" under "R   L": a space-aligned side table's row, read as a "|" one)
            rows.append((cells[0][:2], labelled))
            continue
        elif offset in row_starts:
            pass  # (a comma- or tab-separated header row: csv_rows.row_sizes reads its unit column, not its "#")
        elif not re.search(r"\d", _UNIT_HEADER.sub("", line)):
            sizes.extend(_list_sizes(_unit_of(line), lines[n + 1 :], words))
        elif inline := _field_sizes(offset, line):
            sizes.extend(inline)
            continue  # (a field and its values: its lesion word names the lesion measured, no header line)
        bare = line.rstrip()
        if plain and not bare.endswith(":"):
            headers.append((offset, offset + len(bare)))
    return UnitHeaders(sizes, headers, rows)


def _unit_of(header: str) -> float:
    m = _UNIT_HEADER.search(header) or _CELL_UNIT.fullmatch(header.strip())
    return 10.0 if m is not None and re.fullmatch(CM_UNIT, m.group(1), re.IGNORECASE) else 1.0


def _unit_column(cell: str, earlier: re.Pattern[str]) -> bool:
    """Whether a table header ``cell`` states its column's unit ("Size (mm)", "size, mm"), not an earlier time's."""
    return (_UNIT_HEADER.search(cell) is not None or _CELL_UNIT.fullmatch(cell.strip()) is not None) and \
        not earlier.search(cell)


def _column_sizes(
    header: BarLine, rows: Sequence[BarLine], earlier: re.Pattern[str]
) -> list[tuple[int, int, list[float]]]:
    """Sizes in the unit columns of a ``|`` table: each row's cell under a unit header (not an earlier time's)."""
    columns = {k: _unit_of(cell) for k, (_, _, cell) in enumerate(header.cells) if _unit_column(cell, earlier)}
    out: list[tuple[int, int, list[float]]] = []
    for row in rows:
        for k, (at, _, cell) in enumerate(row.cells):
            if k not in columns:
                continue
            value = cell.strip()
            m = _MEASUREMENT.match(value)
            # (a bracketed aside may follow the measurement: "31 x 22 x 25 (2022: 27)", "14 (was 11)", its numbers
            # an earlier time's, no size)
            if m is not None and (m.end() == len(value) or _ASIDE.fullmatch(value, m.end()) is not None):
                start = at + cell.index(m.group(1))
                out.append((start, start + len(m.group(1)), _values(m.group(1), columns[k])))
    return out


def _aligned_row(text: str, aligned: Sequence[tuple[int, int]], start: int, end: int) -> list[tuple[int, int, str]]:
    """The cells (span and text) of the space-aligned table row that is the line ``start``-``end``; empty if none."""
    k = bisect_left(aligned, (start,))
    cells: list[tuple[int, int, str]] = []
    while k < len(aligned) and aligned[k][0] < end:
        a, b = aligned[k]
        cells.append((a, b, text[a:b]))
        k += 1
    return cells


def _labelled_row_sizes(
    cells: Sequence[tuple[int, int, str]], earlier: re.Pattern[str]
) -> list[tuple[int, int, list[float]]] | None:
    """Sizes of a table row (its ``cells``) whose label cell (its first) states the unit ("| Largest cyst (cm) | 6.1
    | 7.4 |", each side's column a size in that unit; "| Length (cm) | 17.2 | 18.6 |" an organ's): its later unit-less
    cells; None where the unit is not the first cell's, or no later cell is a measurement (a header row over the rows
    below it, "| Lesion | Size (mm) |", or "| Size (cm) | Site |")."""
    if len(cells) < 2 or _UNIT_HEADER.search(cells[0][2]) is None or earlier.search(cells[0][2]):
        return None
    if any(_UNIT_HEADER.search(cell) for _, _, cell in cells[1:]):
        return None  # (a header row naming its units column by column)
    factor = _unit_of(cells[0][2])
    out: list[tuple[int, int, list[float]]] = []
    for at, _, cell in cells[1:]:
        m = _MEASUREMENT.fullmatch(cell.strip())
        if m is not None:
            start = at + cell.index(m.group(1))
            out.append((start, start + len(m.group(1)), _values(m.group(1), factor)))
    return out or None


def labelled_measurement(label: str, cell: str) -> bool:
    """Whether ``cell`` is a unit-less measurement of a ``|`` row whose ``label`` cell states the unit ("| Largest
    cyst (cm) | 6.1 | 7.4 |"): a size as one with its unit written is (table_sides.py counts it so)."""
    return "(" in label and _UNIT_HEADER.search(label) is not None and _MEASUREMENT.fullmatch(cell.strip()) is not None


# A field's values after its unit and colon, to the end of the line: unit-less measurements joined by ";", "," or "and"
# ("sizes (mm): 8; 13", "Cysts (cm): 1.2, 0.8 and 0.5"), nothing else.
_FIELD_VALUES = lazy_compile(
    rf"\s*:\s*{_MEASUREMENT.pattern}(?:\s*(?:[;,]|\band\b)\s*{_MEASUREMENT.pattern})*\s*\.?\s*", re.IGNORECASE
)


def _field_sizes(offset: int, line: str) -> list[tuple[int, int, list[float]]]:
    """Sizes of a field whose label states the unit and whose values follow its colon on the line ("A2c sizes (mm):
    8; 13", "Liver cysts (mm): 8, 13"), where the line ends with those values; else an empty list."""
    m = _UNIT_HEADER.search(line)
    if m is None or _FIELD_VALUES.fullmatch(line, m.end()) is None:
        return []
    factor = _unit_of(line)
    return [(offset + v.start(1), offset + v.end(1), _values(v.group(1), factor))
            for v in _MEASUREMENT.finditer(line, m.end())]


def _list_sizes(
    factor: float, rows: list[tuple[int, str]], words: HeaderWords
) -> list[tuple[int, int, list[float]]]:
    """Sizes on the lines under a heading's unit, up to the end of its list (not a prior one: "baseline 42")."""
    out: list[tuple[int, int, list[float]]] = []
    for offset, row in rows[:_LIST_LINES]:
        if not row.strip() or row.rstrip().endswith(":") or _UNIT_HEADER.search(row):
            break
        for m in _MEASUREMENT.finditer(row):
            before = row[: m.start()]
            if words.label_before.search(before) is None and words.earlier_before.search(before) is None and \
                    not _item_number(row, m):
                out.append((offset + m.start(1), offset + m.end(1), _values(m.group(1), factor)))
    return out


def _item_number(row: str, m: re.Match[str]) -> bool:
    """The number opens its line as a list item's ("1. upper pole 1.4", "(2) fundus 0.9", "3) ..."): the item's
    number, never a size."""
    return not row[: m.start()].strip(" \t*•-(") and row[m.end() : m.end() + 1] in (".", ")") and (
        m.end() + 1 == len(row) or row[m.end() + 1].isspace())


def _values(measurement: str, factor: float) -> list[float]:
    values = [float(v.replace(",", ".")) * factor for v in re.findall(_NUMBER, measurement)]
    return [mm_value(v) for v in values]
