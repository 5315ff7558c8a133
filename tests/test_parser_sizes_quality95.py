"""Inventory of stop 30's "size: none on matched" and "size: other wrong number" rows (a lesion matched to a finding
with no size, or a number of no lesion, though the text gives its size), by class, with sentences written for this
file in several wordings (not corpus text).

Rows on the development files (id, fragment, expected, got, class):

- a bracketed name of the lesion's own diagnosis after its size made a second, unmeasured lesion, which the lesion's
  quote (ending with the gloss) was paired with: ny009 "two cysts of 11 and 7 mm (spermatoceles)" Scrotum cyst 7 got
  None; ny050 "free liquid 12 mm (hydrocele)" Scrotum fluid collection 12 got None; nf034 "collection ... 4.2 x 1.8
  cm, simple (lymphocele), stable since ... (4.4 cm)" made an extra lymphocele of the prior 44 mm
  (bracketed_names.py). np042 "anechoic liquid in the left vaginal tunic, thickness of 0,5 cm (small hydrocele)"
  Scrotum 5: the joined fluid took the Vagina, which "vaginal" names (ontology: "vaginal tunic" is the tunica
  vaginalis).

- "one more" standing for a further lesion of the kind just measured (the translated "otro más", "ещё один") was no
  pronoun, so its size went to no lesion or to the lesion before: nr048 "in left gland at 4 hours cyst 0,7 cm and one
  more at 6 hours 1,4 cm" Breast cyst 14 got no finding; nr047 "in S2 one more 1,1 cm same character" Liver cyst 11
  got the cyst word's finding (termset.ONE_MORE_PRONOUNS, pronoun_lesions.py).

- a "largest" size after what a single lesion contains took the lesion's size (a size after "largest" ranks first as a
  group's own): ny024 "multilocular solid tumour 87 x 64 x 70 mm, with papillary projections (largest 11 mm)" Adnexa
  87 got 11 (content_largest.py).

Rows seen and left to other kinds (the size is read; the finding is filed or split wrongly):

- an organ in Latin or abbreviated ("Hepar:", "Ovarium sin.:", "Gl. suprarenalis l. sin.:"): the measured lesion is
  filed on another organ and the conclusion's restatement is matched (mx021, mx023, mx025, nk003).
- a description whose noun is no lesion word ("two echogenic foci ..., 6 mm and 4 mm, consistent with calculi", "two
  nodular thickenings of 9 and 14 mm"): one lesion takes the first size only (nw038, ny021).
- a negated feature before an arrow ("no calc -> K-TIRADS 3") denies the graded nodule, whose size goes to its lobe
  (nx046): a negation scope.
- tables, key-value sheets and numbered worksheet rows (ny031, np023, nq028, nr030, nr031, nd033, nd038, my050),
  "the largest on the right 52 mm" after a group the conclusion restates (ny023), and a conglomerate heading of
  nodes (nx036, nx037): each a layout of its own, left for a later round.
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

SC, AD, KI, BR, PE, PL, LI = (
    "Scrotum",
    "Adnexa",
    "Kidney and ureter",
    "Breast",
    "Peritoneum mesentery and omentum",
    "Pleural space",
    "Liver",
)

# (text, the lesions expected: organ, diagnosis, side, largest size in mm)
BRACKETED_GLOSSES: list[tuple[str, list[Lesion]]] = [
    # the gloss right after the size
    ("Left epididymal head: a cyst of 11 mm (spermatocele).", [(SC, "cyst", "left", 11.0)]),
    ("Around the left testis anechoic fluid 12 mm (hydrocele).", [(SC, "fluid collection", "left", 12.0)]),
    ("Pouch of Douglas: free fluid 14 mm (small ascites).", [(PE, "fluid collection", None, 14.0)]),
    # a plural gloss over a list of sizes sharing one unit: one lesion per size, none unmeasured
    (
        "Right epididymal tail: anechoic cysts of 5 and 3 mm (epididymal cysts). Testes normal.",
        [(SC, "cyst", "right", 5.0), (SC, "cyst", "right", 3.0)],
    ),
    # a feature or two between the size and the bracket
    ("Right ovary: thin-walled cyst 34 mm, unilocular (functional cyst).", [(AD, "cyst", "right", 34.0)]),
    ("Left testis: cyst of 6 mm, anechoic (simple cyst).", [(SC, "cyst", "left", 6.0)]),
    ("Right breast: at 10 o'clock an oval cyst of 8 mm (simple cyst). No solid lesion.", [(BR, "cyst", "right", 8.0)]),
    # the sac named in a Romance word order ("tunica vaginal") is the testis's, not the vagina: the measured fluid
    # that the gloss joins stays in the scrotum (ontology synonym "vaginal tunic" of tunica vaginalis)
    (
        "Scrotum: a little anechoic fluid in the right vaginal tunic, 4 mm thick (minimal hydrocele).",
        [(SC, "fluid collection", "right", 4.0)],
    ),
]

# Guards: what the rule must leave as it is.
BRACKET_GUARDS: list[tuple[str, list[Lesion]]] = [
    # a bracketed lesion with a size of its own is another lesion
    (
        "Left epididymis: cyst 11 mm (another cyst 4 mm).",
        [(SC, "cyst", "left", 11.0), (SC, "cyst", "left", 4.0)],
    ),
    # a prior size in the bracket is no gloss
    ("Right kidney: cyst 3 cm (previously cyst of 2 cm).", [(KI, "cyst", "right", 30.0), (KI, "cyst", "right", 20.0)]),
    # a bracket naming the lesion right after its word (the rule before this one)
    ("Left pleural effusion (haemothorax), 35 mm deep.", [(PL, "fluid collection", "left", 35.0)]),
    # an unnamed formation takes the bracketed diagnosis (findings' later-name rule)
    (
        "Right kidney: in the lower segment anechoic formation 34x31 mm with clear contours (cyst).",
        [(KI, "cyst", "right", 34.0)],
    ),
    # a bracket of features names nothing
    ("Liver: hyperechoic lesion 12 mm in segment 6 (no flow).", [(LI, None, None, 12.0)]),
]


ONE_MORE: list[tuple[str, list[Lesion]]] = [
    ("Liver: cyst 12 mm in S7, one more 5 mm in S3.", [(LI, "cyst", None, 12.0), (LI, "cyst", None, 5.0)]),
    # its place before its size, as after "another"
    (
        "Left breast: at 4 o'clock a cyst of 0,7 cm and one more at 6 o'clock 1,4 cm.",
        [(BR, "cyst", "left", 7.0), (BR, "cyst", "left", 14.0)],
    ),
    (
        "Right kidney: cortical cyst 25 mm at the upper pole, one more in the lower pole of 9 mm.",
        [(KI, "cyst", "right", 25.0), (KI, "cyst", "right", 9.0)],
    ),
    # guards: "one more" before a lesion word is that lesion's determiner; "more" elsewhere compares
    (
        "Liver: cyst 12 mm in S7, one more cyst of 5 mm in S3.",
        [(LI, "cyst", None, 12.0), (LI, "cyst", None, 5.0)],
    ),
    ("Liver: nodule 12 mm, more echogenic than the liver, 5 mm from the capsule.", [(LI, "nodule", None, 12.0)]),
    ("Left kidney: cyst of 18 mm; no more than 2 mm of wall.", [(KI, "cyst", "left", 18.0)]),
]


CONTENT_LARGEST: list[tuple[str, list[Lesion]]] = [
    (
        "Left ovary: cystic lesion of 42 mm with solid components (largest 9 mm).",
        [(AD, "cyst", "left", 42.0)],
    ),
    (
        "Right ovary: complex mass 6.4 x 5.1 cm, with papillary excrescences, the largest 8 mm.",
        [(AD, "mass", "right", 64.0)],
    ),
    (
        "Thyroid: dominant nodule 25 mm containing microcalcifications, the largest 1 mm.",
        [("Thyroid gland", "nodule", None, 25.0)],
    ),
    # guards: a plural lesion is the group "largest" picks from; a lone "largest" size is still the lesion's
    ("Liver: multiple cysts with thin walls, the largest 3 cm.", [(LI, "cyst", None, 30.0)]),
    ("Spleen: 15 cm, with two small cysts, the larger 13 mm.", [("Spleen", "cyst", None, 13.0)]),
]


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


@pytest.mark.parametrize(("text", "expected"), BRACKETED_GLOSSES + BRACKET_GUARDS)
def test_bracketed_gloss_names_the_measured_lesion(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), ONE_MORE)
def test_one_more_is_a_further_lesion(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), CONTENT_LARGEST)
def test_largest_of_a_lesions_contents(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected
