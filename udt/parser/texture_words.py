""" "Soft tissue" right before a lesion word tells what the lesion is made of, not where it lies: "a sessile echogenic
soft-tissue lesion on the lateral wall" of the bladder, "an adherent 18 mm soft-tissue mass" in the gallbladder.

The soft tissues' name read as anatomy would place such a lesion in the soft tissues (the guideline's organ of skin,
fat, fascia and muscle). Where the report named another organ before it (a heading, the organ being described), the
name is the lesion's texture: it is no site (an ``ignored`` item), and the lesion takes the organ the report places
it in. Where no other organ was named ("Soft tissue mass of the forearm, 3 cm"; "US soft tissues: a 2 cm soft
tissue lump") the name stays a site.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence
    from collections.abc import Set as AbstractSet

    from udt.parser.findings import Item


def read_texture_names(
    items: Sequence[Item], soft_organ: str | None, lower: Sequence[int], texture: AbstractSet[int]
) -> None:
    """Make each soft-tissue name that stands right before a lesion word, after another organ's name, an
    ``ignored`` item (see module docstring); ``items`` in token order, ``lower`` the report's word ids,
    ``texture`` those of the words that open such a name ("soft"; not "calf haematoma", a place)."""
    other_organ = False  # an organ other than the soft tissues was named before
    for i, it in enumerate(items):
        if it.kind != "anatomy" or it.organ is None:
            continue
        if it.organ != soft_organ:
            other_organ = True
        elif (
            other_organ
            and lower[it.start] in texture
            and i + 1 < len(items)
            and (nxt := items[i + 1]).kind == "lesion"
            and nxt.start == it.end
            and nxt.sent == it.sent
        ):
            it.kind = "ignored"
