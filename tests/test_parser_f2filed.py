"""Lesions filed on the wrong organ. Passages written for this file.

A tissue layer placed at an operation's scar or wound, in a report that names one body wall only, lies in that wall
(udt.parser.wall_layers, udt.parser.wall_tissues): "Rectus sheath haematoma ... Subcutaneous seroma along the scar"
is an Abdominal wall seroma, not a soft-tissue one. A scar in a report naming no wall, or a layer its line places in
a limb, keeps the soft tissues.

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, labels_of, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]

SCAR_LAYERS: list[Row] = [
    (
        "Post caesarean day 4.\nRectus sheath haematoma left of the umbilicus, 6.2 x 2.4 cm. Subcutaneous seroma "
        "along the scar, 29 mm.\nUterus 13 cm, cavity empty.",
        [("Abdominal wall", "fluid collection", None, 62.0), ("Abdominal wall", "fluid collection", None, 29.0)],
    ),
    # the ontology's abdominal-wall scars and names: a subcostal scar, the French "paroi abdominale" of a title
    (
        "Day 8 after open cholecystectomy.\nDeep to the subcostal scar, a 41 x 18 mm collection in the subcutaneous "
        "fat.\nLiver normal.",
        [("Abdominal wall", "fluid collection", None, 41.0)],
    ),
    (
        "ECHOGRAPHIE DE LA PAROI ABDOMINALE\nA 23 mm lipoma in the subcutaneous fat.",
        [("Abdominal wall", "mass", None, 23.0)],
    ),
    (
        "Day 5 after laparotomy, febrile.\nMidline wound: collection in the subcut fat beneath the upper third of "
        "the incision, 4.4 x 1.9 cm, with debris. The rectus sheath is intact.",
        [("Abdominal wall", "fluid collection", None, 44.0)],
    ),
]

SCAR_GUARDS: list[Row] = [
    # no body wall named anywhere: the scar alone does not say which wall (a limb's, a breast's, the neck's)
    (
        "Right thigh, lateral: subcutaneous seroma along the scar, 31 mm.",
        [("Soft tissues", "fluid collection", "right", 31.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SCAR_LAYERS)
def test_a_layer_at_a_scar_lies_in_the_one_wall_the_report_names(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected
    assert "Soft tissues" not in labels_of(parser, text, "Organ_level")


@pytest.mark.parametrize(("text", "expected"), SCAR_GUARDS)
def test_a_scar_in_a_report_naming_no_wall_keeps_the_soft_tissues(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


# A bare lobe places a lesion of no organ of its own in the report's organ with lobes, not in a vessel described the
# sentence before (udt.parser.findings.FindingBuilder._inherited_site).
LOBE_AFTER_VESSEL: list[Row] = [
    (
        "Thyroid ablation planning.\nTarget: right lobe, solid nodule 36 x 22 mm. Right CCA lies lateral, 5 mm from "
        "the target.\nLeft lobe: 6 mm cyst, not for treatment.\nIsthmus 3 mm.",
        [("Thyroid gland", "nodule", "right", 36.0), ("Thyroid gland", "cyst", "left", 6.0)],
    ),
    (
        "CAROTID DUPLEX\nPlaque in the right ICA.\nIncidental: thyroid nodule left lobe, 1.6 x 1.1 cm, solid. Right "
        "lobe 0.9 cm cyst.",
        [("Peripheral arteries", None, "right", None), ("Thyroid gland", "nodule", "left", 16.0),
         ("Thyroid gland", "cyst", "right", 9.0)],
    ),
]

LOBE_GUARDS: list[Row] = [
    # no lobe word: the cyst after the vessel keeps the organ described before it
    (
        "Carotid duplex. Left CCA: intimal thickening. 6 mm cyst beside it.",
        [("Peripheral arteries", None, "left", None), ("Peripheral arteries", "cyst", "left", 6.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LOBE_AFTER_VESSEL)
def test_a_bare_lobe_after_a_vessel_places_the_lesion_in_the_lobed_organ(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), LOBE_GUARDS)
def test_no_lobe_word_leaves_the_vessel_described_before(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


# A scar phrase that opens its sentence places the first lesion the sentence goes on to name, the region's name before
# the scar word included ("Deep to the left groin incision, ... a collection": Hip groin and buttock), not as a
# landmark (udt.parser.landmarks._scar_holds_its_lesion).
SCAR_LEADS: list[Row] = [
    (
        "History: three weeks after open left inguinal hernia repair.\nFindings: Deep to the left groin incision, in "
        "front of the mesh, there is a 4.2 x 1.8 cm anechoic collection. The left testis is normal.",
        [("Hip groin and buttock", "fluid collection", "left", 42.0)],
    ),
]

SCAR_LEAD_GUARDS: list[Row] = [
    # the scar phrase ends its sentence with no lesion: the next sentence's lesion keeps its own organ
    (
        "Deep to the right groin incision, the tissues are unremarkable.\nRight kidney: 12 mm simple cyst.",
        [("Kidney and ureter", "cyst", "right", 12.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SCAR_LEADS + SCAR_LEAD_GUARDS)
def test_a_scar_phrase_opening_its_sentence_places_the_lesion_it_goes_on_to_name(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


# A bare effusion left with no organ under side headings, in a report labelled with the pleural space, is the
# pleural space's, even where the report names another organ ("Pericardium: no effusion") (udt.parser.chest_effusions).
UNPLACED_EFFUSIONS: list[Row] = [
    (
        "US CHEST - SITE MARKING FOR TAP\nFINDINGS:\nRight: moderate anechoic effusion, depth 6.1 cm.\nLeft: trace "
        "effusion, depth 0.8 cm.\nPericardium: no effusion.",
        [("Pleural space", "fluid collection", "right", 61.0), ("Pleural space", "fluid collection", "left", 8.0)],
    ),
]

UNPLACED_EFFUSION_GUARDS: list[Row] = [
    # an effusion its heading places in a joint keeps the joint
    (
        "Right knee: suprapatellar effusion, depth 9 mm.\nRight pleural effusion, depth 2.2 cm.",
        [("Knee", "fluid collection", "right", 9.0), ("Pleural space", "fluid collection", "right", 22.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNPLACED_EFFUSIONS + UNPLACED_EFFUSION_GUARDS)
def test_an_unplaced_bare_effusion_in_a_pleural_report_is_pleural(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


# The groin is a region that is an organ value of its own: a tissue layer its sentence places there, naming no other
# site, is the groin's (guideline: a subcutaneous epidermoid cyst of the groin -> Hip groin and buttock), as a body
# wall's layer is the wall's (udt.parser.wall_layers, udt.parser.wall_tissues).
GROIN_LAYERS: list[Row] = [
    (
        "US scrotum and groins.\nRight testis normal.\nLeft groin: 18 mm subcutaneous epidermoid cyst.",
        [("Hip groin and buttock", "cyst", "left", 18.0)],
    ),
]

GROIN_LAYER_GUARDS: list[Row] = [
    # a table of lumps: the back's subcutaneous lipoma is not the groin row's (each bordered row is its own
    # sentence since f3rows, so the back's row keeps its own side and size)
    (
        "LUMP CLINIC\n| Site | Size | Layer | Impression |\n| L upper back | 48 x 22 mm | subcutaneous | lipoma |\n"
        "| R groin | 19 x 9 mm | subcutaneous | reactive node |",
        [("Soft tissues", "mass", "left", 48.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), GROIN_LAYERS + GROIN_LAYER_GUARDS)
def test_a_layer_the_groin_alone_places_is_the_groins(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text)[: len(expected)] == expected
