"""A lesion written as being like the one before ("A second, 16 mm lesion of identical appearance in segment V",
"deuxième collection de 25 mm, même aspect") is of that lesion's kind: it takes its diagnosis where its own words
name none (the generic "lesion", "focus"), and both are the same organ's; one that no organ places takes that
lesion's organ too.

Without this the second lesion kept no diagnosis, so a later restatement of the kind ("Final diagnosis: hepatic
haemangiomas") stood for it. The cue is a word of likeness before a word of look ("identical appearance", "same
aspect", "similar features") in the lesion's own sentence, after its first evidence and before the next lesion's
words; the lesion before is the nearest lesion written before it. Runs on the finished report, once per lesion that
has no diagnosis, in a report with two lesions or more.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from udt.parser.anchored_lesions import LesionStretches
from udt.parser.lazy_patterns import lazy_compile
from udt.parser.schema import Finding, Mention

# A word of likeness then a word of look, in English and the Romance languages the corpora write.
_ALIKE = lazy_compile(
    r"\b(?:identical|same|similar|m[êe]me|mismo|mesmo|medesimo|stesso)\s+"
    r"(?:appearance|aspect|features|characteristics|morphology|aspecto|apar[iê]ncia|caract[ée]ristiques|aspetto)\b",
    re.IGNORECASE,
)


def give_alike_diagnoses(text: str, findings: list[Finding], mentions: Sequence[Mention],
                         stretches: LesionStretches | None = None) -> None:
    """Give each lesion without a diagnosis whose sentence calls it like the lesion before the diagnosis of that
    lesion, where the two share the organ (see the module docstring); ``findings`` are changed in place.
    ``stretches``: the lesions' stretches of these findings and mentions if already worked out
    (anchored_lesions.place_anchored_lesions returns them)."""
    lesions = [k for k, f in enumerate(findings) if f.kind == "lesion"]
    if len(lesions) < 2 or all(findings[k].diagnosis is not None for k in lesions):
        return
    if stretches is None:
        stretches = LesionStretches(text, findings, mentions, lesions)
    placed = stretches.placed
    for pos, (start, k) in enumerate(placed):
        f = findings[k]
        if pos == 0 or f.diagnosis is not None:
            continue
        # (the lesion's own stretch: its sentence, up to the words of another lesion written after it)
        if _ALIKE.search(text, start, stretches.end(start, k)) is None:
            continue
        before = findings[placed[pos - 1][1]]
        if f.organ is None and before.organ is not None and before.kind == "lesion":
            # "LEFT LUMBAR REGION: second image of similar characteristics, of 12 mm" after a lipoma of the right
            # scapular region: a heading no organ files leaves the lesion unplaced; being of that lesion's kind, it
            # is of that lesion's organ
            f.organ, f.body_system = before.organ, before.body_system
        if before.diagnosis is not None and before.organ is not None and before.organ == f.organ:
            f.diagnosis = before.diagnosis
