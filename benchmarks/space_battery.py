"""A generated battery of the organ a lesion's anatomical space, region or abbreviated heading files it under:
passages built from templates x fillers, each with the (organ, diagnosis, side) of every lesion the corpus
guideline asks for, so that the rules are checked on wordings no development corpus holds.

Axes (one per family of templates):

- ``space``: fluid or a collection in a peritoneal space or recess (Morison's pouch, the hepatorenal, subhepatic,
  perihepatic, splenorenal and subphrenic spaces, a paracolic gutter, between bowel loops), written as the line's
  heading, inside the sentence or as the lesion's pre-modifier, after a line about a neighbouring organ (a normal
  liver, a kidney or ovary cyst, a pericardial effusion, gallstones): the Peritoneum, not the neighbour;
- ``recess``: fluid placed in the pelvic recess (pouch of Douglas, POD, cul-de-sac, rectouterine pouch) after an
  ovary or uterus line: the Peritoneum, not the organ before;
- ``region``: a line headed by a region of the abdomen (RUQ, LUQ, RIF, LIF, the quadrants and iliac fossae written
  out, a flank, the pelvis) holding fluid: the Peritoneum, not the organ of the line before;
- ``abbrev``: organ abbreviations used as headings (RO/LO, RK/LK, GB, RT/LT lobe, POD): their organ and side;
- ``inline``: the space in the neighbour's line, in prose, named by another lesion word (haematoma, abscess), in a
  one-line FAST report, beside the terminal ileum; perisplenic fluid stays the spleen's (the ontology's filing);
- ``hard``: a space denied beside another organ's lesion, fluid in the recess said in the ovary heading's own
  sentence, a nounless FAST stripe;
- ``wall``: a subcutaneous collection or haematoma placed by a part of the abdominal wall (rectus sheath, linea
  alba, umbilicus) after a uterus line: the Abdominal wall, not the soft tissues or the uterus.

Run ``python benchmarks/space_battery.py`` for the per-axis pass rate (``-v`` for the failing cases); the test
``tests/test_parser_space_battery.py`` asserts every case outside ``LEFT`` (the classes not handled yet).
A case passes as in :mod:`side_battery`: each expected lesion is paired with a parsed lesion finding of its organ
(then diagnosis, then order) that has the expected side.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _battery_report import print_pass_rates, unique_ids
from side_battery import Case, Lesion, check

PERITONEUM = "Peritoneum mesentery and omentum"
FLUID = "fluid collection"

# (text of a line before, the lesion it holds or None): the neighbour a carried site would wrongly file under.
_BEFORE: tuple[tuple[str, Lesion | None], ...] = (
    ("Liver: normal size and echotexture.", None),
    ("Right kidney: 14 mm simple cyst at the upper pole.", ("Kidney and ureter", "cyst", "right")),
    ("Left ovary: 31 mm simple cyst.", ("Adnexa", "cyst", "left")),
    ("Pericardium: small effusion 6 mm.", ("Heart and mediastinum", FLUID, None)),
    ("Gallbladder: a 9 mm stone, wall 2 mm.", ("Gallbladder and bile ducts", None, None)),
    ("Spleen: 10.5 cm, homogeneous.", None),
)

# (the space as a heading, the space inside a sentence, the space as a lesion's pre-modifier or None)
_SPACES: tuple[tuple[str, str, str | None], ...] = (
    ("Morison's pouch", "in Morison's pouch", None),
    ("Hepatorenal space", "in the hepatorenal space", None),
    ("Subhepatic", "in the subhepatic space", "subhepatic"),
    ("Subhepatic space", "below the liver in the subhepatic space", "subhepatic"),
    ("Perihepatic", "in the perihepatic space", "perihepatic"),
    ("Splenorenal recess", "in the splenorenal recess", None),
    ("Splenorenal space", "in the splenorenal space", None),
    ("Subphrenic space", "in the right subphrenic space", None),
    ("Right paracolic gutter", "in the right paracolic gutter", None),
    ("Interloop", "between the bowel loops in the interloop space", "interloop"),
)

_FLUIDS = ("thin fluid stripe 6 mm", "collection 3.2 x 2.1 cm", "small fluid collection, 14 mm")


def _expect(before: Lesion | None, *lesions: Lesion) -> tuple[Lesion, ...]:
    return (*((before,) if before else ()), *lesions)


def _space_cases() -> Iterator[Case]:
    for i, (head, inside, premod) in enumerate(_SPACES):
        for j, (line, lesion) in enumerate(_BEFORE):
            fluid = _FLUIDS[(i + j) % len(_FLUIDS)]
            peritoneal: Lesion = (PERITONEUM, FLUID, None)
            yield Case(f"space-{i}-{j}-heading", "space", f"{line}\n{head}: {fluid}.", _expect(lesion, peritoneal))
            yield Case(
                f"space-{i}-{j}-inside",
                "space",
                f"{line}\nFluid collection {inside}, 18 mm.",
                _expect(lesion, peritoneal),
            )
            if premod is not None:
                yield Case(
                    f"space-{i}-{j}-premod",
                    "space",
                    f"{line}\nA {premod} collection of 2.4 cm.",
                    _expect(lesion, peritoneal),
                )


_RECESSES = ("the pouch of Douglas", "POD", "the cul-de-sac", "the rectouterine pouch")
_RECESS_BEFORE: tuple[tuple[str, Lesion], ...] = (
    ("Right ovary: 4.2 cm thin-walled cyst.", ("Adnexa", "cyst", "right")),
    ("Left ovary: 28 mm haemorrhagic cyst.", ("Adnexa", "cyst", "left")),
    ("Uterus: 9 cm, a 22 mm intramural fibroid.", ("Uterus", "mass", None)),
)
_RECESS_FLUIDS = ("Small amount of fluid in {r}, 12 mm deep.", "Collection in {r}, 3 x 2 cm.", "Minimal fluid in {r}.")


_RECESS_HEADINGS = ("Pouch of Douglas", "POD", "Cul-de-sac", "Rectouterine pouch")
_RECESS_HEADED = ("small collection 2 cm.", "trace fluid.", "small amount of fluid, 12 mm.")


def _recess_cases() -> Iterator[Case]:
    for i, recess in enumerate(_RECESSES):
        for j, (line, lesion) in enumerate(_RECESS_BEFORE):
            for k, wording in enumerate(_RECESS_FLUIDS):
                text = f"{line}\n{wording.format(r=recess)}"
                yield Case(f"recess-{i}-{j}-{k}", "recess", text, (lesion, (PERITONEUM, FLUID, None)))
            # the recess as the line's heading
            text = f"{line}\n{_RECESS_HEADINGS[i]}: {_RECESS_HEADED[(i + j) % len(_RECESS_HEADED)]}"
            yield Case(f"recess-{i}-{j}-heading", "recess", text, (lesion, (PERITONEUM, FLUID, None)))


_REGIONS = (
    "RUQ",
    "LUQ",
    "RIF",
    "LIF",
    "Right upper quadrant",
    "Left upper quadrant",
    "Right iliac fossa",
    "Left lower quadrant",
    "Pelvis",
    "Right flank",
)
_REGION_FLUIDS = ("thin fluid 5 mm", "collection 3.9 x 2.1 cm", "small amount of fluid, 11 mm deep")


def _region_cases() -> Iterator[Case]:
    for i, region in enumerate(_REGIONS):
        for j, (line, lesion) in enumerate(_BEFORE):
            fluid = _REGION_FLUIDS[(i + j) % len(_REGION_FLUIDS)]
            yield Case(
                f"region-{i}-{j}", "region", f"{line}\n{region}: {fluid}.", _expect(lesion, (PERITONEUM, FLUID, None))
            )


# (heading, the line after it, the expected lesion)
_ABBREVIATIONS: tuple[tuple[str, str, Lesion], ...] = (
    ("RO", "endometrioma 38 mm, ground glass.", ("Adnexa", "cyst", "right")),
    ("LO", "endometrioma 38 mm, ground glass.", ("Adnexa", "cyst", "left")),
    ("RO", "simple cyst 24 mm.", ("Adnexa", "cyst", "right")),
    ("LO", "simple cyst 24 mm.", ("Adnexa", "cyst", "left")),
    ("RK", "cortical cyst 15 mm.", ("Kidney and ureter", "cyst", "right")),
    ("LK", "cortical cyst 15 mm.", ("Kidney and ureter", "cyst", "left")),
    ("GB", "single 11 mm stone.", ("Gallbladder and bile ducts", None, None)),
    ("RT lobe", "solid hypoechoic nodule 14 mm.", ("Thyroid gland", "nodule", "right")),
    ("LT lobe", "solid hypoechoic nodule 14 mm.", ("Thyroid gland", "nodule", "left")),
    ("POD", "18 mm free fluid.", (PERITONEUM, FLUID, None)),
)
_ABBREV_BEFORE = (
    "Uterus: 8.4 cm, endometrium 6 mm.",
    "Findings:",
    "Bladder: normal.",
)


def _abbrev_cases() -> Iterator[Case]:
    for i, (head, rest, lesion) in enumerate(_ABBREVIATIONS):
        for j, line in enumerate(_ABBREV_BEFORE):
            if head.endswith("lobe"):  # (a bare lobe is the thyroid's only in a thyroid report)
                line = ("Thyroid: normal size.", "THYROID ULTRASOUND", "Isthmus: 2 mm.")[j]
            yield Case(f"abbrev-{i}-{j}", "abbrev", f"{line}\n{head}: {rest}", (lesion,))


_WALL_PARTS = ("above the rectus sheath", "superficial to the linea alba", "at the umbilicus", "over the rectus muscle")
_WALL_LESIONS = ("subcutaneous collection", "subcutaneous haematoma", "collection in the subcutaneous fat")


def _wall_cases() -> Iterator[Case]:
    for i, part in enumerate(_WALL_PARTS):
        for j, lesion in enumerate(_WALL_LESIONS):
            text = f"Uterus: 12 cm, post partum.\nWound: {lesion} {part}, 5.6 x 2.0 cm."
            yield Case(f"wall-{i}-{j}", "wall", text, (("Abdominal wall", FLUID, None),))


# A space named in the same line as the neighbour, in prose, by another lesion word, or in a one-line FAST report.
_INLINE: tuple[tuple[str, tuple[Lesion, ...]], ...] = (
    ("Liver: normal; fluid in Morison's pouch, 9 mm stripe.", ((PERITONEUM, FLUID, None),)),
    ("The liver is normal. There is a 2.4 cm collection in the subhepatic space.", ((PERITONEUM, FLUID, None),)),
    ("Right kidney normal. A 3 cm haematoma lies in the hepatorenal space.", ((PERITONEUM, FLUID, None),)),
    ("Spleen normal. Small amount of fluid in the splenorenal recess, 5 mm.", ((PERITONEUM, FLUID, None),)),
    (
        "Left kidney: 12 mm cyst. Fluid in the left paracolic gutter 8 mm.",
        (("Kidney and ureter", "cyst", "left"), (PERITONEUM, FLUID, None)),
    ),
    (
        "Gallbladder bed: 4 cm seroma. Subhepatic: a second collection of 1.5 cm.",
        (("Gallbladder and bile ducts", FLUID, None), (PERITONEUM, FLUID, None)),
    ),
    (
        "FAST: RUQ positive, fluid in Morison's pouch 12 mm. LUQ: fluid 6 mm. Pelvis: fluid 20 mm.",
        ((PERITONEUM, FLUID, None), (PERITONEUM, FLUID, None), (PERITONEUM, FLUID, None)),
    ),
    (
        "Pleura: right effusion 3 cm.\nRUQ: perihepatic collection 4 x 2 cm, ?abscess.",
        (("Pleural space", FLUID, "right"), (PERITONEUM, FLUID, None)),
    ),
    (
        "Terminal ileum: wall 7 mm, hyperaemic. A 26 mm abscess medial to the terminal ileum.",
        ((PERITONEUM, FLUID, None),),
    ),
    ("Bowel: thickened TI 6 mm. 28 x 19 mm interloop abscess beside the TI.", ((PERITONEUM, FLUID, None),)),
    ("Liver: normal. LUQ: perisplenic fluid 7 mm.", (("Spleen", FLUID, None),)),
)


# A space denied beside another organ's lesion, fluid placed in the recess by the ovary heading's own sentence, a
# nounless FAST stripe.
_HARD: tuple[tuple[str, tuple[Lesion, ...]], ...] = (
    ("Liver: 2 cm cyst, no free fluid in Morison's pouch.", (("Liver", "cyst", None),)),
    ("Right kidney: 12 mm cyst; no fluid in the hepatorenal space.", (("Kidney and ureter", "cyst", "right"),)),
    ("Spleen: 1 cm cyst. No perisplenic or splenorenal fluid.", (("Spleen", "cyst", None),)),
    ("Gallbladder: 8 mm stone. No subhepatic collection.", (("Gallbladder and bile ducts", None, None),)),
    (
        "Left ovary: 3 cm haemorrhagic cyst with fluid in the pouch of Douglas.",
        (("Adnexa", "cyst", "left"), (PERITONEUM, FLUID, None)),
    ),
    ("LUQ: splenorenal thin stripe 4 mm.", ((PERITONEUM, FLUID, None),)),
)


def _hard_cases() -> Iterator[Case]:
    for i, (text, expected) in enumerate(_HARD):
        yield Case(f"hard-{i}", "hard", text, expected)


def _inline_cases() -> Iterator[Case]:
    for i, (text, expected) in enumerate(_INLINE):
        yield Case(f"inline-{i}", "inline", text, expected)


def cases() -> list[Case]:
    """Every case of the battery, in a fixed order (ids are unique)."""
    out = [
        *_space_cases(),
        *_recess_cases(),
        *_region_cases(),
        *_abbrev_cases(),
        *_wall_cases(),
        *_inline_cases(),
        *_hard_cases(),
    ]
    return unique_ids(out)


# Cases of the classes not handled yet.
LEFT: frozenset[str] = frozenset()


def main(argv: list[str]) -> None:
    print_pass_rates(cases(), lambda case, report: check(case, report.findings), "-v" in argv)


if __name__ == "__main__":
    main(sys.argv[1:])
