"""Sizes listed after a plural lesion word are the sizes of its members, one lesion each, in the order written (the
corpus guideline: "two cysts of 11 and 8 mm", "nodules of 1.1 cm and 8 mm" are one entry each; a group given only
its largest, "3 cysts, largest 3 mm", stays one entry).

Two ways of writing the list, one idea:

- Sizes each with a unit: "two cysts in the right kidney measuring 12 mm and 25 mm", "two cysts in the left kidney,
  one 8 mm and one 12 mm". The list goes on past its first size with only separators between (and maybe one word
  naming the member), even where the organ that places the lesion stands between the lesion word and the sizes
  (:func:`continued_list`).
- Numbers sharing one unit: "two simple cysts, 2.2 and 1.4 cm", "hypoechoic foci of 5, 7 and 4 mm"
  (:class:`SizeLists`). The size read at the unit ("1.4 cm") is widened to start at the list's first number; it
  keeps the list's largest as its size (what a lesion word in the singular, or a group, takes) and each number's
  value as ``members``, which a plural lesion splits into one finding per member (``FindingBuilder._enumerate``).
  "1.1 x 0.8 cm" is one lesion's dimensions, never a list. Only numbers joined by ", " (a comma and a space: "1,8"
  is a decimal comma), "and", "or" or "&", and only a list opened by punctuation or a measuring word ("of",
  "measuring", "at": the termset's ``measure`` role) or a plural lesion word ("2 cysts 12 and 7 mm"); a number after
  another word is a label ("segment 6 and 7 mm", "grade 3, 2 mm"). One anchored regex match over a bounded window
  before each size.

(A lesion measured on named axes is axis_sizes.py.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from udt.parser.field_counts import field_count, sizes_after
from udt.parser.lazy_patterns import lazy_compile

if TYPE_CHECKING:
    from udt.parser.findings import Item, Words


def continued_list(last: Item, others: list[Item], words: Words) -> list[Item]:
    """The sizes of ``others`` (in token order) that go on the list ending with ``last``, each after the one before
    with only clause separators ("and", ",") between, and maybe one word naming the member right before it."""
    role = words.role
    out: list[Item] = []
    for it in others:
        if it.start < last.end:
            continue
        if not _joins_members(role[last.end : it.start], _closed_at(last.end, it.start, words.closes)):
            break
        out.append(it)
        last = it
    return out


def _joins_members(gap: list[str | None], closed: int = -1) -> bool:
    """Whether the words between two sizes join two members of one list: clause separators ("and", ","), maybe
    after a few words placing the member before ("8 mm at the hilum and 4 mm") and before a few naming or placing
    the next ("8 mm, left mid pole 5 mm", "one 8 mm and one 12 mm"). Nothing that ends the list's clause (";",
    ":", a bracket) or opens another statement ("with", "from", "previously") may stand between; a bracketed aside
    right after a size only describes its member ("9 mm (isoechoic, TR3) and 5 mm (spongiform)"; ``closed``: where
    in the gap its bracket closes, -1 for nowhere)."""
    gap = _past_aside(gap, closed)
    joins = [k for k, r in enumerate(gap) if r in _LIST_JOINS]
    if not joins or any(r not in _LIST_JOINS for r in gap[joins[0] : joins[-1] + 1]):
        return False
    before, after = gap[: joins[0]], gap[joins[-1] + 1 :]
    return (
        len(before) <= _MEMBER_SPAN
        and len(after) <= _MEMBER_SPAN
        and all(r in _MEMBER_WORDS for r in before)
        and all(r in _MEMBER_WORDS for r in after)
    )


def _closed_at(start: int, end: int, closes: frozenset[int]) -> int:
    """The position in the gap of tokens ``start``..``end`` of its first closing bracket, or -1."""
    if not closes:
        return -1
    return next((t - start for t in range(start, end) if t in closes), -1)


def _past_aside(gap: list[str | None], closed: int) -> list[str | None]:
    """``gap`` past a bracketed aside that opens it and closes at position ``closed``, up to the last joiner that
    follows it: a few words and commas describing the member just measured (its grade, its echo), no clause of its
    own; else ``gap`` itself ("8 mm (was 12 mm) and 5 mm": a size in the bracket is an item of its own, so the gap
    holds no closed aside and the list ends at the bracket)."""
    if not gap or gap[0] != "open" or closed < 2:
        return gap
    aside, rest = gap[1:closed], gap[closed + 1 :]
    if len(aside) > _ASIDE_SPAN or any(r not in _ASIDE_WORDS for r in aside) or not rest or rest[0] not in _LIST_JOINS:
        return gap
    return rest


def premodifier_list(first: Item, found: list[Item], lesion: Item, words: Words) -> list[Item]:
    """The sizes listed before a plural lesion word that end with ``first``, the size right before it ("7 mm and
    4 mm colloid cysts", "8 and 5 mm cysts"): the list it closes, in order, or ``[first]``."""
    before = sorted((it for it in found if it.end <= lesion.start), key=lambda it: it.start)
    for n, it in enumerate(before):
        chain = [it, *continued_list(it, before[n + 1 :], words)]
        if chain[-1] is first:
            return chain
    return [first]


def named_after_list(found: list[Item], lesion: Item, words: Words) -> list[Item]:
    """The sizes listed before a plural lesion word that names them after a comma ("two echogenic foci in the lower
    pole, 6 mm and 4 mm, consistent with calculi", "two nodular thickenings of 9 and 14 mm, suspect for
    metastases"): the members of the group it names, in order, or ``[]``. Only a list (two sizes or more, or one
    item of numbers sharing a unit) whose last size is a comma and a few naming words before the lesion word: a
    size further away, or past a clause's end, measured something else."""
    before = sorted((it for it in found if it.end <= lesion.start), key=lambda it: it.start)
    if not before:
        return []
    gap = words.role[before[-1].end : lesion.start]
    if not gap or gap[0] != "comma" or len(gap) > _CUE_REACH or any(r not in _NAMING for r in gap[1:]):
        return []
    for n, it in enumerate(before):
        chain = [it, *continued_list(it, before[n + 1 :], words)]
        if chain[-1] is before[-1]:
            return chain if len(chain) > 1 or chain[0].members else []
    return []


def member_sizes(listed: list[Item], sides: list[str | None]) -> list[tuple[list[float], str | None]]:
    """The size and side of each member of a list of size items (``sides``: the side named with each item), in
    order: an item of numbers sharing one unit gives one member per number ("2.2 and 1.4 cm": 22 mm, then 14 mm),
    any other item one member of its own size."""
    out: list[tuple[list[float], str | None]] = []
    for it, side in zip(listed, sides, strict=True):
        if it.members:
            out.extend(([value], side) for value in it.members)
        else:
            out.append((it.sizes, side))
    return out


def plural_word(mention: str, label: str) -> bool:
    """Whether a lesion mention's last word is a plural of its concept, so a list of sizes may split it: "cysts",
    "stones" and "masses" ("calculus"), "calculi" and "foci" (a Latin "-us", also where the label is another word:
"renal calculi" of "kidney stone"), not "calculus", "abscess",
    "stenosis" or a label's own plural ("lymph nodes")."""
    last = mention[mention.rfind(" ") + 1 :].casefold()
    label_last = label[label.rfind(" ") + 1 :].casefold()
    if last == label_last:
        return False
    if last.endswith("i"):
        # A Latin "-us" plural, whatever the concept's label ("renal calculi" of "kidney stone", "foci"): a lesion
        # word ending in a consonant and "i" is no English singular; nor is one in "-ei", the plural of a "-eus"
        # ("myomatous nuclei" of "uterine fibroid", a translated report's "núcleos miomatosos").
        return label_last.endswith("us") or (len(last) > 3 and (last[-2] not in "aeiouy" or last.endswith("ei")))
    return last.endswith("s") and not last.endswith(("ss", "us", "is"))


_LIST_JOINS = ("sep", "comma")  # roles of the words between two sizes of one list ("8 mm, 12 mm and 21 mm")
# Roles of the words that may place or name a member on either side of a list's joiner ("at the hilum", "left mid
# pole", "in segment"), and how many: a member's own short phrase, not another statement.
_MEMBER_WORDS = frozenset({None, "measure", "place"})
_MEMBER_SPAN = 4
# Roles and length of a bracketed aside describing a listed member ("(isoechoic, EU-TIRADS 3)"): descriptors and
# commas only; a clause boundary or a measuring word in it is a statement of its own.
_ASIDE_WORDS = frozenset({None, "comma"})
_ASIDE_SPAN = 8
# Between a list's last size and the plural lesion word naming its members: a comma, then a few words of a naming
# phrase ("6 mm and 4 mm, consistent with calculi", "..., in keeping with stones", "..., suspect for pleural
# metastases"), none of which ends the clause or opens another.
_NAMING = frozenset({None, "refine", "measure", "place", "link"})
_CUE_REACH = 5
_WINDOW = 60  # characters before a size that a list of numbers sharing its unit may span
_LIST = lazy_compile(
    # the list opens after white space or punctuation, but not after a digit and a colon: "2:30, 6 mm" is a clock
    # position (half past two) then a size, "1:2, 5 mm" a ratio's term; neither is a list "30 and 6 mm"
    r"(?:^|(?<=[\s(;,])|(?<=(?<!\d):))"
    r"((?:\d{1,3}(?:[.,]\d+)?(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*&\s*))+)$",  # numbers, each then a joiner
    re.IGNORECASE,
)
# a number as written, its decimal a point or a comma ("12", "1.5", "2,7"; also read by table_sides.py)
NUMBER = lazy_compile(r"\d+(?:[.,]\d+)?")
_LAST_WORD = lazy_compile(r"([^\W\d_]+)$")


def mm_value(value: float) -> float:
    """A size in mm as the parser records it: a whole number as it is, else rounded to two decimals (1.35 cm * 10
    is 13.500000000000002 in floating point)."""
    return value if value.is_integer() else round(value, 2)


def _may_end_a_list(window: str) -> bool:
    """Whether ``window`` may end with a list's joiner (a cheap test before ``_LIST``, which is tried at each of the
    window's characters): every joiner ends, white space aside, with ",", "&", "and" or "or" ("measuring 5 mm" and
    "cyst of 5 mm" end with neither). A non-ASCII last character is left to the pattern (its case folding)."""
    stripped = window.rstrip()  # (str.rstrip and the pattern's \s strip the same white space)
    if not stripped:
        return False
    last = stripped[-1]
    return not last.isascii() or last in ",&dDrR"


def _after_plural(text: str, at: int, plural_ends: AbstractSet[int]) -> bool:
    """Whether the number at ``at`` is the first number after a plural lesion word of its clause: right after it
    ("2 cysts 12 and 7 mm") or past the words placing it ("stones in the diverticulum 7 and 4 mm"); not past
    another number ("cysts in segment 6, 12 and 8 mm": the segment's label opens no list)."""
    return any(end <= at and at - end <= _WINDOW and not _PLACE_STOPS.search(text, end, at) for end in plural_ends)


# A number or a clause's end between a plural lesion word and a list, or a range's "between" ("fibroids measuring
# between 1 and 3.5 cm": the range of their sizes, not two members).
_PLACE_STOPS = lazy_compile(r"[\d.;:\n]|\bbetween\b", re.IGNORECASE)


class SizeLists:
    """Reads lists of numbers before a size's unit (see module docstring); built once from the measuring words."""

    def __init__(self, measuring_words: Iterable[str]) -> None:
        self._measuring = frozenset(w.casefold() for w in measuring_words)

    def widen(self, text: str, start: int, end: int, sizes: list[float],
              plural_ends: AbstractSet[int] = frozenset()) -> tuple[int, list[float], tuple[float, ...]]:
        """The start, value and members of the size at ``text[start:end]`` (``sizes`` in mm): unchanged with no
        members unless a list of unitless numbers precedes it; then the list's first number, its largest value
        and each number's value in order (the unit's own last). ``plural_ends``: the character offsets where a
        plural lesion word ends, after which a list opens too ("2 cysts 12 and 7 mm")."""
        if len(sizes) != 1:
            return start, sizes, ()
        offset = max(0, start - _WINDOW)
        window = text[offset:start]
        if not _may_end_a_list(window):
            return start, sizes, ()
        m = _LIST.search(window)
        if m is None:
            return start, sizes, ()
        # The list opens at its first number that follows punctuation or a measuring word ("segments 2 and 6, 14 and
        # 8 mm": "14 and 8"; a number after another word is a label's).
        numbers = list(NUMBER.finditer(window, m.start(1)))
        first = next((k for k, n in enumerate(numbers) if self._opens_list(window[: n.start()].rstrip())
                      or offset + len(window[: n.start()].rstrip()) in plural_ends), None)
        if first is None and plural_ends:
            # (only where nothing else opens it: "cysts in segment 6, 12 and 8 mm" opens after the comma)
            first = next((k for k, n in enumerate(numbers) if _after_plural(text, offset + n.start(), plural_ends)),
                         None)
        if first is None:
            return start, sizes, ()
        if field_count(window[: numbers[first].start()], numbers[first].group(),
                       len(numbers) - first + sizes_after(text, end)):
            first += 1  # "cysts: 1, 13 mm": how many, then the sizes (field_counts.py)
            if first == len(numbers):
                return start, sizes, ()
        factor = 10.0 if "c" in text[start:end].casefold() else 1.0  # ("cm", "centimetres"; "mm", "millimetres")
        members = (*(mm_value(float(n.group().replace(",", ".")) * factor) for n in numbers[first:]), sizes[0])
        return start - len(window) + numbers[first].start(), [max(members)], members

    def _opens_list(self, before: str) -> bool:
        """Whether a list may open after ``before``: nothing, punctuation, an arrow to what was found ("level II
        x2 -> 14 and 9 mm", as a colon would), or a measuring word."""
        if not before or before[-1] in ",;(>→":
            return True
        if before[-1] == ":":
            # the hours of a clock position or a ratio's first term before the colon ("at 2:30, 6 mm", "1:2"): the
            # number after it is minutes or a second term, not a list's first number
            return not before[-2:-1].isdecimal()
        last_word = _LAST_WORD.search(before)
        return last_word is not None and last_word.group(1).casefold() in self._measuring
