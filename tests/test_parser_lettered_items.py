"""Lines opened by an item's letter and a full stop ("b. Liver - cyst - 12 mm") are separate sentences.

Without the split, the unit's full stop before the break ("0,7 cm") never ended the line, so two organs' lesions
ran into one sentence and merged (inventory: nk047 "GB - stones x3, largest 9 mm" filed on the kidney's calculus).
"""

import pytest

from udt.parser import ReportParser

_PARSER = ReportParser()

# (text, expected (organ, size) of each lesion, in order)
ROWS = [
    (
        "a. R kidney - calculus - 0,7 cm\nb. GB - stones x3, largest 9 mm",
        [("Kidney and ureter", 7.0), ("Gallbladder and bile ducts", 9.0)],
    ),
    (
        "Findings:\n a. Left kidney - cyst - 2.1 cm\n b. Liver - cyst - 1.4 cm",
        [("Kidney and ureter", 21.0), ("Liver", 14.0)],
    ),
    (
        "c. Right kidney: stone 6 mm\nd. Gallbladder: calculus 11 mm",
        [("Kidney and ureter", 6.0), ("Gallbladder and bile ducts", 11.0)],
    ),
    # guard: the closing-bracket letter already split the list
    (
        "a) Spleen - cyst - 15 mm\nb) Liver - haemangioma - 22 mm",
        [("Spleen", 15.0), ("Liver", 22.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_lettered_items_keep_their_own_lesions(text: str, expected: list[tuple[str, float]]) -> None:
    lesions = [f for f in _PARSER.parse(text).findings if f.kind == "lesion"]
    assert [(f.organ, f.size_mm[0] if f.size_mm else None) for f in lesions] == expected


def test_wrapped_line_in_lower_case_still_continues() -> None:
    # guard: a hard-wrapped line is not an item just because it starts with a letter
    report = _PARSER.parse("Liver with a simple cyst of\n12 mm in segment VI.")
    lesions = [f for f in report.findings if f.kind == "lesion"]
    assert [(f.organ, f.size_mm) for f in lesions] == [("Liver", [12.0])]
