"""Negation and hedge scope by class of English wording, second round (issue 11, error classes 10 and 12): one table
per class, hand-written sentences in the four source styles (dictation, patient posts, teaching cases, figure
legends), never corpus lines, each with near misses that must not trigger. A row names the report-level reading of
one value: "present" (labelled), "absent" or "uncertain" (a mention with that status and no label), or None
(neither labelled nor mentioned)."""

from __future__ import annotations

import pytest
from parser_reading import reading_of

from udt.parser import ReportParser

DX, ECHO, INT, PA, VASC = "Diagnosis", "Echogenicity", "InternalCharacteristics", "PosteriorAcoustics", "Vascularity"
MARG, SHAPE = "Margins", "Shape"


# A negated list whose items belong to several dimensions and that an "or"/"nor" closes: every item is denied, the
# middle ones too ("no vascularity, shadowing or calcification"). Before, a middle item of another dimension than
# the first was read as a new item of a telegraphic description, and so asserted. Near misses: a telegraphic
# description with no closing "or" ("no calcification, hypoechoic, oval"), and an "and" that starts a new finding.
MIXED_NEGATED_LISTS = [
    ("No vascularity, shadowing or calcification.", PA, "shadowing", "absent"),
    ("No vascularity, shadowing or calcification.", VASC, "no vascularity", "present"),
    ("The mass did not show any calcification, shadowing or internal flow.", PA, "shadowing", "absent"),
    ("No internal flow, septation or solid component in the cyst.", INT, "septations", "absent"),
    ("Without calcification, posterior shadowing, septa or Doppler signal.", PA, "shadowing", "absent"),
    ("Without calcification, posterior shadowing, septa or Doppler signal.", INT, "septations", "absent"),
    ("Thyroid nodule: no microcalcifications, acoustic shadowing nor flow.", PA, "shadowing", "absent"),
    ("there was no flow, enhancement or septation in it", PA, "enhancement", "absent"),
    # near misses
    ("No calcification, hypoechoic, oval.", ECHO, "hypoechoic", "present"),
    ("No calcification, hypoechoic, oval.", SHAPE, "oval", "present"),
    ("No septations, posterior enhancement, avascular.", PA, "enhancement", "present"),
    ("No internal flow, shadowing present.", PA, "shadowing", "present"),
    ("No calcification, increased vascularity and shadowing.", VASC, "increased vascularity", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), MIXED_NEGATED_LISTS)
def test_a_negated_list_of_several_dimensions(parser: ReportParser, text: str, field: str, value: str,
                                              reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# Doubt worded as an inability to tell findings apart, before them ("cannot differentiate between X and Y", "unable to
# distinguish X from Y", lay "couldn't tell if it was X or Y") or after a pair ("X and Y cannot be differentiated"):
# every finding it names is doubted. Before, the "not" inside "cannot"/"couldn't" denied the first finding and the
# second was asserted. Near misses: "cannot be separated from" (the lesion is there, inseparable from an organ), a
# finding asserted before the cue, a cue that names no finding.
NOT_TOLD_APART = [
    ("Cannot differentiate between a complicated cyst and a solid mass.", DX, "cyst", "uncertain"),
    ("Cannot differentiate between a complicated cyst and a solid mass.", DX, "mass", "uncertain"),
    ("Unable to distinguish a haemorrhagic cyst from an endometrioma on this study.", DX, "cyst", "uncertain"),
    ("It is difficult to differentiate a haematoma from an abscess.", DX, "fluid collection", "uncertain"),
    ("Not possible to reliably differentiate a lipoma from a haemangioma.", DX, "mass", "uncertain"),
    ("the sonographer couldn't tell if it was a cyst or a lipoma", DX, "cyst", "uncertain"),
    ("They can't be sure whether it's a fibroid.", DX, "mass", "uncertain"),
    ("A haematoma and an abscess cannot be differentiated on ultrasound.", DX, "fluid collection", "uncertain"),
    ("A cyst and a solid nodule could not be told apart.", DX, "cyst", "uncertain"),
    ("A cyst and a solid nodule could not be told apart.", DX, "nodule", "uncertain"),
    # near misses
    ("The hypoechoic mass cannot be separated from the uterus.", DX, "mass", "present"),
    ("The nodule could not be separated from the thyroid capsule.", DX, "nodule", "present"),
    ("A 2 cm simple cyst. The radiologist cannot tell how long it has been there.", DX, "cyst", "present"),
    ("A solid mass is seen, difficult to differentiate from the adjacent muscle.", DX, "mass", "present"),
    ("No cyst. Cannot differentiate the tendon fibres clearly.", DX, "cyst", "absent"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), NOT_TOLD_APART)
def test_findings_that_cannot_be_told_apart(parser: ReportParser, text: str, field: str, value: str,
                                            reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# A cue whose object is a feature, then the place of that feature ("in/within/of" and a lesion's noun phrase, with
# "a"/"an" as well as "the"): the lesion and the words describing it are where the feature was looked for, so they
# are there; only the feature is denied or doubted. Before, an indefinite article let the cue run on over the
# lesion ("possible calcification in a hypoechoic nodule" doubted the nodule and its echogenicity). Near misses:
# no feature comes first ("no evidence of a mass within the kidney"), a lesion that is itself the cue's object, a
# place offered as alternatives.
FEATURE_IN_A_LESION = [
    ("Possible calcification in a hypoechoic nodule.", DX, "nodule", "present"),
    ("Possible calcification in a hypoechoic nodule.", ECHO, "hypoechoic", "present"),
    ("Possible calcification in a hypoechoic nodule.", INT, "calcifications", "uncertain"),
    ("Irregular margins and possible microcalcifications in a hypoechoic nodule.", DX, "nodule", "present"),
    ("Query thin septation within a large anechoic cyst.", ECHO, "anechoic", "present"),
    ("Query thin septation within a large anechoic cyst.", INT, "septations", "uncertain"),
    ("Possible calcification in the hypoechoic nodule.", ECHO, "hypoechoic", "present"),
    ("No septations within an anechoic cyst.", DX, "cyst", "present"),
    ("No septations within an anechoic cyst.", INT, "septations", "absent"),
    ("no calcification in a 9 mm isoechoic nodule", ECHO, "isoechoic", "present"),
    ("No internal flow in a 2 cm hypoechoic nodule.", DX, "nodule", "present"),
    # near misses
    ("No evidence of a mass within the kidney.", DX, "mass", "absent"),
    ("Possible abscess in the right iliac fossa.", DX, "fluid collection", "uncertain"),
    ("No septation within a cyst or mass.", DX, "mass", "absent"),
    ("No mass or cyst in the hypoechoic area.", DX, "cyst", "absent"),
    ("Possible hypoechoic nodule in the left lobe.", DX, "nodule", "uncertain"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), FEATURE_IN_A_LESION)
def test_the_lesion_that_holds_a_denied_or_doubted_feature(parser: ReportParser, text: str, field: str, value: str,
                                                           reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# A worksheet key made of a noun and a describing word ("Solid lesions: none", "Hypoechoic nodule: none"), or of
# joined items with a minus for a value ("Calcs / septa: -"): the value denies every word of the key. Before, the
# describing word was asserted ("Solid lesions: none" labelled solid components). Near misses: a key that only names
# an organ, a value that goes on, and a finding asserted on another line.
TEMPLATE_KEY_WORDS = [
    ("Solid lesions: none.", INT, "solid components", "absent"),
    ("Solid lesion: -", INT, "solid components", "absent"),
    ("Hypoechoic nodule: none", ECHO, "hypoechoic", "absent"),
    ("Calcified nodules: nil.", INT, "calcifications", "absent"),
    ("Calcs / septa: -", INT, "septations", "absent"),
    ("Cystic lesions: none. Solid lesions: none.", INT, "solid components", "absent"),
    # near misses
    ("Right kidney: no mass.", DX, "mass", "absent"),
    ("Solid lesion: 12 mm, hypoechoic.", INT, "solid components", "present"),
    ("A solid mass in the liver.\nCystic lesion: none.", INT, "solid components", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), TEMPLATE_KEY_WORDS)
def test_every_word_of_a_denied_template_key(parser: ReportParser, text: str, field: str, value: str,
                                             reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# Where a cue's scope ends inside its sentence, without a comma rule to help: what is there instead of what was
# denied ("no cyst, just a solid nodule", "no abscess, only a small seroma"); an "and" that joins a new clause with
# its own subject and verb ("no sign of cancer and the lump is a lipoma"); a later item joined by "and" that states
# its own degree ("possible shadowing and increased vascularity"). Near misses: a plain list after "and" stays in
# scope, "not only", a degree word right after the hedge.
SCOPE_ENDS = [
    ("No cyst, just a solid nodule.", DX, "nodule", "present"),
    ("No cyst, just a solid nodule.", DX, "cyst", "absent"),
    ("There is no sign of an abscess, only a small seroma.", DX, "fluid collection", "present"),
    ("not a cyst, rather a solid mass", DX, "mass", "present"),
    ("no cyst only a tiny nodule", DX, "nodule", "present"),
    ("She said there's no sign of cancer and the lump is just a fatty lump (lipoma).", DX, "mass", "present"),
    ("No calcification and the nodule shows increased vascularity.", DX, "nodule", "present"),
    ("No septations and it is anechoic.", ECHO, "anechoic", "present"),
    ("Possible cyst and the kidney is hypoechoic.", ECHO, "hypoechoic", "present"),
    ("Hyperechoic nodule with possible shadowing and increased vascularity.", VASC, "increased vascularity",
     "present"),
    ("Hyperechoic nodule with possible shadowing and increased vascularity.", PA, "shadowing", "uncertain"),
    ("Possible septation and mildly reduced flow.", VASC, "reduced/diminished vascularity", "present"),
    # near misses
    ("No cyst or mass and the ovaries are not seen.", DX, "mass", "absent"),
    ("No septation and calcification.", INT, "calcifications", "absent"),
    ("Possibly increased vascularity.", VASC, "increased vascularity", "uncertain"),
    ("Probably increased flow and septation.", INT, "septations", "uncertain"),
    ("Not only a cyst but a solid mass.", DX, "cyst", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), SCOPE_ENDS)
def test_where_a_cue_stops(parser: ReportParser, text: str, field: str, value: str, reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# An adverb hedge before a nature word modifies that adjective only ("a probably benign 8 mm oval mass", BI-RADS 3
# wording): the lesion and what describes it were seen; only its nature is doubted. An adjective hedge modifies the
# whole noun phrase ("probable benign cyst"), and a noun that is itself an interpretation ("probably malignant
# neoplasm") stays doubted. Near misses: those two, and a hedge with no nature word.
NATURE_ADVERBS = [
    ("Probably benign hypoechoic nodule.", DX, "nodule", "present"),
    ("Probably benign hypoechoic nodule.", ECHO, "hypoechoic", "present"),
    ("A probably benign 8 mm oval circumscribed mass at 2 o'clock.", SHAPE, "oval", "present"),
    ("A probably benign 8 mm oval circumscribed mass at 2 o'clock.", MARG, "well-defined", "present"),
    ("possibly malignant solid mass in the left breast", DX, "mass", "present"),
    ("Likely benign 2 cm cyst in the upper pole.", DX, "cyst", "present"),
    ("A possibly malignant irregular hypoechoic mass with shadowing.", SHAPE, "irregular", "present"),
    # near misses
    ("Probable benign cyst.", DX, "cyst", "uncertain"),
    ("Probably malignant neoplasm of the tail of pancreas.", DX, "mass", "uncertain"),
    ("Possibly malignant hypoechoic tumour.", DX, "mass", "uncertain"),
    ("Probably a hypoechoic nodule.", DX, "nodule", "uncertain"),
    ("Possibly hypoechoic nodule.", ECHO, "hypoechoic", "uncertain"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), NATURE_ADVERBS)
def test_an_adverb_hedge_on_a_lesions_nature(parser: ReportParser, text: str, field: str, value: str,
                                             reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# "Could"/"can" before a verb of seeing states an ability, not a doubt ("I could see the cyst on the screen", "the
# radiologist could clearly see a small cyst"). Near misses: "could be a", a negated "couldn't see", a hedge
# elsewhere in the sentence.
ABILITY_NOT_DOUBT = [
    ("I could see the cyst on the screen myself, it was black and round.", DX, "cyst", "present"),
    ("The radiologist could clearly see a small cyst in my left ovary.", DX, "cyst", "present"),
    ("she was able to measure the nodule, 14 mm, hypoechoic", DX, "nodule", "present"),
    ("Sonographer could still identify a thin septation.", INT, "septations", "present"),
    # near misses
    ("This could be a cyst.", DX, "cyst", "uncertain"),
    ("They couldn't see any cyst.", DX, "cyst", "absent"),
    ("It could possibly be a cyst, you can see it on the image.", DX, "cyst", "uncertain"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), ABILITY_NOT_DOUBT)
def test_could_see_is_no_hedge(parser: ReportParser, text: str, field: str, value: str, reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# A figure legend's patient is history, as a case's "70-year-old with ..." is: "in a patient with breast cancer", "in
# a woman with known cirrhosis" name the reason for the study, not what it showed. Near misses: the lesion named
# before the patient, and what is described after the presentation's sentence.
LEGEND_PATIENT = [
    ("Fig. 5. Axillary lymph node in a patient with breast cancer. The node is round, suspicious for metastasis.",
     DX, "mass", "uncertain"),
    ("Figure 2. Cervical nodes in an elderly man with carcinoma of the tongue. (A) Round node, ?metastasis.",
     DX, "mass", "uncertain"),
    ("Fig 7. Liver in a woman known to have a pancreatic mass: no focal lesion.", DX, "mass", None),
    # near misses
    ("Fig. 2. Hepatic haemangioma in a patient with fatty liver: a hyperechoic, well-defined lesion.", DX, "mass",
     "present"),
    ("A cyst in a woman with pain; the cyst is anechoic.", ECHO, "anechoic", "present"),
    ("Fig 4. Breast mass in a young woman with a palpable lump: oval circumscribed hypoechoic mass.", SHAPE, "oval",
     "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), LEGEND_PATIENT)
def test_a_legends_patient_is_history(parser: ReportParser, text: str, field: str, value: str,
                                      reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# A statement about a kind of finding in general ("parotid tumours are usually benign", "haemangiomas are typically
# hyperechoic", "fibroadenomas tend to be oval"): neither the kind nor what is said of it is this patient's finding.
# Near misses: the patient's own lesion in the next clause, a plural that is present ("two cysts are present").
GENERAL_STATEMENTS = [
    ("The ENT said parotid tumours are usually benign.", DX, "mass", None),
    ("Simple cysts are very common and harmless, the doctor said.", DX, "cyst", None),
    ("Haemangiomas are typically hyperechoic; this lesion is hypoechoic.", ECHO, "hyperechoic", None),
    ("Fibroadenomas tend to be oval and well circumscribed.", SHAPE, "oval", None),
    # near misses
    ("Haemangiomas are typically hyperechoic; this lesion is hypoechoic.", ECHO, "hypoechoic", "present"),
    ("Two simple cysts are present in the right kidney.", DX, "cyst", "present"),
    ("Nodes are usually oval with a fatty hilum; here the node is round.", SHAPE, "round", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), GENERAL_STATEMENTS)
def test_a_general_statement_is_no_finding(parser: ReportParser, text: str, field: str, value: str,
                                           reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# A finding called "not clearly" or "not definitely" there is doubted ("Not clearly a discrete mass"), where "no
# definite cyst" denies it. Near misses: "not clearly seen" (a pseudo-cue) and "not clearly separate from".
NOT_CLEARLY_THERE = [
    ("Not clearly a discrete mass.", DX, "mass", "uncertain"),
    ("this is not definitely a cyst, could be a vessel", DX, "cyst", "uncertain"),
    ("Hypoechoic area, not convincingly a mass.", DX, "mass", "uncertain"),
    # near misses
    ("No definite cyst.", DX, "cyst", "absent"),
    ("The mass is not clearly separate from the bowel.", DX, "mass", "present"),
    ("The left ovary is not clearly seen; a 3 cm cyst in the right ovary.", DX, "cyst", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), NOT_CLEARLY_THERE)
def test_not_clearly_a_finding(parser: ReportParser, text: str, field: str, value: str, reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# A hedge that is an adjective of its noun ("possible microcalcifications", "?septation") doubts that noun; the next
# item joined by "and" that belongs to another dimension is stated in its own right ("... and ill-defined margins").
# "Vague" describes how a finding looks, not a doubt that it is there. Near misses: items of the same dimension stay
# doubted together, as does a list after a hedged noun phrase of several words and a clause hedge ("may represent").
NOUN_HEDGE_COORDINATION = [
    ("Left lobe nodule with possibel microcalcifications and ill-defined margins.", MARG, "ill-defined/indistinct",
     "present"),
    ("Left lobe nodule with possibel microcalcifications and ill-defined margins.", INT, "calcifications",
     "uncertain"),
    ("?septation and posterior enhancement.", PA, "enhancement", "present"),
    ("Questionable shadowing and a lobulated contour.", PA, "shadowing", "uncertain"),
    ("There is a vague 1.8 cm hypoechoic area in the pancreatic head.", ECHO, "hypoechoic", "present"),
    # near misses
    ("Possible septation and calcification in the cyst.", INT, "calcifications", "uncertain"),
    ("Possible hypoechoic mass and shadowing.", PA, "shadowing", "uncertain"),
    ("It may represent a cyst and septation.", INT, "septations", "uncertain"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), NOUN_HEDGE_COORDINATION)
def test_a_noun_hedge_and_the_next_item(parser: ReportParser, text: str, field: str, value: str,
                                        reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# After a negation, an item joined by "and" that states its own degree is asserted ("with no nodules and normal
# vascularity", "no septations and increased vascularity"), as it already was after a comma. Near misses: "or" keeps
# the list denied, and a second negation denies its own item.
NEGATION_AND_OWN_DEGREE = [
    ("Thyroid of normal size with no nodules and normal vascularity.", VASC, "normal/regular vascularity", "present"),
    ("No septations and increased vascularity.", VASC, "increased vascularity", "present"),
    ("no calcification and reduced flow within it", VASC, "reduced/diminished vascularity", "present"),
    # near misses
    ("No septation or increased flow.", VASC, "increased vascularity", "absent"),
    ("No mass and no increased vascularity.", VASC, "increased vascularity", "absent"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), NEGATION_AND_OWN_DEGREE)
def test_a_degree_after_a_negation_and_and(parser: ReportParser, text: str, field: str, value: str,
                                           reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# A worksheet block indented under its heading ("Left ovary: cyst\n  Septations: -\n  Solid component: -"): the line
# break and the next line's indent are one whitespace token, which still ends the value, so the minus denies its key.
# Near misses: an indented value that is a finding, and the unindented block.
INDENTED_WORKSHEET = [
    ("Left ovary: unilocular cyst 4.2 cm\n  Septations: -\n  Solid component: -\n  Content: anechoic", INT,
     "septations", "absent"),
    ("Left ovary: unilocular cyst 4.2 cm\n  Septations: -\n  Solid component: -\n  Content: anechoic", INT,
     "solid components", "absent"),
    ("Right kidney: cyst\n\tSeptations: none\n\tCalcification: present", INT, "septations", "absent"),
    ("Calcification: no\n   Colour Doppler: minimal", VASC, "reduced/diminished vascularity", "present"),
    # near misses
    ("Right kidney: cyst\n\tSeptations: none\n\tCalcification: present", INT, "calcifications", "present"),
    ("Left ovary: cyst\nSeptations: -\nSolid component: -", INT, "septations", "absent"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), INDENTED_WORKSHEET)
def test_an_indented_worksheet_block(parser: ReportParser, text: str, field: str, value: str,
                                     reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# A flow's degree said after it in a relative clause or before a comparison ("internal vascularity that is increased
# relative to the surrounding muscle", "flow is reduced on colour Doppler"), and the translated idiom "blood flow is
# strengthened": the degree grades the flow. Near misses: a degree word that grades something else, a bare flow.
FLOW_DEGREE_WORDING = [
    ("A solid mass with internal vascularity that is increased relative to the surrounding muscle.", VASC,
     "increased vascularity", "present"),
    ("Vascularity is increased compared with the left testis.", VASC, "increased vascularity", "present"),
    ("Flow is reduced on colour Doppler.", VASC, "reduced/diminished vascularity", "present"),
    ("A hypoechogenic node 11x9 mm is determined, blood flow in the node is strengthened.", VASC,
     "increased vascularity", "present"),
    ("Strengthened blood flow in the node.", VASC, "increased vascularity", "present"),
    # near misses
    ("The node is increased in size compared with the prior study; internal flow is seen.", VASC,
     "increased vascularity", None),
    ("The muscle signal is strengthened on this sequence.", VASC, "increased vascularity", None),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), FLOW_DEGREE_WORDING)
def test_a_flows_degree_after_it(parser: ReportParser, text: str, field: str, value: str,
                                 reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# A colon that opens a clause with its own subject and verb ends a negation ("negative for a mass or collection: the
# thyroid gland is normal"); a colon that opens the list of what was denied does not ("No evidence of: cyst, mass").
NEGATION_AND_A_COLON_CLAUSE = [
    ("The neck is negative for a mass or collection: the thyroid gland is normal.", DX, "normal appearance",
     "present"),
    ("Negative for a mass: the liver is hyperechoic.", ECHO, "hyperechoic", "present"),
    ("Negative for a mass: the liver is hyperechoic.", DX, "mass", "absent"),
    # near misses
    ("No evidence of: cyst, mass or collection.", DX, "fluid collection", "absent"),
    ("No evidence of: cyst, mass or collection.", DX, "cyst", "absent"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), NEGATION_AND_A_COLON_CLAUSE)
def test_a_clause_after_a_colon_ends_a_negation(parser: ReportParser, text: str, field: str, value: str,
                                                reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# "Normal appearance" (guideline, Diagnosis roll-up): a hollow organ's normal filling ("Bladder: partially distended,
# grossly normal", "well distended") does not state the organ abnormal, where "distended" alone or an enlarged organ
# does. Each text also has a lesion elsewhere, so only a whole organ stated normal gives the label.
NORMAL_FILLING = [
    ("Left kidney: 2 cm simple cyst.\nBLADDER: Partially distended, grossly normal.", DX, "normal appearance",
     "present"),
    ("Left kidney: 2 cm simple cyst. The urinary bladder is well distended and normal.", DX, "normal appearance",
     "present"),
    # near misses
    ("Left kidney: 2 cm simple cyst. The gallbladder is distended, otherwise normal.", DX, "normal appearance", None),
    ("Left kidney: 2 cm simple cyst. The spleen is moderately enlarged, otherwise normal.", DX, "normal appearance",
     None),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), NORMAL_FILLING)
def test_a_hollow_organs_normal_filling(parser: ReportParser, text: str, field: str, value: str,
                                       reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# "Normal appearance" (guideline, Diagnosis roll-up): a whole organ described in one sentence by a normal attribute
# and a denied finding ("thyroid: echogenicity is normal, no nodules") is stated normal, even beside a lesion of
# another organ. Near misses: a lesion of the same organ elsewhere in the report, a lesion sentence that names no
# organ (it may be this one's), and a normal attribute with no denied finding beside a lesion.
NORMAL_ATTRIBUTE_AND_NEGATION = [
    ("thyroid: echogenicity is normal, no nodules. Lump corresponds to a 1.5cm oval reactive lymph node.", DX,
     "normal appearance", "present"),
    ("Pancreas: normal echotexture, no focal lesion or duct dilatation. Right kidney: 2 cm simple cyst.", DX,
     "normal appearance", "present"),
    # near misses
    ("Thyroid: normal echogenicity, no nodules. A 12 mm cyst in the left lobe of the thyroid.", DX,
     "normal appearance", None),
    ("Thyroid: normal echogenicity, no nodules. Left lobe 12 mm cyst.", DX, "normal appearance", None),
    ("Spleen: normal echogenicity. A 2 cm cyst lies at its hilum.", DX, "normal appearance", None),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), NORMAL_ATTRIBUTE_AND_NEGATION)
def test_an_organ_described_by_a_normal_attribute_and_a_negation(parser: ReportParser, text: str, field: str,
                                                                 value: str, reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# A "?" standing free between two words is shorthand for "query" and doubts the word after it ("2 cm hypoechoic
# lesion ? haematoma"), not the description before it; in a sentence that opens like a question it is the poster's
# question. A poster's "Apparently it's ..." relays what they were told (hearsay, not doubt); the adjective "an
# apparent cyst" still doubts.
QUERY_MARKS_AND_HEARSAY = [
    ("2 cm hypoechoic lesion ? haematoma", DX, "fluid collection", "uncertain"),
    ("2 cm hypoechoic lesion ? haematoma", ECHO, "hypoechoic", "present"),
    ("Hypoechoic lesion ? haematoma ? abscess.", ECHO, "hypoechoic", "present"),
    ("Apparently it's a complex cyst with septations and they want to check it again.", DX, "cyst", "present"),
    ("apparently the lump is a lipoma", DX, "mass", "present"),
    # near misses
    ("Is this a cyst ? my doctor says yes", DX, "cyst", None),
    ("cyst ?", DX, "cyst", "uncertain"),
    ("Hypoechoic lesion, ? haematoma.", DX, "fluid collection", "uncertain"),
    ("An apparent cyst in the left ovary.", DX, "cyst", "uncertain"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), QUERY_MARKS_AND_HEARSAY)
def test_a_free_query_mark_and_hearsay(parser: ReportParser, text: str, field: str, value: str,
                                       reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# "Tortuous" describes the course of a vessel or duct ("a dilated tortuous ureter", "a tortuous carotid"), not a
# lesion's shape (guideline: shape only from shape words about the lesion). Near misses: a lesion's tubular shape.
TORTUOUS_IS_NO_SHAPE = [
    ("The upper moiety is hydronephrotic with a dilated tortuous ureter.", SHAPE, "tubular/linear", None),
    ("The fullness corresponds to a tortuous, mildly ectatic right common carotid artery.", SHAPE, "tubular/linear",
     None),
    # near misses
    ("A tubular, blind-ending, non-compressible structure in the right iliac fossa.", SHAPE, "tubular/linear",
     "present"),
    ("A linear echogenic membrane within the vitreous.", SHAPE, "tubular/linear", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), TORTUOUS_IS_NO_SHAPE)
def test_tortuous_is_no_shape(parser: ReportParser, text: str, field: str, value: str, reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# A history cue whose finding is described as it is now, with the current word between the cue and what describes it
# ("the previously described cyst is unchanged, anechoic"): the description is current. Near misses: history with no
# current word, and a finding mentioned only in the history.
HISTORY_DESCRIBED_NOW = [
    ("The previously described 2.1 cm cyst in the right lobe is unchanged, anechoic.", ECHO, "anechoic", "present"),
    ("The previously noted nodule remains, hypoechoic and oval.", SHAPE, "oval", "present"),
    # near misses
    ("Previously seen septated cyst. Today the ovary is normal.", INT, "septations", None),
    ("History of a hypoechoic thyroid nodule treated with ablation.", ECHO, "hypoechoic", None),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), HISTORY_DESCRIBED_NOW)
def test_a_history_cue_and_a_current_description(parser: ReportParser, text: str, field: str, value: str,
                                                 reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# A hedge whose object is a structure with no diagnosis ("probably reactive node") ends at the comma after it, as a
# hedge on a diagnosis does: what follows describes what was seen ("..., oval, hypoechoic"). Near misses: a hedge on
# the descriptors themselves, and a hedged diagnosis.
HEDGED_STRUCTURE_DESCRIBED = [
    ("Left level II: probably reactive node, oval, hypoechoic.", SHAPE, "oval", "present"),
    ("Left level II: probably reactive node, oval, hypoechoic.", ECHO, "hypoechoic", "present"),
    ("Likely a reactive lymph node, oval with a fatty hilum and normal vascularity.", VASC,
     "normal/regular vascularity", "present"),
    # near misses
    ("Possibly hypoechoic, oval.", ECHO, "hypoechoic", "uncertain"),
    ("Probable nodule, hypoechoic.", DX, "nodule", "uncertain"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), HEDGED_STRUCTURE_DESCRIBED)
def test_a_hedged_structure_then_its_description(parser: ReportParser, text: str, field: str, value: str,
                                                 reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# A second predicate of the same subject, joined by "and" before a verb of reporting or showing ("they ruled out a cyst
# and said it's a solid lump", "no internal flow and shows a thick echogenic wall"), is a new statement: the first
# cue does not reach it. Near misses: "and thinks" keeps its own hedge; a plain "and" list stays denied.
SECOND_PREDICATE = [
    ("They ruled out a cyst and said it's a solid lump.", INT, "solid components", "present"),
    ("They ruled out a cyst and said it's a solid lump.", DX, "cyst", "absent"),
    ("No internal flow and shows a thick echogenic wall.", ECHO, "hyperechoic", "present"),
    # near misses
    ("The doctor found no cyst and thinks it is a lipoma.", DX, "mass", "uncertain"),
    ("No septations and calcifications were seen.", INT, "calcifications", "absent"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), SECOND_PREDICATE)
def test_a_second_predicate_after_and(parser: ReportParser, text: str, field: str, value: str,
                                      reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# A figure legend's "(not shown)" says a structure is outside the figure, not absent (guideline: "(not shown) was
# normal" counts). Near misses: "not shown" as a clause's own predicate still denies.
NOT_IN_THE_FIGURE = [
    ("Fig 5. A 3 cm cyst in the left ovary; the right ovary (not shown) was normal.", DX, "normal appearance",
     "present"),
    ("Figure 2. The lesion is anechoic; the contralateral ovary (not shown) was normal.", DX, "normal appearance",
     "present"),
    # near misses
    ("Septations are not shown on this image.", INT, "septations", "absent"),
    ("No flow was seen on Doppler (not shown).", VASC, "no vascularity", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), NOT_IN_THE_FIGURE)
def test_not_shown_in_a_legend(parser: ReportParser, text: str, field: str, value: str, reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading
