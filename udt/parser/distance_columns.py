"""A table column whose header names a distance holds where each row's lesion lies, not its size: "| Nr | Side |
Position | Distance FN | Size (mm) | Description |", "| Side | Clock | Dist. from nipple | Size | Description |". A
size in a cell under it ("3 cm") locates the row's lesion as "3 cm from the nipple" does in prose (distances.py);
left to itself it measures the lesion of the row before, whose description cell ends right before it.

A header is the first of a run of lines with at least two bars; a row counts when it has as many cells as its header
(so a row that a writer merged or split reads nothing). A depth column is no distance: a fluid's depth is its size.
"""

from __future__ import annotations

import re

from udt.parser.column_headers import table_cells

# "Distance FN", "Dist. from nipple", "FN (cm)", "DFN", "Nipple distance"
_DISTANCE = re.compile(r"\b(?:dist|distance|fn|ffn|ftn|dfn|nipple)\b", re.IGNORECASE)


def distance_cells(text: str) -> list[tuple[int, int]]:
    """The character spans of the cells under a distance column of each table of ``text``."""
    if "|" not in text:
        return []
    spans: list[tuple[int, int]] = []
    offset = 0
    header: list[tuple[int, int, str]] | None = None
    columns: set[int] = set()
    for line in text.split("\n"):
        if line.count("|") >= 2:
            cells = table_cells(line, offset)
            if header is None:
                header = cells
                columns = {k for k, (_, _, name) in enumerate(cells) if _DISTANCE.search(name)}
            elif columns and len(cells) == len(header):
                spans.extend((a, b) for k, (a, b, _) in enumerate(cells) if k in columns)
        else:
            header, columns = None, set()
        offset += len(line) + 1
    return spans
