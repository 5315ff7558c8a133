""""Normal appearance" error classes, fifth round (issue 11, writers of the newest development corpora): one table per
class, sentences written for these tests in several source styles (dictation, patient posts, teaching cases, figure
legends), never corpus lines, each table with near misses on the other side."""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

NORMAL = "normal appearance"


def _normal(parser: ReportParser, text: str) -> bool:
    return NORMAL in labels_of(parser, text, "Diagnosis")


# Size wording alone ("normal in size", "of normal size", "normal thickness") says how big an organ is, not that it is
# normal (guideline: "normal in size", "normal size" → no; an organ only measured gets none). Near misses: size joined
# by "and" to another aspect ("normal in size and echogenicity"), or the organ also called normal / unremarkable.
SIZE_ONLY = [
    ("Left kidney: 9 mm simple cortical cyst at the upper pole. The right kidney is normal in size.", False),
    ("A 4 cm simple cyst in segment 6 of the liver. The spleen is of normal size.", False),
    ("Fig. 3. A 2 cm thick-walled left ovarian cyst (arrow). The right ovary is normal in size.", False),
    ("scan said there's a 2cm cyst on my left ovary but the right one is normal size, should i be worried", False),
    ("Moderate right pleural effusion. The spleen is normal in size at 11 cm.", False),
    ("Left testis: 15 mm solid hypoechoic mass. Right testis: normal size, homogeneous.", False),
    ("Right ovary: 4 cm dermoid-like echogenic mass. Uterus 7 cm. Left ovary 3 cm, no focal lesion.", False),
    ("Case 12: the right sternocleidomastoid contains a 2 cm hypoechoic mass. The left sternocleidomastoid is of "
     "normal thickness.", False),
    # near misses
    ("Left kidney: 9 mm simple cortical cyst at the upper pole. The right kidney is normal in size and "
     "echogenicity.", True),
    ("A 4 cm simple cyst in segment 6 of the liver. The spleen is of normal size and echotexture.", True),
    ("Fig. 3. A 2 cm thick-walled left ovarian cyst (arrow). The right ovary is normal.", True),
    ("A 3 cm fibroadenoma in the left breast at 2 o'clock. Right breast: normal size, unremarkable.", True),
    ("Left testis: 15 mm solid hypoechoic mass. Right testis: normal size, homogeneous echotexture.", True),
]


@pytest.mark.parametrize(("text", "normal"), SIZE_ONLY)
def test_size_wording_alone_is_no_normal_organ(parser: ReportParser, text: str, normal: bool) -> None:
    assert _normal(parser, text) is normal


# "No focal lesion" / "no focal abnormality" alone denies lesions in an organ; it is a negation, not normal wording
# (guideline: an organ only negated gets no "normal appearance"; normal wording plus negations does). Near misses:
# the same denial beside normal wording of that organ, and a study with nothing abnormal at all.
FOCAL_DENIAL_ONLY = [
    ("A 12 mm simple cyst in the lower pole of the right kidney. No focal lesion in the spleen.", False),
    ("Left breast: 8 mm oval circumscribed solid mass at 3 o'clock. No focal abnormality in the right breast.", False),
    ("the report says there is a 3cm cyst on my right ovary and then 'the liver shows no focal lesion'. is the cyst "
     "a worry?", False),
    ("Fig. 5. Hepatic abscess, 6 cm (arrow). The spleen showed no focal lesion (not shown).", False),
    ("Thyroid: 14 mm solid nodule in the right lobe. Parotids: no focal lesion on either side.", False),
    # near misses
    ("A 12 mm simple cyst in the lower pole of the right kidney. Spleen: normal echotexture, no focal lesion.", True),
    ("Left breast: 8 mm oval circumscribed solid mass at 3 o'clock. Right breast unremarkable, no focal "
     "abnormality.", True),
    ("A 3 cm cyst on the right ovary. The liver is normal with no focal lesion.", True),
    ("Liver: no focal lesion. Gallbladder normal. Both kidneys normal. No free fluid.", True),
]


@pytest.mark.parametrize(("text", "normal"), FOCAL_DENIAL_ONLY)
def test_focal_denial_alone_is_no_normal_organ(parser: ReportParser, text: str, normal: bool) -> None:
    assert _normal(parser, text) is normal


# A report that states an abnormality with no released value (an enlarged muscle, a dilated pelvis, a thickened wall)
# is no normal study, so a normal part or size of an organ beside it gives no "normal appearance" (guideline: a normal
# study, or a whole organ stated normal). Near misses: a whole organ stated normal beside the same abnormality, and a
# study with nothing abnormal.
UNRELEASED_ABNORMALITY = [
    ("Infant neck: the right sternocleidomastoid is diffusely enlarged and heterogeneous, no discrete mass. The left "
     "sternocleidomastoid is of normal thickness.", False),
    ("Renal US: the left renal pelvis is dilated, APD 12 mm. The right kidney is normal in size.", False),
    ("my little boy's scan: 'left hip capsule thickened, small effusion not seen. Right hip capsule normal "
     "thickness.' what does it mean", False),
    # near misses
    ("Renal US: the left renal pelvis is dilated, APD 12 mm. The right kidney is normal.", True),
    ("Both kidneys are normal in size. No hydronephrosis. Bladder unremarkable.", True),
]


@pytest.mark.parametrize(("text", "normal"), UNRELEASED_ABNORMALITY)
def test_unreleased_abnormality_is_no_normal_study(parser: ReportParser, text: str, normal: bool) -> None:
    assert _normal(parser, text) is normal


# An abnormal state said of another organ earlier in a comma-separated list ("liver enlarged, spleen normal") is that
# organ's, not the one stated normal after it (guideline: a whole organ stated normal, even if another organ has a
# finding). Near misses: the state said of the normal organ itself, before or after the normal word.
STATE_OF_ANOTHER_ORGAN = [
    ("Liver enlarged at 19 cm, spleen normal, no free fluid.", True),
    ("Fig. 2. Hydronephrotic left kidney with dilated calyces (arrow), right kidney normal.", True),
    ("mum's scan said 'liver is a bit enlarged, small gallstones, left kidney unremarkable' - is that bad?", True),
    ("RUQ POCUS: liver coarse with a nodular outline, small volume ascites, spleen normal at 11 cm.", True),
    # near misses
    ("Liver enlarged at 19 cm, otherwise normal.", False),
    ("Spleen enlarged at 15 cm, normal echotexture, no focal lesion.", False),
    ("The right kidney, enlarged and oedematous, is otherwise normal.", False),
]


@pytest.mark.parametrize(("text", "normal"), STATE_OF_ANOTHER_ORGAN)
def test_an_earlier_organs_state_is_not_the_normal_organs(parser: ReportParser, text: str, normal: bool) -> None:
    assert _normal(parser, text) is normal


# A template line per side with the organ elided, measured before it is called normal ("Kidneys: right 10.9 cm, 14 mm
# cyst; left 11.2 cm, normal"): that side is a whole organ stated normal, as "left normal" is (round 4). Near misses:
# sides of a lobed or unpaired organ (the elided noun is a lobe).
ELIDED_MEASURED_SIDE = [
    ("Kidneys: right 10.9 cm, 14 mm simple cyst at the upper pole; left 11.2 cm, normal.", True),
    ("Ovaries: R 3.1 x 2.0 cm, 28 mm haemorrhagic cyst; L 2.8 x 1.9 cm, unremarkable.", True),
    ("Testes: left 4.1 cm, 5 mm hypoechoic solid mass at the lower pole; right 4.3 cm, no abnormality.", True),
    # near misses
    ("Thyroid: right lobe 5.1 cm, 14 mm solid nodule; left 4.8 cm, normal.", False),
    ("Liver: right lobe 16 cm, 2 cm haemangioma; left 7 cm, normal.", False),
]


@pytest.mark.parametrize(("text", "normal"), ELIDED_MEASURED_SIDE)
def test_a_measured_elided_side_stated_normal(parser: ReportParser, text: str, normal: bool) -> None:
    assert _normal(parser, text) is normal
