"""The one walk over a report's bar lines (udt/parser/bar_tables.py) that every table rule reads, and the patterns
the table rules now share (column_headers.DATE in header_rows.py, units.WRITTEN_SIZE, size_lists.NUMBER)."""

from __future__ import annotations

from udt.parser.bar_tables import BarTables, bar_tables_of
from udt.parser.header_rows import is_header_row
from udt.parser.record import DocState
from udt.parser.units import WRITTEN_SIZE

REPORT = (
    "Follow-up of the left breast.\n"
    "| Lesion | 11/2025 | today |\n"
    "| cyst 2 o'clock | 14 mm | 9 mm |\n"
    "Comment | stable\n"
    "| node | 8 mm | 8 mm |\n"
    "\n"
    "No other finding.\n"
)


def test_every_line_with_a_bar_is_read_once_with_its_cells() -> None:
    tables = BarTables(REPORT)
    assert [line.n for line in tables.lines] == [1, 2, 3, 4]
    assert [line.bars for line in tables.lines] == [4, 4, 1, 4]
    for line in tables.lines:
        assert REPORT[line.start : line.start + len(line.text)] == line.text
        for start, end, text in (*line.parts, *line.cells):
            assert REPORT[start:end] == text
    header = tables.lines[0]
    assert [t for _, _, t in header.parts] == ["", " Lesion ", " 11/2025 ", " today ", ""]
    assert [t for _, _, t in header.cells] == [" Lesion ", " 11/2025 ", " today "]


def test_a_rule_that_asks_two_bars_ends_its_table_at_a_line_of_one() -> None:
    tables = BarTables(REPORT)
    assert [[line.n for line in t] for t in tables.tables()] == [[1, 2, 3, 4]]
    assert [[line.n for line in t] for t in tables.tables(min_bars=2)] == [[1, 2], [4]]


def test_a_blank_line_ends_a_table() -> None:
    text = "| a | b |\n| 1 | 2 |\n\n| c | d |\n"
    assert [[line.n for line in t] for t in BarTables(text).tables()] == [[0, 1], [3]]


def test_a_windows_line_break_stays_out_of_the_cells() -> None:
    text = "| Site | Size |\r\n| cyst | 12 mm |\r\nEnd.\r\n"
    tables = BarTables(text)
    row = tables.lines[1]
    assert row.text.endswith("\r")
    assert [t for _, _, t in row.parts] == ["", " cyst ", " 12 mm ", ""]


def test_no_bar_no_lines() -> None:
    tables = BarTables("Normal study.\nNo focal lesion.")
    assert not tables
    assert tables.tables() == []


def test_the_walk_is_kept_on_the_report_state() -> None:
    state = DocState(text=REPORT)
    first = bar_tables_of(state)
    assert bar_tables_of(state) is first is state.bar_tables
    assert not bar_tables_of(DocState(text="Normal kidneys."))


def test_a_header_of_dates_is_a_header_row_and_a_row_of_sizes_is_not() -> None:
    assert is_header_row("| Nodule | Site | 14/03/2025 | 02.12.2026 | 3-2024 |")
    assert not is_header_row("| nodule | right lobe | 14 mm | 11 mm |")
    assert not is_header_row("| 1 | 2025 | 12 x 8 |")  # (a row's number outside a date)


def test_a_written_size_needs_its_unit() -> None:
    assert WRITTEN_SIZE.search("Cysts | 2 cysts, largest 15 mm")
    assert WRITTEN_SIZE.search("upper pole 1.2cms")
    assert WRITTEN_SIZE.search("a 3-cm cyst")
    assert not WRITTEN_SIZE.search("TI-RADS 3 | 2 nodules")
