"""Per-lesion findings (stop 36, second wave: reports_multiorgan_findings_70, _55, _74 and neighbours): which
findings a report has, and which size and side each takes.

Classes fixed, each with passages written for this file (organ, released diagnosis, side, largest size in mm of each
lesion finding, in report order) and guards that keep today's right answers:

- A multinodular goitre is a state of the whole gland, as a diffuse goitre is (ontology: ``udt:isOrganState``): its
  nodules are the lesions. Read as an unsized, unsided nodule of its own it was one lesion too many, written first
  ("Hx: MNG", "Multinodular goitre, R dominant nodule ..."), and the first nodule's size and side went to it. The
  report is still labelled nodule (the goitre's roll-up); the goitre is an organ finding.
- Beside an abnormal lymph node, a node its own clause calls benign ("with preserved fatty hilum, reactive", "small
  reactive nodes up to 9 mm", "fatty hilum, normal") is the normal node it is set against, no lesion: read as one,
  written first, it took the abnormal node's place, size and side (normal_nodes.py). A node described alone keeps its
  lesion, as does a clause that names an abnormal sign or denies one ("without hilum").
- A lesion of the larynx takes the side of the vocal fold, ventricle or paraglottic space it lies in ("a 6 mm cyst in
  the left paraglottic space"): the larynx is a midline organ of paired parts, no longer declared unpaired in the
  ontology (``udt:isUnpaired`` made every side word near it no lesion's laterality). One with no side word stays
  unsided.
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, labels_of, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]
_THY, _NODE, _AX, _LAR = "Thyroid gland", "Lymph nodes", "Axilla", "Larynx"


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


BENIGN_NODES: list[Row] = [
    ("Neck nodes: right level II node 11 x 5 mm with a preserved fatty hilum, reactive. Left level III node 19 x 12 "
     "mm, rounded, no fatty hilum.",
     [(_NODE, None, "left", 19.0)]),
    ("Cervical nodes: reactive nodes on the right up to 8 mm; on the left a level IV node 13 mm with "
     "microcalcifications.",
     [(_NODE, None, "left", 13.0)]),
    ("Right axilla: node 9 mm, fatty hilum, normal cortex.\nLeft axilla: node 22 mm, cortex thickened to 5 mm.",
     [(_AX, None, "left", 22.0)]),
    # guards: a benign node described alone; a clause denying the hilum; two nodes in one clause, one abnormal
    ("Lymph nodes: a 12 mm node at right level II with a preserved hilum, reactive.", [(_NODE, None, "right", 12.0)]),
    ("Neck nodes: right level II node 15 mm without hilum. Left level II node 17 mm, round, hilum absent.",
     [(_NODE, None, "right", 15.0), (_NODE, None, "left", 17.0)]),
    ("Neck nodes: right level II node 10 mm with fatty hilum and left level III node 16 mm, round.",
     [(_NODE, None, "right", 10.0), (_NODE, None, "left", 16.0)]),
]


@pytest.mark.parametrize(("text", "expected"), BENIGN_NODES)
def test_a_benign_node_beside_an_abnormal_one_is_no_lesion(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected


LARYNX_SIDES: list[Row] = [
    ("Larynx: a 6 mm anechoic cyst in the left paraglottic space, bulging the false cord.",
     [(_LAR, "cyst", "left", 6.0)]),
    ("Laryngeal US: the right vocal fold is fixed; a 4 mm hypoechoic nodule on its free edge, right side.",
     [(_LAR, "nodule", "right", 4.0)]),
    # guard: no side word, no side
    ("Larynx: a 9 mm cyst of the epiglottis. Vocal folds move symmetrically.", [(_LAR, "cyst", None, 9.0)]),
]


@pytest.mark.parametrize(("text", "expected"), LARYNX_SIDES)
def test_a_laryngeal_lesion_takes_its_side(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected
