""""Normal appearance" error classes of the newest development corpora (issue 11, wave t1norm): one table per class,
sentences written for these tests in several source styles (dictation, patient posts, translated templates), never
corpus lines, each table with near misses on the other side."""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

NORMAL = "normal appearance"


def _normal(parser: ReportParser, text: str) -> bool:
    return NORMAL in labels_of(parser, text, "Diagnosis")


# One side of a paired organ described only in measurements, "homogeneous" and a normal flow ("normal vascularity",
# "normal perfusion"): the vascularity matcher reads "normal flow" as one phrase, so no normal word of the organ was
# left; the side is a whole organ stated normal beside a lesion of the other side (guideline: "left testis", "right
# ovary" ... whose whole description is normal wording). Near misses: vessels with normal flow (guideline: patent
# veins are not a normal organ here), nodes with normal hilar flow, both sides in one sentence, the side with the
# lesion itself, and a changed aspect beside the normal flow.
FLOW_ONLY_SIDES = [
    ("TESTES\nRight testis: 4.3 x 2.4 x 2.6 cm, homogeneous, normal vascularity.\nLeft testis: 13 mm hypoechoic solid "
     "mass in the lower pole with increased flow.", True),
    ("Left testicle 4,0 x 2,2 cm, homogeneous echostructure, normal vascularisation.\nRight testicle: intratesticular "
     "solid lesion of 9 mm, hypoechoic.", True),
    ("my report: 'right testis 3.9 cm, homogeneous, normal colour flow. left testis has a 1 cm solid hypoechoic mass, "
     "tumour markers advised'. is this cancer??", True),
    ("Right ovary: 14 mm simple cyst.\nLeft ovary 2.9 x 1.8 cm, normal vascularity.", True),
    # near misses
    ("Right popliteal vein: occlusive thrombus. Left common femoral and popliteal veins compressible with normal "
     "flow.", False),
    ("Left level III: 22 mm round hypoechoic node without hilum. Right level III nodes with normal hilar flow.", False),
    ("Left testis: 13 mm hypoechoic solid mass. Both testes show normal vascularity.", False),
    ("Left testis: 13 mm hypoechoic solid mass with normal vascularity around it.", False),
    ("Left testis: 13 mm hypoechoic solid mass. Right testis 4.1 cm, heterogeneous and hypoechoic, normal flow.",
     False),
]


@pytest.mark.parametrize(("text", "normal"), FLOW_ONLY_SIDES)
def test_side_described_by_normal_flow_is_a_normal_organ(parser: ReportParser, text: str, normal: bool) -> None:
    assert _normal(parser, text) is normal


# "Of usual aspect" / "with usual aspect": a translated writer's "normal" (Spanish "de aspecto habitual", Portuguese
# "de aspecto usual"), said of a whole organ or one side beside a lesion elsewhere. Near misses: the same wording of a
# part of the organ with the lesion (a tendon, the remainder), and an organ only measured.
USUAL_ASPECT = [
    ("Left ovary: 4 cm endometrioma with ground-glass echoes.\nRight ovary of 2.8 x 1.9 cm, of usual aspect.", True),
    ("Spleen of usual aspect, 10 cm. Liver: 2 cm hyperechoic nodule in segment VI, compatible with haemangioma.",
     True),
    ("Right breast: 11 mm simple cyst at 10 o'clock.\nLeft breast with usual aspect.", True),
    # near misses
    ("Full-thickness tear of the supraspinatus tendon, 12 mm. Other tendons of usual aspect.", False),
    ("Left ovary: 4 cm endometrioma with ground-glass echoes.\nRight ovary of 2.8 x 1.9 cm.", False),
]


@pytest.mark.parametrize(("text", "normal"), USUAL_ASPECT)
def test_usual_aspect_is_normal_wording(parser: ReportParser, text: str, normal: bool) -> None:
    assert _normal(parser, text) is normal
