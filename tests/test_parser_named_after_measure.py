"""A diagnosis named after the lesion was measured is that lesion's name, not a second, unmeasured lesion: "...,
appearances of an abscess"; "Appearances are those of a lipoma." as the next sentence; a bare "Epidermoid cyst." after
one sentence that adds no lesion, size or organ ("No vascularity."); a measured "collection" named "Abscess." (the
finer name of its own diagnosis). A template key ("Free fluid: trace.") states a finding of its own. And a degree at
the end of a table cell grades its dimension ("| internal vascularity increased |"). Passages written for this file.

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, labels_of, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]

NAMED_AFTER: list[Row] = [
    (
        "Left groin: 34 x 20 mm hypoechoic collection deep to the scar, appearances of a seroma.",
        [("Hip groin and buttock", "fluid collection", "left", 34.0)],
    ),
    (
        "Right parotid: 18 x 12 mm well-defined hypoechoic lesion in the superficial lobe. Appearances are those of a "
        "pleomorphic adenoma.",
        [("Salivary glands", "mass", "right", 18.0)],
    ),
    (
        "Left forearm: 22 x 9 mm oval hyperechoic lesion in the subcutaneous fat. No internal vascularity. Lipoma.",
        [("Soft tissues", "mass", "left", 22.0)],
    ),
    (
        "Right breast 2 o'clock: 16 mm thick-walled collection with debris. Abscess.",
        [("Breast", "fluid collection", "right", 16.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_AFTER)
def test_a_diagnosis_named_after_the_measure_names_the_lesion(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a template key names a finding of its own
        "Pelvis: 41 x 25 mm complex collection at the vault.\nFree fluid: small.",
        # another organ in between: the diagnosis is no longer the measured lesion's name
        "Liver: 14 mm hypoechoic lesion in segment 7. Spleen 10 cm. Haemangioma.",
    ],
)
def test_a_key_or_another_organ_keeps_the_lesions_apart(parser: ReportParser, text: str) -> None:
    assert len(lesions_of(parser, text)) == 2


def test_a_degree_closing_a_table_cell_grades_its_dimension(parser: ReportParser) -> None:
    text = "Lesion 1 | L temple | 6 x 4 mm | hypoechoic | internal vascularity increased | BCC"
    assert labels_of(parser, text, "Vascularity") == ["increased vascularity"]
