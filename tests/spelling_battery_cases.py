"""A generated battery of open spellings (imported by ``test_spelling_battery.py`` and
``benchmarks/spelling_battery.py``): the sizes, units and lesion words of writers nobody has read, in several layouts
and organs, each with the lesion findings the corpus guideline decides, in report order, as (organ, released diagnosis,
side, largest size in mm) -- the tuple ``size_battery_cases.py`` compares.

Axes: the unit's spelling (``unit``: dotted, plural, long, misspelt, upper case), the axes of a size and what joins them
(``axes``: "x", "X", "×", "*", "by", glued, a unit after each axis, decimal commas), ranges and bounds (``range``:
"8-10 mm" is 10, "upto 12mm" is 12), sizes in words outside a dictated report (``words``), lesion words of other
languages or translated English (``lesion``), and reports typed without stops, whose organs follow each other with
no full stop between them (``run-on``). Every sentence is written fresh from the fillers below; none is a corpus
passage.
"""

from __future__ import annotations

from size_battery_cases import SITES, Case, Lesion, Site, _a, matches

__all__ = ["LEFT_OUT", "Case", "cases", "matches"]

K, LI, TH, BR, OV, SC, GB, SP = (
    "Kidney and ureter",
    "Liver",
    "Thyroid gland",
    "Breast",
    "Adnexa",
    "Scrotum",
    "Gallbladder and bile ducts",
    "Spleen",
)

# Sites of the layouts: every organ of size_battery_cases.SITES but the axilla (a node's filing is another matter).
_SITES: tuple[Site, ...] = tuple(s for s in SITES if s.organ != "Axilla")


def _layouts(site: Site, size: str) -> list[tuple[str, str]]:
    """The size phrase ``size`` in three layouts: after the lesion word, before it, on a heading's key-value line."""
    stop = "" if size.endswith(".") else "."  # "1.2 c.m." ends the sentence with its own stop
    return [
        ("after", f"In {site.phrase} there is {_a(site.lesion)} measuring {size}{stop}"),
        ("before", f"In {site.phrase} there is {_a(size)} {site.lesion}."),
        ("heading", f"{site.heading}: {site.lesion} {size}, well defined."),
    ]


def _one(site: Site, size: float | None) -> tuple[Lesion, ...]:
    return ((site.organ, site.diagnosis, site.side, size),)


# -- the unit's spelling: (the size as written, its largest dimension in mm) ---------------------------------------
UNITS: tuple[tuple[str, float], ...] = (
    ("12 m.m.", 12.0),
    ("12 m.m", 12.0),
    ("1.2 c.m.", 12.0),
    ("1.2 c.m", 12.0),
    ("12 mm.", 12.0),
    ("12 mms", 12.0),
    ("1.2 cms", 12.0),
    ("12 MM", 12.0),
    ("1.2 CM", 12.0),
    ("1.2 Cms.", 12.0),
    ("12 millimetres", 12.0),
    ("12 millimeter", 12.0),
    ("12 milimeters", 12.0),
    ("12 milimetres", 12.0),
    ("1.2 centimetres", 12.0),
    ("1.2 centimeter", 12.0),
    ("1.2 centimtrs", 12.0),
    ("1.2 centimters", 12.0),
    ("12mm", 12.0),
    ("1.2cm", 12.0),
    ("1.2 CMS", 12.0),
    ("12 MMs", 12.0),
    ("12 Millimetres", 12.0),
    ("1.2 Centimeters", 12.0),
)

# -- the axes of a size and what joins them -------------------------------------------------------------------------
AXES: tuple[tuple[str, float], ...] = (
    ("1.2 x 0.8 cm", 12.0),
    ("1.2 X 0.8 cm", 12.0),
    ("1.2 × 0.8 cm", 12.0),
    ("1.2 * 0.8 cm", 12.0),
    ("12 by 8 mm", 12.0),
    ("12 mm by 8 mm", 12.0),
    ("1.2cmx0.8cm", 12.0),
    ("12x8mm", 12.0),
    ("1.2 centimetres x 0.8 centimetres", 12.0),
    ("12 millimeters by 8 millimeters", 12.0),
    ("1,2 x 0,8 cm", 12.0),
    ("1,2cm x 0,8cm", 12.0),
    ("0.8 x 1.3 c.m.", 13.0),
    ("8 x 13 m.m.", 13.0),
    ("1.2 cms x 0.8 cms", 12.0),
    ("12 X 8 X 6 mm", 12.0),
    ("1.2 cm × 0.8 cm × 0.6 cm", 12.0),
    ("12 × 8 × 6 m.m.", 12.0),
    ("1,2 x 0,8 x 0,6 cm", 12.0),
    ("12 mm x 8 mm x 6 mm", 12.0),
    ("12mm by 8mm", 12.0),
    ("0.8 x 1.2 centimeters", 12.0),
    ("1.2 cm x 8 mm", 12.0),
    ("8 mm x 1.2 cm", 12.0),
)

# -- ranges and bounds ----------------------------------------------------------------------------------------------
RANGES: tuple[tuple[str, float], ...] = (
    ("8-10 mm", 10.0),
    ("8 - 10 mm", 10.0),
    ("8mm-10mm", 10.0),
    ("8 mm - 10 mm", 10.0),
    ("0.8-1.0 cm", 10.0),
    ("8 to 10 mm", 10.0),
    ("upto 12mm", 12.0),
    ("up to 12 mm", 12.0),
    ("upto 1.2 cms", 12.0),
    ("8–10 mm", 10.0),
    ("0.8 cm - 1.0 cm", 10.0),
    ("upto 1.2cm", 12.0),
    ("1-1.5 cm", 15.0),
)

# -- sizes in words (a typed report, not a dictated one) -------------------------------------------------------------
WORDS: tuple[tuple[str, float], ...] = (
    ("two centimetres", 20.0),
    ("two cm", 20.0),
    ("twelve millimetres", 12.0),
    ("twelve mm", 12.0),
    ("one point five centimetres", 15.0),
    ("one point five cm", 15.0),
    ("twenty-five mm", 25.0),
    ("three point two centimetres", 32.0),
    ("five millimetre", 5.0),
    ("fifteen mms", 15.0),
    ("two-centimetre", 20.0),
    ("two by one point five centimetres", 20.0),
    ("eight x six mm", 8.0),
    ("seven and a half mm", 7.5),
    ("one and a half centimetres", 15.0),
    ("half a centimetre", 5.0),
)


def _size_cases() -> list[Case]:
    out: list[Case] = []
    for axis, table in (("unit", UNITS), ("axes", AXES), ("range", RANGES), ("words", WORDS)):
        for n, (size, mm) in enumerate(table):
            for m, site in enumerate(_SITES):
                if (n + m) % 4:
                    continue  # every spelling with a few sites, every site with several spellings
                for layout, text in _layouts(site, size):
                    if layout == "before" and (size.startswith("half") or (axis == "range" and "to" in size.split())):
                        continue  # "an up to 12 mm cyst", "a half a centimetre cyst" are no one's English
                    out.append(Case(axis, f"{size} ({layout})", text, _one(site, mm)))
    return out


# -- lesion words of other languages and translated English: (word, released diagnosis, organs it is written of) -----
LESIONS: tuple[tuple[str, str | None, tuple[Site, ...]], ...] = (
    ("kyste", "cyst", (_SITES[0], _SITES[5], _SITES[8])),
    ("quiste", "cyst", (_SITES[1], _SITES[5], _SITES[8])),
    ("Zyste", "cyst", (_SITES[0], _SITES[8])),
    ("cisti", "cyst", (_SITES[0], _SITES[5])),
    ("nódulo", "nodule", (_SITES[3], _SITES[4])),
    ("nodulo", "nodule", (_SITES[3], _SITES[4])),
    ("hypoechoic formation", None, (_SITES[2], _SITES[4], _SITES[5])),
    ("anechoic formation", None, (_SITES[0], _SITES[8])),
    ("SOL", None, (_SITES[2], _SITES[8])),
    ("space occupying lesion", None, (_SITES[2], _SITES[1])),
    ("focal lesion", None, (_SITES[2], _SITES[8])),
    ("calculus", None, (_SITES[0], _SITES[1], _SITES[7])),
    ("stone", None, (_SITES[0], _SITES[7])),
    ("concrement", None, (_SITES[0], _SITES[7])),
    ("cálculo", None, (_SITES[0], _SITES[7])),
    ("Konkrement", None, (_SITES[0],)),
    ("concretion", None, (_SITES[7],)),
    ("Knoten", "nodule", (_SITES[3],)),
    ("cisto", "cyst", (_SITES[5], _SITES[8])),
    ("masa", "mass", (_SITES[2], _SITES[7])),
    ("tumeur", "mass", (_SITES[5],)),
    ("Raumforderung", "mass", (_SITES[2],)),
    ("formación", None, (_SITES[2],)),
)
# Plural forms: (word, released diagnosis, organs) for "multiple ..., the largest 9 mm".
PLURAL_LESIONS: tuple[tuple[str, str | None, tuple[Site, ...]], ...] = (
    ("kystes", "cyst", (_SITES[0], _SITES[8])),
    ("quistes", "cyst", (_SITES[1], _SITES[5])),
    ("Zysten", "cyst", (_SITES[0],)),
    ("nódulos", "nodule", (_SITES[3],)),
    ("SOLs", None, (_SITES[2], _SITES[8])),
    ("space occupying lesions", None, (_SITES[2],)),
    ("focal lesions", None, (_SITES[2],)),
    ("calculi", None, (_SITES[0], _SITES[7])),
    ("stones", None, (_SITES[1], _SITES[7])),
    ("concrements", None, (_SITES[0], _SITES[7])),
    ("cálculos", None, (_SITES[7],)),
    ("noduli", "nodule", (_SITES[4],)),
    ("cisti", "cyst", (_SITES[1],)),
)


def _lesion_cases() -> list[Case]:
    out: list[Case] = []
    for word, diagnosis, sites in LESIONS:
        for site in sites:
            e = ((site.organ, diagnosis, site.side, 9.0),)
            out += [
                Case("lesion", f"{word} (heading)", f"{site.heading}: {_a(word)} of 9 mm.", e),
                Case(
                    "lesion", f"{word} (in the organ)", f"{_a(word).capitalize()} of 9 mm is seen in {site.phrase}.", e
                ),
                Case("lesion", f"{word} (size before)", f"In {site.phrase} there is {_a('9 mm ' + word)}.", e),
            ]
    for word, diagnosis, sites in PLURAL_LESIONS:
        for site in sites:
            e = ((site.organ, diagnosis, site.side, 9.0),)
            out += [
                Case("lesion", f"{word} (largest)", f"{site.heading}: multiple {word}, the largest 9 mm.", e),
                Case("lesion", f"{word} (up to)", f"Several {word} in {site.phrase} measuring up to 9 mm.", e),
            ]
    return out


# -- reports typed without stops: each organ's size and side stays with its own organ -------------------------------
def _run_on_cases() -> list[Case]:
    rows: list[tuple[str, str, tuple[Lesion, ...]]] = [
        (
            "kidneys",
            "right kidney measures 10 cm there is a 12 mm cyst left kidney normal liver normal spleen normal",
            ((K, "cyst", "right", 12.0),),
        ),
        (
            "kidneys",
            "right kidney normal left kidney measures 11 cm with a 15 mm cyst in the upper pole bladder normal",
            ((K, "cyst", "left", 15.0),),
        ),
        (
            "kidneys",
            "rt kidney 10.2 cm simple cyst 14 mm lt kidney 10.8 cm angiomyolipoma 7 mm no hydronephrosis",
            ((K, "cyst", "right", 14.0), (K, "mass", "left", 7.0)),
        ),
        (
            "liver then kidney",
            "liver is normal in size there is a 15 mm haemangioma in segment 6 right kidney shows a 9 mm cyst "
            "left kidney normal",
            ((LI, "mass", None, 15.0), (K, "cyst", "right", 9.0)),
        ),
        (
            "thyroid lobes",
            "right lobe of thyroid measures 45 x 15 mm with a 12 mm nodule left lobe of thyroid normal isthmus 3 mm",
            ((TH, "nodule", "right", 12.0),),
        ),
        (
            "thyroid lobes",
            "right thyroid lobe normal left thyroid lobe shows a solid nodule of 8 mm isthmus normal no nodes",
            ((TH, "nodule", "left", 8.0),),
        ),
        (
            "ovaries",
            "uterus normal endometrium 6 mm right ovary contains a 25 mm cyst left ovary normal no free fluid",
            ((OV, "cyst", "right", 25.0),),
        ),
        (
            "breasts",
            "right breast normal left breast shows a fibroadenoma of 14 mm at 2 o clock no axillary nodes",
            ((BR, "mass", "left", 14.0),),
        ),
        (
            "gallbladder and spleen",
            "gallbladder normal no stones spleen 11 cm with a cyst of 18 mm pancreas normal kidneys normal",
            ((SP, "cyst", None, 18.0),),
        ),
        (
            "testes",
            "right testis normal left testis 4 cm with a hypoechoic mass of 6 mm epididymis normal",
            ((SC, "mass", "left", 6.0),),
        ),
        (
            "kidneys",
            "right kidney 10.5 cm normal cortex left kidney 11 cm there is a 2 cm cyst in the upper pole bladder empty",
            ((K, "cyst", "left", 20.0),),
        ),
        (
            "liver then spleen",
            "liver shows a 12 mm haemangioma segment 7 gallbladder normal spleen 10 cm there is a 9 mm cyst",
            ((LI, "mass", None, 12.0), (SP, "cyst", None, 9.0)),
        ),
        (
            "ovaries",
            "right ovary normal size left ovary shows a simple cyst of 30 mm uterus anteverted endometrium 8 mm",
            ((OV, "cyst", "left", 30.0),),
        ),
        (
            "thyroid lobes",
            "rt lobe thyroid 4.5 cm with a 9 mm solid nodule lt lobe thyroid 4.2 cm with a 6 mm solid nodule",
            ((TH, "nodule", "right", 9.0), (TH, "nodule", "left", 6.0)),
        ),
        (
            "subjects with their article",
            "the liver is normal the gallbladder contains a 9 mm polyp the right kidney has a 12 mm cyst the left "
            "kidney is normal",
            ((GB, None, None, 9.0), (K, "cyst", "right", 12.0)),
        ),
        (
            "subjects with their article",
            "the spleen measures 11 cm there is a 15 mm cyst the pancreas is obscured by bowel gas",
            ((SP, "cyst", None, 15.0),),
        ),
        (
            "object of a participle",
            "right ovary shows a 25 mm cyst displacing the uterus posteriorly no free fluid",
            ((OV, "cyst", "right", 25.0),),
        ),
        (
            "a patient's words",
            "the scan found a 6 mm stone in my left kidney and my right kidney has a small 9 mm cyst",
            ((K, None, "left", 6.0), (K, "cyst", "right", 9.0)),
        ),
        (
            "breasts",
            "left breast normal right breast shows a simple cyst of 8 mm at 10 o clock axillae normal",
            ((BR, "cyst", "right", 8.0),),
        ),
    ]
    return [Case("run-on", kind, text, expected) for kind, text, expected in rows]


def cases() -> list[Case]:
    """Every case of the battery, in a fixed order."""
    return [*_size_cases(), *_lesion_cases(), *_run_on_cases()]


# Cases the parser does not yet read right: reported by benchmarks/spelling_battery.py, left out of the asserting test.
LEFT_OUT: frozenset[str] = frozenset()
