"""A line keyed by a body system or region, not an organ, ends the organ carried from the lines before.

"R shin: 3 cm collection. / Chest: R small effusion 1.5 cm", "Liver: 2 cm cyst. / Abdomen: free fluid 9 mm": the
key names where the probe went ("Chest", "Thorax", "Abdomen": concepts of the ontology's Body_system_level with no
organ of their own), so what its line finds is not the shin's or the liver's. The lesion then takes the organ its
own words imply: the typical site of its diagnosis within the key's system (an effusion in the chest: the pleural
space) or, for free fluid, the body space the ontology gives it (loose_fluid.py). The quadrant and fossa keys of a
FAST report are read as text in region_headings.py; these are read from the mentions, so an edited ontology moves
them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.parser.findings import Item

# A key stands at the line's opening: its first tokens (a numbering or a side word may come before it).
_KEY_TOKENS = 3


def opens_with_system(headings: list[Item], start: int) -> bool:
    """Whether the sentence starting at token ``start`` is keyed by a heading that names a body system or region and
    no organ ("Chest: ...", "Abdomen: ..."), given the sentence's heading mentions in order."""
    first = headings[0]
    return first.organ is None and first.system is not None and first.start <= start + _KEY_TOKENS
