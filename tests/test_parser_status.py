"""Negation and uncertainty on real-world wording, one table per error class (issue 11).

Every sentence here was written for this file (none is a corpus line); each row states the status one value must
get. The classes are the ones found by listing every negation/uncertainty miss on the project's corpora: missing
cue kinds, a cue's direction, and its scope (too short or too long)."""

from __future__ import annotations

import pytest
from parser_reading import statuses_of

from udt.parser import ReportParser


def _check(parser: ReportParser, text: str, field: str, value: str, status: str) -> None:
    found = statuses_of(parser, text, field, value, hypothetical=False)
    assert found == {status}, f"{text!r}: {field}={value} is {found or 'not found'}, expected {status}"


DX, ECHO, IC, VASC, MARG = "Diagnosis", "Echogenicity", "InternalCharacteristics", "Vascularity", "Margins"

# 1. Doubt worded as a negated exclusion: longer than the negation "excluded" inside it.
NOT_EXCLUDED = [
    ("A small renal cell carcinoma could not be excluded.", DX, "mass", "uncertain"),
    ("An early abscess is not entirely excluded.", DX, "fluid collection", "uncertain"),
    ("A tiny haematoma could not be completely excluded.", DX, "fluid collection", "uncertain"),
    ("A small endometrioma can't be excluded on this study.", DX, "cyst", "uncertain"),
    ("A subcapsular haematoma cannot be entirely ruled out.", DX, "fluid collection", "uncertain"),
    ("Underlying fibroadenoma not completely excluded.", DX, "mass", "uncertain"),
    # What follows is where the doubt lies, not what is doubted.
    ("Malignancy cannot be entirely excluded in this hypoechoic nodule.", DX, "nodule", "present"),
]

# 2. Something seen before and gone now.
GONE_NOW = [
    ("The previously described cyst is no longer seen.", DX, "cyst", "absent"),
    ("The small effusion is no longer visible.", DX, "fluid collection", "absent"),
    ("Left ovarian cyst no longer identified.", DX, "cyst", "absent"),
    ("The perinephric collection has disappeared.", DX, "fluid collection", "absent"),
    ("Calcification is no longer demonstrated within the tendon.", IC, "calcifications", "absent"),
]

# 3. Hedging verbs and copulas that look forward ("appearances suggest", "is likely to represent").
HEDGING_VERBS = [
    ("Appearances suggest a haemangioma.", DX, "mass", "uncertain"),
    ("Findings suggest a small abscess in the right iliac fossa.", DX, "fluid collection", "uncertain"),
    ("This is likely to represent a lipoma.", DX, "mass", "uncertain"),
    ("The lesion is most likely a complex cyst.", DX, "cyst", "uncertain"),
    ("Features would suggest a fibroadenoma.", DX, "mass", "uncertain"),
    ("The lesion is probably a seroma.", DX, "fluid collection", "uncertain"),
]

# 4. The direction of "?": glued to the next word, or after a comma/colon/dash, it queries what follows.
QUERY_MARK = [
    ("Thickened appendix with echogenic fat. ?Small periappendiceal collection.", ECHO, "hyperechoic", "present"),
    ("Thickened appendix with echogenic fat. ?Small periappendiceal collection.", DX, "fluid collection",
     "uncertain"),
    ("? small collection adjacent to the gallbladder.", DX, "fluid collection", "uncertain"),
    ("Ill-defined hypoechoic area, ? mass.", DX, "mass", "uncertain"),
    ("Ill-defined hypoechoic area, ? mass.", ECHO, "hypoechoic", "present"),
    ("Round hypoechoic focus - ?fibroadenoma.", ECHO, "hypoechoic", "present"),
    ("Round hypoechoic focus - ?fibroadenoma.", DX, "mass", "uncertain"),
    ("Echogenic foci: ?punctate - equivocal.", IC, "calcifications", "uncertain"),
    ("Pelvic collection?", DX, "fluid collection", "uncertain"),
]

# 5. A poster's own question doubts nothing and asserts nothing ("is that normal?").
QUESTIONS = [
    "The report says the ovaries were not seen. Is that normal after menopause?",
    "They found a 2 cm cyst. So is that normal at my age?",
    "Does a hypoechoic nodule always mean cancer?",
    "Should I worry about a mass like this?",
    "Can a simple cyst turn into a solid mass?",
]

# 6. A hedge that ends its sentence after a comma looks back at the diagnosis.
TRAILING_HEDGE = [
    ("Simple cyst, likely.", DX, "cyst", "uncertain"),
    ("Hepatic haemangioma, probably.", DX, "mass", "uncertain"),
    ("Small subcapsular collection, possibly.", DX, "fluid collection", "uncertain"),
    ("A 9 mm hyperechoic lesion in segment 6, haemangioma, most likely.", DX, "mass", "uncertain"),
    ("Small parapelvic cyst, presumably.", DX, "cyst", "uncertain"),
    ("A 9 mm hyperechoic lesion in segment 6, haemangioma, most likely.", ECHO, "hyperechoic", "present"),
]

# 7. Two diagnoses offered as alternatives.
ALTERNATIVES = [
    ("Cyst or abscess in the left adnexa.", DX, "cyst", "uncertain"),
    ("Cyst or abscess in the left adnexa.", DX, "fluid collection", "uncertain"),
    ("Thick-walled structure: haematoma or an abscess.", DX, "fluid collection", "uncertain"),
    ("Complex ovarian cyst or a solid mass, MRI advised.", DX, "mass", "uncertain"),
    ("Either a lipoma or a haemangioma in the subcutis.", DX, "mass", "uncertain"),
    ("No cyst or abscess in the right adnexa.", DX, "cyst", "absent"),
    ("No cyst or abscess in the right adnexa.", DX, "fluid collection", "absent"),
]

# 8. A cue's forward scope ends at a comma that opens a new clause (a number, a determiner, "there").
CLAUSE_COMMA = [
    ("No hydrocele, 1.3 cm solid hypoechoic mass in the lower pole.", DX, "mass", "present"),
    ("No hydrocele, 1.3 cm solid hypoechoic mass in the lower pole.", DX, "fluid collection", "absent"),
    ("No free fluid, a 2 cm simple cyst in the left ovary.", DX, "cyst", "present"),
    ("Without internal vascularity, the nodule is hypoechoic.", ECHO, "hypoechoic", "present"),
    ("No calcification, there is a thin septation.", IC, "septations", "present"),
    ("No pleural effusion, ascites or pericardial effusion.", DX, "fluid collection", "absent"),
    ("Possible abscess, 3 cm, hypoechoic with debris.", ECHO, "hypoechoic", "present"),
]

# 9. A hedge ends once it reached its diagnosis and a comma follows; a list of diagnoses stays hedged.
HEDGE_CLOSES = [
    ("Probable haemangioma in the liver, 1.2 cm, hyperechoic.", ECHO, "hyperechoic", "present"),
    ("Probable haemangioma in the liver, 1.2 cm, hyperechoic.", DX, "mass", "uncertain"),
    ("Most likely a benign tumour, well defined and hypoechoic.", MARG, "well-defined", "present"),
    ("Probably a polyp, ovaries normal, no adnexal cyst.", DX, "normal appearance", "present"),
    ("Likely a fibroadenoma, oval and circumscribed, parallel to the skin.", "Shape", "oval", "present"),
    ("Possible cyst, abscess or haematoma.", DX, "fluid collection", "uncertain"),
    ("Possible cyst, abscess or haematoma.", DX, "cyst", "uncertain"),
]

# 10. A terminator word right after a cue is the cue's object, not its end.
CUE_THEN_TERMINATOR = [
    ("Node with possibly with mildly increased vascularity.", VASC, "increased vascularity", "uncertain"),
    ("Possibly with mildly increased vascularity.", VASC, "increased vascularity", "uncertain"),
    ("Lesion probably with internal septations.", IC, "septations", "uncertain"),
    ("No evidence of a mass with calcification.", DX, "mass", "absent"),
    ("Cyst likely with a thin septation.", IC, "septations", "uncertain"),
]

# 11. A stated absence ("no internal flow") reaches on to a list, not to a contrast in its own dimension.
ABSENCE_CONTRAST = [
    ("Collection with no internal flow and peripheral hyperaemia.", VASC, "increased vascularity", "present"),
    ("Node with no internal vascularity and peripheral hypervascularity.", VASC, "increased vascularity", "present"),
    ("Avascular centre and increased peripheral vascularity.", VASC, "increased vascularity", "present"),
    ("Mass with no internal vascularity or calcification.", IC, "calcifications", "absent"),
    ("No internal flow or septation.", IC, "septations", "absent"),
]

# 12. Pseudo-negations and terminators (kept right while the rules above changed).
PSEUDO_AND_TERMINATORS = [
    ("No change in the size of the left renal cyst.", DX, "cyst", "present"),
    ("No increase in size of the thyroid nodule.", DX, "nodule", "present"),
    ("Not only a cyst but also a solid mass is seen.", DX, "mass", "present"),
    ("No interval change in the hepatic haemangioma.", DX, "mass", "present"),
    ("No mass but a small simple cyst is seen.", DX, "cyst", "present"),
    ("No free fluid, however a 2 cm cyst is seen in the right ovary.", DX, "cyst", "present"),
    ("No cyst, although the ovary contains a 12 mm hypoechoic nodule.", DX, "nodule", "present"),
    ("No mass, which is reassuring; a small cyst is present.", DX, "cyst", "present"),
]

# 13. A negated or hedged compound diagnosis carries the attribute inside it along ("no solid mass").
COMPOUND_STATUS = [
    ("No solid mass in either breast.", IC, "solid components", "absent"),
    ("No calcific tendinopathy of the supraspinatus.", IC, "calcifications", "absent"),
    ("There is no solid lesion in the liver.", IC, "solid components", "absent"),
    ("Probable solid lesion in the spleen.", IC, "solid components", "uncertain"),
    ("No solid masses are seen in the pancreas.", IC, "solid components", "absent"),
]

# 14. Dictation shorthand for calcifications, in both statuses (ontology synonym "calcs").
SHORTHAND = [
    ("LEFT LOBE NODULE 1.8CM, HYPOECHOIC, SOLID.,NO CALCS.", IC, "calcifications", "absent"),
    ("Solid nodule with calcs in the right lobe.", IC, "calcifications", "present"),
    ("No calcs or cystic change.", IC, "calcifications", "absent"),
    ("Isthmus nodule, 6 mm, without calcs.", IC, "calcifications", "absent"),
    ("Hypoechoic mass, calcs present.", IC, "calcifications", "present"),
    ("Rt lobe 1.1x0.9cm hypo-echoic nodule, microcalcs+, ill-defined margin.", IC, "calcifications", "present"),
    ("Nodule 8 mm, no microcalcs.", IC, "calcifications", "absent"),
]

# 16. Carcinoma wording names a mass (the ontology's mass synonyms), so its hedge is kept.
CARCINOMA = [
    ("Hypoechoic pancreatic head lesion, probably an adenocarcinoma.", DX, "mass", "uncertain"),
    ("Findings suggest a carcinoma of the gallbladder.", DX, "mass", "uncertain"),
    ("Hilar lesion, possible cholangiocarcinoma.", DX, "mass", "uncertain"),
    ("No sonographic evidence of carcinoma.", DX, "mass", "absent"),
    ("Biopsy-proven adenocarcinoma of the rectum, 4 cm.", DX, "mass", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "status"), CARCINOMA)
def test_carcinoma_is_a_mass(parser: ReportParser, text: str, field: str, value: str, status: str) -> None:
    _check(parser, text, field, value, status)


@pytest.mark.parametrize(("text", "field", "value", "status"), SHORTHAND)
def test_shorthand(parser: ReportParser, text: str, field: str, value: str, status: str) -> None:
    _check(parser, text, field, value, status)


@pytest.mark.parametrize(("text", "field", "value", "status"), COMPOUND_STATUS)
def test_compound_carries_its_status(parser: ReportParser, text: str, field: str, value: str, status: str) -> None:
    _check(parser, text, field, value, status)


@pytest.mark.parametrize(("text", "field", "value", "status"), NOT_EXCLUDED)
def test_not_excluded_is_a_hedge(parser: ReportParser, text: str, field: str, value: str, status: str) -> None:
    _check(parser, text, field, value, status)


@pytest.mark.parametrize(("text", "field", "value", "status"), GONE_NOW)
def test_gone_now_is_absent(parser: ReportParser, text: str, field: str, value: str, status: str) -> None:
    _check(parser, text, field, value, status)


@pytest.mark.parametrize(("text", "field", "value", "status"), HEDGING_VERBS)
def test_hedging_verbs(parser: ReportParser, text: str, field: str, value: str, status: str) -> None:
    _check(parser, text, field, value, status)


@pytest.mark.parametrize(("text", "field", "value", "status"), QUERY_MARK)
def test_query_mark_direction(parser: ReportParser, text: str, field: str, value: str, status: str) -> None:
    _check(parser, text, field, value, status)


@pytest.mark.parametrize("text", QUESTIONS)
def test_a_question_asserts_and_doubts_nothing(parser: ReportParser, text: str) -> None:
    report = parser.parse(text)
    start = text.rfind(". ") + 2 if ". " in text else 0  # the question is the last sentence
    inside = [m for m in report.mentions if m.start >= start and m.value]
    assert inside, f"no mention in the question of {text!r}"
    assert all(m.hypothetical and m.status != "uncertain" for m in inside), [
        (m.text, m.status, m.hypothetical) for m in inside]
    before = {m.value for m in report.mentions if m.start < start and m.value}
    for m in inside:
        if m.value not in before:
            assert m.value not in report.labels[m.dimension], f"{m.text!r} asserted from a question"


@pytest.mark.parametrize(("text", "field", "value", "status"), TRAILING_HEDGE)
def test_trailing_hedge(parser: ReportParser, text: str, field: str, value: str, status: str) -> None:
    _check(parser, text, field, value, status)


@pytest.mark.parametrize(("text", "field", "value", "status"), ALTERNATIVES)
def test_alternatives(parser: ReportParser, text: str, field: str, value: str, status: str) -> None:
    _check(parser, text, field, value, status)


@pytest.mark.parametrize(("text", "field", "value", "status"), CLAUSE_COMMA)
def test_scope_ends_at_a_new_clause(parser: ReportParser, text: str, field: str, value: str, status: str) -> None:
    _check(parser, text, field, value, status)


@pytest.mark.parametrize(("text", "field", "value", "status"), HEDGE_CLOSES)
def test_hedge_closes_after_its_diagnosis(parser: ReportParser, text: str, field: str, value: str,
                                          status: str) -> None:
    _check(parser, text, field, value, status)


@pytest.mark.parametrize(("text", "field", "value", "status"), CUE_THEN_TERMINATOR)
def test_cue_then_terminator(parser: ReportParser, text: str, field: str, value: str, status: str) -> None:
    _check(parser, text, field, value, status)


@pytest.mark.parametrize(("text", "field", "value", "status"), ABSENCE_CONTRAST)
def test_absence_reaches_a_list_not_a_contrast(parser: ReportParser, text: str, field: str, value: str,
                                               status: str) -> None:
    _check(parser, text, field, value, status)


@pytest.mark.parametrize(("text", "field", "value", "status"), PSEUDO_AND_TERMINATORS)
def test_pseudo_negations_and_terminators(parser: ReportParser, text: str, field: str, value: str,
                                          status: str) -> None:
    _check(parser, text, field, value, status)


# 15. Texture words: "coarse" liver texture is no echogenicity value; heterogeneous beside a stated level is that
#     level; "inhomogeneous internal vascularity" is a vascularity value, not an echo pattern (ontology synonyms).
TEXTURE = [
    ("Coarse echotexture of the liver with a nodular surface.", ECHO, []),
    ("Coarse cirrhotic liver, no focal lesion.", ECHO, []),
    ("Right testis enlarged and heterogeneously hypoechoic.", ECHO, ["hypoechoic"]),
    ("Diffusely enlarged heterogeneous hypoechoic thyroid.", ECHO, ["hypoechoic"]),
    ("The gland is diffusely heterogeneous and hyperechoic.", ECHO, ["hyperechoic"]),
    # "heterogeneous" alone names no level (CORPUS_GUIDELINE; it rolled up to mixed echogenicity before).
    ("A 14 mm heterogeneous nodule.", ECHO, []),
    ("Solid mass with inhomogeneous internal vascularity.", VASC, ["indeterminate/inhomogeneous vascularity"]),
    ("Solid mass with inhomogeneous internal vascularity.", ECHO, []),
    # "effaced" is said of a hilum, sulci or a cervix, never of a lesion's shape.
    ("Round node with an effaced fatty hilum.", "Shape", ["round"]),
    ("Oval node, hilum effaced.", "Shape", ["oval"]),
    # A spongiform nodule names a TI-RADS composition, no released composition value.
    ("9 mm spongiform nodule in the right lobe.", IC, []),
    ("Composition: spongiform (0).", IC, []),
    # A "solid lesion" is a lesion with solid components, no diagnosis (the corpora never read it as a mass).
    ("A 9 mm hypoechoic solid lesion in the right testis.", IC, ["solid components"]),
    ("A 9 mm hypoechoic solid lesion in the right testis.", DX, []),
    # A "lump" is the complaint, not what the scan found.
    ("Scalp lump: a 2 cm oval lesion, likely an epidermoid cyst.", DX, []),
    ("Dorsal wrist lump. 9 mm anechoic cyst - ganglion.", DX, ["cyst"]),
    ("Breast lump at 2 o'clock: no sonographic abnormality.", DX, ["normal appearance"]),
    # Echogenic foci with comet-tail artefacts are colloid or cholesterol crystals, not calcifications.
    ("Gallbladder fundal thickening with tiny echogenic foci and comet-tail artifacts.", IC, []),
    ("Colloid cyst with echogenic foci with comet-tail artefacts.", IC, []),
    ("Hypoechoic nodule with punctate echogenic foci.", IC, ["calcifications"]),
]


@pytest.mark.parametrize(("text", "field", "values"), TEXTURE)
def test_texture_words(parser: ReportParser, text: str, field: str, values: list[str]) -> None:
    assert parser.parse(text).labels[field] == values


# 17. A case's presentation ("A 70-year-old smoker with a pulsatile epigastric mass. Ultrasound showed ...") is the
#     complaint, not a finding.
PRESENTATION = [
    ("Teaching case: a 70-year-old smoker with a pulsatile epigastric mass. Ultrasound showed a 5.8 cm AAA.",
     DX, "mass", False),
    ("A 45-year-old woman presented with a palpable breast mass. Ultrasound showed a 2 cm simple cyst.",
     DX, "mass", False),
    ("A 45-year-old woman presented with a palpable breast mass. Ultrasound showed a 2 cm simple cyst.",
     DX, "cyst", True),
    ("Sonogram in a 2-year-old with colicky pain shows a 3 cm target mass in the right abdomen.", DX, "mass", True),
    ("A 30-year-old with a lump: ultrasound showed a 1.5 cm oval solid mass.", DX, "mass", True),
    ("A 32-year-old woman with pelvic pain had a 4 cm simple cyst in the left ovary.", DX, "cyst", True),
]


@pytest.mark.parametrize(("text", "field", "value", "asserted"), PRESENTATION)
def test_presentation_is_history(parser: ReportParser, text: str, field: str, value: str, asserted: bool) -> None:
    assert (value in parser.parse(text).labels[field]) is asserted


# 18. Template margin lines put the contour word first ("Boundary: unclear", "boundary clear", "Margins:
#     regular", "Boundary: irregular"): the value is a margin, never a shape.
TEMPLATE_MARGINS = [
    ("Nodule 9 mm, Boundary: unclear, Shape: oval.", MARG, ["ill-defined/indistinct"]),
    ("Hypoechoic nodule about 1.1x0.7cm, boundary clear, regular shape.", MARG, ["well-defined"]),
    ("Echogenicity: hyperechoic. Margins: regular. Calcification: none.", MARG, ["well-defined"]),
    ("Boundary: irregular. Shape: oval.", MARG, ["ill-defined/indistinct"]),
    ("Boundary: irregular. Shape: oval.", "Shape", ["oval"]),
    ("Margin: smooth.", MARG, ["well-defined"]),
    # "No abnormal flow" states flow as expected (normal vascularity), and negates nothing after it.
    ("CDFI: no abnormal blood flow signal.", VASC, ["normal/regular vascularity"]),
    ("No abnormal vascularity in the nodule.", VASC, ["normal/regular vascularity"]),
    ("No abnormal vascularity in the nodule.", DX, ["nodule"]),
    ("No internal flow.", VASC, ["no vascularity"]),
    # "indeterminate" alone is said of a lesion; "indeterminate vascularity/flow" is the vascularity value.
    ("Indeterminate right level IV node; re-scan in 3 months.", VASC, []),
    ("Indeterminate solid mass, MRI recommended.", VASC, []),
    ("Solid nodule with indeterminate vascularity.", VASC, ["indeterminate/inhomogeneous vascularity"]),
    ("Vascularity: indeterminate.", VASC, ["indeterminate/inhomogeneous vascularity"]),
    ("AV fistula flow volume 450 ml/min, reduced.", VASC, ["reduced/diminished vascularity"]),
]


@pytest.mark.parametrize(("text", "field", "values"), TEMPLATE_MARGINS)
def test_template_margins(parser: ReportParser, text: str, field: str, values: list[str]) -> None:
    assert parser.parse(text).labels[field] == values


# 19. What a poster relays in quotes inside a question still counts ('is "fatty liver" bad??').
QUOTED_IN_QUESTION = [
    ('is "mildly increased echogenicity of the liver consistent with fatty liver" bad??', ECHO, "hyperechoic",
     True),
    ("is 'a 2 cm simple cyst in the right ovary' normal at my age?", DX, "cyst", True),
    ("is 'a 2 cm simple cyst in the right ovary' normal at my age?", DX, "normal appearance", False),
    ("Is a hypoechoic nodule always cancer?", ECHO, "hypoechoic", False),
    ('does "no free fluid, 8 mm hypoechoic nodule" mean it is serious?', DX, "nodule", True),
]


@pytest.mark.parametrize(("text", "field", "value", "asserted"), QUOTED_IN_QUESTION)
def test_quoted_report_inside_a_question(parser: ReportParser, text: str, field: str, value: str,
                                         asserted: bool) -> None:
    assert (value in parser.parse(text).labels[field]) is asserted


# 20. Translated-report and peri-organ fluid wording: "free liquid", "septas", "calcinates"; "perinephric fluid"
#     and its kin are collections (ontology synonyms).
TRANSLATED = [
    ("Free liquid in small pelvis is not found.", DX, "fluid collection", "absent"),
    ("No free liquid.", DX, "fluid collection", "absent"),
    ("Peripancreatic liquid is not excluded.", DX, "fluid collection", "uncertain"),
    ("Anechoic formation 45 mm with thin wall, without septas.", IC, "septations", "absent"),
    ("Isoechoic node 14 mm with halo. Calcinates are not found.", IC, "calcifications", "absent"),
    ("There was no perinephric fluid.", DX, "fluid collection", "absent"),
    ("Small amount of perihepatic fluid.", DX, "fluid collection", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "status"), TRANSLATED)
def test_translated_and_peri_organ_fluid(parser: ReportParser, text: str, field: str, value: str,
                                         status: str) -> None:
    _check(parser, text, field, value, status)


# 21. More hedge wording: "raising the possibility of", "the appearance suggested", "was the leading
#     consideration", "is the main alternative", "X cannot rule out" (translated order).
MORE_HEDGES = [
    ("A hypoechoic node with central liquefaction, raising the possibility of an early abscess.", DX,
     "fluid collection", "uncertain"),
    ("The appearance suggested a lipoma.", DX, "mass", "uncertain"),
    ("A liver abscess was the leading consideration.", DX, "fluid collection", "uncertain"),
    ("Adrenal haematoma is the main alternative.", DX, "fluid collection", "uncertain"),
    ("Hepatocellular carcinoma cannot rule out.", DX, "mass", "uncertain"),
]


@pytest.mark.parametrize(("text", "field", "value", "status"), MORE_HEDGES)
def test_more_hedges(parser: ReportParser, text: str, field: str, value: str, status: str) -> None:
    _check(parser, text, field, value, status)


# 22. Translated post-cues "is not determined", "are not revealed" deny what comes before them; the positive
#     "liquid is determined" still asserts.
NOT_DETERMINED = [
    ("Free liquid in the abdominal cavity is not determined.", DX, "fluid collection", "absent"),
    ("Free fluid in the pouch of Douglas was not determined.", DX, "fluid collection", "absent"),
    ("In the right kidney cysts are not revealed.", DX, "cyst", "absent"),
    ("Focal formations and calcinates are not registered.", IC, "calcifications", "absent"),
    ("Free liquid is determined in the small pelvis, about 20 ml.", DX, "fluid collection", "present"),
    ("A cyst of 12 mm is revealed in the left ovary.", DX, "cyst", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "status"), NOT_DETERMINED)
def test_not_determined_is_absent(parser: ReportParser, text: str, field: str, value: str, status: str) -> None:
    _check(parser, text, field, value, status)


# 23. A "?" after a full stop cannot end a sentence that has already ended: it queries what follows it.
QUERY_AFTER_STOP = [
    ("Epididymitis. ? small testicular abscess at the lower pole.", DX, "fluid collection", "uncertain"),
    ("Thickened gallbladder wall. ? polyp or cholesterol cyst.", DX, "cyst", "uncertain"),
    ("Enlarged node. ?lymphoma. A 9 mm cyst in the liver.", DX, "cyst", "present"),
    ("Is this a cyst? The report says a 9 mm nodule.", DX, "nodule", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "status"), QUERY_AFTER_STOP)
def test_query_after_a_full_stop(parser: ReportParser, text: str, field: str, value: str, status: str) -> None:
    _check(parser, text, field, value, status)


# 24. "Not" before a grade denies the grade, not the dimension: "blood flow is not increased" is absent increased
#     vascularity, never "no vascularity"; the same for echogenicity.
DENIED_GRADE = [
    ("Blood flow is not increased.", VASC, "increased vascularity", "absent"),
    ("Vascularity not increased in the left testis.", VASC, "increased vascularity", "absent"),
    ("Colour flow in the node is not reduced.", VASC, "reduced/diminished vascularity", "absent"),
    ("Parenchymal echogenicity is not increased.", ECHO, "hyperechoic", "absent"),
    ("Blood flow is increased in the nodule.", VASC, "increased vascularity", "present"),
    ("No flow within the thrombosed segment.", VASC, "no vascularity", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "status"), DENIED_GRADE)
def test_not_before_a_grade_denies_the_grade(parser: ReportParser, text: str, field: str, value: str,
                                             status: str) -> None:
    _check(parser, text, field, value, status)


def test_denied_grade_is_not_no_vascularity(parser: ReportParser) -> None:
    assert parser.parse("Blood flow is not increased.").labels["Vascularity"] == []


# 25. A lone grade word grades a dimension only where its sentence names it ("Flow volume 400 mL/min, reduced",
#     "reduced arterial flow"); "reduced in size", "reduced motion" and a reduced hernia grade nothing.
@pytest.mark.parametrize(
    ("text", "vascularity"),
    [
        ("Fistula flow volume 420 mL/min, reduced.", ["reduced/diminished vascularity"]),
        ("Doppler showed reduced arterial flow to the left ovary.", ["reduced/diminished vascularity"]),
        ("The left kidney is reduced in size, 8.9 cm.", []),
        ("Reduced excursion of the right hemidiaphragm.", []),
        ("The hernia was reduced with gentle pressure.", []),
    ],
)
def test_a_lone_grade_needs_its_dimension(parser: ReportParser, text: str, vascularity: list[str]) -> None:
    assert parser.parse(text).labels["Vascularity"] == vascularity


# 26. Hedge wording of differentials: "vs." (one token), "is a differential", "is less likely", translated
#     "suspicion on", "indeterminate between X and Y".
DIFFERENTIAL_WORDING = [
    ("Complex right adnexal lesion: endometrioma vs. haemorrhagic cyst.", DX, "cyst", "uncertain"),
    ("Heterogeneous lesion in the right flank, abscess vs. haematoma.", DX, "fluid collection", "uncertain"),
    ("Probable lipoma; a liposarcoma is a differential.", DX, "mass", "uncertain"),
    ("A fibroadenoma is less likely given the margins.", DX, "mass", "uncertain"),
    ("Suspicion on lipoma of the anterior abdominal wall.", DX, "mass", "uncertain"),
    ("A 9 mm testicular area, indeterminate between an infarct and a tumour.", DX, "mass", "uncertain"),
    # Near misses: a stated diagnosis stays asserted.
    ("Simple renal cyst, 2 cm. The differential for the flank pain is renal colic.", DX, "cyst", "present"),
    ("Fibroadenoma, biopsy proven, unchanged at 14 mm.", DX, "mass", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "status"), DIFFERENTIAL_WORDING)
def test_differential_wording(parser: ReportParser, text: str, field: str, value: str, status: str) -> None:
    _check(parser, text, field, value, status)


# 27. "Not present on the prior study" says a finding is new, not absent.
NEW_SINCE_PRIOR = [
    ("A 9 mm hypoechoic lesion in segment 3, not present on the prior study.", ECHO, "hypoechoic", "present"),
    ("New 12 mm solid nodule, not seen previously.", DX, "nodule", "present"),
    ("A 6 mm cyst in the left kidney not previously seen.", DX, "cyst", "present"),
    ("Renal cysts are not present on this study.", DX, "cyst", "absent"),
]


@pytest.mark.parametrize(("text", "field", "value", "status"), NEW_SINCE_PRIOR)
def test_new_since_prior_is_not_absent(parser: ReportParser, text: str, field: str, value: str, status: str) -> None:
    _check(parser, text, field, value, status)


# 28. A table's cell border ends a cue's scope: "none" in one column does not deny the next column's findings.
TABLE_CELLS = [
    ("| Plaque | none | small, calcified, shadowing |", IC, "calcifications", "present"),
    ("| Right | no flow | Left | increased flow |", VASC, "increased vascularity", "present"),
    ("| Calcification | none |", IC, "calcifications", "absent"),
    ("| Left ovary | no cyst or solid component |", IC, "solid components", "absent"),
]


@pytest.mark.parametrize(("text", "field", "value", "status"), TABLE_CELLS)
def test_a_table_cell_ends_a_cue(parser: ReportParser, text: str, field: str, value: str, status: str) -> None:
    _check(parser, text, field, value, status)


# 29. A recommendation's purpose ("repeat ... to exclude an underlying mass") supposes a finding: it is neither
#     denied nor doubted, and not labelled (guideline).
def test_a_recommended_exclusion_is_hypothetical(parser: ReportParser) -> None:
    texts = ("IMPRESSION: Duct ectasia. Recommend repeat ultrasound after resolution of symptoms to exclude an "
             "underlying mass.", "Normal pelvis. If pain persists, rescan in 6 weeks to exclude a developing cyst.")
    for text in texts:
        report = parser.parse(text)
        lesions = [m for m in report.mentions if m.dimension == DX and m.value in ("mass", "cyst")]
        assert lesions and all(m.hypothetical and m.status == "present" for m in lesions), text
        assert not {"mass", "cyst"} & set(report.labels[DX]), text


def test_exclusion_in_a_finding_keeps_its_status(parser: ReportParser) -> None:
    _check(parser, "No mass is seen in the left breast.", DX, "mass", "absent")
    _check(parser, "Hypoechoic area in the flank; an abscess cannot be excluded.", DX, "fluid collection", "uncertain")


# A template line whose whole value is "no" denies its key (the guideline's template "X: absent/none/Negative").
@pytest.mark.parametrize(
    ("text", "field", "value", "status"),
    [
        ("Free fluid: no\nAppendix: not seen", "Diagnosis", "fluid collection", "absent"),
        ("GALLBLADDER\nPericholecystic fluid: no.\nWall: 2 mm", "Diagnosis", "fluid collection", "absent"),
        ("Nodule 1: right lobe, 14 mm\nMicrocalcifications: no", "InternalCharacteristics", "calcifications",
         "absent"),
        ("Septations: not\nSolid areas: present", "InternalCharacteristics", "septations", "absent"),
        # Near misses: the value goes on, or says yes.
        ("Effusion: yes, small, 5 mm", "Diagnosis", "fluid collection", "present"),
        ("Calcification: no change since 2023, 4 mm focus", "InternalCharacteristics", "calcifications",
         "present"),
    ],
)
def test_template_value_no_denies_its_key(parser: ReportParser, text: str, field: str, value: str,
                                         status: str) -> None:
    report = parser.parse(text)
    statuses = {m.status for m in report.mentions if m.dimension == field and m.value == value}
    assert statuses == {status}


# "Neither nodule contains calcification": the negated quantifier denies the contents; the lesions are there.
@pytest.mark.parametrize(
    ("text", "field", "value", "status"),
    [
        ("Neither nodule contains calcification.", "InternalCharacteristics", "calcifications", "absent"),
        ("Neither nodule contains calcification.", "Diagnosis", "nodule", "present"),
        ("None of the cysts shows septations.", "InternalCharacteristics", "septations", "absent"),
        ("None of the cysts shows septations.", "Diagnosis", "cyst", "present"),
        ("Neither cyst has a solid component, but both are large.", "InternalCharacteristics", "solid components",
         "absent"),
        # Near misses: a plain negated lesion, and a verb with no quantifier.
        ("Neither nodule is seen on this study.", "Diagnosis", "nodule", "absent"),
        ("The nodule contains coarse calcification.", "InternalCharacteristics", "calcifications", "present"),
    ],
)
def test_neither_lesion_contains(parser: ReportParser, text: str, field: str, value: str, status: str) -> None:
    statuses = {m.status for m in parser.parse(text).mentions if m.dimension == field and m.value == value}
    assert statuses == {status}


# A template key whose value opens with a hedge is doubted itself ("Solid component: possible 3 mm excrescence").
@pytest.mark.parametrize(
    ("text", "field", "value", "status"),
    [
        ("Locules: multi\nSolid component: possible 4 mm papillary excrescence\nColour score: 1",
         "InternalCharacteristics", "solid components", "uncertain"),
        ("Calcs: probable microcalcifications\nBI-RADS 4B", "InternalCharacteristics", "calcifications",
         "uncertain"),
        # Near misses: a value stated plainly, and a dash in prose that is no template key.
        ("Septations: thin, multiple\nSolid component: none", "InternalCharacteristics", "septations", "present"),
        ("Oval anechoic cyst with posterior enhancement - likely a sebaceous cyst.", "PosteriorAcoustics",
         "enhancement", "present"),
    ],
)
def test_hedged_template_value_doubts_its_key(parser: ReportParser, text: str, field: str, value: str,
                                              status: str) -> None:
    statuses = {m.status for m in parser.parse(text).mentions if m.dimension == field and m.value == value}
    assert statuses == {status}


# A comma followed by a side word and a verb opens a clause about another organ: a negation before it stops there.
@pytest.mark.parametrize(
    ("text", "value", "status"),
    [
        ("No free fluid, no collection, left ovary has a 25 mm simple cyst.", "cyst", "present"),
        ("No hydronephrosis, right kidney contains a 12 mm cyst in the lower pole.", "cyst", "present"),
        ("No free fluid, left ovary is normal.", "normal appearance", "present"),
        # Near misses: a list of places or of findings stays inside the negation.
        ("No cyst in the right or left ovary.", "cyst", "absent"),
        ("No mass, cyst or collection.", "cyst", "absent"),
    ],
)
def test_comma_side_clause_ends_negation(parser: ReportParser, text: str, value: str, status: str) -> None:
    statuses = {m.status for m in parser.parse(text).mentions if m.dimension == "Diagnosis" and m.value == value}
    assert statuses == {status}
