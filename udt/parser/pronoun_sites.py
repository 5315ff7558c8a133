"""A further lesion a pronoun names in the sentence of the lesion it stands for lies where that lesion does.

"Gallbladder of normal size, ..., in its interior echogenic image of 18 mm that ..., and another smaller of 6 mm":
"another" is a second lesion of the kind just named (pronoun_lesions.py). Its own clause names no organ, so the
findings pass gave it the site carried from the sentences before ("Liver of normal size."), while the first lesion
took the organ its sentence names. The writer means a second one of the same place: where the pronoun's clause
names no organ of its own and no other organ replaces the carried one, the pronoun's lesion takes the site of the
lesion before it in the sentence, when that one was placed somewhere other than the carried site.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.parser.findings import Item


def further_of_before(lz: Item, k: int, lesions: Sequence[Item], prev_site: Item | None,
                      inherited: Item | None) -> bool:
    """Whether the pronoun lesion ``lz`` (``lesions[k]``) takes ``prev_site``, the site of the present lesion
    before it in its sentence: a site of an organ, not the one carried in (which it gets anyway)."""
    if not lz.pronoun or k == 0 or prev_site is None or prev_site is inherited or prev_site.organ is None:
        return False
    before = lesions[k - 1]
    return before.status != "absent" and before.concept == lz.concept
