"""A duct's width called normal for the state an operation left ("CBD 6 mm, within normal limits post
cholecystectomy") judges its calibre only: in a study whose liver is fatty or whose lesion is hedged, no normal finding.

Near misses: the same duct beside an organ stated normal in its own words ("Spleen: 10 cm, unremarkable") still gives
the normal finding, and a normal said for the child's age ("uterus normal for age") is unchanged. Each passage is
written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

FIELD, NORMAL = "Diagnosis", "normal appearance"


@pytest.mark.parametrize(
    "text",
    [
        "LIVER: 18.2 cm, diffusely increased echogenicity with posterior attenuation. No focal mass.\n"
        "GALLBLADDER: Surgically absent.\nCBD: 7 mm, within normal limits post cholecystectomy.\n"
        "IMPRESSION: Hepatomegaly with steatosis.",
        "Liver: 2.1 cm hyperechoic lesion in segment 7, probably a haemangioma.\nGallbladder: removed.\n"
        "Common duct: 6 mm, within normal limits for post-cholecystectomy state.",
    ],
)
def test_a_duct_normal_for_its_operated_state_is_no_normal_organ(parser: ReportParser, text: str) -> None:
    assert NORMAL not in labels_of(parser, text, FIELD)


@pytest.mark.parametrize(
    "text",
    [
        "Gallbladder: surgically absent. CBD: 6 mm, within normal limits post cholecystectomy. Spleen: 10.2 cm, "
        "unremarkable. Right kidney: 15 mm simple cortical cyst.",
        "Right ovary with a 4.2 cm simple cyst. Uterus and left ovary normal for age.",
    ],
)
def test_an_organ_stated_normal_beside_it_still_counts(parser: ReportParser, text: str) -> None:
    assert NORMAL in labels_of(parser, text, FIELD)
