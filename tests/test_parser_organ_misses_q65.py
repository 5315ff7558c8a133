"""Misses by organ (quality65): a lesion read as part of another ("merged") or filed on another organ. Inventory of
the development corpora (record: fragment -> expected; got before), grouped by cause; the test sentences are new,
several wordings for each class.

Class A, a contrastive pronoun whose place stands before its size ("another"/"other" read only right before a size,
"other" only as the member of a plural group): the second lesion merged into the first.
- ml011: "a cortical cyst of the inferior pole with 3,2 cm and another of the mid third with 1,1 cm" -> two left
  renal cysts (32, 11); got one (32).
- mm019: "a fibroid in the fundus 4.6 cm (calcified rim) and another anterior 2.2 cm" -> two uterine masses; got one.
- mt027: "a simple cyst ... about 1.2 cm, and another one at 11 o'clock measuring 0.7 cm" -> two right breast cysts;
  got one.
- mu017: "Cyst simple at radius 3 of 6,5 mm, and other of 4,2 mm at radius 9" -> two left breast cysts; got one.
- mn027: "two nodules - the bigger is 1.4 cm ...; the other is 5 mm" -> two left thyroid nodules; got one.

Class B, "soft tissue" before a lesion word telling its texture, read as the soft tissues organ: the lesion filed on
the soft tissues instead of the organ described.
- ms044: "Bladder: ... Separate 1.7 cm sessile echogenic soft-tissue lesion on the right lateral wall" -> Bladder,
  no side; got Soft tissues, right. (Same class outside the findings corpora: a gallbladder "sessile soft-tissue
  mass", a chest wall "soft tissue mass over the 5th rib".)

Class C, an abbreviation in its other sense: "AVF" beside the uterus is its position (anteversoflexion), read as
the dialysis fistula.
- mv021: "Uterus in AVF, increased in size, ..., with myomatous nodules: one intramural ... of 4,5 x 4,0 cm, one
  subserous ... of 3,2 cm and one submucous of 1,8 cm" -> three uterine lesions; got three on the Dialysis fistula.

Class D, a lesion word in the singular counted by a multiplication sign ("x 3"): the members after it merged.
- mt023: "myoma x 3: (a) fundus, subserosal, 3.2 cm; (b) anterior wall, intramural, 2.0 cm; (c) submucosal, 1.1 cm"
  -> three uterine masses; got one (32).
- mt021: "Liver cyst x2 (S2 0.6cm, S7 1.4cm)" -> two liver cysts; got one (6).

Class E, a hedged name that names its organ ("suggestive of parathyroid adenoma") taken as the diagnosis of an
unnamed lesion ("image", "formation") but not its organ, which stayed the one carried (the thyroid beside it).
- mn022: "Behind the lower pole of the left lobe an 8 mm oval hypoechogenic formation, separate from the thyroid,
  suggestive of parathyroid adenoma" -> Parathyroid glands; got Thyroid gland.
- mu019: "Posterior to the lower pole of left lobe, image hypoechogenic oval of 12,6 x 6,3 mm, separate of the
  thyroid, ... suggestive of parathyroid adenoma" -> Parathyroid glands; got Thyroid gland.

Class F, the Latin "nodus" of translated reports (a nodule) read as no lesion word: the lesion lost, or merged into
another.
- mu022: "In the right lobe, middle third, isoechoic nodus 8 x 6 mm ... In the left lobe, lower pole, hypoechoic
  solid nodus 13 x 10 x 15 mm" -> two thyroid nodules; got none sized (a structure of 8 mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


CONTRAST_ROWS: list[tuple[str, list[Lesion]]] = [
    (
        "Right kidney: a simple cyst at the upper pole of 2,4 cm and another at the lower pole with 9 mm.",
        [("Kidney and ureter", "cyst", "right", 24.0), ("Kidney and ureter", "cyst", "right", 9.0)],
    ),
    (
        "Uterus enlarged with an intramural fibroid of 3.1 cm and another posterior 1.7 cm.",
        [("Uterus", "mass", None, 31.0), ("Uterus", "mass", None, 17.0)],
    ),
    (
        "Left breast: at 2 o'clock a simple cyst measuring 9 mm and another one at 5 o'clock measuring 6 mm.",
        [("Breast", "cyst", "left", 9.0), ("Breast", "cyst", "left", 6.0)],
    ),
    (
        "RIGHT BREAST: simple cyst at radius 10 of 8 mm, and other of 5 mm at radius 7.",
        [("Breast", "cyst", "right", 8.0), ("Breast", "cyst", "right", 5.0)],
    ),
    (
        "Thyroid, right lobe: two nodules - the larger is 18 mm and solid; the other is 6 mm.",
        [("Thyroid gland", "nodule", "right", 18.0), ("Thyroid gland", "nodule", "right", 6.0)],
    ),
    (
        "Liver: a hyperechoic haemangioma in segment VI of 14 mm and another in the lower third of segment V, 8 mm.",
        [("Liver", "mass", None, 14.0), ("Liver", "mass", None, 8.0)],
    ),
]

# "other" and "another" before a noun qualify it: no lesion of their own.
QUALIFIER_ROWS: list[tuple[str, list[Lesion]]] = [
    (
        "Right kidney: simple cyst of 15 mm. The other kidney is normal, 10.4 cm.",
        [("Kidney and ureter", "cyst", "right", 15.0)],
    ),
    (
        "Left breast: a cyst of 7 mm, and another cyst of 4 mm at 3 o'clock.",
        [("Breast", "cyst", "left", 7.0), ("Breast", "cyst", "left", 4.0)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), CONTRAST_ROWS + QUALIFIER_ROWS, ids=[r[0][:40] for r in CONTRAST_ROWS + QUALIFIER_ROWS]
)
def test_contrastive_pronoun_is_a_second_lesion(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


TEXTURE_ROWS: list[tuple[str, list[Lesion]]] = [
    (
        "Urinary bladder: wall 4 mm. A 2.2 cm polypoid soft-tissue lesion on the left lateral wall, vascular.",
        [("Bladder", None, None, 22.0)],
    ),
    (
        "Gallbladder: a 12 mm immobile soft tissue mass at the fundus with internal flow.",
        [("Gallbladder and bile ducts", "mass", None, 12.0)],
    ),
    (
        "The bladder shows a broad-based echogenic soft-tissue mass of 3.1 cm at the dome.",
        [("Bladder", "mass", None, 31.0)],
    ),
    # No other organ named: the soft tissues' name is the site.
    ("A 3 cm soft tissue mass of the left forearm.", [("Soft tissues", "mass", "left", 30.0)]),
    ("Soft tissue lump: a 2 cm lipoma in the subcutis of the back.", [("Soft tissues", "mass", None, 20.0)]),
    # Another organ named before, but not the one being described (another sentence, no heading of its line).
    ("Liver normal. A 3 cm soft tissue mass in the back.", [("Soft tissues", "mass", None, 30.0)]),
    ("Spleen: normal.\nA 25 mm soft tissue mass in the left flank subcutis.", [("Soft tissues", "mass", "left", 25.0)]),
]


@pytest.mark.parametrize(("text", "expected"), TEXTURE_ROWS, ids=[r[0][:40] for r in TEXTURE_ROWS])
def test_soft_tissue_texture_is_no_site(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


AVF_ROWS: list[tuple[str, list[Lesion]]] = [
    ("Uterus in AVF, 9,1 x 5,2 cm, with an intramural fibroid of 2,4 cm.", [("Uterus", "mass", None, 24.0)]),
    ("The uterus is AVF and enlarged, with a subserous myoma of 31 mm.", [("Uterus", "mass", None, 31.0)]),
    # The dialysis fistula where no uterus is named.
    ("Left brachiocephalic AVF: aneurysmal segment 14 mm, patent.", [("Dialysis fistula", None, "left", 14.0)]),
]


@pytest.mark.parametrize(("text", "expected"), AVF_ROWS, ids=[r[0][:40] for r in AVF_ROWS])
def test_avf_beside_the_uterus_is_its_position(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert [lesion[0] for lesion in lesions_of(parser, text)] == [lesion[0] for lesion in expected]


MULTIPLIED_ROWS: list[tuple[str, list[Lesion]]] = [
    (
        "Uterus: 9.4 x 5.1 cm, fibroid x 2: (a) posterior wall, 2.6 cm; (b) fundal, subserosal, 1.4 cm.",
        [("Uterus", "mass", None, 26.0), ("Uterus", "mass", None, 14.0)],
    ),
    (
        "Liver: cyst x2 (S4 0.9 cm, S6 1.6 cm). Spleen normal.",
        [("Liver", "cyst", None, 9.0), ("Liver", "cyst", None, 16.0)],
    ),
    (
        "Bladder: calculi ×3 (12, 8 and 5 mm).",
        [("Bladder", None, None, 12.0), ("Bladder", None, None, 8.0), ("Bladder", None, None, 5.0)],
    ),
    # A dimension or a duration after the sign is no count.
    ("Right kidney: cyst x 2.1 cm.", [("Kidney and ureter", "cyst", "right", 21.0)]),
    # Any spelling of a length unit ends the count, a long one included (units.LENGTH_UNIT, not a list of its own).
    ("Right kidney: cyst x 3 cms.", [("Kidney and ureter", "cyst", "right", 30.0)]),
    ("Right kidney: cyst x 3 millimetres.", [("Kidney and ureter", "cyst", "right", 3.0)]),
    ("Left groin: haematoma x 3 days, 4 cm.", [("Hip groin and buttock", "fluid collection", "left", 40.0)]),
]


@pytest.mark.parametrize(("text", "expected"), MULTIPLIED_ROWS, ids=[r[0][:40] for r in MULTIPLIED_ROWS])
def test_multiplied_count_is_a_group(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


HEDGED_NAME_ROWS: list[tuple[str, list[Lesion]]] = [
    (
        "Thyroid: normal lobes. Inferior to the right lobe, a 10 mm oval hypoechoic formation, separate from the "
        "thyroid, suggestive of a parathyroid adenoma.",
        [("Parathyroid glands", None, "right", 10.0)],
    ),
    (
        "Thyroid normal. Below the lower pole of the left lobe, image hypoechoic oval of 9 x 5 mm, separate of the "
        "thyroid, probably parathyroid adenoma.",
        [("Parathyroid glands", None, "left", 9.0)],
    ),
    # A differential ("?a ?b") offers no reading of its own.
    (
        "Right forearm: a 14 mm oval hypoechoic lesion in the subcutaneous tissue, ?nerve sheath tumour ?haemangioma.",
        [("Soft tissues", None, "right", 14.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEDGED_NAME_ROWS, ids=[r[0][:40] for r in HEDGED_NAME_ROWS])
def test_hedged_name_places_an_unnamed_lesion(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


NODUS_ROWS: list[tuple[str, list[Lesion]]] = [
    (
        "Thyroid: right lobe 17 x 18 x 50 mm. In the left lobe, upper third, hypoechoic solid nodus 11 x 8 mm.",
        [("Thyroid gland", "nodule", "left", 11.0)],
    ),
    (
        "Thyroid gland. Left lobe: isoechoic nodus of 7 mm with halo. Right lobe: spongiform nodus 12 mm.",
        [("Thyroid gland", "nodule", "left", 7.0), ("Thyroid gland", "nodule", "right", 12.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NODUS_ROWS, ids=[r[0][:40] for r in NODUS_ROWS])
def test_latin_nodus_is_a_nodule(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected
