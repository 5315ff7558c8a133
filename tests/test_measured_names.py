"""An organ's one measured lesion of unstated nature and the name written for it elsewhere without a size (a
title, a legend, an answer) are one lesion: the measured one takes the name (measured_names.py). Distinct lesions
stay apart: two of the name's kind, one sized and one not; a name placed elsewhere; a lesion written as another
one; fluid beside the organ. Each passage is written for this file.
"""

from __future__ import annotations

import udt


def _lesions(text: str) -> list[tuple[str | None, str | None, str | None, float | None]]:
    return [(f.organ, f.diagnosis, f.laterality, max(f.size_mm) if f.size_mm else None)
            for f in udt.parse_report(text).findings if f.kind == "lesion"]


def test_title_name_gives_the_legend_lesion_its_nature() -> None:
    text = ("Plate 4. Pyogenic liver abscess in a 61-year-old man. (a) Transverse image: a 64 x 51 mm rounded, "
            "hypoechoic lesion in segment VIII with internal debris. (b) Colour Doppler shows no internal flow.")
    liver = [f for f in _lesions(text) if f[0] == "Liver"]
    assert liver == [("Liver", "fluid collection", None, 64.0)]


def test_quiz_answer_names_the_measured_lesion() -> None:
    text = ("Teaching file, case 3. RIGHT forefoot: 2nd intermetatarsal space, an ovoid hypoechoic lesion 8 x 5 mm, "
            "non-compressible, no flow.\nQ: Name the forefoot lesion.\nA: Morton neuroma.")
    found = [f for f in _lesions(text) if f[0] == "Foot"]
    assert ("Foot", "mass", "right", 8.0) in found
    assert not any(f[1] == "mass" and f[3] is None for f in found)


def test_two_cysts_one_sized_one_not_stay_two() -> None:
    # near miss: the unsized cyst is another of the measured cyst's kind, not a name of it
    text = ("Right kidney 11.2 cm. Upper pole simple cyst 18 mm. A further small cyst at the lower pole, too small "
            "to measure. Left kidney normal.")
    cysts = [f for f in _lesions(text) if f[0] == "Kidney and ureter" and f[1] == "cyst"]
    assert len(cysts) == 2
    assert sorted(f[3] or 0 for f in cysts) == [0, 18.0]


def test_name_on_the_other_side_stays_apart() -> None:
    # near miss: the unsized cyst is the other kidney's
    text = "Right kidney: 14 mm echogenic lesion at the lower pole. Left kidney: simple cyst."
    found = [f for f in _lesions(text) if f[0] == "Kidney and ureter"]
    assert ("Kidney and ureter", None, "right", 14.0) in found
    assert any(f[1] == "cyst" and f[3] is None for f in found)


def test_lesion_written_as_a_new_one_keeps_no_name() -> None:
    # near miss: the haemangioma is known; the new nodule is another lesion
    text = ("Liver: known haemangioma, not well seen today. New hypoechoic lesion 16 mm, not present on the previous "
            "study.")
    found = [f for f in _lesions(text) if f[0] == "Liver"]
    assert ("Liver", None, None, 16.0) in found
    assert len(found) == 2


def test_fluid_beside_the_organ_names_no_lesion() -> None:
    # near miss: the hydrocele lies beside the testis; the measured focus is still of unstated nature
    text = "Left testis 41 x 23 mm, with a 9 mm hypoechoic focus at the upper pole. Small left hydrocele."
    found = [f for f in _lesions(text) if f[0] == "Scrotum"]
    assert ("Scrotum", None, "left", 9.0) in found
    assert any(f[1] == "fluid collection" and f[3] is None for f in found)


def test_name_beside_the_measured_lesion_in_its_sentence_stays_apart() -> None:
    # near miss: one sentence places a measured formation and a named lesion apart (two lesions)
    text = "Liver: a 2.5 cm hypoechoic formation in segment 4 and a haemangioma in segment 7. Spleen 11 cm."
    found = [f for f in _lesions(text) if f[0] == "Liver"]
    assert ("Liver", None, None, 25.0) in found
    assert len(found) == 2


def test_plural_name_names_no_single_lesion() -> None:
    # near miss: "cortical cysts" are several, not the one measured lesion
    text = ("Right kidney: a 21 mm isoechoic lesion at the upper pole. Tiny cortical cysts elsewhere in the right "
            "kidney.")
    found = [f for f in _lesions(text) if f[0] == "Kidney and ureter"]
    assert ("Kidney and ureter", None, "right", 21.0) in found
    assert len(found) == 2


def test_measured_collection_is_the_cyst_a_later_sentence_names() -> None:
    text = ("LEFT KNEE\nPopliteal fossa: 3.8 x 1.2 cm anechoic collection extending into the medial calf.\n"
            "This is a ruptured Baker's cyst.")
    assert [f for f in _lesions(text) if f[0] == "Knee"] == [("Knee", "cyst", "left", 38.0)]


def test_bare_collection_is_the_broad_name_of_the_measured_haematoma() -> None:
    text = "Right groin: a collection at the puncture site.\nIt is a haematoma of 31 x 18 mm."
    found = [f for f in _lesions(text) if f[0] == "Hip groin and buttock"]
    assert found == [("Hip groin and buttock", "fluid collection", "right", 31.0)]


def test_second_collection_beside_a_measured_haematoma_stays_apart() -> None:
    # near miss: the unmeasured collection is written as a second one
    text = ("Abdominal wall: haematoma 45 x 20 mm beneath the scar. A second collection lies deeper in the rectus "
            "sheath, not measurable.")
    found = [f for f in _lesions(text) if f[0] == "Abdominal wall"]
    assert len(found) == 2
