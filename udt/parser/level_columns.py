"""A table whose column is headed "Level" ("Level | Side | Short axis (mm)", "level,side,SA x LA (mm),hilum") lists
nodes by their nodal level: each row's level cell ("II", "IIA", "IB", "3") places a node, as "level II" written out
does (level_rows.py). Neither the header nor the rows name a node, so the rows' sizes went to no organ: their
findings had none, and a "Nodes:" heading above was needed before a bare "III | L" was read as a node.

The header is a line of two cells or more, split by one of the cell separators ``|``, ``;``, ``,`` or a tab, one
cell of which is a level word alone ("Level", "Nodal level"). The rows read are the lines under it, up to a blank
line, that split by the same separator and hold a level number (level_nodes.LEVEL_NUMBERS), alone or after a side
("R II"), in that column; a rule line ("|---|---|") is passed over, and any other line ends the table. The spans
returned are those of add_level_rows, which keeps only a row with a size after its level; a row called normal
anywhere on its line is left out here, since a table's cells end the sentence add_level_rows reads for it.
A column headed by a thyroid nodule's or a liver's words ("Lobe", "Segment") places nothing.

A table with a column per side ("Level | Right | Left", "| level | R | L |") holds a node in each side's cell, or
none: side_column_cells gives each cell under a side column, on a row with a level number in its level column,
that measures something ("13 x 7 mm, cystic change") and does not call it normal ("9 mm, fatty hilum, normal";
"nil", "none seen" hold no size), nor says it keeps its fatty hilum ("0.6 cm, hilum (+)"). Read as one row, the
row's first size went to a node of the wrong side, or none.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from typing import TypeVar

from udt.parser.lazy_patterns import lazy_compile
from udt.parser.level_nodes import LEVEL_NUMBERS
from udt.parser.lowered_text import lowered

_SEPARATORS = ("|", "\t", ";", ",")
_LEVEL_HEADERS = frozenset(("level", "levels", "nodal level", "node level", "ln level", "lymph node level"))
_NUMBERS = frozenset(LEVEL_NUMBERS)
_SIDES = frozenset(("r", "l", "rt", "lt", "right", "left", "r.", "l.", "rt.", "lt.", "bilateral"))
_WORD_SPLIT = lazy_compile(r"[^a-z-]+")  # (a row's words, to test against the normal words: once per row, not token)
# A hilum column's cell saying the fatty hilum is seen ("| hilum | ... | present |"): the node keeps the sign of a
# benign one, and the table lists it beside the abnormal ones, as a survey lists normal nodes, not as a finding.
_HILUM_HEADERS = ("hilum", "hilus", "fatty hilum", "echogenic hilum")
_HILUM_SEEN = frozenset(("present", "preserved", "yes", "seen", "+", "(+)", "normal", "intact", "visible"))
_MAX_ROWS = 20  # a node table lists a neck's stations, not more
Row = tuple[int, str, list[str]]  # a table row: its offset in the text, its line and its cells


def _level_column(line: str) -> tuple[str, int, int] | None:
    """The separator and index of a header line's level column, if it has one, and of its hilum column (-1 if
    none)."""
    for sep in _SEPARATORS:
        if sep in line:
            cells = line.split(sep)
            if len(cells) - (cells[0].strip() == "") - (cells[-1].strip() == "") < 2:
                return None
            names = [cell.strip().lower() for cell in cells]
            if not _SIDES.isdisjoint(names):
                return None  # "Level | Right | Left": a node in each side's cell, not one per row (side_column_cells)
            level = next((k for k, name in enumerate(names) if name in _LEVEL_HEADERS), -1)
            hilum = next((k for k, name in enumerate(names) if name.startswith(_HILUM_HEADERS)), -1)
            return (sep, level, hilum) if level >= 0 else None
    return None


_Head = TypeVar("_Head", bound=tuple)


def _tables(text: str, header_of: Callable[[str], _Head | None]) -> Iterator[tuple[_Head, Iterator[Row]]]:
    """Each table of ``text`` whose header line holds "level" and reads as one (``header_of`` gives its separator,
    its level column and more, or None), with an iterator over its rows: (offset, line, cells) of each line under the
    header, up to a blank line or one with too few cells; rule lines ("|---|---|") are passed over. A caller may stop
    reading a table's rows early (at a row that is not one of its own); the next table is looked for after it."""
    low = lowered(text)  # (the parse's other passes lower the same text: lowered_text.py)
    at = low.find("level")
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        if end < 0:
            end = len(text)
        head = header_of(text[start:end])
        at = low.find("level", end)
        if head is None:
            continue
        reached = [end + 1]  # where the rows read so far end (the walk below moves it)
        yield head, _rows(text, reached, head[0], head[1])
        at = low.find("level", max(at, reached[0])) if at >= 0 else at


def _rows(text: str, reached: list[int], sep: str, column: int) -> Iterator[Row]:
    pos = reached[0]
    for _ in range(_MAX_ROWS):
        if pos >= len(text):
            return
        stop = text.find("\n", pos)
        if stop < 0:
            stop = len(text)
        line = text[pos:stop]
        cells = line.split(sep)
        if not line.strip() or len(cells) <= column:
            return
        if line.strip().strip("|-:+ \t"):  # (not a markdown rule)
            yield pos, line, cells
        pos = reached[0] = stop + 1


def level_column_rows(
    text: str, idx: Sequence[int], side: Sequence[str | None], normal_words: AbstractSet[str]
) -> list[tuple[int, int]]:
    """Token spans of the level cells of each table headed by a level column (see the module docstring): the level
    number, with the side before it in its cell ("R II"), so that a side after it stays the node's own. A row with
    one of ``normal_words`` in any cell ("| II | L | 9 mm | fatty hilum | benign |"), or whose hilum column says the
    hilum is seen ("IB,R,8x14,present"), lists a normal node: none."""
    out: list[tuple[int, int]] = []
    for (sep, column, hilum), rows in _tables(text, _level_column):
        for pos, line, cells in rows:
            cell = cells[column]
            words = cell.lower().split()
            if not 1 <= len(words) <= 2 or words[-1] not in _NUMBERS or (len(words) == 2 and words[0] not in _SIDES):
                break
            offset = pos + sum(len(c) + len(sep) for c in cells[:column]) + cell.lower().rfind(words[-1])
            t = bisect_left(idx, offset)
            kept = hilum < 0 or len(cells) <= hilum or cells[hilum].strip().lower() not in _HILUM_SEEN
            if kept and t < len(idx) and idx[t] == offset and normal_words.isdisjoint(_WORD_SPLIT.split(line.lower())):
                out.append((t - 1 if len(words) == 2 and t > 0 and side[t - 1] is not None else t, t + 1))
    return out


# A side cell saying the node keeps its fatty hilum ("0.6 cm, hilum (+)", "9 mm, fatty hilum"), and not that it
# lost it ("no hilum", "hilum (-)"): a benign node listed beside the abnormal ones, as a hilum column's "present" is.
_HILUM_KEPT = lazy_compile(r"hil(?:um|us)\s*(?:\(\+\)|\+|present|preserved|seen|intact|visible)|"
                           r"(?:fatty|echogenic|preserved|normal)\s+hil(?:um|us)", re.IGNORECASE)
_HILUM_LOST = frozenset(("no", "without", "absent", "loss", "lost", "effaced", "obliterated", "not"))
_SIDE_OF = {"r": "right", "rt": "right", "right": "right", "r.": "right", "rt.": "right",
            "l": "left", "lt": "left", "left": "left", "l.": "left", "lt.": "left"}


def _side_columns(line: str) -> tuple[str, int, dict[int, str]] | None:
    """The separator, level column and side columns (index -> side) of a header line with a level column and a
    column per side ("Level | Right | Left"), if it is one."""
    for sep in _SEPARATORS:
        if sep in line:
            names = [cell.strip().lower() for cell in line.split(sep)]
            level = next((k for k, name in enumerate(names) if name in _LEVEL_HEADERS), -1)
            sides = {k: _SIDE_OF[name] for k, name in enumerate(names) if name in _SIDE_OF}
            return (sep, level, sides) if level >= 0 and len(set(sides.values())) == 2 else None
    return None


def side_column_cells(text: str, normal_words: AbstractSet[str]) -> list[tuple[int, int, int, str]]:
    """(level number's offset, cell start, cell end, side) of each cell of a side-column node table that measures
    a node not called normal (see the module docstring); a cell with no digit measures nothing."""
    out: list[tuple[int, int, int, str]] = []
    for (sep, column, sides), rows in _tables(text, _side_columns):
        for pos, _line, cells in rows:
            words = cells[column].lower().split()
            if len(words) != 1 or words[0] not in _NUMBERS:
                break
            level = pos + sum(len(c) + len(sep) for c in cells[:column]) + cells[column].lower().find(words[0])
            offset = pos
            for k, cell in enumerate(cells):
                cell_words = _WORD_SPLIT.split(cell.lower())
                if k in sides and any(c.isdigit() for c in cell) and normal_words.isdisjoint(cell_words) and (
                    _HILUM_KEPT.search(cell) is None or not _HILUM_LOST.isdisjoint(cell_words) or "(-)" in cell
                ):
                    out.append((level, offset, offset + len(cell), sides[k]))
                offset += len(cell) + len(sep)
    return out
