"""A side that only the summary states reaches the one lesion of the findings it can name (udt.parser.restated):
"- Mid-calyx calculus 5 mm ... CONCLUSIONS: 1. Right kidney: ... non-obstructing calculus" places the calculus on
the right, as the only calculus of the kidneys. A side the summary carried from another of its sentences, two
lesions of the concept, or a summary sentence naming both sides places nothing. Passages written for this file.

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]

PLACED: list[Row] = [
    (
        "RENAL US\nKidneys measure 10.4 and 10.8 cm.\n- Upper pole simple cyst 22 mm.\n"
        "- Lower pole calculus 6 mm with posterior shadowing.\nCONCLUSIONS:\n1. Right kidney: simple cyst and "
        "non-obstructing calculus.\n2. Normal bladder.",
        [("Kidney and ureter", "cyst", "right", 22.0), ("Kidney and ureter", None, "right", 6.0)],
    ),
    (
        "Kidneys: normal size and cortical thickness. A 4 mm calculus in the mid pole, no hydronephrosis.\n"
        "Impression: Left kidney: small non-obstructing calculus.",
        [("Kidney and ureter", None, "left", 4.0)],
    ),
]

GUARDS: list[Row] = [
    # the side of the sentence before (a renal cyst's) is no bladder calculus's
    (
        "PAEDIATRIC RENAL TRACT US\nPatient: 5-year-old boy, UTI.\nLeft kidney: 8.1 cm. A 5 mm simple cyst at the "
        "upper pole.\nBladder: wall 3 mm. A 6 mm calculus at the base.\n"
        "Impression: Small left renal cyst. Bladder calculus.",
        [("Pediatric urinary tract", "cyst", "left", 5.0), ("Pediatric urinary tract", None, None, 6.0)],
    ),
    # two calculi: the summary's one may be either
    (
        "Kidneys: 10.9 and 11.2 cm. Upper pole calculus 4 mm. Lower pole calculus 7 mm.\n"
        "Impression: Right kidney: non-obstructing calculus.",
        [("Kidney and ureter", None, None, 4.0), ("Kidney and ureter", None, None, 7.0)],
    ),
    # a summary sentence naming both sides states none of the calculus
    (
        "Kidneys: 11 cm each. A 7 mm calculus in the lower pole.\nImpression: right kidney normal, left lower pole "
        "calculus.",
        [("Kidney and ureter", None, None, 7.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLACED)
def test_the_summary_side_places_the_only_lesion_of_its_concept(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_a_carried_shared_or_mixed_side_places_nothing(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected
