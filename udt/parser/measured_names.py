"""An organ's one measured lesion of unstated nature and the name the report gives it elsewhere, without a size.

"Amoebic liver abscess. Grey-scale image shows a 72 x 65 mm round, hypoechoic lesion in segment VII", "LEFT foot:
hypoechoic ovoid lesion 9 x 6 mm ... A: Morton neuroma", "4.2 x 1.1 cm anechoic collection ... This is a ruptured
Baker's cyst": the lesion is described once with its size and no nature ("lesion", "formation") and
named once, before or after, without one. The in-sentence naming (sentence_names.py) and the summary's restating
(restated.py) miss the name written in a title, a legend, an answer or a section they do not read as a summary;
it then stood as a second, unsized lesion of its own, and it, not the measured one, carried the diagnosis: the
lesion's size was on a lesion of no nature and its nature on a lesion of no size.

Here, once the report is read, an organ holding exactly one measured lesion of unstated nature and unsized lesions
of one asserted diagnosis, on a compatible side, none of whose diagnosis is measured on the organ, is one lesion:
the measured one takes the name (its diagnosis and concept), its side where it had none, and the named lesions'
evidence; they leave the list. A hedged name ("Probable fibroadenoma") names no lesion, as elsewhere
(bare_diagnosis.py); nor does fluid beside the organ ("Small hydrocele", "perivesicular fluid"). Two measured
lesions of unstated nature leave the name to neither; a measured lesion of the name's diagnosis ("Cyst 12 mm ... a
second cyst") may be the one it restates, or the unsized one may be another of its kind: both stay. A name and a
lesion placed at different locations ("haemangioma of segment 4 ... 17 mm lesion in segment 6") are two lesions; so
are a measured lesion written as another one ("a new", "a second", "another", "a further" lesion) and a name
written so ("A splenic cyst is also present"); and a name beside the measured lesion in its own sentence ("a 2 cm
formation in segment 4 and a cyst in segment 6"), or a word in the plural ("small cysts", "two lesions"); and a name the
measured lesion's own description rules out ("hyperechogenic image of 8 mm with posterior acoustic shadow" and,
in the conclusion, a simple cyst: typical_looks.py).

A measured collection of no finer name is of unstated nature too; the other way round, an unsized bare "collection"
("PERIFISTULA_COLLECTION=present; TYPE=haematoma; SIZE_MM=22x14") is the broad name of the organ's one measured
fluid of a finer name, which keeps its own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from udt.parser.folded_findings import drop_folded
from udt.parser.lazy_patterns import lazy_compile
from udt.parser.sentences import SENTENCE_STOPS
from udt.parser.size_lists import plural_word

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence
    from collections.abc import Set as AbstractSet

    from udt.parser.schema import Finding, Mention

# A word that writes a lesion as one more beside another ("new", "second", "another"), read in the few words before
# the measured lesion's first evidence.
_ANOTHER = lazy_compile(
    r"\b(?:new|second|third|another|further|other|additional|separate|2nd|3rd)\b[^.;:\n]{0,30}$", re.IGNORECASE
)
_BEFORE = 40  # characters read before the measured lesion's first evidence for such a word
# ... and a word that writes the name as one more lesion, read in its own sentence ("A splenic cyst is also
# present", "an additional cyst").
_ALSO = lazy_compile(r"\b(?:also|another|second|further|additional|separate|new|2nd)\b", re.IGNORECASE)


def _sides_fit(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _word(f: Finding, mentions: Sequence[Mention], places: AbstractSet[str]) -> Mention | None:
    """The finding's lesion word (the first evidence of its concept), else its first evidence that names no organ
    (a lesion described without a lesion word: "oval, hypoechoic, 14 x 8 mm"); the organ word may stand in a
    heading or a sentence before."""
    own = [mentions[m] for m in f.mentions if 0 <= m < len(mentions)]
    worded = [m for m in own if f.concept is not None and m.concept == f.concept]
    described = worded or [m for m in own if m.dimension not in places]
    return min(described, key=lambda m: m.start) if described else None


def _written_as_another(text: str, word: Mention) -> bool:
    """Whether a word just before the measured lesion's word writes it as one more lesion ("a second, 1.2 cm
    echogenic lesion")."""
    return _ANOTHER.search(text[max(0, word.start - _BEFORE) : word.start]) is not None


def _named_as_another(text: str, word: Mention) -> bool:
    """Whether the sentence of the name's lesion word writes it as one more lesion (see ``_ALSO``)."""
    lo = max(0, word.start - _BEFORE)
    stops = [m.end() for m in SENTENCE_STOPS.finditer(text, lo, word.start)]
    stop = SENTENCE_STOPS.search(text, word.end)
    sentence = text[stops[-1] if stops else lo : stop.start() if stop is not None else len(text)]
    return _ALSO.search(sentence) is not None


def _one_lesion_each(name: Mention, measured: Mention, text: str) -> bool:
    """Whether the two words may name one lesion: each a single one (not "small cysts", "two lesions"), and in two
    sentences (within one, sentence_names.py reads a name after its lesion; a name beside it, "a 2 cm formation in
    segment 4 and a cyst in segment 6", is another lesion)."""
    if plural_word(name.text, name.concept) or plural_word(measured.text, measured.concept):
        return False
    lo, hi = sorted((name.start, measured.start))
    return SENTENCE_STOPS.search(text, lo, hi) is not None


def _one_lesion(text: str, findings: list[Finding], target: int, names: list[int], mentions: Sequence[Mention],
                anatomy_fields: AbstractSet[str]) -> bool:
    """Whether the unsized lesions ``names`` may name the measured lesion ``target``: compatible sides and
    locations, neither written as another lesion, each a single one, in another sentence (see the module
    docstring)."""
    measured = findings[target]
    if any(
        not _sides_fit(findings[k].laterality, measured.laterality)
        or (findings[k].location is not None and measured.location not in (None, findings[k].location))
        for k in names
    ):
        return False
    measured_word = _word(measured, mentions, anatomy_fields)
    if measured_word is None or _written_as_another(text, measured_word):
        return False
    name_words = [_word(findings[k], mentions, anatomy_fields) for k in names]
    return not any(w is None or _named_as_another(text, w) or not _one_lesion_each(w, measured_word, text)
                   for w in name_words)


def fold_unsized_names(
    text: str,
    findings: list[Finding],
    mentions: list[Mention],
    generic: str | None,
    fluid: str | None,
    sited_fluids: AbstractSet[str],
    anatomy_fields: AbstractSet[str],
    ruled_out: Callable[[str | None, Mapping[str, Sequence[str]]], bool],
) -> list[Finding]:
    """``findings`` with the unsized named lesions of an organ folded into its one measured lesion of unstated
    nature (see the module docstring); ``mentions`` are repointed. A measured ``fluid`` of no finer name ("a 4.2 x
    1.1 cm anechoic collection") is of unstated nature too: a name ("ruptured Baker's cyst") says what it is; and an
    unsized bare ``fluid`` ("Conclusion: small collection") is the broad name of the organ's one measured fluid of a
    finer name ("haematoma 22 x 14 mm"), which keeps it. Neither names a lesion of unstated nature: fluid beside the
    organ ("perivesicular fluid small"), as a fluid whose name is its place is (``sited_fluids``: "hydrocele",
    "ascites"). ``anatomy_fields``: the fields of evidence that names an organ. ``ruled_out(concept, attributes)``:
    whether a lesion so described cannot be of that concept (``TypicalLooks.contradicts``)."""
    measured: dict[str, list[int]] = {}  # organ -> its measured lesions of unstated nature
    named: dict[str, list[int]] = {}  # organ -> its unsized lesions of an asserted name
    sized_diagnoses: dict[str, set[str]] = {}  # organ -> the diagnoses of its measured named lesions
    fine_fluids: dict[str, list[int]] = {}  # organ -> its measured fluids of a finer name
    bare_fluids: dict[str, list[int]] = {}  # organ -> its unsized bare fluids
    for k, f in enumerate(findings):
        if f.kind != "lesion" or f.organ is None or f.status == "absent":
            continue
        if f.size_mm:
            if (f.diagnosis is None and f.concept in (None, generic)) or (fluid is not None and f.concept == fluid):
                measured.setdefault(f.organ, []).append(k)
            elif f.diagnosis is not None:
                sized_diagnoses.setdefault(f.organ, set()).add(f.diagnosis)
                if f.concept not in sited_fluids and f.diagnosis == fluid:
                    fine_fluids.setdefault(f.organ, []).append(k)
        elif f.status != "present" or f.diagnosis is None:
            continue  # (a hedged name, "probable fibroadenoma", names no lesion: bare_diagnosis.py, restated.py)
        elif f.concept == fluid:
            bare_fluids.setdefault(f.organ, []).append(k)
        elif f.concept not in sited_fluids:
            named.setdefault(f.organ, []).append(k)
    folded: dict[int, int] = {}
    for organ, names in named.items():
        lone = measured.get(organ, ())
        if len(lone) != 1:
            continue
        target = findings[lone[0]]
        diagnoses = {findings[k].diagnosis for k in names}
        if len(diagnoses) != 1 or diagnoses & sized_diagnoses.get(organ, set()):
            continue
        if any(ruled_out(findings[k].concept, target.attributes) for k in names):
            continue
        if not _one_lesion(text, findings, lone[0], names, mentions, anatomy_fields):
            continue
        target.diagnosis, target.concept = findings[names[0]].diagnosis, findings[names[0]].concept
        if target.laterality is None:
            target.laterality = next((findings[k].laterality for k in names if findings[k].laterality), None)
        for k in names:
            folded[k] = lone[0]
    for organ, names in bare_fluids.items():
        fine = fine_fluids.get(organ, ())
        if len(fine) != 1 or organ in measured:
            continue  # (a measured bare fluid beside it may be the one the bare name restates)
        if _one_lesion(text, findings, fine[0], names, mentions, anatomy_fields):
            for k in names:
                folded[k] = fine[0]
    return drop_folded(findings, mentions, folded) if folded else findings
