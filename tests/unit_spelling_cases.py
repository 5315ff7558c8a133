"""A generated battery of size-unit spellings and accented vocabulary words (imported by
``test_parser_unit_spellings.py``; ``python tests/unit_spelling_cases.py`` prints the pass count per axis).

Units x numbers x layouts: each length-unit spelling writers use ("mm", "mms", "MM", "millimetres", "cms", "CM",
"centimeters", a sentence-final "cm.") with whole, decimal-point and decimal-comma numbers, glued ("12mm"), spaced
("12 mm") and hyphenated ("a 12-mm nodule"), in a few realistic lesion sentences. Accents: vocabulary words typed
with diacritics ("Hydrocèle", "nódule") that should read as their unaccented forms. Every sentence is written fresh
from the fillers below; none is a corpus passage.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Case:
    axis: str  # "unit" or "accent"
    id: str
    text: str
    diagnosis: str | None  # the lesion's diagnosis that must be read (None: any lesion)
    side: str | None
    size_mm: float | None


MM_UNITS = ("mm", "mms", "MM", "Mm", "millimetre", "millimetres", "millimeter", "millimeters")
CM_UNITS = ("cm", "cms", "CM", "Cm", "centimetre", "centimetres", "centimeter", "centimeters")
# Dotted abbreviations ("m.m.", "c.m."): measured, not asserted (the tokenizer splits them; see LEFT_OUT).
DOTTED_UNITS = {"m.m.": 1.0, "c.m.": 10.0}
MM_NUMBERS = {"12": 12.0, "7": 7.0, "15.5": 15.5}
CM_NUMBERS = {"1.2": 12.0, "1,2": 12.0, "3": 30.0}
# (template id, sentence with {size}, diagnosis, side, whether the size pre-modifies a noun (takes a hyphen)).
TEMPLATES = (
    ("measuring", "RIGHT KIDNEY: simple cyst measuring {size} at the upper pole.", None, "right", False),
    ("premodifier", "The left thyroid lobe holds a {size} hypoechoic nodule.", "nodule", "left", True),
    ("final", "Left breast: a simple cyst at 2 o'clock, {size}. No other lesion.", None, "left", False),
)
# "axes": the unit after each of two axes ("1.2 cms x 2.5 cms"; the second axis is the larger: a reader that
# splits the two reads the first, smaller one).
LAYOUTS = {"glued": "{n}{u}", "spaced": "{n} {u}", "hyphen": "{n}-{u}", "axes": "{n} {u} x {m} {u}"}


def _unit_cases() -> list[Case]:
    out: list[Case] = []
    families = [(u, MM_NUMBERS, 1.0) for u in MM_UNITS] + [(u, CM_NUMBERS, 10.0) for u in CM_UNITS]
    families += [(u, MM_NUMBERS if f == 1.0 else CM_NUMBERS, f) for u, f in DOTTED_UNITS.items()]
    for unit, numbers, _factor in families:
        for n, mm in numbers.items():
            for layout, form in LAYOUTS.items():
                for tid, sentence, diagnosis, side, premodifies in TEMPLATES:
                    if layout == "hyphen" and not premodifies:
                        continue
                    if layout in ("glued", "axes") and len(unit) > 3:
                        continue  # "12millimetres" is no writer's spelling; axes: the short units only
                    if layout == "axes" and tid != "measuring":
                        continue
                    size = form.format(n=n, u=unit, m="25" if _factor == 1.0 else "2.5")
                    text = sentence.format(size=size)
                    if ".." in text:  # a dotted unit ending a sentence
                        continue
                    size_mm = max(mm, 25.0) if layout == "axes" else mm
                    out.append(Case("unit", f"{tid}-{layout}-{n}-{unit}", text, diagnosis, side, size_mm))
    return out


# (id, sentence, released diagnosis, side, size): vocabulary words with the accents writers of other languages
# type; the expected reading is the unaccented sentence's (a hydrocele is released as a "fluid collection").
_ACCENTED = (
    ("hydrocele", "Right hemiscrotum: moderate Hydrocèle around the testis.", "fluid collection", "right", None),
    ("hydrocele-caps", "LEFT SCROTUM: SMALL HYDROCÈLE.", "fluid collection", "left", None),
    ("varicocele", "Left varicocèle, veins up to 3.5 mm on Valsalva.", None, "left", None),
    ("ganglion", "Right wrist: a ganglión 8 mm dorsal to the scapholunate joint.", "cyst", "right", 8.0),
    ("nodule", "Thyroid: a nódule of 6 mm in the right lobe.", "nodule", "right", 6.0),
    ("fibroadenoma", "Right breast: a fibroadénoma of 14 mm at 10 o'clock.", "mass", "right", 14.0),
    ("cyst", "Left ovary: a simple cýst of 25 mm.", None, "left", 25.0),
)


def _header_cases() -> list[Case]:
    """A table whose header names the unit once ("Size (cms)"): its bare numbers are sizes in that unit."""
    out: list[Case] = []
    for unit in (*MM_UNITS, *CM_UNITS):
        mm = 15.0 if unit.casefold().startswith("c") else 1.5
        text = f"| Lesion | Side | Size ({unit}) |\n|---|---|---|\n| Cyst | Right kidney | 1.5 |\n"
        out.append(Case("header", f"table-header-{unit}", text, "cyst", "right", mm))
    return out


def cases() -> list[Case]:
    return _unit_cases() + _header_cases() + [Case("accent", i, t, d, s, z) for i, t, d, s, z in _ACCENTED]


# Measured here, not asserted by the test: spellings the parser does not read yet (dotted units: "m.m.", "c.m.").
LEFT_OUT = frozenset(c.id for c in _unit_cases() if c.id.endswith(tuple(DOTTED_UNITS)))


def passes(lesions: list[tuple[str | None, str | None, str | None, float | None]], case: Case) -> bool:
    """Some lesion has the case's diagnosis (if named), side and size (within the benchmark's 0.5 mm)."""
    return any(
        (case.diagnosis is None or d == case.diagnosis)
        and s == case.side
        and (case.size_mm is None or (z is not None and abs(z - case.size_mm) <= 0.5))
        for _o, d, s, z in lesions
    )


if __name__ == "__main__":
    from collections import Counter

    from parser_reading import lesions_of

    from udt.parser import ReportParser

    parser = ReportParser()
    total: Counter[str] = Counter()
    good: Counter[str] = Counter()
    for c in cases():
        key = f"{c.axis}:{c.id.split('-')[-1]}" if c.axis == "unit" else c.axis
        total[key] += 1
        good[key] += passes(lesions_of(parser, c.text), c)
        if not passes(lesions_of(parser, c.text), c) and "-v" in __import__("sys").argv:
            print("FAIL", c.id, c.text, lesions_of(parser, c.text))
    for k in sorted(total):
        print(f"{k:24} {good[k]}/{total[k]}")
    print(f"{'all':24} {sum(good.values())}/{sum(total.values())}")
