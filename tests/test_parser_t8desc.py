"""Descriptor values of issue 11 (wave t8): vascularity worded as an arterial waveform or inflow, and a flow's
trailing degree followed by the sides or the manoeuvre it holds for. Passages written for this file, with near misses
where the value must not be read (CORPUS_GUIDELINE "Descriptors": "antegrade/hepatopetal/phasic flow", "normal flow"
-> normal/regular vascularity)."""

from __future__ import annotations

import pytest
from parser_reading import labels_of, reading_of

from udt.parser import ReportParser

# An artery's triphasic waveform and a normal arterial inflow state normal flow, as "phasic flow" does for a vein.
WAVEFORMS = [
    ("Right common femoral and popliteal arteries: triphasic waveforms, no stenosis.", ["normal/regular vascularity"]),
    ("Left leg: triphasic waveform at the ankle.", ["normal/regular vascularity"]),
    ("Penile duplex: normal arterial inflow after injection; veno-occlusion competent.",
     ["normal/regular vascularity"]),
    # near misses: a damped waveform states no normal flow; a CT protocol is no flow at all
    ("Below the occlusion: monophasic waveforms, dampened.", []),
    ("Segment VI lesion, arterial enhancement on triphasic CT advised.", []),
]


@pytest.mark.parametrize(("text", "expected"), WAVEFORMS)
def test_waveforms(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, "Vascularity") == expected


def test_denied_waveform(parser: ReportParser) -> None:
    # "no triphasic waveform" denies the normal flow; it is not asserted.
    assert reading_of(parser, "No triphasic waveform in the tibial arteries.", "Vascularity",
                      "normal/regular vascularity") == "absent"


# A degree after its dimension word may be followed by the sides or the manoeuvre it holds for, as by its site.
TRAILING = [
    ("Carotids: minor plaque at both bulbs. Flow normal bilaterally.", ["normal/regular vascularity"]),
    ("Testes symmetrical; flow increased bilaterally in the epididymides.", ["increased vascularity"]),
    ("Cavernosal artery flow normal after intracavernosal alprostadil, PSV 41 cm/s.", ["normal/regular vascularity"]),
    # near misses: no degree after the flow word; a degree word that grades no flow
    ("Colour flow bilaterally in the testes.", []),
    ("Flow assessed after injection.", []),
]


@pytest.mark.parametrize(("text", "expected"), TRAILING)
def test_trailing_sides(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, "Vascularity") == expected


# "-echogen", the adjective of Romance-language writers without its "-ic", as "hyperechogen" already reads.
ECHOGEN = [
    ("Right lobe: nodule solid hypoechogen 14 x 9 mm.", ["hypoechoic"]),
    ("N2 - lower third, 8 mm, isoechogen, with halo.", ["isoechoic"]),
    ("Left ovary: anechogen formation 28 mm, thin walls.", ["anechoic"]),
    ("Right lobe: nodule solid hypoechogenic 14 x 9 mm.", ["hypoechoic"]),  # near miss: the usual form
]


@pytest.mark.parametrize(("text", "expected"), ECHOGEN)
def test_echogen_forms(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, "Echogenicity") == expected


# An organ's outline that its lesions deform ("due to", "at the expense of" them) is the organ's, not a margin.
DEFORMED_OUTLINES = [
    ("Uterus: 81 x 52 x 60 mm, contours uneven due to a subserous myomatous node of 26 mm.", []),
    ("The uterus is enlarged. Its outline is lobulated due to several fibroids, the largest 4 cm.", []),
    ("Uterus in AVF, of irregular contours at the expense of myomatous nuclei: one fundal of 31 mm.", []),
    # near misses: the lesion's own margins, with a cause after them
    ("A 2 cm hypoechoic mass with irregular margins due to infiltration of the fat.", ["ill-defined/indistinct"]),
    ("Breast: a 15 mm mass with an irregular outline, probably due to a carcinoma.", ["ill-defined/indistinct"]),
]


@pytest.mark.parametrize(("text", "expected"), DEFORMED_OUTLINES)
def test_deformed_outlines(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, "Margins") == expected
