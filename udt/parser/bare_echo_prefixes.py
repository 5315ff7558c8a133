"""A bare echo prefix right before a lesion's noun names its echogenicity: "8mm hypo nodule", "hypo area 2.4cm",
"hyper focus in segment 6", "iso nodule R lobe". Hurried notes and transcriptions drop the "-echoic" a worksheet
cell drops ("Echo | hypo", column_values.py); before a lesion or region noun the prefix can mean nothing else.

Only "hypo", "hyper" and "iso" (an "an" before a noun is the article), only with the noun as the very next word, and
only where no other mention holds the prefix. One probe of the report's word set first; linear in its tokens then.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.strings import get_string_id

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

_PREFIXES = ("hypo", "hyper", "iso")
# The nouns after which the prefix is the lesion's echogenicity: lesion and region nouns, and "solid" of a
# composition ("hypo solid part").
_NOUNS = ("nodule", "nodules", "lesion", "lesions", "area", "areas", "focus", "foci", "mass", "masses", "node",
          "nodes", "region", "regions", "zone", "zones", "solid", "collection", "collections", "spot", "spots",
          "formation", "formations", "lump", "sol")
_NOUN_IDS = frozenset(get_string_id(w) for w in _NOUNS)


class BareEchoPrefixes:
    """Finds "hypo nodule": the prefix's token span with the matcher key of its "-echoic" value."""

    def __init__(self, key_of_cell: dict[tuple[int, ...], int]) -> None:
        # prefix hash -> matcher key of the value (from column_values.shorthand_cells' echogenicity cells)
        self.keys = {h: key_of_cell[(h,)] for h in (get_string_id(p) for p in _PREFIXES) if (h,) in key_of_cell}
        self.words = frozenset(self.keys)

    def find(self, lower: list[int], taken: bytearray, words: AbstractSet[int]) -> list[tuple[int, int, int]]:
        """(start, end, key) of each bare prefix right before a lesion noun, not already in a mention."""
        if self.words.isdisjoint(words):
            return []  # (most reports)
        out = []
        keys, n = self.keys, len(lower)
        for i in range(n - 1):
            key = keys.get(lower[i])
            if key is not None and not taken[i] and lower[i + 1] in _NOUN_IDS:
                out.append((i, i + 1, key))
        return out
