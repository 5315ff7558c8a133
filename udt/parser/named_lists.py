"""A list of lesions named only by the generic word ("lesions") under a word that names their diagnosis takes that
diagnosis: "Liver metastases. Two hypoechoic lesions in segments IV (30 mm) and VII (18 mm)" is two metastases, and
so is the legend "Fig. 3 - Hepatic metastases. (A) Two target lesions in segments IV (30 mm) and VII (18 mm)".

The findings pass splits the plural generic word into one finding per listed size (findings.py ``_enumerate``),
each a copy of the first. Two ways the name was lost:

- the heading's named lesion (unsized, plural) stayed a finding of its own above the list, while the members kept
  the generic name: each member is a lesion the heading named, restated by a broader word, so the members take its
  concept and diagnosis (and announced_groups.py then drops the heading as a group described member by member);
- a legend's or summary's name was folded into the first member only (restated.py), leaving the others unnamed:
  the members share their lesion word's mention, so the others take the name the first one took. Only where the
  name was a plural word of its own that took the member in (its mention first): a member that took a singular name
  ("two lesions, 28 mm and 14 mm. FNA of the larger lesion: Warthin tumour") names that member alone.

Only lesion findings made from a plural word of one organ, present, qualify, and only members that are all sized
(a list of sizes: a lone "lesions" word after the heading may be another lesion, unnamed on purpose); a member that
names its own diagnosis ends the list. Gated on a generic plural finding: one pass over the findings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.parser.findings import _Draft


def name_listed_members(findings: list[_Draft], generic: str | None) -> None:
    """Give the unnamed members of a split list of ``generic`` lesions the name of the plural lesion word heading
    them (in place)."""
    if generic is None or not any(f.plural and f.concept == generic for f in findings):
        return  # (most reports hold no plural generic lesion word)
    named_by_mention: dict[int, _Draft] = {}  # a named plural lesion's mentions (a first member that took a name)
    for f in findings:
        if f.kind == "lesion" and f.plural and f.concept not in (None, generic) and f.status == "present":
            for mention in f.mentions:
                named_by_mention.setdefault(mention, f)
    for i, g in enumerate(findings):
        if not _unnamed_member(g, generic):
            continue
        namer = named_by_mention.get(g.mentions[0]) if g.mentions else None
        if namer is not None and namer.organ == g.organ and namer.size_mm and namer.mentions[0] != g.mentions[0]:
            _take_name(g, namer)
        elif i and _heads_list(findings[i - 1], generic) and (i < 2 or not _unnamed_member(findings[i - 2], generic)):
            members = _members(findings, i, generic)
            heading = findings[i - 1]
            if heading.organ != g.organ or (heading.group and heading.group != len(members)):
                continue
            if any(m.laterality not in (None, heading.laterality) for m in members) and \
                    heading.laterality not in (None, "bilateral"):
                continue
            for m in members:
                _take_name(m, heading)


def _unnamed_member(f: _Draft, generic: str) -> bool:
    return f.kind == "lesion" and f.plural and f.concept == generic and f.diagnosis is None and \
        f.status == "present" and bool(f.size_mm) and f.organ is not None


def _heads_list(g: _Draft, generic: str) -> bool:
    """An unsized named plural lesion ("Liver metastases."), which a list of generic members may describe."""
    return g.kind == "lesion" and g.plural and not g.size_mm and g.status == "present" and g.organ is not None and \
        g.concept not in (None, generic)


def _members(findings: list[_Draft], i: int, generic: str) -> list[_Draft]:
    """The run of unnamed sized members from ``i`` on, of one lesion word (they share its first mention)."""
    first = findings[i].mentions[0] if findings[i].mentions else None
    out = []
    for f in findings[i:]:
        if not _unnamed_member(f, generic) or not f.mentions or f.mentions[0] != first:
            break
        out.append(f)
    return out


def _take_name(member: _Draft, namer: _Draft) -> None:
    member.concept = namer.concept
    member.diagnosis = namer.diagnosis
