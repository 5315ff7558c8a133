"""A size in a row of a side table ("| | Right | Left |") measures what its own row names, never a lesion another
row names: "| Length | 10.4 cm | 11.8 cm |" then "| Cysts | 2 cysts, largest 15 mm | none |" gives the kidneys'
lengths, not a 104 mm cyst; "| dimensions | 18 x 20 x 48 mm | ... |" above "| focal lesions | nodule 12 mm | ... |"
is the lobe's size. Each row of such a table states one property of each side, so a row that names no lesion
(length, volume, parenchyma) measures the organ; without this rule its sizes went to the nearest lesion word of the
rows below or above it, as in running text.

A lesion that labels its row ("| Largest cyst | 58 mm, lower pole | 71 mm, upper pole |", "| Cysts | innumerable,
largest 4.8 cm | innumerable, largest 6.1 cm |") takes one size in each side's cell: one lesion per side, each with
its own cell's size (table_sides.py then gives each its cell's side), not one lesion with the first size.

A denial in one side's cell denies that side only: "| Stone | none | 7 mm at the PUJ |" reports a left stone, so
the "none" after the row's label (a key's value in a two-column table, "| Stone | none |") does not negate the label
where another side's cell of its row states a size and names no other lesion (:func:`sized_on_other_side`, read by
context.py).

One exception to the first rule: a row labelled only by a measuring word ("size") under a row that names a lesion
("Focal lesion | [x]yes | [x]yes" then "  size | 3 mm | 16 x 12 mm") gives the lesion above its size, as a form's
sub-row does.

Only side tables (table_sides.py, aligned_tables.py): a table with a row per lesion ("| 1 | R | 12 x 8 mm | cyst |")
or a key/value form may state one lesion over several rows. Gated on the report holding such a table: the map is
empty elsewhere and the check costs one truth test.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Sequence

    from udt.parser.findings import Item
    from udt.parser.table_sides import Cell


class SideRows(NamedTuple):
    """The rows of a report's side tables: each token's row and cell (numbered through the report) inside their
    cells, the cells under a side's column, and the rows whose label is only measuring words ("size")."""

    row_of: dict[int, int]
    cell_of: dict[int, int]
    sided: frozenset[int]
    measuring: frozenset[int]


def side_rows(cells: Sequence[Cell], idx: Sequence[int], role: Sequence[str | None]) -> SideRows:
    """The :class:`SideRows` of ``cells`` (``idx``: each token's character offset; ``role``: each token's clause
    role, "measure" for a measuring word)."""
    row_of: dict[int, int] = {}
    cell_of: dict[int, int] = {}
    sided: set[int] = set()
    measuring: set[int] = set()
    labelled: set[int] = set()  # rows whose label cell is read
    n = len(idx)
    for k, cell in enumerate(cells):
        if cell.side is not None:
            sided.add(k)
        t = first = bisect_left(idx, cell.start)
        while t < n and idx[t] < cell.end:
            row_of[t] = cell.row
            cell_of[t] = k
            t += 1
        if cell.side is None and t > first and cell.row not in labelled:
            labelled.add(cell.row)
            if all(role[j] == "measure" for j in range(first, t)):
                measuring.add(cell.row)
    return SideRows(row_of, cell_of, frozenset(sided), frozenset(measuring))


def names_other_rows(rows: SideRows, size: Item, lesions: Sequence[Item]) -> bool:
    """The size stands in a side table's row that names none of ``lesions``: it measures no lesion of theirs
    (unless its row is a measuring sub-row under a lesion's: see the module docstring)."""
    row = rows.row_of.get(size.start)
    if row is None:
        return False
    lesion_rows = [rows.row_of.get(lz.start) for lz in lesions]
    if row in lesion_rows:
        return False
    return not (row in rows.measuring and (row - 1) in lesion_rows)


def sized_on_other_side(cells: Sequence[Cell], key: int, cue: int, named: Sequence[int]) -> bool:
    """The character ``key`` stands in the label cell of a side table's row (``cells``: every side table's, in text
    order) and a side's cell of that row other than the one holding the character ``cue`` states a size, naming no
    lesion of its own (``named``: where each lesion word starts; "| Groin mass | none | seroma 46 mm |" denies the
    mass on both sides)."""
    k = bisect_right([c.start for c in cells], key) - 1
    if k < 0 or key >= cells[k].end or cells[k].side is not None:
        return False
    row = cells[k].row
    for c in cells[k + 1 :]:
        if c.row != row:
            break
        if c.side is not None and c.sized and not c.start <= cue < c.end and \
                not any(c.start <= at < c.end for at in named):
            return True
    return False


def sizes_per_side(rows: SideRows, lesion: Item, sizes: Sequence[Item]) -> list[Item] | None:
    """The sizes of a lesion labelling its side table row, one per side's cell in the order written, where two
    cells of its row or more each give it one of ``sizes`` (its sizes, best first); else None (a lesion named
    inside a cell, a row with a list in one cell: "| Cysts | 2 (35 mm, 11 mm) | 1 (22 mm) |", which the lists'
    own rules split)."""
    cell = rows.cell_of.get(lesion.start)
    if cell is None or cell in rows.sided:
        return None
    row = rows.row_of[lesion.start]
    per_cell: dict[int, Item] = {}
    for size in sizes:
        k = rows.cell_of.get(size.start)
        if k is None or k not in rows.sided or rows.row_of[size.start] != row or k in per_cell:
            return None
        per_cell[k] = size
    if len(per_cell) < 2:
        return None
    return [per_cell[k] for k in sorted(per_cell)]
