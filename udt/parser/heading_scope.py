"""Sides by scope: a side word governs its own heading section, list item or table row, not a window of words.

- A heading line's side holds for its whole section: "2) Right forearm: 1.1 cm lesion, also lipoma." (the lipoma is
  on the right), "SMG R: enlarged. A 7.8 mm calculus at the hilum." (the right gland), "LEFT FOREARM (volar, mid):
  18 mm lesion. Consistent with lipoma." (the left forearm). A heading is the words of a sentence before a colon
  within its first few tokens; its side is the one side its words state ("Right and left kidneys:" states none). The
  side holds for the lesions of the heading's sentence and of the sentences after it that no other rule gave a side,
  up to the next heading or section: a later heading starts a scope of its own, whether it names a side or not. It
  places lesions of the heading's own organ, or of any organ when the heading names none it knows ("Right flank:");
  the sides of unpaired organs are dropped later (sites.py), so "Right ovary: 32 mm cyst. Free fluid in the pouch"
  does not make the fluid right-sided. This is a fallback under the findings pass's own rules (a side in the
  lesion's clause, a sided organ, a "RIGHT:" heading line): those read the lesion's own words, this only its scope.
- A heading naming the midline ("Infra-umbilical midline:") scopes no side: its lesions have none, whatever side the
  organ carried from the line before (``MIDLINE``).
- A lesion heading's items are scopes ("Bilateral renal AMLs:\n right kidney several, up to 19 mm;\n left kidney
  ...": ``headed_item_side``), and so is a table row: the side a row states is the side of the sizes and lesions in
  it (``table_row``, ``row_sentence``).
- A lesion at a midline part of a paired organ (the thyroid isthmus, declared ``udt:isUnpaired`` in the ontology) has
  no side, whatever scope it stands in: "Left lobe of thyroid: 9 mm nodule.\n3. Isthmus: a 3 mm nodule", "LEFT: level
  IV node ...\nThyroid: small isthmic nodule" (``midline_place``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    from udt.parser.findings import Item, Words

# How many tokens a heading may run before its colon ("2 ) Right forearm :", "LEFT FOREARM ( volar , mid ) :").
HEADING_TOKENS = 10
# Roles a heading's words may hold: none, a bracket, a comma or "and", "of" ("Left lobe of thyroid:"); a semicolon,
# a link ("with") or a lesion's clause is no heading.
_HEADING_ROLES = frozenset({None, "comma", "sep", "open", "measure", "midline"})
MIDLINE = "midline"  # the scope side of a heading naming the midline: no side at all
_SIDES = ("left", "right", "bilateral")


def heading_colon(words: Words, start: int, end: int) -> int | None:
    """The token of the colon that ends the heading the sentence ``[start, end)`` opens with, if it opens with one."""
    role = words.role
    stop = min(end, start + HEADING_TOKENS)
    if "colon" not in role[start:stop]:
        return None  # (most sentences: one C-level test instead of the loop below)
    for j in range(start, stop):
        r = role[j]
        if r == "colon":
            return j if j > start else None
        if r not in _HEADING_ROLES:
            return None
    return None


def heading_scope(words: Words, start: int, end: int, items: list[Item]) -> tuple[bool, str | None, str | None]:
    """``(opens, side, organ)``: whether the sentence opens with a heading, the one side its words state, and the
    organ its words name (the first anatomy item inside it with an organ; ``items``: the sentence's, in token
    order)."""
    colon = heading_colon(words, start, end)
    if colon is None:
        return False, None, None
    sides = words.side[start:colon]
    side = None
    if any(sides):  # (most headings name no side: no set built)
        stated = set(sides)
        stated.discard(None)
        side = next(iter(stated)) if len(stated) == 1 and not stated.isdisjoint(_SIDES) else None
    if side is None and MIDLINE in words.role[start:colon]:
        side = MIDLINE
    organ = None
    for it in items:
        if it.start >= colon:
            break
        if it.kind in ("anatomy", "ignored") and it.organ is not None:
            organ = it.organ
            break
    return True, side, organ


def midline_place(
    organ: str | None, lesion: Item, region: tuple[int, int], items: list[Item], unpaired: AbstractSet[str | None]
) -> bool:
    """Whether the lesion's clause (``region``), or an organ heading before it in its sentence, names a midline part
    of the lesion's own paired ``organ`` (its structure in ``unpaired``, the organ not) and no anatomy with a side.
    (Not a midline landmark of another organ: "a collection beside the iliac artery" of a transplant kidney.)"""
    if organ is None or organ in unpaired:
        return False
    lo, hi = region
    midline = False
    for it in items:
        if it.kind != "anatomy" or not (lo <= it.start < hi or (it.heading and it.end <= lesion.start)):
            continue
        if it.laterality is not None:
            return False  # "a nodule in the right lobe near the isthmus": the lobe's side
        if it.organ == organ and it.structure in unpaired:
            midline = True
    return midline


def table_row(role: list[str | None], start: int, end: int, floor: int, ceiling: int) -> tuple[int, int] | None:
    """The token range of the table row that holds tokens ``[start, end)`` (a size), between ``floor`` and
    ``ceiling``: from the line break that opens it to the one that opens the next ("row" roles: sites.py), when
    either is there; else None. "| 2 | R | mid, posterior | 6 x 5 x 5 | cystic |" is the right lobe's row, whose
    comma splits no list item and whose next row's "L" is not its side."""
    lo = next((j for j in range(start - 1, floor - 1, -1) if role[j] == "row"), None)
    hi = next((j for j in range(end, ceiling) if role[j] == "row"), None)
    if lo is None and hi is None:
        return None
    return (floor if lo is None else lo, ceiling if hi is None else hi)


def row_sentence(role: list[str | None], start: int, end: int, label_rows: AbstractSet[int]) -> bool:
    """Whether the sentence ``[start, end)`` is a table row: the line break before it, or one inside it, opens a row
    (each line of a table without full stops is a sentence of its own; ``label_rows``: the line breaks before rows
    opened by a label, "Nodule 4 |")."""
    if (start > 0 and role[start - 1] == "row") or "row" in role[start:end]:
        return True
    return bool(label_rows) and any(j in label_rows for j in range(max(0, start - 1), end))


def headed_item_side(words: Words, end: int, size: Item, stop: int) -> str | None:
    """The one side (left or right) of the item a lesion heading (ending at token ``end``, its colon next) lists
    ``size`` in: from the colon or semicolon before the size to the semicolon after it, up to ``stop``. None when the
    lesion heads no item (no colon right after it) or the item states no single side."""
    role = words.role
    if end >= len(role) or role[end] != "colon" or size.start <= end:
        return None
    lo = next(j for j in range(size.start - 1, end - 1, -1) if role[j] in ("colon", "sep_strong"))
    hi = next((j for j in range(size.end, stop) if role[j] == "sep_strong"), stop)
    stated = set(words.side[lo:hi])
    stated.discard(None)
    return next(iter(stated)) if len(stated) == 1 and stated <= {"left", "right"} else None
