"""French "ganglion" is a lymph node beside the words of a node in French reports (termset.OTHER_SENSE_AROUND:
"hile", "secteur", "réactionnel", "mésentériques"), not a joint's ganglion cyst (class: Diagnosis "cyst" false
positives on the development corpora). The lower-case token drops accents, so the words are listed without them.

Guards: a wrist ganglion and a French "kyste synovial (ganglion)" stay cysts. Each row is a passage written for
this file (not a corpus line).
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser


@pytest.mark.parametrize(
    ("text", "cyst"),
    [
        ("Ganglion de 9 x 5 mm en secteur IIa droit, ovalaire, avec hile graisseux conservé.", False),
        ("Quelques ganglions mésentériques en fosse iliaque droite, le plus grand 10 x 6 mm.", False),
        ("Ganglions cervicaux bilatéraux infracentimétriques, d'aspect réactionnel.", False),
        # guards
        ("Dorsal wrist ganglion 14 mm arising from the scapholunate joint, no flow.", True),
        ("Kyste synovial (ganglion) de la face dorsale du poignet, 12 mm, anéchogène.", True),
    ],
)
def test_french_ganglion_is_a_node(parser: ReportParser, text: str, cyst: bool) -> None:
    assert ("cyst" in parser.parse(text).labels["Diagnosis"]) is cyst
