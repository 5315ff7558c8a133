"""What "ipsilateral" and "contralateral" point at, and from which side, where the organ they name has no side yet.

- The anatomy they side may stand a few words after them, behind a node level or an adjective ("Ipsilateral level
  III node, 11 mm", "ipsilateral abnormal axillary nodes"), not only right after them ("the ipsilateral axilla").
- A writer who calls a node or a collection ipsilateral measures it against the lesion just described, not against
  the side named last: "R) lobe: a 14 mm nodule. L) lobe normal. Ipsilateral level III node" is a right node. The
  lesion's side is the side word nearest before it in its sentence, else the first after it there, else the last
  one said before it.

Used by side_words.py only for these two words (``termset.OPPOSITE_SIDE_WORDS[0]``, ``SAME_SIDE_WORDS[0]``) and only
where the organ they name has no earlier side, so a report without them pays nothing.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping
    from collections.abc import Set as AbstractSet

    from udt.parser.findings import Item

_NOUN_REACH = 4  # words after the pointer its anatomy may start at ("ipsilateral level III node": the third)
_SENTENCE_REACH = 60  # tokens looked back for the lesion's sentence start: a bounded look-back


def anatomy_after(j: int, lower: list[int], starts: Mapping[int, int], stops: AbstractSet[int]) -> int | None:
    """Index (in ``starts``'s items) of the anatomy starting within a few words after the pointer at ``j``, with no
    stop or comma (``stops``) between them; None if none."""
    for t in range(j + 1, min(len(lower), j + 1 + _NOUN_REACH)):
        if (k := starts.get(t)) is not None:
            return k
        if lower[t] in stops:
            return None
    return None


def lesion_side_before(j: int, items: list[Item], side: list[str | None], sided: list[int],
                       sentence_stops: AbstractSet[int], lower: list[int]) -> str | None:
    """The side of the last lesion written before the token ``j`` (see module docstring); None if no lesion or no
    side. ``sided`` lists the tokens with a side, in order."""
    lesion = next((it for it in reversed(items) if it.kind == "lesion" and it.end <= j), None)
    if lesion is None:
        return None
    begin = next((t + 1 for t in range(lesion.start - 1, max(-1, lesion.start - _SENTENCE_REACH), -1)
                  if lower[t] in sentence_stops), max(0, lesion.start - _SENTENCE_REACH))
    at = bisect_left(sided, lesion.start)
    if at and sided[at - 1] >= begin:
        return side[sided[at - 1]]  # "R) lobe: a 14 mm nodule"
    after = next((t for t in sided[at:] if t >= lesion.end), None)
    if after is not None and after < j and sentence_stops.isdisjoint(lower[lesion.end : after]):
        return side[after]  # "a 14 mm nodule in the right lobe"
    return side[sided[at - 1]] if at else None  # "RIGHT:" over the lesion's lines
