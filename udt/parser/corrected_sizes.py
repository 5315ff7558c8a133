"""A size a later line puts right: "Right lobe: 41 mm solid nodule. ... Addendum: the right lobe nodule measures
14 mm (not 41 mm - dictation error)", "the cyst is 1.2 cm rather than 2.1 cm", "nodule size corrected from 2.6 cm to
1.6 cm". The report keeps the draft's number; the correction is what it says. So the earlier lesion of the denied
size takes the corrected one, and a lesion the correcting sentence makes with the corrected size is that lesion named
again (folded into it), not a second one.

Only a lesion measured before the correction with the denied size (largest dimension, within half a millimetre) is
changed, the nearest such: a denied size no lesion has ("14 mm, not 41 mm as on the referral") changes nothing. Where
the correcting sentence names the lesion again with the corrected size, only a lesion of that organ is ("Seg 4 liver
lesion measures 12 mm on review, not 9 mm" puts the liver's 9 mm lesion right, not the splenule of 9 mm after it).

A correction may also name no denied size: "Addendum: the R lower pole nodule max dimension corrected to 18MM",
"the correct measurement of the LD nodule is 1,8 x 1,1 x 1,3 cm", "the haematoma measurement is corrected to 31MM".
The correcting sentence then makes a finding with the corrected size (the lesion named again, or, where its noun was
folded elsewhere, an organ measurement of the organ it names); the lesion it puts right is the earlier lesion of that
organ whose side and diagnosis fit, and of several the one measured nearest the corrected size (a typing or caliper
error moves a size less than the gap to another lesion). A correcting sentence with no finding of the corrected size
changes nothing.
Gated by one test of the report's word set (``DENIAL_WORDS``); one regex search over the text when it passes.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping
from typing import TYPE_CHECKING

from udt.parser.lazy_patterns import lazy_compile
from udt.parser.lowered_text import lowered

if TYPE_CHECKING:
    from udt.parser.findings import _Draft

# The words of a corrected size: "14 mm (not 41 mm)", "rather than", "instead of", "corrected from ... to".
DENIAL_WORDS = ("not", "rather", "instead", "corrected", "amended", "changed", "correct", "revised")

_NUM = r"(\d+(?:[.,]\d+)?)"
_UNIT = r"(mm|cm)\b"
# The dimension a writer may name between the corrected size and its denial: "2.4 CM in maximal dimension, not 3.4 cm"
_DIMENSION = (r"(?:\s+(?:in\s+)?(?:its\s+)?(?:maximal|maximum|max|greatest|largest|longest|long)"
              r"\s+(?:dimension|diameter|axis))?")
# ... and the look again that found it: "Seg 4 liver lesion measures 12 mm on review, not 9 mm"
_REVIEW = r"(?:\s+on\s+(?:review|re-?measurement|re-?assessment|re-?evaluation|closer\s+inspection))?"
# "NEW unit (not OLD unit", "NEW unit, rather than OLD unit", "NEW unit instead of OLD unit" (in any case: "2.4 CM")
_DENIED_AFTER = lazy_compile(
    _NUM + r"\s?" + _UNIT + _DIMENSION + _REVIEW + r"[\s,(]{0,3}(?:not|rather\s+than|instead\s+of)\s+" + _NUM
    + r"\s?" + _UNIT,
    re.IGNORECASE,
)
# "corrected from OLD (unit) to NEW unit"
_CORRECTED_FROM = lazy_compile(
    r"(?:corrected|amended|changed)\s+from\s+" + _NUM + r"\s?(?:(mm|cm)\b)?\s+to\s+" + _NUM + r"\s?" + _UNIT,
    re.IGNORECASE,
)
# A correction without the denied size: "corrected to 18MM", "amended to read 2.1 x 1.4 cm", "the correct
# measurement of the LD nodule is 1,8 x 1,1 x 1,3 cm". The largest of its numbers is the corrected size; the lesion
# takes the whole measurement from the finding the correcting sentence makes.
_CORRECTED_TO = lazy_compile(
    r"(?:\b(?:corrected|amended|revised)\s+to\s+(?:read\s+)?"
    r"|\bcorrect\s+(?:measurement|size|dimensions?|diameter)\b[^.;:\n]{0,40}?\b(?:is|are|reads?|should\s+read)\s+)"
    + _NUM + r"(?:\s?[x×]\s?\d+(?:[.,]\d+)?){0,2}\s?" + _UNIT,
    re.IGNORECASE,
)
_MM = {"mm": 1.0, "cm": 10.0}


def _mm(number: str, unit: str) -> float:
    return round(float(number.replace(",", ".")) * _MM[unit.lower()], 1)


def corrections(text: str) -> list[tuple[int, float | None, float]]:
    """The corrections the text states: (character offset, denied size or None where it names none, corrected size),
    both in millimetres; for several dimensions, the largest."""
    out: list[tuple[int, float | None, float]] = []
    for m in _DENIED_AFTER.finditer(text):
        out.append((m.start(), _mm(m.group(3), m.group(4)), _mm(m.group(1), m.group(2))))
    # The two correction patterns open with their verb: in ASCII text (where IGNORECASE folds exactly what lower()
    # does) a report without the verb is not scanned; the patterns open with a word boundary or an alternation,
    # which the regex engine tried at every character of every report that says "not".
    low = lowered(text) if text.isascii() else None  # (shared with other passes: lowered_text.py)
    if low is None or "corrected" in low or "amended" in low or "changed" in low:
        for m in _CORRECTED_FROM.finditer(text):
            unit = m.group(4)
            out.append((m.start(), _mm(m.group(1), m.group(2) or unit), _mm(m.group(3), unit)))
    if low is not None and "correct" not in low and "amended" not in low and "revised" not in low:
        return out
    for m in _CORRECTED_TO.finditer(text):
        numbers = [float(n.replace(",", ".")) for n in _NUMBERS.findall(m.group(0))]
        out.append((m.start(), None, round(max(numbers) * _MM[m.group(2).lower()], 1)))
    return out


_NUMBERS = lazy_compile(r"\d+(?:[.,]\d+)?", 0)


def _fits(a: str | None, b: str | None) -> bool:
    """Whether two values of a field (side, organ, diagnosis) may be the same lesion's: equal, or one unknown."""
    return a is None or b is None or a == b


def correct_sizes(findings: list[_Draft], made_in: Mapping[int, int], folded: set[int], text: str,
                  idx: list[int], sent_starts: list[int]) -> set[int]:
    """Give the lesion each correction denies the size of its corrected size; return the lesions to fold (those the
    correcting sentence made with the corrected size, the same lesion named again). ``made_in``: each finding's
    sentence start (token); ``idx``: the tokens' character offsets."""
    out: set[int] = set()
    for at, denied, corrected in corrections(text):
        token = bisect_right(idx, at) - 1
        sent = sent_starts[bisect_right(sent_starts, token) - 1] if token >= 0 else 0
        if denied is None:
            out |= _correct_named(findings, made_in, folded | out, sent, corrected)
            continue
        # The organ of the lesion the correcting sentence names again with the corrected size, if any ("Seg 4 liver
        # lesion measures 12 mm on review, not 9 mm" after "splenule 9 mm"): the lesion put right is of that organ.
        named = _organ_named_again(findings, made_in, folded, sent, corrected)
        earlier = None
        for i, f in enumerate(findings):
            if i in folded or i in out or made_in.get(i, 0) >= sent:
                continue
            if f.size_mm and abs(max(f.size_mm) - denied) <= 0.5 and _fits(f.organ, named):
                earlier = i  # (the nearest before the correction)
        if earlier is None:
            continue
        first = findings[earlier]
        first.size_mm = [corrected]
        for i, f in enumerate(findings[:earlier]):
            # the same lesion said earlier with the same denied size, not yet folded into it ("Right lobe: nodule
            # 3.4 x 2.2 cm ... Comment: right TR3 nodule 34 mm ... Addendum: 2.4 cm, not 3.4 cm"): put right too,
            # or the fold that merges them keeps the first one's denied size
            if i not in folded and i not in out and f.kind == first.kind and _fits(f.organ, first.organ) \
                    and _fits(f.laterality, first.laterality) and _fits(f.diagnosis, first.diagnosis) \
                    and f.size_mm and abs(max(f.size_mm) - denied) <= 0.5:
                f.size_mm = [corrected]
        for j, f in enumerate(findings):
            if j == earlier or j in folded or made_in.get(j) != sent:
                continue
            if f.organ == first.organ and _fits(f.laterality, first.laterality) \
                    and f.size_mm and abs(max(f.size_mm) - corrected) <= 0.5:
                first.absorb(f.mentions)
                out.add(j)
                break
    return out


def _organ_named_again(findings: list[_Draft], made_in: Mapping[int, int], folded: set[int], sent: int,
                       corrected: float) -> str | None:
    """The organ of the first lesion the correcting sentence (starting at token ``sent``) makes with the corrected
    size, else None."""
    for j, f in enumerate(findings):
        if j not in folded and made_in.get(j) == sent and f.kind == "lesion" and f.size_mm \
                and abs(max(f.size_mm) - corrected) <= 0.5:
            return f.organ
    return None


def _correct_named(findings: list[_Draft], made_in: Mapping[int, int], folded: set[int], sent: int,
                   corrected: float) -> set[int]:
    """A correction naming no denied size ("the nodule max dimension corrected to 18MM"): the finding the correcting
    sentence (token ``sent``) makes with the corrected size names the lesion put right; that earlier lesion of its
    organ, side and diagnosis nearest the corrected size takes its sizes, and it is folded in. Returns the fold."""
    said = next((j for j, f in enumerate(findings) if j not in folded and made_in.get(j) == sent and f.size_mm
                 and abs(max(f.size_mm) - corrected) <= 0.5), None)
    if said is None:
        return set()
    again = findings[said]
    best, gap = None, 0.0
    for i, f in enumerate(findings):
        if i in folded or made_in.get(i, 0) >= sent or f.kind != "lesion" or not f.size_mm:
            continue
        if again.organ is None or not _fits(f.organ, again.organ) or not _fits(f.laterality, again.laterality):
            continue
        # (an organ measurement names no diagnosis: "the haematoma measurement ... corrected to 31MM", its noun read
        # elsewhere, left the kidney's)
        if again.kind == "lesion" and not _fits(f.diagnosis, again.diagnosis):
            continue
        d = abs(max(f.size_mm) - corrected)
        if best is None or d < gap:
            best, gap = i, d
    if best is None:
        return set()
    first = findings[best]
    first.size_mm = list(again.size_mm)
    first.absorb(again.mentions)
    return {said}
