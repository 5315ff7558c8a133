"""A labelling convention, on by default since stop 35: free fluid labels the body space it lies in (the
``udt_findings`` setting ``fluid_space_labels``; ``ReportParser(fluid_space_labels=False)`` and
``udt parse --no-fluid-space-labels`` switch it off).

The corpus guideline labels ascites and fluid in Morison's pouch with the peritoneum and is silent on "a little free
fluid in the pouch of Douglas" and "no free fluid". Annotators split on them. Our first corpora, written by people who
knew the parser, gave such fluid no organ; every blind writer since stop 24 labels the peritoneum for any free fluid
in the abdomen or pelvis, present or denied, as the guideline does for "no pleural effusion" (the organ of a denied
finding was examined). Decided on the development corpora (paired over their 5,053 reports, stop 35: present-label F1
+0.002 [+0.001, +0.003], Organ +0.004 [+0.002, +0.005]; the blind files gain, the early ones lose), the convention
became the default. The findings file such fluid under its space either way (loose_fluid.py); the setting decides
whether the labels follow:

- a free-fluid finding that nothing placed, filed under its space (``udt:unplacedSite``: the peritoneal cavity, for a
  child its paediatric counterpart), labels that space's organ and body system;
- denied free fluid in a findings sentence that names no organ ("No free fluid.", "Free fluid: none") labels the
  space examined, as "no ascites" does.

The same holds for fluid its sentence places in one of the space's recesses, named by any fluid word ("POD: trace
fluid", "small effusion of the Douglas pouch, 10 mm", "no fluid in the pouch of Douglas", "Douglas: no effusion"):
new writers, translated reports above all, seldom write "free"; the recess is a landmark (it labels nothing of its
own), so the space is labelled from the fluid:

- a fluid finding filed under the space whose sentence names a recess of it;
- denied fluid in a sentence naming a recess of the space.

Fluid that its sentence places elsewhere ("free fluid in the left knee joint", "around the gallbladder") keeps that
organ and labels no space. The functions read the findings and the mentions once each.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from operator import attrgetter
from typing import TYPE_CHECKING

from udt.parser import termset as ts

if TYPE_CHECKING:
    from udt.parser.findings import Item
    from udt.parser.record import MentionRecord
    from udt.parser.schema import Finding

_CONCEPT = attrgetter("concept")


def placed_in_space(findings: Iterable[Finding], space_organs: Mapping[str, frozenset[str]]) -> set[str]:
    """The labels (keys of ``space_organs``: free fluid's concept labels) of the findings filed under their own space
    (``space_organs[label]``: the space's organ, adult and paediatric)."""
    return {f.concept for f in findings if f.kind == "lesion" and f.concept is not None
            and f.concept in space_organs and f.organ in space_organs[f.concept]}


def denied_unplaced(evidence: Sequence[MentionRecord], diagnosis_field: str, labels: Mapping[str, object],
                    sent_starts: list[int], strong_sites: Mapping[int, set[str]]) -> set[str]:
    """The concept labels (keys of ``labels``) of free fluid denied in a findings sentence that names no organ."""
    out: set[str] = set()
    # Only a mention of free fluid (a key of ``labels``) may add one: most reports name none, and one C-level pass
    # over the mentions' concepts spares the Python loop below.
    if labels.keys().isdisjoint(map(_CONCEPT, evidence)):
        return out
    for rec in evidence:
        if rec.field != diagnosis_field or rec.status != "absent" or rec.concept is None \
                or rec.concept not in labels or rec.historical \
                or rec.hypothetical or rec.section in ts.NON_FINDING_SECTIONS:
            continue
        sent = bisect_right(sent_starts, rec.start) - 1
        if not strong_sites.get(sent):
            out.add(rec.concept)
    return out


def recess_sentences(items: Iterable[Item], organs: frozenset[str]) -> set[int]:
    """The sentences naming a recess of a space: a landmark (it labels nothing of its own) filed under one of the
    spaces' ``organs`` ("pouch of Douglas", "POD"), or the space itself, which settling leaves as no site where its
    sentence holds no lesion ("No effusion of the peritoneal cavity", "no fluid in the peritoneum": translated
    writers' denial names the space, not "free fluid")."""
    return {it.sent for it in items if it.kind in ("landmark", "ignored") and it.organ in organs}


def denied_in_region(evidence: Iterable[MentionRecord], items: list[Item], diagnosis_field: str, fluid_value: str,
                     systems: frozenset[str], sent_starts: list[int], strong_sites: Mapping[int, set[str]]) -> bool:
    """Fluid (a mention rolling up to ``fluid_value``) denied in a findings sentence naming no organ, in a bare
    region word of the spaces' body ``systems`` after it ("No fluid in abdomen", "no fluid in the abdomen"): the
    fluid an abdomen holds is the space's. Not a region before the fluid ("no retroperitoneal haematoma", "my
    abdominal US: ... no pericholecystic fluid": the study or the haematoma's own space), nor a region keying its
    line ("RUQ: no collection": where the writer looked)."""
    regions = [(it.sent, it.start) for it in items
               if it.kind == "anatomy" and it.organ is None and not it.heading and it.system in systems]
    if not regions:
        return False
    for rec in evidence:
        if rec.field == diagnosis_field and rec.status == "absent" and rec.value == fluid_value \
                and not rec.historical and not rec.hypothetical and rec.section not in ts.NON_FINDING_SECTIONS:
            sent = bisect_right(sent_starts, rec.start) - 1
            if not strong_sites.get(sent) and any(s == sent and start > rec.start for s, start in regions):
                return True
    return False


def fluid_in_recess(findings: Iterable[Finding], evidence: list[MentionRecord], fluid_value: str,
                    organs: frozenset[str], sent_starts: list[int], recess_sents: set[int]) -> bool:
    """A fluid finding (diagnosis ``fluid_value``) filed under a space (``organs``) whose lesion word's sentence
    names a recess of it ("POD: trace fluid"): not one the space took in for lying beside the bowel."""
    for f in findings:
        if f.kind == "lesion" and f.diagnosis == fluid_value and f.organ in organs and f.mentions:
            start = evidence[f.mentions[0]].start
            if bisect_right(sent_starts, start) - 1 in recess_sents:
                return True
    return False


def denied_in_recess(evidence: Iterable[MentionRecord], diagnosis_field: str, fluid_value: str,
                     sent_starts: list[int], recess_sents: set[int]) -> bool:
    """Fluid (a mention rolling up to ``fluid_value``) denied in a findings sentence naming a recess of a space ("no
    fluid in the pouch of Douglas", "POD fluid: nil")."""
    for rec in evidence:
        if rec.field == diagnosis_field and rec.status == "absent" and rec.value == fluid_value \
                and not rec.historical and not rec.hypothetical and rec.section not in ts.NON_FINDING_SECTIONS \
                and bisect_right(sent_starts, rec.start) - 1 in recess_sents:
            return True
    return False
