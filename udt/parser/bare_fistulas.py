"""A bare "anastomosis" or "fistula" in a report of no dialysis access names another join, not the dialysis fistula:
"Main renal artery PSV 160 cm/s at the anastomosis" of a kidney transplant, "IVC anastomosis: patent" of a liver
graft, "No abscess or fistula" of a Crohn's bowel, "No fistula or pseudoaneurysm" of a penile Doppler.

The ontology names the dialysis fistula's join "anastomosis" and the access itself "fistula", and an organ named in a
negated statement was examined (guideline), so each such word labelled Dialysis fistula. But the word is the
fistula's only where the report is about an access: it names it otherwise ("left radiocephalic AVF", "perifistular
haematoma", "Cimino fistula"), or says what it serves ("on haemodialysis", "needling site", "Access:"). Where every
mention of the fistula is a bare word and no such cue stands in the text, the label is dropped (the findings, which
place the words' lesions themselves, are left as they were).

A denied fistula is no access either, whatever its words: "No pseudoaneurysm or AV fistula" after a femoral puncture
for an angiogram rules out a complication of the puncture (an arteriovenous fistula between the punctured artery and
its vein), and a dialysis access is examined, never denied. So a denied mention counts as a bare word, and its own
letters ("no AVF") are no access cue, nor is the puncture's "femoral access" (the arterial route of a catheter, not a
dialysis access); the development corpora label no dialysis fistula in any such groin report.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from udt.parser.lazy_patterns import lazy_compile
from udt.parser.organ_labels import drop_organ_label

if TYPE_CHECKING:
    from udt.parser.record import MentionRecord

# The words that alone name the fistula or its join, as a report of another organ uses them too.
_BARE = frozenset(("anastomosis", "anastomoses", "anastomotic", "fistula", "fistulas", "fistulae"))
# What says a report is about a dialysis access (its purpose, its care, its parts beyond the join).
_ACCESS_CUES = lazy_compile(
    r"\b(?:h(?:a)?emodialysis|dialysis|hd|avf|avg|access|needling|cannulation|thrill|perifistular"
    r"|shunt|cimino|radio-?cephalic|brachio-?cephalic|brachio-?basilic|brachio-?axillary"
    # a fistula that narrows beside its join or matures is an access; a bowel fistula or a graft's join is not
    r"|juxta-?anastomotic|fistula\s+(?:stenosis|maturation|matured|maturing))\b",
    re.IGNORECASE,
)
# A denial whose list the mention ends ("No pseudoaneurysm or AV fistula", "no pseudoaneurysm/AVF"): the denial word
# opens the clause, and what follows it up to the mention is one finding's words joined by "or", "nor" or a slash.
_DENIAL_BEFORE = lazy_compile(
    r"(?:^|[.;:|\n(]\s*)(?:no|without|nor|negative\s+for)\s+(?:[\w-]+\s*)?(?:[\w-]+\s*)?(?:or|nor|/)\s*$",
    re.IGNORECASE,
)
# ... and the list ends with it ("... or AV fistula demonstrated."), the fistula no host of a lesion named after it
# ("no stenosis or AV fistula aneurysm": the access's own lesion denied).
_LIST_END_AFTER = lazy_compile(
    r"\s*(?:(?:is|was|are|were)\s+)?(?:seen|demonstrated|identified|detected|noted|present|shown)?\s*(?:[.;,|\n)]|$)",
    re.IGNORECASE,
)
# A catheter's arterial route, which a text about a puncture calls its "access" ("femoral access for PCI").
_ARTERIAL_ACCESS = lazy_compile(r"\b(?:trans)?(?:femoral|radial|arterial)\s+access\b", re.IGNORECASE)


def drop_bare_fistula(
    evidence: Sequence[MentionRecord],
    text: str,
    labels: dict[str, set[str]],
    fields: tuple[str, str],
    fistula: str,
    system_of: dict[str, str | None],
) -> None:
    """Drop the ``fistula`` organ label of ``labels`` (``fields``: the body-system and organ fields) where each
    mention that names it is a bare word and the text names no dialysis access, in place."""
    denied = []
    for rec in evidence:
        if rec.site != fistula:
            continue
        if rec.negated or (_DENIAL_BEFORE.search(text, max(0, rec.start_char - 60), rec.start_char)
                           and _LIST_END_AFTER.match(text, rec.end_char)):
            denied.append(rec)  # "No pseudoaneurysm or AV fistula": a complication ruled out
        elif text[rec.start_char : rec.end_char].casefold() not in _BARE:
            return  # "AVF", "arteriovenous fistula", "perifistular": the access itself
    for rec in denied:  # (the denial's own letters are no cue: "No pseudoaneurysm/AVF")
        text = text[: rec.start_char] + " " * (rec.end_char - rec.start_char) + text[rec.end_char :]
    if denied:
        text = _ARTERIAL_ACCESS.sub(lambda m: " " * len(m.group(0)), text)
    if _ACCESS_CUES.search(text):
        return
    drop_organ_label(labels, *fields, fistula, system_of)
