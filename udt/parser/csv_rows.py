"""Comma-separated rows exported from a reporting system or a spreadsheet ("II,R,13x22,absent,increased",
"liver,,cyst,1.4,1.2,1.1,cm,"): each comma ends a cell, so each cell is read as its own words.

spaCy splits a comma between two letters only (tokenizer.py), so "R,13x22" and "22,absent" stayed single tokens and
the side, the size and the finding in them were lost; "0.9,0.7,,cm" (two sizes, an empty cell, the unit column)
was one token too. Splitting every comma would break decimal commas ("1,2 x 0,9 cm") and glued prose, so only a
line that reads as a row is split: three commas or more, no comma followed by a space inside it (prose puts one
there), short cells, and at least half its commas not between two digits (so "1,2x0,9x0,8 cm" is no row). Each
glued token of such a line is cut at its commas and each piece tokenized as usual ("depth)" -> "depth", ")").
A text with fewer than three commas pays one count.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from spacy.tokens import Doc

from udt.parser.lazy_patterns import lazy_compile
from udt.parser.size_lists import mm_value

_MIN_COMMAS = 3
_MAX_CELL = 30  # characters per cell on average: a row's cells are short, a prose line's clauses long
_DIGITS = frozenset("0123456789")


def _row_lines(text: str) -> Iterator[tuple[int, int]]:
    """Character spans of the lines of ``text`` that read as comma-separated rows (see the module docstring)."""
    start = 0
    n = len(text)
    while start < n:
        end = text.find("\n", start)
        if end < 0:
            end = n
        commas = text.count(",", start, end)
        if commas >= _MIN_COMMAS and (end - start) <= _MAX_CELL * (commas + 1):
            line = text[start:end].rstrip()
            if ", " not in line:
                numeric = sum(
                    1 for i, ch in enumerate(line)
                    if ch == "," and 0 < i < len(line) - 1 and line[i - 1] in _DIGITS and line[i + 1] in _DIGITS
                )
                if 2 * numeric <= commas:
                    yield start, end
        start = end + 1


def split_row_cells(doc: Doc, text: str, tokenize: Callable[[str], Doc]) -> list[tuple[int, int]]:
    """Split, in place, each token of a comma-separated row that holds a comma into its cells and commas, each cell
    tokenized by ``tokenize`` (the report tokenizer). Returns the rows' character spans (each row starts a sentence:
    sentences.py)."""
    if text.count(",") < _MIN_COMMAS:
        return []
    rows = list(_row_lines(text))
    if not rows:
        return rows
    glued = []
    r = 0
    for token in doc:  # (only in the few reports with a row line)
        if len(token) < 2 or "," not in token.text:
            continue
        while r < len(rows) and rows[r][1] <= token.idx:
            r += 1
        if r == len(rows):
            break
        if rows[r][0] <= token.idx:
            glued.append(token)
    if not glued:
        return rows
    with doc.retokenize() as retokenizer:
        for token in glued:
            orths: list[str] = []
            for k, cell in enumerate(token.text.split(",")):
                if k:
                    orths.append(",")
                if cell:
                    orths.extend(t.text for t in tokenize(cell))
            if len(orths) > 1:
                retokenizer.split(token, orths, heads=[(token, 0)] * len(orths))
    return rows


# A cell that is one unit-less measurement: a number or numbers joined by "x" ("13x22", "0.9"); a row's cells never
# hold a decimal comma (the comma ends the cell).
_MEASUREMENT = lazy_compile(r"\d{1,3}(?:\.\d{1,2})?(?:[ \t]*[x×*][ \t]*\d{1,3}(?:\.\d{1,2})?){0,2}")
_NUMBER = lazy_compile(r"\d{1,3}(?:\.\d{1,2})?")
_UNIT_CELLS = {"mm": 1.0, "cm": 10.0}
# A header cell's unit in brackets: "SA x LA (mm)", "size (cm)".
_HEADER_UNIT = lazy_compile(r"\((mm|cm)\)", re.IGNORECASE)


def _cells(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """The (character offset, text) of each cell of the row line ``start``-``end``."""
    out = []
    at = start
    for cell in text[start:end].split(","):
        out.append((at, cell))
        at += len(cell) + 1
    return out


def _size(text: str, lo: int, hi: int, factor: float) -> tuple[int, int, list[float]]:
    return lo, hi, [mm_value(float(v) * factor) for v in _NUMBER.findall(text, lo, hi)]


def row_sizes(text: str, rows: Sequence[tuple[int, int]]) -> list[tuple[int, int, list[float]]]:
    """The sizes of comma-separated rows whose unit stands in a cell of its own or in their header: the measurement
    cells right before a unit cell ("breast,L,cyst,0.9,0.7,,cm": one size, 9 x 7 mm, from its DIM columns), and the
    measurement under a header cell that states the unit ("level,side,SA x LA (mm)" over "II,R,13x22,absent": 13 x
    22 mm). Read as they stood, the numbers had no unit and were no size. (start, end, sizes in mm) each, as
    header_units.py gives them."""
    out: list[tuple[int, int, list[float]]] = []
    columns: dict[int, float] = {}  # the current block's unit columns (a header row's "(mm)" cells)
    last_end = -2
    for start, end in rows:
        if start != last_end + 1:
            columns = {}  # (a row block ends where a line that is no row comes between)
        last_end = end
        cells = _cells(text, start, end)
        header = {k: _UNIT_CELLS[m.group(1).lower()] for k, (_, cell) in enumerate(cells)
                  if "(" in cell and (m := _HEADER_UNIT.search(cell)) is not None}
        if header:
            columns = header
            continue
        run: list[tuple[int, str]] = []  # the measurement cells since the last other cell (empty ones skipped)
        for k, (at, cell) in enumerate(cells):
            value = cell.strip()
            if not value:
                continue
            if _MEASUREMENT.fullmatch(value):
                lo = at + cell.index(value)
                if k in columns:
                    out.append(_size(text, lo, lo + len(value), columns[k]))
                else:
                    run.append((lo, value))
                continue
            factor = _UNIT_CELLS.get(value.lower())
            if factor is not None and run:
                out.append(_size(text, run[0][0], run[-1][0] + len(run[-1][1]), factor))
            run = []
    return out


def row_headers(text: str, rows: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The header rows among comma-separated ``rows``: a block's first row, with another row under it and no
    measurement in its cells ("ORGAN,SIDE,LESION,DIM1,UNIT" over "liver,,cyst,1.4,cm"). Its "LESION" names a column,
    no lesion."""
    out = []
    last_end = -2
    for k, (start, end) in enumerate(rows):
        first = start != last_end + 1
        last_end = end
        if first and k + 1 < len(rows) and rows[k + 1][0] == end + 1 and not any(
                _MEASUREMENT.fullmatch(cell.strip()) for _, cell in _cells(text, start, end)):
            out.append((start, end))
    return out
