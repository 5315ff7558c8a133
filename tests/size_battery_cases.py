"""A generated battery of size attachments (imported by ``test_size_attachment_battery.py`` and
``benchmarks/size_battery.py``): realistic sentences built from templates x fillers, each with the lesion findings the
corpus guideline decides for it, in report order as (organ, released diagnosis, side, largest size in mm).

The guideline's size rules (``benchmarks/data/CORPUS_GUIDELINE.md``, "Findings"): a lesion's size is its largest
stated current dimension in mm; organ lengths, thicknesses and volumes, distances (from the nipple, skin, hilum),
depths below the skin, vessel calibres, prior sizes and Doppler/elastography values never count; a group reported
with its largest is one entry with that size; lesions each given their own size are one entry each, in order.

Axes: the size phrase's form (``form``), its position (``position``), a distractor in the same sentence or line
(``distractor``), groups and lists of members (``group``), across sentences (``report``), sizes right after an organ
heading that open the lesion's phrase, not measure the organ (``heading``), numbered table rows under a caption naming
the lesion (``table``), and a test's result line naming the lesion already measured (``result``). Every case is
written fresh from the fillers below; none is a corpus passage.
"""

from __future__ import annotations

from dataclasses import dataclass

Lesion = tuple[str | None, str | None, str | None, float | None]

K, LI, TH, BR, AX = "Kidney and ureter", "Liver", "Thyroid gland", "Breast", "Axilla"
OV, SC, GB, SP, LN, ST = "Adnexa", "Scrotum", "Gallbladder and bile ducts", "Spleen", "Lymph nodes", "Soft tissues"


@dataclass(frozen=True)
class Case:
    axis: str  # form, position, distractor, group
    kind: str  # the value on that axis ("of 12 mm", "after a clause", "prior size", ...)
    text: str
    expected: tuple[Lesion, ...]

    @property
    def id(self) -> str:
        return f"{self.axis}:{self.kind}:{self.text[:60]}"


@dataclass(frozen=True)
class Site:
    """Where a lesion lies: the phrase after "in" ("the right kidney"), a heading ("Right kidney"), what the parser
    files it under, and one lesion word with its released diagnosis (plural for the group cases)."""

    phrase: str
    heading: str
    organ: str
    side: str | None
    lesion: str
    plural: str
    diagnosis: str | None


SITES: tuple[Site, ...] = (
    Site("the right kidney", "Right kidney", K, "right", "simple cyst", "simple cysts", "cyst"),
    Site("the left kidney", "Left kidney", K, "left", "angiomyolipoma", "angiomyolipomas", "mass"),
    Site("the liver", "Liver", LI, None, "haemangioma", "haemangiomas", "mass"),
    Site("the right thyroid lobe", "Right thyroid lobe", TH, "right", "nodule", "nodules", "nodule"),
    Site("the left lobe of the thyroid", "Left thyroid lobe", TH, "left", "solid nodule", "solid nodules", "nodule"),
    Site("the left breast", "Left breast", BR, "left", "fibroadenoma", "fibroadenomas", "mass"),
    Site("the right ovary", "Right ovary", OV, "right", "cyst", "cysts", "cyst"),
    Site("the left testis", "Left testis", SC, "left", "hypoechoic mass", "hypoechoic masses", "mass"),
    Site("the gallbladder", "Gallbladder", GB, None, "polyp", "polyps", None),
    Site("the spleen", "Spleen", SP, None, "cyst", "cysts", "cyst"),
    Site("the right axilla", "Right axilla", AX, "right", "enlarged lymph node", "enlarged lymph nodes", None),
    Site("the left thigh", "Left thigh", ST, "left", "lipoma", "lipomas", "mass"),
)


def _a(phrase: str) -> str:
    """The phrase with its indefinite article ("an angiomyolipoma", "an 8 mm cyst", "a 12 mm cyst")."""
    return f"{'an' if phrase[0] in 'aeiouAEIOU8' or phrase.startswith(('11 ', '18 ')) else 'a'} {phrase}"


def _one(site: Site, size: float) -> tuple[Lesion, ...]:
    return ((site.organ, site.diagnosis, site.side, size),)


# -- the size phrase's form: (phrase after the lesion word, phrase before it or None, the size in mm) -------------
FORMS: tuple[tuple[str, str | None, float], ...] = (
    ("measuring 12 mm", None, 12.0),
    ("12 mm", "12 mm", 12.0),
    ("of 12 mm", None, 12.0),
    ("(12 mm)", None, 12.0),
    (", 12 mm", None, 12.0),
    (": 12 mm", None, 12.0),
    ("size 12 mm", None, 12.0),
    ("measuring 12 x 8 mm", "12 x 8 mm", 12.0),
    ("measuring 8 x 14 mm", "8 x 14 mm", 14.0),
    ("of 1,2 cm", "1,2 cm", 12.0),
    ("measuring 1.2cm", "1.2cm", 12.0),
    ("approx. 12mm", "approx. 12mm", 12.0),
    ("of about 1.2 x 0.8 cm", "about 1.2 x 0.8 cm", 12.0),
    ("12mm in diameter", None, 12.0),
    ("max. diameter 12 mm", None, 12.0),
    ("sized 12 mm", None, 12.0),
    ("", "12-mm", 12.0),
    ("dimensions 12 x 8 x 6 mm", None, 12.0),
    ("measuring 0.8 x 1.3 x 0.9 cm", "0.8 x 1.3 x 0.9 cm", 13.0),
    ("measuring approximately 12 mm", "approximately 12 mm", 12.0),
    ("12 by 8 mm", "12 by 8 mm", 12.0),
    ("measuring 12 mm in maximal dimension", None, 12.0),
)


def _form_cases() -> list[Case]:
    out: list[Case] = []
    for n, (after, before, size) in enumerate(FORMS):
        for m, site in enumerate(SITES):
            if (n + m) % 3:
                continue  # every form with four of the sites, every site with several forms
            if after:
                gap = "" if after[0] in ",:" else " "
                text = f"In {site.phrase} there is {_a(site.lesion)}{gap}{after}."
                out.append(Case("form", after.strip(" ,:"), text, _one(site, size)))
                # the same with the site after the size ("a nodule approx. 12mm in the left lobe")
                text = f"{_a(site.lesion).capitalize()}{gap}{after} is seen in {site.phrase}."
                out.append(Case("form", f"{after.strip(' ,:')} (site after)", text, _one(site, size)))
            if before:
                text = f"In {site.phrase} there is {_a(before)} {site.lesion}."
                out.append(Case("form", f"{before} (before)", text, _one(site, size)))
    return out


# -- position: where the size stands relative to the lesion word ---------------------------------------------------
def _position_cases() -> list[Case]:
    out: list[Case] = []
    for site in SITES:
        e = _one(site, 14.0)
        out += [
            Case("position", "before the lesion", f"{site.heading}: a 14 mm {site.lesion}.", e),
            Case("position", "after the lesion", f"{site.heading}: {site.lesion} measuring 14 mm.", e),
            Case(
                "position",
                "after a clause",
                f"{_a(site.lesion).capitalize()} is seen in {site.phrase}, well circumscribed, measuring 14 mm.",
                e,
            ),
            Case(
                "position",
                "next sentence (it measures)",
                f"{_a(site.lesion).capitalize()} is seen in {site.phrase}. It measures 14 mm.",
                e,
            ),
            Case("position", "key-value line", f"{site.heading} {site.lesion}: 14 mm", e),
            Case("position", "table row", f"Site | Finding | Size\n{site.heading} | {site.lesion} | 14 mm", e),
            Case(
                "position",
                "impression only",
                f"FINDINGS: {site.heading}: {_a(site.lesion)} is noted.\nIMPRESSION: {site.lesion.capitalize()} of "
                f"{site.phrase}, 14 mm.",
                e,
            ),
        ]
    return out


# -- distractors: another measurement in the same sentence or line --------------------------------------------------
def _distractor_cases() -> list[Case]:
    kid_r, kid_l, liver, th_r, th_l, breast, ovary, testis, gb, spleen, axilla, thigh = SITES
    rows: list[tuple[str, str, Site, float]] = [
        ("organ length", "The right kidney measures 11.2 cm and contains a simple cyst of 12 mm.", kid_r, 12.0),
        ("organ length", "Right kidney 10.4 cm, with a 12 mm simple cyst at the upper pole.", kid_r, 12.0),
        ("organ length", "Left kidney: 11.5 cm, angiomyolipoma 9 mm in the lower pole.", kid_l, 9.0),
        ("organ length", "The liver is 16 cm in span with a haemangioma of 12 mm in segment 6.", liver, 12.0),
        ("organ length", "Spleen 11 cm with a cyst of 18 mm.", spleen, 18.0),
        ("organ length", "Left testis 4.2 x 2.5 x 2.1 cm with a hypoechoic mass of 6 mm.", testis, 6.0),
        ("organ length", "Right ovary 3.1 x 2.2 cm, with a cyst of 18 mm.", ovary, 18.0),
        ("organ thickness", "The right thyroid lobe is 18 mm thick and contains a nodule of 9 mm.", th_r, 9.0),
        ("organ thickness", "Left thyroid lobe, thickness 15 mm: solid nodule 7 mm.", th_l, 7.0),
        ("wall thickness", "The gallbladder wall is 3 mm thick, with a polyp of 6 mm.", gb, 6.0),
        ("organ volume", "Right thyroid lobe volume 9 ml, nodule of 11 mm in the lower pole.", th_r, 11.0),
        ("organ volume", "The right ovary (volume 8 ml) contains a cyst of 25 mm.", ovary, 25.0),
        ("distance", "In the left breast at 2 o'clock, 4 cm from the nipple, a fibroadenoma of 12 mm.", breast, 12.0),
        ("distance", "Left breast: fibroadenoma 12 mm at 2 o'clock, 4 cm from the nipple.", breast, 12.0),
        ("distance", "A lipoma of 25 mm in the left thigh, 8 mm below the skin.", thigh, 25.0),
        ("distance", "A lipoma in the left thigh, 1 cm deep to the skin, measuring 25 mm.", thigh, 25.0),
        ("distance", "An angiomyolipoma of 9 mm in the left kidney, 2 cm from the hilum.", kid_l, 9.0),
        ("distance", "A simple cyst 2 cm from the renal hilum in the right kidney, measuring 15 mm.", kid_r, 15.0),
        ("depth", "Left thigh: a lipoma at a depth of 15 mm, measuring 30 x 12 mm.", thigh, 30.0),
        ("prior size", "Right kidney: simple cyst of 12 mm (previously 9 mm).", kid_r, 12.0),
        ("prior size", "The haemangioma in the liver measures 14 mm, it was 11 mm in 2024.", liver, 14.0),
        ("prior size", "Right thyroid lobe: nodule 12 mm (9 mm in 2023).", th_r, 12.0),
        ("prior size", "Spleen: the cyst now measures 21 mm, previously 17 mm.", spleen, 21.0),
        ("prior size", "Left kidney: angiomyolipoma, previously 8 mm, now 11 mm.", kid_l, 11.0),
        ("prior size", "Left breast: fibroadenoma of 15 mm, unchanged from 15 mm last year.", breast, 15.0),
        ("Doppler value", "Left testis: a hypoechoic mass of 9 mm with internal flow, RI 0.62.", testis, 9.0),
        ("Doppler value", "Right axilla: enlarged lymph node of 21 mm, PSV 18 cm/s.", axilla, 21.0),
        ("elastography", "Right thyroid lobe: nodule 13 mm, stiffness 24 kPa.", th_r, 13.0),
        ("clock", "Left breast, 10 o'clock: fibroadenoma 16 mm.", breast, 16.0),
        ("score", "Right thyroid lobe: nodule 14 mm, TI-RADS 4.", th_r, 14.0),
        ("score", "Left thyroid lobe: TR3 solid nodule of 11 mm.", th_l, 11.0),
        ("score", "Left breast: BI-RADS 3 fibroadenoma of 13 mm.", breast, 13.0),
        ("score", "Left breast: a fibroadenoma (BI-RADS 3), 13 mm.", breast, 13.0),
        ("vessel calibre", "Liver: portal vein 11 mm, a haemangioma of 16 mm in segment 7.", liver, 16.0),
        ("vessel calibre", "Gallbladder: a polyp of 5 mm; CBD 4 mm.", gb, 5.0),
        ("segment number", "Liver: haemangioma in segment 6, 12 mm.", liver, 12.0),
        ("segment number", "Liver: segment 8 haemangioma of 9 mm.", liver, 9.0),
        ("count", "Spleen: 1 cyst of 14 mm.", spleen, 14.0),
        ("node short axis", "Right axilla: enlarged lymph node 21 x 9 mm, cortex 4 mm.", axilla, 21.0),
    ]
    return [Case("distractor", kind, text, _one(site, size)) for kind, text, site, size in rows]


# -- groups and lists of members -----------------------------------------------------------------------------------
def _group_cases() -> list[Case]:
    out: list[Case] = []
    for site in SITES:
        o, d, s = site.organ, site.diagnosis, site.side
        out += [
            Case("group", "largest", f"{site.heading}: several {site.plural}, the largest 12 mm.", ((o, d, s, 12.0),)),
            Case(
                "group",
                "largest measuring",
                f"Multiple {site.plural} in {site.phrase}, the largest measuring 1.2 cm.",
                ((o, d, s, 12.0),),
            ),
            Case("group", "up to", f"{site.heading}: a few small {site.plural} up to 6 mm.", ((o, d, s, 6.0),)),
            Case("group", "count, largest", f"{site.heading}: 3 {site.plural}, biggest 9 mm.", ((o, d, s, 9.0),)),
            Case(
                "group",
                "members of N and M mm",
                f"{site.heading}: two {site.plural} of 11 and 8 mm.",
                ((o, d, s, 11.0), (o, d, s, 8.0)),
            ),
            Case(
                "group",
                "members each with a unit",
                f"Two {site.plural} in {site.phrase}, measuring 1.1 cm and 8 mm.",
                ((o, d, s, 11.0), (o, d, s, 8.0)),
            ),
        ]
    rows: list[tuple[str, str, tuple[Lesion, ...]]] = [
        ("per side", "Renal cysts bilaterally: R 3 mm, L 4 mm.", ((K, "cyst", "right", 3.0), (K, "cyst", "left", 4.0))),
        (
            "per side",
            "Thyroid nodules: right 6 mm, left 9 mm.",
            ((TH, "nodule", "right", 6.0), (TH, "nodule", "left", 9.0)),
        ),
        (
            "count word, no noun",
            "Thyroid nodules. R: one, 6 mm. L: several, up to 4 mm.",
            ((TH, "nodule", "right", 6.0), (TH, "nodule", "left", 4.0)),
        ),
        (
            "count word, no noun",
            "Renal cysts. Right: one of 15 mm. Left: several, up to 5 mm.",
            ((K, "cyst", "right", 15.0), (K, "cyst", "left", 5.0)),
        ),
        (
            "dominant plus smaller",
            "Left kidney: a dominant 2.3 cm angiomyolipoma plus smaller ones up to 1 cm.",
            ((K, "mass", "left", 23.0), (K, "mass", "left", 10.0)),
        ),
        (
            "dominant plus smaller",
            "Right thyroid lobe: a dominant 19 mm solid nodule and several smaller ones up to 5 mm.",
            ((TH, "nodule", "right", 19.0), (TH, "nodule", "right", 5.0)),
        ),
        ("stones till", "Gallbladder: in the lumen concrements till 8 mm.", ((GB, None, None, 8.0),)),
        ("stones till", "Gallbladder: multiple stones up to 11 mm.", ((GB, None, None, 11.0),)),
        ("stones till", "Gallbladder with several calculi, the biggest 1,4 cm.", ((GB, None, None, 14.0),)),
        (
            "members before the word",
            "Liver: 12 mm and 7 mm haemangiomas.",
            ((LI, "mass", None, 12.0), (LI, "mass", None, 7.0)),
        ),
        (
            "members with sites",
            "Liver: two haemangiomas, 2.4 cm in segment 8 and 1.6 cm in segment 3.",
            ((LI, "mass", None, 24.0), (LI, "mass", None, 16.0)),
        ),
        (
            "table rows under a lesion column",
            "Side | Site | Stone size\nRight | upper calyx | 5 mm\nLeft | pelvis | 9 mm",
            ((K, None, "right", 5.0), (K, None, "left", 9.0)),
        ),
        (
            "table rows under a lesion column",
            "Calculi\nSide | Calyx | Size\nRight | lower | 4 mm\nRight | upper | 7 mm",
            ((K, None, "right", 4.0), (K, None, "right", 7.0)),
        ),
        (
            "table rows under a lesion column",
            "Polyps\nPosition | Size\nFundus | 4 mm\nBody | 6 mm\nGallbladder wall 2 mm.",
            ((GB, None, None, 4.0), (GB, None, None, 6.0)),
        ),
        (
            "group with organ length",
            "Right kidney 10.9 cm with several simple cysts, largest 14 mm.",
            ((K, "cyst", "right", 14.0),),
        ),
        (
            "group with prior size",
            "Liver: multiple haemangiomas, the largest 2.1 cm (previously 1.8 cm).",
            ((LI, "mass", None, 21.0),),
        ),
    ]
    out += [Case("group", kind, text, expected) for kind, text, expected in rows]
    return out


# -- across sentences: a lesion announced, then described; an indication naming it; members listed after a colon ----
def _report_cases() -> list[Case]:
    out: list[Case] = []
    for site in SITES:
        o, d, s = site.organ, site.diagnosis, site.side
        one, two = ((o, d, s, 14.0),), ((o, d, s, 14.0), (o, d, s, 6.0))
        out += [
            Case(
                "report",
                "group announced, members after",
                f"{site.heading} contains two {site.plural}. The upper one measures 14 mm, the lower one 6 mm.",
                two,
            ),
            Case(
                "report",
                "group announced, members after",
                f"{site.heading}: 2 {site.plural}. The first is 14 mm. The second, 6 mm.",
                two,
            ),
            Case(
                "report",
                "group announced, members named",
                f"{site.heading}: two {site.plural}. The upper {site.lesion} is 14 mm. The lower {site.lesion}, 6 mm.",
                two,
            ),
            Case(
                "report",
                "indication names the lesion",
                f"Indication: {site.lesion} in {site.phrase}?\nFindings: {site.heading}: {_a('14 mm ' + site.lesion)}.",
                one,
            ),
            Case(
                "report",
                "members after a colon",
                f"{site.heading}: two {site.plural}: 14 mm at the upper pole and 6 mm at the lower pole.",
                two,
            ),
            Case("report", "size in the next sentence", f"{site.heading}: {_a(site.lesion)} is seen. Size 14 mm.", one),
            Case(
                "report",
                "organ measured in its own line",
                f"{site.heading}: 48 x 20 mm.\n{_a(site.lesion).capitalize()} of 14 mm in {site.phrase}.",
                one,
            ),
        ]
    return out


# -- after an organ heading: sizes opening the lesion's phrase, which the heading's organ must not take ----------------
DESCRIPTORS: tuple[str, ...] = ("well-defined", "well-defined hyperechoic", "oval hypoechoic", "well-circumscribed")


def _heading_cases() -> list[Case]:
    out: list[Case] = []
    for n, site in enumerate(SITES):
        o, d, s = site.organ, site.diagnosis, site.side
        two = ((o, d, s, 12.0), (o, d, s, 7.0))
        out += [
            Case("heading", "members before the word", f"{site.heading}: 12 mm and 7 mm {site.plural}.", two),
            Case("heading", "members before the word, cm", f"{site.heading}: 1.2 cm and 0.7 cm {site.plural}.", two),
            Case(
                "heading",
                "organ size, then members before the word",
                f"{site.heading}: 48 mm. 12 mm and 7 mm {site.plural}.",
                two,
            ),
            Case(
                "heading", "members of N and M mm after a count", f"{site.heading}: 2 {site.plural}, 12 and 7 mm.", two
            ),
            Case(
                "heading", "members right after the plural word", f"{site.heading}: 2 {site.plural} 12 and 7 mm.", two
            ),
            Case(
                "heading",
                "organ size, then members right after the plural word",
                f"{site.heading}: 48 x 20 mm, 2 {site.plural} 12 and 7 mm.",
                two,
            ),
            Case(
                "heading",
                "descriptors between size and lesion",
                f"{site.heading}: 12 x 7 mm {DESCRIPTORS[n % len(DESCRIPTORS)]} {site.lesion}.",
                ((o, d, s, 12.0),),
            ),
        ]
    rows: list[tuple[str, str, tuple[Lesion, ...]]] = [
        (
            "organ length, then members",
            "Right kidney: 10.6 cm, 12 mm and 7 mm simple cysts.",
            ((K, "cyst", "right", 12.0), (K, "cyst", "right", 7.0)),
        ),
        ("organ length, then members", "Spleen 11.5 cm and 14 mm cyst.", ((SP, "cyst", None, 14.0),)),
        (
            "organ length, then members",
            "Liver: 15 cm, 2 cysts, 12 and 7 mm.",
            ((LI, "cyst", None, 12.0), (LI, "cyst", None, 7.0)),
        ),
        (
            "descriptors across a limb site",
            "R calf: 11 x 4 mm well-defined hyperechoic subcutaneous lesion.",
            ((ST, None, "right", 11.0),),
        ),
        (
            "descriptors across a limb site",
            "Left upper arm: 16 mm oval hypoechoic subcutaneous lesion, stable.",
            ((ST, None, "left", 16.0),),
        ),
        (
            "descriptors across a limb site",
            "Right shoulder: 2.2 cm well-circumscribed subcutaneous lesion, lipoma.",
            ((ST, "mass", "right", 22.0),),
        ),
        (
            "descriptors across a limb site",
            "A 14 mm well-defined subcutaneous lesion in the left thigh.",
            ((ST, None, "left", 14.0),),
        ),
        (
            "descriptors, then an anatomy word",
            "Left breast: 12 mm oval hypoechoic subareolar mass.",
            ((BR, "mass", "left", 12.0),),
        ),
        (
            "descriptors, then an anatomy word",
            "Right groin: 18 mm well-defined hypoechoic subcutaneous lesion.",
            # the groin is an organ value of its own, and holds a layer its sentence alone places (the corpus
            # guideline: a subcutaneous epidermoid cyst of the groin -> Hip groin and buttock; f2filed, stop 40)
            (("Hip groin and buttock", None, "right", 18.0),),
        ),
        (
            "descriptors, then an anatomy word",
            "Right kidney: 12 x 7 mm well-defined upper pole cyst.",
            ((K, "cyst", "right", 12.0),),
        ),
        (
            "descriptors, then an anatomy word",
            "Liver: 15 mm well-defined hyperechoic subcapsular haemangioma.",
            ((LI, "mass", None, 15.0),),
        ),
        (
            "descriptors, then an anatomy word",
            "Right breast: 9 x 6 mm circumscribed retroareolar cyst.",
            ((BR, "cyst", "right", 9.0),),
        ),
        (
            "organ length, part words, then the lesion's own size",
            "Right kidney 10 cm upper pole cyst 9 mm.",
            ((K, "cyst", "right", 9.0),),
        ),
        (
            "organ length, part words, then the lesion's own size",
            "Liver 15 cm left lobe haemangioma 12 mm.",
            ((LI, "mass", None, 12.0),),
        ),
        (
            "organ length, part words, then the lesion's own size",
            "Spleen 11 cm upper pole cyst 9 mm.",
            ((SP, "cyst", None, 9.0),),
        ),
        (
            "organ length, part words, then the lesion's own size",
            "Left kidney 10.4 cm lower pole angiomyolipoma measuring 8 mm.",
            ((K, "mass", "left", 8.0),),
        ),
        (
            "organ length, part words, then the lesion's own size",
            "Right thyroid lobe 45 mm lower pole nodule 11 mm.",
            ((TH, "nodule", "right", 11.0),),
        ),
        (
            "organ state after the lesion",
            "Left kidney 10.6 cm, 9 mm lower-pole stone, mild hydronephrosis.",
            ((K, None, "left", 9.0),),
        ),
        (
            "organ state after the lesion",
            "Right kidney: 7 mm interpolar calculus, moderate hydronephrosis.",
            ((K, None, "right", 7.0),),
        ),
        (
            "organ state after the lesion",
            "Left kidney: 12 mm stone at the PUJ, mild hydronephrosis.",
            ((K, None, "left", 12.0),),
        ),
        (
            "length and thickness of one lesion",
            "Right calf: a 4 cm long intramuscular haematoma, 9 mm thick.",
            ((ST, "fluid collection", "right", 40.0),),
        ),
        (
            "length and thickness of one lesion",
            "Left thigh: 6 cm long intramuscular haematoma, 15 mm thick.",
            ((ST, "fluid collection", "left", 60.0),),
        ),
        (
            "length and thickness of one lesion",
            "Right forearm: a 3 cm long subcutaneous lipoma, 8 mm thick.",
            ((ST, "mass", "right", 30.0),),
        ),
        (
            "one ... another",
            "Right kidney: one cyst of 8 mm and another of 5 mm.",
            ((K, "cyst", "right", 8.0), (K, "cyst", "right", 5.0)),
        ),
        (
            "one ... another",
            "Liver: one haemangioma of 14 mm and another of 6 mm.",
            ((LI, "mass", None, 14.0), (LI, "mass", None, 6.0)),
        ),
        (
            "one ... another",
            "Left ovary: one cyst of 25 mm and another of 12 mm.",
            ((OV, "cyst", "left", 25.0), (OV, "cyst", "left", 12.0)),
        ),
        (
            "a further",
            "Right kidney: simple cyst of 12 mm. A further 4 mm cyst in the lower pole.",
            ((K, "cyst", "right", 12.0), (K, "cyst", "right", 4.0)),
        ),
        (
            "a further",
            "Spleen: cyst of 12 mm and a further cyst of 5 mm.",
            ((SP, "cyst", None, 12.0), (SP, "cyst", None, 5.0)),
        ),
        (
            "a further",
            "Liver: haemangioma of 14 mm in segment 6, a further 6 mm haemangioma in segment 3.",
            ((LI, "mass", None, 14.0), (LI, "mass", None, 6.0)),
        ),
        (
            "count word after the organ phrase",
            "Right axilla nodes, two enlarged, largest 18 mm.",
            ((AX, None, "right", 18.0),),
        ),
        (
            "count word after the organ phrase",
            "Cervical nodes left level II, several, largest 12 mm.",
            ((LN, None, "left", 12.0),),
        ),
        ("volume in mL", "Right kidney: simple cyst of 12 mm, volume 3 ml.", ((K, "cyst", "right", 12.0),)),
        ("volume in mL", "Left ovary: cyst of 35 mm, volume 18 mL.", ((OV, "cyst", "left", 35.0),)),
    ]
    out += [Case("heading", kind, text, expected) for kind, text, expected in rows]
    return out


# -- numbered table rows under a caption naming the lesion: each row one lesion, its number no size nor sentence ------
def _table_cases() -> list[Case]:
    out: list[Case] = []
    for site in SITES:
        o, d, s = site.organ, site.diagnosis, site.side
        two = ((o, d, s, 14.0), (o, d, s, 6.0))
        out += [
            Case(
                "table",
                "numbered rows, unit in the header",
                f"{site.heading} - {site.plural}\nNo. | Site | Size (mm)\n1 | upper | 14 x 9\n2 | lower | 6 x 5",
                two,
            ),
            Case(
                "table",
                "numbered rows, unit in the cells",
                f"{site.heading}, {site.plural}:\n# | Position | Size\n1 | anterior | 14 mm\n2 | posterior | 6 mm",
                two,
            ),
        ]
    rows: list[tuple[str, str, tuple[Lesion, ...]]] = [
        (
            "numbered rows with a side column",
            "Thyroid nodules\nNo. | Site | Size (mm) | TR\n1 | R upper | 12 x 9 x 8 | TR3\n2 | L mid | 7 x 5 x 5 | TR2",
            ((TH, "nodule", "right", 12.0), (TH, "nodule", "left", 7.0)),
        ),
        (
            "numbered rows with a side column",
            "Renal cysts\nNo. | Side | Size (mm)\n1 | right | 12\n2 | left | 7\n3 | left | 4",
            ((K, "cyst", "right", 12.0), (K, "cyst", "left", 7.0), (K, "cyst", "left", 4.0)),
        ),
        (
            "numbered rows with a side column",
            "Breast cysts\n# | Side | Clock | Size (mm)\n1 | left | 2 | 11\n2 | right | 10 | 6",
            ((BR, "cyst", "left", 11.0), (BR, "cyst", "right", 6.0)),
        ),
    ]
    out += [Case("table", kind, text, expected) for kind, text, expected in rows]
    return out


# -- a test's result on its own line names the lesion already measured, not an unsized lesion of its own -----------
def _result_cases() -> list[Case]:
    rows: list[tuple[str, str, tuple[Lesion, ...]]] = [
        (
            "core biopsy line",
            "Left breast: irregular hypoechoic mass of 18 mm at 2 o'clock.\nCore biopsy: invasive ductal carcinoma.",
            ((BR, "mass", "left", 18.0),),
        ),
        (
            "core biopsy line",
            "Right parotid: solid lesion of 23 mm.\nCore biopsy (right): pleomorphic adenoma.",
            (("Salivary glands", "mass", "right", 23.0),),
        ),
        (
            "core biopsy line",
            "Liver: solid lesion in segment 6, 24 mm.\nBiopsy of the liver lesion: metastasis.",
            ((LI, "mass", None, 24.0),),
        ),
        (
            "FNA line",
            "Right thyroid lobe: solid hypoechoic nodule of 16 mm.\nFNA: papillary carcinoma.",
            ((TH, "nodule", "right", 16.0),),
        ),
        (
            "FNA line",
            "Left thyroid lobe: a 22 mm nodule. FNAC of the nodule: benign colloid nodule.",
            ((TH, "nodule", "left", 22.0),),
        ),
        (
            "aspirated volume",
            "Right breast: abscess of 25 mm. Aspirated 12 mL of pus.",
            ((BR, "fluid collection", "right", 25.0),),
        ),
        (
            "aspirated volume",
            "Left breast: complex collection 32 x 20 mm. 9 ml of pus aspirated under guidance.",
            ((BR, "fluid collection", "left", 32.0),),
        ),
        (
            "aspirated volume",
            "Right axilla: collection of 40 mm; aspirated 20 mL of purulent fluid.",
            ((AX, "fluid collection", "right", 40.0),),
        ),
    ]
    return [Case("result", kind, text, expected) for kind, text, expected in rows]


# Organs the guideline files a lesion under either way: a node in the axilla is the axilla's or the lymph nodes'.
SAME_ORGAN: dict[str | None, frozenset[str | None]] = {AX: frozenset({AX, LN})}


def matches(got: list[Lesion], expected: tuple[Lesion, ...]) -> bool:
    """Whether the parsed lesions are the expected ones, in order (an organ of ``SAME_ORGAN`` either way)."""
    if len(got) != len(expected):
        return False
    pairs = zip(got, expected, strict=True)
    return all((g[0] == e[0] or g[0] in SAME_ORGAN.get(e[0], ())) and g[1:] == e[1:] for g, e in pairs)


def cases() -> list[Case]:
    """Every case of the battery, in a fixed order."""
    return [
        *_form_cases(),
        *_position_cases(),
        *_distractor_cases(),
        *_group_cases(),
        *_report_cases(),
        *_heading_cases(),
        *_table_cases(),
        *_result_cases(),
    ]


# Cases the parser does not yet read right: reported by benchmarks/size_battery.py, left out of the asserting test.
LEFT_OUT: frozenset[str] = frozenset()
