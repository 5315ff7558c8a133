"""Pass rate of a generated battery of lesions worded as translating and abbreviating writers word them: a lesion
noun of another language's habit ("lithiasis", "nodular image", "hypoechoic image", "formation", "galactocele"), a
region that names its organ ("suprarenal region", "antecubital fossa", "pop fossa", "perifistular", a limb segment
after a joint), in several organ layouts (a heading, an organ with its own length before the lesion, a phrase after
the lesion) and size wordings ("of 11 mm", "with 1,1 cm", "measuring 11 mm", "11 mm").

A case passes when the parser's lesion findings are exactly the expected (organ, diagnosis, side, largest size in
mm) in report order. Every sentence is generated here (none is corpus text). ``LEFT_OUT`` names the kinds known to
fail (kept in the count: the rate is the battery's, not the solved part's).

Run: ``python benchmarks/lesion_word_battery.py [--failures]``.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from itertools import product
from typing import NamedTuple

Lesion = tuple[str | None, str | None, str | None, float | None]

# Kinds no rule reads yet: a node word whose typical sites are several regions keeps no organ of its own.
LEFT_OUT = frozenset({"adenomegaly"})


class Case(NamedTuple):
    kind: str
    text: str
    expected: list[Lesion]


# (size as written, size in mm)
SIZES = [("of 11 mm", 11.0), ("with 1,1 cm", 11.0), ("measuring 11 mm", 11.0), ("11 mm", 11.0)]

# kind -> (organ layouts with {lesion}, lesion phrases with {size}, expected organ, diagnosis, side)
ORGAN_LESIONS: list[tuple[str, list[str], list[str], str, str | None, str | None]] = [
    (
        "lithiasis/kidney",
        [
            "Right kidney: {lesion} in the lower calyx.",
            "Right kidney of 112 x 48 mm, parenchyma of 15 mm, with {lesion} in the lower calyx.",
            "In the right kidney, {lesion}, without dilatation.",
        ],
        ["a lithiasis {size}", "a lithiasis {size} at the pyeloureteral junction", "a mobile lithiasis {size}"],
        "Kidney and ureter",
        None,
        "right",
    ),
    (
        "fragments/kidney",
        ["Right kidney: {lesion} in the lower calyx.", "R kidney, 3 weeks after ESWL: {lesion}."],
        ["residual fragments, the largest {size}", "stone fragments, largest {size}"],
        "Kidney and ureter",
        None,
        "right",
    ),
    (
        "lithiasis/bladder",
        ["Bladder with thin walls and {lesion}.", "Bladder: {lesion} in the dependent portion."],
        ["a lithiasis {size}", "a mobile lithiasis {size}"],
        "Bladder",
        None,
        None,
    ),
    (
        "lithiasis/gallbladder",
        ["Gallbladder with thin walls and {lesion}.", "Biliary vesicle: {lesion}."],
        ["a lithiasis {size}", "a single lithiasis {size}"],
        "Gallbladder and bile ducts",
        None,
        None,
    ),
    (
        "nodular image/thyroid",
        [
            "Thyroid ultrasound.\nLeft lobe of 45 x 15 x 14 mm; in its middle third, {lesion}.",
            "Left thyroid lobe: {lesion}.",
        ],
        ["a hypoechoic nodular image {size}", "a solid nodular image {size}, with regular borders"],
        "Thyroid gland",
        "nodule",
        "left",
    ),
    (
        "image/liver",
        ["Liver of normal size. In segment VI, {lesion}.", "Liver: {lesion} in the right lobe."],
        ["a hyperechoic image {size}", "a solid hypoechoic image {size}", "a mixed image, predominantly solid, {size}"],
        "Liver",
        None,
        None,
    ),
    (
        "image/adrenal",
        ["In the left suprarenal region, {lesion}.", "Left suprarenal area: {lesion}."],
        ["a solid hypoechoic image {size}", "a hypoechoic formation {size}, well delimited"],
        "Adrenal glands",
        None,
        "left",
    ),
    (
        "galactocele",
        ["Left breast: {lesion} at 3 o'clock.", "LEFT BREAST: at 2 o'clock, {lesion}."],
        ["a galactocele {size}", "a galactocele with fine internal echoes, {size}"],
        "Breast",
        "cyst",
        "left",
    ),
    (
        "mammary",
        ["Mammary ultrasound.\nLEFT: {lesion} at 4h."],
        ["a simple cyst {size}", "a complicated cyst {size}"],
        "Breast",
        "cyst",
        "left",
    ),
    (
        "antecubital",
        ["Brachial artery 3.9 mm, triphasic.\nL antecubital fossa: {lesion}.", "L cubital fossa: {lesion}, no flow."],
        ["anechoic collection {size}", "a haematoma {size}"],
        "Elbow",
        "fluid collection",
        "left",
    ),
    (
        "pop fossa",
        ["Liver 16 cm, hepatic veins dilated.\nLegs: L pop fossa cyst {size}.", "L pop. fossa: cyst {size}."],
        ["{size}"],
        "Knee",
        "cyst",
        "left",
    ),
    (
        "limb after joint",
        ["Left knee: effusion 5 mm.\nLeft thigh: {lesion}.", "Left hip: bursa fluid 8 mm.\nLeft calf: {lesion}."],
        ["a collection {size}", "2nd collection {size}, subcutaneous"],
        "Soft tissues",
        "fluid collection",
        "left",
    ),
    (
        "adenomegaly",
        ["Neck: at left level III, {lesion}.", "In the left lateral compartment, {lesion}, without hilum."],
        ["an adenomegaly {size}"],
        "Lymph nodes",
        None,
        "left",
    ),
]

# The lesion a layout of its own adds before the battery's (an effusion, a joint's fluid): kept in the expected list.
_FIRST_LESIONS = {
    "Left knee: effusion 5 mm.": ("Knee", "fluid collection", "left", 5.0),
    "Left hip: bursa fluid 8 mm.": ("Hip groin and buttock", "fluid collection", "left", 8.0),
}


def cases() -> list[Case]:
    """Every (layout, lesion phrase, size wording) of every kind."""
    out = []
    for kind, layouts, phrases, organ, diagnosis, side in ORGAN_LESIONS:
        for layout, phrase, (size, mm) in product(layouts, phrases, SIZES):
            text = layout.format(lesion=phrase.format(size=size), size=size)
            expected: list[Lesion] = [first for key, first in _FIRST_LESIONS.items() if text.startswith(key)]
            expected.append((organ, diagnosis, side, mm))
            out.append(Case(kind, text, expected))
    return out


def run() -> None:
    from udt.parser import ReportParser

    parser = ReportParser()
    battery = cases()
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    failures = []
    for case, report in zip(battery, parser.pipe([c.text for c in battery]), strict=True):
        got = [
            (f.organ, f.diagnosis, f.laterality, max(f.size_mm) if f.size_mm else None)
            for f in report.findings
            if f.kind == "lesion"
        ]
        ok = got == case.expected
        for key in (case.kind, "all"):
            tally[key][0] += 1
            tally[key][1] += ok
        if not ok:
            failures.append((case, got))
    for key, (n, right) in sorted(tally.items(), key=lambda kv: kv[0] == "all"):
        mark = " (left out)" if key in LEFT_OUT else ""
        print(f"{key:<24}{right:>4}/{n:<4} {right / n:6.1%}{mark}")
    if "--failures" in sys.argv:
        for case, got in failures:
            print(f"- [{case.kind}] {case.text!r}\n    expected {case.expected}\n    got      {got}")


if __name__ == "__main__":
    run()
