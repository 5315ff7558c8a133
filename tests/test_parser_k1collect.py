"""Collections and stones placed in the wrong organ (round k1collect)."""

from __future__ import annotations

import pytest

from udt.parser import ReportParser


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


def _lesions(parser: ReportParser, text: str) -> list[tuple[str | None, str | None, float | None]]:
    return [(f.organ, f.concept, max(f.size_mm) if f.size_mm else None)
            for f in parser.parse(text).findings if f.kind == "lesion"]


def test_gallstones_after_a_knee_line_lie_in_the_gallbladder(parser: ReportParser) -> None:
    text = ("Right popliteal fossa: Baker's cyst 3 x 1 cm, intact.\n"
            "Upper abdomen (epigastric pain): gallstones, the largest 12 mm, no wall thickening.")
    found = _lesions(parser, text)
    assert ("Knee", "Baker's cyst", 30.0) in found
    assert ("Gallbladder and bile ducts", "gallstone", 12.0) in found


def test_kidney_stone_after_a_neck_line_lies_in_the_kidney(parser: ReportParser) -> None:
    text = "Left thyroid lobe: 9 mm colloid nodule.\nAlso noted: a 6 mm kidney stone, no hydronephrosis."
    organs = {c: o for o, c, _ in _lesions(parser, text)}
    assert organs.get("kidney stone") == "Kidney and ureter"


def test_bare_stone_still_takes_the_organ_under_description(parser: ReportParser) -> None:
    # near miss: a bare "stone" names no organ, so the kidney described holds it
    text = "Right kidney 11 cm. A 7 mm stone in the lower pole without hydronephrosis."
    found = _lesions(parser, text)
    assert found and found[0][0] == "Kidney and ureter" and found[0][2] == 7.0


def test_metastasis_in_the_chest_wall_stays_there(parser: ReportParser) -> None:
    # near miss: only stones are moved by their name; a metastasis stays in the wall described
    text = "Left chest wall: an 8 mm hypoechoic nodule. A second 5 mm metastasis lies inferior to it."
    found = _lesions(parser, text)
    assert all(o != "Liver" for o, _, _ in found)


def test_block_site_line_naming_a_soft_tissue_region_places_the_lump(parser: ReportParser) -> None:
    text = ("SUPERFICIAL LUMPS WORKSHEET\n"
            "Lesion A\nSite: scalp, occiput\nLayer: subcutaneous\nSize: 16 x 11 x 6 mm\nMargins: circumscribed\n"
            "Lesion B\nSite: scalp, left parietal\nSize: 8 x 5 x 4 mm; otherwise as lesion A\n"
            "Bone beneath: intact.\n")
    found = [(f.organ, f.laterality, max(f.size_mm) if f.size_mm else None)
             for f in parser.parse(text).findings if f.kind == "lesion" and f.size_mm]
    assert ("Soft tissues", None, 16.0) in found
    assert ("Soft tissues", "left", 8.0) in found


def test_block_with_an_organ_site_keeps_that_organ(parser: ReportParser) -> None:
    # near miss: a "Site" line naming an organ places the lump there, not in a soft-tissue region
    text = "Lesion 1\nSite: left earlobe, posterior surface\nSize: 9 x 7 x 5 mm\n"
    found = [(f.organ, f.laterality) for f in parser.parse(text).findings if f.kind == "lesion"]
    assert ("Ear", "left") in found


def test_pocket_after_citing_the_collection_is_a_further_lesion(parser: ReportParser) -> None:
    text = ("Right groin 10 days after hernia repair: a 6 cm anechoic seroma deep to the wound. "
            "Along the medial wall of the seroma another 2 cm pocket with a thin septum.")
    sizes = sorted(max(f.size_mm) for f in parser.parse(text).findings if f.kind == "lesion" and f.size_mm)
    assert sizes == [20.0, 60.0]


def test_another_one_stays_one_further_lesion(parser: ReportParser) -> None:
    # near miss: "another one" is one pronoun of two words, one further cyst
    text = "Liver: a simple cyst in the right lobe 4 x 3 cm, another one smaller 2 cm in segment 3."
    sizes = sorted(max(f.size_mm) for f in parser.parse(text).findings if f.kind == "lesion" and f.size_mm)
    assert sizes == [20.0, 40.0]


def test_size_after_a_lesion_in_a_muscle_is_kept_before_a_further_lesion(parser: ReportParser) -> None:
    text = ("Right calf: haematoma within the medial gastrocnemius, about 7 x 2 cm, with a second smaller "
            "haematoma of 1.8 cm further proximally.")
    sizes = sorted(max(f.size_mm) for f in parser.parse(text).findings if f.kind == "lesion" and f.size_mm)
    assert sizes == [18.0, 70.0]


def test_container_size_still_measures_the_container(parser: ReportParser) -> None:
    # near miss: no lesion before the size, so "with" links the measured lobe to the nodules it holds
    text = "Thyroid: the right lobe is enlarged at 6.1 cm with two nodules, the larger 14 mm."
    sizes = [max(f.size_mm) for f in parser.parse(text).findings if f.kind == "lesion" and f.size_mm]
    assert 61.0 not in sizes
