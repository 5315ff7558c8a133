"""Per-lesion findings (stop 36, reports_multiorgan_findings_74): which size and which side goes to which finding.

Classes fixed, each with passages written for this file (organ, released diagnosis, side, largest size in mm of each
lesion finding, in report order) and guards that keep today's right answers:

- "ipsilateral" / "contralateral" before a node level or an adjective ("Ipsilateral level III node", "ipsilateral
  abnormal axillary nodes") sides the anatomy a few words on, and points from the lesion just described, not from
  the side named last (a normal other lobe or breast) (pointed_sides.py).
- A lesion named again in a later sentence with a size right after a word of today ("(b) Same patient, 6 months
  later: the cyst now measures 19 mm (previously 14 mm)") takes that size: today's, not the first one written
  (findings.py, with the builder's ``_today``).
- A one-side study's side stated in its title after the modality and a dash ("MSK US - Request: L heel pain") or in
  a dialysis study's "Access: left radiocephalic AVF" field sides the lesions its findings leave unsided
  (title_sides.py, side_fields.py with ``termset.SITE_FIELD_KEYS``).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]
_THY, _NODE, _AX, _BR, _KID = "Thyroid gland", "Lymph nodes", "Axilla", "Breast", "Kidney and ureter"

POINTED_SIDES: list[Row] = [
    ("Thyroid: the right lobe contains a 17 mm solid nodule with microcalcifications. The left lobe is normal. "
     "Ipsilateral level IV node, 9 mm short axis, with a cystic centre.",
     [(_THY, "nodule", "right", 17.0), (_NODE, None, "right", 9.0)]),
    ("Thyroid: a 15 mm nodule in the left lobe. Ipsilateral level III node of 10 mm.",
     [(_THY, "nodule", "left", 15.0), (_NODE, None, "left", 10.0)]),
    ("LEFT BREAST: an irregular 23 mm mass at 2 o'clock. RIGHT BREAST: normal. Ipsilateral abnormal axillary nodes, "
     "the largest 14 mm.",
     [(_BR, "mass", "left", 23.0), (_AX, None, "left", 14.0)]),
    ("Right breast: an 18 mm mass at 10 o'clock. Left breast normal. Contralateral axilla normal. Ipsilateral "
     "axilla: a 12 mm node with a thick cortex.",
     [(_BR, "mass", "right", 18.0), (_AX, None, "right", 12.0)]),
]

# Guards: the organ's own earlier side, and pointers that name no anatomy, keep today's reading.
POINTED_GUARDS: list[Row] = [
    ("Right kidney: a 3 cm cyst at the upper pole. The contralateral kidney has a 6 mm stone.",
     [(_KID, "cyst", "right", 30.0), (_KID, None, "left", 6.0)]),
    ("Right testis: a 12 mm hypoechoic mass. Left testis normal. An ipsilateral hydrocele.",
     [("Scrotum", "mass", "right", 12.0), ("Scrotum", "fluid collection", "right", None)]),
    ("Left axilla: a 15 mm node with a thick cortex. The contralateral axilla is normal.",
     [(_AX, None, "left", 15.0)]),
]


@pytest.mark.parametrize(("text", "expected"), POINTED_SIDES + POINTED_GUARDS)
def test_ipsilateral_points_from_the_lesion_just_described(parser: ReportParser, text: str,
                                                          expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


NOW_RESTATED: list[Row] = [
    ("Liver: a 22 mm echogenic haemangioma in segment 6. On today's follow-up the haemangioma now measures 25 mm.",
     [("Liver", "mass", None, 25.0)]),
    ("Left ovary: a simple cyst of 31 mm. Repeat scan at 8 weeks: the cyst is now 18 mm and anechoic.",
     [("Adnexa", "cyst", "left", 18.0)]),
    ("Figure 2. (a) A well-defined anechoic cyst in the right kidney, 14 mm. (b) Same patient, 6 months later: the "
     "cyst now measures 19 mm (previously 14 mm), and a second, 5 mm cyst has appeared on the same side.",
     [(_KID, "cyst", "right", 19.0), (_KID, "cyst", "right", 5.0)]),
]

# Guards: a new lesion's "now" is its own size; a later sentence without a size of today keeps the first size.
NOW_GUARDS: list[Row] = [
    ("Right kidney: a 14 mm cyst at the upper pole. A second cyst now measures 6 mm at the lower pole.",
     [(_KID, "cyst", "right", 14.0), (_KID, "cyst", "right", 6.0)]),
    ("Right kidney: a 14 mm cyst at the upper pole, previously 11 mm. The cyst is anechoic, 2 cm from the hilum.",
     [(_KID, "cyst", "right", 14.0)]),
    ("Right kidney: a 14 mm cyst at the upper pole. The cyst, previously 19 mm, now measures 14 mm.",
     [(_KID, "cyst", "right", 14.0)]),
]


@pytest.mark.parametrize(("text", "expected"), NOW_RESTATED + NOW_GUARDS)
def test_a_lesion_named_again_with_a_size_of_today_takes_that_size(parser: ReportParser, text: str,
                                                                   expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected


STUDY_SIDES: list[Row] = [
    ("MSK US - Request: L heel pain\nHINDFOOT\n- Plantar fascia: 5.8 mm thick at its insertion\n- Sinus tarsi: "
     "lobulated anechoic ganglion cyst, 12 x 7 mm\n- Contralateral heel: not scanned",
     [("Ankle", "cyst", "left", 12.0)]),
    ("AV FISTULA DUPLEX\nAccess: right brachiocephalic AVF (2022)\nOutflow vein: aneurysmal segment 16 mm, no "
     "thrombus.\nPerifistular haematoma at a needling site, 21 x 8 mm.",
     [("Dialysis fistula", None, "right", 16.0), ("Dialysis fistula", "fluid collection", "right", 21.0)]),
]

# Guards: a request naming a region of the abdomen, or an access field naming no side, sides nothing; a lesion the
# findings put on the other side keeps its own side.
STUDY_SIDE_GUARDS: list[Row] = [
    ("US ABDOMEN - Request: RLQ pain\nAppendix: 9 mm, non-compressible, with a 5 mm appendicolith.",
     [("Appendix", None, None, 5.0)]),
    ("AV FISTULA DUPLEX\nAccess: good flow through the fistula.\nPerifistular haematoma at a needling site, 21 x 8 mm.",
     [("Dialysis fistula", "fluid collection", None, 21.0)]),
    ("MSK US - Request: R knee swelling\n- Suprapatellar recess: effusion 8 mm deep\n- Left knee: Baker's cyst 32 x 11 "
     "mm",
     [("Knee", "fluid collection", "right", 8.0), ("Knee", "cyst", "left", 32.0)]),
]


@pytest.mark.parametrize(("text", "expected"), STUDY_SIDES + STUDY_SIDE_GUARDS)
def test_a_request_after_the_title_dash_or_an_access_field_sides_the_study(parser: ReportParser, text: str,
                                                                            expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected
