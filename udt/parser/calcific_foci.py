"""A single echogenic focus that is a calcification, not an echo level: "6 mm echogenic focus with posterior acoustic
shadowing in the lower pole", "strong echo spot 6 mm with acoustic shadow", "a hypoechoic lesion with a central
echogenic focus", "a cyst-like nodule with a small echogenic focus".

The ontology reads "echogenic foci" (plural) as calcifications and leaves the singular to its echo word, so a lone
focus was hyperechoic. A sizeable bright lesion is hyperechoic ("an 11 mm well-defined echogenic focus, probably an
angiomyolipoma"), but writers call a calcification a focus in two settings (guideline, blind_final_38 onward: tiny
or shadowing echogenic foci are calcifications, a sizeable echogenic lesion hyperechoic):

* the focus casts its shadow in the same breath ("... focus with (posterior acoustic) shadowing"): a calcific
  reflector, unless its sentence names the stone it is (senses.py reads that focus as the stone);
* the focus is the content of a lesion just named ("lesion with a central echogenic focus"): a calcification inside
  it, not the lesion's echogenicity.

Both tests read a handful of tokens around one mention. The focus stays the region its echo word names, so a
measured one is still a lesion with its size and side (echo_areas.py reads the calcification's echo word as it read
the echogenicity's).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.strings import get_string_id

from udt.parser.token_numbers import is_number

if TYPE_CHECKING:
    from udt.parser.record import TokenColumns

# The noun an echo word makes a focus of ("echogenic focus", "strong echo spot"); singular only (the plural is read
# by the ontology already).
_FOCUS_NOUNS = frozenset(get_string_id(w) for w in ("focus", "spot"))
_WITH = get_string_id("with")
_SHADOW_WORDS = frozenset(get_string_id(w) for w in ("shadow", "shadowing", "shadows"))
# Words that may stand between "with" and its shadow ("with posterior acoustic shadowing", "with twinkle artefact and
# posterior shadowing"); anything else (a negation, a clause mark) breaks the link.
_SHADOW_QUALIFIERS = frozenset(get_string_id(w) for w in (
    "posterior", "acoustic", "clean", "dense", "distal", "strong", "marked", "twinkle", "twinkling", "artefact",
    "artifact", "and", "definite", "clear"))
# What a focus's own size is made of ("strong echo spot 6 mm with acoustic shadow").
_SIZE_WORDS = frozenset(get_string_id(w) for w in ("mm", "cm", "x", "×", "*"))
_SHADOW_REACH = 6  # tokens from the focus noun to its "with" (past a size)
# A lesion that holds the focus: "<lesion> with a [one word] echogenic focus".
_HOLDERS = frozenset(get_string_id(w) for w in ("lesion", "nodule", "mass", "cyst", "node", "collection", "area"))
_ARTICLES = frozenset(get_string_id(w) for w in ("a", "an", "one"))
# The plain echo words of such a focus. Not "hyperechoic/hyperechogenic focus", which writers keep for a bright lesion
# or a translated stone ("hyperechogenic focus ... - deposit": hyperechoic).
_FOCUS_ECHO_WORDS = frozenset(get_string_id(w) for w in ("echogenic", "strong", "bright"))


def focus_echo_word(start: int, lower: list[int]) -> bool:
    """The echo mention at token ``start`` opens with a plain echo word ("echogenic", "strong echo", "bright")."""
    return lower[start] in _FOCUS_ECHO_WORDS


def shadows_with_focus(end: int, cols: TokenColumns, text: str, hi: int) -> bool:
    """The focus noun at token ``end`` is followed, past its own size, by "with ... shadow(ing)" before ``hi``."""
    lower = cols.lower
    if end >= hi or lower[end] not in _FOCUS_NOUNS:
        return False
    j = end + 1
    limit = min(hi, end + 1 + _SHADOW_REACH)
    while j < limit and (lower[j] in _SIZE_WORDS or is_number(text[cols.idx[j] : cols.idx[j] + cols.length[j]])):
        j += 1
    if j >= limit or lower[j] != _WITH:
        return False
    j += 1
    while j < hi and j <= end + 1 + _SHADOW_REACH + 6 and lower[j] in _SHADOW_QUALIFIERS:
        j += 1
    return j < hi and lower[j] in _SHADOW_WORDS


def focus_in_lesion(start: int, end: int, lower: list[int], lo: int) -> bool:
    """The focus (echo word at ``start``, noun at ``end``) is what a lesion named right before it holds: "<lesion>
    with a [one word] echogenic focus"."""
    if end >= len(lower) or lower[end] not in _FOCUS_NOUNS:
        return False
    j = start - 1
    if j >= lo and lower[j] not in _ARTICLES:
        j -= 1  # one qualifier: "a central", "a small"
    if j < lo or lower[j] not in _ARTICLES:
        return False
    return j - 2 >= lo and lower[j - 1] == _WITH and lower[j - 2] in _HOLDERS
