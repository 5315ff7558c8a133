"""Which labelled rows make a list, and what kind of lesion a list whose rows name none is of (labelled_rows.py).

- A label repeated after the list is the row restated, not a second row of that number: "N1 ... / N2 ... / N3 -
  isthmus: 6 mm ... Conclusion: N3 of the isthmus is EU-TIRADS 5" is a list of three rows. The list is the run of
  distinct numbers from its first label; each later label must repeat one of them. A number repeated inside the
  run ("T1 ... T1 ...", interleaved) is no list, as before.
- Rows that name no lesion word take their kind from a plural lesion word announcing them in the sentence right
  before the first row: "Liver: 2 cysts. C1 segment 7, 62 mm. C2 segment 4b, 21 mm." (each row one cyst; the
  announced group is dropped for its members by announced_groups.py).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.parser.findings import Item

Row = tuple[int, int, int]  # (item number, label token, sentence)
# What may not follow a row's label: a word character, a stop or slash or hyphen (a code: "L1.5", "C1/2", "T1-w"),
# or a comma that lists ("L4, L5", "R1, 2"); a comma before a lowercase word opens the row's place ("L1, segment 7:
# 19 x 16 mm").
LABEL_END = r"(?![\w./-]|,(?![ \t]+[a-z]))"
_MIN_ROWS = 2
_REACH = 2  # sentences back to the one announcing a list (a line break may be a sentence of its own)


def listed_rows(rows: list[Row]) -> list[Row] | None:
    """The rows (in text order) of one letter's labels that make a list, without the restatements after it; None
    when they make none."""
    seen: set[int] = set()
    run = 0
    while run < len(rows) and rows[run][0] not in seen:
        seen.add(rows[run][0])
        run += 1
    if run < _MIN_ROWS or any(n not in seen for n, _, _ in rows[run:]):
        return None
    return rows[:run]


def announcing_lesion(by_sent: Mapping[int, list[Item]], first_row: int) -> Item | None:
    """The plural lesion word (present, not a refinement) of the sentence before a list's first
    row (sentence ``first_row``; ``by_sent``: the items of each sentence), which the rows are members of; None if it
    names none. (The sentence before is the nearest one with items: a line break may stand as a sentence of its
    own between.)"""
    before = next((by_sent[k] for k in range(first_row - 1, max(-1, first_row - 1 - _REACH), -1) if k in by_sent), [])
    named = [it for it in before if it.kind == "lesion" and it.status == "present" and not it.merged and it.plural]
    # (the last names them most closely: "Target lesions (hepatic metastases, ...)")
    return named[-1] if named else None


def singular(announced: Item) -> Item:
    """A copy of an announcing plural lesion item that stands for one of its members."""
    return dataclasses.replace(announced, plural=False, count=0, extra=[])
