"""Node surveys written as tables: a node region opening a row is that region's node (region_rows.py), and a
delimited list's axis columns are one node's dimensions (listed_axes.py)."""

from __future__ import annotations

import pytest

import udt


def _lesions(text: str) -> list[tuple[str | None, str | None, float | None]]:
    report = udt.parse_report(text)
    return [(f.organ, f.laterality, max(f.size_mm) if f.size_mm else None)
            for f in report.findings if f.kind == "lesion"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nodal restaging\nStation | prior short axis | short axis | long axis\n"
            "R level III | 16 mm | 8 mm | 13 mm\nR axilla | 21 mm | 11 mm | 19 mm\n",
            [("Lymph nodes", "right", 13.0), ("Axilla", "right", 19.0)],
        ),
        (
            "Target lymph nodes\nstation;side;short axis;long axis;note\nlevel III;R;9 mm;17 mm;abnormal\n"
            "axilla;L;12 mm;26 mm;abnormal, round\n",
            [("Lymph nodes", "right", 17.0), ("Axilla", "left", 26.0)],
        ),
    ],
)
def test_node_table_rows(text: str, expected: list[tuple[str, str, float]]) -> None:
    assert _lesions(text) == expected


def test_benign_region_row_is_no_finding() -> None:
    # the right axilla's node is called normal after its sizes: listed, not a finding; its sizes stay its own
    text = ("Target lymph nodes\nstation;side;short axis;long axis;note\nlevel II;L;10 mm;21 mm;no hilum\n"
            "axilla;R;5 mm;14 mm;normal, fatty hilum\n")
    assert _lesions(text) == [("Lymph nodes", "left", 21.0)]


def test_region_measured_outside_a_table_stays_the_region() -> None:
    # no node survey and no row of cells: an axilla measured in prose makes no node
    text = "Right breast: 12 mm simple cyst at 10 o'clock. Right axilla: normal, 14 mm fat pad."
    assert all(organ != "Axilla" for organ, _, _ in _lesions(text))
