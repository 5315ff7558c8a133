"""Side tables laid out with spaces instead of ``|``: a header line whose columns are sides ("RIGHT      LEFT",
after an optional label such as "Kidney") and the rows under it, each a row label and one cell per column, the
columns kept apart by runs of spaces::

                    RIGHT                 LEFT
    Length          10.2 cm               9.8 cm
    Cysts           1 (12 mm, simple)     2 (25 mm upper pole; 8 mm)

Such a table is read as the ``|`` tables of :mod:`udt.parser.table_sides` are: every cell takes the side of the
header column it stands under (by its character column; a cell is under the header that starts nearest to its
left, within a few characters of slack, as typists do not align exactly). A cell's end sits one character past its
text, on the space token that spaCy makes of the rest of the gap, so the border ends a clause as ``|`` does.

A table runs until a line that holds fewer than two columns (a blank line, a sentence). Gated on a header line
matched by one regular expression over the text: no cost elsewhere. Linear in the lines of a table.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import pairwise
from typing import TYPE_CHECKING

from udt.parser.header_units import labelled_measurement
from udt.parser.lazy_patterns import lazy_compile
from udt.parser.table_sides import HEADER_SIDES, Cell, cell_numbers, table_cells
from udt.parser.units import WRITTEN_SIZE

if TYPE_CHECKING:
    from udt.parser.bar_tables import BarTables
    from udt.parser.findings import _Draft
    from udt.parser.record import MentionRecord

_GAP = lazy_compile(r"\S+(?: \S+)*")  # a column's text: words joined by single spaces
# "RIGHT", "Lt", "Right lobe", "LEFT OVARY"; a worksheet's bare letters ("R        L": no word of a row is one)
_SIDE = r"(?:right|rt\.?|left|lt\.?|[rl])(?: [a-z]+)?"
# A line of two or more side words (after an optional label) apart by two or more spaces.
_HEADER = lazy_compile(rf"(?im)^[ \t]*(?:[^\s|][^|\n]*?[ \t]{{2,}})?{_SIDE}(?:[ \t]{{2,}}{_SIDE})+[ \t]*$")
_SLACK = 3  # characters a cell may start left of its header column


def _header_side(chunk: str) -> str | None:
    """The side a header column names: a side word, alone or before one word ("Right lobe", "LEFT OVARY")."""
    words = chunk.casefold().split()
    if len(words) > 2 or (len(words) == 2 and not words[1].isalpha()):
        return None
    return HEADER_SIDES.get(words[0])


def aligned_cells(text: str, first_row: int = 0) -> list[Cell]:
    """The cells of every space-aligned side table in ``text``, in text order, rows numbered after ``first_row``."""
    # A header holds two side columns apart by two or more spaces or tabs: a text with neither "  " nor a tab has
    # none (two substring scans in C instead of the header pattern, which tries every line start).
    if ("  " not in text and "\t" not in text) or _HEADER.search(text) is None:
        return []
    cells: list[Cell] = []
    columns: list[tuple[int, str]] | None = None  # (column of the header, its side) of the table being read
    pos, row = 0, first_row
    for line in text.splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        chunks = [(m.start(), m.end(), m.group()) for m in _GAP.finditer(line.rstrip("\r\n"))]
        sides = [_header_side(c[2]) for c in chunks]
        if len(chunks) >= 2 and {"right", "left"} <= set(sides) and None not in sides[1:]:
            columns = [(c[0], s) for c, s in zip(chunks, sides, strict=True) if s is not None]
            continue
        if columns is None:
            continue
        if len(chunks) < 2 or "|" in line:
            columns = None
            continue
        row += 1
        label = chunks[0][2]
        for a, b, chunk in chunks:
            side = None
            for col, col_side in columns:
                if a >= col - _SLACK:
                    side = col_side
            # ("Largest cyst (cm)   3.2   1.1": the label's unit makes the side cells' numbers sizes, as in a "|" table)
            sized = len(WRITTEN_SIZE.findall(chunk)) or int(side is not None and labelled_measurement(label, chunk))
            numbers = cell_numbers(chunk) if sized else frozenset()
            cells.append(Cell(start + a, start + b + 1, side, row, sized, numbers))
    return cells


def side_table_cells(text: str, tables: BarTables) -> list[Cell]:
    """The cells of every side table of ``text``, ``|`` tables (:func:`table_sides.table_cells`; ``tables``: the
    text's bar lines) and space-aligned ones, in text order."""
    cells = table_cells(tables) if tables else []
    aligned = aligned_cells(text, cells[-1].row if cells else 0)
    return sorted([*cells, *aligned]) if aligned else cells


def aligned_borders(text: str, idx: list[int]) -> list[int]:
    """The tokens (by index; ``idx``: each token's character offset) that are the gap between two cells of a row of
    a space-aligned side table: there a cue's scope ends, as at a ``|`` (a termset terminator). Empty without such a
    table (one regular expression over the text)."""
    cells = aligned_cells(text)
    out: list[int] = []
    for a, b in pairwise(cells):
        if a.row == b.row:
            t = bisect_left(idx, a.end)
            if t < len(idx) and idx[t] == a.end:
                out.append(t)
    return out


def organ_of_table(
    findings: list[_Draft],
    evidence: list[MentionRecord],
    cells: list[Cell],
    unpaired: frozenset[str] = frozenset(),
    system_of: dict[str, str | None] | None = None,
) -> None:
    """Place the lesions of a side table that name no organ in the one organ its other cells name: a "RIGHT | LEFT"
    table describes one paired organ, whose rows ("Length", "Cortex", "Cysts") may never name it ("Cysts: 1 (14 mm)
    | 2 (22 mm upper pole Bosniak I ...)" beside a "Bosniak" cell or a "Hydronephrosis" row that imply the kidney).
    Nothing is placed when the table's cells name no organ or more than one.

    For the same reason the table's lesions lie in no organ the body has one of (``unpaired``): where they were
    placed in one by the text around the table (a title "RENAL / BLADDER WORKSHEET" gives the last organ it names)
    and the report named exactly one paired organ before the table, they lie in that organ (``system_of``: each
    organ's body system); their columns' sides then stand."""
    starts = [c.start for c in cells]
    placed: dict[str, str | None] = {}  # organ -> its body system, of the findings placed inside the table
    unplaced: list[_Draft] = []
    for f in findings:
        if not f.mentions or not 0 <= f.mentions[0] < len(evidence):
            continue
        k = bisect_left(starts, evidence[f.mentions[0]].start_char + 1) - 1
        if k < 0 or evidence[f.mentions[0]].start_char >= cells[k].end:
            continue
        if f.organ is not None:
            placed.setdefault(f.organ, f.body_system)
        elif f.kind == "lesion":
            unplaced.append(f)
    if len(placed) == 1 and unplaced:
        organ, system = next(iter(placed.items()))
        for f in unplaced:
            f.organ, f.body_system = organ, system
    elif len(placed) == 1 and not unplaced and unpaired and system_of is not None and next(iter(placed)) in unpaired:
        _out_of_unpaired(findings, evidence, cells, unpaired, system_of)


def _out_of_unpaired(
    findings: list[_Draft],
    evidence: list[MentionRecord],
    cells: list[Cell],
    unpaired: frozenset[str],
    system_of: dict[str, str | None],
) -> None:
    """Move the lesions of a side table placed in an unpaired organ to the one paired organ named before the table
    (see :func:`organ_of_table`)."""
    first, last = cells[0].start, cells[-1].end
    paired = {m.site for m in evidence if m.start_char < first and m.site is not None and m.site not in unpaired
              and m.status == "present" and m.site in system_of}
    if len(paired) != 1:
        return
    organ = paired.pop()
    for f in findings:
        if f.kind == "lesion" and f.mentions and 0 <= f.mentions[0] < len(evidence) and \
                first <= evidence[f.mentions[0]].start_char < last and f.organ in unpaired:
            # (the unpaired organ's own words no longer place it: their place would take the columns' sides away)
            f.mentions = [k for k in f.mentions if evidence[k].site != f.organ]
            f.organ, f.body_system = organ, system_of[organ]
