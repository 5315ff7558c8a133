"""Idioms of normal flow the ontology missed: a translated "natural" blood flow (Turkish "doğal", written "natural" for
normal: "testicular blood flows are natural in Doppler examination") and a flow that "has returned to normal" after
treatment are normal/regular vascularity.

Near misses: "natural" said of an organ ("Gallbladder is natural") names no flow, and a vascularity that has not yet
returned to normal ("... remains increased") keeps its own value. Each passage is written for this file (not a corpus
line).
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

FIELD, NORMAL = "Vascularity", "normal/regular vascularity"


@pytest.mark.parametrize(
    "text",
    [
        "SCROTAL DOPPLER USG: Both testes are natural in size; testicular blood flows are natural on colour Doppler.",
        "Right ovary 30 x 21 mm; ovarian blood flow is natural on Doppler examination.",
        "Follow-up after 3 months of treatment: the gland is smaller and vascularity has returned to normal.",
    ],
)
def test_normal_flow_idioms_are_normal_vascularity(parser: ReportParser, text: str) -> None:
    assert NORMAL in labels_of(parser, text, FIELD)


@pytest.mark.parametrize(
    "text",
    [
        "Gallbladder is natural, wall 2 mm, no stones. Pancreas and spleen are natural.",
        "Follow-up after 3 months: the gland is smaller but vascularity remains increased.",
    ],
)
def test_other_natural_or_follow_up_wordings_give_no_normal_flow(parser: ReportParser, text: str) -> None:
    assert NORMAL not in labels_of(parser, text, FIELD)
