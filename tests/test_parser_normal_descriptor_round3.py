""""Normal appearance" and descriptor error classes, third round (issue 11): one table per class, sentences written
for these tests in the four source styles (dictation, patient posts, teaching cases, figure legends), never corpus
lines, each table with near misses that must not trigger."""

from __future__ import annotations

import pytest

from tests.parser_reading import labels_of
from udt.parser import ReportParser

NORMAL = "normal appearance"


def _normal(parser: ReportParser, text: str) -> bool:
    return NORMAL in labels_of(parser, text, "Diagnosis")


# A normal attribute ("echogenicity is normal") qualifies the dimension word in its own sentence only: the dimension
# word at the end of one sentence made the next sentence's normal statement ("No focal lesion.") an attribute too,
# and the study lost its normal appearance. And a study told only in normal attributes and denials, over several
# sentences, is a normal study (guideline: an organ whose whole description is normal wording plus negations).
# Near misses: an organ only measured, a venous study (compressible with normal flow), an abnormal descriptor or an
# abnormal state anywhere, any other finding, a hedged lesion.
ATTRIBUTES_AND_DENIALS = [
    ("The liver has normal echogenicity. No focal lesion. No biliary dilatation.", True),
    ("Pancreas: echotexture normal. No focal lesion.", True),
    ("Thyroid: echogenicity is normal. No nodules.", True),
    ("Right kidney 10.5 cm. Cortical thickness and echogenicity are normal. No hydronephrosis. No calculi.", True),
    ("RENAL TRANSPLANT: graft in the right iliac fossa, 12.1 cm. Corticomedullary differentiation and echogenicity "
     "normal. No collection around the graft.", True),
    ("Fig. 3. The spleen, of normal echogenicity; no focal lesion or collection.", True),
    # near misses
    ("Spleen 11 cm. Echogenicity is normal.", False),
    ("Common femoral vein: compressible, normal flow. No thrombus.", False),
    ("Liver echogenicity is normal. A 12 mm hypoechoic area in segment 6. No ductal dilatation.", False),
    ("Thyroid echogenicity is normal. No nodules. The left lobe is enlarged.", False),
    ("Renal cortical echogenicity is normal. No hydronephrosis. A 6 mm calculus in the lower pole.", False),
    ("Thyroid echogenicity normal. No nodules. The gland is diffusely enlarged.", False),
    ("Bladder wall echogenicity normal. No calculi. Prostate enlarged.", False),
]


@pytest.mark.parametrize(("text", "normal"), ATTRIBUTES_AND_DENIALS)
def test_a_study_of_normal_attributes_and_denials_is_normal(parser: ReportParser, text: str, normal: bool) -> None:
    assert _normal(parser, text) is normal
