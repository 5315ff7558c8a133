"""A size a later line puts right: "Right lobe: 41 mm solid nodule. ... Addendum: the right lobe nodule measures
14 mm (not 41 mm - dictation error)", "the cyst is 1.2 cm rather than 2.1 cm", "nodule size corrected from 2.6 cm to
1.6 cm". The report keeps the draft's number; the correction is what it says. So the earlier lesion of the denied
size takes the corrected one, and a lesion the correcting sentence makes with the corrected size is that lesion named
again (folded into it), not a second one.

Only a lesion measured before the correction with the denied size (largest dimension, within half a millimetre) is
changed, the nearest such: a denied size no lesion has ("14 mm, not 41 mm as on the referral") changes nothing.
Gated by one test of the report's word set (``DENIAL_WORDS``); one regex search over the text when it passes.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from typing import TYPE_CHECKING

from udt.parser.lazy_patterns import lazy_compile

if TYPE_CHECKING:
    from udt.parser.findings import _Draft

# The words of a corrected size: "14 mm (not 41 mm)", "rather than", "instead of", "corrected from ... to".
DENIAL_WORDS = ("not", "rather", "instead", "corrected", "amended", "changed")

_NUM = r"(\d+(?:[.,]\d+)?)"
_UNIT = r"(mm|cm)\b"
# "NEW unit (not OLD unit", "NEW unit, rather than OLD unit", "NEW unit instead of OLD unit"
_DENIED_AFTER = lazy_compile(
    _NUM + r"\s?" + _UNIT + r"[\s,(]{0,3}(?:not|rather\s+than|instead\s+of)\s+" + _NUM + r"\s?" + _UNIT,
    0,
)
# "corrected from OLD (unit) to NEW unit"
_CORRECTED_FROM = lazy_compile(
    r"(?:corrected|amended|changed)\s+from\s+" + _NUM + r"\s?(?:(mm|cm)\b)?\s+to\s+" + _NUM + r"\s?" + _UNIT,
    0,
)
_MM = {"mm": 1.0, "cm": 10.0}


def _mm(number: str, unit: str) -> float:
    return round(float(number.replace(",", ".")) * _MM[unit.lower()], 1)


def corrections(text: str) -> list[tuple[int, float, float]]:
    """The corrections the text states: (character offset, denied size, corrected size), both in millimetres."""
    out = []
    for m in _DENIED_AFTER.finditer(text):
        out.append((m.start(), _mm(m.group(3), m.group(4)), _mm(m.group(1), m.group(2))))
    for m in _CORRECTED_FROM.finditer(text):
        unit = m.group(4)
        out.append((m.start(), _mm(m.group(1), m.group(2) or unit), _mm(m.group(3), unit)))
    return out


def _sides_fit(a: str | None, b: str | None) -> bool:
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
        earlier = None
        for i, f in enumerate(findings):
            if i in folded or i in out or made_in.get(i, 0) >= sent:
                continue
            if f.size_mm and abs(max(f.size_mm) - denied) <= 0.5:
                earlier = i  # (the nearest before the correction)
        if earlier is None:
            continue
        first = findings[earlier]
        first.size_mm = [corrected]
        for j, f in enumerate(findings):
            if j == earlier or j in folded or made_in.get(j) != sent:
                continue
            if f.organ == first.organ and _sides_fit(f.laterality, first.laterality) \
                    and f.size_mm and abs(max(f.size_mm) - corrected) <= 0.5:
                first.absorb(f.mentions)
                out.add(j)
                break
    return out
