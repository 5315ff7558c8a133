"""Reports translated from Serbian and Croatian call a focal lesion a "change" ("promjena"): "in the lower pole a
hypoechogenic focal change 11 x 8 mm", "a well demarcated hypoechoic change, dimensions 21x16 mm". Described by its
echogenicity it is a region of unstated nature, as a "hypoechoic area" is (echo_areas.py). Only the singular: the
plural "changes" of a parenchyma are diffuse. Each passage is written for this file.
"""

from __future__ import annotations

import udt


def _lesions(text: str) -> dict[int, tuple[str | None, str | None]]:
    report = udt.parse_report(text)
    return {round(f.size_mm[0]): (f.organ, f.laterality) for f in report.findings if f.kind == "lesion" and f.size_mm}


def test_a_focal_change_of_the_testis_is_a_lesion_with_its_size() -> None:
    text = ("Left testis 41 x 26 x 20 mm; in the upper pole a hypoechogenic focal change 11 x 8 mm, ill defined, with "
            "increased vascularisation. Varicocele on the left, veins to 3.2 mm.")
    assert _lesions(text).get(11) == ("Scrotum", "left")


def test_a_hypoechoic_change_of_the_parotid_is_measured() -> None:
    text = ("Left parotid gland: in the deep lobe an oval, well demarcated hypoechoic change, dimensions 21x16x12mm, "
            "with peripheral vascularisation.")
    assert _lesions(text).get(21) == ("Salivary glands", "left")


def test_diffuse_changes_make_no_lesion() -> None:
    # near miss: the plural of a parenchyma's diffuse look
    text = "Liver of normal size with diffuse hyperechoic changes, no focal lesions. Spleen 11 cm."
    assert not _lesions(text)
