""""Normal appearance" beside fibromatosis colli (round j): the ontology names the infant's sternocleidomastoid
pseudotumour, a finding with no released Diagnosis value that still makes the study abnormal, and a child's named
neck muscle stays one muscle when the report is re-filed to Pediatric head and neck ("Left SCM normal" is part of
the neck, no normal study). Passages written for these tests, never corpus lines; near misses on the other side."""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

NORMAL = "normal appearance"


def _normal(parser: ReportParser, text: str) -> bool:
    return NORMAL in labels_of(parser, text, "Diagnosis")


COLLI = [
    ("Our 5 week old has a hard lump in his neck. Scan: 'Spindle-shaped thickening of the left sternocleidomastoid "
     "muscle, 18 mm, no separate mass. Right SCM normal. Appearances of fibromatosis colli.'", False),
    ("Infant, 4 weeks, torticollis. Right sternocleidomastoid thickened to 11 mm with a heterogeneous segment; the "
     "left sternocleidomastoid is normal. Impression: sternocleidomastoid tumour of infancy.", False),
    ("6-week-old girl: fusiform swelling of the right SCM in keeping with fibromatosis coli. Left SCM unremarkable.",
     False),
    ("Infant neck: the right sternocleidomastoid is diffusely enlarged and heterogeneous, no discrete mass. The left "
     "sternocleidomastoid is of normal thickness.", False),
    # near misses: a child's neck with nothing abnormal, and a whole organ stated normal beside the pseudotumour
    ("3-week-old with a neck lump, query. Both sternocleidomastoid muscles are normal. No mass.", True),
    ("Fibromatosis colli of the right sternocleidomastoid in a 6-week-old boy. Both hips: Graf type I, normal.", True),
]


@pytest.mark.parametrize(("text", "normal"), COLLI)
def test_fibromatosis_colli_and_a_normal_muscle(parser: ReportParser, text: str, normal: bool) -> None:
    assert _normal(parser, text) is normal


def test_fibromatosis_colli_is_a_finding_with_no_value(parser: ReportParser) -> None:
    text = "Fusiform enlargement of the right sternocleidomastoid in a 4-week-old, consistent with fibromatosis colli."
    assert labels_of(parser, text, "Diagnosis") == []
    assert labels_of(parser, text, "Organ_level") == ["Pediatric head and neck"]
