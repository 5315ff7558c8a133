"""A tissue layer whose line named a limb segment before it ("Soft tissue US - right thigh. In the subcutaneous
tissue, an oval lesion ... lipoma") is that segment's layer: its lesion stays in the limb's soft tissues although
the report examines a joint afterwards ("Right knee: effusion"), which before took the lesion (settling.py). A
joint named between the segment and the layer, or a layer on the joint's own line, still yields to the joint. Each
passage is written for this file.
"""

from __future__ import annotations

import udt


def _organ_of(text: str, size: int) -> str | None:
    return next((f.organ for f in udt.parse_report(text).findings
                 if f.kind == "lesion" and f.size_mm and round(f.size_mm[0]) == size), None)


def test_thigh_layer_lesion_stays_in_soft_tissues_before_a_knee_paragraph() -> None:
    text = ("Soft tissue US - left thigh. Anteromedially, in the subcutaneous tissue, an oval hyperechoic lesion, "
            "27 x 11 mm, no vascularity, compatible with lipoma.\n"
            "Left knee: small suprapatellar effusion 6 mm. Baker cyst 24 x 8 mm.")
    assert _organ_of(text, 27) == "Soft tissues"
    assert _organ_of(text, 24) == "Knee"


def test_calf_heading_in_a_foreign_title_line() -> None:
    text = ("Ecografía partes blandas – right calf (pantorrilla derecha). In the subcutaneous fat, a well-defined "
            "hypoechoic nodule of 15 mm.\nRight knee (rodilla derecha): no effusion.")
    assert _organ_of(text, 15) == "Soft tissues"


def test_knee_named_between_segment_and_layer_takes_the_lesion() -> None:
    # near miss: the joint stands between the thigh and the layer on the line
    text = ("US right thigh and knee. Knee: thickened subcutaneous tissue with a 19 mm collection anterior to the "
            "patella.\nRight knee: small effusion 4 mm.")
    assert _organ_of(text, 19) != "Soft tissues"
