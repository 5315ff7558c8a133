"""A name restated in a conclusion, or given in a later sentence or clause, is not joined to a lesion of unstated
nature whose own look rules it out (typical_looks.py): a bright, shadowing focus is no simple cyst, so the cyst the
conclusion names is another lesion (or the one that does look like a cyst). One differing field, or one field left
unstated, is no verdict: the name still joins.
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser

Lesion = tuple[str | None, str | None, tuple[float, ...]]


def _lesions(parser: ReportParser, text: str) -> list[Lesion]:
    return sorted(
        ((f.diagnosis, f.laterality, tuple(f.size_mm)) for f in parser.parse(text).findings if f.kind == "lesion"),
        key=repr,
    )


_STONE = "an echogenic focus of 6 mm with posterior acoustic shadowing"


def test_a_conclusions_cyst_is_not_the_shadowing_focus(parser: ReportParser) -> None:
    text = (f"Left kidney: 11.2 cm, normal cortex. In the mid calyx {_STONE}.\n"
            "Impression: Simple cyst of the left kidney.")
    lesions = _lesions(parser, text)
    assert (None, "left", (6.0,)) in lesions
    assert ("cyst", "left", ()) in lesions  # (the cyst the summary names, a lesion of its own)


def test_a_conclusions_cyst_joins_the_lesion_that_looks_like_one(parser: ReportParser) -> None:
    # The shadowing focus comes first (the earliest fit, before the guard): the cyst is the anechoic area.
    text = ("Right kidney: normal size. In the lower calyx an echogenic spot of 5 mm with shadow; in the upper pole "
            "an anechoic area of 14 mm, posterior echo enhanced.\n"
            "Ultrasound prompts: right kidney stone and cyst.")
    lesions = _lesions(parser, text)
    assert ("cyst", "right", (14.0,)) in lesions
    assert not any(d == "cyst" and s == (5.0,) for d, _, s in lesions)


@pytest.mark.parametrize(
    "look",
    [
        "an anechoic focus of 6 mm with posterior acoustic enhancement",
        "a hypoechoic focus of 6 mm with posterior acoustic enhancement",  # one field differs: a complex cyst
        "an echogenic focus of 6 mm",  # one field stated: no verdict
    ],
)
def test_near_misses_the_conclusions_cyst_still_joins(parser: ReportParser, look: str) -> None:
    text = f"Left kidney: 11.2 cm. In the mid calyx {look}.\nImpression: Simple cyst of the left kidney."
    assert _lesions(parser, text) == [("cyst", "left", (6.0,))]


def test_a_conclusion_naming_a_stone_keeps_one_lesion(parser: ReportParser) -> None:
    # The look of a stone is the focus's own: nothing is ruled out, and no second lesion appears.
    text = f"Left kidney: 11.2 cm. In the mid calyx {_STONE}.\nImpression: Left renal calculus."
    assert _lesions(parser, text) == [(None, "left", (6.0,))]


def test_a_bare_cyst_sentence_does_not_name_the_shadowing_formation(parser: ReportParser) -> None:
    text = ("Left kidney: 11.2 cm. In the mid calyx there is a formation of 6 mm, hyperechoic with posterior acoustic "
            "shadowing. Simple cyst.")
    lesions = _lesions(parser, text)
    assert (None, "left", (6.0,)) in lesions
    assert not any(d == "cyst" and s for d, _, s in lesions)


def test_a_bare_cyst_sentence_names_an_anechoic_formation(parser: ReportParser) -> None:
    text = ("Left kidney: 11.2 cm. In the mid calyx there is a formation of 6 mm, anechoic with posterior acoustic "
            "enhancement. Simple cyst.")
    assert _lesions(parser, text) == [("cyst", "left", (6.0,))]


@pytest.mark.parametrize("name", ["cyst", "cyst in the upper pole"])
def test_a_cyst_later_in_the_clause_is_another_lesion_than_the_shadowing_one(parser: ReportParser, name: str) -> None:
    text = f"Left kidney: 11.2 cm. In the mid calyx there is a formation 6 mm, hyperechoic with posterior acoustic " \
           f"shadowing, {name}."
    lesions = _lesions(parser, text)
    assert (None, "left", (6.0,)) in lesions
    assert ("cyst", "left", ()) in lesions


def test_a_cyst_later_in_the_clause_names_an_anechoic_formation(parser: ReportParser) -> None:
    text = "Left kidney: 11.2 cm. In the mid calyx there is a formation 6 mm, anechoic with posterior acoustic " \
           "enhancement, cyst."
    assert _lesions(parser, text) == [("cyst", "left", (6.0,))]


_SPLEEN = "Spleen: in the lower pole a formation 9 mm, {look}, with clear contours and a thin wall of 1 mm, cyst."


def test_a_name_past_a_size_in_the_sentence_is_not_the_shadowing_formations(parser: ReportParser) -> None:
    lesions = _lesions(parser, _SPLEEN.format(look="hyperechoic with posterior acoustic shadowing"))
    assert (None, None, (9.0,)) in lesions
    assert ("cyst", None, ()) in lesions


def test_a_name_past_a_size_in_the_sentence_names_an_anechoic_formation(parser: ReportParser) -> None:
    lesions = _lesions(parser, _SPLEEN.format(look="anechoic with posterior acoustic enhancement"))
    assert lesions == [("cyst", None, (9.0,))]


_BESIDE = ("Thyroid: normal size. Posterior to the lower pole of the right lobe lies a 15 mm {look}.\n"
           "Conclusion: parathyroid cyst.")


def test_a_summary_of_a_neighbouring_organ_does_not_name_the_shadowing_lesion(parser: ReportParser) -> None:
    lesions = _lesions(parser, _BESIDE.format(look="hyperechoic lesion with posterior acoustic shadowing"))
    assert (None, "right", (15.0,)) in lesions
    assert ("cyst", None, ()) in lesions


def test_a_summary_of_a_neighbouring_organ_names_the_anechoic_lesion(parser: ReportParser) -> None:
    lesions = _lesions(parser, _BESIDE.format(look="anechoic lesion with posterior acoustic enhancement"))
    assert lesions == [("cyst", "right", (15.0,))]
