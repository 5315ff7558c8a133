"""One side of a paired organ given only its length and "normal", after the other side's lesion in the same list:
"Kidneys: R 10.4 cm with a 1.8 cm cortical cyst. L 10.9 cm, normal." states the left kidney normal.

Near misses: a side whose measure is followed by a finding ("L 10.9 cm with a cyst ... normal cortex") or a lobe of a
gland ("Left 4.5 cm, normal" after a thyroid lobe's nodule) is no whole organ. Each passage is written for this file
(not a corpus line).
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

FIELD, NORMAL = "Diagnosis", "normal appearance"


@pytest.mark.parametrize(
    "text",
    [
        "Kidneys: R 10.4 cm with a 1.8 cm simple cortical cyst at the upper pole. L 10.9 cm, unremarkable.",
        "KIDNEYS: Right 11.6 cm, moderate hydronephrosis with a dilated renal pelvis; no stone seen. Left 11.1 cm, "
        "normal.",
    ],
)
def test_a_measured_side_called_normal_is_a_normal_organ(parser: ReportParser, text: str) -> None:
    assert NORMAL in labels_of(parser, text, FIELD)


@pytest.mark.parametrize(
    "text",
    [
        "Thyroid: right lobe with a 14 mm solid hypoechoic nodule, TR4. Left 4.6 cm, normal.",
        "Kidneys: R 10.4 cm with a 1.8 cm simple cortical cyst. L 10.9 cm with a 9 mm angiomyolipoma, normal cortex.",
    ],
)
def test_a_lobe_or_a_side_with_its_own_lesion_is_no_normal_organ(parser: ReportParser, text: str) -> None:
    assert NORMAL not in labels_of(parser, text, FIELD)
