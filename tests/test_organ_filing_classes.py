"""Side and organ filing classes left after the first wave (inventory of the development corpora, by class; the
sentences are new, written for each class). The generated battery (benchmarks/side_battery.py, axes ``neighbour``,
``region``, ``barelobe``, ``node``, ``impression``) checks the same classes in more wordings.

Inventory (corpus record: fragment -> expected; got before):
- mc045 (mo9), mo12/mo13 rows: a bare effusion under a lung or chest heading -> Pleural space; got Pulmonary, or the
  Peritoneum when another line names the abdomen ("Chest R: effusion ... Abdomen: no ascites").
- battery hold-bare-lobe, mg049-like thyroid rows: "rt lobe ... nodules. the upper pole nodule ..." -> the lobe's
  side; got no side.
- battery node rows: "Right axilla: an enlarged lymph node" -> Axilla; got Lymph nodes. "a node ... is seen in the
  axilla on the right side" -> Axilla; got Lymph nodes. "a node with loss of its fatty hilum in the left axilla and a
  14 mm cyst" -> one node; got two (the hilum took the cyst's size).
- o049 (mo4): a wrist ganglion "6 mm radial to the nerve" -> Wrist and carpus; got Peripheral nerves (the hand's
  axis words were no landmark cues).
- battery style-*-nopunct (17 of 26 closed), mo9 rows: a whole report without stops or commas -> each lesion
  under the organ of its clause; got the organs of other clauses (run_on.py: organ names open clauses).
- j021 (mo6): a lesion posterior to the right thyroid lobe that only the answer line names a parathyroid adenoma ->
  Parathyroid glands, right, 15 mm; got a thyroid lesion and an unsized parathyroid one.
"""

from __future__ import annotations

import pytest

import udt

ROWS = [
    ("Lungs: small left effusion, 15 mm depth.", ("Pleural space", "fluid collection", "left")),
    ("Lung bases: right basal effusion, 30 mm.", ("Pleural space", "fluid collection", "right")),
    ("Chest L: effusion 5 cm deep.\nAbdomen: no ascites.", ("Pleural space", "fluid collection", "left")),
    ("Pelvis: no free fluid.\nChest (R): moderate effusion, 45 mm.", ("Pleural space", "fluid collection", "right")),
    ("Thyroid: Lt lobe enlarged. Dominant nodule 22 mm in the lower pole.", ("Thyroid gland", "nodule", "left")),
    ("thyroid us. rt lobe 44 mm with 2 nodules. the upper one is solid, 12 mm.", ("Thyroid gland", "nodule", "right")),
    ("Left axilla: an enlarged lymph node, cortex thickened.", ("Axilla", None, "left")),
    (
        "A 10 mm ganglion cyst arises from the left wrist, 4 mm ulnar to the nerve.",
        ("Wrist and carpus", "cyst", "left"),
    ),
    ("A 19 mm round node is seen in the axilla on the left side.", ("Axilla", None, "left")),
    (
        "Thyroid: small lobes. Posterior to the lower pole of the left lobe lies an 11 mm oval hypoechoic lesion.\n"
        "Conclusion: parathyroid adenoma.",
        ("Parathyroid glands", "nodule", "left"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_lesion_organ_and_side(text: str, expected: tuple[str, str | None, str]) -> None:
    lesions = [f for f in udt.parse_report(text).findings if f.kind == "lesion"]
    assert [(f.organ, f.diagnosis, f.laterality) for f in lesions] == [expected]


def test_nodes_hilum_is_no_second_node() -> None:
    text = "An enlarged 17 mm node with loss of its fatty hilum in the right axilla and a 9 mm cyst in the left kidney."
    lesions = [(f.organ, f.laterality, f.size_mm) for f in udt.parse_report(text).findings if f.kind == "lesion"]
    assert lesions == [("Axilla", "right", [17.0]), ("Kidney and ureter", "left", [9.0])]


@pytest.mark.parametrize(
    "text",
    [
        "Liver: a 2 cm lesion in segment 2 next to the right kidney.\nIMPRESSION: cholelithiasis.",
        "A 3 cm mass in the liver abutting the right hemidiaphragm.\nComment: adenocarcinoma of the lung.",
    ],
)
def test_summary_of_another_organ_moves_no_lesion(text: str) -> None:
    organs = {f.organ for f in udt.parse_report(text).findings if f.kind == "lesion" and f.size_mm}
    assert organs == {"Liver"}


RUN_ON = [
    (
        "rt kidney nad lt kidney - 22 mm simple cyst lt ovary nad rt ovary - 41 mm simple cyst spleen 10 cm normal "
        "pancreas normal aorta normal gallbladder normal",
        [("Kidney and ureter", "cyst", "left"), ("Adnexa", "cyst", "right")],
    ),
    (
        "my scan says the left thyroid lobe contains a 13 mm solid nodule the right thyroid lobe is normal both "
        "kidneys are normal the liver has a 2 cm cyst near the right portal vein",
        [("Thyroid gland", "nodule", "left"), ("Liver", "cyst", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RUN_ON, ids=["terse", "lay"])
def test_run_on_report_files_each_lesion_under_its_clause_organ(text: str, expected: list) -> None:
    lesions = [(f.organ, f.diagnosis, f.laterality) for f in udt.parse_report(text).findings if f.kind == "lesion"]
    assert lesions == expected


def test_punctuated_report_keeps_its_sentences() -> None:
    # A report with commas is no run-on: "in the right kidney" still places the cyst of its own sentence.
    text = "Liver normal, spleen normal, there is a 22 mm simple cyst in the right kidney and the bladder is normal."
    lesions = [(f.organ, f.laterality) for f in udt.parse_report(text).findings if f.kind == "lesion"]
    assert lesions == [("Kidney and ureter", "right")]
