""""Bright" names no echo level as a colour ("painless bright red bleeding", "bright red blood per rectum") or on the
point reflectors of a comet-tail artefact ("small bright reflectors producing comet-tail artefacts"): no hyperechoic
value (class: hyperechoic added on the development corpora).

Near misses: a bright organ or lesion ("Liver: bright", "a bright, undulating membrane", "kidneys enlarged and
bright. Red cell count low": the colour word in the next sentence) stays hyperechoic. Each passage is written for this
file (not a corpus line).
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

FIELD, HYPER = "Echogenicity", "hyperechoic"


@pytest.mark.parametrize(
    "text",
    [
        "History: 31 weeks, an episode of painless bright red vaginal bleeding. The placenta is posterior and fundal, "
        "well clear of the internal os.",
        "Indication: bright red blood per rectum. The appendix is not seen; no free fluid.",
        "Gallbladder wall 5 mm with tiny intramural bright reflectors producing comet-tail artefacts. No stones.",
    ],
)
def test_bright_as_a_colour_or_reflector_is_no_echo_level(parser: ReportParser, text: str) -> None:
    assert HYPER not in labels_of(parser, text, FIELD)


@pytest.mark.parametrize(
    "text",
    [
        "Liver: 16 cm, bright, in keeping with fatty infiltration.",
        "Right eye: a bright, undulating membrane in the posterior vitreous.",
        "Both kidneys enlarged and bright. Red cell count low on the referral.",
    ],
)
def test_bright_tissue_stays_hyperechoic(parser: ReportParser, text: str) -> None:
    assert HYPER in labels_of(parser, text, FIELD)
