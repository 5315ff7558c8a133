"""Numbered lines under an organ's heading that describe a lesion without naming it are lesions of their own: "RK
11.0 cm:" over "1. upper pole, 4.5 cm, anechoic, thin wall" and "2. interpolar, 1.8 cm, one thin septum", then "LK
11.6 cm:" over "3. lower pole, 2.7 x 2.4 cm, thick septations".

Teaching cases and worksheets number an organ's lesions under its heading and describe each, leaving its nature to
a later answer or conclusion. A line that names no lesion read as a sentence with no lesion: its size went to
whatever lesion word the text named last, a plural in the history line ("renal cysts seen incidentally") as often
as not, and the lines' lesions were lost. Each such line is given a generic lesion at its number (as a numbered table
row is, unnamed_rows.py), which then takes the line's first size and the heading's side;
its nature stays unknown, never borrowed from a lesion word outside the list.

A heading is a line that ends with a colon, names an organ and no lesion (a heading naming them, "Fibroids:", is a
list of that lesion: lesion_lists.py); its list is the run of numbered lines ("1.", "2)", "4-6.") right under it,
which a further such heading continues. A line is read when it gives a size and a descriptor (an attribute) and names
no lesion, no normal finding and no other organ. Gated on a heading's colon ending a line right above a line numbered
1 (one C-level search), then linear in the lines of the report.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from udt.parser.findings import new_item
from udt.parser.lazy_patterns import lazy_compile

if TYPE_CHECKING:
    from udt.parser.findings import Item

_HEADED = lazy_compile(r":[ \t]*\n[ \t]*1[.)][ \t]")  # a heading's colon ending its line, the next line numbered 1
_NUMBERED = lazy_compile(r"[ \t]*[1-9]\d?(?:-[1-9]\d?)?[.)][ \t]")  # "1. ", " 2) ", "4-6. "
_SUBJECTS = ("lesion", "normal")  # a line holding one names its lesion (or its organ normal)


def add_numbered_lines(items: list[Item], sent_starts: list[int], text: str, idx: list[int],
                       generic: str | None) -> None:
    """Insert, in place (``items`` in token order, kept so), a generic lesion item at the number of each
    numbered line under an organ's heading that describes a lesion without naming it (see the module docstring).
    ``idx``: each token's character offset; ``generic``: the concept of an unnamed lesion."""
    if generic is None or not items or _HEADED.search(text) is None:
        return
    at = [idx[it.start] for it in items]
    added: list[Item] = []
    organ: str | None = None  # the organ of the heading whose list the lines now read are
    listed: dict[str, int] = {}  # organ -> where the first heading over a lesion of it opens
    lo = heading_at = 0
    for line in text.split("\n"):
        hi = lo + len(line)
        inside = items[bisect_left(at, lo) : bisect_left(at, hi)]
        if line.rstrip().endswith(":") and not any(it.kind in _SUBJECTS for it in inside):
            organ = next((it.organ for it in inside if it.kind == "anatomy" and it.organ is not None), None)
            heading_at = lo
        elif organ is not None and _NUMBERED.match(line):
            kinds = {it.kind for it in inside}
            if "size" in kinds and "attribute" in kinds and kinds.isdisjoint(_SUBJECTS) \
                    and all(it.organ in (None, organ) for it in inside if it.kind == "anatomy"):
                # (at its number, as a labelled row's lesion is: it takes the line's first size, not a part's
                # size its description gives later, "2.7 x 2.4 cm, septations with a 7 mm solid component")
                j = bisect_left(idx, lo + len(line) - len(line.lstrip()))
                added.append(new_item("lesion", j, j + 1, bisect_right(sent_starts, j) - 1, -1, "Diagnosis", None,
                                      generic))
                listed.setdefault(organ, heading_at)
        else:
            organ = None
        lo = hi + 1
    if added:
        # The lesions the list numbers were announced by a plural before it, sized nowhere ("renal cysts seen
        # incidentally ... US to characterise"): that group is its lines, no lesion of its own (as a labelled
        # list's announcing word is, labelled_rows.py).
        sized = {it.sent for it in items if it.kind == "size"}
        items[:] = [it for it in items if not (it.kind == "lesion" and it.plural and it.status == "present"
                                               and idx[it.start] < listed.get(it.organ or "", -1)
                                               and it.sent not in sized)]
        items.extend(added)
        items.sort(key=lambda it: (it.start, it.end))
