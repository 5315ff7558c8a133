"""A line's cells headed by a side: "KIDNEYS: R: normal | L: 1 cyst, simple, 45 mm".

A form or a tele-ultrasound template writes both sides of an organ on one line, each in a cell of its own that a
side and a colon open, the cells split by a bar. The bar then ends the clause as a semicolon does: what follows it is
the other side's statement ("L: 1 cyst" is the left kidney's, not a cyst of both kidneys), so it takes the
semicolon's role (termset.CLAUSE_ROLES "sep_strong") for the side rules that read clauses (elliptic_sides.py). A bar
before anything else (a table's cells: "1 | R't middle | 18 mm") keeps its role.
"""

from __future__ import annotations

from itertools import compress


def cells_by_side(lower: list[int], side: list[str | None], role: list[str | None], bar: int, colon: int) -> None:
    """Give each bar right before a side word and a colon ("| L:") the semicolon's role, in place."""
    n = len(lower)
    for i in compress(range(n - 2), map(bar.__eq__, lower[: n - 2])):
        if side[i + 1] in ("left", "right") and lower[i + 2] == colon:
            role[i] = "sep_strong"
