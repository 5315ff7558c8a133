"""Lesion-descriptor error classes (issue 11, descriptor corpus): Echogenicity, Shape, PosteriorAcoustics,
Vascularity and hedges. One table per class, hand-written sentences (never corpus lines): rows that must be read,
and near misses that must not trigger."""

from __future__ import annotations

import pytest
from parser_reading import labels_of, statuses_of

from udt.parser import ReportParser

ECHO, SHAPE, PA, VASC = "Echogenicity", "Shape", "PosteriorAcoustics", "Vascularity"




# A texture word is not an echo level: "heterogeneous" / "inhomogeneous" alone give no echogenicity value, while
# a stated level beside it, or "mixed echogenicity" itself, still does.
TEXTURE_IS_NOT_A_LEVEL = [
    ("The right parotid gland is swollen and heterogeneous.", ECHO, []),
    ("Inhomogeneous 3 cm lesion in the lower pole of the spleen.", ECHO, []),
    ("Myometrium heterogeneous, no discrete fibroid.", ECHO, []),
    ("Plaque at the carotid bulb: heterogeneous, 2 mm.", ECHO, []),
    # near misses: a level is stated
    ("A 2 cm lesion of mixed echogenicity in the left adnexa.", ECHO, ["mixed echogenicity"]),
    ("The gland is heterogeneous and predominantly hypoechoic.", ECHO, ["hypoechoic"]),
    ("Heterogeneously hyperechoic liver lesion of 14 mm.", ECHO, ["hyperechoic"]),
]


@pytest.mark.parametrize(("text", "field", "expected"), TEXTURE_IS_NOT_A_LEVEL)
def test_texture_is_not_an_echo_level(parser: ReportParser, text: str, field: str, expected: list[str]) -> None:
    assert labels_of(parser, text, field) == expected


# A single "echogenic focus" (a stone, a bleed, a foreign body) is an echo level; only the TI-RADS plural
# ("punctate echogenic foci") and "microcalcifications" name calcifications.
ECHOGENIC_FOCUS = [
    ("An 8 mm echogenic focus in the upper pole calyx with a clean shadow.", ECHO, ["hyperechoic"]),
    ("An 8 mm echogenic focus in the upper pole calyx with a clean shadow.", "InternalCharacteristics", []),
    ("Subependymal region: small echogenic focus on the left.", ECHO, ["hyperechoic"]),
    # near misses: the TI-RADS plural stays a calcification, not an echo level
    ("Hypoechoic nodule with punctate echogenic foci.", "InternalCharacteristics", ["calcifications"]),
    ("Thyroid nodule with punctate echogenic foci.", ECHO, []),
]


@pytest.mark.parametrize(("text", "field", "expected"), ECHOGENIC_FOCUS)
def test_a_single_echogenic_focus_is_an_echo_level(parser: ReportParser, text: str, field: str,
                                                    expected: list[str]) -> None:
    assert labels_of(parser, text, field) == expected


# How a structure lies or is deformed is not a lesion's shape: "crescentic" collections, "compressed" hila, lung or
# veins, "polypoid" projections and "lentiform" (lens-shaped, like "fusiform") collections give no Shape value;
# "flattened" still does.
DEFORMATION_IS_NOT_SHAPE = [
    ("A crescentic subcapsular haematoma along the lateral spleen.", SHAPE, []),
    ("Crescent-shaped fluid rim around the graft.", SHAPE, []),
    ("The fatty hilum of the node is compressed by a thickened cortex.", SHAPE, []),
    ("Adjacent lung is compressed by the effusion.", SHAPE, []),
    # "polypoid" says a lesion projects from a wall (a polyp, a bladder tumour), not that it is nodular
    ("A 9 mm polypoid echogenic lesion on the gallbladder wall.", SHAPE, []),
    ("Irregular polypoid mass on the bladder base.", SHAPE, ["irregular"]),
    # near misses
    ("A flattened 2 cm hypoechoic lesion in the subcutis.", SHAPE, ["flattened"]),
    ("A lentiform 15 mm collection deep to the fascia.", SHAPE, []),
]


@pytest.mark.parametrize(("text", "field", "expected"), DEFORMATION_IS_NOT_SHAPE)
def test_deformation_is_not_shape(parser: ReportParser, text: str, field: str, expected: list[str]) -> None:
    assert labels_of(parser, text, field) == expected


# Posterior features: translated "posterior amplification (of signal)" is enhancement; the attenuation of a whole
# organ (a fatty liver's beam attenuation) is no lesion's shadowing, while "posterior acoustic attenuation" is.
POSTERIOR_WORDING = [
    ("Anechoic formation 12 mm with posterior amplification of signal.", PA, ["enhancement"]),
    ("Round cyst, posterior amplification, avascular.", PA, ["enhancement"]),
    ("Cyst of the left kidney with distal amplification.", PA, ["enhancement"]),
    ("Diffusely bright liver with marked attenuation of the beam in the deep parts.", PA, []),
    ("Liver echogenicity increased, attenuation in deep segments.", PA, []),
    # near misses
    ("Hypoechoic mass with posterior acoustic attenuation.", PA, ["shadowing"]),
    ("Irregular mass with posterior acoustic shadowing.", PA, ["shadowing"]),
]


@pytest.mark.parametrize(("text", "field", "expected"), POSTERIOR_WORDING)
def test_posterior_feature_wording(parser: ReportParser, text: str, field: str, expected: list[str]) -> None:
    assert labels_of(parser, text, field) == expected


# Flow wording of a normal study: hepatopetal / phasic flow and "normally perfused" are normal vascularity
# (guideline), "perfusion" is a vascularity word an amount can rank; a "normal" that qualifies a Doppler
# measurement ("normal augmentation", "normal triphasic waveform") says nothing about the organ being normal.
NORMAL_FLOW_WORDING = [
    ("Main portal vein patent, hepatopetal flow at 22 cm/s.", VASC, ["normal/regular vascularity"]),
    ("Popliteal vein compressible with phasic flow.", VASC, ["normal/regular vascularity"]),
    ("Both testes are normally perfused on colour Doppler.", VASC, ["normal/regular vascularity"]),
    ("Normal cortical perfusion of the transplant kidney on power Doppler.", VASC, ["normal/regular vascularity"]),
    ("Graft kidney: no perfusion of the upper pole.", VASC, ["no vascularity"]),
    ("Flow direction in both vertebral arteries: antegrade.", VASC, ["normal/regular vascularity"]),
    ("Portal vein: patent, hepatopetal.", VASC, ["normal/regular vascularity"]),
    # near misses: flow that is not normal, and "normal" of a Doppler measure is no normal study
    ("Portal vein with hepatofugal flow.", VASC, []),
    ("Femoral vein compressible with normal augmentation. Incidental 2 cm Baker's cyst.", "Diagnosis", ["cyst"]),
    ("Hepatic veins with a normal triphasic waveform. 3 cm simple cyst in segment 6.", "Diagnosis", ["cyst"]),
]


@pytest.mark.parametrize(("text", "field", "expected"), NORMAL_FLOW_WORDING)
def test_normal_flow_wording(parser: ReportParser, text: str, field: str, expected: list[str]) -> None:
    assert labels_of(parser, text, field) == expected


# A negated list ends at an item that states its own degree or absence: "no halo, minimal peripheral flow" keeps
# the flow (reduced), "no septa, increased through transmission" keeps the enhancement, "without growths,
# avascular" is no vascularity present. A plain item after the comma stays negated.
OWN_DEGREE_ENDS_A_NEGATED_LIST = [
    ("Solid nodule, no halo, minimal internal flow, no calcification.", VASC, "reduced/diminished vascularity",
     "present"),
    ("Cyst with no septa, no debris, increased through transmission.", PA, "enhancement", "present"),
    ("Thin-walled cyst without wall nodules, avascular on colour Doppler.", VASC, "no vascularity", "present"),
    ("Node without a fatty hilum, markedly increased vascularity.", VASC, "increased vascularity", "present"),
    ("Mild plaque at both bulbs, no significant stenosis, antegrade vertebral flow.", VASC,
     "normal/regular vascularity", "present"),
    # near misses: an item without its own degree stays in the negated list
    ("Cyst with no septa, calcification or enhancement.", PA, "enhancement", "absent"),
    ("No solid component, internal flow or calcification.", "InternalCharacteristics", "calcifications", "absent"),
]


@pytest.mark.parametrize(("text", "field", "value", "status"), OWN_DEGREE_ENDS_A_NEGATED_LIST)
def test_own_degree_ends_a_negated_list(parser: ReportParser, text: str, field: str, value: str,
                                        status: str) -> None:
    assert statuses_of(parser, text, field, value) == {status}


# "<flow> is not <degree>" denies the degree, not the flow ("blood flow is not increased" -> increased vascularity
# absent, never "no vascularity"); translated "blood flow not registered" is no vascularity.
DENIED_DEGREE = [
    ("Thyroid of normal size; blood flow is not increased.", VASC, "increased vascularity", "absent"),
    ("Gallbladder wall flow: not increased.", VASC, "increased vascularity", "absent"),
    ("Epididymis: vascularity is not increased.", VASC, "increased vascularity", "absent"),
    ("Plantar fascia 6 mm, hypoechoic, blood flow not increased.", VASC, "increased vascularity", "absent"),
    ("Oval formation 9 mm, blood flow not registered.", VASC, "no vascularity", "present"),
    # near misses: a flow that is itself not seen stays absent flow
    ("Inside the lesion blood flow is not seen.", VASC, "no vascularity", "present"),
    ("Vascularity is increased in the right epididymis.", VASC, "increased vascularity", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "status"), DENIED_DEGREE)
def test_a_denied_degree_is_not_absent_flow(parser: ReportParser, text: str, field: str, value: str,
                                            status: str) -> None:
    assert statuses_of(parser, text, field, value) == {status}
    if status == "absent":
        assert parser.parse(text).labels[VASC] == []


# A degree stated after the dimension word, at the end of its clause, is that degree: "flow normal", "blood flow
# phasic", "echogenicity is moderately increased", "Vascularity: hilar, normal"; a hedge word between doubts it.
TRAILING_DEGREE = [
    ("Left testis: 38 mm, echotexture homogeneous, flow normal.", VASC, "normal/regular vascularity", "present"),
    ("Deep veins compressible, blood flow phasic, augments on squeeze.", VASC, "normal/regular vascularity",
     "present"),
    ("Main portal vein 12 mm, blood flow hepatopetal.", VASC, "normal/regular vascularity", "present"),
    ("Renal cortex echogenicity is moderately increased, size normal.", ECHO, "hyperechoic", "present"),
    ("Vascularity: hilar, normal.", VASC, "normal/regular vascularity", "present"),
    ("No microcalcification, vascularity perhaps slightly increased.", VASC, "increased vascularity", "uncertain"),
    ("Reactive-looking node; blood flow possibly mildly increased.", VASC, "increased vascularity", "uncertain"),
    ("Calcification: absent, CDFI: blood flow signal rich.", VASC, "increased vascularity", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "status"), TRAILING_DEGREE)
def test_a_trailing_degree_is_read(parser: ReportParser, text: str, field: str, value: str, status: str) -> None:
    assert statuses_of(parser, text, field, value) == {status}


# near misses: the degree word must end the clause and name a value of the same dimension
TRAILING_DEGREE_NEAR_MISSES = [
    ("Portal vein flow velocity 18 cm/s, spleen 11 cm.", VASC, []),
    ("Echogenicity: normal.", ECHO, []),
    ("No microcalcification, vascularity perhaps slightly increased.", VASC, []),
]


@pytest.mark.parametrize(("text", "field", "expected"), TRAILING_DEGREE_NEAR_MISSES)
def test_trailing_degree_near_misses(parser: ReportParser, text: str, field: str, expected: list[str]) -> None:
    assert labels_of(parser, text, field) == expected


# A nodal flow pattern states no amount ("hilar vascularity" alone gives nothing, guideline); an amount word
# beside it does ("increased hilar vascularity" is increased, "normal hilar flow" normal).
HILAR_PATTERN = [
    ("Level II node with a preserved fatty hilum and hilar vascularity.", VASC, []),
    ("Cluster of mesenteric nodes with increased hilar vascularity.", VASC, ["increased vascularity"]),
    ("Oval node, normal hilar flow, cortex 2 mm.", VASC, ["normal/regular vascularity"]),
]


@pytest.mark.parametrize(("text", "field", "expected"), HILAR_PATTERN)
def test_a_flow_pattern_states_no_amount(parser: ReportParser, text: str, field: str, expected: list[str]) -> None:
    assert labels_of(parser, text, field) == expected


# A shape word that describes an outline, a surface or a pattern is no lesion shape: after one modifier ("lobulated
# outer contour" is a margin), or without a margin meaning at all ("nodular surface", "edge rounded", "peripheral
# nodular pattern", "nodular echotexture" give nothing).
OUTLINE_IS_NOT_SHAPE = [
    ("Axillary node with eccentric cortex and a lobulated outer contour.", SHAPE, []),
    ("Shrunken liver with a nodular surface and coarse echotexture.", SHAPE, []),
    ("Liver enlarged, edge rounded, echogenicity increased.", SHAPE, []),
    ("Liver lesion with a peripheral nodular pattern of enhancement.", SHAPE, []),
    # a wall after a modifier is an outline too ("irregular thick walls", "irregular thickened wall": guideline,
    # irregular outline -> NOT Shape)
    ("Collection in segment 7 with irregular thick walls and debris.", SHAPE, []),
    # near misses: a lesion's shape
    ("A 12 mm round hypoechoic nodule with a smooth contour.", SHAPE, ["round"]),
    ("Lobulated 3 cm mass in the left breast.", SHAPE, ["lobulated"]),
]


@pytest.mark.parametrize(("text", "field", "expected"), OUTLINE_IS_NOT_SHAPE)
def test_an_outline_word_is_not_shape(parser: ReportParser, text: str, field: str, expected: list[str]) -> None:
    assert labels_of(parser, text, field) == expected


def test_a_contour_after_a_modifier_files_the_word_under_margins(parser: ReportParser) -> None:
    # Whether a node's margin is labelled is the margin rules' call; the word itself is read as a margin.
    text = "Two enlarged axillary nodes, largest 19 mm, with a lobulated outer contour."
    assert statuses_of(parser, text, "Margins", "ill-defined/indistinct") == {"present"}
    assert statuses_of(parser, text, SHAPE, "lobulated") == set()


# Hedge wording: a teaching case weighs its diagnosis after naming it ("was thought probable", "was considered
# likely", "the most likely diagnosis", "was also considered"), translated "suspicious on"; a suspicion that was
# confirmed is asserted.
HEDGE_WORDING = [
    ("A lipoma was thought probable given the fatty echoes.", "Diagnosis", "mass", "uncertain"),
    ("A fibroadenoma was considered likely; biopsy was offered.", "Diagnosis", "mass", "uncertain"),
    ("An endometrioma was the most likely diagnosis.", "Diagnosis", "cyst", "uncertain"),
    ("A haematoma was favoured, though a Baker's cyst was also considered.", "Diagnosis", "cyst", "uncertain"),
    ("The formation is suspicious on malignant neoplasm.", "Diagnosis", "mass", "uncertain"),
    ("Calcifications inside the formation are probable.", "InternalCharacteristics", "calcifications",
     "uncertain"),
    # near misses: asserted
    ("A liver abscess was suspected and confirmed by aspiration.", "Diagnosis", "fluid collection", "present"),
    ("A 2 cm fibroadenoma, confirmed on core biopsy.", "Diagnosis", "mass", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "status"), HEDGE_WORDING)
def test_hedge_wording(parser: ReportParser, text: str, field: str, value: str, status: str) -> None:
    assert statuses_of(parser, text, field, value) == {status}


# A legend or heading hedge ends at its colon: "Probable endometrioma: a 3 cm cyst with ground-glass echoes" doubts
# the diagnosis, not the description after the colon (also when the hedged word is unknown: "?adenoma: ...").
HEDGE_ENDS_AT_COLON = [
    ("Figure 2. Probable complicated cyst: a round lesion with internal echoes.", SHAPE, "round", "present"),
    ("Fig. 3 Thyroid nodule, ?oncocytoma: hyperechoic with a thin halo.", ECHO, "hyperechoic", "present"),
    ("Suspected abscess: a hypoechoic collection with peripheral hyperaemia.", VASC, "increased vascularity",
     "present"),
    ("Suspected abscess: a hypoechoic collection with peripheral hyperaemia.", "Diagnosis", "fluid collection",
     "present"),
    # near misses: the hedge still reaches what it doubts
    ("Suspected abscess: a hypoechoic collection with peripheral hyperaemia.", "Diagnosis", "fluid collection",
     "uncertain"),
    ("Impression: probable haemangioma in segment 6.", "Diagnosis", "mass", "uncertain"),
]


@pytest.mark.parametrize(("text", "field", "value", "status"), HEDGE_ENDS_AT_COLON)
def test_a_hedge_ends_at_its_colon(parser: ReportParser, text: str, field: str, value: str, status: str) -> None:
    assert status in statuses_of(parser, text, field, value)


# A hedge opening its sentence, set off by a comma, doubts the sentence ("Probably, it is a functional cyst.");
# a template key whose value opens with a hedge is doubted ("Calc: possible microcalcification").
SENTENCE_AND_TEMPLATE_HEDGES = [
    ("Probably, it is a functional cyst of the right ovary.", "Diagnosis", "cyst", "uncertain"),
    ("Possibly, this represents a small endometrioma.", "Diagnosis", "cyst", "uncertain"),
    ("Calcification: possible punctate foci at the periphery", "InternalCharacteristics", "calcifications",
     "uncertain"),
    ("Solid component: probable 4 mm papillary projection", "InternalCharacteristics", "solid components",
     "uncertain"),
    # near misses: a hedge inside a clause, and a key whose value is asserted
    ("The cyst, probably functional, measures 3 cm.", "Diagnosis", "cyst", "present"),
    ("Calcification: punctate foci at the periphery", "InternalCharacteristics", "calcifications", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "status"), SENTENCE_AND_TEMPLATE_HEDGES)
def test_sentence_and_template_hedges(parser: ReportParser, text: str, field: str, value: str,
                                      status: str) -> None:
    assert statuses_of(parser, text, field, value) == {status}


# A bare grade word is a vascularity value only in a sentence about flow: "the intussusception was reduced with an
# air enema", "liver reduced in size", "reduced motion of the vocal cord" give none.
BARE_GRADE_NEEDS_FLOW = [
    ("The intussusception was reduced with a saline enema.", VASC, []),
    ("Liver reduced in size with a nodular outline.", VASC, []),
    ("Reduced motion of the right hemidiaphragm.", VASC, []),
    # near misses: a sentence about flow
    ("Fistula flow volume 380 ml/min, reduced.", VASC, ["reduced/diminished vascularity"]),
    ("Colour Doppler: reduced.", VASC, ["reduced/diminished vascularity"]),
]


@pytest.mark.parametrize(("text", "field", "expected"), BARE_GRADE_NEEDS_FLOW)
def test_a_bare_grade_needs_flow(parser: ReportParser, text: str, field: str, expected: list[str]) -> None:
    assert labels_of(parser, text, field) == expected


# The echo word of a lesion's rim or halo is stated even when a margin term swallows it ("hypoechoic halo",
# "echo-poor rim"); echo words inside internal terms keep to those terms ("punctate echogenic foci").
ECHO_OF_A_RIM = [
    ("Isoechoic 14 mm nodule with a thin hypoechoic halo.", ECHO, ["hypoechoic", "isoechoic"]),
    ("Hyperechoic liver lesion with a hypoechoic rim, ?metastasis.", ECHO, ["hyperechoic", "hypoechoic"]),
    # near misses
    ("Hypoechoic nodule with punctate echogenic foci.", ECHO, ["hypoechoic"]),
    ("Isoechoic nodule with a halo.", ECHO, ["isoechoic"]),
]


@pytest.mark.parametrize(("text", "field", "expected"), ECHO_OF_A_RIM)
def test_the_echo_word_of_a_rim_is_stated(parser: ReportParser, text: str, field: str, expected: list[str]) -> None:
    assert labels_of(parser, text, field) == expected


# A degree before the dimension word still grades it when a compound term swallowed the word ("increased
# periventricular echogenicity") or "in" stands between ("mildly increased in echogenicity").
DEGREE_BEFORE_A_SWALLOWED_DIMENSION = [
    ("Preterm infant: increased periventricular echogenicity on both sides.", ECHO, ["hyperechoic"]),
    ("The liver is diffusely increased in echogenicity, in keeping with steatosis.", ECHO, ["hyperechoic"]),
    # near misses
    ("Periventricular echogenicity within normal limits for age.", ECHO, []),
    ("The nodule is similar in size to the prior study.", ECHO, []),
]


@pytest.mark.parametrize(("text", "field", "expected"), DEGREE_BEFORE_A_SWALLOWED_DIMENSION)
def test_a_degree_before_a_swallowed_dimension(parser: ReportParser, text: str, field: str,
                                               expected: list[str]) -> None:
    assert labels_of(parser, text, field) == expected


def test_an_amount_word_before_modifiers_is_one_mention(parser: ReportParser) -> None:
    # "antegrade vertebral flow": the amount word matched alone is taken over by the ranked phrase, not kept as a
    # second mention (which a negated list before it would then mark absent).
    mentions = [m for m in parser.parse("No stenosis, antegrade vertebral flow.").mentions if m.dimension == VASC]
    assert [(m.text, m.status) for m in mentions] == [("antegrade vertebral flow", "present")]


# "and a/an" starts another finding: a negation or hedge before it does not reach past it ("absent flow and an
# echogenic thrombus", "a probable septation and a 2 mm calcific focus"), except in "between X and a Y", a pair of
# alternatives that "indeterminate between" doubts both of.
AND_A_STARTS_ANOTHER_FINDING = [
    ("Absent flow in the vein and an echogenic thrombus in its lumen.", ECHO, "hyperechoic", "present"),
    ("Cyst with a possible thin septum and a 3 mm calcific focus in its wall.", "InternalCharacteristics",
     "calcifications", "present"),
    ("Indeterminate between a haematoma and a tumour.", "Diagnosis", "mass", "uncertain"),
    # near misses: a plain list after the cue stays in its scope
    ("No septation or calcification.", "InternalCharacteristics", "calcifications", "absent"),
    ("Possible septation and calcification.", "InternalCharacteristics", "calcifications", "uncertain"),
]


@pytest.mark.parametrize(("text", "field", "value", "status"), AND_A_STARTS_ANOTHER_FINDING)
def test_and_a_starts_another_finding(parser: ReportParser, text: str, field: str, value: str, status: str) -> None:
    assert statuses_of(parser, text, field, value) == {status}


# A template value "no" denies its key, as "absent" does ("Shadowing: no", "Calcification: no").
TEMPLATE_NO = [
    ("Shadowing: no", PA, "shadowing", "absent"),
    ("Enhancement: no\nVascularity: increased", PA, "enhancement", "absent"),
    ("Calcification: no.", "InternalCharacteristics", "calcifications", "absent"),
    # near misses: "no" opening a value that goes on, and "yes"
    ("Comment: no shadowing behind the lesion; mild enhancement.", PA, "enhancement", "present"),
    ("Shadowing: yes", PA, "shadowing", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "status"), TEMPLATE_NO)
def test_a_template_no_denies_its_key(parser: ReportParser, text: str, field: str, value: str, status: str) -> None:
    assert statuses_of(parser, text, field, value) == {status}


# "iso- to slightly hyperechoic": the prefix names its value past an adverb of the second one.
ECHO_RANGE_WITH_ADVERB = [
    ("Nodule iso- to slightly hyperechoic to the thyroid.", ECHO, ["hyperechoic", "isoechoic"]),
    ("Lesion hypo- to mildly hyperechoic relative to the liver.", ECHO, ["hyperechoic", "hypoechoic"]),
    # near miss: an adverb with no prefix before it
    ("Nodule slightly hyperechoic to the thyroid.", ECHO, ["hyperechoic"]),
]


@pytest.mark.parametrize(("text", "field", "expected"), ECHO_RANGE_WITH_ADVERB)
def test_an_echo_range_with_an_adverb(parser: ReportParser, text: str, field: str, expected: list[str]) -> None:
    assert labels_of(parser, text, field) == expected


# A finding "not present on the prior study" is new, and present now.
NEW_SINCE_THE_PRIOR = [
    ("There is a 9 mm hypoechoic lesion in segment 3 not present on the prior study.", ECHO, "hypoechoic",
     "present"),
    ("A 6 mm echogenic focus, not seen previously, in the lower pole.", ECHO, "hyperechoic", "present"),
    # near miss: absent now
    ("The previously described hypoechoic lesion is not present.", ECHO, "hypoechoic", "absent"),
]


@pytest.mark.parametrize(("text", "field", "value", "status"), NEW_SINCE_THE_PRIOR)
def test_new_since_the_prior_is_present(parser: ReportParser, text: str, field: str, value: str,
                                        status: str) -> None:
    assert statuses_of(parser, text, field, value) == {status}


# A degree before the vessel adjective that qualifies a flow grades that flow ("normal arterial flow", "normal
# cavernosal arterial flow", "increased testicular flow").
DEGREE_BEFORE_A_VESSEL_ADJECTIVE = [
    ("Normal arterial flow in the intrarenal arteries, RI 0.66.", VASC, ["normal/regular vascularity"]),
    ("Penile Doppler: normal cavernosal arterial flow bilaterally.", VASC, ["normal/regular vascularity"]),
    ("Increased testicular flow on the left.", VASC, ["increased vascularity"]),
    # near misses: a negated flow, and no degree word
    ("No arterial flow in the left testis.", VASC, ["no vascularity"]),
    ("Arterial flow in the graft, RI 0.7.", VASC, []),
]


@pytest.mark.parametrize(("text", "field", "expected"), DEGREE_BEFORE_A_VESSEL_ADJECTIVE)
def test_a_degree_before_a_vessel_adjective(parser: ReportParser, text: str, field: str,
                                            expected: list[str]) -> None:
    assert labels_of(parser, text, field) == expected


# Echo wording of artefacts and internal echoes: a "bright comet-tail artefact" is colloid, no hyperechoic lesion;
# "mixed internal echogenicity" is mixed echogenicity.
ARTEFACT_AND_INTERNAL_ECHOES = [
    ("Anechoic 6 mm thyroid cyst with a bright comet-tail artefact.", ECHO, ["anechoic"]),
    ("Thigh collection of mixed internal echogenicity with a fluid level.", ECHO, ["mixed echogenicity"]),
    # near miss: "bright" of the lesion itself
    ("A bright 8 mm lesion in segment 6.", ECHO, ["hyperechoic"]),
]


@pytest.mark.parametrize(("text", "field", "expected"), ARTEFACT_AND_INTERNAL_ECHOES)
def test_artefact_and_internal_echo_wording(parser: ReportParser, text: str, field: str,
                                            expected: list[str]) -> None:
    assert labels_of(parser, text, field) == expected
