"""A followed malignancy named in the title or history with its programme is why the scan was done, not a mass it
shows (udt/parser/primary_cancers.py; class: Diagnosis "mass" false positives on the development corpora): the
programme after the disease ("LYMPHOMA RESPONSE"), before it ("follow-up Hodgkin lymphoma", "restaging of
lymphoma"), or a treatment after a dash ("Hodgkin lymphoma - end-of-treatment ultrasound").

Guards: a lymphoma this scan shows or a biopsy confirms ("in keeping with lymphoma", "Diagnosis: Burkitt lymphoma,
confirmed on cytology"), and a dash before a non-treatment word. Each row is a passage written for this file.
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser


@pytest.mark.parametrize(
    ("text", "mass"),
    [
        ("US NECK AND AXILLAE - LYMPHOMA RESPONSE\nNeck: right level III node 12 x 7 mm, previously 25 mm.", False),
        ("Nodal survey, follow-up Hodgkin lymphoma after 6 cycles ABVD.\nLeft level IV node 15 x 9 mm.", False),
        ("Restaging of lymphoma. Spleen 11.8 cm, homogeneous. No enlarged abdominal nodes.", False),
        ("Diffuse large B-cell lymphoma - end-of-treatment ultrasound\nAxillae: small nodes with fatty hila.", False),
        ("Follicular lymphoma - post chemotherapy review.\nInguinal nodes up to 9 mm short axis, hila preserved.",
         False),
        # guards
        ("Bulky retroperitoneal nodal masses encasing the aorta, in keeping with lymphoma.", True),
        ("Diagnosis: abdominal Burkitt lymphoma, confirmed on ascitic fluid cytology.", True),
        ("Spleen: several hypoechoic foci - lymphoma - largest 14 mm.", True),
    ],
)
def test_followed_lymphoma_is_background(parser: ReportParser, text: str, mass: bool) -> None:
    assert ("mass" in parser.parse(text).labels["Diagnosis"]) is mass


@pytest.mark.parametrize(
    ("text", "mass"),
    [
        ("SARCOMA SURVEILLANCE\nOperative bed, left thigh: no recurrence, no collection. Scar unremarkable.", False),
        ("Primary: synovial sarcoma, R calf, excised 2024.\nResection bed: no mass, no collection.", False),
        ("Indication: surveillance.\nPrimary: dermatofibrosarcoma of the back. Resected 2023.\nScar: clean.", False),
        # guards: a primary measured in its own line is this scan's finding; a "primary" inside a sentence is read
        # as before
        ("Primary: renal cell carcinoma 4.2 cm, left kidney lower pole, with internal flow.", True),
        ("Liver: a 3 cm hypoechoic mass in segment 6, likely the primary hepatocellular carcinoma.", True),
    ],
)
def test_watched_or_keyed_primary_is_background(parser: ReportParser, text: str, mass: bool) -> None:
    assert ("mass" in parser.parse(text).labels["Diagnosis"]) is mass


def test_watched_disease_leaves_its_organ_examined(parser: ReportParser) -> None:
    report = parser.parse("Liver HCC surveillance. Liver: coarse echotexture, no focal lesion. Spleen 11 cm.")
    assert "Liver" in report.labels["Organ_level"]
    assert "mass" not in report.labels["Diagnosis"]
