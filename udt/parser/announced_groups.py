"""A group announced without a size and then described member by member is its members: "the right lobe contains 2
nodules. The upper pole nodule is solid, 19 mm. The lower one is cystic, 8 mm" gives two nodules, not a third
unsized entry for "2 nodules" (the corpus guideline: lesions each given their own size are one entry each; a group
is one entry only when given with its largest).

A lesion finding made from a plural lesion word announced with its count ("2 nodules", "two small cysts":
:func:`announced_count`, kept as ``_Draft.group``) that has no size is dropped when the lesion findings right after
it are that many, all of its organ and diagnosis and all sized: those are its members, which take its mentions (the
first) and its side where they state none. A group with no count ("Multiple nodules are seen in both lobes. Right
lobe: nodule 21 mm ... Left lobe: nodule 9 mm ...", "known nodules, in control" above a table of nodules) is dropped
the same way when the lesion findings right after it, up to the next of another organ or diagnosis (or of a side
other than its own), are all sized: each member given its own size is an entry (the corpus guideline), and the
unsized plural then names no lesion of its own ("Adenopathies / Lymph nodes: left level IV node 14 x 7 mm"; "known
cysts" in the history above the measured ones). A group followed by an unsized lesion of its kind stays, as the
members described are then not all it holds; an uncounted group's side is not lent to its members ("nodules in
both lobes ... isthmus nodule 6 mm"). One pass over the findings.

A field's count after the colon announces the group as a count before the word does ("Para-aortic lymph nodes: two,
measuring 1.8 cm and 1.3 cm": :func:`count_after_colon`): forms and dictated reports name the field and then count
what they found. A digit there counts only where a clause break follows it ("Nodes: 2, ..."), not a unit or a
dimension ("Nodes: 2 cm", "2 x 1 cm" is a size).
"""

from __future__ import annotations

import re
from operator import attrgetter
from typing import TYPE_CHECKING

from udt.parser.lazy_patterns import lazy_compile

if TYPE_CHECKING:
    from udt.parser.findings import _Draft

_COUNTS = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
# A count right before the plural lesion word, across up to four descriptors ("2 nodules", "two small simple cysts",
# "two additional rounded level III nodes": a node level is two words).
_COUNT_BEFORE = lazy_compile(r"\b(two|three|four|[234])\s+(?:[a-z-]+\s+){0,4}$", re.IGNORECASE)
# A count right after the field's colon: a word, or a digit a clause break follows ("nodes: two, measuring ...").
_COUNT_AFTER = lazy_compile(r"[ \t]*:[ \t]*(?:(two|three|four)\b|([234])[ \t]*(?=[,;(\n]))", re.IGNORECASE)
_PLURAL = attrgetter("plural")
_WINDOW = 40  # characters before the lesion word the count and its descriptors may span


def announced_count(text: str, start: int, spelled: bool = False) -> int:
    """The count a plural lesion word starting at character ``start`` of ``text`` is announced with, else 0; with
    ``spelled``, only a count in words ("two well defined SOL": a lesion word whose plural is itself; a digit before
    a singular word is rather a size's, "a 3 mm simple cyst")."""
    if spelled:
        # (most lesion words ending in "is" have no count word before them: three C-level tests, no regex search)
        low = text[max(0, start - _WINDOW) : start].lower()
        if "two" not in low and "three" not in low and "four" not in low:
            return 0
    m = _COUNT_BEFORE.search(text, max(0, start - _WINDOW), start)
    if m is None or (spelled and m.group(1).isdigit()):
        return 0
    return _COUNTS[m.group(1).casefold()]


def count_after_colon(text: str, end: int) -> int:
    """The count written right after the colon that follows a plural word ending at character ``end`` of ``text``,
    else 0."""
    m = _COUNT_AFTER.match(text, end)
    if m is None:
        return 0
    return _COUNTS[(m.group(1) or m.group(2)).casefold()]


def drop_described_groups(findings: list[_Draft]) -> list[_Draft]:
    """``findings`` without the unsized groups whose members are described one by one right after them."""
    if not any(map(_PLURAL, findings)):
        return findings  # (most reports hold no plural lesion word: one C-level pass before the loop)
    dropped: set[int] = set()
    for i, g in enumerate(findings):
        if g.kind != "lesion" or not g.plural or g.size_mm or g.status != "present" or g.organ is None:
            continue
        members: list[_Draft] = []
        for f in findings[i + 1 :]:
            if f.kind != "lesion":
                continue  # (an organ's own measurement between: "The right lobe measures 48 mm")
            if f.organ != g.organ or f.diagnosis != g.diagnosis or f.status != "present":
                break
            if not g.group and g.laterality not in (None, "bilateral", f.laterality) and f.laterality is not None:
                break  # ("left: two stones, 8 and 3 mm. Right: 9 mm calculus": not the left group's member)
            members.append(f)
        if not members or len(members) != (g.group or len(members)) or not all(m.size_mm for m in members):
            continue  # (a counted group needs that many members; an uncounted one, any)
        dropped.add(i)
        members[0].absorb(g.mentions)
        if not g.group:
            continue  # (an uncounted group's side is no member's)
        for m in members:
            if m.laterality is None and g.laterality is not None:
                m.laterality = g.laterality  # "the rt lobe contains 2 nodules. the upper pole nodule ..."
    return [f for i, f in enumerate(findings) if i not in dropped] if dropped else findings
