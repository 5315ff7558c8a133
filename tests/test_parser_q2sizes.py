"""Sizes and sides of lesions (issue 11, findings): dated table columns and rows, image legends, and a parathyroid
lesion the report hedges about beside the thyroid. Passages written for this file.

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser
from udt.parser.bar_tables import BarTables
from udt.parser.column_headers import prior_columns
from udt.parser.dated_rows import prior_row_cells
from udt.parser.legend_lines import legend_spans

Row = tuple[str, list[Lesion]]

# A column under a date beside a column of today holds the earlier sizes (column_headers.py); a table row dated
# earlier than another row of its table holds no current size (dated_rows.py).
DATED_TABLES: list[Row] = [
    (
        "Liver follow-up.\n"
        "| Metastasis | Segment | 14/02/2025 | Today |\n"
        "| 1 | VII | 22 mm | 31 mm |\n"
        "| 2 | IVa | 9 mm | 12 mm |",
        [("Liver", "mass", None, 31.0), ("Liver", "mass", None, 12.0)],
    ),
    (
        "Right breast:\n"
        "| Lesion | Date | Size (mm) |\n"
        "| Cyst 4 o'clock | 07/10/2025 | 19 x 11 |\n"
        "| Cyst 4 o'clock | today | 13 x 8 |",
        [("Breast", "cyst", "right", 13.0)],
    ),
    # guard: rows of one date say nothing of time (two cysts measured the same day)
    (
        "Right breast:\n"
        "| Lesion | Date | Size (mm) |\n"
        "| Cyst 4 o'clock | 07/10/2025 | 19 x 11 |\n"
        "| Cyst 4 o'clock | 07/10/2025 | 13 x 8 |",
        [("Breast", "cyst", "right", 19.0), ("Breast", "cyst", "right", 13.0)],
    ),
]

# An image legend restates a lesion the report described (legend_lines.py): one finding, not a second one.
LEGENDS: list[Row] = [
    (
        "Left breast: irregular hypoechoic mass at 2 o'clock, no posterior features.\n"
        "Image 4: left breast 2 o'clock mass, 17 mm.",
        [("Breast", "mass", "left", 17.0)],
    ),
    (
        "Right kidney: simple cyst in the lower pole.\nFig. 2 - right kidney lower pole cyst 28 x 25 mm.",
        [("Kidney and ureter", "cyst", "right", 28.0)],
    ),
    # guards: a legend naming another lesion than the one described keeps its own finding; legends that are the
    # report's only description keep theirs, and the conclusion restates them; a picture word with no number opens
    # no legend
    (
        "Left breast: 9 mm cyst at 3 o'clock.\nImage 2: left breast 3 o'clock solid mass 14 mm.",
        [("Breast", "cyst", "left", 9.0), ("Breast", "mass", "left", 14.0)],
    ),
    (
        "Chest wall scar:\n"
        "Image 1 - upper scar: hypoechoic nodule 7 x 5 mm in the subcutis.\n"
        "Image 2 - lower scar: oil cyst 10 mm.\n"
        "Conclusion: nodule at the upper scar, for core biopsy.",
        [("Thoracic wall", "nodule", None, 7.0), ("Thoracic wall", "cyst", None, 10.0)],
    ),
    (
        "Image quality limited by body habitus. Liver: 14 mm cyst in segment V.",
        [("Liver", "cyst", None, 14.0)],
    ),
]

# A hedged name that rolls up to the lesion's own diagnosis doubts only the gland: its organ holds the lesion.
PARATHYROIDS: list[Row] = [
    (
        "Thyroid unremarkable. Behind the right lobe inferiorly: well-defined hypoechoic nodule 9 mm, probably a "
        "parathyroid adenoma.",
        [("Parathyroid glands", "nodule", "right", 9.0)],
    ),
    (
        "Thyroid normal. A hypoechoic nodule 12 x 6 mm posterior to the lower pole of the right lobe, likely "
        "parathyroid adenoma.",
        [("Parathyroid glands", "nodule", "right", 12.0)],
    ),
    # guards: a "thyroid nodule" is placed by its own words; one reading of a differential names no organ
    (
        "Right lobe: hypoechoic thyroid nodule 12 mm in the lower pole, possibly parathyroid adenoma.",
        [("Thyroid gland", "nodule", "right", 12.0)],
    ),
    (
        "Right lobe: solid nodule 12 mm in the lower pole, ?parathyroid adenoma ?colloid nodule.",
        [("Thyroid gland", "nodule", "right", 12.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DATED_TABLES)
def test_an_earlier_column_or_row_of_a_table_gives_no_current_size(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), LEGENDS)
def test_an_image_legend_restates_the_lesion_described(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(("text", "expected"), PARATHYROIDS)
def test_a_hedged_parathyroid_name_places_the_nodule_it_names(
    parser: ReportParser, text: str, expected: list[Lesion]
) -> None:
    assert lesions_of(parser, text) == expected


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Lesion", "14/02/2025", "Today"], {1}),
        (["Lesion", "Today", "14/02/2025"], {2}),
        (["Lesion", "03/2025", "11/2025"], {1}),
        (["Lesion", "Size (mm)", "12/03/2025"], set()),  # a single date beside no column of today
        (["Lesion", "Today (12/03/2026)", "Prior"], {2}),
    ],
)
def test_prior_columns(names: list[str], expected: set[int]) -> None:
    assert prior_columns(names) == expected


def test_prior_row_cells_are_the_cells_of_the_earlier_row() -> None:
    text = "| Site | Date | Size |\n| cyst | 2024 | 30 mm |\n| cyst | 2026 | 34 mm |"
    assert [text[a:b] for a, b in prior_row_cells(text, BarTables(text))] == [" cyst ", " 2024 ", " 30 mm "]


@pytest.mark.parametrize(
    "text",
    [
        "| Site | Date | Size |\n| cyst | 2024 | 30 mm |",  # one dated row: no other to be later than
        "| Site | Note | Size |\n| cyst | seen 2024 | 30 mm |\n| node | today | 9 mm |",  # a cell saying more
        "Cyst 30 mm in 2024, today 34 mm.",  # no table
    ],
)
def test_no_prior_rows(text: str) -> None:
    assert prior_row_cells(text, BarTables(text)) == []


def test_legend_spans() -> None:
    text = "Liver: cyst.\nImage 1: liver cyst. Image 2: spleen.\nImages of good quality.\nFig 3a) kidney"
    assert [text[a:b] for a, b in legend_spans(text)] == ["Image 1: liver cyst. Image 2: spleen.", "Fig 3a) kidney"]
