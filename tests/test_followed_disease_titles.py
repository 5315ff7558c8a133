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
