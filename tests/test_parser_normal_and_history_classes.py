""""Normal appearance", malignancy words and history boundaries by error class (issue 11, fourth round): one table
per class, hand-written sentences in the four source styles (dictation, patient posts, teaching cases, figure
legends), never corpus lines, each with near misses that must not trigger. A row names whether the report labels
one Diagnosis value."""

from __future__ import annotations

import pytest

from udt.parser import ReportParser

NORMAL = "normal appearance"

# A normal PART of an organ ("the remainder of the liver", "the epididymis") is a normal finding only in a normal
# study; a study that hedges a lesion ("possibly a small seminoma", "? fibroadenoma") is none (guideline: "normal
# appearance" is a normal study or a whole organ stated normal). Before, only an asserted lesion made the study
# abnormal. Near misses: an asserted lesion, a denied or valueless hedge ("possible stone"), a whole organ or side
# stated normal beside a hedged lesion, and a part left unassessed in an otherwise normal study.
PART_BESIDE_A_HEDGED_LESION = [
    ("Figure 2. Sagittal image of the left testis shows a 7 mm hypoechoic focus, possibly a small seminoma; the "
     "epididymis is unremarkable.", False),
    ("They found a lump in my right breast that might be a fibroadenoma, the rest of the breast was normal.", False),
    ("US LIVER: 2.5 cm echogenic area in segment VI, likely a haemangioma. Remainder of the liver unremarkable.",
     False),
    ("left breast 2 oclock ? fibroadenoma 9mm. remaining breast tissue normal", False),
    ("Case 5. A 3 cm complex area in the right ovary, suspicious for an endometrioma; the remainder of the ovary is "
     "normal.", False),
    ('The radiologist wrote "possible small abscess in the left lobe, the rest of the liver looks normal".', False),
    # near misses
    ("US LIVER: segment VI could not be assessed; remainder of the liver unremarkable.", True),
    ("Left breast 2 o'clock: possible stone in a duct. The remaining breast tissue is normal.", True),
    ("Fig 6. Possible fibroadenoma in the right breast (arrow). The left breast is normal.", True),
    ("Right kidney: ?small angiomyolipoma. Left kidney normal.", True),
]

# A joint, fascia or germinal matrix is part of the region its organ value names (AC joint of the shoulder, plantar
# fascia of the foot, germinal matrix of the neonatal brain): stated normal beside a lesion of that region it is no
# normal finding (guideline: "a normal germinal matrix -> not"). Near misses: the same parts in a normal study, a
# legend of the normal part alone, and a whole side stated normal beside the part.
NORMAL_JOINT_FASCIA_OR_MATRIX = [
    ("RIGHT SHOULDER: full-thickness supraspinatus tear with a small bursal effusion. The AC joint is unremarkable.",
     False),
    ("Preterm infant: right germinal matrix haemorrhage with a small subependymal cyst. The left germinal matrix is "
     "normal.", False),
    ("Case 3: a 2 cm hypoechoic mass in the medial band of the plantar fascia; the fascia is otherwise of normal "
     "thickness.", False),
    ("Forefoot: a 7 mm intermetatarsal mass. Metatarsophalangeal joints unremarkable.", False),
    # near misses
    ("Normal shoulder study. The AC joint is unremarkable.", True),
    ("SHOULDER US\nSupraspinatus: intact\nACJ: normal\nBursa: no fluid", True),
    ("Foot US: plantar fascia 3 mm, normal. No mass.", True),
    ("Neonatal head: The germinal matrix is normal on both sides. No haemorrhage.", True),
    ("Fig 3. Normal acromioclavicular joint, with a thin capsule.", True),
    ("Shoulder: 2 cm lipoma over the deltoid. The left AC joint is normal and the right shoulder is normal.", True),
]


@pytest.mark.parametrize(("text", "normal"), PART_BESIDE_A_HEDGED_LESION)
def test_a_normal_part_beside_a_hedged_lesion(parser: ReportParser, text: str, normal: bool) -> None:
    assert (NORMAL in parser.parse(text).labels["Diagnosis"]) is normal


@pytest.mark.parametrize(("text", "normal"), NORMAL_JOINT_FASCIA_OR_MATRIX)
def test_a_normal_joint_fascia_or_matrix_is_a_part(parser: ReportParser, text: str, normal: bool) -> None:
    assert (NORMAL in parser.parse(text).labels["Diagnosis"]) is normal

# "normal hilum" of lymph nodes characterises nodes that were found (reactive, suspicious or benign-appearing): no
# normal finding. Near misses: nodes or a station stated normal, a kidney's normal hilum, nodes only denied.
NODES_WITH_A_NORMAL_HILUM = [
    ("Left neck: several oval lymph nodes with a normal fatty hilum, the largest 11 mm.", False),
    ("my daughter's report says 'a few small nodes with normal hila, likely reactive'. should I worry?", False),
    ("Fig 7. A level III node with a normal echogenic hilum (arrowhead).", False),
    ("Axilla: two nodes, cortex 2 mm, normal hilum. Impression: benign-appearing nodes.", False),
    # near misses
    ("Cervical nodes: normal.", True),
    ("Left axilla: normal nodes.", True),
    ("Both kidneys are normal in size with a normal hilum.", True),
    ("Right kidney 10.5 cm, normal hilum, no hydronephrosis. Left kidney normal.", True),
    ("No cervical lymphadenopathy. Thyroid normal.", True),
]


@pytest.mark.parametrize(("text", "normal"), NODES_WITH_A_NORMAL_HILUM)
def test_nodes_with_a_normal_hilum_are_no_normal_finding(parser: ReportParser, text: str, normal: bool) -> None:
    assert (NORMAL in parser.parse(text).labels["Diagnosis"]) is normal

# A diagnosis word that names a test or service ("tumour markers", "the tumour board", "the breast tumour clinic"),
# a relative's cancer ("my aunt had ovarian carcinoma") and the poster's own question without a question mark ("is
# it a tumour") give no mass. Before, each asserted one. Near misses: a hedged or asserted tumour of this patient in
# the same report, a relative's scan that the poster relays, and a translated "Is noted a tumour".
NO_FINDING_OF_THIS_SCAN = [
    ("IMPRESSION: 7 mm hypoechoic testicular lesion. Urology referral; tumour markers suggested.", False),
    ("Both testes normal. Tumour markers are pending.", False),
    ("my GP sent me to the breast tumour clinic, the scan said left breast normal", False),
    ("Fig 3. Case discussed at the tumour board: the liver is normal.", False),
    ("Right ovary 4 cm simple cyst. My aunt had ovarian carcinoma so I'm worried.", False),
    ("His father died of a bowel tumour. Liver and spleen normal.", False),
    ("My mum battled breast carcinoma twice, my scan says 'right breast: 6 mm cyst'.", False),
    ("Left kidney normal. is it a tumour", False),
    # near misses
    ("IMPRESSION: 3 cm solid mass in the left kidney, likely a tumour. Tumour markers not needed.", True),
    ("The scan showed a tumour in my mum's liver, 4 cm.", True),
    ("My dad had a scan and it showed a 3 cm tumour in his kidney.", True),
    ("It is a tumour, the biopsy confirmed, 2 cm in the left breast.", True),
    ("Is noted a tumour of the left kidney 3 cm.", True),
    ("is it usual to wait for results, my report says there is a 3 cm tumour in the left kidney", True),
]


@pytest.mark.parametrize(("text", "mass"), NO_FINDING_OF_THIS_SCAN)
def test_a_test_service_relative_or_question_gives_no_mass(parser: ReportParser, text: str, mass: bool) -> None:
    assert ("mass" in parser.parse(text).labels["Diagnosis"]) is mass

# An inline history, indication or comparison line that runs on into this scan's findings ends at the first sentence
# that reports the scan ("Indication: ?gallstones. Gallbladder normal, no stones."). Before, the findings were read
# as history. Near misses: sentences about an earlier or another examination or the history itself, a history
# sentence with no finding wording, and a FINDINGS heading that already ends the line.
HISTORY_LINE_RUNS_ON = [
    ("HISTORY: right upper quadrant pain. The gallbladder contains a 1 cm stone. Liver normal.", NORMAL, True),
    ("History: known liver cyst. Today the liver shows a 3 cm simple cyst, unchanged.", "cyst", True),
    ("Indication: ?gallstones. Gallbladder normal, no stones.", NORMAL, True),
    ("Indication: possible ovarian cyst on CT. Both ovaries normal, no cyst.", NORMAL, True),
    ("Reason for exam: ? renal mass on CT. Both kidneys normal.", NORMAL, True),
    ("Comparison: 2021. The thyroid contains a 9 mm cyst in the left lobe.", "cyst", True),
    # near misses
    ("History: 45F. Previous scan normal.", NORMAL, False),
    ("HISTORY: breast cancer 2015. CT shows a mass in the liver.", "mass", False),
    ("History: known liver cyst. Pain for a week.", "cyst", False),
    ("HISTORY: Known haemangioma, which measures 2 cm on the MRI.", "mass", False),
    ("INDICATION: query fibroid. FINDINGS: uterus normal size, no fibroid seen.", NORMAL, True),
]


@pytest.mark.parametrize(("text", "value", "labelled"), HISTORY_LINE_RUNS_ON)
def test_a_history_line_ends_where_the_scan_is_reported(parser: ReportParser, text: str, value: str,
                                                        labelled: bool) -> None:
    assert (value in parser.parse(text).labels["Diagnosis"]) is labelled

# A finding said to be gone after a comma or a relative clause ("a thyroid nodule, now resolved", "cyst, which has
# resolved") is denied (guideline: "resolved" denies); before, the comma stopped the cue and the finding was
# asserted. Near misses: "has not resolved", a size change, another subject that resolved, "resolving", and a case's
# later course told with "had resolved" (the finding stays as it was seen).
RESOLVED_SINCE = [
    ("History of a thyroid nodule, now resolved. The thyroid is normal.", "nodule", False),
    ("Previous ovarian cyst, now resolved. Both ovaries are normal.", "cyst", False),
    ("History of a right ovarian cyst, which has resolved on today's scan. Left ovary normal.", "cyst", False),
    ("Fig 3. The abscess, completely resolved after drainage.", "fluid collection", False),
    ("my cyst, which is gone now!! they said the left ovary is normal", "cyst", False),
    # near misses
    ("A 3 cm haematoma in the thigh, which has not resolved.", "fluid collection", True),
    ("Right ovarian cyst, 3 cm, slightly smaller.", "cyst", True),
    ("The pain has resolved but a 2 cm cyst remains in the left ovary.", "cyst", True),
    ("Left ovary: 2 cm cyst, resolving.", "cyst", True),
]


@pytest.mark.parametrize(("text", "value", "labelled"), RESOLVED_SINCE)
def test_a_finding_said_to_be_gone_since(parser: ReportParser, text: str, value: str, labelled: bool) -> None:
    assert (value in parser.parse(text).labels["Diagnosis"]) is labelled
