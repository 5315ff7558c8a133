"""Where a diagnosis is named outside a finding statement, and the status it gets (issue 11, the v2title wave): one
table per class, passages written for this file in the corpora's styles (dictated impressions, worksheet lines,
clinic titles), never corpus lines, each with near misses where the rule must not fire. Rows read a value the way
the corpus scoring does (``reading_of``: labelled, else absent, else uncertain, else None)."""

from __future__ import annotations

import pytest
from parser_reading import reading_of

from udt.parser import ReportParser

Row = tuple[str, str, str, str | None]  # (passage, field, value, expected reading)

# A query mark glued to "borderline" ("?borderline tumour") queries the tumour. "Borderline" right before a tumour is
# its grade, not a doubt, and the grade rule used to take the empty cue the glued "?" leaves at that word for the word
# itself, so the tumour was asserted.
QUERIED_BORDERLINE: list[Row] = [
    ("Right ovary: 52 mm multilocular cyst with a solid papilla, vascular - ?borderline tumour.", "Diagnosis", "mass",
     "uncertain"),
    ("IMPRESSION: Complex left adnexal cyst, ? borderline tumor. MRI pelvis advised.", "Diagnosis", "mass",
     "uncertain"),
    ("L ovary 38 mm cyst, papillary projection 7 mm, ?borderline ovarian tumour, gynae onc referral.", "Diagnosis",
     "mass", "uncertain"),
    # near misses: the grade stated without a query is asserted; a hedge word still doubts it
    ("Histology of the right ovary: borderline serous tumour, completely excised.", "Diagnosis", "mass", "present"),
    ("Left ovary: 40 mm complex cyst, probably a borderline tumour.", "Diagnosis", "mass", "uncertain"),
]


@pytest.mark.parametrize(("text", "field", "value", "expected"), QUERIED_BORDERLINE)
def test_a_query_mark_before_borderline_doubts_the_tumour(parser: ReportParser, text: str, field: str, value: str,
                                                         expected: str | None) -> None:
    assert reading_of(parser, text, field, value) == expected


# A run of query marks ("?? cyst", "lesion ??? lipoma") is one emphatic "?": the last mark, before the word, is placed
# by what stands before the first. Before, the last mark counted as glued to the mark before it, so it looked back at
# nothing and the diagnosis after it was asserted.
QUERY_RUNS: list[Row] = [
    ("Adnexa: ?? cyst on the left, 22 mm, poorly seen.", "Diagnosis", "cyst", "uncertain"),
    ("Subcut lump L forearm, 15 mm, hypoechoic ?? lipoma.", "Diagnosis", "mass", "uncertain"),
    ("R kidney: 9 mm echogenic focus ??? angiomyolipoma - f/u 12 months.", "Diagnosis", "mass", "uncertain"),
    ("Liver S6: 11 mm hyperechoic lesion, ??haemangioma.", "Diagnosis", "mass", "uncertain"),
    # near misses: a run closing a sentence looks back; a run ending a lay question asks, hedging nothing now
    ("L kidney: 2 cm angiomyolipoma?? Follow up in a year.", "Diagnosis", "mass", "uncertain"),
    ("Breast US: 12 mm simple cyst at 2 o'clock. Benign.", "Diagnosis", "cyst", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "expected"), QUERY_RUNS)
def test_a_run_of_query_marks_is_one_query(parser: ReportParser, text: str, field: str, value: str,
                                           expected: str | None) -> None:
    assert reading_of(parser, text, field, value) == expected


# A malignancy named with the programme it is followed in ("LYMPHOMA FOLLOW-UP", "breast cancer staging") is why the
# scan was done, as "known colon cancer" is: the disease is not this scan's finding, nor the organ word before it an
# organ examined. Before, a title's or an indication's disease was asserted.
FOLLOWED_DISEASES: list[Row] = [
    ("LYMPHOMA FOLLOW-UP - US NECK AND ABDOMEN\nNeck: no enlarged nodes. Spleen 11.2 cm, homogeneous.", "Diagnosis",
     "mass", None),
    ("US neck - lymphoma restaging\nR level III node 9 mm short axis, fatty hilum preserved.", "Diagnosis", "mass",
     None),
    ("INDICATION left breast cancer staging\nFINDINGS three axillary nodes with thickened cortex, largest 19 mm.",
     "Diagnosis", "mass", None),
    ("INDICATION left breast cancer staging\nFINDINGS three axillary nodes with thickened cortex, largest 19 mm.",
     "Organ_level", "Breast", None),
    ("Melanoma follow up, L thigh scar.\nScar site: no collection. Inguinal nodes oval with fatty hila.", "Diagnosis",
     "mass", None),
    # near misses: a lesion's follow-up re-measures it; a follow-up advised after a tumour seen; "follow" alone
    ("Liver: 24 mm simple cyst in S7. Cyst follow-up in 12 months.", "Diagnosis", "cyst", "present"),
    ("Left kidney: 32 mm solid tumour at the upper pole; follow-up CT advised.", "Diagnosis", "mass", "present"),
    ("Left breast 2 o'clock: 14 mm irregular mass, carcinoma follows the duct toward the nipple.", "Diagnosis", "mass",
     "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "expected"), FOLLOWED_DISEASES)
def test_a_followed_disease_is_the_reason_for_the_scan(parser: ReportParser, text: str, field: str, value: str,
                                                       expected: str | None) -> None:
    assert reading_of(parser, text, field, value) == expected


# A recommendation whose purpose is to rule out the nature of a lesion described before it ("Recommend MRI to rule
# out renal cell carcinoma", "FNA recommended to rule out malignancy"): the nature is doubted, as "r/o RCC" or "MRI to
# rule out RCC" already was. Before, the recommendation word ("recommend", "suggest", "advised") made it merely
# hypothetical, so it was neither labelled nor doubted.
RECOMMENDED_EXCLUSIONS: list[Row] = [
    ("LEFT KIDNEY: 28 mm solid exophytic lesion at the lower pole. Recommend MRI to rule out renal cell carcinoma.",
     "Diagnosis", "mass", "uncertain"),
    ("Right ovary: 46 mm cyst with a vascular mural nodule. Suggest MRI pelvis to exclude malignancy.", "Diagnosis",
     "mass", "uncertain"),
    ("R testis: 9 mm hypoechoic intratesticular focus. Tumour markers and MRI recommended to rule out a neoplasm.",
     "Diagnosis", "mass", "uncertain"),
    ("Liver S4: 16 mm hypoechoic lesion with a halo. Further assessment with MRI is advised to exclude metastasis.",
     "Diagnosis", "mass", "uncertain"),
    # near misses: nothing seen before (a repeat to exclude what may develop; a request's purpose); a seen noun
    ("Duct ectasia only. Recommend repeat ultrasound in 6 weeks to exclude an underlying mass.", "Diagnosis", "mass",
     None),
    ("Indication: to rule out malignancy.\nLiver normal in size and echotexture.", "Diagnosis", "mass", None),
    ("Left breast: 8 mm simple cyst. Recommend review in 6 months to exclude a new cyst.", "Diagnosis", "cyst",
     "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "expected"), RECOMMENDED_EXCLUSIONS)
def test_a_recommendation_to_rule_out_a_lesions_nature_doubts_it(parser: ReportParser, text: str, field: str,
                                                                 value: str, expected: str | None) -> None:
    assert reading_of(parser, text, field, value) == expected


# A known cancer named as the patient's background: a one-word disease ("Known lymphoma.", "pt with known HCC"), the
# organ after "of" ("known adenocarcinoma of the lung"), the abbreviation "ca" ("known metastatic ovarian ca"), and a
# known cancer followed by the next sentence's number ("known sigmoid cancer. US 12/11: ..."), which is no size of it.
# Before, each was asserted as this scan's finding or organ. A known disease measured or placed in its own clause is
# still this scan's.
KNOWN_CANCERS: list[Row] = [
    ("Known lymphoma. Spleen 12.1 cm, homogeneous, no focal lesion.", "Diagnosis", "mass", None),
    ("Pt with known HCC, on the transplant list.\nLiver: coarse, nodular surface, no new focal lesion.", "Diagnosis",
     "mass", None),
    ("Patient 66 y, known adenocarcinoma of the lung.\nModerate right pleural effusion, 4 cm depth.", "Organ_level",
     "Pulmonary", None),
    ("Known metastatic ovarian ca. Abdomen distended. Large volume ascites.", "Organ_level", "Adnexa", None),
    ("67M, known rectal cancer. CT 03/10: indeterminate liver lesion.\nLiver: 9 mm cyst in S3.", "Organ_level",
     "Gastrointestinal tract", None),
    # near misses: measured in its clause (also a table row's cells); placed; a lesion word is no disease
    ("Liver: known mets, several, largest ~6 cm (was 4 cm).", "Diagnosis", "mass", "present"),
    ("R breast | 10 h | known carcinoma, irregular, hypoechoic | 24 x 17 mm", "Diagnosis", "mass", "present"),
    ("The known tumour in the left kidney now measures 41 mm.", "Diagnosis", "mass", "present"),
    ("Known cyst in the right ovary, unchanged.", "Diagnosis", "cyst", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "expected"), KNOWN_CANCERS)
def test_a_known_cancer_named_as_background_is_no_finding(parser: ReportParser, text: str, field: str, value: str,
                                                          expected: str | None) -> None:
    assert reading_of(parser, text, field, value) == expected


# A history heading of unpunctuated dictation, in capitals at a line's start with its content after a space
# ("INDICATION ?fibroids", "CLINICAL HISTORY known gallstones"), or "Hx" in any case: its line is the request, not
# labelled. Before, only a heading closed by a colon, a dash or the line's end opened a history section.
BARE_HISTORY_HEADINGS: list[Row] = [
    ("INDICATION menorrhagia, known fibroids\nFINDINGS uterus 8.1 cm, homogeneous myometrium, endometrium 6 mm",
     "Diagnosis", "mass", None),
    ("CLINICAL HISTORY ?renal cyst on CT\nRight kidney 10.4 cm. Left kidney 10.9 cm. Both normal.", "Diagnosis",
     "cyst", None),
    ("Hx thyroid nodules.\nThyroid: both lobes normal in size, homogeneous, no nodule.", "Diagnosis", "nodule",
     "absent"),
    # near misses: a capitalised word opening running text; a heading followed by a key's colon on its line; the
    # findings after the history line
    ("History of fibroids. Uterus 9 cm with a 3 cm intramural fibroid.", "Diagnosis", "mass", "present"),
    ("CLINICAL Liver: 2.1 cm simple cyst in segment 7.", "Diagnosis", "cyst", "present"),
    ("INDICATION pelvic pain\nFINDINGS 3.4 cm simple cyst in the right ovary.", "Diagnosis", "cyst", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "expected"), BARE_HISTORY_HEADINGS)
def test_a_history_heading_without_a_colon_opens_the_history(parser: ReportParser, text: str, field: str,
                                                             value: str, expected: str | None) -> None:
    assert reading_of(parser, text, field, value) == expected


# A date of birth is no age: written in the age field ("Age: 12/03/1961") its day is not an age of 12, which made an
# adult's report paediatric; and the age a header gives right after the date ("DOB 03/05/2019, 6 yrs") is the
# patient's, which was not read, so a child's report stayed adult.
BIRTH_DATES: list[Row] = [
    ("Age: 12/03/1961\nRight kidney 11.2 cm, normal cortex, no hydronephrosis.", "Organ_level", "Kidney and ureter",
     "present"),
    ("Name: K. L.   Age 07.11.1958   Ref: GP\nThyroid: 14 mm isoechoic nodule in the right lobe.", "Body_system_level",
     "Pediatrics", None),
    ("DOB 03/05/2019, 6 yrs.\nRight kidney 8.1 cm. Left kidney 8.4 cm. No hydronephrosis.", "Body_system_level",
     "Pediatrics", "present"),
    ("D.O.B.: 14.06.2018 (7 y)\nAppendix not seen. No free fluid in the RIF.", "Body_system_level", "Pediatrics",
     "present"),
    # near misses: an adult's age after the date; an age field in months as a fraction; a plain child's age field
    ("DOB 12/03/1961 (64 y)\nRight kidney 11 cm with a 2 cm simple cyst.", "Body_system_level", "Pediatrics", None),
    ("Age: 7/12\nRight kidney 5.1 cm, normal.", "Body_system_level", "Pediatrics", "present"),
    ("Age: 9\nRight kidney 7.5 cm, normal.", "Body_system_level", "Pediatrics", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "expected"), BIRTH_DATES)
def test_a_date_of_birth_is_no_age(parser: ReportParser, text: str, field: str, value: str,
                                   expected: str | None) -> None:
    assert reading_of(parser, text, field, value) == expected
