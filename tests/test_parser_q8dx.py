"""Diagnosis classes on real-world-like text (wave q8dx: uncertain "mass" missed and "mass" extra on the development
corpora, ranked by count, the biggest general classes fixed).

Classes and what each test below pins:
  * "Growth" as the change in size of a known lesion, not a mass: after a word of degree or the link a plan or a grade
    follows ("slight growth", "mild growth (20->23 mm)", "with growth", "due to growth", "unless growth"), before a
    word of its time or amount ("growth since 2023", "growth <20%", "growth >20% volume", "growth by 3 mm"), and opening
    its clause before the amount it measures ("Small AAA 3.4 cm, growth 2 mm/yr", "Growth 0.5 cm in 6 months") or
    before "of" and what grew ("Impression: Growth of the right nodule") -> no mass (termset.OTHER_SENSE_BEFORE /
    OTHER_SENSE_AFTER, senses._change_in_size). Guards: "a polypoid growth", "exophytic growth 23 mm" (a word of its
    own phrase before it), "a growth of 2 cm" (a size after "of") and "Bladder: growth 23 mm" (a heading's colon)
    stay a mass.
  * "Neoplasia" (translated and Latin-style reports: "suspicious for neoplasia", "suspicious of urothelial
    neoplasia") names a mass as "neoplasm" does, and a hedge doubts it -> uncertain mass (ontology synonym; an
    interpretive noun, so a nature hedge before it still doubts it). Guards: "multiple endocrine neoplasia" (a
    syndrome), "cervical intraepithelial neoplasia" (a precursor) name no mass; "no evidence of neoplasia" denies it.
  * "Met" as the verb after its auxiliary or "not" ("threshold not met", "criteria were met") names no metastasis.
    Guard: "?new met", "liver met" stay the metastasis.

Each row is a passage written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest
from parser_reading import reading_of

from udt.parser import ReportParser

DX = "Diagnosis"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Liver: simple cyst 42 mm in segment 4, slight growth since the last scan. Spleen normal.", None),
        ("Thyroid: left lobe TR3 nodule with mild growth (18->22 mm), below the FNA threshold.", None),
        ("Breast: complicated cyst at 2 o'clock, upgraded to BI-RADS 4A due to growth.", None),
        ("Pancreas: 9 mm cyst in the head. Comment: growth since 2024 (7 -> 9 mm), MRCP advised.", None),
        ("Thyroid: R2 nodule 14 mm, TR3. Comment: R2 growth <20% in two dimensions, continue surveillance.", None),
        ("Left lobe: nodule N1 26 mm (2023: 20 mm). Growth >20% volume. FNA advised.", None),
        ("Abdominal aorta 3.6 cm infrarenal, growth 2 mm/yr, annual surveillance.", None),
        ("AAA max AP 4.9 cm (previously 4.5 cm). Growth 0.4 cm in 6 months. Vascular referral.", None),
        ("Thyroid: right nodule 21 mm, TR3.\nImpression: Growth of the right nodule by more than 20%.", None),
        ("Right breast: 6 mm simple cyst at 10 o'clock, BI-RADS 2. No follow-up needed unless growth.", None),
        # guards: "growth" as a thing found
        ("Bladder: a polypoid growth on the posterior wall, 14 mm, vascular.", "present"),
        ("Bladder: exophytic growth 23 mm arising from the right lateral wall.", "present"),
        ("There is a growth of 2 cm in the bladder dome.", "present"),
        ("Bladder: growth 23 mm on the trigone, vascularised.", "present"),
    ],
)
def test_growth_in_size_is_no_mass(parser: ReportParser, text: str, expected: str | None) -> None:
    assert reading_of(parser, text, DX, "mass") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Left testicle: hypoechoic solid image of 14 mm with increased flow. Suspicious of neoplasia.", "uncertain"),
        ("Bladder: polypoid image of 8 mm on the posterior wall, suspicious for urothelial neoplasia.", "uncertain"),
        ("Right kidney: solid exophytic formation of 31 mm, probable neoplasia; CT advised.", "uncertain"),
        ("Bladder: irregular wall thickening of 9 mm in keeping with neoplasia.", "present"),
        ("Liver: no sonographic evidence of neoplasia.", "absent"),
        # guards: a syndrome and a precursor, no mass
        ("History: multiple endocrine neoplasia type 1. Thyroid: both lobes normal, no nodule.", None),
        ("Known cervical intraepithelial neoplasia. Uterus 7 cm, endometrium 6 mm, ovaries normal.", None),
    ],
)
def test_neoplasia_names_a_mass(parser: ReportParser, text: str, expected: str | None) -> None:
    assert reading_of(parser, text, DX, "mass") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("AAA 5.2 cm. The 5.5 cm threshold is not met; rescan in 3 months. Kidneys normal.", None),
        ("Criteria for urgent referral were met. Liver normal, no focal lesion.", None),
        # guards: the abbreviated metastasis
        ("Liver: new 7 mm hypoechoic focus in S3, ?new met, MRI advised.", "uncertain"),
        ("Liver: known colorectal met in segment 6, 18 mm, stable.", "present"),
    ],
)
def test_met_as_a_verb_is_no_metastasis(parser: ReportParser, text: str, expected: str | None) -> None:
    assert reading_of(parser, text, DX, "mass") == expected
