"""Inventory and table-driven tests: a report titled by an organ's service ("Breast Unit - Ultrasound Report").

Inventory ("miss: sized lesion filed on another organ", stop-31 development files; short fragments):

| id    | fragment                          | expected            | got         | why                        |
|-------|-----------------------------------|---------------------|-------------|----------------------------|
| of019 | "Breast Unit - Ultrasound Report" | Breast mass 21 mm R | Axilla mass | title's organ read as a    |
|       | rows "| 1 | R | 10 | ... mass |"  | Breast cyst 7 mm R  | Axilla cyst | service ("breast team"),   |
|       |                                   | Breast mass 9 mm L  | Axilla mass | so the one organ left, a   |
|       |                                   |                     |             | later "Axillae:", took all |

Cause: asides.py marks an organ word before a service noun ("unit", "clinic", "team") hypothetical, so that "sent
from the kidney clinic" names no organ. In the report's title line (study_titles.py) the service names the organ
the study examined; the rule now skips the title line. Elsewhere the service stays no organ (guard rows).
"""

from __future__ import annotations

import pytest
from parser_reading import lesions_of

from udt.parser import ReportParser

B, AX, TH, L = "Breast", "Axilla", "Thyroid gland", "Liver"


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


def _organs(parser: ReportParser, text: str) -> list[tuple[str | None, str | None, float | None]]:
    return [(organ, side, size) for organ, _, side, size in lesions_of(parser, text)]


TITLED = [
    (
        "Breast Unit - Ultrasound Report\n| No | Side | Clock | Size (mm) | Finding |\n"
        "| 1 | L | 2 | 14 x 9 | oval hypoechoic mass |\n| 2 | R | 9 | 6 x 4 | simple cyst |\n"
        "Axillae: both normal.",
        [(B, "left", 14.0), (B, "right", 6.0)],
    ),
    (
        "Breast Clinic - US report\n| Lesion | Side | Size |\n| irregular mass | R | 18 mm |\n"
        "Axilla: R - one enlarged node 12 mm.",
        [(B, "right", 18.0), (AX, "right", 12.0)],
    ),
]

# Guards: a service named outside the title names no organ; a title that names the organ itself is unchanged.
GUARDS = [
    ("Referred by the breast clinic.\nLiver: 2 cm simple cyst.", [(L, None, 20.0)]),
    ("Thyroid ultrasound\nRight lobe: 11 mm solid nodule.", [(TH, "right", 11.0)]),
    # a team named by a longer term places lines; it scans no such organ
    (
        "VASCULAR ACCESS TEAM - PICC review\nRight arm: 12 mm haematoma at the insertion site.",
        [("Soft tissues", "right", 12.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLED + GUARDS)
def test_service_title_names_the_organ(parser: ReportParser, text: str, expected: list) -> None:
    assert _organs(parser, text) == expected
