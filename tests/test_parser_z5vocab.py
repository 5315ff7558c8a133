"""Diagnosis words the vocabulary lacked, read with their status: "neoplastic" offered as a lesion's nature (the
tumour suspected -> a doubted mass; denied, a benign verdict that denies no mass), a bare "papilloma" (a benign
epithelial tumour -> mass), the breast clinic's "FA" (a fibroadenoma, only in a report that names the breast), and a
node's "? reactive ? metastatic" written with spaced query marks after the node word. Passages written for this file.

Rows: a passage, its asserted Diagnosis labels, its (dimension, value) pairs the parser must report as uncertain and
those it must report as absent.
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser

Pair = tuple[str, str]
Row = tuple[str, list[str], list[Pair], list[Pair]]

ROWS: list[Row] = [
    # "neoplastic" as the nature offered: a doubted mass, whatever the hedge.
    ("Right testis: 7 mm ill-defined hypoechoic area in the lower pole with internal flow, likely neoplastic. "
     "Tumour markers advised.", [], [("Diagnosis", "mass")], []),
    ("Right submandibular LN 16 x 11 mm, round, no fatty hilum - inflammatory vs neoplastic. Core biopsy suggested.",
     [], [("Diagnosis", "mass")], []),
    ("Left testis upper pole: hypoechoic area with increased flow ? focal orchitis ? neoplastic. Repeat in 4 weeks.",
     [], [("Diagnosis", "mass")], []),
    ("Findings suggestive of a neoplastic lesion of the left kidney; CT advised.", [], [("Diagnosis", "mass")], []),
    # A bare papilloma: a doubted or asserted mass.
    ("Right breast 11 o'clock: 5 mm echogenic intraductal lesion in a dilated duct, ?papilloma. U3.",
     [], [("Diagnosis", "mass")], []),
    ("Bladder: 9 mm frond-like lesion on the right lateral wall, known papilloma on cystoscopy last month.",
     ["mass"], [], []),
    # "FA" in a breast report is a fibroadenoma.
    ("Left breast 3 o'clock: 16 x 8 mm oval, parallel, circumscribed hypoechoic lesion. ?FA. U3, core offered.",
     [], [("Diagnosis", "mass")], []),
    ("BREAST CLINIC\nRight breast 10 o'clock: 12 mm oval hypoechoic solid lesion, probable FA.",
     [], [("Diagnosis", "mass")], []),
    # Queried natures of a node written with spaced "?" marks: the "?" splits the clause, the node is still named.
    ("Left supraclavicular lymphadenopathy ? reactive ? metastatic - FNAC advised.", [], [("Diagnosis", "mass")], []),
    ("Rt cervical lymphadenopathy ? tubercular ? metastatic.", [], [("Diagnosis", "mass")], []),
    # ... and the node after the queried run still counts: "metastatic?" split off a sentence before it
    ("Neck US: reactive? or metastatic? A 14 mm level III node with loss of the fatty hilum.", [],
     [("Diagnosis", "mass")], []),
]

# Guards: a denied "neoplastic" denies no mass; "FA" outside a breast report and "metastatic" with no node nearby
# name nothing; a hedge on another nature keeps the seen nodule.
GUARDS: list[Row] = [
    ("Left testis: 4 mm simple cyst, non-neoplastic appearance.", ["cyst"], [], []),
    ("The right level II node is not neoplastic in appearance; fatty hilum preserved.", [], [], []),
    ("Right leg arterial duplex: CFA and FA patent with triphasic waveforms.", [], [], []),
    ("Liver: multiple hypoechoic lesions. ? metastatic.", [], [], []),
    ("Thyroid: right lobe 12 mm isoechoic nodule, probably benign.", ["nodule"], [], []),
    ("Left breast 3 o'clock: 16 x 8 mm oval, parallel, circumscribed hypoechoic mass, in keeping with a fibroadenoma.",
     ["mass"], [], []),
]


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


@pytest.mark.parametrize(("text", "diagnosis", "uncertain", "absent"), ROWS + GUARDS)
def test_diagnosis_doubt_and_denial(parser: ReportParser, text: str, diagnosis: list[str],
                                    uncertain: list[Pair], absent: list[Pair]) -> None:
    report = parser.parse(text)
    assert sorted(report.labels["Diagnosis"]) == sorted(diagnosis)
    # A value asserted anywhere is present, never also doubted (guideline's report-level precedence).
    doubted = {(m.dimension, m.value) for m in report.mentions if m.value and m.status == "uncertain"
               and m.value not in report.labels.get(m.dimension, [])}
    assert sorted(doubted) == sorted(uncertain)
    denied = {(m.dimension, m.value) for m in report.mentions if m.value and m.status == "absent"
              and m.dimension == "Diagnosis"}
    assert sorted(denied) == sorted(absent)
