"""A date or an elapsed time in brackets marks the past of what it dates, and only that: the past operation or
diagnosis it follows or holds ("breast carcinoma (2019).", "(colon operated 2024)"), never the site this scan
looks at before the bracket ("R forearm (splinter 4/7 ago): abscess", "Left breast (lumpectomy 3 years ago):")."""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


@pytest.mark.parametrize(("text", "organ"), [
    ("Fell from a vehicle, left testicular pain.\nL testis: 19 mm haematoma at the lower pole.\n"
     "R forearm (splinter 4/7 ago): 5 mm wooden foreign body with a surrounding hypoechoic collection 14 x 8 mm.",
     "Soft tissues"),
    ("Scrotum: both testes normal.\nLeft knee (arthroscopy ago 2 yrs): small joint effusion.", "Knee"),
    ("Liver normal.\nLeft breast (lumpectomy 3 years ago): scar only, no mass.", "Breast"),
])
def test_a_site_before_a_dated_bracket_stays_current(parser: ReportParser, text: str, organ: str) -> None:
    assert organ in labels_of(parser, text, "Organ_level")


@pytest.mark.parametrize(("text", "organ"), [
    ("Oncological follow-up, breast carcinoma (2019).\nLiver: two new hypoechoic lesions, 26 and 15 mm.", "Breast"),
    ("Oncological follow-up, breast carcinoma (03/2019)\nLiver: two new hypoechoic lesions, 26 and 15 mm.", "Breast"),
    # a bracket of time alone dates the diagnosis before it, with the site of that diagnosis
    ("Right breast cancer (3 years ago).\nLiver: a 2 cm hypoechoic lesion in segment 6.", "Breast"),
    ("Referred by: Oncology (colon operated 2024).\nLiver: 3 hypoechoic lesions with a halo, up to 31 mm.",
     "Gastrointestinal tract"),
    ("Referred by: Oncology (L kidney resected, 2021).\nLiver: a 2 cm hypoechoic lesion in segment 6.",
     "Kidney and ureter"),
])
def test_the_dated_past_names_no_current_organ(parser: ReportParser, text: str, organ: str) -> None:
    assert organ not in labels_of(parser, text, "Organ_level")


@pytest.mark.parametrize(("text", "field", "value"), [
    # a date after a measured finding tells when it was seen before, not that it is gone
    ("Liver: 12 mm haemangioma (2019). Spleen normal.", "Diagnosis", "mass"),
    # a size after the dated diagnosis describes it now
    ("Known haemangioma (2019), now 14 mm, in segment 6 of the liver.", "Diagnosis", "mass"),
    # a bracket naming an organ with no operation done on it
    ("Follow-up of melanoma (L calf primary, 2024).\nL calf: a 9 mm hypoechoic subcutaneous nodule.", "Organ_level",
     "Soft tissues"),
    # a fistula dated by its creation is still the one scanned
    ("Access: L radiocephalic AVF (2023).\nAnastomosis: PSV 380 cm/s, no stenosis.", "Organ_level",
     "Dialysis fistula"),
])
def test_near_misses_stay_current(parser: ReportParser, text: str, field: str, value: str) -> None:
    assert value in labels_of(parser, text, field)
