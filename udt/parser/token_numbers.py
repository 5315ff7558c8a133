"""A number as the tokenizer keeps it ("4", "4.5", "4,5"): one decimal mark at most, a point or a comma.

Read where a rule steps over a measurement between two words ("strong echo spot 6 mm with acoustic shadow",
"0,5 ml of fluid"); a word holding letters ("3mm", "II") is no number here.
"""

from __future__ import annotations


def is_number(word: str) -> bool:
    """Whether ``word`` is digits with at most one decimal point and one decimal comma."""
    return word.replace(".", "", 1).replace(",", "", 1).isdigit()
