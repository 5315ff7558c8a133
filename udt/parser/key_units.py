"""Sizes in a machine export's ``KEY=value`` fields whose key names the unit: "SIZE_MM=13x11", "DIAM_CM=1,4",
"LESION_SIZE_MM=8". Such exports write a lesion's fields on one line ("KIDNEY_L_FINDING=angiomyolipoma; SIZE_MM=8;
ECHO=hyperechoic") with the unit only in the key, so the bare number after "=" reads as no size. Each such value
("31x28x26", "4,2") is a size in the key's unit, as if the unit were written after it; the findings pass then reads it
as any size, beside the field that names the lesion.

Only keys whose last word before the unit is a size word (``_SIZE_WORDS``) count: "TESTIS_R_MM=44x26x30" or
"CORTEX_MM=4,2" measure an organ or a part, and "DIST_FN_CM=6" is a distance, none a lesion's size. A key that
names an organ before its size word ("UTERUS_SIZE_CM=8,9x5,2x4,8") measures that organ: it is left to the organ
measurement rules (only a bare size key, or one after a lesion word, is read). Gated on "_mm=" / "_cm=" (or with a
colon) in the text: no cost elsewhere.
"""

from __future__ import annotations

import re

from udt.parser.lazy_patterns import lazy_compile
from udt.parser.lowered_text import casefolded
from udt.parser.size_lists import mm_value

# The size words a key may end with before its unit ("SIZE", "MAX_DIAM", "DIMENSIONS").
_SIZE_WORDS = r"(?:SIZE|DIAM|DIAMETER|DIMS?|DIMENSIONS?|MAX|MAXIMUM|LONGEST|LARGEST)"
# Words a key may open with and still name a lesion's size ("LESION_SIZE_MM", "NODULE_1_SIZE_MM", "MAX_SIZE_MM").
_LESION_WORDS = r"(?:LESION|NODULE|MASS|CYST|NODE|FOCUS|MAX|MAXIMUM|LARGEST)"
_NUMBER = r"\d{1,3}(?:[.,]\d{1,2})?"
_FIELD = lazy_compile(
    rf"(?:^|(?<=[;|\s]))(?:{_LESION_WORDS}_(?:\d+_)?)?(?:{_SIZE_WORDS}_)*{_SIZE_WORDS}_(MM|CM)\s*[=:]\s*"
    rf"({_NUMBER}(?:\s*[x×*]\s*{_NUMBER}){{0,2}})(?![\d.,]?\d)",
    re.IGNORECASE | re.MULTILINE,
)


def read_key_units(text: str) -> list[tuple[int, int, list[float]]]:
    """The (start, end, sizes in mm) of each unit-named key's field and the sizes its value gives (see the module
    docstring)."""
    if "_" not in text:
        return []  # (most reports: no key at all, and no lower-cased copy of the text made)
    low = casefolded(text)  # (the case fold other passes share: lowered_text.py)
    if "_mm=" not in low and "_cm=" not in low and "_mm:" not in low and "_cm:" not in low:
        return []
    out: list[tuple[int, int, list[float]]] = []
    for m in _FIELD.finditer(text):
        factor = 10.0 if m.group(1).casefold() == "cm" else 1.0
        values = [mm_value(float(v.replace(",", ".")) * factor) for v in re.findall(_NUMBER, m.group(2))]
        # The span is the whole field ("SIZE_MM=16"): the key's words are the measurement's own, so the field
        # stands right after the lesion field it measures ("AXILLA_R=node; SIZE_MM=16"), as "node, size 16 mm".
        out.append((m.start(), m.end(2), values))
    return out
