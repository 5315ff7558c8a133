"""A pronoun that stands for a lesion just named and gives it a size of its own ("a 2 cm fibroid on the front wall
and a smaller one, 11 mm, at the back"; "SOL 2.3 cm in segment IVa; another 1.4 cm in segment VI"; "2 nodules. The
upper one is solid, 14 mm. The lower one ..., 6 mm"): another lesion of the same kind, with that size.

A pronoun word (``termset.LESION_PRONOUNS``) is read as a lesion when a size follows it in its clause (within
``_SIZE_REACH`` tokens, "another" right after it) with only descriptors, commas and measuring words between ("one 8
mm cyst", "one thin septation in a 3 cm cyst", "another scan" are counts and other nouns; "Segments: one, 14 mm"
answers a key), and a lesion was named shortly before it (the antecedent: within ``_ANTECEDENT_REACH`` tokens, not
denied). The first pronoun after a group named without a size ("two nodules ... the upper one, 14 mm") is one of
the group: in the group's sentence it takes the group's mention (the group is that one, with the size after it); in
a later sentence it refers back to the group's finding (``anaphoric``). Each further pronoun is a lesion of its own.
An ordinal right after a determiner ("The first is 14 mm. The second, 6 mm") is such a pronoun too; after another
word it names a part ("the lower third, of 19 mm"). A group pronoun or count word (``termset.GROUP_PRONOUNS``:
"smaller ones up to 1 cm", "L: several, up to 4 mm") is read the same way, as a group (plural) lesion whose size
is its largest; words of a range ("up to", "ranging from 4 to") may stand before its size. After a colon a pronoun
is a count that answers its key when the lesion it would stand for is named in the same sentence ("Aneurysmal
segments: one, 14 mm"), not when it was named before ("Thyroid nodules. R: one, 6 mm. L: several, up to 4 mm");
a word never a count ("ditto") is a lesion after a colon too ("- 10 o'clock: 6 mm cyst" / "- 8 o'clock: ditto, 4 mm").
"Others:" or "The rest:" before a colon lists the rest of a group, one member a clause (listed_others.py).
A pronoun right after a size that an indefinite article opens ("a 19 mm cystic node with a 12 mm one just below
it") is a further lesion of the kind named before it in its sentence, sized by that size as a lesion word is; "the
12 mm one" points back to a lesion named before, and gives none.

A pronoun that opens or continues the list of members of a group named before it (a plural lesion word, or an
abbreviation counted in words, "two well defined SOL"; no other lesion and no size between) may stand further from
its size, across the place that member lies in: "two fibroids in the myometrium - one in the anterior wall
measuring 3.4 cm and another in the fundus, 2.1 cm"; "two nodules. The first lies at the upper pole and measures
14 mm"; so may one after the group's largest measured alone ("multiple masses: the largest is intramural and
measures 6.2 cm; a submucous one in the posterior wall measures 3.1 cm"); so may one after a first member named by
the group's own word ("three fibroids: a submucous fibroid 6 cm,
an intramural one in the posterior wall measuring 3.9 cm"). Only such a member's words may be "the other"
(``termset.MEMBER_PRONOUNS``); elsewhere "other" qualifies a noun ("the other kidney").

Linear in the tokens of a report that holds a pronoun (one C-level test for the others).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import compress
from typing import TYPE_CHECKING, NamedTuple

from udt.parser.contrast_pronouns import is_contrastive
from udt.parser.findings import insert_in_token_order, new_item
from udt.parser.listed_others import listed_member_sizes

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    from udt.parser.findings import Item

_SIZE_REACH = 6  # tokens from the pronoun to its size ("the lower one is spongiform, 6 mm")
_ANOTHER_REACH = 2  # "another 1.4 cm", "another, 9 mm"
_PREMODIFIER_REACH = 3  # tokens from a size to the lesion word it pre-modifies ("8 mm simple cyst")
# Roles that end a size's noun phrase: a lesion word after one is the content or the place of the lesion measured, no
# lesion the size pre-modifies ("One in the right lobe measuring 7 cm with multiple daughter cysts"). (Not a bracket:
# a grade in brackets after the size, "one thin septum, 32 mm (Bosniak II)", still tells a count from a pronoun.)
_PHRASE_ENDS = frozenset({"link", "sep", "sep_strong", "colon"})
_ANTECEDENT_REACH = 60  # tokens back to the lesion the pronoun stands for (the sentence before, at most a few)
_MEMBER_REACH = 10  # tokens from a group member's pronoun to its size across its place ("one in the fundus, 21 mm")
_PLACES = ("anatomy", "landmark", "ignored")
_CLAUSE_ENDS = ("sep", "sep_strong", "colon")  # items that place a member ("in the anterior wall", "at 2 o'clock")


class PronounWords(NamedTuple):
    """The word ids the pronoun rules read (from ``termset``)."""

    pronouns: AbstractSet[int]  # every word that may stand for a lesion (LESION_, GROUP_ and ORDINAL_PRONOUNS)
    another: AbstractSet[int]  # those read only right before their size
    groups: AbstractSet[int]  # those that stand for a group
    ranges: AbstractSet[int]  # words of a range that may stand before the size ("up to")
    ordinals: AbstractSet[int]  # those read only right after a determiner
    determiners: AbstractSet[int]
    members_only: AbstractSet[int] = frozenset()  # those read only as a member of a group just named ("the other")
    contrast: AbstractSet[int] = frozenset()  # those that set a further lesion against one measured ("another")
    # words that make "one" after them contrast so ("a smaller one", "2nd one": contrast_pronouns.py)
    contrast_modifiers: AbstractSet[int] = frozenset()
    # nouns read as such a pronoun only right after a contrast modifier ("second candidate", "smaller loculus")
    stand_ins: AbstractSet[int] = frozenset()
    # words read as such a pronoun only right after one of ``one_more_determiners`` ("one more 1,1 cm")
    one_mores: AbstractSet[int] = frozenset()
    one_more_determiners: AbstractSet[int] = frozenset()
    uncounted: AbstractSet[int] = frozenset()  # those never a count, read after a key's colon too ("8 o'clock: ditto")
    # words that list the rest of a group after their colon ("Others: intramural 3 cm; subserosal 2 cm":
    # listed_others.py), read only so; of them, those read only before a colon ("rest")
    listed: AbstractSet[int] = frozenset()
    listed_only: AbstractSet[int] = frozenset()
    # the indefinite articles before a size that a pronoun ends ("with a 12 mm one just below it")
    indefinite: AbstractSet[int] = frozenset()
    # words of likeness that may stand between the pronoun and its size ("A second similar, 3 mm, on the same
    # wall": the likeness says it is of the kind just named, as the pronoun does)
    likening: AbstractSet[int] = frozenset()


def add_pronoun_lesions(items: list[Item], lower: list[int], role: list[str | None], side: list[str | None],
                        words: PronounWords, present: AbstractSet[int] | None = None,
                        sited_fluids: AbstractSet[str] = frozenset()) -> None:
    """Insert a lesion item for each pronoun that stands for a lesion (see module docstring) into ``items`` (in
    token order, kept so); ``role`` and ``side`` are each token's clause role and side (``Words``);
    ``sited_fluids`` the fluids whose name is their place (ascites, a pleural effusion), whose further "pocket" is
    a place of the same fluid (fluid_depths.py), not a stand-in."""
    pronouns, another, groups = words.pronouns, words.another, words.groups
    ranges = words.ranges | words.likening  # (the words that may stand before the size: _size_after)
    if pronouns.isdisjoint(lower if present is None else present):
        return  # no pronoun in the report (most reports): one C-level test (``present``: its distinct words)
    lesions = [it for it in items if it.kind == "lesion" and it.status != "absent" and not it.merged]
    if not lesions:
        return
    starts = [it.start for it in items]
    added: list[Item] = []
    moved: set[int] = set()  # (ids of) group items whose mention a pronoun carries
    li = 0
    antecedent: Item | None = None
    first_read = False  # a pronoun after the current antecedent was read already
    listing: Item | None = None  # the group whose members the pronouns read last were
    for j in compress(range(len(lower)), map(pronouns.__contains__, lower)):
        while li < len(lesions) and lesions[li].end <= j:
            antecedent, li, first_read, listing = lesions[li], li + 1, False, None
        if antecedent is None or j - antecedent.end > _ANTECEDENT_REACH:
            continue
        if lower[j] in words.listed and j + 1 < len(lower) and role[j + 1] == "colon":
            for k, member_size in listed_member_sizes(items, starts, j, role):  # "Others: intramural 3 cm; ..."
                lesion = new_item("lesion", k, k + 1, member_size.sent, -1, antecedent.field, antecedent.value,
                                  antecedent.concept, antecedent.status)
                lesion.organ, lesion.system, lesion.pronoun = antecedent.organ, antecedent.system, True
                added.append(lesion)
            first_read = True
            continue
        if lower[j] in words.listed_only:
            continue  # ("rest" before no colon: "the rest of the liver")
        if (before := _indefinite_size_before(items, starts, j, lower, words.indefinite)) is not None:
            # "a 19 mm cystic node with a 12 mm one just below it": a further lesion of the kind, its size before it
            if before.sent == antecedent.sent and lower[j] not in groups:
                # (not marked a pronoun: its size pre-modifies it as it does a lesion word, "a 12 mm cyst")
                lesion = new_item("lesion", j, j + 1, before.sent, -1, antecedent.field, antecedent.value,
                                  antecedent.concept, antecedent.status)
                lesion.organ, lesion.system = antecedent.organ, antecedent.system
                added.append(lesion)
                first_read = True
            continue
        if lower[j] in words.ordinals and (j == 0 or lower[j - 1] not in words.determiners):
            continue  # "the lower third, 19 mm": a part, not "the third, 19 mm"
        if lower[j] in words.stand_ins and (not _after_contrast(lower, role, j, words.contrast_modifiers)
                                            or antecedent.concept in sited_fluids):
            continue  # "the largest loculus 20 mm": a part of the lesion, not "a smaller loculus 12 mm"; "ascites,
            # deepest pocket 45 mm, a second pocket 30 mm": one fluid measured in two places
        if lower[j] in words.one_mores and (j == 0 or lower[j - 1] not in words.one_more_determiners):
            continue  # "more echogenic", "no more than 5 mm": a comparison, not "one more 1,1 cm"
        group = lower[j] in groups
        # A member of a group named before it may be placed before its size ("two fibroids - one in the anterior
        # wall measuring 3.4 cm and another in the fundus 2.1 cm").
        member = antecedent.plural and not group and (
            listing is antecedent if first_read else _member_after(items, starts, antecedent, j)
            or _after_largest(items, starts, antecedent, j, role))
        # ... also after a first member named with the group's own word ("three fibroids: a submucous fibroid 6.4
        # cm, an intramural one in the posterior wall measuring 3.9 cm")
        member = member or (not group and li >= 2 and _named_member(lesions[li - 2], antecedent))
        # "a cyst of 3,2 cm and another of the mid third with 1,1 cm": placed before its size as a member is
        # (contrast_pronouns.py).
        contrasted = not group and not member and is_contrastive(items, starts, lower, j, antecedent,
                                                                  words.contrast, pronouns, words.contrast_modifiers)
        member = member or contrasted
        if not member and lower[j] in words.members_only:
            continue  # ("the other kidney is normal")
        reach = _MEMBER_REACH if member else _ANOTHER_REACH if lower[j] in another else _SIZE_REACH
        size = _size_after(items, starts, j, reach, role, lower, ranges, described_ok=not group,
                           determiners=words.determiners if member else frozenset(), ordinals=words.ordinals)
        if size is None:
            continue
        listing = antecedent if member else None
        if j > 1 and role[j - 1] == "colon" and (size.sent == antecedent.sent or side[j - 2] is None) and \
                lower[j] not in words.uncounted:
            continue  # "Aneurysmal segments: one, 14 mm", "Mesenteric nodes: few, up to 9 mm": the key's count
        one_of_group = not first_read and antecedent.plural and not any(
            it.kind == "size" for it in items[bisect_right(starts, antecedent.end - 1) : bisect_left(starts, j)])
        first_read = True
        same_sentence_group = one_of_group and size.sent == antecedent.sent
        # "two cysts, one of 12 mm and one of 7 mm": the first pronoun carries the group's own mention (the group
        # word is read there, so that the size after the pronoun is the group's, as after "the larger").
        lesion = new_item("lesion", j, j + 1, size.sent, antecedent.index if same_sentence_group else -1,
                          antecedent.field, antecedent.value, antecedent.concept, antecedent.status)
        lesion.organ, lesion.system = antecedent.organ, antecedent.system
        if same_sentence_group:
            lesion.extra = antecedent.extra
            moved.add(id(antecedent))
        lesion.anaphoric = one_of_group and not same_sentence_group  # "2 nodules. The upper one ..., 14 mm"
        lesion.pronoun = True
        lesion.plural = group  # "smaller ones up to 1 cm": a group, its size the largest
        added.append(lesion)
    insert_in_token_order(items, added)
    if moved:
        items[:] = [it for it in items if id(it) not in moved]


def _indefinite_size_before(items: list[Item], starts: list[int], j: int, lower: list[int],
                            indefinite: AbstractSet[int]) -> Item | None:
    """The size right before the pronoun at token ``j`` that an indefinite article opens ("a 12 mm one"), or None
    ("the 12 mm one" points back to a lesion named before: no further one)."""
    k = bisect_left(starts, j) - 1
    size = items[k] if k >= 0 else None
    if size is None or size.kind != "size" or size.end != j or size.start == 0:
        return None
    return size if lower[size.start - 1] in indefinite else None


def _after_contrast(lower: list[int], role: list[str | None], j: int, modifiers: AbstractSet[int]) -> bool:
    """Whether the stand-in noun at token ``j`` follows a contrast modifier, right before it or across one plain
    word that qualifies the noun ("a smaller loculus 12 mm"; "two smaller satellite pockets of 9 and 12 mm")."""
    return (j > 0 and lower[j - 1] in modifiers) or (j > 1 and lower[j - 2] in modifiers and role[j - 1] is None)


def _named_member(group: Item, first: Item) -> bool:
    """Whether the singular lesion ``first`` is the first member of the plural ``group`` named just before it in
    its sentence by the group's own diagnosis ("three fibroids: a submucous fibroid ...")."""
    return group.plural and not first.plural and first.sent == group.sent and first.value is not None \
        and first.value == group.value and group.status == first.status


def _member_after(items: list[Item], starts: list[int], group: Item, j: int) -> bool:
    """Whether the pronoun at token ``j`` follows the plural ``group`` with no other lesion and no size between
    (places may stand there: "two fibroids in the myometrium - one ..."; "two nodules. The first lies ..."): the
    pronoun opens the group's list of members."""
    return all(it.kind not in ("lesion", "size") for it in items[bisect_right(starts, group.start) :
                                                                  bisect_left(starts, j)])


def _after_largest(items: list[Item], starts: list[int], group: Item, j: int, role: list[str | None]) -> bool:
    """Whether the pronoun at token ``j`` follows the plural ``group`` whose largest member alone was measured
    between them ("multiple masses: the largest is intramural and measures 6.2 cm; a submucous one ... 3.1 cm"):
    no other lesion and one size there, a "largest" word before it. The group's size is its largest; the pronoun
    names a further member, placed before its size as the first member would be."""
    between = items[bisect_right(starts, group.start) : bisect_left(starts, j)]
    sizes = [it for it in between if it.kind == "size"]
    nxt = bisect_left(starts, j)
    return len(sizes) == 1 and all(it.kind != "lesion" for it in between) \
        and "largest" in role[group.end : sizes[0].start] \
        and nxt < len(items) and items[nxt].sent == group.sent  # (in the group's own sentence)


def _size_after(items: list[Item], starts: list[int], j: int, reach: int, role: list[str | None],
                lower: list[int], ranges: AbstractSet[int], described_ok: bool = True,
                determiners: AbstractSet[int] = frozenset(), ordinals: AbstractSet[int] = frozenset()) -> Item | None:
    """The size that starts within ``reach`` tokens after the pronoun at token ``j`` with only descriptors, commas,
    measuring words and words of a range or of likeness (``ranges``) between ("the lower one is spongiform, 6 mm"; "a
    second one of 9 mm"; "smaller ones up to 1 cm"; "a second similar, 3 mm"), or None: a noun after the pronoun
    makes it a count ("one thin septation in a 3 cm cyst", "one 8 mm cyst"). A count word takes no descriptor ("a few
    thin septa, 3.5 cm": a determiner; ``described_ok`` False)."""
    described: set[int] = set()
    placed = bool(determiners)  # (a group's member: its place may stand before its size)
    for it in items[bisect_right(starts, j) :]:
        if it.start - j > reach + 1 or (it.kind not in ("attribute", "size") and not (placed and it.kind in _PLACES)):
            return None
        if it.kind == "size":
            free = (t for t in range(j + 1, it.start) if t not in described)
            if placed:
                # A member's place is words of any kind up to its size, in its clause ("one in the anterior wall
                # measuring", "the first lies at the upper pole and measures"): no other clause's separator.
                # An ordinal after another word names a part there ("another of the mid third with 1,1 cm").
                if any(role[t] in _CLAUSE_ENDS and role[t + 1] != "measure"
                       and not (lower[t] in ordinals and lower[t - 1] not in determiners) for t in free):
                    return None
            elif not all(role[t] == "comma" or role[t] == "measure" or lower[t] in ranges for t in free):
                return None
            return None if _premodifies_a_lesion(items, starts, it, role) else it
        if not described_ok and it.kind == "attribute":
            return None
        described.update(range(it.start, it.end))
    return None


def _premodifies_a_lesion(items: list[Item], starts: list[int], size: Item, role: list[str | None]) -> bool:
    """A lesion word follows the size across descriptors and places only ("another 8 mm cyst", "one 8 mm simple
    cyst", "another 2 cm subcapsular haematoma"): the pronoun word is a determiner of that lesion."""
    for it in items[bisect_right(starts, size.start) :]:
        if it.start - size.end > _PREMODIFIER_REACH or it.sent != size.sent:
            return False  # (a lesion word of the next sentence: "left lobe one 8 mm. Neck nodes normal")
        if it.kind not in ("attribute", "anatomy"):  # (a layer before the noun: "a second, 3 cm subfascial
            # collection", "another 2 cm subcapsular haematoma")
            return it.kind == "lesion" and _PHRASE_ENDS.isdisjoint(role[size.end : it.start])
    return False
