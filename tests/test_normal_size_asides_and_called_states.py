"""Whole-organ normal statements written with a bracketed size or a found state (normals.py):

* "LIVER: Normal size (14.2 cm) and echotexture." beside gallstones: the size's bracketed value does not cut the
  aspects apart, so the liver is stated normal as "normal size and echotexture" is;
* "Right ovary: atrophic, normal." beside a fibroid: an atrophic postmenopausal ovary called normal with a comma, as
  "atrophic and normal" is.

Guards: a bare "normal size (14 cm)" stays size only, and "enlarged, normal echotexture" is no normal organ. Each
passage was written for this file.
"""

from __future__ import annotations

from udt.parser import ReportParser

_NORMAL = "normal appearance"


def test_bracketed_size_keeps_the_aspects_joined(parser: ReportParser) -> None:
    labels = parser.parse(
        "LIVER: Normal size (15.1 cm) and echotexture. No focal lesion.\nGALLBLADDER: several gallstones, the "
        "largest 11 mm. Wall 2 mm.").labels
    assert _NORMAL in labels["Diagnosis"]


def test_bracketed_size_alone_is_size_only(parser: ReportParser) -> None:
    labels = parser.parse(
        "SPLEEN: normal size (11 cm).\nGALLBLADDER: several gallstones, the largest 11 mm. Wall 2 mm.").labels
    assert _NORMAL not in labels["Diagnosis"]


def test_atrophic_ovary_called_normal_with_a_comma(parser: ReportParser) -> None:
    labels = parser.parse(
        "Uterus: 62 x 30 x 38 mm, a 14 mm intramural fibroid in the fundus.\nLeft ovary: atrophic, normal.\n"
        "Right ovary: not seen.").labels
    assert _NORMAL in labels["Diagnosis"]


def test_enlarged_organ_with_a_normal_aspect_is_no_normal_organ(parser: ReportParser) -> None:
    labels = parser.parse(
        "Uterus: 62 x 30 x 38 mm, a 14 mm intramural fibroid in the fundus.\nLeft ovary: enlarged, normal "
        "echotexture.").labels
    assert _NORMAL not in labels["Diagnosis"]


def test_finding_with_a_bracketed_aside_after_a_worded_normal(parser: ReportParser) -> None:
    # "normal in size and echotexture but contains microlithiasis (...)": the gland is described abnormal
    labels = parser.parse(
        "There is a 15 mm hypoechoic intratesticular mass in the right testis. The left testis is normal in size and "
        "echotexture but contains scattered microlithiasis (three foci per image).").labels
    assert "normal appearance" not in labels["Diagnosis"]


def test_bracketed_measure_after_a_worded_normal_keeps_it(parser: ReportParser) -> None:
    labels = parser.parse(
        "There is a 15 mm hypoechoic intratesticular mass in the right testis. The left testis is normal in size and "
        "echotexture (4.1 x 2.3 cm).").labels
    assert "normal appearance" in labels["Diagnosis"]


def test_normal_volume_of_a_gland_with_a_nodule_is_one_aspect(parser: ReportParser) -> None:
    labels = parser.parse(
        "Thyroid of normal volume (right lobe 5.8 mL, left lobe 5.1 mL), homogeneous echostructure.\nRight lobe: "
        "solid hypoechoic nodule 13 x 9 mm with irregular margins, EU-TIRADS 5.").labels
    assert "normal appearance" not in labels["Diagnosis"]


def test_normal_volume_of_a_gland_without_lesion_stays_normal(parser: ReportParser) -> None:
    labels = parser.parse(
        "Posterior to the lower pole of the right thyroid lobe: oval hypoechoic nodule 12 x 7 mm with a polar vessel, "
        "parathyroid adenoma.\nThyroid: normal volume (total 11 ml), homogeneous echostructure, without "
        "nodules.").labels
    assert "normal appearance" in labels["Diagnosis"]


def test_bracketed_volume_after_a_normal_is_its_measure(parser: ReportParser) -> None:
    labels = parser.parse(
        "A 17 mm hypoechoic intratesticular mass in the upper pole of the right testis. The left testis was normal "
        "(volume 15 ml).").labels
    assert "normal appearance" in labels["Diagnosis"]
