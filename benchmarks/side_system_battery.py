"""A generated battery of two side classes found on new writers: side words of other languages and the side a
single-side study's title names. Each passage is built from templates x fillers (our own text) with the (organ,
diagnosis, side) of every lesion, and scored as ``side_battery`` scores its cases.

Axes:

- ``foreign``: each paired organ of ``side_battery.PAIRED`` x each side system (Dutch "re"/"li", Italian "dx"/"sx",
  Spanish "der."/"izq.", Portuguese "dto"/"esq", German "rechts"/"links", Latin "dex"/"sin", whole words
  "derecho"/"izquierdo", "droit"/"gauche") x layout (side before the organ, an organ heading with the side after
  it, a side heading line, the side after the lesion);
- ``title``: a title naming one side (six wordings) x an examined part whose findings leave the lesion unsided;
- ``titlenear``: near misses: the body's own side headings name the other side; a quadrant title; an unpaired
  organ; a finding on the first line (the title gives no side there).

Run ``python benchmarks/side_system_battery.py`` for the per-axis pass rate (``-v``: the failing cases).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _battery_report import print_pass_rates
from side_battery import OTHER, PAIRED, Case, _cap, _lesion, check

# (name, right, left) per side system, as writers of each language abbreviate or write it
SYSTEMS = (
    ("dutch", "re", "li"),
    ("dutchcap", "Re", "Li"),
    ("italian", "dx", "sx"),
    ("spanish", "der.", "izq."),
    ("portuguese", "dto", "esq"),
    ("german", "rechts", "links"),
    ("latin", "dex", "sin"),
    ("spanishword", "derecho", "izquierdo"),
    ("frenchword", "droit", "gauche"),
)


def _foreign_cases() -> Iterator[Case]:
    for p in PAIRED:
        for name, right, left in SYSTEMS:
            word = {"right": right, "left": left}
            for side in ("right", "left"):
                sick, well = word[side], word[OTHER[side]]
                layouts = {
                    "before": f"{_cap(sick)} {p.noun}: {p.lesion}. {_cap(well)} {p.noun}: normal.",
                    "heading": f"{_cap(p.noun)} {sick}: {p.lesion}.\n{_cap(p.noun)} {well}: normal.",
                    "sideline": f"{_cap(p.plural)}:\n{_cap(sick)}: {p.lesion}.\n{_cap(well)}: normal.",
                    "after": f"{_cap(sick)} {p.noun} normal in size. {_cap(p.lesion.split(' ', 1)[1])} {sick}.\n"
                    f"{_cap(well)} {p.noun} normal.",
                }
                for layout, text in layouts.items():
                    yield Case(f"foreign-{p.key}-{name}-{layout}-{side}", "foreign", text, (_lesion(p, side),))


# (title part, organ, diagnosis, an unsided finding line of the part)
PARTS = (
    ("BREAST", "Breast", "cyst", "At 10 o'clock, 4 cm from the nipple, there is a 9 mm simple cyst."),
    ("SHOULDER", "Shoulder", None, "Supraspinatus tendon: partial thickness tear of 8 mm."),
    ("KNEE", "Knee", "cyst", "Baker's cyst in the popliteal fossa, 34 x 12 mm."),
    ("SCROTUM", "Scrotum", "cyst", "Epididymal head cyst of 6 mm."),
    ("THIGH SOFT TISSUES", "Soft tissues", "mass", "A 28 mm oval hyperechoic mass in the subcutaneous fat, a lipoma."),
    ("WRIST", "Wrist and carpus", "cyst", "Dorsal ganglion cyst of 11 mm."),
    ("AXILLA", "Axilla", None, "One node of 21 mm with a thickened cortex and no fatty hilum."),
)
TITLES = (
    "US {SIDE} {PART}",
    "ULTRASOUND {PART}, {SIDE}",
    "EXAMINATION: US {PART} {SIDE}",
    "{Side} {part} ultrasound",
    "{PART} ({S})",
    "Diagnostic ultrasound of the {side} {part}.",
)


def _title(template: str, part: str, side: str) -> str:
    return template.format(
        SIDE=side.upper(), Side=_cap(side), side=side, S=side[0].upper(), PART=part, part=part.lower()
    )


def _title_cases() -> Iterator[Case]:
    for part, organ, diagnosis, line in PARTS:
        for k, template in enumerate(TITLES):
            for side in ("right", "left"):
                text = f"{_title(template, part, side)}\n{line}\nNo other abnormality."
                yield Case(f"title-{part.split()[0].lower()}-{k}-{side}", "title", text, ((organ, diagnosis, side),))


def _near_cases() -> Iterator[Case]:
    for part, organ, diagnosis, line in PARTS[:4]:
        for side in ("right", "left"):
            other = OTHER[side]
            # the body's own side headings decide: the lesion is on the side its heading names
            yield Case(
                f"titlenear-body-{part.split()[0].lower()}-{side}",
                "titlenear",
                f"US {side.upper()} {part}\n{_cap(side)} {part.lower()}: normal.\n{_cap(other)} "
                f"{part.lower()}: {line[0].lower()}{line[1:]}",
                ((organ, diagnosis, other),),
            )
    for side in ("right", "left"):
        yield Case(
            f"titlenear-quadrant-{side}",
            "titlenear",
            f"US {side.upper()} LOWER QUADRANT\nA 9 mm appendix with a 6 mm appendicolith.",
            (("Appendix", None, None),),
        )
        yield Case(
            f"titlenear-unpaired-{side}",
            "titlenear",
            f"US {side.upper()} UPPER ARM\nIncidental 2 cm liver cyst seen on a limited view.",
            (("Liver", "cyst", None),),
        )
        yield Case(
            f"titlenear-finding-{side}",
            "titlenear",
            f"{_cap(side)} kidney: normal.\nOvary: simple cyst of 25 mm.",
            (("Adnexa", "cyst", None),),
        )


def cases() -> list[Case]:
    """Every case of the battery, in a fixed order (ids are unique)."""
    return [*_foreign_cases(), *_title_cases(), *_near_cases()]


# Cases of the classes not handled yet.
LEFT: frozenset[str] = frozenset(
    {
        # "Kidney der.: cyst": the abbreviation's full stop ends the sentence before the colon, so the organ heading
        # and its lesion fall in two sentences (as "Kidney r.: cyst" does in English).
        *(f"foreign-{p.key}-spanish-heading-{side}" for p in PAIRED for side in ("right", "left")),
        # "EXAMINATION: US AXILLA RIGHT" + "One node of 21 mm": the node is filed under Lymph nodes, not the Axilla
        # (organ filing, not the side).
        "title-axilla-2-right",
        "title-axilla-2-left",
    }
)


def main(argv: list[str]) -> None:
    print_pass_rates(cases(), lambda case, report: check(case, report.findings), "-v" in argv)


if __name__ == "__main__":
    main(sys.argv[1:])
