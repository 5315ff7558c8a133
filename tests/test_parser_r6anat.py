"""Round r6anat: a child's age in a header glued to its unit or written as a fraction of the year, and landmarks
placed by a compound direction or by a repeated preposition (own passages, none copied from a corpus)."""

from __future__ import annotations

import pytest

from udt.parser import ReportParser


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


def _organs(parser: ReportParser, text: str) -> set[str]:
    return set(parser.parse(text).labels["Organ_level"])


def _systems(parser: ReportParser, text: str) -> set[str]:
    return set(parser.parse(text).labels["Body_system_level"])


def test_header_age_glued_to_unit_is_a_child(parser: ReportParser) -> None:
    text = "RENAL ULTRASOUND\nAge: 9yrs   Sex: M\nBoth kidneys are normal in size and echotexture."
    assert _systems(parser, text) == {"Pediatrics"}
    assert _organs(parser, text) == {"Pediatric urinary tract"}


def test_header_adult_age_glued_to_unit_stays_adult(parser: ReportParser) -> None:
    text = "RENAL ULTRASOUND\nAge: 45yrs   Sex: M\nBoth kidneys are normal in size and echotexture."
    assert _organs(parser, text) == {"Kidney and ureter"}


def test_fraction_of_year_before_sex_word_is_an_infant(parser: ReportParser) -> None:
    text = "US ABDOMEN\nClinical notes: 4/52 female, projectile vomiting.\nFindings: Pylorus 2 mm thick, normal."
    assert _systems(parser, text) == {"Pediatrics"}
    assert _organs(parser, text) == {"Pediatric abdomen and retroperitoneum"}


def test_fraction_of_year_as_a_duration_is_no_age(parser: ReportParser) -> None:
    text = "US NECK\nClinical notes: lump 6/52, no fever.\nFindings: The thyroid is normal."
    assert _organs(parser, text) == {"Thyroid gland"}


def test_compound_direction_makes_a_landmark(parser: ReportParser) -> None:
    text = "A 25 mm solid nodule lies posterolateral to the bladder, in the right adnexa."
    assert "Bladder" not in _organs(parser, text)


def test_repeated_preposition_keeps_the_landmark(parser: ReportParser) -> None:
    text = "A 2 cm hypoechoic lesion in the left adrenal, separate from the spleen and from the left kidney."
    assert _organs(parser, text) == {"Adrenal glands"}


def test_organ_after_and_from_without_a_cue_is_examined(parser: ReportParser) -> None:
    # "from" repeated with no landmark cue before it: the kidney is reported on
    text = "Images obtained from the liver and from the right kidney. The right kidney has a 12 mm simple cyst."
    assert "Kidney and ureter" in _organs(parser, text)
