"""A line holding only an organ's name and then its side ("BREAST RIGHT", "SEIN DROIT / RIGHT") heads that side's
part of the report: posted_side_lines.py."""

from __future__ import annotations

import pytest
from parser_reading import lesion_of_size

from udt.parser import ReportParser

BR = "Breast"
KI = "Kidney and ureter"


def _breasts(right_line: str, left_line: str) -> str:
    return (f"EXAM: BREAST ECHOGRAPHY\n{right_line}\n- upper outer: simple cyst 12 mm\n"
            f"- lower outer: simple cyst 7 mm\n{left_line}\n- upper inner: hypoechoic oval nodule 22 x 13 mm")


POSTED = [
    (_breasts("BREAST RIGHT", "BREAST LEFT"), 7, (BR, "right")),
    (_breasts("BREAST RIGHT", "BREAST LEFT"), 22, (BR, "left")),
    # the organ and side in another language, glossed in English after a slash
    (_breasts("SEIN DROIT / RIGHT", "SEIN GAUCHE / LEFT"), 7, (BR, "right")),
    (_breasts("SEIN DROIT / RIGHT", "SEIN GAUCHE / LEFT"), 22, (BR, "left")),
    # a whole side word of another language alone
    (_breasts("Mamma rechts", "Mamma links"), 12, (BR, "right")),
    # the line's sentence is the organ alone: the cyst in the next line is on its side
    ("Kidneys\nKidney right\nCortical cyst 15 mm upper pole.\nKidney left\nNormal, no cyst.", 15, (KI, "right")),
]


@pytest.mark.parametrize(("text", "size", "expected"), POSTED)
def test_organ_then_side_line_heads_its_part(parser: ReportParser, text: str, size: float, expected: tuple) -> None:
    assert lesion_of_size(parser, text, size) == expected


NOT_POSTED = [
    # the line goes on after the side: a finding's own sentence, its side not the next line's
    ("EXAM: BREAST ECHOGRAPHY\nBreast right upper outer, simple cyst 12 mm\n- lower outer: simple cyst 7 mm", 7,
     (BR, None)),
    # two sides after the slash: no heading of one side
    ("EXAM: BREAST ECHOGRAPHY\nBREAST RIGHT / LEFT\n- lower outer: simple cyst 7 mm", 7, (BR, None)),
    # more words after the side on the line
    ("EXAM: BREAST ECHOGRAPHY\nBREAST RIGHT - see prior\n- lower outer: simple cyst 7 mm", 7, (BR, None)),
]


@pytest.mark.parametrize(("text", "size", "expected"), NOT_POSTED)
def test_no_heading_without_a_bare_line(parser: ReportParser, text: str, size: float, expected: tuple) -> None:
    assert lesion_of_size(parser, text, size) == expected
