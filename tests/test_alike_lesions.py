"""A lesion written as being like the one before ("a second, 12 mm lesion of identical appearance") takes that
lesion's diagnosis where its own words name none, when the two share the organ (alike_lesions.py). A lesion of its
own kind keeps it, and a likeness said of another organ's lesion gives nothing. Each passage is written for this
file.
"""

from __future__ import annotations

import udt


def _by_size(text: str) -> dict[int, tuple[str | None, str | None]]:
    return {round(f.size_mm[0]): (f.organ, f.diagnosis) for f in udt.parse_report(text).findings
            if f.kind == "lesion" and f.size_mm}


def test_second_liver_lesion_of_identical_appearance_is_a_mass_too() -> None:
    text = ("Liver: in segment VII a 29 mm well-defined hyperechoic mass with posterior enhancement. A second, 12 mm "
            "lesion of identical appearance in segment II. Spleen normal.")
    assert _by_size(text)[12] == ("Liver", "mass")


def test_same_aspect_in_french() -> None:
    text = ("Foie: au segment VI, nodule hypoéchogène de 18 mm. Au segment III, autre lésion de 9 mm, même aspect.\n"
            "Rate normale.")
    found = _by_size(text)
    assert found[9][1] == found[18][1] == "nodule"


def test_lesion_with_its_own_kind_keeps_it() -> None:
    # near miss: the second one is named a cyst, its likeness is of the look only
    text = "Liver: hypoechoic nodule 21 mm in segment V. A simple cyst of 8 mm, similar appearance to 2019, segment II."
    assert _by_size(text)[8] == ("Liver", "cyst")


def test_no_likeness_word_gives_nothing() -> None:
    # near miss: a second generic lesion, nothing saying it is like the first
    text = "Liver: hyperechoic mass 31 mm in segment VI. A second, 14 mm lesion in segment II, hypoechoic."
    assert _by_size(text)[14][1] is None
