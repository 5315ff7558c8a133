"""A region described by its echogenicity is a lesion of unstated nature: "an ill-defined hypoechoic area at the upper
pole, 14 mm", "spleen 12 cm with two hypoechoic foci, 5 and 7 mm", "echogenic 7 mm focus lower pole with shadowing",
"hyperechoic inclusion 6 mm", "2.3 x 1.9 cm hypoechoic observation in segment 6"; measured and named by its content,
"a 2.3 cm solid area in segment 3". The ontology names no lesion there
(an "area" or a "focus" is no diagnosis), so the size had no lesion to measure and the lesion was lost.

An echogenicity attribute followed, within a size and a word, by one of ``termset.ECHO_AREA_NOUNS`` gives a lesion
item of the generic lesion concept at the noun, unless a lesion word is already there, a diagnosis right after names
it ("echogenic focus, likely a haemangioma": that lesion), or the region is a part of another lesion of its clause
("a cyst with a hypoechoic area", "a hypoechoic area within the mass"). Linear in the
items of a report that holds such a noun (one C-level test for the others).

Translated templates make "echo" itself the noun: "a strong echo 0.6 x 0.4 cm with acoustic shadow" is a region
(an echogenicity phrase whose last word is "echo", with a size right after it). A region after a lesion in the same
clause is that lesion's part however long the clause's list of descriptors ("a hypoechoic mass ..., size about
1.2 x 0.8 cm, boundary unclear, aspect ratio > 1, punctate strong echo foci inside"), unless it has a size of its own
(a region's own size makes it a lesion only within a few words of the one before, as "cyst 2 cm, hypoechoic area
1 cm" is two).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.strings import get_string_id

from udt.parser.findings import insert_in_token_order, new_item

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    from udt.parser.findings import Item

_NOUN_REACH = 4  # tokens from the echogenicity word to its noun ("echogenic 7 mm focus", "hypoechoic solid area")
_PART_REACH = 8  # tokens before the region in which a lesion of its clause makes it a part ("a cyst with a ... area")
_HOLDER_REACH = 3  # tokens after it to the lesion that holds it ("area within the mass")
_NAMED_REACH = 6  # tokens after it to the diagnosis that names it ("focus, likely a haemangioma": that lesion)
_CLAUSE_ENDS = ("sep", "sep_strong")
_OWN_SIZE_REACH = 2  # tokens after a region's noun to its own size ("strong echo spot 0.5 cm", "foci of 2 mm")
# "solid area": a region named by its tissue (not "calcific focus", a lesion's calcification: "a cyst ... and a 2 mm
# calcific focus in its wall")
_CONTENT_FIELD, _CONTENT_VALUES = "InternalCharacteristics", frozenset({"solid components", "cystic components"})
# The echo words of a single focus read as a calcification ("echogenic focus", "strong echo spot": calcific_foci.py).
_CALCIFICATION = "calcifications"
_CALCIFIC_ECHO_WORDS = frozenset(get_string_id(w) for w in ("echogenic", "echo", "bright"))
_ECHO_HEADS = frozenset(get_string_id(w) for w in ("echo", "echoes"))  # "a strong echo 6 mm": the echo is the noun


def add_echo_areas(
    items: list[Item],
    lower: list[int],
    role: list[str | None],
    nouns: AbstractSet[int],
    plurals: AbstractSet[int],
    generic: str | None,
    words: AbstractSet[int] | None = None,
) -> None:
    """Insert a lesion item for each region described by its echogenicity (see module docstring) into ``items`` (in
    token order, kept so); ``nouns`` are the word ids of ``ECHO_AREA_NOUNS`` (``plurals`` those in the plural),
    ``generic`` the generic lesion's label; ``words``, if given, the report's distinct ``lower`` ids."""
    # (against the report's word set: a probe per noun with the hash the set stores, where the token list re-hashes
    # every 64-bit token id, twice)
    present = lower if words is None else words
    if generic is None or (nouns.isdisjoint(present) and _ECHO_HEADS.isdisjoint(present)):
        return  # (most reports)
    # Each region is read against the lesions of its own sentence only (a scan of every lesion per region made a
    # long report quadratic); within a sentence they stay in token order.
    lesions_of: dict[int, list[Item]] = {}
    for it in items:
        if it.kind == "lesion":
            lesions_of.setdefault(it.sent, []).append(it)
    size_starts = {it.start for it in items if it.kind == "size"}
    size_ends = {it.end for it in items if it.kind == "size"}
    added: list[Item] = []
    for a in items:
        if a.kind != "attribute" or a.status == "absent":
            continue
        if a.field != "Echogenicity" and not (
            # "7 mm echogenic focus with shadowing": an echo word read as a calcification (calcific_foci.py) still
            # names its region, as it did when it was the focus's echogenicity
            a.field == _CONTENT_FIELD and a.value == _CALCIFICATION and lower[a.end - 1] in _CALCIFIC_ECHO_WORDS
        ):
            # "a 2.3 cm solid area in segment 3": a measured region named by its content (the attribute's own
            # last word the noun) is one too; unmeasured, it is a part ("cyst with a solid area")
            if (
                a.field == _CONTENT_FIELD
                and a.value in _CONTENT_VALUES
                and lower[a.end - 1] in nouns
                and a.start in size_ends
            ):
                j: int | None = a.end - 1
            else:
                continue
        elif lower[a.end - 1] in _ECHO_HEADS and a.end in size_starts:
            j = a.end - 1  # ("a strong echo 0.6x0.4cm": the phrase's own noun)
        else:
            j = _noun_after(lower, a.end, nouns)
        if j is None or any(role[k] in _CLAUSE_ENDS or role[k] == "comma" for k in range(a.end, j)):
            continue
        # (its own size: right before its echogenicity, "a 1.2 cm anechoic area", or right after its noun)
        sized = a.start in size_ends or any(k in size_starts for k in range(a.end, j + 1 + _OWN_SIZE_REACH))
        if any(_near(lz, a.start, j, role, sized) for lz in lesions_of.get(a.sent, ())):
            continue
        lesion = new_item("lesion", j, j + 1, a.sent, -1, "Diagnosis", None, generic, a.status)
        lesion.plural = lower[j] in plurals  # ("two hypoechoic foci, 5 and 7 mm": a list of sizes splits it)
        added.append(lesion)
    insert_in_token_order(items, added)


def _near(lesion: Item, start: int, noun: int, role: list[str | None], sized: bool) -> bool:
    """Whether ``lesion`` is the region's own word or a lesion of its clause (close by, or anywhere before it for a
    region without a size of its own: ``sized``), so the region is a part."""
    if lesion.start <= noun < lesion.end or start <= lesion.start <= noun:
        return True
    if lesion.end <= start and (start - lesion.end <= _PART_REACH or not sized):
        return not any(r in _CLAUSE_ENDS for r in role[lesion.end : start])
    if lesion.start > noun and lesion.start - noun <= _NAMED_REACH and "refine" in role[noun + 1 : lesion.start]:
        return not any(r in _CLAUSE_ENDS for r in role[noun + 1 : lesion.start])  # ("focus, likely a haemangioma")
    if lesion.start > noun and lesion.start - noun <= _HOLDER_REACH:
        return not any(r in _CLAUSE_ENDS or r == "comma" for r in role[noun + 1 : lesion.start])
    return False


_BREAKS = frozenset(get_string_id(w) for w in (",", ".", ";", ":", "\n", "|"))


def _noun_after(lower: list[int], end: int, nouns: AbstractSet[int]) -> int | None:
    """The first of ``nouns`` within ``_NOUN_REACH`` tokens from ``end`` (the region noun of an echogenicity word
    ending there: "echogenic 7 mm focus", "hypoechoic solid area"), or None."""
    return next((j for j in range(end, min(end + _NOUN_REACH, len(lower))) if lower[j] in nouns), None)


def names_region(lower: list[int], end: int, nouns: AbstractSet[int]) -> bool:
    """An echogenicity word ending at ``end`` names a region: one of ``nouns`` follows within a few words, no
    punctuation between ("echo-free area", "hypoechoic solid zone")."""
    j = _noun_after(lower, end, nouns)
    return j is not None and _BREAKS.isdisjoint(lower[end:j])


def region_sentences(items: list[Item], lower: list[int], nouns: AbstractSet[int]) -> frozenset[int]:
    """The sentences that describe a region by its echogenicity, present or hedged (an echogenicity attribute with
    one of ``nouns`` within a few words, no punctuation between: "a hypoechoic zone 6 mm", "hypoechogenic area"), read
    before :func:`add_echo_areas` makes the region a lesion: the margin rules ask whether a contour word in an organ's
    sentence is such a region's margin (margins.py). Whether a named lesion holds the region does not matter there."""
    out: set[int] = set()
    for a in items:
        if a.kind != "attribute" or a.field != "Echogenicity" or a.status == "absent" or a.sent in out:
            continue
        if names_region(lower, a.end, nouns):
            out.add(a.sent)
    return frozenset(out)
