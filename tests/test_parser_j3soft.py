"""Soft tissues of the trunk, neck and limb muscles: a muscle region opening its clause places the lesion it leads
to ("Within the rectus femoris there is a 5 cm collection": Soft tissues even beside a joint the report examines),
and the ontology names the nape, the interscapular region and "soft parts" (a translated "partes blandas") as the
soft tissues. Passages written for this file.
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser

Case = tuple[str, set[str], set[str]]  # passage, organs that must be labelled, organs that must not

SOFT: list[Case] = [
    (
        "US LEFT THIGH AND HIP. Within the rectus femoris there is a 5.1 x 2.0 cm hypoechoic collection with "
        "debris and peripheral hyperaemia. No effusion in the left hip joint.",
        {"Soft tissues"}, set(),
    ),
    (
        "Right knee: small suprapatellar effusion. In the soleus: a 3 cm anechoic collection, no flow.",
        {"Soft tissues", "Knee"}, set(),
    ),
    (
        "Follow-up after sarcoma resection. Scar on the thigh, 10 cm. Proximal to the scar, in vastus lateralis: a "
        "new hypoechoic nodule of 9 mm with internal flow. Right groin: a 15 mm node without hilum.",
        {"Soft tissues", "Hip groin and buttock"}, set(),
    ),
    (
        "Thyroid: both lobes normal in size, no nodules. Nape of the neck: subcutaneous oval hyperechoic lesion of "
        "3.1 cm without flow, in keeping with a lipoma.",
        {"Thyroid gland", "Soft tissues"}, set(),
    ),
]

NOT_SOFT: list[Case] = [
    # a muscle only placing something else, and a muscle named after another organ's lesion in its clause
    (
        "Right leg venous duplex. Occlusive thrombus in the popliteal vein extending into the gastrocnemius veins. "
        "Within the medial gastrocnemius, the muscular veins are also thrombosed.",
        {"Peripheral veins"}, {"Soft tissues"},
    ),
    (
        "Right shoulder: full-thickness supraspinatus tear with a 2 cm subacromial bursal collection, lying "
        "deep to the deltoid.",
        {"Shoulder"}, {"Soft tissues"},
    ),
]


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


@pytest.mark.parametrize(("text", "want", "not_want"), SOFT + NOT_SOFT)
def test_soft_tissue_organs(parser: ReportParser, text: str, want: set[str], not_want: set[str]) -> None:
    organs = set(parser.parse(text).labels.get("Organ_level", ()))
    assert want <= organs, organs
    assert not (not_want & organs), organs


WALL_STUDIES: list[Case] = [
    # a layer of the flank in a study the title calls the abdominal wall's: the flank's soft tissues
    (
        "US SOFT TISSUES, ABDOMINAL WALL\n"
        "In the subcutaneous fat of the left flank, an oval lesion isoechoic to fat of 41 x 15 mm, "
        "no flow, in keeping with a lipoma.\nUmbilicus: small fat-containing umbilical hernia.",
        {"Soft tissues", "Abdominal wall"}, set(),
    ),
    # near misses: a layer at a scar on the flank, and one by the umbilicus, stay the wall's
    (
        "US SOFT TISSUES, ABDOMINAL WALL\n"
        "Port scar, right flank: 14 mm hypoechoic collection in the subcutaneous fat, hyperaemic "
        "rim.",
        {"Abdominal wall"}, {"Soft tissues"},
    ),
    (
        "US SOFT TISSUES, ABDOMINAL WALL\n"
        "In the subcutaneous fat below the umbilicus, an oval lesion isoechoic to fat of 25 mm, "
        "compatible with a lipoma.",
        {"Abdominal wall"}, {"Soft tissues"},
    ),
]


@pytest.mark.parametrize(("text", "want", "not_want"), WALL_STUDIES)
def test_flank_layer_in_wall_study(parser: ReportParser, text: str, want: set[str], not_want: set[str]) -> None:
    organs = set(parser.parse(text).labels.get("Organ_level", ()))
    assert want <= organs, organs
    assert not (not_want & organs), organs
