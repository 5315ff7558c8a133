"""A table column named by a dimension grades it in each row: under "colour Doppler" (or "Vascularity", "Flow",
"Echogenicity") a bare "increased", "normal" or "reduced" cell is that dimension's amount ("Sigmoid | 5.2 | increased"
-> increased vascularity), as "vascularity is increased" is in prose. Without the header such a cell names nothing
(or a normal organ, for "normal").

A table is a run of lines holding ``|``; its first line is the header when it holds no number (column names, not a
row of values: "Left kidney: 11.2 cm | ... no internal vascularity on colour Doppler" is no header). A header cell of
at most three words names a dimension by a generic mention of it ("vascularity", "flow") or by a Doppler word
(``termset.DOPPLER_COLUMN_WORDS``: the vascularity dimension). Each later row's cell in that column, when it opens
with an amount word of the dimension (the matcher's amount table, generated from the ontology's ranked values), takes
the amount's value; the cell's own match of the same words ("normal") gives way. Read from the report's bar lines
(bar_tables.py); linear in its table lines.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Container
    from collections.abc import Set as AbstractSet

    from udt.parser.bar_tables import BarLine, BarTables
    from udt.parser.matcher import PhraseTable

_LONGEST_AMOUNT = 3  # words of an amount phrase ("mildly increased", "markedly increased")
_HEADER_WORDS = 3  # words of a column name ("colour Doppler", "Doppler (CDI)")


def grade_columns(
    text: str,
    tables: BarTables,
    lower: list[int],
    idx: list[int],
    chosen: list[tuple[int, int, int]],
    dimension_of: dict[int, str],
    amounts: dict[str, PhraseTable],
    doppler_words: AbstractSet[int],
    doppler_field: str | None,
) -> set[tuple[int, int]]:
    """Add to ``chosen`` ((start, end, key) matches, token offsets ``idx``) the amount of each cell under a column
    that names a dimension, in place (``tables``: the bar lines of ``text``); ``dimension_of``: the field of each
    generic key. Returns the token spans added."""
    return read_named_columns(
        text, tables, lower, idx, chosen, dimension_of, doppler_words, doppler_field, amounts,
        lambda field, cell: _amount_at(cell, idx, lower, amounts[field]))


def read_named_columns(
    text: str,
    tables: BarTables,
    lower: list[int],
    idx: list[int],
    chosen: list[tuple[int, int, int]],
    dimension_of: dict[int, str],
    column_words: AbstractSet[int],
    column_field: str | None,
    fields: Container[str],
    read_cell: Callable[[str, tuple[int, int]], tuple[int, int, int] | None],
) -> set[tuple[int, int]]:
    """The table walk this module and column_values.py share: for each header cell of at most three words that
    names one of ``fields`` (by a generic mention, ``dimension_of``; or by one of ``column_words``, naming
    ``column_field``), ``read_cell(field, cell span)`` reads each later row's cell in that column to a (start, end,
    key) match or None. The matches are added to ``chosen`` in place, replacing those they overlap; returns their
    token spans."""
    added: list[tuple[int, int, int]] = []
    for header, *rows in tables.tables():
        if any(ch.isdigit() for ch in header.text):
            continue  # (the table's header: column names only, no number)
        columns: dict[int, str] = {}  # column number -> the field it names
        for k, (a, b) in enumerate(_stripped(header)):
            if len(text[a:b].split()) > _HEADER_WORDS:
                continue
            field = _named_field(a, b, idx, lower, chosen, dimension_of, column_words, column_field)
            if field is not None and field in fields:
                columns[k] = field
        for row in rows if columns else ():
            cells = _stripped(row)
            for k, field in columns.items():
                if k < len(cells):
                    hit = read_cell(field, cells[k])
                    if hit is not None:
                        added.append(hit)
    spans = {(s, e) for s, e, _ in added}
    if added:
        chosen[:] = sorted([m for m in chosen if not any(s < m[1] and m[0] < e for s, e in spans)] + added)
    return spans


def _stripped(line: BarLine) -> list[tuple[int, int]]:
    """The span of each of a line's cells without its surrounding spaces, every part a cell (a header and its rows
    number their columns alike)."""
    return [(a + len(t) - len(t.lstrip()), a + len(t.rstrip())) for a, _, t in line.parts]


def cell_tokens(a: int, b: int, idx: list[int]) -> range:
    """The tokens of the character span ``a``..``b`` (``idx``: each token's offset)."""
    return range(bisect_left(idx, a), bisect_left(idx, b))


def _named_field(
    a: int,
    b: int,
    idx: list[int],
    lower: list[int],
    chosen: list[tuple[int, int, int]],
    dimension_of: dict[int, str],
    doppler_words: AbstractSet[int],
    doppler_field: str | None,
) -> str | None:
    toks = cell_tokens(a, b, idx)
    for s, _, key in chosen:
        if s in toks and key in dimension_of:
            return dimension_of[key]
    return doppler_field if any(lower[t] in doppler_words for t in toks) else None


def _amount_at(
    cell: tuple[int, int], idx: list[int], lower: list[int], table: PhraseTable
) -> tuple[int, int, int] | None:
    toks = cell_tokens(cell[0], cell[1], idx)
    if not toks:
        return None
    first = toks.start
    for size in range(min(_LONGEST_AMOUNT, len(toks)), 0, -1):
        key = table.phrases.get(tuple(lower[first : first + size]))
        if key is not None:
            return first, first + size, key
    return None
