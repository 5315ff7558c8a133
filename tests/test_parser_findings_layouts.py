"""Report layouts that attach a size and a side to a lesion: one table per class (new sentences written for this
file, never corpus text), each with near misses that must not trigger.

Each row is a passage and the (released diagnosis, side, largest size in mm) of every lesion finding the parser
must make, in report order.
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser

Row = tuple[str, list[tuple[str | None, str | None, float | None]]]


def _largest(sizes: list[float]) -> float | None:
    return max(sizes) if sizes else None


def _lesions(parser: ReportParser, text: str) -> list[tuple[str | None, str | None, float | None]]:
    """(released diagnosis, side, largest size in mm) of each lesion finding, in report order."""
    return [(f.diagnosis, f.laterality, _largest(f.size_mm)) for f in parser.parse(text).findings if f.kind == "lesion"]


# 1. An impression or conclusion that names again a lesion of the findings restates it: one lesion, which takes
#    the summary's asserted diagnosis (when the findings left its nature unstated) and, for a lesion of that
#    diagnosis, its side.
SUMMARY_RESTATES: list[Row] = [
    ("Spleen: 112 mm, at the upper pole an anechoic lesion of 14 mm.\nConclusion: Splenic cyst.",
     [("cyst", None, 14.0)]),
    ("Uterus 81 x 50 x 47 mm; in the posterior wall a hypoechoic node 23 x 20 mm.\nIMPRESSION: Uterine fibroid.",
     [("mass", None, 23.0)]),
    ("KIDNEYS: both normal in size. An interpolar cortical cyst of 31 mm, simple.\nIMPRESSION: Right renal cyst.",
     [("cyst", "right", 31.0)]),
    ("Kidneys: 10.4 and 10.9 cm. Simple cortical cyst 31 mm at the upper pole.\nComment: left renal cyst, benign.",
     [("cyst", "left", 31.0)]),
    ("Liver: a 2.2 cm echogenic lesion in segment 6.\nSummary: Probable haemangioma of the liver.",
     [(None, None, 22.0)]),
    ("Right ovary: 36 mm anechoic unilocular cyst. Left ovary: 21 mm anechoic unilocular cyst.\n"
     "Conclusion: Bilateral ovarian cysts.",
     [("cyst", "right", 36.0), ("cyst", "left", 21.0)]),
    # near misses: a summary lesion of another organ, of a contradicting side, of another diagnosis, or with a
    # size of its own stays a lesion of its own; a lesion outside a summary is never folded
    ("Liver: 18 mm simple cyst in segment 4.\nConclusion: Simple cyst of the liver. Cyst of the left kidney.",
     [("cyst", None, 18.0), ("cyst", "left", None)]),
    ("Left kidney: 12 mm cortical cyst.\nIMPRESSION: Right renal cyst.",
     [("cyst", "left", 12.0), ("cyst", "right", None)]),
    ("Kidneys: 10.4 and 10.9 cm. Simple cortical cyst 31 mm at the upper pole.\nIMPRESSION: Left renal calculus.",
     [("cyst", None, 31.0), (None, "left", None)]),
    ("Liver: a 9 mm simple cyst in segment 2.\nIMPRESSION: Liver cyst. Haemangioma of the liver.",
     [("cyst", None, 9.0), ("mass", None, None)]),
    ("Spleen: 16 mm hypoechoic lesion.\nConclusion: Second splenic cyst of 8 mm.",
     [(None, None, 16.0), ("cyst", None, 8.0)]),
    ("Spleen: 16 mm hypoechoic lesion. A splenic cyst is also present.",
     [(None, None, 16.0), ("cyst", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), SUMMARY_RESTATES)
def test_a_summary_restates_a_lesion_of_the_findings(parser: ReportParser, text: str, expected: list) -> None:
    assert _lesions(parser, text) == expected


# 2. A size that pre-modifies a lymph node across its descriptors ("a 14 mm necrotic node") is the node's: the
#    measured node is a finding, as with a size right before it.
NODE_SIZE_ACROSS_DESCRIPTORS: list[Row] = [
    ("NECK: an 18 mm rounded hypoechoic left level III node without fatty hilum.", [(None, "left", 18.0)]),
    ("Left axilla: 2.1 cm abnormal hypoechoic node with effaced hilum.", [(None, "left", 21.0)]),
    ("Right neck: a 14 mm necrotic node at level IIA.", [(None, "right", 14.0)]),
    ("Right groin: 3 cm hypoechoic reactive node.", [(None, "right", 30.0)]),
    # near misses: a comma or a link word ends the noun phrase (the size is the organ's), and a node that no size
    # pre-modifies stays a site
    ("Liver 15 cm, coarse, with a reactive node at the porta hepatis.", []),
    ("Spleen 10.5 cm echogenic with a hilar node.", []),
]


@pytest.mark.parametrize(("text", "expected"), NODE_SIZE_ACROSS_DESCRIPTORS)
def test_a_size_before_a_nodes_descriptors_measures_the_node(parser: ReportParser, text: str, expected: list) -> None:
    assert _lesions(parser, text) == expected


# 3. A "RIGHT | LEFT" table: a lesion in a cell lies on its column's side, a cell border ends a clause (a size at the
#    end of one cell is not the next cell's), a lesion named by the row's label lies on the side of the row's one
#    sized cell, and a sizeless row label restates the cell's lesion of its diagnosis.
TABLE_COLUMNS: list[Row] = [
    ("RENAL US\n              RIGHT            | LEFT\nLength:       11.2 cm          | 10.7 cm\n"
     "Cysts:        none             | simple cyst 22 mm, upper pole\nStones:       4 mm lower pole  | none",
     [("cyst", "left", 22.0), (None, "right", 4.0)]),
    ("SCROTUM\nItem        | Rt               | Lt\nTestis      | 4.5 x 2.6 cm     | 4.3 x 2.4 cm\n"
     "Epididymis  | head cyst 6 mm   | head cyst 9 mm\nHydrocele   | none             | moderate, 12 mm",
     [("cyst", "right", 6.0), ("cyst", "left", 9.0), ("fluid collection", "left", 12.0)]),
    ("BREAST TABLE\nZone  | Right | Left\nUOQ   | cyst 5 mm (11:00) | -\nLIQ   | -     | oval solid nodule 8 x 5 mm",
     [("cyst", "right", 5.0), ("nodule", "left", 8.0)]),
    ("LEGS\nSegment | Right | Left\nPopliteal fossa | Baker's cyst 31 x 12 mm | Baker's cyst 19 mm",
     [("cyst", "right", 31.0), ("cyst", "left", 19.0)]),
    # near misses: a row-per-lesion table (no side header) keeps each row's cells on its one lesion, and a "|"
    # outside a table changes nothing
    ("THYROID\nNodule 1 | Rt mid | 14 x 9 x 10 mm | solid, hypoechoic | TR4\n"
     "Nodule 2 | Lt lower pole | 7 mm | cystic | TR1",
     [("nodule", "right", 14.0), ("nodule", "left", 7.0)]),
    ("Left kidney: 15 mm simple cyst | right kidney normal.", [("cyst", "left", 15.0)]),
]


@pytest.mark.parametrize(("text", "expected"), TABLE_COLUMNS)
def test_a_side_table_sides_and_sizes_each_cell(parser: ReportParser, text: str, expected: list) -> None:
    assert _lesions(parser, text) == expected


# 4. A sentence that is only a diagnosis, right after the sentence that measured a lesion of unstated nature, names
#    that lesion ("Lesion 2: 3:00, 6 x 4 mm, oval, anechoic. Simple cyst.").
BARE_DIAGNOSIS_NEXT: list[Row] = [
    ("LEFT BREAST\nLesion 1: 3:00, 2 cm FN, 6 x 4 x 5 mm, oval, anechoic, posterior enhancement. Simple cyst. "
     "BI-RADS 2.", [("cyst", "left", 6.0)]),
    ("Right breast\nLesion A: 10:30, 14 x 9 mm, oval, parallel, circumscribed, hypoechoic. Fibroadenoma. BI-RADS 3.\n"
     "Lesion B: 12:00, 4 mm, round, anechoic. Cyst.",
     [("mass", "right", 14.0), ("cyst", "right", 4.0)]),
    ("Right thigh: subcutaneous lesion 38 x 12 mm, hyperechoic, compressible, avascular. Lipoma.",
     [("mass", "right", 38.0)]),
    # near misses: a hedged diagnosis names nothing; a diagnosis with a size or a site of its own, or after a
    # lesion already named, is a lesion of its own
    ("Lesion 1: 9:00, 7 mm, oval, hypoechoic. Probable fibroadenoma.", [(None, None, 7.0), ("mass", None, None)]),
    ("Lesion 1: left breast 9:00, 7 mm, oval, hypoechoic. Cyst 3 mm.", [(None, "left", 7.0), ("cyst", "left", 3.0)]),
    ("Liver: a 15 mm simple cyst in segment 6. Haemangioma.", [("cyst", None, 15.0), ("mass", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), BARE_DIAGNOSIS_NEXT)
def test_a_bare_diagnosis_names_the_lesion_just_measured(parser: ReportParser, text: str, expected: list) -> None:
    assert _lesions(parser, text) == expected


# 5. A one-letter side after the lesion keeps its full stop as one token ("Cortical cyst, 14 mm, R."): still a side.
LETTER_SIDE_WITH_FULL_STOP: list[Row] = [
    ("Kidneys: normal size.\nSimple cortical cyst, 17 mm, L.\nNo calculi.", [("cyst", "left", 17.0)]),
    ("Ovaries: dominant follicle only. Paraovarian cyst 24 mm, R.", [("cyst", "right", 24.0)]),
    # near miss: an initial in a name is no side
    ("Liver: 12 mm simple cyst in segment 5. Reported by Dr. R. Singh.", [("cyst", None, 12.0)]),
]


@pytest.mark.parametrize(("text", "expected"), LETTER_SIDE_WITH_FULL_STOP)
def test_a_side_letter_with_its_full_stop(parser: ReportParser, text: str, expected: list) -> None:
    assert _lesions(parser, text) == expected
