"""Lesions missed or filed under the wrong organ when translating or abbreviating writers word them (dev files _17,
_18): the inventory of the class and table-driven rows of fresh sentences in several wordings.

Inventory (id, fragment, expected, got before, why the parser failed):
- mk029: "a lithiasis of 11 mm in the pyeloureteral union" -- kidney stone 11 mm -- the kidney's own length 112 mm
  ("lithiasis" was no lesion word, so the only size owner was the kidney) -- translated lesion noun
- mk029, ml013: "two lithiasis ... of 5 and 3 mm", "a mobile lithiasis of 6 mm" (bladder) -- two stones / a bladder
  stone -- nothing; and a "-is" word is its own plural, so the count "two" did not split the list -- lesion noun
- mk029: "In the right suprarenal region a solid hypoechoic image of 28 x 24 mm" -- right adrenal lesion -- a
  kidney structure ("image" no lesion word, "suprarenal region" no adrenal name) -- lesion noun, region word
- mk027: "a hypoechoic nodular image ... of 12 x 9 mm", "a mixed image predominantly cystic ... of 7 mm" -- thyroid
  nodule 12 mm, lesion 7 mm -- a structure and the 7 mm as the nodule -- lesion noun
- mk034: "Separate galactocele at 5 o'clock, 2 cm FN, 1.4 cm" -- breast cyst 14 mm -- nothing -- lesion noun
- ml012: "Mammary ultrasound. ... LEFT: a complicated cyst with 14 mm" -- breast -- no organ ("mammary" named the
  body system only) -- organ word
- ml039: "R antecubital fossa 31 x 12 mm anechoic collection" -- elbow -- the brachial artery of the line before
  -- region word
- mk049: "R pop fossa cyst 3x1.5cm = Baker's" -- knee -- the liver of the line before ("pop fossa" unknown) --
  abbreviation
- ml036: "Perifistular haematoma 24 x 11 mm" -- dialysis fistula -- soft tissues -- region adjective
- mk020: "stones in diverticulum 7 and 4 mm" -- two bladder stones 7 and 4 mm -- one stone of 4 mm (a list of
  sizes opened only after punctuation, a measuring word or the plural word itself) -- sizes of a plural lesion
- mk026 (guard): "Conclusion: Hepatic simple cyst. Vesicular lithiasis." -- a gallstone -- (new) a liver stone
- mk050: "R hip: collection ... R thigh: 2nd smaller collection 2.2cm" -- soft tissues -- the hip (a limb segment
  placed only lesions whose diagnosis implies the soft tissues, not a collection) -- region heading; also ml014
  "the lump of the anterior face of the right thigh: subcutaneous oval formation ... lipoma" -- soft tissues -- knee
- mk039: "R kidney: residual fragments in the lower calyx, the largest 4 mm" -- a 4 mm stone -- a structure (the
  fragments of a broken stone no lesion word) -- lesion noun
- guards: "Image quality limited", "the longitudinal image shows a smooth outline": no lesion
- mk049: "R eff 3.1cm / L eff 1.2cm" -- right 31, left 12 -- right none, left 31 (the size before a slash read as
  pre-modifying the lesion after it) -- size from the wrong thing (still no organ: "Pl:" is no pleura heading)
Left (not this class or not solved): mk010 bilateral effusion split by side (sides), mk047 "2nd pocket 1.2cm",
mk032 clock-face lesion with no organ ("FN" as the nipple moved sides elsewhere), ml040 "Perigraft fluid" (a renal
graft's too), ml045 "nodule in S3" (S1-S4 left out on purpose), mk044 "L lobe: 44x14x13 mm | 1 nodule, 8 mm" (a
pipe is no break in the corpora's row tables), mk027
"adenomegaly" at a neck level (no lymph-node organ: the word's typical sites are three).
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of, lesions_of

from udt.parser import ReportParser

K, B, AD, TH, BR, EL, KN, DF, GB, LN = (
    "Kidney and ureter",
    "Bladder",
    "Adrenal glands",
    "Thyroid gland",
    "Breast",
    "Elbow",
    "Knee",
    "Dialysis fistula",
    "Gallbladder and bile ducts",
    "Lymph nodes",
)

LESION_ROWS = [
    # translated stone words: the organ's own length is no lesion size
    ("Left kidney of 104 x 47 mm, with a lithiasis of 7 mm in the upper calyx.", [(K, None, "left", 7.0)]),
    ("Right kidney with 11,0 cm; a lithiasis of 9 mm at the pyeloureteral junction.", [(K, None, "right", 9.0)]),
    ("Left kidney: two lithiasis in the lower calyx, of 6 and 4 mm.", [(K, None, "left", 6.0), (K, None, "left", 4.0)]),
    ("Bladder well filled, with a mobile lithiasis of 8 mm on its floor.", [(B, None, None, 8.0)]),
    ("Renal lithiasis of 5 mm in the right lower pole.", [(K, None, "right", 5.0)]),
    # fragments left after lithotripsy are stones
    ("Left kidney: stone fragments in the interpolar region, the largest 3 mm.", [(K, None, "left", 3.0)]),
    ("R kidney post ESWL: residual fragments, largest 5 mm, no hydronephrosis.", [(K, None, "right", 5.0)]),
    # "image": a lesion where a descriptor describes it
    ("In the left suprarenal region, a solid hypoechoic image of 31 x 22 mm.", [(AD, None, "left", 31.0)]),
    ("Right thyroid lobe: a hypoechoic nodular image of 14 x 9 mm.", [(TH, "nodule", "right", 14.0)]),
    ("Left thyroid lobe: a mixed image predominantly cystic, of 9 mm.", [(TH, None, "left", 9.0)]),
    (
        "Suprarenal area on the right: hyperechoic image of 18 mm, compatible with myelolipoma.",
        [(AD, "mass", "right", 18.0)],
    ),
    # translated organ and region words
    ("Mammary ultrasound.\nRIGHT: a simple cyst with 6 mm at 10h.", [(BR, "cyst", "right", 6.0)]),
    ("Left breast: galactocele at 2 o'clock, 17 mm.", [(BR, "cyst", "left", 17.0)]),
    ("Brachial artery 4.0 mm.\nL antecubital fossa: 22 x 9 mm haematoma.", [(EL, "fluid collection", "left", 22.0)]),
    ("Hepatic veins dilated.\nLegs: L pop fossa cyst 4x2cm.", [(KN, "cyst", "left", 40.0)]),
    ("AV fistula check. Perifistular collection 18 x 7 mm.", [(DF, "fluid collection", None, 18.0)]),
    # a plural lesion's list of sizes past the words placing it
    ("Bladder: stones in a diverticulum 9 and 5 mm.", [(B, None, None, 9.0), (B, None, None, 5.0)]),
    ("Gallbladder: stones in the neck 6 and 4 mm.", [(GB, None, None, 6.0), (GB, None, None, 4.0)]),
]


@pytest.mark.parametrize(("text", "expected"), LESION_ROWS)
def test_translated_lesion_words(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected


NO_LESION_ROWS = [
    "Image quality limited by body habitus. Liver 15 cm.",
    "Normal left kidney: the longitudinal image shows a smooth cortical outline.",
    "Transverse image at the popliteal fossa: the popliteal vein does not collapse.",
    "Bladder without endoluminal images.",
]


@pytest.mark.parametrize("text", NO_LESION_ROWS)
def test_pictures_are_no_lesions(parser: ReportParser, text: str) -> None:
    assert lesions_of(parser, text) == []


LIMB_ROWS = [
    (
        "Right hip: joint effusion 9 mm.\nRight thigh: a collection of 2.2 cm.",
        [
            ("Hip groin and buttock", "fluid collection", "right", 9.0),
            ("Soft tissues", "fluid collection", "right", 22.0),
        ],
    ),
    (
        "L knee: effusion 5 mm.\nL calf: second collection 3.1 cm, subcutaneous.",
        [(KN, "fluid collection", "left", 5.0), ("Soft tissues", "fluid collection", "left", 31.0)],
    ),
    (
        "Right shoulder: small effusion.\nIn the right upper arm, a hypoechoic formation of 18 mm.",
        [("Shoulder", "fluid collection", "right", None), ("Soft tissues", None, "right", 18.0)],
    ),
    # a limb named after the lesion does not move it ("extending into the calf")
    ("Left knee: collection extending into the calf, 4 cm.", [(KN, "fluid collection", "left", 40.0)]),
]


@pytest.mark.parametrize(("text", "expected"), LIMB_ROWS)
def test_a_limb_segment_places_a_lesion_in_the_soft_tissues(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected


SLASH_ROWS = [
    (
        "Chest: R effusion 3.1 cm / L effusion 1.2 cm",
        [("Pleural space", "fluid collection", "right", 31.0), ("Pleural space", "fluid collection", "left", 12.0)],
    ),
    ("Neck: R node 12 mm / L node 9 mm", [("Lymph nodes", None, "right", 12.0), ("Lymph nodes", None, "left", 9.0)]),
    # a bilingual label across a slash is still one lesion
    ("LEFT OVARY / OVAIRE GAUCHE: 5.1 cm. Cyst / Kyste: 3.9 cm, simple.", [("Adnexa", "cyst", "left", 39.0)]),
]


@pytest.mark.parametrize(("text", "expected"), SLASH_ROWS)
def test_a_slash_ends_the_phrase_of_the_size_before_it(parser: ReportParser, text: str, expected: list) -> None:
    assert lesions_of(parser, text) == expected


def test_a_range_is_no_list(parser: ReportParser) -> None:
    assert lesions_of(parser, "Uterus: several fibroids measuring between 1.2 and 4 cm.") == [
        ("Uterus", "mass", None, 40.0)
    ]


def test_a_label_list_opens_no_size_list(parser: ReportParser) -> None:
    # the segment's number is a label: the list is "12 and 8 mm"
    assert lesions_of(parser, "Liver: cysts in segment 6, 12 and 8 mm.") == [
        ("Liver", "cyst", None, 12.0),
        ("Liver", "cyst", None, 8.0),
    ]


def test_summary_sentence_names_its_own_organ(parser: ReportParser) -> None:
    text = "Liver: simple cyst 3 cm. Gallbladder: stones.\nConclusion: Hepatic simple cyst. Cholelithiasis."
    assert GB in labels_of(parser, text, "Organ_level")
    assert (GB, None, None, None) in lesions_of(parser, text)


def test_suprarenal_region_labels_the_adrenal(parser: ReportParser) -> None:
    text = "In the right suprarenal region a solid hypoechoic image of 28 x 24 mm, well delimited."
    assert labels_of(parser, text, "Organ_level") == [AD]
    assert labels_of(parser, text, "Echogenicity") == ["hypoechoic"]


def test_lymph_node_words_of_translations(parser: ReportParser) -> None:
    assert lesions_of(parser, "Neck: an enlarged lymph node of 15 mm at level II.") == [(LN, None, None, 15.0)]
    assert lesions_of(parser, "Neck: an adenomegaly of 15 mm at level II.")[0][3] == 15.0
