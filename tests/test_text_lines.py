"""The line a character stands on (text_lines.py): first, middle and last lines, with and without a final break."""

from __future__ import annotations

import pytest

from udt.parser.text_lines import line_bounds, line_start

TEXT = "Title\nRight kidney: 2 cm cyst\nLast line"


@pytest.mark.parametrize(
    ("at", "line"),
    [(0, "Title"), (4, "Title"), (5, "Title"), (6, "Right kidney: 2 cm cyst"), (20, "Right kidney: 2 cm cyst"),
     (len(TEXT) - 1, "Last line"), (len(TEXT), "Last line")],
)
def test_line_bounds(at: int, line: str) -> None:
    start, end = line_bounds(TEXT, at)
    assert TEXT[start:end] == line
    assert line_start(TEXT, at) == start


def test_a_final_break_ends_the_last_line() -> None:
    assert line_bounds("a\nbc\n", 3) == (2, 4)
    assert line_bounds("", 0) == (0, 0)
