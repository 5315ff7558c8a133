"""A lesion written as being like the one before ("A second, 16 mm lesion of identical appearance in segment V",
"deuxième collection de 25 mm, même aspect") is of that lesion's kind: it takes its diagnosis where its own words
name none (the generic "lesion", "focus"), and both are the same organ's.

Without this the second lesion kept no diagnosis, so a later restatement of the kind ("Final diagnosis: hepatic
haemangiomas") stood for it. The cue is a word of likeness before a word of look ("identical appearance", "same
aspect", "similar features") in the lesion's own sentence, after its first evidence and before the next lesion's
words; the lesion before is the nearest lesion written before it. Runs on the finished report, once per lesion that
has no diagnosis, in a report with two lesions or more.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from udt.parser.anchored_lesions import first_start
from udt.parser.lazy_patterns import lazy_compile
from udt.parser.schema import Finding, Mention

# A word of likeness then a word of look, in English and the Romance languages the corpora write.
_ALIKE = lazy_compile(
    r"\b(?:identical|same|similar|m[êe]me|mismo|mesmo|medesimo|stesso)\s+"
    r"(?:appearance|aspect|features|characteristics|morphology|aspecto|apar[iê]ncia|caract[ée]ristiques|aspetto)\b",
    re.IGNORECASE,
)
# What ends the stretch a lesion's evidence and its cue share (a sentence or a line).
_BREAK = lazy_compile(r"[.;\n]")


def give_alike_diagnoses(text: str, findings: list[Finding], mentions: Sequence[Mention]) -> None:
    """Give each lesion without a diagnosis whose sentence calls it like the lesion before the diagnosis of that
    lesion, where the two share the organ (see the module docstring); ``findings`` are changed in place."""
    lesions = [k for k, f in enumerate(findings) if f.kind == "lesion"]
    if len(lesions) < 2 or all(findings[k].diagnosis is not None for k in lesions):
        return
    placed = sorted((s, k) for k in lesions if (s := first_start(findings[k], mentions)) is not None)
    words = sorted((mentions[i].start, j) for j in lesions for i in findings[j].mentions if 0 <= i < len(mentions))
    word_starts = [w for w, _ in words]
    for pos, (start, k) in enumerate(placed):
        f = findings[k]
        if pos == 0 or f.diagnosis is not None:
            continue
        end = _BREAK.search(text, start)
        stop = end.start() if end else len(text)
        # (the words of another lesion written after this one's first end its stretch)
        w = bisect_right(word_starts, start)
        while w < len(words) and words[w][0] < stop:
            if words[w][1] != k:
                stop = words[w][0]
                break
            w += 1
        if _ALIKE.search(text, start, stop) is None:
            continue
        before = findings[placed[pos - 1][1]]
        if before.diagnosis is not None and before.organ is not None and before.organ == f.organ:
            f.diagnosis = before.diagnosis
