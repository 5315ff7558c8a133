"""Template keys and the complaint mass (issue 11, the v1keys wave). Passages written for this file.

Template keys (udt.parser.template_keys, one module for the two forms of a key that runs on past its finding): a
line key ("Free fluid in the pouch of Douglas: not seen", the finding opening its line) and a site key ("...; cysts
in the left kidney: none", mid-line) give the value to the key's head; a lesion in the key's site phrase is where the
head was looked for. Guards: a value that describes, a key that names a second finding, a sentence that goes on.

The complaint mass (senses._complaint_mass): a mass the patient or the referrer felt is no lesion the scan shows,
whichever noun of termset.COMPLAINT_MASS_NOUNS names it ("palpable masses", not only "palpable mass"). Before, the
word gate of the sites component (``_other_sense_words``) held "mass" only, so the plural and the Spanish nouns never
reached the rule. Guards: masses the scan shows, after a complaint or beside it.
"""

from __future__ import annotations

import pytest
from parser_reading import reading_of

from udt.parser import ReportParser
from udt.parser import termset as ts

Row = tuple[str, str, str, str | None]  # (passage, field, value, expected reading)

TEMPLATE_KEYS: list[Row] = [
    # a line key: the finding opens its line, the key runs on to its colon
    ("Uterus anteverted, 78 mm.\nFree fluid in the rectouterine pouch: not seen.", "Diagnosis", "fluid collection",
     "absent"),
    ("ASCITES / ASCITE: none\nLiver: normal size.", "Diagnosis", "fluid collection", "absent"),
    # a site key, mid-line after another key's value
    ("Kidneys normal in size; cysts in the right kidney: none.", "Diagnosis", "cyst", "absent"),
    ("Right lobe 15 mm nodule, isoechoic; microcalcifications within the nodule: absent.", "Diagnosis", "nodule",
     "present"),
    # guards: a value that describes, a second finding joined to the key, a sentence that goes on past a comma
    ("Free fluid in the rectouterine pouch: small amount, 9 mm.", "Diagnosis", "fluid collection", "present"),
    ("Cyst in the right ovary and free fluid: none.", "Diagnosis", "cyst", "present"),
    ("Free fluid in the pelvis, 14 mm deep: no septations.", "Diagnosis", "fluid collection", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "expected"), TEMPLATE_KEYS)
def test_a_template_key_gives_its_value_to_its_head(parser: ReportParser, text: str, field: str, value: str,
                                                    expected: str | None) -> None:
    assert reading_of(parser, text, field, value) == expected


MassRow = tuple[str, list[str], set[str]]  # (passage, Diagnosis labels, statuses of the "mass" mentions)

COMPLAINT_MASSES: list[MassRow] = [
    # the complaint, in the plural: no mass
    ("Clinical details: palpable masses in both breasts for two months.", [], set()),
    ("Indication: pulsatile abdominal masses?\nAbdominal aorta 18 mm, normal calibre throughout.",
     ["normal appearance"], set()),
    ("Referred for palpable neck masses.\nBoth thyroid lobes normal. Reactive level II nodes bilaterally, 8 mm short "
     "axis.", ["normal appearance"], set()),
    # guards: masses the scan shows, after a complaint or without one
    ("Palpable lump left breast. Two irregular hypoechoic masses at 2 o'clock, 11 and 8 mm.", ["mass"], {"present"}),
    ("Multiple solid masses in the liver, the largest 3 cm.", ["mass"], {"present"}),
    ("Palpable, 3 cm. Two solid masses in the right breast.", ["mass"], {"present"}),
]


@pytest.mark.parametrize(("text", "diagnoses", "mass_statuses"), COMPLAINT_MASSES)
def test_a_complaint_mass_in_any_of_its_nouns_is_no_lesion(parser: ReportParser, text: str, diagnoses: list[str],
                                                         mass_statuses: set[str]) -> None:
    report = parser.parse(text)
    assert sorted(report.labels["Diagnosis"]) == sorted(diagnoses)
    assert {m.status for m in report.mentions if m.value == "mass"} == mass_statuses


def test_every_complaint_mass_noun_reaches_the_rule(parser: ReportParser) -> None:
    """The sites component tests a word against its other-sense gate before it calls the rules behind it: each noun
    the complaint-mass rule reads must pass that gate ("masa", "masas" too: the set, not a copy of it)."""
    sites = parser.nlp.get_pipe("udt_findings")
    strings = parser.nlp.vocab.strings
    assert {strings[w] for w in ts.COMPLAINT_MASS_NOUNS} <= sites._other_sense_words
