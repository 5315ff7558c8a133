"""A table row that describes a lesion without naming it is a lesion of its own.

A row-per-lesion table ("| Side | Clock | Size | Description |") names each row's lesion in its description cell
when the writer knows it ("oval, anechoic, cyst") and only describes it when not ("irregular, spiculated,
hypoechoic"). A row that names no lesion read as the row before continued: its size went to that row's lesion (or
was lost) and its side made that lesion bilateral. Such a row, under a header row, in a table where another row
names its lesion, that gives a size and describes a lesion (an attribute: a shape, margin, echogenicity) and names
no organ or part of its own (that row measures the organ) nor a normal finding, is given a generic lesion at its
first descriptor, so it builds a finding with its own size and side.

A numbered table whose header row names an organ in a column's name and no row names a lesion is one too: a
scoring system's column ("| No. | Lobe | Size (mm) | Composition | EU-TIRADS |" over "| 1 | right | 22 x 15 | solid
| 3 |") names the organ whose lesions it grades, the rows are those lesions. Without this each row measured the
organ's lobe. Only rows numbered in their first cell ("1", "N1", "#2") are read so: a table of organs or of sides is
not numbered. A numbered row whose site is a part of that organ ("| 3 | isthmus | 12 x 9 |") is one of its lesions too:
the part places it, it measures no organ of its own. A worksheet pasted with commas or tabs ("Nodule,Location,Size
(cm),...,ACR TI-RADS" over "1,R upper,1.8 x 1.2 x 1.0,...", csv_rows.py) is read as its "|" form is.

Read after the lists (lesion_lists.py), which give a table's rows the lesion its header or caption names. Read from
the report's bar lines (bar_tables.py), then over the items of its tables.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from udt.parser.findings import new_item
from udt.parser.header_rows import is_header_row
from udt.parser.lazy_patterns import lazy_compile
from udt.parser.sentences import ROW_NUMBER_CELL
from udt.parser.table_sides import header_sides

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from udt.parser.bar_tables import BarTables
    from udt.parser.findings import Item

_ROW_SUBJECTS = ("lesion", "normal", "anatomy")  # a row holding one already has its subject
# A row opened by its number: "| 1 |", "| N2 |", "| #3 |", up to "| 105 |" (the number cell that starts a sentence,
# sentences.py: one definition, so a long table's rows past 99 are read as its first 99 are)
_NUMBERED = lazy_compile(r"[ \t]*\|?[ \t]*" + ROW_NUMBER_CELL)
# (the same number as the first cell of a comma- or tab-separated row, "1,R upper,1.8 x 1.2": csv_rows.py)
_NUMBERED_ROW = lazy_compile(r"[ ]*(?:#|[A-Za-z]{1,2} ?)?\d{1,3} *[,\t]")


def add_unnamed_rows(
    items: list[Item],
    sent_starts: list[int],
    text: str,
    bar_lines: BarTables,
    idx: list[int],
    generic: str | None,
    graded: Mapping[str, tuple[str | None, str]] | None = None,
    row_tables: Sequence[tuple[tuple[int, int], list[tuple[int, int]]]] = (),
) -> None:
    """Insert, in place (``items`` in token order, kept so), a generic lesion item at the first descriptor of each
    table row that describes a lesion without naming it (see the module docstring). ``bar_lines``: the bar lines of
    ``text``; ``idx``: each token's character offset; ``graded``: per organ a scoring system grades, the (value,
    label) of the lesion it grades (a numbered row under a header naming that organ is such a lesion);
    ``row_tables``: the report's comma- and tab-separated tables (csv_rows.row_tables), read as its ``|`` ones are."""
    if generic is None or not (bar_lines or row_tables):
        return
    tables = [*_tables(bar_lines), *row_tables] if bar_lines else list(row_tables)
    if not tables:
        return
    # (in token order: a report rarely has both kinds of table)
    tables.sort()
    # (items are in token order, so each row's are one slice: found by bisection, linear in the report)
    at = [idx[it.start] for it in items]
    added: list[Item] = []
    for (head_lo, head_hi), rows in tables:
        inside = [items[bisect_left(at, lo) : bisect_left(at, hi)] for lo, hi in rows]
        numbered = False
        value, concept = None, generic
        graded_organs: set[str] = set()
        if not any(any(it.kind == "lesion" for it in row) for row in inside):
            header = [it for it in items[bisect_left(at, head_lo) : bisect_left(at, head_hi)] if it.kind == "anatomy"]
            if not header:
                continue
            numbered = True  # (the header's organ grades the rows: only its numbered rows are lesions)
            graded_organs = {organ for it in header if (organ := it.organ) is not None}
            kinds_of = graded or {}
            value, concept = next(
                (kinds_of[organ] for it in header if (organ := it.organ) is not None and organ in kinds_of),
                (None, generic),
            )
        for (lo, _), row in zip(rows, inside, strict=True):
            if numbered and not (_NUMBERED.match(text, lo) or _NUMBERED_ROW.match(text, lo)):
                continue
            kinds = {it.kind for it in row}
            # (a numbered row's site in the graded organ, "| 3 | isthmus | 12 x 9 |", places its lesion there: it
            # measures no organ of its own)
            sited = {it.kind for it in row if it.kind != "anatomy" or it.organ not in graded_organs} \
                if numbered and "anatomy" in kinds else kinds
            if numbered and "size" in kinds and sited.isdisjoint(_ROW_SUBJECTS):
                # (a numbered row of a scored table need not describe its lesion: "| 3 | left | 31 x 24 | mixed |"),
                # at its number, as a labelled row's lesion (labelled_rows.py): it then takes the sizes after it, in
                # its own row also where a row's label ("| N2 |") does not start a sentence of its own
                j = bisect_left(idx, lo)
                if text.startswith("|", idx[j]) and j + 1 < len(idx):
                    j += 1
                added.append(
                    new_item("lesion", j, j + 1, bisect_right(sent_starts, j) - 1, -1, "Diagnosis", value, concept)
                )
                continue
            if "size" not in kinds or "attribute" not in kinds or not kinds.isdisjoint(_ROW_SUBJECTS):
                continue
            # At its first descriptor, where a writer names a lesion ("oval, hypoechoic, fibroadenoma"): the lesion
            # then takes the size before its description, as a named one does, not a distance column's before that.
            j = next(it.start for it in row if it.kind == "attribute")
            added.append(new_item("lesion", j, j + 1, bisect_right(sent_starts, j) - 1, -1, "Diagnosis", None, generic))
    if added:
        items.extend(added)
        items.sort(key=lambda it: (it.start, it.end))


def _tables(tables: BarTables) -> list[tuple[tuple[int, int], list[tuple[int, int]]]]:
    """The (start, end) character spans of the header row and the data rows of each table (``tables``: the report's
    bar lines): a header row of "|" cells (header_rows.py) and the run of lines with a "|" under it, less ruled lines
    ("|---|---|"); not a table of side columns."""
    out: list[tuple[tuple[int, int], list[tuple[int, int]]]] = []
    for table in tables.tables():
        rows: list[tuple[int, int]] | None = None
        for line in table:
            end = line.start + len(line.text)
            if rows is None:
                # (not a table of side columns, "Level | Right | Left": its rows hold a lesion per side, table_sides.py)
                if is_header_row(line.text) and header_sides([part for _, _, part in line.parts]) is None:
                    rows = []
                    out.append(((line.start, end), rows))
            elif line.text.strip(" |-:+\t"):
                rows.append((line.start, end))
    return [t for t in out if len(t[1]) >= 2]
