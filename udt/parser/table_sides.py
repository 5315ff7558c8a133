"""Sides given by the columns of a plain-text table ("RIGHT | LEFT", "Segment | Right | Left"): a lesion written in
a cell under a side's header lies on that side, whatever the row's label or the lines before say; a lesion named
by the row's label ("Hydrocele | small, 7 mm | none") lies on the side of the one sided cell of its row that
holds a size.

Inside such a table a cell border ends a clause, as a semicolon does: a size at the end of one cell measures the
lesion before it, not the one that opens the next cell ("head cyst 4 mm | head cyst 11 mm"). (Not in a
row-per-lesion table, "Nodule 1 | Rt lower pole | 2.4 cm", whose cells describe one lesion.)

A table starts at a line whose ``|``-separated cells include both a right and a left header ("RIGHT", "Lt") and
runs over the following lines that hold a ``|``. Read from the report's bar lines (bar_tables.py): no cost in a report
without a ``|``; one look-up per lesion finding.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import pairwise
from typing import TYPE_CHECKING, NamedTuple

from udt.parser.header_units import labelled_measurement
from udt.parser.lazy_patterns import lazy_compile
from udt.parser.size_lists import NUMBER
from udt.parser.units import WRITTEN_SIZE

if TYPE_CHECKING:
    from udt.parser.bar_tables import BarTables
    from udt.parser.findings import _Draft
    from udt.parser.record import MentionRecord

HEADER_SIDES = {"right": "right", "rt": "right", "r": "right", "rt.": "right", "left": "left", "lt": "left",
                "l": "left", "lt.": "left"}


class Cell(NamedTuple):
    """One cell of a table row: its character span, its column's side (None for a label column) and its row."""

    start: int
    end: int
    side: str | None
    row: int
    sized: int  # how many sizes the cell states (0: none)
    numbers: frozenset[float] = frozenset()  # the numbers the cell writes, as written ("1.2 and 2.7 cm": 1.2, 2.7)


def cell_numbers(part: str) -> frozenset[float]:
    """The numbers a cell writes (a decimal comma read as a point), for telling which cell a size came from."""
    return frozenset(float(m.replace(",", ".")) for m in NUMBER.findall(part))


def _holds(cell: Cell, mm: float) -> bool:
    """Whether ``cell`` writes the size ``mm``, in millimetres or centimetres."""
    return any(abs(v - mm) < 0.01 or abs(v * 10 - mm) < 0.01 for v in cell.numbers)


def header_sides(cells: list[str]) -> list[str | None] | None:
    """The side of each of a row's "|" ``cells`` where the row is a side table's header, naming a right and a left
    column ("Level | Right | Left"); else None."""
    sides = [HEADER_SIDES.get(cell.strip().casefold()) for cell in cells]
    return sides if {"right", "left"} <= set(sides) else None


_WORD = lazy_compile(r"[^\W\d_]+")
_HEADER_WORDS = 4  # a header cell names its column ("right lobe", "PRAWA / RIGHT"); a longer cell is a statement


def _loose_side(cell: str) -> str | None:
    """The side a header cell names among a few other words ("right lobe", "left pleural cavity", "PRAWA / RIGHT"):
    the one side its words name, none when they name both or the cell is long or writes a number."""
    words = _WORD.findall(cell.casefold())
    if not words or len(words) > _HEADER_WORDS or any(ch.isdigit() for ch in cell):
        return None
    named = {HEADER_SIDES[w] for w in words if w in HEADER_SIDES}
    return named.pop() if len(named) == 1 else None


def first_row_sides(cells: list[str]) -> list[str | None] | None:
    """The side of each cell of a table's first row where it heads a right and a left column in a few words each
    ("| | right lobe | left lobe |"): only the first row of a table is read so, where the cells of a later row
    ("| focal lesions | nodule of the right lobe | none |") are the data, not the columns' names."""
    if (sides := header_sides(cells)) is not None:
        return sides
    if any(len(_WORD.findall(c)) > _HEADER_WORDS or any(ch.isdigit() for ch in c) for c in cells):
        return None
    loose = [_loose_side(cell) for cell in cells]
    return loose if {"right", "left"} <= set(loose) else None


def table_cells(tables: BarTables) -> list[Cell]:
    """The cells of every side table of a report (``tables``: its bar lines), in text order (empty without one)."""
    cells: list[Cell] = []
    row = 0
    for table in tables.tables():
        sides: list[str | None] | None = None  # the sides of the columns of the table being read
        for k, line in enumerate(table):
            # (a border's blank part is a column too)
            parts = [part for _, _, part in line.parts]
            if (header := first_row_sides(parts) if k == 0 else header_sides(parts)) is not None:
                sides = header
                continue
            if sides is None:
                continue
            row += 1
            # ("| Largest cyst (cm) | 6.1 | 7.4 |": the label's unit makes the side cells' numbers sizes: header_units)
            label = next((part for _, _, part in line.parts if part.strip()), "")
            for j, (at, end, part) in enumerate(line.parts):
                side = sides[j] if j < len(sides) else None
                sized = len(WRITTEN_SIZE.findall(part)) or int(side is not None and labelled_measurement(label, part))
                cells.append(Cell(at, end, side, row, sized, cell_numbers(part) if sized else frozenset()))
    return cells


def end_clauses_at_borders(cells: list[Cell], idx: list[int], role: list[str | None]) -> None:
    """Give the ``|`` token between two cells of a side table the role of a semicolon; ``idx`` is each token's
    character offset and ``role`` each token's clause role (``Words.role``)."""
    for a, b in pairwise(cells):
        if a.row == b.row:
            t = bisect_left(idx, a.end)
            if t < len(idx) and idx[t] == a.end:
                role[t] = "sep_strong"


def _cell_at(cells: list[Cell], starts: list[int], char: int) -> Cell | None:
    k = bisect_right(starts, char) - 1
    return cells[k] if k >= 0 and char < cells[k].end else None


def _labels_row(cell: Cell, row: list[Cell]) -> bool:
    """Whether ``cell`` stands where a row's label does: no side's cell comes before it in its ``row`` (the first
    cell, or one after the empty cell before a leading bar, "| Cysts | ...")."""
    return not any(c.side is not None for c in row if c.start < cell.start)


def side_from_columns(findings: list[_Draft], evidence: list[MentionRecord], cells: list[Cell]) -> set[int]:
    """Give each lesion finding named inside a side table the side of its column (see module docstring). Returns
    the row labels to fold: a sizeless lesion opening its row ("Cysts: nil | 2 cortical cysts, larger 19 mm") when
    a cell of the row names a lesion of the same organ and diagnosis, which takes its mentions."""
    starts = [c.start for c in cells]
    row_cells: dict[int, list[Cell]] = {}  # row -> its cells, grouped once (not a scan of every cell per lesion)
    for c in cells:
        row_cells.setdefault(c.row, []).append(c)
    in_row: dict[int, list[tuple[int, Cell]]] = {}  # row -> (finding, cell) of the lesions named in it
    # A lesion word with a size in each side's cell of its row ("Calculi: 5 mm lower pole | 9 x 6 mm at the PUJ")
    # is split into one finding per size (size_lists.py), in text order: each takes its cell's side in turn.
    members: dict[int, list[int]] = {}  # the label's mention -> its row, then the findings enumerated from it
    for fi, f in enumerate(findings):
        if f.kind != "lesion" or not f.mentions or not 0 <= f.mentions[0] < len(evidence):
            continue
        cell = _cell_at(cells, starts, evidence[f.mentions[0]].start_char)
        if cell is None:
            continue
        in_row.setdefault(cell.row, []).append((fi, cell))
        # (a list inside a later side's cell keeps that cell's side: "| nodules | 9 mm | two nodules: 7 and 5 mm |")
        if f.size_mm and _labels_row(cell, row_cells[cell.row]):
            members.setdefault(f.mentions[0], [cell.row]).append(fi)
        if cell.side is not None:
            f.laterality = cell.side
        elif f.size_mm:
            sized = {c.side for c in row_cells[cell.row] if c.side is not None and c.sized}
            if len(sized) > 1:
                # a row label that takes the size of one side's cell ("Cysts | largest 1.6 cm | 3.1 cm cyst, IIF")
                # lies on that cell's side, the cell that writes its size
                sized = {c.side for c in row_cells[cell.row] if c.side is not None and _holds(c, f.size_mm[0])}
            if len(sized) == 1:
                f.laterality = sized.pop()
    for row, *group in members.values():
        sides = [c.side for c in row_cells[row] if c.side is not None and c.sized]
        if len(group) == len(sides) > 1:
            for fi, side in zip(group, sides, strict=True):
                findings[fi].laterality = side
        elif len(sides) > 1:
            # ... and a cell may list several ("Cysts | 2 (3.5 cm, 1.1 cm) | 1 (2.2 cm)"): each size takes its
            # cell's side, where the row's sizes are as many as the findings split from it
            per_size = [c.side for c in row_cells[row] if c.side is not None for _ in range(c.sized)]
            if len(per_size) == len(group):
                for fi, side in zip(group, per_size, strict=True):
                    findings[fi].laterality = side
    folded: set[int] = set()
    for named in in_row.values():
        (first, first_cell), rest = named[0], named[1:]
        label = findings[first]
        # the label stands in a label column: no side's column comes before its cell (a row may open with the
        # empty cell before a leading bar, "| Cysts | 2 simple cysts, 1.2 and 2.7 cm | none |")
        if label.size_mm or not _labels_row(first_cell, row_cells[first_cell.row]):
            continue
        named_cells = {c.start for _, c in rest}
        unnamed = {c.side for c in row_cells[first_cell.row]
                   if c.side is not None and c.sized and c.start not in named_cells}
        if rest and len(unnamed) == 1:
            # One side's cell measures what it names no lesion for ("Calculi | 9 mm VUJ calculus | two: 8 mm upper
            # pole, 3 mm lower pole"): the row's label is that cell's lesion, not the other cell's restated.
            label.laterality = unnamed.pop()
            continue
        same = [fi for fi, _ in rest if findings[fi].diagnosis == label.diagnosis and findings[fi].organ == label.organ]
        if not same and not rest and not any(c.sized for c in row_cells[first_cell.row]):
            # A row that only counts or ticks its lesions ("No. of cysts   2   1" above "Largest cyst (cm)   3.2
            # 1.1", "Cyst count | >20 | >20" below it) names the lesions a row beside it measures: its label is
            # theirs, not one more lesion.
            same = _measured_nearby(findings, in_row, row_cells, first_cell.row, label)
        if same:
            findings[same[0]].absorb(label.mentions)
            folded.add(first)
    return folded


_NEARBY_ROWS = (1, -1, 2, -2)  # where the row that measures a counting row's lesions may stand, nearest first


def _measured_nearby(
    findings: list[_Draft],
    in_row: dict[int, list[tuple[int, Cell]]],
    row_cells: dict[int, list[Cell]],
    row: int,
    label: _Draft,
) -> list[int]:
    """The findings of the nearest row around ``row`` that a lesion of ``label``'s organ and concept labels and
    that the row's cells measure; empty where there is none."""
    for step in _NEARBY_ROWS:
        near = row + step
        same = [fi for fi, cell in in_row.get(near, ())
                if findings[fi].size_mm and _labels_row(cell, row_cells[near])
                and findings[fi].concept == label.concept and findings[fi].organ == label.organ]
        if same:
            return same
    return []
