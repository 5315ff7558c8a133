"""Comma-separated rows exported from a reporting system or a spreadsheet ("II,R,13x22,absent,increased",
"liver,,cyst,1.4,1.2,1.1,cm,"): each comma ends a cell, so each cell is read as its own words.

spaCy splits a comma between two letters only (tokenizer.py), so "R,13x22" and "22,absent" stayed single tokens and
the side, the size and the finding in them were lost; "0.9,0.7,,cm" (two sizes, an empty cell, the unit column)
was one token too. Splitting every comma would break decimal commas ("1,2 x 0,9 cm") and glued prose, so only a
line that reads as a row is split: three commas or more, no comma followed by a space inside it (prose puts one
there), short cells, and at least half its commas not between two digits (so "1,2x0,9x0,8 cm" is no row). Each
glued token of such a line is cut at its commas and each piece tokenized as usual ("depth)" -> "depth", ")").
A text with fewer than three commas pays one count.

Rows pasted from a PACS worksheet or a spreadsheet are often tab-separated ("Thyroid nodule\tL\tupper pole\t19x12x11
\tsolid, hypoechoic"): a line with two tabs or more between its words is a row too, its tabs ending its cells (its
commas are then a cell's own, "solid, hypoechoic", and are not cut). spaCy already keeps a tab a token of its own, so
such a row needs no splitting; it is read as a comma row is (its sentence, its header's unit column, its header row).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from spacy.tokens import Doc

from udt.parser.lazy_patterns import lazy_compile
from udt.parser.size_lists import mm_value

_MIN_COMMAS = 3
_MIN_TABS = 2
_MAX_CELL = 30  # characters per cell on average: a row's cells are short, a prose line's clauses long
_DIGITS = frozenset("0123456789")


def _row_lines(text: str) -> Iterator[tuple[int, int]]:
    """Character spans of the lines of ``text`` that read as comma- or tab-separated rows (see the module
    docstring)."""
    tabs = "\t" in text
    start = 0
    n = len(text)
    while start < n:
        end = text.find("\n", start)
        if end < 0:
            end = n
        if tabs and _tab_row(text, start, end):
            yield start, end
            start = end + 1
            continue
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


def _tab_row(text: str, start: int, end: int) -> bool:
    """Whether the line ``start``-``end`` is a tab-separated row: two tabs or more between its words (tabs that only
    indent it are none), and short cells on average."""
    line = text[start:end].strip()
    tabs = line.count("\t")
    return tabs >= _MIN_TABS and len(line) <= _MAX_CELL * (tabs + 1)


def _separator(text: str, start: int, end: int) -> str:
    """The character that ends the cells of the row line ``start``-``end``: a tab in a tab-separated row (whose
    commas are a cell's own; the test that found it, _tab_row), else a comma."""
    return "\t" if _tab_row(text, start, end) else ","


def split_row_cells(doc: Doc, text: str, tokenize: Callable[[str], Doc]) -> list[tuple[int, int]]:
    """Split, in place, each token of a comma-separated row that holds a comma into its cells and commas, each cell
    tokenized by ``tokenize`` (the report tokenizer). Returns the rows' character spans (each row starts a sentence:
    sentences.py)."""
    if text.count(",") < _MIN_COMMAS and text.count("\t") < _MIN_TABS:
        return []
    rows = list(_row_lines(text))
    if not rows:
        return rows
    # (a tab row's tabs are tokens already and its commas are its cells' own: only comma rows are cut)
    comma_rows = [(a, b) for a, b in rows if _separator(text, a, b) == ","]
    glued = []
    r = 0
    for token in doc:  # (only in the few reports with a row line)
        if len(token) < 2 or "," not in token.text:
            continue
        while r < len(comma_rows) and comma_rows[r][1] <= token.idx:
            r += 1
        if r == len(comma_rows):
            break
        if comma_rows[r][0] <= token.idx:
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
# A header cell's unit in brackets ("SA x LA (mm)", "size (cm)"), or as the last word of a size's column name
# ("Size mm", "Dimensions in cm", "max diam cm"): a worksheet's header types no brackets.
_HEADER_UNIT = lazy_compile(
    r"\((mm|cm)\)|^[ \t]*(?:max(?:imum|imal)?[ \t]+)?(?:size|dimensions?|dims?|diam(?:eter)?|measurements?)"
    r"[ \t]+(?:in[ \t]+)?(mm|cm)[ \t]*$",
    re.IGNORECASE,
)
# A header cell naming the rows' index column ("#", "No.", "Nodule", "N"): the numbers under it count the lesions
# ("1,R upper,1.8 x 1.2 x 1.0": nodule 1), never measure one, though they look like a unit-less measurement.
_INDEX_CELLS = frozenset({"#", "no", "nr", "n", "num", "number", "id", "item", "nodule", "node", "lesion", "cyst",
                          "mass", "ln", "nodule #", "nodule no", "lesion #", "lesion no", "node #", "node no"})


def _cells(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """The (character offset, text) of each cell of the row line ``start``-``end``."""
    out = []
    at = start
    for cell in text[start:end].split(_separator(text, start, end)):
        out.append((at, cell))
        at += len(cell) + 1
    return out


def _unit(cell: str) -> float | None:
    """The unit factor (to mm) a header ``cell`` states for its column, or None."""
    m = _HEADER_UNIT.search(cell) if "m" in cell or "M" in cell else None
    return None if m is None else _UNIT_CELLS[(m.group(1) or m.group(2)).lower()]


def _index_cell(cell: str) -> bool:
    """Whether a header ``cell`` names the rows' index column ("#", "No.", "Nodule", "N")."""
    return cell.strip().rstrip(".:").lower() in _INDEX_CELLS


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
    index: set[int] = set()  # the current block's index columns (its header row's "#" / "Nodule" cells)
    last_end = -2
    for start, end in rows:
        first = start != last_end + 1
        if first:
            columns = {}  # (a row block ends where a line that is no row comes between)
            index = set()
        last_end = end
        cells = _cells(text, start, end)
        header = {k: factor for k, (_, cell) in enumerate(cells) if (factor := _unit(cell)) is not None}
        if header or (first and not any(_MEASUREMENT.fullmatch(cell.strip()) for _, cell in cells)):
            # (an index column is named in a header row: the one naming the unit columns, or a block's first row
            # with no measurement, "No,Site,D1,D2,Unit"; a data row's "nodule" cell names its lesion)
            index = {k for k, (_, cell) in enumerate(cells) if _index_cell(cell)}
        if header:
            columns = header
            continue
        run: list[tuple[int, str]] = []  # the measurement cells since the last other cell (empty ones skipped)
        for k, (at, cell) in enumerate(cells):
            value = cell.strip()
            if not value:
                continue
            if k in index:
                run = []  # (the lesion's number, no size: the run of measurements starts after it)
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


def row_tables(rows: Sequence[tuple[int, int]],
               headers: Sequence[tuple[int, int]]) -> list[tuple[tuple[int, int], list[tuple[int, int]]]]:
    """The tables among comma- and tab-separated ``rows``: each of their header rows (``headers``, as
    :func:`row_headers` gives them) with the run of rows under it, as unnamed_rows.py reads a ``|`` table's (a
    worksheet's numbered rows under "Nodule,Location,Size (cm),...,TI-RADS" are the nodules its scoring column
    grades, as they are pasted with bars)."""
    heads = set(headers)
    out: list[tuple[tuple[int, int], list[tuple[int, int]]]] = []
    last_end = -2
    body: list[tuple[int, int]] | None = None
    for start, end in rows:
        if start != last_end + 1:
            body = None  # (a line that is no row ends the table)
        last_end = end
        if (start, end) in heads:
            body = []
            out.append(((start, end), body))
        elif body is not None:
            body.append((start, end))
    return [t for t in out if len(t[1]) >= 2]
