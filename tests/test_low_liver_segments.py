"""S1-S4 name liver segments in a report that names a higher segment by its abbreviation too ("RFA site in S8 ...
new 9 mm nodule in S3"); alone they stay what they are elsewhere (sacral levels, heart sounds, a spleen report's
lesion labels).

Inventory on the development corpora (id, fragment, expected, got before the fix):
- ml045 (_18) "HEPATOLOGY CLINIC - POST-RFA SURVEILLANCE / Previous RFA site in S8 not distinguishable today. / New 9
  mm hypoechoic nodule in S3 - CT requested. / Spleen 13 cm.": a 9 mm liver nodule; got a nodule of no organ.
- near miss, kept as it was: a spleen report "Focal lesions: S1 upper pole 12 mm, S2 hilum 8 mm" (no S5-S8).

Each passage below is of our own writing.
"""

from __future__ import annotations

import pytest
from parser_reading import lesions_of

from udt.parser import ReportParser

LI = "Liver"


@pytest.mark.parametrize(
    "text",
    [
        "HEPATOLOGY CLINIC\nPrevious RFA site in S8 not distinguishable today.\nNew 9 mm hypoechoic nodule in S3 - CT "
        "requested.\nSpleen 13 cm. No ascites.",
        "SURVEILLANCE US\nKnown cyst in S6, 11 mm, unchanged.\nNew 8 mm hypoechoic nodule in S2 - MRI advised.\n"
        "Spleen 12 cm, normal.",
    ],
)
def test_a_low_segment_beside_a_higher_one_is_the_livers(parser: ReportParser, text: str) -> None:
    assert all(organ == LI for organ, _, _, _ in lesions_of(parser, text))


@pytest.mark.parametrize(
    "text",
    [
        # no higher segment's abbreviation: S1-S4 place nothing in the liver
        "Spleen 13.1 cm. Focal lesions: S1 upper pole 12 mm, S2 hilum 8 mm; both hypoechoic.",
        "Lumbar soft tissues: a 14 mm lipoma at the level of S2.\nSpleen 11 cm.",
    ],
)
def test_low_segments_alone_name_no_liver(parser: ReportParser, text: str) -> None:
    assert all(organ != LI for organ, _, _, _ in lesions_of(parser, text))
