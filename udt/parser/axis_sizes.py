"""A lesion measured on named axes ("node 11 mm short axis, 2.3 cm long axis"; "long axis 3.4 cm, short axis
1.6 cm"; "8 mm in short axis and 19 mm in long axis"): the sizes are the dimensions of one lesion, as "23 x 11 mm"
would be, so its size is all of them (and its largest the long axis), not the first one said.

A size is on an axis when an axis word (``termset.CLAUSE_ROLES["axis"]``) stands within two tokens after it or
right before it (behind its "short"/"long"), or when "thick" (its "thick" role) follows it right away: "a haematoma
2.8 cm thick and 7.5 cm in length" is measured across and along, as "75 x 28 mm" would be. Reads only the sizes
already given to one lesion.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.parser.findings import Item

_CELL_GAP = 2  # tokens between the sizes of two axis cells of one row (a "|" or ";", a space)
_REACH = 2  # tokens between a size and its axis word ("11 mm short axis", "8 mm in short axis", "axis 9 mm")


def _on_axis(size: Item, role: list[str | None]) -> bool:
    if size.axis_column:
        return True  # ("| 14 mm | 22 mm |" under "today short axis | today long axis": column_headers.py)
    after = role[size.end : size.end + _REACH + 1]
    before = role[max(0, size.start - _REACH) : size.start]
    return "axis" in after or "axis" in before or (size.end < len(role) and role[size.end] == "thick")


def axis_dimensions(sizes: list[Item], role: list[str | None], own: Item | None = None) -> list[float] | None:
    """The dimensions of a lesion measured on two or more named axes (``sizes`` are the sizes given to it, in any
    order), in the order said; None when fewer than two of them name an axis, or when the size the lesion took as its
    ``own`` names none: then the axes measure something else of its sentence ("Spleen thickness 5.2cm, length
    14.6cm, inside see an echo-free area 4.4x3.8cm": the organ's, not the area's)."""
    if own is not None and not _on_axis(own, role):
        return None
    on_axis = sorted((s for s in sizes if _on_axis(s, role)), key=lambda s: s.start)
    if own is not None and own.axis_column:
        # A table's row is one lesion's: its axis cells stand side by side, one separator apart; the axis cells of a
        # later row ("level II;R;5 mm;12 mm;normal", a node not made a finding) measure another node.
        run = [own]
        for s in on_axis:
            if s.start > run[-1].start and s.start - run[-1].end <= _CELL_GAP:
                run.append(s)
        on_axis = run
    if len(on_axis) < 2:
        return None
    return [v for s in on_axis for v in s.sizes]
