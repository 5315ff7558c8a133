"""Per-lesion findings (stop 36, second wave: reports_multiorgan_findings_70, _55, _74 and neighbours): which
findings a report has, and which size and side each takes.

Classes fixed, each with passages written for this file (organ, released diagnosis, side, largest size in mm of each
lesion finding, in report order) and guards that keep today's right answers:

- A multinodular goitre is a state of the whole gland, as a diffuse goitre is (ontology: ``udt:isOrganState``): its
  nodules are the lesions. Read as an unsized, unsided nodule of its own it was one lesion too many, written first
  ("Hx: MNG", "Multinodular goitre, R dominant nodule ..."), and the first nodule's size and side went to it. The
  report is still labelled nodule (the goitre's roll-up); the goitre is an organ finding.
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, labels_of, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]
_THY = "Thyroid gland"


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


GOITRE_STATES: list[Row] = [
    ("History: toxic MNG, for RAI.\nRight lobe: a 24 mm solid isoechoic nodule at the lower pole. Left lobe: a 9 mm "
     "colloid nodule.",
     [(_THY, "nodule", "right", 24.0), (_THY, "nodule", "left", 9.0)]),
    ("Findings: multinodular goiter, the dominant nodule in the left lobe 31 x 20 mm, mixed solid and cystic.",
     [(_THY, "nodule", "left", 31.0)]),
    ("Thyroid: enlarged multinodular gland. R mid pole nodule 1.8 cm; L upper pole nodule 0.7 cm.\n"
     "Impression: nodular goitre.",
     [(_THY, "nodule", "right", 18.0), (_THY, "nodule", "left", 7.0)]),
    ("Impression: multinodular goitre.", []),
    # guards: a single nodule or a plain thyroid nodule stays a lesion; a diffuse goitre was already the gland's
    ("Impression: solitary thyroid nodule, right lobe, 14 mm.", [(_THY, "nodule", "right", 14.0)]),
    ("Diffusely enlarged goitre, right lobe 62 mm long. A 6 mm cyst in the left lobe.",
     [(_THY, "cyst", "left", 6.0)]),
]


@pytest.mark.parametrize(("text", "expected"), GOITRE_STATES)
def test_a_multinodular_goitre_is_no_lesion_of_its_own(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected


def test_a_multinodular_goitre_still_labels_nodule(parser: ReportParser) -> None:
    text = "Impression: multinodular goitre."
    assert labels_of(parser, text, "Diagnosis") == ["nodule"]
    finding = parser.parse(text).findings
    assert [(f.kind, f.organ, f.diagnosis, f.concept) for f in finding] == [
        ("structure", _THY, "nodule", "multinodular goitre")]
