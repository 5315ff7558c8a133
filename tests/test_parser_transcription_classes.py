"""Classes of error found in transcription-style reports (dictated reports a transcription system ran together,
".," artefacts, capitals, numbered impressions), each a table of sentences written for these tests, with near misses
that must not trigger."""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

# A hollow organ's filling called normal in the same breath ("distended and unremarkable") is how full it was, not a
# fault: the organ is normal even when another organ holds a finding. Near misses: "distended" alone, "distended and
# otherwise normal" (a concession), and another abnormal state word ("enlarged and unremarkable").
FILLING_CALLED_NORMAL = [
    ("RENAL ULTRASOUND.,FINDINGS:,  A 6 mm calculus lies in the lower pole of the right kidney.,The bladder is "
     "distended and unremarkable.", ["normal appearance"]),
    ("EXAM:,  Pelvis.,FINDINGS:,  A 3 cm fibroid in the fundus.,Urinary bladder distended and normal.",
     ["mass", "normal appearance"]),
    ("Left kidney: 9 mm nonobstructing stone.  The urinary bladder is distended and normal in appearance.",
     ["normal appearance"]),
    ("US RUQ.,FINDINGS:,  The liver contains a 2 cm simple cyst.,The gallbladder is distended and unremarkable.",
     ["cyst", "normal appearance"]),
    # near misses
    ("A 6 mm calculus lies in the lower pole of the right kidney.,The bladder is distended.", []),
    ("A 6 mm calculus lies in the lower pole of the right kidney.,The bladder is distended and otherwise normal.", []),
    ("A 6 mm calculus lies in the lower pole of the right kidney.,The spleen is enlarged and unremarkable.", []),
    ("The gallbladder is distended and contains sludge.  The liver holds a 2 cm cyst.", ["cyst"]),
]


@pytest.mark.parametrize(("text", "expected"), FILLING_CALLED_NORMAL)
def test_a_filling_called_normal_leaves_the_organ_normal(parser: ReportParser, text: str,
                                                         expected: list[str]) -> None:
    assert labels_of(parser, text, "Diagnosis") == expected
