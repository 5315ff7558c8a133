"""Organ vocabulary probes (lexicon round 111): each sentence of ``organ_vocabulary_probes`` gives its exact organ set.

Recall rows name one of the 52 organs by adjective, abbreviation, lay word, foreign or Latin word, landmark that is
the organ, anatomical part or a child's age; guard rows (precision) name an organ only as a landmark, in history,
in a question, for orientation or for comparison, and must not label it.
"""

from __future__ import annotations

import pytest
from organ_vocabulary_probes import GUARDS, PROBES
from parser_reading import labels_of

from udt.parser import ReportParser
from udt.taxonomy import Taxonomy

ORGAN = "Organ_level"
_RECALL = [
    pytest.param(text, organs, id=f"{organ}:{text[:40]}") for organ, rows in PROBES.items() for text, organs in rows
]


@pytest.mark.parametrize(("text", "organs"), _RECALL)
def test_probe_names_its_organ(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == sorted(organs)


@pytest.mark.parametrize(("text", "organs"), GUARDS)
def test_guard_labels_no_landmark_or_aside(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == sorted(organs)


def test_every_released_organ_is_probed(taxonomy: Taxonomy) -> None:
    # Why: a table that silently skips an organ would report full recall for vocabulary it never tried.
    assert {c.us365k_label for c in taxonomy.values(ORGAN)} == set(PROBES)
