"""Descriptor wording, negation and hedges on real-world report styles (issue 11, error classes 5, 6, 10, 12): one
table per class of wording, hand-written sentences (never corpus lines), each with near misses that must not
trigger. A row names the report-level reading of one value: "present" (labelled), "absent" or "uncertain" (a mention
with that status and no label), or None (neither labelled nor mentioned)."""

from __future__ import annotations

import pytest
from parser_reading import reading_of

from udt.parser import ReportParser

DX, ECHO, INT, PA, VASC = "Diagnosis", "Echogenicity", "InternalCharacteristics", "PosteriorAcoustics", "Vascularity"
MARG, SHAPE = "Margins", "Shape"




# Template lines (class 5): a Doppler key with a negative value ("Doppler: negative") states no vascularity; a
# worksheet's minus or "-ve"/"neg" denies its key, and every finding of a joined key ("Cysts / masses: None"); a key on
# the next line (after a comma or a line break) ends the value of the line before; a hedge used as a key
# ("Favoured:") doubts its own value, not the line above.
TEMPLATE_LINES = [
    ("Doppler: negative.", VASC, "no vascularity", "present"),
    ("Colour Doppler: none", VASC, "no vascularity", "present"),
    ("Power Doppler: nil.", VASC, "no vascularity", "present"),
    ("Color Doppler: -", VASC, "no vascularity", "present"),
    ("Power Doppler: increased", VASC, "increased vascularity", "present"),
    ("Doppler - negative.", VASC, "no vascularity", "present"),
    ("Flow:  none seen", VASC, "no vascularity", "present"),
    ("Calcification:   absent", INT, "calcifications", "absent"),
    ("Doppler: normal.", VASC, "normal/regular vascularity", "present"),
    ("Colour Doppler: no hyperaemia", VASC, "increased vascularity", "absent"),
    ("Colour Doppler: no hyperaemia", VASC, "no vascularity", None),
    ("Vascularity: no hyperaemia.", VASC, "no vascularity", None),
    ("Calcs: -", INT, "calcifications", "absent"),
    ("Calcification: -ve", INT, "calcifications", "absent"),
    ("Septa: neg.", INT, "septations", "absent"),
    ("Calcification: absent, Colour Doppler: rich blood flow.", VASC, "increased vascularity", "present"),
    ("Calcification: absent, Colour Doppler: rich blood flow.", VASC, "no vascularity", None),
    ("Microlithiasis: no\nColour Doppler: reduced", VASC, "reduced/diminished vascularity", "present"),
    ("microlithiasis: no\ncolour doppler: reduced", VASC, "reduced/diminished vascularity", "present"),
    ("shadowing: absent\nposterior enhancement: present", PA, "enhancement", "present"),
    ("shadowing: absent\nposterior enhancement: present", PA, "shadowing", "absent"),
    ("Echogenicity: hypoechoic\nFavoured: fibroadenoma", ECHO, "hypoechoic", "present"),
    ("Echogenicity: hypoechoic\nFavoured: fibroadenoma", DX, "mass", "uncertain"),
    ("Cysts / masses: None.", DX, "cyst", "absent"),
    ("Findings:\nSeptations and calcification: none", INT, "septations", "absent"),
    # near misses: the examination named outside a template key, or a value that goes on; a lesion before a key
    ("Left lobe: hypoechoic nodule and Calcification: absent.", DX, "nodule", "present"),
    ("No Doppler evidence of deep vein thrombosis.", VASC, "no vascularity", None),
    ("Doppler: negative for DVT.", VASC, "no vascularity", None),
    ("Colour Doppler was not performed.", VASC, "no vascularity", None),
    ("Shadowing: +", PA, "shadowing", "present"),
    ("Calcification: - see comment below", INT, "calcifications", "present"),
    # The key and its mark typed without a space: the tokenizer splits "Calcs:-" into key, colon and mark.
    ("Nodule 1: solid, hypoechoic.\nCalcs:-\nHalo:+", INT, "calcifications", "absent"),
    ("Worksheet - Shadowing:+, Enhancement:-", PA, "shadowing", "present"),
    ("Worksheet - Shadowing:+, Enhancement:-", PA, "enhancement", "absent"),
    ("SEPTA:-, CALCS:+", INT, "calcifications", "present"),
    ("SEPTA:-, CALCS:+", INT, "septations", "absent"),
    # Several keys on one worksheet line with no comma between them: a value ends at the next key.
    ("Nodule 1: solid, hypoechoic. Calcs: - Halo: +", INT, "calcifications", "absent"),
    ("Septations: no Calcification: yes", INT, "septations", "absent"),
    ("Septations: no Calcification: yes", INT, "calcifications", "present"),
    ("Cyst: none  Flow: increased", VASC, "increased vascularity", "present"),
    ("Septa: nil Vascularity: none", INT, "septations", "absent"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), TEMPLATE_LINES)
def test_template_lines(parser: ReportParser, text: str, field: str, value: str, reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# A negation after a modal (class 10): "could not be demonstrated" is a negation, longer than the hedge "could"
# inside it; "could not be excluded" stays a hedge.
MODAL_NEGATION = [
    ("Vascularity could not be demonstrated.", VASC, "no vascularity", "present"),
    ("Calcification could not be identified within the nodule.", INT, "calcifications", "absent"),
    ("Septations cannot be seen on these images.", INT, "septations", "absent"),
    ("Posterior shadowing could not be elicited.", PA, "shadowing", "absent"),
    # near misses: a doubt, not a denial
    ("A small abscess could not be excluded.", DX, "fluid collection", "uncertain"),
    ("A haemangioma cannot be ruled out.", DX, "mass", "uncertain"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), MODAL_NEGATION)
def test_a_negation_after_a_modal(parser: ReportParser, text: str, field: str, value: str,
                                  reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# Hedges of likeness and opinion (class 12), common in patient posts and teaching discussions, misspelt hedges, and
# "not totally excluded"; what is asserted, or only supposed, is not doubted.
HEDGES = [
    ("My report says it looks like a small cyst on the left ovary.", DX, "cyst", "uncertain"),
    ("The doctor thinks it is a fibroid.", DX, "mass", "uncertain"),
    ("They believe this is a haemangioma.", DX, "mass", "uncertain"),
    ("Maybe a lipoma, follow up advised.", DX, "mass", "uncertain"),
    ("We suspect an early abscess.", DX, "fluid collection", "uncertain"),
    ("The collection appears to represent a haematoma.", DX, "fluid collection", "present"),
    ("This lesion appears to represent a fibroadenoma.", DX, "mass", "uncertain"),
    ("It was thought to be a Baker's cyst.", DX, "cyst", "uncertain"),
    ("The appearances raise concern for an abscess.", DX, "fluid collection", "uncertain"),
    ("An abscess cannot be totally excluded.", DX, "fluid collection", "uncertain"),
    ("A small haematoma is not fully excluded.", DX, "fluid collection", "uncertain"),
    ("Probaly a simple cyst.", DX, "cyst", "uncertain"),
    ("Posible small hydrocele.", DX, "fluid collection", "uncertain"),
    ("The nodule is suspicous for carcinoma.", DX, "nodule", "present"),
    ("Perhpas a lipoma.", DX, "mass", "uncertain"),
    ("Prob. simple cyst.", DX, "cyst", "uncertain"),
    ("Poss. small abscess in the right iliac fossa.", DX, "fluid collection", "uncertain"),
    ("Liver normal. Prob. Cyst in the left kidney.", DX, "cyst", "present"),
    # near misses: asserted wording, and a word one letter off a hedge that is no misspelling of one
    ("Features are in keeping with a simple cyst.", DX, "cyst", "present"),
    ("Appearances are those of a lipoma.", DX, "mass", "present"),
    ("The fibroid resembling the one seen in 2019 is unchanged.", DX, "mass", "present"),
    ("Either ovary shows a simple cyst.", DX, "cyst", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), HEDGES)
def test_hedges_of_likeness_and_opinion(parser: ReportParser, text: str, field: str, value: str,
                                        reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# Flow wording (class 6): a change of flow said as a noun ("no increase in vascularity"), "richly vascular",
# "poorly vascularised", a Doppler signal, and a degree after a kind of flow ("peripheral vascularity increased").
FLOW_WORDING = [
    ("There is no increase in vascularity of the epididymis.", VASC, "increased vascularity", "absent"),
    ("There is no increase in vascularity of the epididymis.", VASC, "no vascularity", None),
    ("Marked increase in blood flow to the left testis.", VASC, "increased vascularity", "present"),
    ("The synovium is richly vascular.", VASC, "increased vascularity", "present"),
    ("Highly vascularised solid mass of the kidney.", VASC, "increased vascularity", "present"),
    ("Decrease in flow to the right ovary compared with the left.", VASC, "reduced/diminished vascularity",
     "present"),
    ("A poorly vascularised hypoechoic nodule.", VASC, "reduced/diminished vascularity", "present"),
    ("No colour Doppler signal is obtained from the cyst.", VASC, "no vascularity", "present"),
    ("Peripheral vascularity increased, none centrally.", VASC, "increased vascularity", "present"),
    ("Absent internal flow although peripheral vascularity increased.", VASC, "increased vascularity", "present"),
    ("Central flow reduced.", VASC, "reduced/diminished vascularity", "present"),
    ("Doppler shows normal arterial and venous flow to both testes.", VASC, "normal/regular vascularity", "present"),
    ("Reduced arterial and venous flow in the left testis.", VASC, "reduced/diminished vascularity", "present"),
    # near misses: a kind of flow with no degree, a degree of something else
    ("Peripheral vascularity only.", VASC, "increased vascularity", None),
    ("Peripheral vascularity, increased echogenicity of the cortex.", VASC, "increased vascularity", None),
    ("Vascular pedicle entering from the periphery.", VASC, "increased vascularity", None),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), FLOW_WORDING)
def test_flow_wording(parser: ReportParser, text: str, field: str, value: str, reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# Scope past a comma (class 10): "and"/"but" with a new subject, or a subject with its own verb ("flow is phasic"),
# after a comma opens another clause, which a negation before the comma does not reach; a plain list after the comma
# stays negated, as does one whose verb only says it is there ("... are seen").
CLAUSE_AFTER_A_COMMA = [
    ("The nodule has no microcalcifications, and it is hypoechoic.", ECHO, "hypoechoic", "present"),
    ("No septations, but the wall is thick and there is posterior enhancement.", PA, "enhancement", "present"),
    ("No internal flow, and the lesion shows posterior shadowing.", PA, "shadowing", "present"),
    ("Without calcification, and there is a solid component.", INT, "solid components", "present"),
    ("No evidence of deep vein thrombosis, flow is phasic.", VASC, "normal/regular vascularity", "present"),
    ("Without septations, echogenicity was increased.", ECHO, "hyperechoic", "present"),
    # near misses: a list goes on being negated
    ("No calcification, septations or solid components are seen.", INT, "solid components", "absent"),
    ("No calcification, septation or posterior shadowing.", PA, "shadowing", "absent"),
    ("No calcifications, and no septations.", INT, "septations", "absent"),
    ("No debris, septations and calcification.", INT, "calcifications", "absent"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), CLAUSE_AFTER_A_COMMA)
def test_a_joined_clause_after_a_comma(parser: ReportParser, text: str, field: str, value: str,
                                       reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# A contour word as the subject (class 9): "the margins are irregular" describes the margin, not the shape, with a
# copula, a degree or a hedge between; an organ's outline gives nothing.
CONTOUR_SUBJECT = [
    ("The margins are irregular.", MARG, "ill-defined/indistinct", "present"),
    ("The margins are irregular.", SHAPE, "irregular", None),
    ("Its borders appear slightly lobulated.", MARG, "ill-defined/indistinct", "present"),
    ("The nodule's outline is possibly irregular.", MARG, "ill-defined/indistinct", "uncertain"),
    ("Margins were irregular in places.", MARG, "ill-defined/indistinct", "present"),
    # near misses: the lesion's own shape, and an organ's outline
    ("An irregular hypoechoic mass with smooth margins.", SHAPE, "irregular", "present"),
    ("The lesion is irregular, margins are smooth.", MARG, "ill-defined/indistinct", None),
    ("The kidney outline is lobulated.", SHAPE, "lobulated", None),
    ("The kidney outline is lobulated.", MARG, "ill-defined/indistinct", None),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), CONTOUR_SUBJECT)
def test_a_contour_subject_describes_the_margin(parser: ReportParser, text: str, field: str, value: str,
                                                reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# Negation scope over lesions (class 10): a lesion named as the place of a denied feature ("no septations within
# the cyst") is there; an absence phrase goes on over a list of its own field ("no focal lesion or free fluid"),
# while "and" after it is a contrast.
DENIED_FEATURE_OF_A_LESION = [
    ("No septations within the cyst.", DX, "cyst", "present"),
    ("No septations within the cyst.", INT, "septations", "absent"),
    ("No internal flow within this nodule.", DX, "nodule", "present"),
    ("There is no vascularity in the mass.", DX, "mass", "present"),
    ("No acoustic shadowing behind the nodule.", DX, "nodule", "present"),
    ("No focal lesion or free fluid.", DX, "fluid collection", "absent"),
    ("No focal lesion, cyst or mass is seen.", DX, "mass", "absent"),
    ("No internal flow or hyperaemia.", VASC, "increased vascularity", "absent"),
    # near misses: the lesion itself denied, and a contrast
    ("No evidence of a mass within the kidney.", DX, "mass", "absent"),
    ("No cyst or mass in the liver.", DX, "cyst", "absent"),
    ("No calcified nodule.", DX, "nodule", "absent"),
    ("No internal flow and peripheral hyperaemia.", VASC, "increased vascularity", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), DENIED_FEATURE_OF_A_LESION)
def test_negation_scope_over_lesions(parser: ReportParser, text: str, field: str, value: str,
                                     reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# Differentials in teaching cases (class 12): what a differential is *for* was seen ("the differential diagnosis for
# a hyperechoic liver lesion includes ..."); its list is doubted, as are "main differentials:" and a look-alike
# ("mimicking a cyst").
DIFFERENTIALS = [
    ("The differential diagnosis for a hyperechoic liver lesion includes haemangioma and focal fat.", ECHO,
     "hyperechoic", "present"),
    ("The differential diagnosis for a hyperechoic liver lesion includes haemangioma and focal fat.", DX, "mass",
     "uncertain"),
    ("Differential for this well-defined lesion: haemangioma or focal fat.", MARG, "well-defined", "present"),
    ("Differential of a complex adnexal lesion includes endometrioma and haemorrhagic cyst.", DX, "cyst",
     "uncertain"),
    ("Main differentials: endometrioma, haemorrhagic cyst.", DX, "cyst", "uncertain"),
    ("The main differentials are a lipoma and a haematoma.", DX, "fluid collection", "uncertain"),
    ("A thick-walled collection mimicking an abscess.", DX, "fluid collection", "present"),
    ("An echogenic lesion mimicking a haemangioma.", DX, "mass", "uncertain"),
    # near misses: a differential with no verb keeps hedging what follows; a seen finding stays seen
    ("Differential diagnosis: abscess versus haematoma.", DX, "fluid collection", "uncertain"),
    ("The differential includes a hyperechoic metastasis.", ECHO, "hyperechoic", "uncertain"),
    ("The differential diagnosis for a hypoechoic testicular mass includes seminoma.", DX, "mass", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), DIFFERENTIALS)
def test_differentials(parser: ReportParser, text: str, field: str, value: str, reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# A negation that reads both ways (class 10): "absent"/"nil" right before a mention denies that mention, not the one
# before an "and"; right after a mention and before a comma it denies that mention, not the one after the comma.
TWO_WAY_NEGATION = [
    ("Markedly reduced arterial flow and absent venous flow.", VASC, "reduced/diminished vascularity", "present"),
    ("Markedly reduced arterial flow and absent venous flow.", VASC, "no vascularity", "present"),
    ("Thick septations and absent internal flow.", INT, "septations", "present"),
    ("Calcification absent, posterior enhancement present.", PA, "enhancement", "present"),
    ("Calcification absent, posterior enhancement present.", INT, "calcifications", "absent"),
    # near misses: the plain readings
    ("Posterior shadowing absent.", PA, "shadowing", "absent"),
    ("Absent posterior shadowing.", PA, "shadowing", "absent"),
    ("Septations absent and calcification absent.", INT, "septations", "absent"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), TWO_WAY_NEGATION)
def test_a_two_way_negation_takes_its_neighbour(parser: ReportParser, text: str, field: str, value: str,
                                                reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# A degree after the place of the flow (class 6): "blood flow in the node is increased", "flow to the left testis
# is reduced", "the vascularity of the nodule is not increased"; past a site only a grade on the scale is read.
DEGREE_PAST_A_SITE = [
    ("Blood flow in the node is increased.", VASC, "increased vascularity", "present"),
    ("Vascularity within the lesion is mildly increased.", VASC, "increased vascularity", "present"),
    ("Blood flow in the wall is preserved.", VASC, "normal/regular vascularity", "present"),
    ("Blood flow in both testes is symmetric, normal.", VASC, "normal/regular vascularity", "present"),
    ("The vascularity of the nodule is not increased.", VASC, "increased vascularity", "absent"),
    ("Flow to the left upper pole is markedly reduced.", VASC, "reduced/diminished vascularity", "present"),
    # near misses: no degree, a doubt of flow rather than a grade, a degree of something else
    ("Flow in the nodule is seen.", VASC, "increased vascularity", None),
    ("Colour Doppler flow within the septa was equivocal.", VASC, "indeterminate/inhomogeneous vascularity", None),
    ("Flow within the cyst wall, which is thickened.", VASC, "increased vascularity", None),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), DEGREE_PAST_A_SITE)
def test_a_degree_after_the_place_of_the_flow(parser: ReportParser, text: str, field: str, value: str,
                                              reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# Teaching points (class 12): a "Teaching point:"/"Pitfall:"/"Discussion:" sentence speaks of a disease in general; it
# asserts, denies and doubts no finding of this patient, but the organ it names is still the case's; the section
# ends with its first sentence, so the case that follows it is read.
TEACHING_POINTS = [
    ("Case: acute appendicitis with increased wall vascularity. Teaching point: absence of flow in the wall may "
     "indicate gangrene.", VASC, "no vascularity", None),
    ("Case: adenomyosis with fan-shaped shadowing. Teaching point: a fibroid is well-defined, whereas adenomyosis "
     "is ill-defined.", MARG, "well-defined", None),
    ("Case: adenomyosis with fan-shaped shadowing. Teaching point: a fibroid is well-defined, whereas adenomyosis "
     "is ill-defined.", DX, "mass", None),
    ("Pitfall: acute thrombus is often hypoechoic, chronic thrombus echogenic.", ECHO, "hyperechoic", None),
    ("Discussion: a septated cyst is not always benign.", INT, "septations", None),
    # near misses: the case after the teaching sentence, and the organ the teaching sentence names
    ("Teaching point: not every echogenic liver lesion is a haemangioma. This man had a 2.6 cm hypoechoic lesion.",
     ECHO, "hypoechoic", "present"),
    ("Case: shadowing gallstones. Teaching point: small stones may not shadow.", PA, "shadowing", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), TEACHING_POINTS)
def test_a_teaching_point_speaks_in_general(parser: ReportParser, text: str, field: str, value: str,
                                            reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


def test_a_teaching_point_keeps_its_organ(parser: ReportParser) -> None:
    report = parser.parse("Teaching point: not every echogenic liver lesion is a haemangioma. This man had a 2.6 cm "
                          "lesion in segment 8.")
    assert report.labels["Organ_level"] == ["Liver"]


# The past said after the finding (history class): "she had breast cancer 5 yrs ago" is history, not a finding of
# this scan; what is described as it is now stays current.
PAST_AFTER_THE_FINDING = [
    ("She had breast cancer 5 yrs ago.", DX, "mass", None),
    ("I had a cyst drained two years ago.", DX, "cyst", None),
    ("A fibroid was removed many years ago.", DX, "mass", None),
    # near misses: the same lesion described now, and a finding of this scan beside a dated comparison
    ("The nodule first seen 3 years ago is unchanged.", DX, "nodule", "present"),
    ("Compared with the scan 2 years ago, there is a new 9 mm cyst.", DX, "cyst", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), PAST_AFTER_THE_FINDING)
def test_the_past_said_after_the_finding(parser: ReportParser, text: str, field: str, value: str,
                                         reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# The echo word of content (class 13): "echogenic debris" in a collection states hyperechoic content (guideline:
# echogenicity of non-lesion content is labelled); foci and artefacts keep their own meaning.
ECHO_OF_CONTENT = [
    ("Right pleural effusion with thin septations and echogenic debris.", ECHO, "hyperechoic", "present"),
    ("The abscess cavity contains echogenic debris.", ECHO, "hyperechoic", "present"),
    # near misses: a focus is a calcification, an artefact's brightness is no echo level
    ("A hypoechoic nodule with punctate echogenic foci.", ECHO, "hyperechoic", None),
    ("An anechoic colloid cyst with a bright comet-tail artefact.", ECHO, "hyperechoic", None),
    ("Echogenic foci and comet-tail artefacts in the gallbladder wall.", ECHO, "hyperechoic", None),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), ECHO_OF_CONTENT)
def test_the_echo_word_of_content(parser: ReportParser, text: str, field: str, value: str,
                                  reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# Alternatives and look-alikes (class 12): "haemorrhagic cyst or endometrioid cyst" (a modifier the vocabulary does
# not know before the second) offers both; "a renal cell carcinoma could look similar" doubts the look-alike.
ALTERNATIVES_AND_LOOK_ALIKES = [
    ("It is a haemorrhagic cyst or endometrioid cyst.", DX, "cyst", "uncertain"),
    ("Findings represent an abscess or infected haematoma.", DX, "fluid collection", "uncertain"),
    ("An angiomyolipoma was likely; a renal cell carcinoma could look similar.", DX, "mass", "uncertain"),
    ("A metastasis can mimic this appearance.", DX, "mass", "uncertain"),
    # near misses: a second finding that is no alternative, a negated pair
    ("A cyst or other mass.", DX, "mass", "present"),
    ("No cyst or solid mass.", DX, "cyst", "absent"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), ALTERNATIVES_AND_LOOK_ALIKES)
def test_alternatives_and_look_alikes(parser: ReportParser, text: str, field: str, value: str,
                                      reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# Lay and contracted negations in patient posts (class 10), and a lesion named as the place of a doubted feature
# (class 12): "possible calcification in the nodule" doubts the calcification, not the nodule.
LAY_NEGATION_AND_HOSTED_DOUBT = [
    ("The tech said she couldn't see any flow in it.", VASC, "no vascularity", "present"),
    ("They didn't find any calcification.", INT, "calcifications", "absent"),
    ("There's no septation in it, she said.", INT, "septations", "absent"),
    ("Neg for mass.", DX, "mass", "absent"),
    ("Calcification wasn't seen.", INT, "calcifications", "absent"),
    ("Possible punctate calcification in the nodule.", DX, "nodule", "present"),
    ("Possible punctate calcification in the nodule.", INT, "calcifications", "uncertain"),
    ("Features suspicious of malignancy in the 2 cm nodule.", DX, "nodule", "present"),
    # near misses: the lesion itself doubted, and a place that is not a lesion
    ("Possible nodule in the left lobe.", DX, "nodule", "uncertain"),
    ("Probably a cyst within the right ovary.", DX, "cyst", "uncertain"),
    ("Possible abscess in the right iliac fossa.", DX, "fluid collection", "uncertain"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), LAY_NEGATION_AND_HOSTED_DOUBT)
def test_lay_negation_and_a_hosted_doubt(parser: ReportParser, text: str, field: str, value: str,
                                         reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# A diagnosis's name (class 11): it states the lesion's components ("solid mass" -> solid components) but a shape
# word in a name is part of the name ("nodular goitre", "focal nodular hyperplasia"), not the lesion's shape.
NAMED_ATTRIBUTES = [
    ("Case: nodular goitre with a dominant cystic nodule.", SHAPE, "nodular", None),
    ("Biopsy-proven focal nodular hyperplasia.", SHAPE, "nodular", None),
    ("Probable focal nodular hyperplasia.", SHAPE, "nodular", None),
    # near misses: components a name states, and a shape the report states
    ("Solid mass in the lower pole of the kidney.", INT, "solid components", "present"),
    ("No solid mass.", INT, "solid components", "absent"),
    ("A nodular hypoechoic mass in the breast.", SHAPE, "nodular", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), NAMED_ATTRIBUTES)
def test_a_shape_word_in_a_name_is_no_shape(parser: ReportParser, text: str, field: str, value: str,
                                            reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# An organ's outline beside a denied finding that is no lesion (class 9): "smooth cortical outline ... no
# hydronephrosis" describes the kidney, not a lesion's margin; a lesion in the sentence still takes the margin.
ORGAN_OUTLINE = [
    ("Normal left kidney: smooth cortical outline and no hydronephrosis.", MARG, "well-defined", None),
    ("Liver with a smooth contour and no biliary dilatation.", MARG, "well-defined", None),
    # near miss: a lesion in the sentence
    ("Right kidney: a cyst with a smooth outline and no hydronephrosis.", MARG, "well-defined", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), ORGAN_OUTLINE)
def test_an_organ_outline_beside_a_denied_non_lesion(parser: ReportParser, text: str, field: str, value: str,
                                                     reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# "-like" hedges only the word it is glued to (class 12): "cyst-like", "mass-like area" are doubted; the words before
# ("echogenic 2 cm mass-like area", "normal ridge-like tissue") are not.
LIKE_IS_GLUED = [
    ("Cyst-like structure in the adnexa.", DX, "cyst", "uncertain"),
    ("An echogenic 2.2 cm mass-like area in the cavity.", DX, "mass", "uncertain"),
    ("An echogenic 2.2 cm mass-like area in the cavity.", ECHO, "hyperechoic", "present"),
    ("Normal ridge-like fibroglandular tissue at the site.", DX, "normal appearance", "present"),
    ("A hypoechoic band-like structure.", ECHO, "hypoechoic", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), LIKE_IS_GLUED)
def test_like_hedges_the_word_it_is_glued_to(parser: ReportParser, text: str, field: str, value: str,
                                             reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# "No fluid" (class 10): denied bare fluid in a recess, a bursa or around an organ is a fluid collection reported
# absent; asserted bare fluid (inside a cyst) is still no collection.
NO_FLUID = [
    ("Pouch of Douglas: no fluid.", DX, "fluid collection", "absent"),
    ("No fluid in the subacromial bursa.", DX, "fluid collection", "absent"),
    ("The suprapatellar recess contains no fluid.", DX, "fluid collection", "absent"),
    ("No fluid collection around the graft.", DX, "fluid collection", "absent"),
    # near misses: fluid inside a lesion, and a collection that is there
    ("Fluid within the cyst with a fluid-debris level.", DX, "fluid collection", None),
    ("A small fluid collection in the right iliac fossa.", DX, "fluid collection", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), NO_FLUID)
def test_no_fluid_is_an_absent_collection(parser: ReportParser, text: str, field: str, value: str,
                                          reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# A doubt said after the finding (class 12): "punctate echogenic foci are possibly present", "hyperaemia is
# equivocal"; an asserted finding before a plain "present" stays asserted.
DOUBT_AFTER_THE_FINDING = [
    ("A few punctate echogenic foci are possibly present centrally.", INT, "calcifications", "uncertain"),
    ("Small effusion with synovial thickening; hyperaemia is equivocal.", VASC, "increased vascularity",
     "uncertain"),
    ("Posterior shadowing is questionable.", PA, "shadowing", "uncertain"),
    ("Thin septations may be present.", INT, "septations", "uncertain"),
    # near misses
    ("Thin septations are present.", INT, "septations", "present"),
    ("Small effusion with synovial thickening; hyperaemia is marked.", VASC, "increased vascularity", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), DOUBT_AFTER_THE_FINDING)
def test_a_doubt_after_the_finding(parser: ReportParser, text: str, field: str, value: str,
                                   reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# More hedge wording of real reports (class 12): what a finding may reflect, cannot be told apart from, or is one
# possibility among others; "apparent" and "too small to characterise"; "no apparent" stays a negation.
REFLECTS_AND_POSSIBILITIES = [
    ("The hypoechoic area may reflect a small haematoma.", DX, "fluid collection", "uncertain"),
    ("The lesion cannot be distinguished from a haemangioma.", DX, "mass", "uncertain"),
    ("An apparent cyst in the upper pole.", DX, "cyst", "uncertain"),
    ("A haematoma is also a possibility.", DX, "fluid collection", "uncertain"),
    ("A 4 mm cyst, too small to characterise.", DX, "cyst", "uncertain"),
    ("A 4 mm hypoechoic nodule of uncertain significance.", DX, "nodule", "uncertain"),
    ("It is unclear whether this represents a cyst or a solid lesion.", DX, "cyst", "uncertain"),
    ("It is not clear if this is a cyst.", DX, "cyst", "uncertain"),
    # near misses
    ("No apparent mass.", DX, "mass", "absent"),
    ("The hypoechoic area reflects a small haematoma.", DX, "fluid collection", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), REFLECTS_AND_POSSIBILITIES)
def test_reflects_and_possibilities(parser: ReportParser, text: str, field: str, value: str,
                                    reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# A telegraphic description after a negation (class 10): after a comma, an item of another dimension than the one
# denied is a new item ("no calcification, hypoechoic, oval", "not vascular, well defined"); an "or" keeps the list
# denied ("no calcification, septation or shadowing"), as does an item of the same dimension.
TELEGRAPHIC_DESCRIPTION = [
    ("No calcification, hypoechoic, oval.", ECHO, "hypoechoic", "present"),
    ("No calcification, hypoechoic, oval.", SHAPE, "oval", "present"),
    ("Without calcification, irregular margins.", MARG, "ill-defined/indistinct", "present"),
    ("No flow, posterior enhancement.", PA, "enhancement", "present"),
    ("Not vascular, well defined.", MARG, "well-defined", "present"),
    ("No shadowing, anechoic.", ECHO, "anechoic", "present"),
    ("R ICA plaque: echogenic, calcified, shadowing. L ICA: none.", PA, "shadowing", "present"),
    # near misses: a denied list
    ("No calcification, septation or posterior shadowing.", PA, "shadowing", "absent"),
    ("No calcification, septations, debris.", INT, "septations", "absent"),
    ("No internal flow, no septations, no calcifications.", INT, "calcifications", "absent"),
    ("Multiple small round cysts, no solid component and no flow, typical of tubular ectasia.", SHAPE,
     "tubular/linear", None),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), TELEGRAPHIC_DESCRIPTION)
def test_a_telegraphic_description_after_a_negation(parser: ReportParser, text: str, field: str, value: str,
                                                    reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# A hedge on a lesion's nature (class 12): "hypoechoic nodule, probably benign", "the nodule is likely benign" doubt
# the nature, not the nodule or its look; "indeterminate" doubts what a lesion is, not its echo. Before a noun the
# hedge covers the noun ("suspicious for malignant neoplasm").
NATURE_HEDGES = [
    ("The nodule is likely benign.", DX, "nodule", "present"),
    ("Hypoechoic nodule, probably benign.", DX, "nodule", "present"),
    ("Indeterminate hypoechoic lesion.", ECHO, "hypoechoic", "present"),
    ("Hypoechoic area in the node, likely reactive, with increased flow.", VASC, "increased vascularity", "present"),
    # near misses
    ("Could be a reactive node or a metastasis.", DX, "mass", "uncertain"),
    ("The formation is suspicious for malignant neoplasm.", DX, "mass", "uncertain"),
    ("Probably a simple cyst.", DX, "cyst", "uncertain"),
    ("Indeterminate lesion, possibly a haemangioma.", DX, "mass", "uncertain"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), NATURE_HEDGES)
def test_a_hedge_on_a_lesions_nature(parser: ReportParser, text: str, field: str, value: str,
                                     reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading
