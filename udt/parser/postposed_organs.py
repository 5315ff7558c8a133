"""An organ adjective after its lesion word places the lesion; a side and a size after it are the lesion's.

Romance languages put the organ's adjective and the side after the noun: "épanchement pleural droit 15 mm", "kyste
rénal droit 12 mm", "derrame pleural derecho 15 mm". Read as English, the organ word then stands before the side and
the size, as an organ measured side by side does ("Right kidney 11 cm, left 10.5 cm": side_measures.py), and the size
went to the organ: a second, structure finding carried it and the lesion had none. An organ word that follows its
lesion word right away, nothing between, is the lesion's place, not a measured organ; the English order ("pleural
effusion, right 15 mm", "Kidneys: right 11 cm") puts the organ before the lesion word or a separator between.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from udt.parser.findings import Item


def postposed_organ_lesion(organ_start: int, lesions: Sequence[Item]) -> int | None:
    """The index in ``lesions`` of the lesion word ending right where the organ mention starting at token
    ``organ_start`` begins (the organ postposed to it), or None."""
    for k in range(len(lesions) - 1, -1, -1):
        end = lesions[k].end
        if end <= organ_start:
            return k if end == organ_start and not lesions[k].merged else None
    return None
