""""Normal appearance" and descriptor error classes, third round (issue 11): one table per class, sentences written
for these tests in the four source styles (dictation, patient posts, teaching cases, figure legends), never corpus
lines, each table with near misses that must not trigger."""

from __future__ import annotations

import pytest
from parser_reading import labels_of, reading_of

from udt.parser import ReportParser

NORMAL = "normal appearance"


def _normal(parser: ReportParser, text: str) -> bool:
    return NORMAL in labels_of(parser, text, "Diagnosis")


# A normal attribute ("echogenicity is normal") qualifies the dimension word in its own sentence only: the dimension
# word at the end of one sentence made the next sentence's normal statement ("No focal lesion.") an attribute too,
# and the study lost its normal appearance. And a study told only in normal attributes and denials, over several
# sentences, is a normal study (guideline: an organ whose whole description is normal wording plus negations).
# Near misses: an organ only measured, a venous study (compressible with normal flow), an abnormal descriptor or an
# abnormal state anywhere, any other finding, a hedged lesion.
ATTRIBUTES_AND_DENIALS = [
    ("The liver has normal echogenicity. No focal lesion. No biliary dilatation.", True),
    ("Pancreas: echotexture normal. No focal lesion.", True),
    ("Thyroid: echogenicity is normal. No nodules.", True),
    ("Right kidney 10.5 cm. Cortical thickness and echogenicity are normal. No hydronephrosis. No calculi.", True),
    ("RENAL TRANSPLANT: graft in the right iliac fossa, 12.1 cm. Corticomedullary differentiation and echogenicity "
     "normal. No collection around the graft.", True),
    ("Fig. 3. The spleen, of normal echogenicity; no focal lesion or collection.", True),
    # near misses
    ("Spleen 11 cm. Echogenicity is normal.", False),
    ("Common femoral vein: compressible, normal flow. No thrombus.", False),
    ("Liver echogenicity is normal. A 12 mm hypoechoic area in segment 6. No ductal dilatation.", False),
    ("Thyroid echogenicity is normal. No nodules. The left lobe is enlarged.", False),
    ("Renal cortical echogenicity is normal. No hydronephrosis. A 6 mm calculus in the lower pole.", False),
    ("Thyroid echogenicity normal. No nodules. The gland is diffusely enlarged.", False),
    ("Bladder wall echogenicity normal. No calculi. Prostate enlarged.", False),
]


@pytest.mark.parametrize(("text", "normal"), ATTRIBUTES_AND_DENIALS)
def test_a_study_of_normal_attributes_and_denials_is_normal(parser: ReportParser, text: str, normal: bool) -> None:
    assert _normal(parser, text) is normal


# Lay and dictated ways of saying a study or an organ is normal, added to the ontology as related synonyms of
# "normal appearance" ("looked fine", "came back clear", "all clear", "satisfactory appearances", "nothing
# untoward"); and a "normal" word in the sentence of a hedged lesion, with no organ named between the two, speaks of
# that lesion ("said it looks fine, probably a fibroadenoma"), not of a whole organ. Near misses: "fine" as a
# descriptor, a lesion said to look fine, the poster's question, reassurance beside a hedged lesion.
LAY_AND_DICTATED_NORMALS = [
    ("Had my kidney scan today and the sonographer said everything looked fine.", True),
    ("Got the results of my pelvic ultrasound back, all clear apparently!", True),
    ("My thyroid ultrasound came back clear, but I still feel a lump when I swallow.", True),
    ("The lady doing the scan said my liver looks ok.", True),
    ("Scan of the testicles was okay according to the letter.", True),
    ("Satisfactory appearances of the left hip.", True),
    ("Both hips: appearances satisfactory, alpha angles above 60 degrees.", True),
    ("Nothing abnormal in the pelvis.", True),
    ("Nothing untoward seen in the right upper quadrant.", True),
    ("The doctor said there is nothing wrong with my ovaries.", True),
    ("They scanned my neck and it all looked good.", True),
    ("Right breast has a 1 cm cyst. The left breast was fine.", True),
    # near misses
    ("Fine calcifications are scattered through the mass.", False),
    ("Thin fine septations within the cyst.", False),
    ("A 2 cm simple cyst in the left kidney, which looks fine.", False),
    ("They found a lump in my breast but said it looks fine, probably a fibroadenoma.", False),
    ("My doctor said the liver shows a likely small haemangioma but looks fine otherwise.", False),
    ("Is everything ok with my scan?", False),
]


@pytest.mark.parametrize(("text", "normal"), LAY_AND_DICTATED_NORMALS)
def test_lay_and_dictated_normal_wording(parser: ReportParser, text: str, normal: bool) -> None:
    assert _normal(parser, text) is normal


# A normal statement that concedes its organ abnormal ("enlarged but otherwise normal", "normal in size but coarse")
# makes no normal study, even with no lesion in the report; a contrast that goes on with the same subject ("but
# slightly heterogeneous") no longer ends the look for the abnormal state. Near misses: a contrast that starts another
# organ's clause, a normal word beside a state with no concession (a postmenopausal ovary "atrophic, unremarkable",
# enlarged nodes beside a normal appendix).
CONCEDED_ABNORMAL_ORGAN = [
    ("The spleen is enlarged at 16 cm but otherwise normal.", False),
    ("Liver: enlarged, however otherwise unremarkable.", False),
    ("The liver is normal in size but coarse in echotexture.", False),
    ("The liver is normal in size but slightly heterogeneous.", False),
    ("Thyroid gland diffusely enlarged, otherwise within normal limits.", False),
    # near misses
    ("The left testis is enlarged and heterogeneous, but the right testis is normal.", True),
    ("The right kidney is normal, but the left kidney is enlarged with a cyst.", True),
    ("Spleen normal; enlarged liver with a 2 cm cyst.", True),
    ("Right ovary: atrophic, unremarkable.", True),
    ("Multiple enlarged mesenteric nodes and a normal appendix.", True),
]


@pytest.mark.parametrize(("text", "normal"), CONCEDED_ABNORMAL_ORGAN)
def test_an_organ_conceded_abnormal_is_no_normal_study(parser: ReportParser, text: str, normal: bool) -> None:
    assert _normal(parser, text) is normal


# One side stated normal in the sentence of the other side's lesion: the normal's clause names its organ even when a
# denial's reach ran over it ("no synovial thickening, left hip normal"); a side word right after the normal word
# ("compared with the normal right side") names the side; a comparison ("compared with", "than") starts another
# subject, so the lesion side's abnormal state is not the normal side's. Near misses: both sides with findings, an
# organ larger than normal, a clause with no organ of its own.
NORMAL_SIDE_BESIDE_LESION = [
    ("Small right knee effusion, no synovial thickening, left knee normal.", True),
    ("The report says 'right hip joint effusion 5 mm, no synovitis, left hip normal'.", True),
    ("Fig. 2. (A) Swollen hypoechoic left testis. (B) Flow is markedly increased in it compared with the normal "
     "right side.", True),
    ("Orchitis. Colour Doppler shows increased vascularity throughout, compared with the normal left side (C).", True),
    ("Figure 4. The enlarged left ovary is twice the volume of the normal right ovary.", True),
    # near misses
    ("Bilateral knee effusions, no synovial thickening, left slightly larger.", False),
    ("The spleen is larger than normal at 15 cm.", False),
    ("Small right hip effusion, no synovial thickening, otherwise normal.", False),
]


@pytest.mark.parametrize(("text", "normal"), NORMAL_SIDE_BESIDE_LESION)
def test_a_normal_side_beside_the_other_sides_lesion(parser: ReportParser, text: str, normal: bool) -> None:
    assert _normal(parser, text) is normal


# The surroundings of a lesion stated normal ("the underlying muscle is unremarkable" below a lipoma, "no adjacent
# pleural abnormality" beside a rib lesion) are named relative to the lesion, not examined in their own right: no
# normal finding beside it. Near misses: the same words in a study with nothing abnormal, and a whole organ stated
# normal in a sentence of its own beside the lesion.
SURROUNDINGS_OF_A_LESION = [
    ("A 3 cm oval hyperechoic lesion in the subcutaneous fat of the forearm, consistent with a lipoma. The underlying "
     "muscle is unremarkable.", False),
    ("Chest wall: 2 cm hypoechoic mass arising from the 5th rib. No adjacent pleural abnormality.", False),
    ("Figure 3. Ganglion cyst (arrow) at the dorsal wrist; the overlying tendons are normal.", False),
    ("A 15 mm simple cyst in the right breast at 10 o'clock. Surrounding breast tissue unremarkable.", False),
    # near misses
    ("Right thigh: no mass. The underlying muscle is unremarkable.", True),
    ("A 2 cm fibroadenoma in the left breast. The right breast is normal.", True),
]


@pytest.mark.parametrize(("text", "normal"), SURROUNDINGS_OF_A_LESION)
def test_the_surroundings_of_a_lesion_are_no_normal_organ(parser: ReportParser, text: str, normal: bool) -> None:
    assert _normal(parser, text) is normal


# A denial-form normal ("no focal lesion", "no focal abnormality") in a sentence that describes its organ with an
# abnormal descriptor ("the liver is echogenic with no focal lesion": a fatty liver) is no normal organ, beside a
# lesion elsewhere or alone. Near misses: normal or unvalued descriptors (normal echotexture, homogeneous), and a
# descriptor of the organ's content ("anechoic bile").
ORGAN_DESCRIBED_ABNORMAL = [
    ("The liver is echogenic with no focal lesion.", False),
    ("Liver: diffusely hyperechoic, no focal lesion.", False),
    ("Thyroid: diffusely hypoechoic and heterogeneous, no nodules, no focal abnormality.", False),
    ("Trace pericholecystic fluid. Liver bright and echogenic with no focal lesion.", False),
    # near misses
    ("Liver: normal echotexture, no focal lesion.", True),
    ("Spleen: homogeneous, no focal lesion.", True),
    ("Gallbladder: anechoic bile, no stones, no focal abnormality.", True),
]


@pytest.mark.parametrize(("text", "normal"), ORGAN_DESCRIBED_ABNORMAL)
def test_an_organ_described_abnormal_is_not_normal(parser: ReportParser, text: str, normal: bool) -> None:
    assert _normal(parser, text) is normal


# A normal aspect of the only organ a report names ("Thyroid normal in size.") beside lesions whose lines name no
# organ ("Nodule 1: right mid pole, 14 mm") is one aspect of an organ that has a lesion, no normal organ. Near
# misses: a second organ named (the unplaced lesion may be its), and a whole organ stated normal.
ASPECT_OF_THE_ONLY_ORGAN = [
    ("FINDINGS: Thyroid normal in size.\nNodule 1: right lower pole, 14 x 9 mm, solid, hypoechoic.\n"
     "Nodule 2: left upper pole, 6 mm, spongiform.", False),
    ("Liver normal in size. A 2 cm hyperechoic haemangioma in segment 6.", False),
    ("The uterus is normal in size. Intramural fibroid 3 cm on the posterior wall.", False),
    ("LEFT TESTIS: normal in size.\nA 6 mm solid hypoechoic mass at the upper pole with internal flow.", False),
    ("Pancreas normal in calibre.\nTail: 12 mm cyst, no solid component.", False),
    # near misses
    # (size wording alone is no normal organ, guideline "normal in size" → no: the liver is called normal in more)
    ("Liver normal in size and echotexture. Spleen 10 cm. A 2 cm cyst at the lower pole.", True),
    ("Thyroid: normal.\nNodule: none.\nLevel II node 9 mm, oval, with a fatty hilum.", True),
]


@pytest.mark.parametrize(("text", "normal"), ASPECT_OF_THE_ONLY_ORGAN)
def test_an_aspect_of_the_only_organ_beside_its_lesion(parser: ReportParser, text: str, normal: bool) -> None:
    assert _normal(parser, text) is normal


# One normal node among nodes described elsewhere in the report ("a normal level II node" beside a round node
# suspicious for metastasis) is part of the organ, not a normal organ beside the abnormal node. Near misses: an
# axilla whose one node is normal (the whole axilla), nodes stated normal as a group.
ONE_NORMAL_NODE_AMONG_OTHERS = [
    ("Fig. 5. (A) A normal level III node with a fatty hilum. (B) A round hypoechoic level IV node with "
     "microcalcifications, suspicious for metastatic papillary carcinoma.", False),
    ("Right level II: 9 mm oval node, normal.\nLeft level III: 14 mm round node with cystic change, suspicious for "
     "a metastasis.", False),
    # near misses
    ("Breast: 8 mm simple cyst at 3 o'clock.\nLeft axilla: 1 node with a 2 mm cortex, normal.", True),
    ("Thyroid: 12 mm solid nodule in the right lobe. Cervical nodes: normal.", True),
]


@pytest.mark.parametrize(("text", "normal"), ONE_NORMAL_NODE_AMONG_OTHERS)
def test_one_normal_node_among_others_is_no_normal_organ(parser: ReportParser, text: str, normal: bool) -> None:
    assert _normal(parser, text) is normal


def _echo(parser: ReportParser, text: str) -> list[str]:
    return labels_of(parser, text, "Echogenicity")


# An echo word on a lymph node's hilum is a stated echogenicity (guideline, descriptors: "an echo word ... on a node's
# hilum or cortex ... is labelled"); "echogenic hilum" was an ontology synonym of the hilum, so the longest match
# swallowed the echo word. Near misses: a hilum with no echo word, and the fatty hilum (no echo word either).
ECHO_WORD_ON_A_NODE_HILUM = [
    ("An oval level II node, 9 mm, with an echogenic hilum.", ["hyperechoic"]),
    ("Fig. 2. Reactive node: preserved echogenic hilum and hilar flow (arrowhead).", ["hyperechoic"]),
    ("Axilla: two nodes, cortex 2 mm, echogenic hilum preserved.", ["hyperechoic"]),
    # near misses
    ("An oval level II node, 9 mm, with a fatty hilum.", []),
    ("Axilla: two nodes, cortex 2 mm, hilum preserved.", []),
]


@pytest.mark.parametrize(("text", "echo"), ECHO_WORD_ON_A_NODE_HILUM)
def test_an_echo_word_on_a_node_hilum_is_labelled(parser: ReportParser, text: str, echo: list[str]) -> None:
    assert _echo(parser, text) == echo


def _vascularity(parser: ReportParser, text: str) -> list[str]:
    return labels_of(parser, text, "Vascularity")


# A bare "phasic" in a venous worksheet ("CFV: compressible, phasic", "R compressible, phasic | L ...") is phasic
# flow, which the guideline reads as normal/regular vascularity (like the bare "antegrade" and "hepatopetal" the
# ontology already lists). Near misses: a flow named with no quality, and absent flow in a thrombosed vein.
BARE_PHASIC_FLOW = [
    ("CFV: compressible, phasic\nSFV: compressible, phasic", ["normal/regular vascularity"]),
    ("Right CFV | compressible, phasic | no thrombus", ["normal/regular vascularity"]),
    ("Left popliteal vein fully compressible and phasic with respiration.", ["normal/regular vascularity"]),
    # near misses
    ("CFV: compressible, flow present.", []),
    ("Common femoral vein: non-compressible, echogenic thrombus, no flow.", ["no vascularity"]),
]


@pytest.mark.parametrize(("text", "vascularity"), BARE_PHASIC_FLOW)
def test_a_bare_phasic_is_normal_flow(parser: ReportParser, text: str, vascularity: list[str]) -> None:
    assert _vascularity(parser, text) == vascularity


# A flow's measured quantity stands between the flow word and its degree ("Flow volume: 1150 ml/min (normal)", "flow
# volume 900 mL/min, normal" of a dialysis fistula; the guideline reads reduced fistula flow volume as reduced, so a
# normal one is normal/regular). Near misses: a measure with no degree, and a degree word inside another phrase.
FLOW_MEASURE_THEN_DEGREE = [
    ("AV fistula. Flow volume: 1150 ml/min (normal). Outflow vein patent.", ["normal/regular vascularity"]),
    ("Brachiocephalic fistula: flow volume 900 mL/min, normal.", ["normal/regular vascularity"]),
    ("Fistula flow rate: 350 ml/min, reduced.", ["reduced/diminished vascularity"]),
    ("Fistula flow volume: normal.", ["normal/regular vascularity"]),
    # near misses
    ("Fistula flow volume 1150 ml/min.", []),
    ("Fistula flow volume 700 mL/min, below the normal range.", []),
]


@pytest.mark.parametrize(("text", "vascularity"), FLOW_MEASURE_THEN_DEGREE)
def test_a_flow_measure_before_its_degree(parser: ReportParser, text: str, vascularity: list[str]) -> None:
    assert _vascularity(parser, text) == vascularity


def _shape_and_margins(parser: ReportParser, text: str) -> tuple[list[str], list[str]]:
    return labels_of(parser, text, "Shape"), labels_of(parser, text, "Margins")


# Shape words that state no lesion's shape: a noun of another sense ("irregular periods", "irregular heartbeat"), an
# outline noun the word is said of ("the liver surface is nodular", "its inferior tip is irregular", "bladder wall
# thickened and irregular"), and a coordinated shape word before a contour word ("an irregular, lobulated contour":
# both state the margin). Near misses: a lesion called irregular, attributively or predicatively.
SHAPE_WORDS_OF_NO_LESION = [
    ("Pelvic scan for irregular periods: uterus and both ovaries normal.", ([], [])),
    ("My GP sent me for a scan because of irregular bleeding, report says endometrium 5 mm.", ([], [])),
    ("Cirrhotic liver: the liver surface is nodular (arrowheads).", ([], [])),
    ("A ruptured Baker's cyst: its inferior tip is irregular.", ([], [])),
    ("Bladder wall thickened and irregular posteriorly.", ([], [])),
    ("A 2.4 cm isoechoic thyroid nodule with an irregular, lobulated contour.", ([], ["ill-defined/indistinct"])),
    # near misses
    ("An irregular hypoechoic mass in the left breast.", (["irregular"], [])),
    ("The collection is irregular in shape.", (["irregular"], [])),
    ("Lobulated mass with smooth margins.", (["lobulated"], ["well-defined"])),
]


@pytest.mark.parametrize(("text", "expected"), SHAPE_WORDS_OF_NO_LESION)
def test_shape_words_of_no_lesion(parser: ReportParser, text: str, expected: tuple[list[str], list[str]]) -> None:
    assert _shape_and_margins(parser, text) == expected


# A shape word said of a structure of the anatomy, which heads its phrase or is the subject of a verb of being
# ("elongated pylorus", "the pyloric channel is elongated", "a round ligament ...") describes that structure, not a
# lesion. Near misses: anatomy naming the lesion's site ("an irregular breast mass"), a template key ("Bladder:
# irregular polypoid mass"), a node's shape (labelled, guideline), anatomy as a place ("nodes in the left axilla are
# oval").
SHAPE_OF_THE_ANATOMY = [
    ("Pyloric stenosis: the pyloric channel is elongated at 18 mm and the muscle is 4 mm thick.", []),
    ("Fig. 1. An elongated pylorus (calipers) in a 5-week-old boy.", []),
    ("The appendix appears tubular, blind-ending and non-compressible.", []),
    # near misses
    ("An irregular breast mass at 2 o'clock, 14 mm.", ["irregular"]),
    ("Bladder: irregular polypoid mass on the posterior wall.", ["irregular"]),
    ("Lymph nodes in the left axilla are oval with fatty hila.", ["oval"]),
    ("A level II node is oval, 9 mm.", ["oval"]),
]


@pytest.mark.parametrize(("text", "shape"), SHAPE_OF_THE_ANATOMY)
def test_a_shape_of_the_anatomy_is_no_lesion_shape(parser: ReportParser, text: str, shape: list[str]) -> None:
    assert labels_of(parser, text, "Shape") == shape


# A stated edge (refractive) shadow is read as shadowing, as three independently written development corpora label it:
# "edge shadowing" now rolls up to shadowing in the ontology. Near misses: denied edge shadowing, twinkling (a Doppler
# artefact, no shadowing).
EDGE_SHADOWING = [
    ("Fig. 3. A round anechoic cyst with refractive edge shadowing (arrows).", "present"),
    ("Gallbladder polyp 5 mm, no shadowing; note lateral edge shadows from the gallbladder neck.", "present"),
    # near misses
    ("A 9 mm anechoic cyst without edge shadowing.", "absent"),
    ("Echogenic focus in the renal sinus with twinkling artefact.", None),
]


@pytest.mark.parametrize(("text", "reading"), EDGE_SHADOWING)
def test_edge_shadowing_is_shadowing(parser: ReportParser, text: str, reading: str | None) -> None:
    assert reading_of(parser, text, "PosteriorAcoustics", "shadowing") == reading
