"""A bare "anastomosis" or "fistula" in a report of no dialysis access names another join, not the dialysis fistula:
"Main renal artery PSV 160 cm/s at the anastomosis" of a kidney transplant, "IVC anastomosis: patent" of a liver
graft, "No abscess or fistula" of a Crohn's bowel, "No fistula or pseudoaneurysm" of a penile Doppler.

The ontology names the dialysis fistula's join "anastomosis" and the access itself "fistula", and an organ named in a
negated statement was examined (guideline), so each such word labelled Dialysis fistula. But the word is the
fistula's only where the report is about an access: it names it otherwise ("left radiocephalic AVF", "perifistular
haematoma", "Cimino fistula"), or says what it serves ("on haemodialysis", "needling site", "Access:"). Where every
mention of the fistula is a bare word and no such cue stands in the text, the label is dropped (the findings, which
place the words' lesions themselves, are left as they were).
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
    for rec in evidence:
        if rec.site == fistula and text[rec.start_char : rec.end_char].casefold() not in _BARE:
            return  # "AVF", "arteriovenous fistula", "perifistular": the access itself
    if _ACCESS_CUES.search(text):
        return
    drop_organ_label(labels, *fields, fistula, system_of)
