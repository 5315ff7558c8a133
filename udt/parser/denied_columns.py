"""A table column whose header names a finding or descriptor and whose cells all answer no.

In a table of lesions by rows ("| # | Lobe | Size | Composition | Echogenic foci | TR |", then "| 1 | R | 9 x 7 | solid
| none | TR4 |"), a header that names a concept ("Echogenic foci", "Calcs", "Septa") asks it of each lesion: the
header is no statement of its own, its column's cells answer it. Where the cells deny it ("none", "nil", "absent",
"no") and none states it, the concept is denied, as "Echogenic foci: none" on a line of its own is; read as words of
the report, the header asserted it. A cell may instead name another concept of the header's field, which answers the
header with something else ("comet-tail artefacts" under "Echogenic foci": no calcification), or stay empty ("-",
"n/a"); a cell that says anything else ("punctate", "yes") or describes what the header names ("mixed echogenicity,
ulcerated" under "Plaque": the plaque is there) leaves the header as it was read.

Only a specific concept is denied: a header naming a whole dimension ("Vascularity", "Margins") is read by its own
cells' values (column_amounts.py and the value words themselves). Read from the report's bar lines (bar_tables.py),
a table's header being its first line when that line holds no measurement (header_rows.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from udt.parser import termset as ts
from udt.parser.header_rows import is_header_row
from udt.parser.lazy_patterns import lazy_compile

if TYPE_CHECKING:
    from collections.abc import Iterable

    from udt.parser.bar_tables import BarLine, BarTables
    from udt.parser.record import MentionRecord

# A cell that answers nothing (not applicable, not assessed).
_EMPTY_CELLS = frozenset({"", "-", "–", "—", "n/a", "na", "/", "x"})
_RULE_CELL = lazy_compile(r"^[\s:=\-–—]*$")  # a markdown rule row's cell ("---", ":--:")


def _cell_words(text: str) -> str:
    return text.strip().strip(".").strip().lower()


def _data_rows(table: list[BarLine], width: int) -> list[BarLine]:
    """The rows under the header with as many cells as it, less a markdown rule row."""
    return [line for line in table[1:] if len(line.cells) == width
            and not all(_RULE_CELL.match(text) for _, _, text in line.cells)]


def denied_header_mentions(
    tables: BarTables, mentions: list[MentionRecord], anatomy_fields: Iterable[str]
) -> list[int]:
    """The indices of the mentions of a specific concept (``kb`` empty: a generic or absence mention is left alone)
    in a header cell that the cells of its column deny (none states them)."""
    anatomy = frozenset(anatomy_fields)
    denied: list[int] = []
    for table in tables.tables(min_bars=2):
        if len(table) < 2 or not is_header_row(table[0].text):
            continue
        header = table[0]
        width = len(header.cells)
        rows = _data_rows(table, width)
        if not rows:
            continue
        for column, (start, end, _) in enumerate(header.cells):
            heads = [i for i, m in enumerate(mentions) if start <= m.start_char and m.end_char <= end
                     and m.field not in anatomy and m.kb == ""]
            if not heads:
                continue
            iris = {mentions[i].iri for i in heads}
            fields = {mentions[i].field for i in heads}
            denials = 0
            for line in rows:
                c_start, c_end, text = line.cells[column]
                words = _cell_words(text)
                if words in ts.DENYING_CELLS:  # (the whole cell: "none", "nil", "not seen")
                    denials += 1
                    continue
                named = [m for m in mentions if c_start <= m.start_char and m.end_char <= c_end]
                if words in _EMPTY_CELLS or (named and all(m.field in fields and m.iri not in iris for m in named)):
                    continue
                break  # the cell states something of the header's own: the column is no denial
            else:
                if denials:
                    denied.extend(heads)
    return denied
