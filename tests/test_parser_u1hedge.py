"""Status classes of hedged and denied values (issue 11, the u1hedge wave): one table per class, passages written for
this file in the corpora's styles (template lines, dictation, translated reports), never corpus lines, each with near
misses where the rule must not fire. Rows read a value the way the corpus scoring does (``reading_of``: labelled, else
absent, else uncertain, else None)."""

from __future__ import annotations

import pytest
from parser_reading import reading_of

from udt.parser import ReportParser

Row = tuple[str, str, str, str | None]  # (passage, field, value, expected reading)

# A negation whose clause, up to the comma after it, denies only a part with no value of its own ("no hilum"), or
# states its own absence ("no internal flow"), or nothing ("hilum absent,"): the item after the comma is the next one
# of the description, present. Before, the denial ran past the comma ("no hilum, cystic change" denied the cystic
# change).
SPENT_DENIALS: list[Row] = [
    ("Left level IV: 14 x 9 mm node, rounded, no fatty hilum, cystic change.", "InternalCharacteristics",
     "cystic components", "present"),
    ("R axilla: node 19 x 12 mm, cortex 6 mm, hilum absent, hypervascular.", "Vascularity", "increased vascularity",
     "present"),
    ("Level III right: 10 mm round node, hilum not seen, microcalcifications.", "InternalCharacteristics",
     "calcifications", "present"),
    ("RIGHT OVARY: UNILOCULAR CYST OF 41 MM, THIN WALL, NO VEGETATION, POSTERIOR ENHANCEMENT.", "PosteriorAcoustics",
     "enhancement", "present"),
    ("Left breast 3 o'clock: 25 mm collection with debris, no internal flow, peripheral hyperaemia.", "Vascularity",
     "increased vascularity", "present"),
    # near misses: a denied value heads the list; an "or" closes a list of denied items; a negation of its own
    ("Right kidney: 18 mm cyst, no septation, calcification.", "InternalCharacteristics", "calcifications", "absent"),
    ("Node 12 mm, no fatty hilum, calcification or cystic change.", "InternalCharacteristics", "cystic components",
     "absent"),
    ("Cyst 3 cm, no solid part, septations or flow.", "InternalCharacteristics", "septations", "absent"),
    ("Node 12 mm, hilum absent, no calcification.", "InternalCharacteristics", "calcifications", "absent"),
]


@pytest.mark.parametrize(("text", "field", "value", "expected"), SPENT_DENIALS)
def test_a_denial_spent_before_a_comma_leaves_the_next_item(parser: ReportParser, text: str, field: str, value: str,
                                                           expected: str | None) -> None:
    assert reading_of(parser, text, field, value) == expected


# A "none"/"nil" cell of a table whose columns are attributes answers its own column ("Calcs"), not the value in the
# cell before it: the echogenicity stays stated. Before, "| anechoic | none |" denied the anechoic. A key-value table
# ("| Calcification | none |") still denies its key.
COLUMN_CELLS: list[Row] = [
    ("Nodules:\nNo | Site | Size (mm) | Composition | Echo | Calcs | TR\n"
     "1 | Lt lower | 9 x 7 x 6 | cystic | anechoic | none | TR1", "Echogenicity", "anechoic", "present"),
    ("| # | Lobe | Size | Content | Echo | Foci | U |\n| 1 | R | 14 x 9 mm | solid | isoechoic | nil | U3 |",
     "Echogenicity", "isoechoic", "present"),
    # near misses: a key-value table, with or without an index cell
    ("| Feature | Finding |\n| Calcification | none |\n| Shadowing | present |", "InternalCharacteristics",
     "calcifications", "absent"),
    ("| 1 | Shadowing | nil | cyst |\n| 2 | Margin | smooth | cyst |", "PosteriorAcoustics", "shadowing", "absent"),
]


@pytest.mark.parametrize(("text", "field", "value", "expected"), COLUMN_CELLS)
def test_a_denied_column_cell_leaves_the_cell_before(parser: ReportParser, text: str, field: str, value: str,
                                                      expected: str | None) -> None:
    assert reading_of(parser, text, field, value) == expected


# Hedges after the diagnosis they doubt: left to be considered ("... to be considered", "is to be considered"), a
# trailing hedge with a degree ("most probable") or before a bracketed aside ("likely (?primary)"), and the
# translated French "evoking" ("évoquant"). Before, each left the diagnosis asserted.
TRAILING_AND_TRANSLATED_HEDGES: list[Row] = [
    ("Volar finger: 11 x 6 mm solid nodule with internal flow - giant cell tumour of tendon sheath to be considered.",
     "Diagnosis", "mass", "uncertain"),
    ("Parotid, superficial lobe: 19 mm lobulated hypoechoic formation, pleomorphic adenoma is to be considered.",
     "Diagnosis", "mass", "uncertain"),
    ("Right parotid: 22 mm lobulated hypoechoic lesion - pleomorphic adenoma most probable.", "Diagnosis", "mass",
     "uncertain"),
    ("Impression: right neck nodal metastases likely (?tonsillar primary). FNA done.", "Diagnosis", "mass",
     "uncertain"),
    ("Bladder: budding echogenic formation of the left lateral wall, 18 mm, vascularised, evoking a tumour.",
     "Diagnosis", "mass", "uncertain"),
    ("Right breast 10h: oval hypoechoic formation, parallel, 15 x 9 mm, evocative of a fibroadenoma.", "Diagnosis",
     "mass", "uncertain"),
    # near misses: the participle goes on; a stated diagnosis; a hedge about the nature only
    ("Left breast: the 2 cm cyst is to be considered for aspiration.", "Diagnosis", "cyst", "present"),
    ("Right parotid: 22 mm pleomorphic adenoma, unchanged since 2024.", "Diagnosis", "mass", "present"),
    ("Liver: 2 cm hypoechoic mass, most probably benign.", "Diagnosis", "mass", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "expected"), TRAILING_AND_TRANSLATED_HEDGES)
def test_a_hedge_after_its_diagnosis_doubts_it(parser: ReportParser, text: str, field: str, value: str,
                                               expected: str | None) -> None:
    assert reading_of(parser, text, field, value) == expected


# A test asked "to rule out" the nature of a lesion already described: the nature (a tumour, a neoplasm, a
# malignancy) is suspected, so doubted. Before, the recommendation's purpose left it asserted in the labels.
EXCLUDED_NATURES: list[Row] = [
    ("Left ovary: 52 mm multilocular cyst with a solid mural nodule and flow. MRI is suggested to rule out neoplasia.",
     "Diagnosis", "mass", "uncertain"),
    ("Left testis: 9 mm hypoechoic intratesticular lesion with flow. Tumour markers and MRI to exclude malignancy.",
     "Diagnosis", "mass", "uncertain"),
    # near misses: a lesion that may be there; nothing seen before the request; a seen noun as the object
    ("Mild duct ectasia. Repeat ultrasound in 6 weeks to exclude an underlying mass.", "Diagnosis", "mass", None),
    ("Indication: to rule out malignancy.\nThyroid: both lobes normal in size and echotexture.", "Diagnosis", "mass",
     None),
    ("Normal pelvic ultrasound. If pain persists, repeat in 6 weeks to exclude a developing cyst.", "Diagnosis", "cyst",
     None),
]


@pytest.mark.parametrize(("text", "field", "value", "expected"), EXCLUDED_NATURES)
def test_a_nature_asked_to_be_excluded_is_doubted(parser: ReportParser, text: str, field: str, value: str,
                                                  expected: str | None) -> None:
    assert reading_of(parser, text, field, value) == expected


# The Latin "V." (vena) before a vein's name in German-style vein reports is a vein, not "v." (versus): what the
# sentence says of the veins stands. Before, "V. femoralis ..., phasic flow" doubted the flow.
LATIN_VEINS: list[Row] = [
    ("Duplex left leg: V. femoralis communis, V. femoralis and V. poplitea compressible, phasic flow.", "Vascularity",
     "normal/regular vascularity", "present"),
    ("Vv. gastrocnemii compressible. V. saphena magna with phasic flow, no reflux.", "Vascularity",
     "normal/regular vascularity", "present"),
    # near miss: "v." between two diagnoses is still "versus"
    ("Right breast: 14 mm oval hypoechoic lesion, fibroadenoma v. phyllodes tumour.", "Diagnosis", "mass",
     "uncertain"),
]


@pytest.mark.parametrize(("text", "field", "value", "expected"), LATIN_VEINS)
def test_a_latin_vein_abbreviation_is_no_versus(parser: ReportParser, text: str, field: str, value: str,
                                                 expected: str | None) -> None:
    assert reading_of(parser, text, field, value) == expected


# A denied node hilum ("without echogenic hilum", "no echogenic fatty hilum") is the hilum's loss: it states nothing of
# an echogenicity. Before, the echogenicity was read as absent.
DENIED_HILA: list[Row] = [
    ("Right level III: 16 mm round node without echogenic hilum, with microcalcifications.", "Echogenicity",
     "hyperechoic", None),
    ("Left level IV: round node 13 mm, no echogenic fatty hilum, peripheral flow.", "Echogenicity", "hyperechoic",
     None),
    # near misses: a hilum that is there; a lesion's echogenicity denied
    ("Right level II: oval node 9 x 4 mm with an echogenic hilum.", "Echogenicity", "hyperechoic", "present"),
    ("Liver segment 6: 2 cm solid mass, not echogenic.", "Echogenicity", "hyperechoic", "absent"),
]


@pytest.mark.parametrize(("text", "field", "value", "expected"), DENIED_HILA)
def test_a_denied_hilum_states_no_echogenicity(parser: ReportParser, text: str, field: str, value: str,
                                               expected: str | None) -> None:
    assert reading_of(parser, text, field, value) == expected
