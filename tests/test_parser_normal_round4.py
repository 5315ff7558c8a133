""""Normal appearance" error classes, fourth round (issue 11): one table per class, sentences written for these
tests in the four source styles (dictation, patient posts, teaching cases, figure legends, translated text), never
corpus lines, each table with near misses that must not trigger."""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

NORMAL = "normal appearance"


def _normal(parser: ReportParser, text: str) -> bool:
    return NORMAL in labels_of(parser, text, "Diagnosis")


# A hollow organ's content called anechoic ("contents anechoic", "the lumen is anechoic") is its normal content, not
# an abnormal look of the organ: an organ described by normal wording, negations and such content is a whole organ
# stated normal beside a lesion elsewhere (guideline: echo words on normal tissue, anechoic bile, are no lesion).
# Near misses: the echo word said of the organ itself, another echo word on the content, a lesion in that organ.
CONTENT_ECHO = [
    ("Right kidney: a 7 mm concrement in the lower pole with acoustic shadow. Urinary bladder: wall 3 mm, contents "
     "anechoic, without pathology.", True),
    ("Liver: 4 cm haemangioma in segment 7. Gallbladder: not enlarged, lumen anechoic, no focal lesion.", True),
    ("Left ovary: 30 mm simple cyst. Bladder well filled, its contents are anechoic, no focal abnormality.", True),
    ("Fig. 2. Splenic cyst (arrow). The gallbladder, with anechoic bile, shows no focal lesion.", True),
    # near misses
    ("Left ovary: 30 mm simple cyst. Right ovary: anechoic, no focal lesion.", False),
    ("Liver: 4 cm haemangioma in segment 7. Gallbladder: lumen hyperechoic, no focal lesion.", False),
    ("Right kidney: 7 mm concrement. Bladder: contents anechoic, a 9 mm polyp on the left wall.", False),
]


@pytest.mark.parametrize(("text", "normal"), CONTENT_ECHO)
def test_anechoic_content_is_no_fault_of_the_organ(parser: ReportParser, text: str, normal: bool) -> None:
    assert _normal(parser, text) is normal


# "Both testes normal" is no whole organ when each side has a finding (guideline: yes only when one hemiscrotum has
# no finding at all). The normal's organ is the one its sentence names even when that name is weak ("Both testes
# normal in size": the testes name the scrotum); it used to be read only from strong sites, so the rule never ran.
# Near misses: every finding on one side, leaving the other hemiscrotum a whole organ with no finding.
BOTH_SIDES = [
    ("Both testes are normal in size and echotexture. A 4 mm cyst in the left epididymal head. A 6 mm cyst in "
     "the right epididymal tail.", False),
    ("my scan report: \"left scrotal varicocele. Both testes normal in size and echotexture. tiny right "
     "epididymal cyst\" - should I worry?", False),
    ("Fig. 4. Both testes normal in size and echogenicity; right epididymal head cyst (arrow) and left "
     "epididymal tail cyst (arrowhead).", False),
    ("Both testes normal in size and echotexture, no focal lesion. Right epididymal head cyst, 3 mm. Left scrotal "
     "varicocele, grade 2.", False),
    ("Right hydrocele in the scrotum, small. Both testes normal in size and echotexture. Left epididymal cyst "
     "3 mm.", False),
    # near misses
    ("Both testes are normal in size and echotexture. A 4 mm cyst in the left epididymal head. A 6 mm cyst in "
     "the left epididymal tail.", True),
    ("Scrotal US: left-sided varicocele in the scrotum. Both testes normal in size and echotexture. 4 mm cyst of "
     "the left epididymal head.", True),
    ("Both testes normal in size and echotexture. Left epididymal head cyst, 5 mm.", True),
]


@pytest.mark.parametrize(("text", "normal"), BOTH_SIDES)
def test_both_testes_normal_with_findings_on_both_sides(parser: ReportParser, text: str, normal: bool) -> None:
    assert _normal(parser, text) is normal


# A bare side word before the normal, the organ elided after a clause about the other side ("Kidneys: mild left
# hydronephrosis, right normal") states that side of the paired organ normal (guideline: one side of a paired organ,
# left kidney, right ovary). Near misses: the clause before names a part ("right lobe nodule, left normal": a lobe),
# an unpaired organ ("left" and "right" of the liver are parts), the same side on both clauses.
ELIDED_SIDE = [
    ("Kidneys: moderate right hydronephrosis, left normal.", True),
    ("Ovaries: left 3 cm simple cyst, right normal.", True),
    ("my report said \"breasts: right 9 mm cyst at 10 o'clock, left unremarkable\"", True),
    ("RENAL US: a 7 mm calculus in the left kidney. Kidneys: left mild pelvicalyceal dilatation, right normal.", True),
    # near misses
    ("Thyroid: right lobe 12 mm solid nodule, left normal.", False),
    ("Liver: left 3 cm simple cyst, right normal.", False),
    ("Testes: left 6 mm hypoechoic lesion, left normal.", False),
]


@pytest.mark.parametrize(("text", "normal"), ELIDED_SIDE)
def test_a_bare_side_after_the_other_sides_finding_is_that_side(parser: ReportParser, text: str,
                                                                 normal: bool) -> None:
    assert _normal(parser, text) is normal


# "normal ... tissue" speaks of the organ's tissue at one place (the palpable site, around a nodule): one aspect of
# the organ, so no whole organ stated normal when that organ has a lesion elsewhere in the report (guideline: no
# normal appearance for a normal part of an organ that has a lesion). Near misses: the other side of a paired organ,
# a report with no lesion, another organ's tissue.
ORGAN_TISSUE = [
    ("RIGHT BREAST US: the palpable area at 9 o'clock shows normal fibroglandular tissue only. A 6 mm simple cyst "
     "at 11 o'clock, 4 cm from the nipple.", False),
    ("I felt a lump in my left boob but the scan showed normal breast tissue where I felt it. They did see a 7mm "
     "cyst higher up though.", False),
    ("Fig. 1. Left breast: normal glandular tissue at the marker (arrow); a 9 mm oval cyst at 3 o'clock "
     "(arrowhead).", False),
    # near misses
    ("Left breast: 8 mm simple cyst at 2 o'clock. Right breast: normal fibroglandular tissue, no mass.", True),
    ("The palpable lump corresponds to normal breast tissue. No mass.", True),
    ("Liver: 2 cm haemangioma in segment 6. Spleen: normal tissue, 10 cm.", True),
]


@pytest.mark.parametrize(("text", "normal"), ORGAN_TISSUE)
def test_normal_tissue_at_one_place_is_part_of_an_organ_with_a_lesion(parser: ReportParser, text: str,
                                                                      normal: bool) -> None:
    assert _normal(parser, text) is normal


# "The right side" is one side of a paired organ (a breast, a testis, a kidney): a whole organ stated normal, also in
# a clause of the lesion's sentence with the organ unsaid ("..., and that the right side looked normal"). The thyroid
# is one gland: its "right side" is a lobe, never a whole organ beside a nodule in the other lobe (guideline: "Left
# lobe is normal" after a right-lobe nodule). Near misses: the thyroid, in its own sentence or in the lesion's.
SIDE_OF_AN_ORGAN = [
    ("Scan of my right boob found a 9mm cyst, nothing worrying in it, and the doctor said the left side was normal.",
     True),
    ("Left testis: 8 mm hypoechoic solid mass at the lower pole, while the right side is normal.", True),
    ("Fig. 5. Right breast: complicated cyst at 10 o'clock (arrow). The left side was normal (not shown).", True),
    ("Thyroid: 12 mm nodule in the right lobe, TR3.\n\nBreast: my left boob has an 8 mm cyst, and the right side "
     "was normal they said.", True),
    # near misses
    ("They found a 15 mm nodule on the right side of my thyroid. The left side was normal.", False),
    ("US THYROID: a 2 cm solid nodule in the left side of the gland, TR4, and the right side is normal.", False),
    ("Neck scan said \"left lobe 11 mm nodule, TR3\" and right side normal. Should I ask for a biopsy?", False),
]


@pytest.mark.parametrize(("text", "normal"), SIDE_OF_AN_ORGAN)
def test_a_side_is_a_whole_paired_organ_but_a_thyroid_lobe(parser: ReportParser, text: str, normal: bool) -> None:
    assert _normal(parser, text) is normal
