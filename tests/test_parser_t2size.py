"""Per-lesion findings (issue 11, wave helper t2size): which size and which side go to which finding. Every passage
is hand-written, not a corpus line.

Classes fixed:

1. A summary restating a lesion the findings split by its sizes ("two lymph nodes, 18 mm and 11 mm ... Conclusion:
   pathological lymph nodes"): restated.py folded the summary into the first member only, so the first was named
   by the summary alone and the second by the plural word that names both; a plural summary's diagnosis reached
   the first member only. Now each member that fits the summary takes its evidence, and a plural summary's name;
   a singular one ("the segment 2 lesion is a simple cyst") names one member, the others take its evidence only.
2. Breast duct ectasia read as an aneurysm lesion (a related synonym, "ectasia"), which took breast lesions'
   pairing: now its own concept, a state of the ducts (no lesion, no diagnosis).
3. "ditto" after a list line's key and colon ("- 8 o'clock: ditto, 4 mm") read as the key's count: never one now.
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser


def _lesions(parser: ReportParser, text: str) -> list[tuple[str | None, str | None, list[float], str | None]]:
    return [(f.organ, f.laterality, f.size_mm, f.diagnosis) for f in parser.parse(text).findings if f.kind == "lesion"]


def _evidence(parser: ReportParser, text: str) -> list[list[str]]:
    """Per lesion finding, the words of its Diagnosis evidence."""
    report = parser.parse(text)
    return [
        [report.mentions[i].text for i in f.mentions if report.mentions[i].dimension == "Diagnosis"]
        for f in report.findings
        if f.kind == "lesion"
    ]


AXILLA = (
    "Right axilla: two lymph nodes with a thickened cortex, 18 mm and 11 mm, fatty hilum effaced.\n"
    "Conclusion: pathological lymph nodes of the right axilla."
)
SPLEEN = "Spleen: 13 cm, with two hypoechoic foci measuring 1.4 cm and 0.8 cm.\nConclusion: splenic abscess."


def test_plural_summary_is_evidence_of_every_member(parser: ReportParser) -> None:
    assert _lesions(parser, AXILLA) == [("Axilla", "right", [18.0], None), ("Axilla", "right", [11.0], None)]
    assert _evidence(parser, AXILLA) == [["pathological lymph nodes"], ["pathological lymph nodes"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A plural summary names each member of the list.
        (
            "Liver: normal size. Three hypoechoic lesions in the right lobe, 21 mm, 13 mm and 9 mm.\n"
            "Impression: liver metastases.",
            [("Liver", None, [21.0], "mass"), ("Liver", None, [13.0], "mass"), ("Liver", None, [9.0], "mass")],
        ),
        (
            "Left breast: two anechoic formations 0,6 cm and 0,3 cm.\nConclusion: cysts of the left breast.",
            [("Breast", "left", [6.0], "cyst"), ("Breast", "left", [3.0], "cyst")],
        ),
        # Guard: a singular summary names one member; the other keeps no diagnosis.
        (SPLEEN, [("Spleen", None, [14.0], "fluid collection"), ("Spleen", None, [8.0], None)]),
        # Guard: a summary on the other side restates no member of a right-sided list.
        (
            "Right kidney: two cortical cysts, 14 mm and 9 mm.\nLeft kidney: normal.\nConclusion: left renal cyst.",
            [
                ("Kidney and ureter", "right", [14.0], "cyst"),
                ("Kidney and ureter", "right", [9.0], "cyst"),
                ("Kidney and ureter", "left", [], "cyst"),
            ],
        ),
    ],
)
def test_summary_names_the_members(parser: ReportParser, text: str, expected: list[tuple[object, ...]]) -> None:
    assert _lesions(parser, text) == expected


def test_singular_summary_gives_the_other_member_its_evidence_only(parser: ReportParser) -> None:
    assert _evidence(parser, SPLEEN) == [["abscess"], ["abscess"]]


def test_lesions_without_a_summary_are_unchanged(parser: ReportParser) -> None:
    text = "Right axilla: two lymph nodes with a thickened cortex, 18 mm and 11 mm, fatty hilum effaced."
    assert _lesions(parser, text) == [("Axilla", "right", [18.0], None), ("Axilla", "right", [11.0], None)]
    assert _evidence(parser, text) == [[], []]


# 2. Duct ectasia of the breast (the guideline's non-finding) was read as an "aneurysm" (a related synonym,
#    "ectasia"), a lesion finding that took a breast lesion's pairing; it is now the ducts' state, no lesion.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Left breast: retroareolar duct ectasia, 3 mm. At 2 o'clock a simple cyst 8 mm.",
            [("Breast", "left", [8.0], "cyst")],
        ),
        ("Right breast: ectatic ducts behind the nipple, up to 4 mm. No solid mass.", []),
        # Guard: an artery's ectasia is still the aneurysm finding.
        ("Abdominal aorta: fusiform ectasia, 27 mm.", [("Retroperitoneum and great vessels", None, [27.0], None)]),
    ],
)
def test_duct_ectasia_is_no_lesion(parser: ReportParser, text: str, expected: list[tuple[object, ...]]) -> None:
    assert _lesions(parser, text) == expected


def test_duct_ectasia_is_a_state_of_the_breast(parser: ReportParser) -> None:
    report = parser.parse("Left breast: retroareolar duct ectasia, 3 mm.")
    assert [(f.kind, f.organ, f.concept) for f in report.findings] == [("structure", "Breast", "duct ectasia")]
    assert report.labels["Diagnosis"] == []


# 3. "ditto" after a list line's key and colon ("- 8 o'clock: ditto, 4 mm") was read as the key's count, as "one"
#    is ("Segments: one, 14 mm"), so the second lesion was lost; "ditto" is never a count.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Right breast:\n - 10 o'clock: 0.6 cm simple cyst\n - 8 o'clock: ditto 0.4 cm",
            [("Breast", "right", [6.0], "cyst"), ("Breast", "right", [4.0], "cyst")],
        ),
        (
            "Left breast:\n - 2 o'clock, 3 cm FN: 0.7 cm simple cyst\n - 4 o'clock, 1 cm FN: ditto, 0.5 cm",
            [("Breast", "left", [7.0], "cyst"), ("Breast", "left", [5.0], "cyst")],
        ),
        # Guard: "one" after a key's colon is still the key's count, no further lesion.
        (
            "Right breast: 0.6 cm simple cyst. Cysts: one, 6 mm.",
            [("Breast", "right", [6.0], "cyst"), ("Breast", "right", [6.0], "cyst")],
        ),
    ],
)
def test_ditto_after_a_colon_is_a_further_lesion(
    parser: ReportParser, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert _lesions(parser, text) == expected
