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
Linear in the tokens of a report that holds a pronoun (one C-level test for the others).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import compress
from typing import TYPE_CHECKING

from udt.parser.findings import new_item

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    from udt.parser.findings import Item

_SIZE_REACH = 6  # tokens from the pronoun to its size ("the lower one is spongiform, 6 mm")
_ANOTHER_REACH = 2  # "another 1.4 cm", "another, 9 mm"
_PREMODIFIER_REACH = 3  # tokens from a size to the lesion word it pre-modifies ("8 mm simple cyst")
_ANTECEDENT_REACH = 60  # tokens back to the lesion the pronoun stands for (the sentence before, at most a few)


def add_pronoun_lesions(items: list[Item], lower: list[int], role: list[str | None], pronouns: AbstractSet[int],
                        another: AbstractSet[int]) -> None:
    """Insert a lesion item for each pronoun that stands for a lesion (see module docstring) into ``items`` (in
    token order, kept so). ``pronouns`` are the word ids of the pronouns, ``another`` those read only right before
    a size."""
    if pronouns.isdisjoint(lower):
        return  # no pronoun in the report (most reports): one C-level test
    lesions = [it for it in items if it.kind == "lesion" and it.status != "absent" and not it.merged]
    if not lesions:
        return
    starts = [it.start for it in items]
    added: list[Item] = []
    moved: set[int] = set()  # (ids of) group items whose mention a pronoun carries
    li = 0
    antecedent: Item | None = None
    first_read = False  # a pronoun after the current antecedent was read already
    for j in compress(range(len(lower)), map(pronouns.__contains__, lower)):
        while li < len(lesions) and lesions[li].end <= j:
            antecedent, li, first_read = lesions[li], li + 1, False
        if antecedent is None or j - antecedent.end > _ANTECEDENT_REACH:
            continue
        if j > 0 and role[j - 1] == "colon":
            continue  # "Aneurysmal segments: one, 14 mm": a count, the answer to its key
        size = _size_after(items, starts, j, _ANOTHER_REACH if lower[j] in another else _SIZE_REACH, role)
        if size is None:
            continue
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
        added.append(lesion)
    for lesion in reversed(added):
        items.insert(bisect_right(starts, lesion.start), lesion)
    if moved:
        items[:] = [it for it in items if id(it) not in moved]


def _size_after(items: list[Item], starts: list[int], j: int, reach: int, role: list[str | None]) -> Item | None:
    """The size that starts within ``reach`` tokens after the pronoun at token ``j`` with only descriptors, commas
    and measuring words between ("the lower one is spongiform, 6 mm"; "a second one of 9 mm"), or None: a noun
    after the pronoun makes it a count ("one thin septation in a 3 cm cyst", "one 8 mm cyst")."""
    described: set[int] = set()
    for it in items[bisect_right(starts, j) :]:
        if it.start - j > reach + 1 or it.kind not in ("attribute", "size"):
            return None
        if it.kind == "size":
            free = (t for t in range(j + 1, it.start) if t not in described)
            if not all(role[t] == "comma" or role[t] == "measure" for t in free):
                return None
            return None if _premodifies_a_lesion(items, starts, it) else it
        described.update(range(it.start, it.end))
    return None


def _premodifies_a_lesion(items: list[Item], starts: list[int], size: Item) -> bool:
    """A lesion word follows the size across descriptors only ("another 8 mm cyst", "one 8 mm simple cyst"): the
    pronoun word is a determiner of that lesion."""
    for it in items[bisect_right(starts, size.start) :]:
        if it.start - size.end > _PREMODIFIER_REACH or it.sent != size.sent:
            return False  # (a lesion word of the next sentence: "left lobe one 8 mm. Neck nodes normal")
        if it.kind != "attribute":
            return it.kind == "lesion"
    return False
