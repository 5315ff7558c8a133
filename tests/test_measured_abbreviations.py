"""A measured abbreviation names its organ as a site label only: "ET: 8.4 mm" in a follicle-tracking or
early-pregnancy note labels the uterus, and takes, sizes and sides no lesion (measured_abbreviations.py).

Near misses: the letters in another sense (an embryo transfer, an endotracheal tube, the French "et" of a title in
capitals, "et al."), an "ET" not followed by a length, one inside a sentence, and a measured "ET" in a report that
names no organ of the female pelvis. Each passage is written for this file.
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of, lesions_of

from udt.parser import ReportParser


@pytest.mark.parametrize(
    "text",
    [
        "OVULATION TRACKING - cycle day 12\nET: 7.6 mm, triple line\nRight ovary: leading follicle 17 mm\n"
        "Left ovary: 4 follicles under 10 mm",
        "Early pregnancy unit. Pregnancy of unknown location. No IUP seen. ET 13mm.\n"
        "Left ovary: corpus luteum. Right adnexa clear.",
        "IVF clinic, stim day 7. ET - 6.8 mm. RO: 8 follicles, largest 14 mm. LO: 6 follicles, largest 13 mm.",
        "Baseline scan, day 2 of cycle. Both ovaries quiet, AFC 11 right and 9 left.\nET = 3.9 mm",
        "| Structure | Finding |\n| Right ovary | 12 follicles |\n| ET | 10 mm, homogeneous |",
    ],
)
def test_measured_abbreviation_labels_the_uterus(parser: ReportParser, text: str) -> None:
    assert "Uterus" in labels_of(parser, text, "Organ_level")


@pytest.mark.parametrize(
    "text",
    [
        # an embryo transfer: no length follows
        "IVF pregnancy scan 6+5 weeks (ET day 22). Right ovary: corpus luteum 18 mm. Left ovary normal.",
        "Follicle scan. Left ovary dominant follicle 19 mm. Plan: ET 5 days after egg collection.",
        # an endotracheal tube, named before its size or as ETT
        "Right ovary normal. Left ovary normal. ET tube 7 mm internal diameter noted on the chest film.",
        "ETT 7.5 mm in situ. Right ovary normal, left ovary normal.",
        # the French "et" of a title in capitals and a citation's "et al."
        "ECHOGRAPHIE PELVIENNE ET DOPPLER\nOvaire droit: 28 mm, normal. Ovaire gauche: 26 mm, normal.",
        "Right ovary 31 mm with a simple cyst of 20 mm. Per Smith et al. 10 mm cysts need no follow-up.",
        # inside a sentence, not its opening
        "Right ovary normal. The ovaries and ET 8 mm were reviewed by the consultant.",
    ],
)
def test_other_senses_label_no_uterus(parser: ReportParser, text: str) -> None:
    assert "Uterus" not in labels_of(parser, text, "Organ_level")


@pytest.mark.parametrize(
    "text",
    [
        "Bladder: normal wall, volume 320 ml. Prostate 28 ml.\nET: 8 mm",
        "ET 9 mm.",
    ],
)
def test_no_female_pelvis_no_uterus(parser: ReportParser, text: str) -> None:
    assert "Uterus" not in labels_of(parser, text, "Organ_level")


def test_ovarian_lesion_keeps_its_organ_side_and_size(parser: ReportParser) -> None:
    text = ("IVF UNIT - stim day 10\nET 10.2 mm trilaminar.\n"
            "RO: follicles 20, 18, 15 mm; endometrioma 16 x 13 mm, ground-glass echoes.\nLO: follicles 19, 16 mm.")
    assert "Uterus" in labels_of(parser, text, "Organ_level")
    assert ("Adnexa", "cyst", "right", 16.0) in lesions_of(parser, text)
    assert not [lesion for lesion in lesions_of(parser, text) if lesion[0] == "Uterus"]


def test_same_report_without_the_abbreviation_reads_alike(parser: ReportParser) -> None:
    with_et = "Follicle tracking day 11. ET: 8.8 mm.\nLeft ovary: simple cyst 24 mm. Right ovary: follicles 17, 14 mm."
    without = "Follicle tracking day 11.\nLeft ovary: simple cyst 24 mm. Right ovary: follicles 17, 14 mm."
    assert lesions_of(parser, with_et) == lesions_of(parser, without)


@pytest.mark.parametrize(
    "text",
    [
        "Intestinal US, Crohn's surveillance. Liver normal.\nNeo-TI BWT 4.6 mm, layers preserved, no hyperaemia.",
        "Bowel US after right hemicolectomy. Spleen 10 cm. Anastomotic BWT: 3.2 mm. No collection.",
    ],
)
def test_bowel_wall_thickness_labels_the_bowel(parser: ReportParser, text: str) -> None:
    assert "Gastrointestinal tract" in labels_of(parser, text, "Organ_level")


@pytest.mark.parametrize(
    "text",
    [
        # no length after it
        "Liver normal. BWT not assessed (gas).",
        # no abdominal organ named: nothing to say the letters are the bowel's
        "Crohn's follow-up, patient request. BWT 3.9 mm",
    ],
)
def test_unmeasured_or_unplaced_bowel_abbreviation(parser: ReportParser, text: str) -> None:
    assert "Gastrointestinal tract" not in labels_of(parser, text, "Organ_level")
