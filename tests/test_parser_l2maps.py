"""Labelled rows that name no lesion, named only later by their labels ("K1 left upper pole: 31 mm ... Impression:
K1 and K2 are simple cysts"): each row is one lesion of the citing sentence's kind, with its own size and side
(udt.parser.restated_labels, labelled_rows.py). Passages written for this file.

Rows: a passage and its lesion findings in report order: (organ, released diagnosis, side, largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]

CITED_LATER: list[Row] = [
    (
        "THYROID US\nRight lobe 52 x 19 x 18 mm. N1 R mid third: solid, isoechoic, 17 x 12 mm, TR3. N2 R lower "
        "pole: cystic, 8 mm, TR1.\nLeft lobe 49 x 17 x 16 mm. N3 L upper pole: solid, hypoechoic, 12 mm, TR4.\n"
        "Impression: the cystic nodule (N2) is unchanged at 8 mm. N1 17 mm TR3, N3 12 mm TR4 -> FNA of N3.",
        [("Thyroid gland", "nodule", "right", 17.0), ("Thyroid gland", "nodule", "right", 8.0),
         ("Thyroid gland", "nodule", "left", 12.0)],
    ),
    (
        "Quiz case 3. Image A: liver. M1 in segment 7, anechoic, thin walled, 3.4 cm; M2 in segment 2, 1.6 cm, "
        "same appearance.\nImage B: M3, segment 5: echogenic, 2.2 cm, no internal flow.\n"
        "Answer: M1 and M2 are simple cysts. M3 is a haemangioma.",
        [("Liver", "cyst", None, 34.0), ("Liver", "cyst", None, 16.0), ("Liver", "mass", None, 22.0)],
    ),
]

# A plural lesion word alone on its line with no colon, a title (at most a bracketed note after it), heads the rows
# under it (lesion_lists.py).
BARE_TITLES: list[Row] = [
    (
        "US THYROID\nR lobe 5.1 x 1.9 x 1.8 cm | L lobe 4.7 x 1.7 x 1.6 cm\nNODULES (EU-TIRADS)\n"
        "N1 | L lower | 1.8 x 1.1 cm | solid, hypoechoic | EU 4\nN2 | R upper | 0.7 cm | spongiform | EU 2\n"
        "IMPRESSION: FNA of N1.",
        [("Thyroid gland", "nodule", "left", 18.0), ("Thyroid gland", "nodule", "right", 7.0)],
    ),
]

GUARDS: list[Row] = [
    # a row cited with the list's lesion word negated is no member: the list is left to label_citations.py
    (
        "LIVER US\nH1 segment 3: 18 mm, anechoic.\nH2 segment 7: 9 mm, echogenic.\n"
        "Summary: H1 is a simple cyst. H2 is not a cyst.",
        [("Liver", "cyst", None, 18.0)],
    ),
    # a plural lesion word ending a prose line is no title: its sentence goes on
    (
        "The liver shows several cysts\nin segments 6 and 7, the largest 14 mm.",
        [("Liver", "cyst", None, 14.0)],
    ),
    # a row cited only as a hedged diagnosis: the list is left to the citations read on the finished report
    (
        "RENAL US\nRIGHT KIDNEY 10.9 cm.\nK1 upper pole: 31 mm, anechoic, thin wall, posterior enhancement.\n"
        "K2 mid pole: 12 mm, same.\nLEFT KIDNEY 11.2 cm.\nK3 lower pole: 15 mm, echogenic, no flow.\n"
        "Impression: K1 and K2 are simple cysts. K3 is probably an angiomyolipoma.",
        [("Kidney and ureter", "cyst", "right", 31.0), ("Kidney and ureter", "cyst", "right", 12.0),
         ("Kidney and ureter", None, "left", 15.0)],
    ),
]


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser()


@pytest.mark.parametrize(("text", "expected"), CITED_LATER + BARE_TITLES + GUARDS)
def test_rows_named_by_later_citation(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


def test_uncited_rows_stay_unnamed(parser: ReportParser) -> None:
    # nothing names the rows' lesion: no lesion is invented for them
    text = ("THYROID US\nRight lobe 52 x 19 x 18 mm. N1 R mid third: 17 x 12 mm. N2 R lower pole: 8 mm.\n"
            "Impression: stable appearances.")
    assert lesions_of(parser, text) == []
