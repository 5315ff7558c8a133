"""The one splitter of bar tables (udt/parser/bar_cells.py) that the column, unit, amount and side rules share."""

from __future__ import annotations

import pytest

from udt.parser.bar_cells import bar_cells

REPORT = "Thyroid:\n| Nodule | Site | Size |\n|  1 | right lobe | 12 mm |\nNodule 2 | left | 8 mm\n"


@pytest.mark.parametrize(
    ("line", "cells"),
    [
        ("| Nodule | Site | Size |", [" Nodule ", " Site ", " Size "]),  # both borders open no cell
        ("Nodule 2 | left | 8 mm", ["Nodule 2 ", " left ", " 8 mm"]),  # no border
        ("|  | right | left |", ["  ", " right ", " left "]),  # an empty first column is still a column
        ("  | a | b  ", [" a ", " b  "]),  # spaces before the first bar are a border's blank part
        ("|", []),
    ],
)
def test_borders_open_no_cell(line: str, cells: list[str]) -> None:
    assert [text for _, _, text in bar_cells(line)] == cells


def test_borders_kept_when_asked() -> None:
    assert [text for _, _, text in bar_cells("| a | b |", borders=True)] == ["", " a ", " b ", ""]


def test_spans_are_offsets_in_the_report() -> None:
    offset = 0
    for line in REPORT.split("\n"):
        for borders in (False, True):
            for start, end, text in bar_cells(line, offset, borders=borders):
                assert REPORT[start:end] == text
        offset += len(line) + 1
