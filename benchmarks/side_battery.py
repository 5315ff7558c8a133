"""A generated battery of lesion sides and organs: passages built from templates x fillers, each with the
(organ, diagnosis, side) of every lesion the corpus guideline asks for, so that the side rules are checked on
wordings no development corpus holds.

Axes (one per family of templates):

- ``form``: how a side is written ("right", "Rt", "R", "RT.", "rt", "left-sided", "on the left", "bilateral",
  "B/L", "both");
- ``where``: where it is given (on the organ, on the lesion, a heading line "RIGHT KIDNEY:", "Right:" or "R)"
  under an organ heading, a line "Left side", a table with side columns or side rows, a bilateral heading followed
  by one line per side, after the lesion, an impression restating the lesion);
- ``hold``: how long it holds (the next sentences about the organ; up to another organ, the other side, "the other
  ovary", "contralateral", "the left is normal");
- ``unpaired``: side words inside unpaired organs that are no side (liver lobes, hepatic and portal veins, the
  thyroid isthmus, uterine and bladder walls, positions beside the IVC);
- ``landmark``: lesions at a landmark of another organ (pericholecystic fluid, perinephric collections, a
  parathyroid adenoma behind a thyroid lobe, free fluid in an iliac fossa, an effusion under a "Chest R:" line);
- ``multi``: several organs in one list or sentence;
- ``neighbour``: a lesion whose own words name its organ under a neighbouring organ's heading ("Lungs: small right
  effusion", "Uterus: ... right ovarian cyst");
- ``region``: a body-region heading with a side ("Chest R: effusion 6 cm deep") beside another region's line
  ("Abdomen: no ascites");
- ``barelobe``: a bare "rt lobe" / "Lt. lobe" whose side holds for the next sentences about the thyroid;
- ``node``: axillary nodes (sized or not, hilum described, "in the axilla on the right side") under Axilla, cervical
  ones under Lymph nodes;
- ``heading``: abbreviated and bracketed organ headings ("SMG R:", "Parotid (L):", "R) knee"), limbs ("Left calf:",
  "RIGHT THIGH -"), the VUJ;
- ``bilines``: a bilateral heading whose lines each name the organ again ("Kidneys: Right kidney ... Left kidney");
- ``impression``: a lesion beside the thyroid that only the impression or answer names a parathyroid adenoma;
- ``scope``: a side word governs its own clause, list item or heading section, not a window of words: a heading
  line's side for every lesion of its section ("2) Right forearm: 11 mm lesion, also lipoma", "SMG (R): enlarged. A
  7 mm calculus"), ended by a later heading or by a later clause naming the other side; no side for a midline part
  (the isthmus) under a sided scope; one side stated in a sentence narrowing a pair carried from before; "both"
  pointing back at the lesions just listed; "opposite" / "contralateral" / "other" against the side before;
- ``composite``: 60 seeded reports of three or four organ blocks (paired organs with one side normal, unpaired organs
  with side words, effusions, nodes, thyroid lobes, bilateral groups) in one of four layouts (capitals headings,
  terse, list, prose), some inside FINDINGS/IMPRESSION;
- ``style``: the same reports as other writers type them: a patient in lower case, a dictation system in capitals
  with ".,", one run-on line of semicolons, a phone message without stops or commas, numbered lines, capitals
  without full stops (three of the six per report).

Run ``python benchmarks/side_battery.py`` for the per-axis pass rate (and ``-v`` for the failing cases); the test
``tests/test_side_attachment_battery.py`` asserts every case outside ``LEFT`` (the classes not handled yet).
A case passes when each expected lesion is paired with a parsed lesion finding (as the findings score pairs them:
same organ, then same diagnosis, then order) that has the expected side.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import cycle
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _battery_report import print_pass_rates, unique_ids

Lesion = tuple[str, "str | None", "str | None"]  # (organ, diagnosis, side)


@dataclass(frozen=True)
class Case:
    id: str
    axis: str
    text: str
    expected: tuple[Lesion, ...]
    exact: bool = False  # no lesion finding beyond the expected ones (an impression restating one adds none)


@dataclass(frozen=True)
class Paired:
    """A paired organ: its name after a side word, its plural, a lesion (first and second) and the lesion written
    with an adjective of the organ ("renal cyst")."""

    key: str
    organ: str
    noun: str
    plural: str
    lesion: str
    second: str
    diagnosis: str | None
    adjective: str  # "renal cyst of 14 mm": the lesion named with the organ's adjective, sized after it


PAIRED = (
    Paired(
        "kidney",
        "Kidney and ureter",
        "kidney",
        "kidneys",
        "a 14 mm simple cyst",
        "a 6 mm cortical cyst",
        "cyst",
        "renal cyst of 14 mm",
    ),
    Paired(
        "ovary",
        "Adnexa",
        "ovary",
        "ovaries",
        "a 32 mm simple cyst",
        "a 15 mm haemorrhagic cyst",
        "cyst",
        "ovarian cyst of 32 mm",
    ),
    Paired(
        "testis",
        "Scrotum",
        "testis",
        "testes",
        "a 6 mm intratesticular cyst",
        "a 4 mm cyst",
        "cyst",
        "testicular cyst of 6 mm",
    ),
    Paired(
        "breast", "Breast", "breast", "breasts", "a 12 mm simple cyst", "a 7 mm cyst", "cyst", "breast cyst of 12 mm"
    ),
    Paired(
        "thyroid",
        "Thyroid gland",
        "thyroid lobe",
        "thyroid lobes",
        "a 15 mm solid nodule",
        "a 6 mm nodule",
        "nodule",
        "thyroid nodule of 15 mm",
    ),
    Paired(
        "adrenal",
        "Adrenal glands",
        "adrenal gland",
        "adrenal glands",
        "a 21 mm solid mass",
        "a 9 mm nodule",
        "mass",
        "adrenal mass of 21 mm",
    ),
    Paired(
        "parotid",
        "Salivary glands",
        "parotid gland",
        "parotid glands",
        "a 14 mm solid mass",
        "a 6 mm mass",
        "mass",
        "parotid mass of 14 mm",
    ),
    Paired(
        "knee", "Knee", "knee", "knees", "a 25 mm Baker's cyst", "a 9 mm meniscal cyst", "cyst", "Baker's cyst of 25 mm"
    ),
    Paired(
        "wrist",
        "Wrist and carpus",
        "wrist",
        "wrists",
        "an 11 mm ganglion cyst",
        "a 5 mm ganglion cyst",
        "cyst",
        "wrist ganglion cyst of 11 mm",
    ),
    Paired(
        "axilla",
        "Axilla",
        "axilla",
        "axillae",
        "an enlarged 18 mm lymph node with loss of its fatty hilum",
        "a second enlarged 12 mm node",
        None,
        "axillary lymph node of 18 mm, enlarged and without a hilum",
    ),
)
_BY_KEY = {p.key: p for p in PAIRED}
OTHER = {"right": "left", "left": "right"}

# How a side is written on an organ ("Rt kidney"), by the side it means.
FORMS = {
    "right": ("right", "Right", "RIGHT", "Rt", "RT", "Rt.", "R", "rt", "R."),
    "left": ("left", "Left", "LEFT", "Lt", "LT", "Lt.", "L", "lt", "L."),
}


def _mm(lesion: str) -> str:
    """The number of millimetres in a lesion phrase ("a 14 mm simple cyst" -> "14")."""
    words = lesion.split()
    return words[words.index("mm") - 1]


def _unsized(lesion: str) -> str:
    """A lesion phrase without its article and size ("a 14 mm simple cyst" -> "simple cyst")."""
    return lesion.split(" mm ", 1)[1]


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


def _lesion(p: Paired, side: str | None) -> Lesion:
    return (p.organ, p.diagnosis, side)


def _form_cases() -> Iterator[Case]:
    organs = cycle(PAIRED)
    for side, forms in FORMS.items():
        for form in forms:
            for shape in (
                "{F} {noun}: {lesion}.",
                "The {F} {noun} contains {lesion}.",
                "There is {lesion} in the {F} {noun}.",
            ):
                p = next(organs)
                text = shape.format(F=form, noun=p.noun, lesion=p.lesion)
                yield Case(f"form-{side}-{form}-{p.key}-{shape[:6]}", "form", _cap(text), (_lesion(p, side),))
    for p, side in zip(PAIRED, cycle(("left", "right"))):
        yield Case(
            f"form-on-the-{p.key}",
            "form",
            f"{_cap(p.plural)}: normal size. {_cap(p.lesion)} is seen on the {side}.",
            (_lesion(p, side),),
        )
        yield Case(f"form-sided-{p.key}", "form", f"A {side}-sided {p.adjective} is noted.", (_lesion(p, side),))
    for p, short in zip(PAIRED, cycle(("rt", "lt"))):
        side = "right" if short == "rt" else "left"
        yield Case(f"form-{short}-sided-{p.key}", "form", f"{_cap(short)}-sided {p.adjective}.", (_lesion(p, side),))
    groups = {
        "kidney": "simple renal cysts, the largest 14 mm",
        "ovary": "ovarian cysts, the largest 32 mm",
        "breast": "simple breast cysts, the largest 12 mm",
        "testis": "epididymal head cysts, up to 6 mm",
        "knee": "Baker's cysts, the larger 25 mm",
        "parotid": "parotid masses, the larger 14 mm",
    }
    for key, group in groups.items():
        p = _BY_KEY[key]
        organ = "Scrotum" if key == "testis" else p.organ
        for word in ("Bilateral", "B/L"):
            yield Case(f"form-{word}-{key}", "form", f"{word} {group}.", ((organ, p.diagnosis, "bilateral"),))
        yield Case(
            f"form-both-{key}",
            "form",
            f"Both {p.plural} contain {group.split(',')[0].split()[-1]}, the largest {p.lesion.split()[1]} mm.",
            ((organ, p.diagnosis, "bilateral"),),
        )


def _where_cases() -> Iterator[Case]:
    for p, side in zip(PAIRED, cycle(("right", "left"))):
        other = OTHER[side]
        exp = (_lesion(p, side),)
        yield Case(f"where-lesion-adj-{p.key}", "where", f"There is a {side} {p.adjective}.", exp)
        yield Case(
            f"where-caps-heading-{p.key}",
            "where",
            f"{side.upper()} {p.noun.upper()}:\nNormal size and echotexture. {_cap(p.lesion)} is seen.\n"
            f"{other.upper()} {p.noun.upper()}:\nNormal.",
            exp,
        )
        yield Case(
            f"where-side-colon-{p.key}",
            "where",
            f"{p.plural.upper()}:\n{_cap(side)}: {p.lesion}.\n{_cap(other)}: normal.",
            exp,
        )
        yield Case(
            f"where-side-letter-{p.key}",
            "where",
            f"{_cap(p.plural)}:\n{side[0].upper()}: {p.lesion}.\n{other[0].upper()}: normal.",
            exp,
        )
        yield Case(
            f"where-side-paren-{p.key}",
            "where",
            f"{_cap(p.plural)}\n{side[0].upper()}) {p.lesion}.\n{other[0].upper()}) unremarkable.",
            exp,
        )
        yield Case(
            f"where-side-line-{p.key}",
            "where",
            f"{p.plural.upper()}\n{_cap(other)} side\nNormal.\n{_cap(side)} side\n{_cap(p.lesion)}.",
            exp,
        )
        yield Case(
            f"where-after-{p.key}",
            "where",
            f"{_cap(p.plural)}: {p.lesion.split(' ', 1)[1]}, {side[0].upper()}. Otherwise normal.",
            exp,
        )
        yield Case(
            f"where-impression-plain-{p.key}",
            "where",
            f"FINDINGS: The {side} {p.noun} shows {p.lesion}. The {other} {p.noun} is normal.\n"
            f"IMPRESSION: {_cap(p.lesion.split(' ', 1)[1])}.",
            exp,
        )
        yield Case(
            f"where-impression-sided-{p.key}",
            "where",
            f"FINDINGS: The {side} {p.noun} shows {p.lesion}. The {other} {p.noun} is normal.\n"
            f"IMPRESSION: {_cap(side)} {p.adjective.split(' of ')[0]}.",
            exp,
        )
    for p, side in zip(PAIRED, cycle(("left", "right"))):
        other = OTHER[side]
        yield Case(
            f"where-impression-inline-{p.key}",
            "where",
            f"{_cap(side)} {p.noun}: {p.lesion}. {_cap(other)} {p.noun}: normal.\nImpression: {_unsized(p.lesion)}.",
            (_lesion(p, side),),
            exact=True,
        )
        yield Case(
            f"where-wrapped-{p.key}",
            "where",
            f"{_cap(p.plural)} examined. There is {p.lesion} in the {side}\n{p.noun}, otherwise normal.",
            (_lesion(p, side),),
        )
        yield Case(
            f"where-elliptic-clause-{p.key}",
            "where",
            f"{_cap(side)} {p.adjective}; {other[0].upper()} side smaller, {_mm(p.second)} mm.",
            (_lesion(p, side), _lesion(p, other)),
        )
    for n, p in enumerate(PAIRED[:6]):
        row = _cap(p.lesion.split(" ", 1)[1])
        a, b = ("R", "L") if n % 2 else ("Rt", "Lt")
        noun = p.lesion.split()[-1]
        yield Case(
            f"where-table-letters-{p.key}",
            "where",
            f"{p.plural.upper()}\n| # | Side | Site | Finding | Size |\n"
            f"| 1 | {a} | upper | {noun} | {_mm(p.lesion)} mm |\n"
            f"| 2 | {a} | lower | {noun} | {_mm(p.second)} mm |\n"
            f"| 3 | {b} | mid | {noun} | 5 mm |",
            (_lesion(p, "right"), _lesion(p, "right"), _lesion(p, "left")),
        )
        yield Case(
            f"where-table-columns-{p.key}",
            "where",
            f"{p.plural.upper()} | RIGHT | LEFT\nSize | normal | normal\nFindings | none | {row}",
            (_lesion(p, "left"),),
        )
        yield Case(
            f"where-table-rows-{p.key}",
            "where",
            f"{p.plural.upper()}\nSide | Findings\nRight | {row}\nLeft | normal",
            (_lesion(p, "right"),),
        )
    bilateral_headings = {
        "kidney": ("Bilateral renal cysts:", "14 mm, upper pole", "9 mm, lower pole", "cyst"),
        "ovary": ("Bilateral ovarian cysts:", "32 mm simple", "21 mm simple", "cyst"),
        "breast": ("Bilateral breast cysts:", "12 mm at 10 o'clock", "8 mm at 2 o'clock", "cyst"),
        "thyroid": ("Bilateral thyroid nodules:", "15 mm, solid", "9 mm, spongiform", "nodule"),
        "adrenal": ("Bilateral adrenal masses:", "21 mm", "17 mm", "mass"),
        "knee": ("Bilateral Baker's cysts:", "25 mm", "19 mm", "cyst"),
    }
    for key, (heading, right, left, dx) in bilateral_headings.items():
        p = _BY_KEY[key]
        yield Case(
            f"where-bilateral-heading-{key}",
            "where",
            f"{heading}\nRight: {right}.\nLeft: {left}.",
            ((p.organ, dx, "right"), (p.organ, dx, "left")),
        )


def _hold_cases() -> Iterator[Case]:
    for p, side in zip(PAIRED, cycle(("left", "right"))):
        other = OTHER[side]
        yield Case(
            f"hold-next-sentence-{p.key}",
            "hold",
            f"{_cap(side)} {p.noun}: normal size. {_cap(p.lesion)} is seen. There is also {p.second}.",
            (_lesion(p, side), (p.organ, None, side))
            if p.diagnosis is None
            else (_lesion(p, side), (p.organ, p.diagnosis, side)),
        )
        yield Case(
            f"hold-stops-unpaired-{p.key}",
            "hold",
            f"The {side} {p.noun} has {p.lesion}. Spleen: a 9 mm simple cyst.",
            (_lesion(p, side), ("Spleen", "cyst", None)),
        )
        yield Case(
            f"hold-stops-liver-{p.key}",
            "hold",
            f"{_cap(side)} {p.noun}: {p.lesion}.\nLiver: a 15 mm haemangioma in segment 6.",
            (_lesion(p, side), ("Liver", "mass", None)),
        )
        yield Case(
            f"hold-other-side-{p.key}",
            "hold",
            f"{_cap(side)} {p.noun}: normal. {_cap(other)} {p.noun}: {p.lesion}.",
            (_lesion(p, other),),
        )
        yield Case(
            f"hold-left-is-normal-{p.key}",
            "hold",
            f"The {side} {p.noun} contains {p.lesion}. The {other} is normal.",
            (_lesion(p, side),),
        )
        yield Case(
            f"hold-other-{p.key}",
            "hold",
            f"The {side} {p.noun} contains {p.lesion}. The other {p.noun} contains {p.second}.",
            (_lesion(p, side), (p.organ, p.diagnosis if p.key != "adrenal" else "nodule", other)),
        )
        yield Case(
            f"hold-contralateral-{p.key}",
            "hold",
            f"{_cap(p.lesion)} in the {side} {p.noun}. {_cap(p.second)} in the contralateral {p.noun}.",
            (_lesion(p, side), (p.organ, p.diagnosis if p.key != "adrenal" else "nodule", other)),
        )
    for side in ("right", "left"):
        short = side[0] + "t"
        yield Case(
            f"hold-bare-lobe-{side}",
            "hold",
            f"the {short} lobe measures 48 x 17 x 16 mm and contains 2 nodules. the upper pole nodule is "
            f"solid, 19 mm. the lower one is mixed, 8 mm. isthmus 3 mm.",
            (("Thyroid gland", "nodule", side), ("Thyroid gland", "nodule", side)),
        )
        yield Case(
            f"hold-same-sentence-normal-{side}",
            "hold",
            f"{side} kidney has a stone 7mm lower pole and a cyst 2.2 x 2 cm upper, {OTHER[side]} kidney "
            f"normal. prostate 45cc.",
            (("Kidney and ureter", None, side), ("Kidney and ureter", "cyst", side)),
        )
        yield Case(
            f"hold-wrapped-scattered-{side}",
            "hold",
            f"Dominant nodule in the {side} lobe, 36 mm. Further smaller nodules are scattered through the "
            f"{side}\nlobe, up to 11 mm. Isthmus 3 mm.",
            (("Thyroid gland", "nodule", side), ("Thyroid gland", "nodule", side)),
        )
    # A side heading over a body half: the paired organs under it take its side; an unpaired one ends it.
    for side in ("right", "left"):
        yield Case(
            f"hold-side-heading-joints-{side}",
            "hold",
            f"{side.upper()} SIDE:\nKnee: a 25 mm Baker's cyst.\nWrist: an 11 mm ganglion cyst.",
            (("Knee", "cyst", side), ("Wrist and carpus", "cyst", side)),
        )
        yield Case(
            f"hold-side-heading-unpaired-{side}",
            "hold",
            f"{side.upper()}:\nKidney: a 14 mm simple cyst.\nLiver: a 15 mm haemangioma in segment 6.",
            (("Kidney and ureter", "cyst", side), ("Liver", "mass", None)),
        )


def _unpaired_cases() -> Iterator[Case]:
    for side in ("right", "left"):
        yield Case(
            f"unpaired-liver-lobe-{side}",
            "unpaired",
            f"Liver: a 14 mm haemangioma in the {side} lobe.",
            (("Liver", "mass", None),),
        )
        yield Case(
            f"unpaired-liver-lobe-of-{side}",
            "unpaired",
            f"A 22 mm simple cyst in the {side} lobe of the liver.",
            (("Liver", "cyst", None),),
        )
        yield Case(
            f"unpaired-hepatic-vein-{side}",
            "unpaired",
            f"Liver: a 20 mm simple cyst adjacent to the {side} hepatic vein.",
            (("Liver", "cyst", None),),
        )
        yield Case(
            f"unpaired-portal-vein-{side}",
            "unpaired",
            f"Liver: a 12 mm haemangioma next to the {side} portal vein.",
            (("Liver", "mass", None),),
        )
        yield Case(
            f"unpaired-uterus-wall-{side}",
            "unpaired",
            f"Uterus: a 25 mm intramural fibroid in the {side} lateral wall.",
            (("Uterus", "mass", None),),
        )
        yield Case(
            f"unpaired-bladder-wall-{side}",
            "unpaired",
            f"Bladder: a 9 mm calculus at the {side} posterolateral wall.",
            (("Bladder", None, None),),
        )
        yield Case(
            f"unpaired-isthmus-after-{side}",
            "unpaired",
            f"Thyroid: {side} lobe 45 mm with a 15 mm solid nodule. Isthmus 3 mm with a 6 mm nodule.",
            (("Thyroid gland", "nodule", side), ("Thyroid gland", "nodule", None)),
        )
        yield Case(
            f"unpaired-thyroid-lobe-{side}",
            "unpaired",
            f"Thyroid: the {side} lobe contains a 15 mm solid nodule.",
            (("Thyroid gland", "nodule", side),),
        )
        yield Case(
            f"unpaired-thyroid-lobe-of-{side}",
            "unpaired",
            f"A 15 mm solid nodule in the {side} lobe of the thyroid.",
            (("Thyroid gland", "nodule", side),),
        )
        yield Case(
            f"unpaired-after-paired-{side}",
            "unpaired",
            f"{_cap(side)} kidney: a 14 mm simple cyst.\nPancreas: a 9 mm cyst in the head.",
            (("Kidney and ureter", "cyst", side), ("Pancreas", "cyst", None)),
        )
        yield Case(
            f"unpaired-spleen-after-{side}",
            "unpaired",
            f"The {side} kidney has a 14 mm simple cyst. The spleen has a 9 mm cyst at its {side} border.",
            (("Kidney and ureter", "cyst", side), ("Spleen", "cyst", None)),
        )
        yield Case(
            f"unpaired-gallbladder-after-{side}",
            "unpaired",
            f"{side.upper()} KIDNEY: a 14 mm simple cyst.\nGALLBLADDER: a 12 mm calculus.",
            (("Kidney and ureter", "cyst", side), ("Gallbladder and bile ducts", None, None)),
        )
    yield Case(
        "unpaired-isthmus-heading", "unpaired", "Thyroid isthmus: a 6 mm nodule.", (("Thyroid gland", "nodule", None),)
    )


def _landmark_cases() -> Iterator[Case]:
    for side in ("right", "left"):
        other = OTHER[side]
        yield Case(
            f"landmark-perinephric-{side}",
            "landmark",
            f"A 35 mm perinephric collection around the {side} kidney.",
            (("Kidney and ureter", "fluid collection", side),),
        )
        yield Case(
            f"landmark-parathyroid-{side}",
            "landmark",
            f"A 14 mm parathyroid adenoma posterior to the {side} thyroid lobe.",
            (("Parathyroid glands", "nodule", side),),
        )
        yield Case(
            f"landmark-parathyroid-under-thyroid-{side}",
            "landmark",
            f"THYROID: {other} lobe normal. {_cap(side)} lobe: normal.\n"
            f"A 12 mm hypoechoic parathyroid adenoma lies posterior to the lower pole of the {side} lobe.",
            (("Parathyroid glands", "nodule", side),),
        )
        yield Case(
            f"landmark-iliac-fossa-after-{side}",
            "landmark",
            f"{_cap(side)} ovary: a 32 mm simple cyst. Free fluid in the {side} iliac fossa, 15 mm deep.",
            (("Adnexa", "cyst", side), ("Peritoneum mesentery and omentum", "fluid collection", None)),
        )
        yield Case(
            f"landmark-chest-{side}",
            "landmark",
            f"Chest {side[0].upper()}: small effusion, 15 mm deep.\nChest {other[0].upper()}: clear.",
            (("Pleural space", "fluid collection", side),),
        )
        yield Case(
            f"landmark-lungs-{side}",
            "landmark",
            f"Lungs: small {side} effusion, 20 mm depth.",
            (("Pleural space", "fluid collection", side),),
        )
        yield Case(
            f"landmark-pleural-{side}",
            "landmark",
            f"Small {side} pleural effusion, 20 mm deep.",
            (("Pleural space", "fluid collection", side),),
        )
        yield Case(
            f"landmark-morison-after-{side}",
            "landmark",
            f"{side.upper()} KIDNEY: a 14 mm simple cyst.\nMorison's pouch: free fluid 8 mm deep.",
            (("Kidney and ureter", "cyst", side), ("Peritoneum mesentery and omentum", "fluid collection", None)),
        )
        yield Case(
            f"landmark-popliteal-{side}",
            "landmark",
            f"{_cap(side)} popliteal fossa: a 25 mm Baker's cyst.",
            (("Knee", "cyst", side),),
        )
    for lead in ("Gallbladder: wall 2 mm. ", "Gallbladder: contains a 12 mm calculus. ", ""):
        fluid = ("Gallbladder and bile ducts", "fluid collection", None)
        stones = (("Gallbladder and bile ducts", None, None),) if "calculus" in lead else ()
        yield Case(
            f"landmark-pericholecystic-{len(lead)}",
            "landmark",
            f"{lead}Pericholecystic fluid is noted.",
            (*stones, fluid),
        )
    yield Case(
        "landmark-pericholecystic-after-kidney",
        "landmark",
        "RIGHT KIDNEY: a 14 mm simple cyst.\nGallbladder: thick wall with a small amount of pericholecystic fluid.",
        (("Kidney and ureter", "cyst", "right"), ("Gallbladder and bile ducts", "fluid collection", None)),
    )


def _multi_cases() -> Iterator[Case]:
    pairs = list(zip(PAIRED, PAIRED[1:] + PAIRED[:1], strict=True))
    for (a, b), side in zip(pairs, cycle(("right", "left"))):
        other = OTHER[side]
        yield Case(
            f"multi-list-{a.key}-{b.key}",
            "multi",
            f"There is {a.lesion} in the {side} {a.noun} and {b.lesion} in the {other} {b.noun}.",
            (_lesion(a, side), _lesion(b, other)),
        )
        yield Case(
            f"multi-semicolons-{a.key}-{b.key}",
            "multi",
            f"{_cap(side)} {a.noun}: {a.lesion}; {other} {b.noun}: {b.lesion}; spleen: a 9 mm simple cyst.",
            (_lesion(a, side), _lesion(b, other), ("Spleen", "cyst", None)),
        )
        yield Case(
            f"multi-lines-{a.key}-{b.key}",
            "multi",
            f"{side.upper()} {a.noun.upper()}: {a.lesion}.\nLIVER: a 15 mm haemangioma in segment 6.\n"
            f"{b.noun.upper()}: {b.lesion}, {other}.",
            (_lesion(a, side), ("Liver", "mass", None), _lesion(b, other)),
        )
    yield Case(
        "multi-bilateral-largest-left",
        "multi",
        "Simple cysts in both kidneys, the largest 14 mm on the left.",
        (("Kidney and ureter", "cyst", "bilateral"),),
    )
    yield Case(
        "multi-each-side-sized",
        "multi",
        "Bilateral pleural effusions, right 45 mm and left 28 mm deep.",
        (("Pleural space", "fluid collection", "right"), ("Pleural space", "fluid collection", "left")),
    )


def _variant_cases() -> Iterator[Case]:
    """Wordings of the same axes that unseen writers use: the side after the organ or in brackets, organ
    abbreviations, numbered lines, clock faces, each side sized in one sentence, "ipsilateral", node levels, limbs."""
    for p, side in zip(PAIRED, cycle(("left", "right")), strict=False):
        other = OTHER[side]
        exp = (_lesion(p, side),)
        yield Case(f"where-organ-comma-side-{p.key}", "where", f"{p.noun.upper()}, {side.upper()}: {p.lesion}.", exp)
        yield Case(f"where-side-in-brackets-{p.key}", "where", f"{_cap(p.noun)} ({side[0].upper()}): {p.lesion}.", exp)
        yield Case(f"where-side-dash-{p.key}", "where", f"{_cap(p.noun)} - {side}: {p.lesion}.", exp)
        yield Case(
            f"where-numbered-{p.key}",
            "where",
            f"1. {_cap(side)} {p.noun}: {p.lesion}.\n2. {_cap(other)} {p.noun}: unremarkable.",
            exp,
        )
        yield Case(
            f"where-side-last-{p.key}", "where", f"{_cap(p.lesion)} is seen in the {p.noun} on the {side} side.", exp
        )
        yield Case(
            f"where-impression-side-only-{p.key}",
            "where",
            f"{side.upper()} {p.noun.upper()}:\n{_cap(p.lesion)}.\n{other.upper()} {p.noun.upper()}:\nNormal.\n"
            f"IMPRESSION: {_cap(side)} {_unsized(p.lesion)}.",
            exp,
            exact=True,
        )
        yield Case(
            f"hold-ipsilateral-{p.key}",
            "hold",
            f"{_cap(p.lesion)} in the {side} {p.noun}. {_cap(p.second)} is also present on the same side.",
            (_lesion(p, side), (p.organ, p.diagnosis if p.key != "adrenal" else "nodule", side)),
        )
        yield Case(
            f"hold-contralateral-heading-{p.key}",
            "hold",
            f"{_cap(side)} {p.noun}: {p.lesion}.\nContralateral {p.noun}: {p.second}.",
            (_lesion(p, side), (p.organ, p.diagnosis if p.key != "adrenal" else "nodule", other)),
        )
    for key, abbr in (("kidney", ("RK", "LK")), ("ovary", ("Rt ov", "Lt ov"))):
        p = _BY_KEY[key]
        for side, a in zip(("right", "left"), abbr, strict=True):
            yield Case(f"form-abbreviation-{a}", "form", f"{a}: {p.lesion}.", (_lesion(p, side),))
    # Latin side abbreviations after the organ ("Ren dx.:", "Testis sin.:"), the pair a writer mixes from two
    # systems (Italian "dx.", Latin "sin."), each side on its own heading, either side first.
    latin = {"right": "dx.", "left": "sin."}
    for p, side in zip(PAIRED, cycle(("left", "right")), strict=False):
        other = OTHER[side]
        for first in (side, other):
            second = OTHER[first]
            finding = {side: p.lesion, other: "normal"}
            text = (
                f"{_cap(p.noun)} {latin[first]}: {finding[first]}. {_cap(p.noun)} {latin[second]}: {finding[second]}."
            )
            yield Case(f"form-latin-{p.key}-{side}-{first}-first", "form", text, (_lesion(p, side),))
    for side in ("right", "left"):
        s1 = side[0].upper()
        yield Case(
            f"form-clock-{side}",
            "form",
            f"Breasts: {s1} 10 o'clock, 4 cm FN: 12 mm simple cyst.",
            (("Breast", "cyst", side),),
        )
        yield Case(
            f"form-node-level-{side}",
            "form",
            f"Neck: {s1} level III node, rounded, 16 mm, hilum absent.",
            (("Lymph nodes", None, side),),
        )
        yield Case(
            f"form-limb-{side}",
            "form",
            f"{_cap(side)} calf: 35 mm intramuscular haematoma.",
            (("Soft tissues", "fluid collection", side),),
        )
        yield Case(
            f"form-popliteal-{side}",
            "form",
            f"Baker's cyst in the {side} popliteal fossa, 28 mm.",
            (("Knee", "cyst", side),),
        )
    for p in (_BY_KEY["kidney"], _BY_KEY["ovary"], _BY_KEY["breast"]):
        yield Case(
            f"multi-each-side-own-size-{p.key}",
            "multi",
            f"Both {p.plural} contain simple cysts, right {_mm(p.lesion)} mm and left {_mm(p.second)} mm.",
            ((p.organ, "cyst", "right"), (p.organ, "cyst", "left")),
        )


def _filing_cases() -> Iterator[Case]:
    """The side and organ classes the first wave left (one axis each, several wordings, organs and layouts)."""
    pleural = "Pleural space"
    for side in ("right", "left"):
        other = OTHER[side]
        s1 = side[0].upper()
        fluid = (pleural, "fluid collection", side)
        # ``neighbour``: a lesion whose own words name its organ under the heading of a neighbouring organ.
        for n, text in enumerate(
            (
                f"Lungs: small {side} effusion, 20 mm depth.",
                f"LUNG BASES: {side} pleural effusion 35 mm deep.",
                f"Lungs: no consolidation. Small {side} pleural effusion.",
                f"Lung bases: {side} basal effusion with adjacent atelectasis.",
                f"Liver: normal size and echotexture. Small {side} pleural effusion, 12 mm.",
                f"Spleen: 10 cm. A {side} pleural effusion of 25 mm depth.",
            )
        ):
            yield Case(f"neighbour-pleural-{n}-{side}", "neighbour", text, (fluid,))
        # ... and a lesion of a joint measured from a structure of another organ ("6 mm radial to the nerve").
        for n, text in enumerate(
            (
                f"A 12 mm ganglion cyst arises from the {side} wrist joint, 5 mm radial to the median nerve.",
                f"{_cap(side)} wrist: 9 mm ganglion, ulnar to the nerve.",
                f"Ganglion 7 mm at the dorsal {side} wrist, dorsal to the nerve branch.",
            )
        ):
            yield Case(f"neighbour-wrist-nerve-{n}-{side}", "neighbour", text, (("Wrist and carpus", "cyst", side),))
        yield Case(
            f"neighbour-ovary-under-uterus-{side}",
            "neighbour",
            f"Uterus: anteverted, normal. {_cap(side)} ovarian cyst 32 mm, simple.",
            (("Adnexa", "cyst", side),),
        )
        yield Case(
            f"neighbour-epididymis-under-testes-{side}",
            "neighbour",
            f"Testes: normal size and echotexture. {_cap(side)} epididymal head cyst 5 mm.",
            (("Scrotum", "cyst", side),),
        )
        # ``region``: a body-region heading with a side ("Chest R:") beside other regions' lines.
        for n, text in enumerate(
            (
                f"Chest {s1}: effusion 6 cm deep.\nAbdomen: no ascites.",
                f"Chest {s1}: effusion 6 cm deep.\nChest {other[0].upper()}: no effusion.\nAbdomen: no ascites.",
                f"Abdomen: no free fluid.\nChest ({s1}): effusion, 40 mm depth.",
                f"{s1} chest: moderate effusion 45 mm.\nPelvis: no free fluid.",
                f"CHEST {side.upper()}: small effusion 18 mm.\nABDOMEN: no ascites.",
                f"Chest - {side}: effusion with septations, 5 cm.\nAbdomen: trace fluid only.",
            )
        ):
            yield Case(f"region-chest-{n}-{side}", "region", text, (fluid,))
        # ``barelobe``: a bare "rt lobe" carries its side to the next sentences about the thyroid.
        short = side[0] + "t"
        for n, text in enumerate(
            (
                f"thyroid us. {short} lobe 46 x 18 x 17 mm with 2 nodules. the upper pole nodule is solid, 14 mm. "
                f"the lower one is cystic, 7 mm.",
                f"{_cap(short)} lobe: 45 mm. A solid nodule of 12 mm at the upper pole. A second nodule of "
                f"6 mm inferiorly. Isthmus 3 mm.",
                f"THYROID\n{short.upper()} LOBE:\nEnlarged, 52 mm.\nSolid nodule 21 mm, TR4.\nCyst 6 mm.",
                f"Thyroid: {_cap(short)}. lobe enlarged. Dominant nodule 25 mm in the mid pole. Small nodule 5 mm.",
            )
        ):
            yield Case(
                f"barelobe-{n}-{side}",
                "barelobe",
                text,
                (("Thyroid gland", "nodule", side), ("Thyroid gland", None if n >= 2 else "nodule", side)),
            )
        # ``node``: axillary nodes go to Axilla, sized or not, with their hilum described or not; cervical nodes
        # go to Lymph nodes.
        axilla = ("Axilla", None, side)
        for n, text in enumerate(
            (
                f"An enlarged 18 mm lymph node with loss of its fatty hilum in the {side} axilla.",
                f"A 16 mm node with an effaced hilum is seen in the axilla on the {side} side.",
                f"{_cap(side)} axilla: an enlarged lymph node with a thickened cortex.",
                f"{_cap(side)} axilla: an abnormal node, cortex 5 mm, hilum preserved.",
                f"Enlarged node in the {side} axilla, hilum not seen.",
                f"There is a rounded node in the axilla on the {side}, 14 mm.",
            )
        ):
            yield Case(f"node-axilla-{n}-{side}", "node", text, (axilla,))
        yield Case(
            f"node-neck-{side}",
            "node",
            f"{_cap(side)} neck: level II node 12 mm with loss of fatty hilum.",
            (("Lymph nodes", None, side),),
        )
        # ``heading``: abbreviated and bracketed organ headings, limbs, the VUJ.
        for n, (text, lesion) in enumerate(
            (
                (f"SMG {s1}: 12 mm calculus in the duct.", ("Salivary glands", None, side)),
                (f"Parotid ({s1}): 14 mm solid mass.", ("Salivary glands", "mass", side)),
                (f"{s1}) knee: 25 mm Baker's cyst.", ("Knee", "cyst", side)),
                (f"{_cap(side)} calf: 35 mm intramuscular haematoma.", ("Soft tissues", "fluid collection", side)),
                (
                    f"{side.upper()} THIGH - 40 mm haematoma in the vastus lateralis.",
                    ("Soft tissues", "fluid collection", side),
                ),
                (f"{_cap(side)} VUJ: 5 mm calculus with mild proximal dilatation.", ("Kidney and ureter", None, side)),
                (f"Calculus 4 mm at the {side} VUJ.", ("Kidney and ureter", None, side)),
            )
        ):
            yield Case(f"heading-{n}-{side}", "heading", text, (lesion,))
    # ``bilines``: a bilateral heading whose lines each name the organ again.
    for key, (heading, dx) in {
        "kidney": ("Kidneys:", "cyst"),
        "ovary": ("Ovaries:", "cyst"),
        "breast": ("Breasts:", "cyst"),
        "adrenal": ("Adrenal glands:", "mass"),
    }.items():
        p = _BY_KEY[key]
        for n, sep in enumerate((" ", "\n")):
            text = f"{heading}{sep}Right {p.noun} 20 mm {dx}.{sep}Left {p.noun} 9 mm {dx}."
            yield Case(f"bilines-{key}-{n}", "bilines", text, ((p.organ, dx, "right"), (p.organ, dx, "left")))
    # ``impression``: a parathyroid named only in the impression.
    for side in ("right", "left"):
        for n, text in enumerate(
            (
                f"Thyroid: normal. A 12 mm hypoechoic nodule posterior to the {side} lower pole.\n"
                f"IMPRESSION: {_cap(side)} inferior parathyroid adenoma.",
                f"FINDINGS: 10 mm oval hypoechoic lesion deep to the {side} thyroid lobe.\n"
                f"CONCLUSION: likely parathyroid adenoma.",
                f"Thyroid: multinodular. Posterior to the {side} lower pole lies a 14 mm oval hypoechoic lesion.\n"
                f"Conclusion: {side} parathyroid adenoma.",
            )
        ):
            yield Case(
                f"impression-parathyroid-{n}-{side}",
                "impression",
                text,
                (("Parathyroid glands", "nodule", side),),
                exact=True,
            )


def _scope_cases() -> Iterator[Case]:
    """``scope``: a side word governs its own clause, list item, table row or heading section, not a window of words
    around it: a heading line's side holds for every lesion of its section ("2) Right forearm: 11 mm lesion, also
    lipoma"; "SMG R: enlarged. A 7 mm calculus"); a later heading or a later clause naming the other side starts a
    scope of its own; a midline part (the isthmus) has no side under a sided scope; one side stated in a sentence
    narrows a pair carried from before; "both" pointing back at the lesions just listed is no side."""
    limbs = (
        ("forearm", "Soft tissues"),
        ("upper arm", "Soft tissues"),
        ("anterior thigh", "Soft tissues"),
        ("calf", "Soft tissues"),
        ("flank", "Soft tissues"),
    )
    for n, ((part, organ), side) in enumerate(zip(limbs * 2, cycle(("right", "left")))):
        other = OTHER[side]
        s1 = side[0].upper()
        layouts = (
            f"{n % 4 + 1}) {_cap(side)} {part}: 1.4 cm similar lesion, also lipoma.",
            f"{side.upper()} {part.upper()} (volar, mid): 18 x 6 mm oval lesion in the subcutaneous fat. "
            f"Consistent with lipoma.",
            f"- {s1} {part}: small 9 mm lump in the fat, again a lipoma.\n- {other[0].upper()} {part}: nil.",
            f"{_cap(other)} {part}: normal.\n{_cap(side)} {part}: 2.2 cm lesion, appearances of a lipoma.",
        )
        for k, text in enumerate(layouts):
            yield Case(f"scope-item-{part.replace(' ', '_')}-{k}-{side}", "scope", text, ((organ, "mass", side),))
    glands = (
        ("SMG", "Salivary glands", "calculus", None),
        ("Submandibular gland", "Salivary glands", "calculus", None),
        ("Parotid", "Salivary glands", "solid mass", "mass"),
        ("Kidney", "Kidney and ureter", "calculus", None),
        ("Ovary", "Adnexa", "simple cyst", "cyst"),
        ("Testis", "Scrotum", "cyst", "cyst"),
    )
    for (organ_word, organ, lesion, dx), side in zip(glands * 2, ("right",) * 6 + ("left",) * 6, strict=True):
        s1 = side[0].upper()
        for k, head in enumerate((f"{organ_word} {s1}:", f"{organ_word} ({s1}):", f"{organ_word}, {side}:")):
            yield Case(
                f"scope-heading-after-{organ_word.split()[0]}-{k}-{side}",
                "scope",
                f"{head} enlarged, heterogeneous. A 7 mm {lesion} is seen.",
                ((organ, dx, side),),
            )
    # A later heading with no side ends the scope: a midline part, an unpaired organ.
    for side in ("right", "left"):
        for k, text in enumerate(
            (
                f"1. {_cap(side)} lobe of thyroid: a 9 mm solid nodule.\n2. Isthmus: an anechoic nodule of 3 mm.",
                f"{side.upper()}: level IV node 15 mm, round.\nThyroid: small isthmic nodule 4 mm.",
                f"{_cap(side)} lobe: 45 mm with a 12 mm nodule.\nIsthmus: 4 mm, with a 5 mm cyst.",
                f"Thyroid: {side} lobe 48 mm, a 14 mm nodule in the lower pole; isthmus: a 6 mm nodule.",
                f"{side.upper()} LOBE: 22 mm nodule, TR4.\nISTHMUS: 5 mm spongiform nodule, TR1.",
            )
        ):
            first = ("Lymph nodes", None, side) if k == 1 else ("Thyroid gland", "nodule", side)
            last = ("Thyroid gland", "cyst" if k == 2 else "nodule", None)
            yield Case(f"scope-midline-{k}-{side}", "scope", text, (first, last))
        for k, (text, second) in enumerate(
            (
                (f"{_cap(side)} kidney: a 14 mm cyst.\nBladder: a 6 mm calculus.", ("Bladder", None, None)),
                (f"{_cap(side)} ovary: 3 cm simple cyst.\nUterus: 2 cm fibroid.", ("Uterus", "mass", None)),
                (f"{_cap(side)} breast: 9 mm cyst.\nSpleen: 8 mm cyst.", ("Spleen", "cyst", None)),
            )
        ):
            first = (
                ("Kidney and ureter", "cyst", side),
                ("Adnexa", "cyst", side),
                ("Breast", "cyst", side),
            )[k]
            yield Case(f"scope-ends-unpaired-{k}-{side}", "scope", text, (first, second))
    # A later clause naming the other side (stated normal) starts its own scope.
    for p, side in zip(
        (_BY_KEY[k] for k in ("kidney", "ovary", "breast", "testis") * 2), ("left",) * 4 + ("right",) * 4, strict=True
    ):
        other = OTHER[side]
        yield Case(
            f"scope-clause-other-normal-{p.key}-{side}",
            "scope",
            f"the liver has a 9 mm haemangioma in the right lobe, spleen is 12 cm, {side} {p.noun} has {p.second} "
            f"and {p.lesion}, {other} {p.noun} normal. bladder empty.",
            ((p.organ, p.diagnosis, side), (p.organ, p.diagnosis, side)),
        )
    # One side stated in the sentence narrows the pair carried from the sentence before.
    for side in ("right", "left"):
        for k, text in enumerate(
            (
                f"Both kidneys are normal in size. There is moderate hydronephrosis on the {side} with a 9 mm "
                f"calculus at the VUJ.",
                f"Both kidneys measure 11 cm. Mild hydronephrosis on the {side}, with a 6 mm calculus in the upper "
                f"ureter.",
            )
        ):
            yield Case(f"scope-narrows-pair-{k}-{side}", "scope", text, (("Kidney and ureter", None, side),))
    # "both" pointing back at the lesions just listed.
    for side in ("right", "left"):
        s1 = side[0].upper()
        for k, text in enumerate(
            (
                f"SMG {s1}: a 7.8 mm calculus at the hilum and a second 3 mm calculus distally, both shadowing.",
                f"{_cap(side)} kidney: a 9 mm calculus in the lower pole and a 5 mm calculus in the upper pole, "
                f"both shadowing.",
                f"{_cap(side)} breast: a 12 mm cyst at 2 o'clock and a 7 mm cyst at 4 o'clock, both simple.",
            )
        ):
            organ, dx = (("Salivary glands", None), ("Kidney and ureter", None), ("Breast", "cyst"))[k]
            yield Case(f"scope-both-back-{k}-{side}", "scope", text, ((organ, dx, side), (organ, dx, side)))
    # "the other side", "contralateral", "opposite" resolve against the side stated before.
    for p, side in zip(PAIRED[:7], cycle(("right", "left"))):
        other = OTHER[side]
        dx2 = p.diagnosis if p.key != "adrenal" else "nodule"
        for word in ("opposite", "contralateral", "other"):
            yield Case(
                f"scope-pointer-{word}-{p.key}",
                "scope",
                f"{_cap(side)} {p.noun}: {p.lesion}. The {word} {p.noun} holds {p.second}.",
                (_lesion(p, side), (p.organ, dx2, other)),
            )


def _scope_row_cases() -> Iterator[Case]:
    """``scope``, second part: a table row, a bilateral heading's items, a landmark's side and a midline heading."""
    tables = (
        ("Thyroid nodules:", "Lobe", "Thyroid gland", "nodule", ("solid", "cystic", "mixed")),
        ("Renal cysts:", "Side", "Kidney and ureter", "cyst", ("simple", "simple", "septated")),
        ("Breast cysts:", "Side", "Breast", "cyst", ("simple", "simple", "clustered")),
    )
    for n, (title, column, organ, dx, kinds) in enumerate(tables):
        for a, b in (("R", "L"), ("Rt", "Lt"), ("L", "R")):
            side_a, side_b = ("right", "left") if a[0] == "R" else ("left", "right")
            text = (
                f"{title}\n| # | {column} | Position | Size (mm) | Type |\n"
                f"| 1 | {a} | upper pole | 22 x 14 | {kinds[0]} |\n| 2 | {a} | mid, posterior | 6 x 5 | {kinds[1]} |\n"
                f"| 3 | {b} | lower, lateral | 11 x 9 | {kinds[2]} |"
            )
            yield Case(
                f"scope-row-table-{n}-{a}",
                "scope",
                text,
                ((organ, dx, side_a), (organ, dx, side_a), (organ, dx, side_b)),
            )
    # (a column named by the organ itself: the table's sizes are not split into rows; see LEFT)
    yield Case(
        "scope-row-table-organ-column",
        "scope",
        "Breast cysts:\n| # | Breast | Position | Size (mm) | Type |\n| 1 | R | upper pole | 22 x 14 | simple |\n"
        "| 2 | R | mid, posterior | 6 x 5 | simple |\n| 3 | L | lower, lateral | 11 x 9 | clustered |",
        (("Breast", "cyst", "right"), ("Breast", "cyst", "right"), ("Breast", "cyst", "left")),
    )
    labelled = (
        ("Nodule", "upper", "21 x 14 x 12 mm", "solid nodule", "4 mm", "simple cyst", "Thyroid gland", "nodule"),
        ("Lesion", "10 o'clock", "12 mm", "simple cyst", "6 mm", "simple cyst", "Breast", "cyst"),
    )
    for n, (label, where, size1, dx1, size2, dx2, organ, dx) in enumerate(labelled):
        for a, b in (("R", "L"), ("L", "R")):
            side_a, side_b = ("right", "left") if a == "R" else ("left", "right")
            lead = "Thyroid:" if organ == "Thyroid gland" else "Breasts:"
            text = f"{lead}\n{label} 1 | {a} {where} | {size1} | {dx1}\n{label} 2 | {b} lower | {size2} | {dx2}"
            yield Case(
                f"scope-row-label-{n}-{a}",
                "scope",
                text,
                ((organ, dx, side_a), (organ, "cyst", side_b)),
            )
    headed = (
        (
            "Bilateral renal angiomyolipomas:",
            "kidney",
            "several, up to 19 mm",
            "a dominant 37 mm AML",
            "Kidney and ureter",
            "mass",
        ),
        ("Bilateral breast cysts:", "breast", "several, largest 14 mm", "a single 6 mm cyst", "Breast", "cyst"),
        ("Bilateral ovarian cysts:", "ovary", "two, largest 32 mm", "a 21 mm cyst", "Adnexa", "cyst"),
    )
    for n, (head, noun, first, second, organ, dx) in enumerate(headed):
        for a, b in (("right", "left"), ("left", "right")):
            for k, sep in enumerate(("\n ", " ")):
                text = f"{head}{sep}{a} {noun} {first};{sep}{b} {noun} {second}."
                yield Case(f"scope-headed-items-{n}-{k}-{a}", "scope", text, ((organ, dx, a), (organ, dx, b)))
    for side in ("right", "left"):
        other = OTHER[side]
        s1, o1 = side[0].upper(), other[0].upper()
        for k, text in enumerate(
            (
                f"{s1} lobe: 2 colloid cysts, largest 3 mm.\nParathyroid: oval hypoechoic nodule posterior to "
                f"{o1} lower pole of thyroid, 14 mm - parathyroid adenoma.",
                f"{side.upper()}: thyroid lobe normal.\nA 12 mm parathyroid adenoma posterior to the {other} lower "
                f"pole.",
                f"{_cap(side)} lobe: normal.\nParathyroid: 9 mm parathyroid adenoma deep to the {other} lobe.",
            )
        ):
            yield Case(
                f"scope-landmark-over-heading-{k}-{side}", "scope", text, (("Parathyroid glands", "nodule", other),)
            )
        for k, (text, second) in enumerate(
            (
                (
                    f"{_cap(side)} anterior thigh: 42 mm lipoma.\nInfra-umbilical midline: 19 mm haematoma in the "
                    f"subcutis.",
                    ("Abdominal wall", "fluid collection", None),  # (the wall's subcutis: wall_layers.py)
                ),
                (
                    f"{_cap(side)} forearm: 2 cm lipoma.\nMidline lower back: 3 cm lipoma.",
                    ("Soft tissues", "mass", None),
                ),
            )
        ):
            yield Case(f"scope-midline-heading-{k}-{side}", "scope", text, (("Soft tissues", "mass", side), second))

    # An impression's side places the lesion it restates only where the findings left it unset, and only a side
    # the impression states: not one the findings' last organ carried into it.
    for side in ("right", "left"):
        other = OTHER[side]
        s1, short = side[0].upper(), side[0].upper() + "t"
        for k, (text, lesion) in enumerate(
            (
                (
                    f"Pelvic US. Uterus normal. Adnexa: a 34 mm cyst with homogeneous low-level echoes.\n"
                    f"IMPRESSION: {s1} endometrioma.",
                    ("Adnexa", "cyst", side),
                ),
                (
                    f"Thyroid: multinodular. The dominant nodule is 28 mm, in the mid pole.\nIMPRESSION: dominant "
                    f"{short} nodule, FNA advised.",
                    ("Thyroid gland", "nodule", side),
                ),
                (
                    f"Scrotum: 6 mm epididymal head cyst.\nConclusion: {side} epididymal cyst.",
                    ("Scrotum", "cyst", side),
                ),
                (
                    f"Breasts: a 14 mm oval hypoechoic mass at 10 o'clock.\n{_cap(other)} axilla normal.\n"
                    f"IMPRESSION: {s1} fibroadenoma, BI-RADS 3.",
                    ("Breast", "mass", side),
                ),
                (
                    f"{_cap(other)} ovary: 34 mm cyst with low-level echoes.\nIMPRESSION: {side} endometrioma.",
                    ("Adnexa", "cyst", other),
                ),
                (
                    f"Transplant kidney 11.9 cm. Perinephric collection along the lower pole, 56 x 21 mm.\nNative "
                    f"kidneys small; 14 mm cyst in the {side} native kidney.\nIMP: Perinephric collection, probable "
                    f"lymphocele.",
                    ("Kidney and ureter", "fluid collection", None),
                ),
                (
                    f"Transplant kidney in the iliac fossa. Subcapsular haematoma 32 mm.\nNative kidneys: 9 mm "
                    f"calculus in the {side} native kidney.\nIMPRESSION: subcapsular haematoma.",
                    ("Kidney and ureter", "fluid collection", None),
                ),
            )
        ):
            yield Case(f"scope-impression-{k}-{side}", "scope", text, (lesion,))

    # A side word ends with its clause: an organ named after a comma or semicolon does not take the side word just
    # before it ("effusion on the right, kidneys: a 14 mm cyst").
    organs = (
        ("kidneys: a 14 mm cyst at the upper pole", "Kidney and ureter", "cyst"),
        ("kidney with a 9 mm calculus", "Kidney and ureter", None),
        ("epididymis with a 5 mm cyst", "Scrotum", "cyst"),
        ("breasts: a 12 mm simple cyst at 2 o'clock", "Breast", "cyst"),
        ("parotid with a 14 mm solid mass", "Salivary glands", "mass"),
        ("adrenal gland with a 21 mm solid mass", "Adrenal glands", "mass"),
    )
    leads = ("Small pleural effusion on the {s}, ", "Pleural effusion, {s}; ", "Trace fluid on the {s}; ")
    for n, (phrase, organ, dx) in enumerate(organs):
        for k, lead in enumerate(leads):
            side = ("right", "left")[(n + k) % 2]
            text = _cap(lead.format(s=side)) + phrase + "."
            yield Case(f"scope-phrase-{n}-{k}-{side}", "scope", text, ((organ, dx, None),))

    # ... and so does a later clause naming another organ stated normal, even one read as a landmark ("a node
    # near the pancreas, left kidney normal": the node has no side; one beside the aorta is the retroperitoneum's).
    for n, (text, organ) in enumerate(
        (
            ("A 12 mm lymph node near the pancreas, {s} kidney normal.", "Lymph nodes"),
            ("A 15 mm lymph node beside the aorta, {s} ovary normal.", "Retroperitoneum and great vessels"),
            ("Enlarged 18 mm lymph node near the splenic hilum, {s} kidney unremarkable.", "Lymph nodes"),
            ("A 9 mm lymph node adjacent to the pancreatic head, {s} adrenal normal.", "Lymph nodes"),
        )
    ):
        for side in ("right", "left"):
            yield Case(f"scope-normal-clause-{n}-{side}", "scope", text.format(s=side), ((organ, None, None),))


# -- composite passages: several organ blocks in one report, in one writer's style, so that what a block leaves
# behind (a site, a side, a heading) meets the next block.
_Block = tuple[str, tuple[Lesion, ...]]


def _paired_block(p: Paired, side: str, style: str, normal_first: bool) -> _Block:
    other = OTHER[side]
    if style == "caps":
        sick = f"{side.upper()} {p.noun.upper()}:\n{_cap(p.lesion)}."
        well = f"{other.upper()} {p.noun.upper()}:\nNormal."
    elif style == "terse":
        short = {"right": "Rt", "left": "Lt"}
        sick = f"{short[side]} {p.noun} - {p.lesion.split(' ', 1)[1]}."
        well = f"{short[other]} {p.noun} NAD."
    elif style == "list":
        sick = f"- {_cap(side)} {p.noun}: {p.lesion}."
        well = f"- {_cap(other)} {p.noun}: unremarkable."
    else:
        sick = f"The {side} {p.noun} contains {p.lesion}."
        well = f"The {other} {p.noun} is normal."
    text = f"{well}\n{sick}" if normal_first else f"{sick}\n{well}"
    return text, (_lesion(p, side),)


def _unpaired_block(n: int, side: str, style: str) -> _Block:
    blocks = (
        (f"Liver: normal size. A 16 mm haemangioma in the {side} lobe.", ("Liver", "mass", None)),
        (f"Liver: a 2 cm simple cyst near the {side} portal vein.", ("Liver", "cyst", None)),
        (f"Uterus: anteverted; a 31 mm fibroid in the {side} lateral wall.", ("Uterus", "mass", None)),
        ("Spleen: 11 cm with a 9 mm simple cyst at the lower pole.", ("Spleen", "cyst", None)),
        ("Gallbladder: a 12 mm calculus, no wall thickening.", ("Gallbladder and bile ducts", None, None)),
        (f"Bladder: a 7 mm mobile calculus lying on the {side} side of the base.", ("Bladder", None, None)),
    )
    text, lesion = blocks[n % len(blocks)]
    if style == "caps":
        organ, rest = text.split(": ", 1)
        text = f"{organ.upper()}:\n{_cap(rest)}"
    return text, (lesion,)


def _extra_block(n: int, side: str) -> _Block:
    blocks = (
        (f"Small {side} pleural effusion, 18 mm deep.", ("Pleural space", "fluid collection", side)),
        (f"{_cap(side)} axilla: an enlarged 17 mm node with a thickened cortex.", ("Axilla", None, side)),
        (f"Thyroid: {side} lobe 46 mm with a 13 mm solid nodule; isthmus 3 mm.", ("Thyroid gland", "nodule", side)),
        (f"{_cap(side)} popliteal fossa: a 26 mm Baker's cyst.", ("Knee", "cyst", side)),
        ("Both kidneys contain simple cysts, the largest 11 mm.", ("Kidney and ureter", "cyst", "bilateral")),
        ("Pancreas and aorta normal.", None),
    )
    text, lesion = blocks[n % len(blocks)]
    return text, (lesion,) if lesion else ()


def _composite_cases() -> Iterator[Case]:
    import random

    rng = random.Random(47)
    styles = ("caps", "terse", "list", "prose")
    for n in range(60):
        style = styles[n % len(styles)]
        picks = rng.sample(PAIRED[:7], 2)
        blocks = [_paired_block(p, rng.choice(("left", "right")), style, rng.random() < 0.5) for p in picks]
        blocks.insert(rng.randrange(3), _unpaired_block(n, rng.choice(("left", "right")), style))
        blocks.insert(rng.randrange(4), _extra_block(n // 2 + n % 3, rng.choice(("left", "right"))))
        text = "\n".join(b[0] for b in blocks)
        expected = tuple(lesion for b in blocks for lesion in b[1])
        if n % 3 == 0:
            text = f"US EXAMINATION\nFINDINGS:\n{text}\nIMPRESSION: see above; no other abnormality."
        yield Case(f"composite-{n:02d}-{style}", "composite", text, expected)
        # The same report as other writers type it: a patient retyping it in lower case, a dictation system's
        # capitals with ".," for a spoken full stop, one run-on line of semicolons, a phone message without stops,
        # numbered lines, capitals without full stops.
        lines = [line.rstrip(".") for line in text.replace(":\n", ": ").split("\n")]
        typed = {
            "lower": "my scan report says " + ". ".join(lines).lower() + ". is this bad?",
            "dictated": ".,".join(lines).upper(),
            "runon": "; ".join(lines) + ".",
            "nopunct": " ".join(line.replace(",", "") for line in lines).lower(),
            "numbered": "\n".join(f"{k}) {line}." for k, line in enumerate(lines, 1)),
            "capsnostop": "\n".join(lines).upper(),
        }
        for kind in ("lower", "dictated", "runon", "nopunct", "numbered", "capsnostop")[n % 2 :: 2]:
            yield Case(f"style-{n:02d}-{kind}", "style", typed[kind], expected)


def cases() -> list[Case]:
    """Every case of the battery, in a fixed order (ids are unique)."""
    out = [
        *_form_cases(),
        *_where_cases(),
        *_hold_cases(),
        *_unpaired_cases(),
        *_landmark_cases(),
        *_multi_cases(),
        *_variant_cases(),
        *_filing_cases(),
        *_scope_cases(),
        *_scope_row_cases(),
        *_composite_cases(),
    ]
    return unique_ids(out)


def check(case: Case, findings: list) -> list[str]:
    """The problems with ``findings`` (a parsed report's) for ``case``: empty when it passes."""
    from _parser_scoring import match_findings

    gold = [{"organ": o, "diagnosis": d, "side": s, "text": ""} for o, d, s in case.expected]
    out = []
    for g, f in match_findings(gold, findings):
        if f is None:
            out.append(f"{g['organ']}/{g['diagnosis']}: no finding")
        elif f.laterality != g["side"]:
            out.append(f"{g['organ']}/{g['diagnosis']}: side {f.laterality} != {g['side']}")
    lesions = [f for f in findings if f.kind == "lesion"]
    if case.exact and len(lesions) > len(case.expected):
        out.append(f"{len(lesions)} lesion findings, {len(case.expected)} expected")
    return out


# Cases of the classes not handled yet (see the closing note of the branch that added the battery).
LEFT: frozenset[str] = frozenset(
    {
        # "Right inferior parathyroid adenoma": the matcher reads "inferior parathyroid" as the gland, so the
        # adenoma is no lesion and the impression names no parathyroid lesion to move the nodule to.
        "impression-parathyroid-0-right",
        "impression-parathyroid-0-left",
        # A whole report typed as one sentence without stops or commas: organ names now open clauses there
        # (run_on.py), but where a lesion's clause is cut by an organ its own words name after it ("the left ovary
        # contains a 32 mm simple cyst spleen: 11 cm ..."), or a clause opens at a heading word the matcher does not
        # know, the lesion is still filed under another organ of the run.
        "style-09-nopunct",
        "style-21-nopunct",
        "style-27-nopunct",
        "style-33-nopunct",
        "style-45-nopunct",
        "style-51-nopunct",
        "style-57-nopunct",
        # A table whose side column is named by the organ ("| # | Breast | Position | Size (mm) |"): the organ word
        # in the header row keeps the title's plural lesion from being split into one finding per row.
        "scope-row-table-organ-column",
        # An organ named after a comma in a one-sentence report opened by a pleural effusion ("Small pleural effusion
        # on the left, kidney with a 9 mm calculus"): the sides are right (none), but the lesion is filed under the
        # pleural space, the organ word set aside as not examined (organ filing, not side scope).
        "scope-phrase-1-0-left",
        "scope-phrase-2-0-right",
        "scope-phrase-4-0-right",
    }
)


def main(argv: list[str]) -> None:
    print_pass_rates(cases(), lambda case, report: check(case, report.findings), "-v" in argv)


if __name__ == "__main__":
    main(sys.argv[1:])
