"""A duct's calibre called normal for the state an operation left ("Common bile duct: 6 mm, within normal limits post
cholecystectomy", "5 mm, normal for post-cholecystectomy state"): a judgement of its width, like "normal in size",
never a whole organ stated normal (guideline: size wording alone gives no normal finding).
"""

from __future__ import annotations

from spacy.strings import get_string_id

from udt.parser import termset as ts

_STATES = frozenset(get_string_id(w) for w in ts.CALIBRE_STATE_WORDS)
# What may stand between the normal words and the operation: "for (a) post-", "after", "following", "status post".
_LINKS = frozenset(get_string_id(w) for w in ("for", "a", "the", "post", "-", "status", "after", "following", "s/p"))
_REACH = 5


def normal_for_operated_state(end: int, lower: list[int]) -> bool:
    """The normal ending at token ``end`` goes on, through linking words only, to an operation that widens a duct
    ("within normal limits post cholecystectomy")."""
    for j in range(end, min(len(lower), end + _REACH)):
        if lower[j] in _STATES:
            return j > end
        if lower[j] not in _LINKS:
            return False
    return False
