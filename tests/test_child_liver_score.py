""""Child" before a class of the liver score ("Child A cirrhosis", "Child B7", "Child class C") is the
Child(-Pugh) grade of an adult's cirrhosis, not a child patient: a surveillance study's liver lesions stay on the
adult Liver. The bare "a" is also the article, so "the child a week ago" still names a child. Each passage is
written for this file.
"""

from __future__ import annotations

import pytest

import udt


def _organs(text: str) -> set[str]:
    return {f.organ for f in udt.parse_report(text).findings if f.organ}


def _liver_sizes(text: str) -> list[int]:
    return sorted(round(f.size_mm[0]) for f in udt.parse_report(text).findings
                  if f.kind == "lesion" and f.organ == "Liver" and f.size_mm)


def test_child_class_a_in_a_surveillance_history_keeps_the_lesions_on_the_liver() -> None:
    text = ("LIVER US (HCC surveillance; Child A cirrhosis, HBV on tenofovir).\n"
            "Liver: shrunken, nodular surface. Focal lesions:\n"
            "1) segment 7: hypoechoic nodule 19 mm (previously 12 mm).\n"
            "2) segment 2: 6 mm simple cyst.\n"
            "Spleen 13.8 cm.")
    assert _liver_sizes(text) == [6, 19]
    assert not any(o.startswith("Pediatric") for o in _organs(text))


@pytest.mark.parametrize(
    "history",
    ["Child B7 alcoholic cirrhosis", "cirrhosis, Child class C", "known cirrhosis (Child A)", "Child score 8"],
)
def test_other_wordings_of_the_child_class(history: str) -> None:
    text = f"Abdominal US. History: {history}. Liver: segment 5 hyperechoic nodule 14 mm. Moderate ascites."
    assert _liver_sizes(text) == [14]
    assert not any(o.startswith("Pediatric") for o in _organs(text))


@pytest.mark.parametrize(
    "text",
    [
        # the article after "child": a child patient
        "Abdominal US. The child a week ago had fever. Liver: 12 mm hypoechoic lesion in segment 4.",
        "Renal US: child, 4 years, recurrent UTI. Right kidney 7.1 cm with 6 mm upper pole cyst.",
    ],
)
def test_a_child_patient_is_still_one(text: str) -> None:
    assert any(o.startswith("Pediatric") for o in _organs(text))
