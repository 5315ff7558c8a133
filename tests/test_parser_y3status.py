"""Diagnosis words the ontology lacked, read with their status: a bare "adenoma" (a solid benign tumour -> mass; in a
thyroid report the nodule it names -> nodule; in a parathyroid report the parathyroid adenoma named in full, no
mass) and "PTLD" (post-transplant lymphoproliferative disorder -> mass; "PTLD screen" is the scan's reason); and a
diagnosis dated in its own brackets ("hemithyroidectomy (2019, follicular adenoma)"), the patient's past diagnosis.
Passages written for this file.

Rows: a passage, its asserted Diagnosis labels and its (dimension, value) pairs the parser must report as uncertain.
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser

Row = tuple[str, list[str], list[tuple[str, str]]]

ROWS: list[Row] = [
    # A hedged adenoma of the adrenal or liver: a doubted mass beside the nodule or lesion seen.
    ("Left adrenal: round hypoechoic nodule of 21 mm, most likely an adenoma. CT adrenal protocol advised.",
     ["nodule"], [("Diagnosis", "mass")]),
    ("Liver: 3 cm well-defined hyperechoic lesion in segment 5, ?adenoma. MRI suggested.",
     [], [("Diagnosis", "mass")]),
    # Asserted, it is a mass.
    ("Right adrenal gland: 18 mm homogeneous lesion, consistent with an adenoma, unchanged since 2023.",
     ["mass"], []),
    # In a thyroid report the adenoma is the nodule's nature (the guideline rolls a thyroid adenoma up to nodule).
    ("Thyroid: right lobe solid isoechoic nodule 19 mm with a thin halo, probably a follicular adenoma.",
     ["nodule"], []),
    # In a parathyroid report a bare adenoma is the parathyroid adenoma named in full: no mass beside its nodule.
    ("Parathyroid localisation, raised PTH. Behind the lower pole of the left thyroid lobe a 10 mm oval hypoechoic "
     "nodule with a polar feeding vessel, in keeping with a parathyroid adenoma; a fat plane separates the adenoma "
     "from the thyroid. Impression: left inferior parathyroid adenoma.", ["nodule"], []),
    # A thyroid adenoma offered beside another nodule's nature is still a nodule, never a mass.
    ("Left thyroid lobe: 8 mm hypoechoic nodule, could be a colloid nodule or an early adenoma.", ["nodule"], []),
    # PTLD, hedged and asserted.
    ("Renal transplant: two new hypoechoic lesions in the graft, 12 and 9 mm. PTLD cannot be excluded; biopsy advised.",
     [], [("Diagnosis", "mass")]),
    ("Liver graft: 25 mm hypoechoic lesion segment 6; biopsy confirmed PTLD.", ["mass"], []),
    # A title's "PTLD SCREEN" names what the scan looks for, no finding.
    ("RENAL TRANSPLANT - PTLD SCREEN\nGraft kidney 11.8 cm, normal corticomedullary differentiation, no focal lesion.",
     ["normal appearance"], []),
    # A diagnosis dated in its own brackets is the patient's past, no finding of this scan ...
    ("THYROID CLINIC\nPrevious: right hemithyroidectomy (2018, follicular adenoma).\nLeft lobe 44 x 15 x 14 mm, "
     "homogeneous, no nodules.", [], []),
    ("Surveillance after left nephrectomy (RCC 2020). Left renal bed clear. Right kidney 11 cm, normal.",
     ["normal appearance"], []),
]

# Guards: a negated adenoma is no mass asserted or doubted, and longer names keep their own classes.
GUARDS: list[Row] = [
    ("Both adrenal glands are normal, no adenoma.", ["normal appearance"], []),
    ("Left breast 2 o'clock: oval circumscribed hypoechoic mass 14 mm, typical of a fibroadenoma.", ["mass"], []),
    ("Right parotid: lobulated hypoechoic lesion 18 mm, in keeping with a pleomorphic adenoma.", ["mass"], []),
    ("Gallbladder wall thickened with comet-tail artefacts: adenomyomatosis.", [], []),
    # ... but brackets that describe this scan's lesion keep it a finding.
    ("Liver: 14 mm hyperechoic lesion in segment 7 (haemangioma, stable since 2019).", ["mass"], []),
]


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


@pytest.mark.parametrize(("text", "diagnosis", "uncertain"), ROWS + GUARDS)
def test_diagnosis_and_doubt(parser: ReportParser, text: str, diagnosis: list[str],
                             uncertain: list[tuple[str, str]]) -> None:
    report = parser.parse(text)
    assert sorted(report.labels["Diagnosis"]) == sorted(diagnosis)
    # A value asserted anywhere is present, never also doubted (guideline's report-level precedence).
    doubted = {(m.dimension, m.value) for m in report.mentions if m.value and m.status == "uncertain"
               and m.value not in report.labels.get(m.dimension, [])}
    assert sorted(doubted) == sorted(uncertain)
