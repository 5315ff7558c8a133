"""A plural lesion word that ends a descriptive sentence with a colon heads the marked lines under it: "Uterus:
enlarged, heterogeneous myometrium with myomas:" over "- intramural, anterior wall, 32 mm;" and "- subserosal, fundal,
21 mm." is two fibroids, as "Fibroids:" alone on its line is (lesion_lists.py). The writer describes the organ first
and then announces the list; the lines' bullets or item labels ("-", "*", "1.", "(ii)") show it is a list, so the
words before the lesion word need not be a bare count. Without this the lines read as sentences with no lesion,
which continue the heading's lesion: it took the first line's size and the others were lost.

Only where no other lesion is named in the heading's sentence (which lesion the lines list would be unclear), the
colon after the lesion word ends its line and the next line opens with a list mark; the lines themselves are
checked as for any list (each gives a size and names no subject of its own).

The lesion word may also be described or placed before that colon ("Multiple hypoechoic lesions with an echogenic
rim, as on the CT:", "Several cysts in both lobes, as follows:", "There are two hypoechoic lesions in the right
lobe:" of the liver): words that describe, compare or place the lesions announced, with no number (a size or count
would be an item of the sentence's own) and no other lesion, on the heading's line. The organ placing them is the
site the lines' lesions carry from the heading's sentence, as any lesion after its organ's sentence does; a side
word names a part of an organ the body has one of (the liver's right lobe), or else the side of a paired organ
every line's lesion lies on ("Two nodules, both in the left lobe:" of the thyroid, "Two cysts on the right:"): the
lines' lesion items carry it (:func:`listed_side`) where a line states none of its own. Without that the heading
stayed the one lesion it was (it took the first line's size, the others were lost), and kept no side or a wrong one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from udt.parser.lazy_patterns import lazy_compile

if TYPE_CHECKING:
    from udt.parser.findings import Item

# An item's number or letter ("1.", "b)", "(ii)", "#2"), as a pattern (lesion_lists.py reads item lines by it too).
ITEM_LABEL = r"\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]|#\d{1,2}[.:)]?"
# A line's list mark: a bullet, an item label, or a worksheet's label of the kind's initial and number ("M1", "F2").
_MARK = lazy_compile(rf"[ \t]*(?:[-*•]|{ITEM_LABEL}|[A-Z]\d{{1,2}}\b)[ \t]", re.IGNORECASE)
# A lesion word that is an adjective of its organ, saying the organ holds lesions of the kind ("UTERUS: ...,
# polymyomatous:", "myomatous:"): like a plural, it may announce the lesions listed under it.
_ADJECTIVE = lazy_compile(r"[^\W\d_]+ous\b", re.IGNORECASE)


def closes_sentence_over_marked_lines(head: Item, sentence: list[Item], text: str, idx: list[int]) -> bool:
    """Whether the plural lesion item ``head`` (its sentence's items ``sentence``; ``idx`` each token's character
    offset) is the last word of its sentence before a colon that ends its line, with no other lesion in the
    sentence, and the next line opens with a list mark."""
    if head.end >= len(idx) or any(it is not head and it.kind == "lesion" for it in sentence):
        return False
    at = idx[head.end]
    if not text.startswith(":", at):
        return False
    return _over_marked_line(text, at)


def collective_adjective(head: Item, text: str, idx: list[int], role: list[str | None]) -> bool:
    """Whether the lesion item ``head`` is one word, an adjective in "-ous" that a colon follows ("polymyomatous:",
    "myomatous:"): an organ said to hold lesions of its kind, as many as the words after the colon name (see
    :func:`lesion_adjective`)."""
    return head.end < len(role) and role[head.end] == "colon" and lesion_adjective(head, text, idx)


def may_hold_adjective(low: str) -> bool:
    """Whether a text whose lower case is ``low`` may hold a lesion adjective (:func:`lesion_adjective`): one holds
    "ous". In ASCII text lower() folds exactly what the adjective's IGNORECASE match does; other text (where
    IGNORECASE also folds letters such as the long s) is always tried."""
    return "ous" in low or not low.isascii()


def lesion_adjective(head: Item, text: str, idx: list[int]) -> bool:
    """Whether the lesion item ``head`` is one word, an adjective in "-ous" ("polymyomatous", "myomatous"), not a
    word standing for a lesion named before ("analogous")."""
    return head.end - head.start == 1 and not head.anaphoric and not head.pronoun \
        and _ADJECTIVE.match(text, idx[head.start]) is not None


def described_over_marked_lines(head: Item, sentence: list[Item], text: str, idx: list[int]) -> int | None:
    """Where the colon is (its character offset) up to which the plural lesion item ``head`` is described, where
    that colon ends its line and the next line opens with a list mark: "Multiple hypoechoic lesions with a
    hyperechoic centre, matching with the CT:", "two lesions in the right lobe:"; None where ``head`` heads no
    such lines. The description has no number and no other lesion, size or normal item of its sentence after the
    lesion word, in at most ``_DESCRIPTION_SPAN`` characters (its side word: :func:`listed_side`, given the colon
    so that it need not find it again)."""
    if head.end >= len(idx) or any(it is not head and it.kind in _OWN_ITEMS and it.start >= head.end
                                   for it in sentence):
        return None
    at = idx[head.end]
    line_end = text.find("\n", at, at + _LINE_REACH)  # (bounded: a report typed on one line pays a short search)
    if line_end < 0:
        return None
    colon = text.rfind(":", at, line_end)
    if colon < 0 or colon - at > _DESCRIPTION_SPAN or text[colon + 1 : line_end].strip() \
            or any(c.isdigit() for c in text[at:colon]):
        return None
    return colon if _over_marked_line(text, colon) else None


def listed_side(head: Item, sentence: list[Item], colon: int, idx: list[int], side: list[str | None],
                unpaired: frozenset[str], carried: str | None) -> str | None:
    """The side of a paired organ that the description of a heading read by :func:`described_over_marked_lines`
    states ("Two nodules, both on the left:", "two nodules in the left lobe:" of the thyroid): the side each line's
    lesion lies on. None where it states no one side ("both", read as a side word, is none here), or its side word
    names a part of an organ the body has one of (the liver's "right lobe" is no laterality: its lines' lesions are
    on no side): the organ the description names, or else the one the lines carry (``carried``). ``colon`` is where
    the description ends, as :func:`described_over_marked_lines` found it."""
    end = head.end
    while end < len(idx) and idx[end] < colon:
        end += 1
    said = {s for s in side[head.end : end] if s in _SIDES}
    if len(said) != 1:
        return None
    placed = [it for it in sentence if it.kind == "anatomy" and head.end <= it.start < end]
    if any(it.organ in unpaired for it in placed) or (not placed and carried in unpaired):
        return None
    return said.pop()


def _over_marked_line(text: str, colon: int) -> bool:
    """Nothing follows the colon at ``colon`` on its line, and the next line opens with a list mark."""
    line_end = text.find("\n", colon)
    if line_end < 0 or text[colon + 1 : line_end].strip():
        return False
    return _MARK.match(text, line_end + 1) is not None


# Items after the lesion word that end its description: another subject or a size (anatomy placing the lesions,
# "Several cysts in the liver, as follows:", is the site the lines' lesions carry).
_OWN_ITEMS = ("lesion", "size", "normal")
_SIDES = ("left", "right")  # the sides one line's lesion may carry ("both sides" would be no one lesion's)
_LINE_REACH = 160  # how far after the lesion word the heading's line may end
_DESCRIPTION_SPAN = 90  # characters of description between a heading's lesion word and its colon
