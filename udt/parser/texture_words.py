""" "Soft tissue" right before a lesion word tells what the lesion is made of, not where it lies: "a sessile echogenic
soft-tissue lesion on the lateral wall" of the bladder, "an adherent 18 mm soft-tissue mass" in the gallbladder.

The soft tissues' name read as anatomy would place such a lesion in the soft tissues (the guideline's organ of skin,
fat, fascia and muscle). Where the organ being described is another one, the name is the lesion's texture: it is no
site (an ``ignored`` item), and the lesion takes the organ the report places it in. The organ being described is the
last other organ named before it, in its sentence ("The gallbladder contains a 14 mm soft-tissue lesion") or as the
heading of its line ("Bladder: trabeculated. ... Separate 1.7 cm soft-tissue lesion"). Elsewhere the name stays a
site: "Liver normal. A 3 cm soft tissue mass in the back"; "Soft tissue mass of the forearm, 3 cm".

The landmark rules read the same words as a texture for the labels (``landmarks.py``, ``"texture"``): the organ
label only where the report names no other organ; this module decides the finding's site.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence
    from collections.abc import Set as AbstractSet

    from udt.parser.findings import Item


def read_texture_names(
    items: Sequence[Item],
    soft_organ: str | None,
    lower: Sequence[int],
    texture: AbstractSet[int],
    text: str,
    idx: Sequence[int],
) -> None:
    """Make each soft-tissue name that stands right before a lesion word, where another organ is being described,
    an ``ignored`` item (see module docstring); ``items`` in token order, ``lower`` the report's word ids,
    ``texture`` those of the words that open such a name ("soft"; not "calf haematoma", a place), ``idx`` each
    token's character offset in ``text``."""
    described: Item | None = None  # the last anatomy item of an organ other than the soft tissues
    for i, it in enumerate(items):
        if it.kind != "anatomy" or it.organ is None:
            continue
        if it.organ != soft_organ:
            described = it
        elif (
            described is not None
            and lower[it.start] in texture
            and i + 1 < len(items)
            and (nxt := items[i + 1]).kind == "lesion"
            and nxt.start == it.end
            and nxt.sent == it.sent
            and (
                described.sent == it.sent
                or (described.heading and "\n" not in text[idx[described.end] : idx[it.start]])
            )
        ):
            it.kind = "ignored"
