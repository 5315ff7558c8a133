"""Negation and uncertainty status (issue 11, the x3status wave). Passages written for this file.

Attributes held in a doubted compound diagnosis (values.DerivedValueRules._held_attributes, one helper for the
asserted and the doubted reading): a hedged or denied compound doubts or denies the attributes an asserted one
states. A named entity whose descriptor only names its own kind ("mature cystic teratoma", a dermoid cyst) states no
cystic components asserted, so it doubts none hedged. Guards: a descriptor on a generic lesion word ("possible solid
mass", "no solid mass", "?cystic area") still doubts or denies its content.

A diagnosis ranked first "in (the) first place" (termset._RANKED_FIRST), as translated reports weigh it: doubted, as
"is considered first" is. Guard: the phrase with a purpose after it ("considered in the first place for excision").

A degree read past a bare site phrase (degrees.DegreeRules._degree_past_bare_site): a negation or degree word right
before it is read ("echogenicity of periventricular tissue not increased": denied). Guards: the plain degree.
"""

from __future__ import annotations

import pytest
from parser_reading import reading_of

from udt.parser import ReportParser

Row = tuple[str, str, str, str | None]  # (passage, field, value, expected reading)

HELD_ATTRIBUTES: list[Row] = [
    # a named entity whose descriptor names its own kind: nothing doubted besides itself
    ("Right adnexa: 38 mm lesion with a shadowing echogenic nodule; probably a mature cystic teratoma.",
     "InternalCharacteristics", "cystic components", None),
    ("Right adnexa: 38 mm lesion with a shadowing echogenic nodule; probably a mature cystic teratoma.",
     "Diagnosis", "cyst", "uncertain"),
    ("Left ovary 41 mm complex lesion. Differential: mature cystic teratoma versus haemorrhagic cyst.",
     "InternalCharacteristics", "cystic components", None),
    # ... as the asserted name states none
    ("Right adnexa: 38 mm lesion, in keeping with a mature cystic teratoma.", "InternalCharacteristics",
     "cystic components", None),
    # guards: a descriptor on a generic lesion word still doubts or denies its content
    ("Left kidney: possible solid mass at the lower pole, 22 mm.", "InternalCharacteristics", "solid components",
     "uncertain"),
    ("Left kidney normal size. No solid mass.", "InternalCharacteristics", "solid components", "absent"),
    ("Level IV node 19 mm, rounded, ?cystic area at its centre.", "InternalCharacteristics", "cystic components",
     "uncertain"),
    ("Supraspinatus: possible calcific tendinopathy near the insertion.", "InternalCharacteristics",
     "calcifications", "uncertain"),
]


@pytest.mark.parametrize(("text", "field", "value", "expected"), HELD_ATTRIBUTES)
def test_a_doubted_compound_doubts_what_an_asserted_one_states(parser: ReportParser, text: str, field: str,
                                                               value: str, expected: str | None) -> None:
    assert reading_of(parser, text, field, value) == expected


RANKED_FIRST: list[Row] = [
    ("Scalp: subcutaneous oval cystic lesion 12 x 9 mm. A trichilemmal cyst is considered in the first place.",
     "Diagnosis", "cyst", "uncertain"),  # (the "cystic lesion" is the doubted cyst: doubted_cystic_lesions.py)
    ("Right parotid: well-defined hypoechoic lesion 18 mm. Pleomorphic adenoma is considered in first place.",
     "Diagnosis", "mass", "uncertain"),
    ("Thigh: hyperechoic subcutaneous lesion 25 mm; lipoma is considered in the first place, liposarcoma less "
     "likely.", "Diagnosis", "mass", "uncertain"),
    # guard: a purpose after the phrase ("for excision") makes it no opinion of the diagnosis
    ("Back: lipoma 40 mm. A lipoma is considered in the first place for excision.", "Diagnosis", "mass",
     "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "expected"), RANKED_FIRST)
def test_a_diagnosis_ranked_in_the_first_place_is_doubted(parser: ReportParser, text: str, field: str, value: str,
                                                          expected: str | None) -> None:
    assert reading_of(parser, text, field, value) == expected


DEGREES_PAST_A_SITE: list[Row] = [
    ("Neonatal head: ventricles symmetric. Echogenicity of periventricular tissue not increased.", "Echogenicity",
     "hyperechoic", "absent"),
    ("Liver 14 cm. Echogenicity of the parenchyma not increased.", "Echogenicity", "hyperechoic", "absent"),
    ("Right testis 40 mm. Blood flow in it not increased.", "Vascularity", "increased vascularity", "absent"),
    ("Left epididymis 12 mm. Flow in the head possibly increased.", "Vascularity", "increased vascularity",
     "uncertain"),
    # guards: the plain degree past the site
    ("Liver 16 cm. Echogenicity of the parenchyma increased.", "Echogenicity", "hyperechoic", "present"),
    ("Left epididymis 14 mm. Blood flow in it strengthened.", "Vascularity", "increased vascularity", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "expected"), DEGREES_PAST_A_SITE)
def test_a_degree_past_a_site_keeps_its_negation(parser: ReportParser, text: str, field: str, value: str,
                                                 expected: str | None) -> None:
    assert reading_of(parser, text, field, value) == expected
