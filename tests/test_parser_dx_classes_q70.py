"""Lesions read with the wrong diagnosis (round q70), one table per error class.

Inventory of the development-corpus rows behind each class (id, fragment, gold diagnosis, parsed before, class):

| id    | fragment                                   | gold             | before   | class                      |
|-------|--------------------------------------------|------------------|----------|----------------------------|
| mv021 | "myomatous nodules: one intramural ..."    | mass (x3)        | nodule   | uterine nodule = fibroid   |
| mx008 | "two nodular formations: one intramural"   | mass (x2)        | nodule   | uterine nodule = fibroid   |
| ml010 | "intramural node in the fundus 17 mm"      | mass             | None     | uterine node = fibroid     |
| o019  | "subserous node 28x24x31 mm"               | mass             | None     | uterine node = fibroid     |
| mw016 | "In S2 similar formation 0,7 cm"           | mass             | None     | plural summary names it    |
| mc026 | "In S7 similar formation 0,6 cm"           | cyst             | None     | plural summary names it    |
| mg012 | "Another smaller similar lesion"           | fluid collection | None     | plural summary names it    |
| mk005 | "Another similar lesion of 2.3 cm"         | fluid collection | None     | plural summary names it    |
| mk025 | "two similar smaller lesions 1.4 cm, 6 mm" | mass (x2)        | None     | plural summary names it    |
| mg040 | "1 similar lesion in the tail"             | mass             | None     | plural summary names it    |
| mf029 | "another anechoic area 1.4cm"              | cyst             | None     | plural summary names it    |

Near misses kept as they were (gold None): a singular summary ("Hepatic hemangioma in segment 6" beside "a second
8 mm similar lesion"), a hedged one ("lipoma ... (and probably L arm)"), and a report without a summary.

Each test row below is a sentence written for this file (not corpus text).
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser


def _sized(parser: ReportParser, text: str) -> list[tuple[str | None, str | None, float]]:
    """(organ, diagnosis, largest size) of each measured lesion, in order."""
    return [
        (f.organ, f.diagnosis, max(f.size_mm)) for f in parser.parse(text).findings if f.kind == "lesion" and f.size_mm
    ]


# -- a "node" or "nodule" of the myometrium is a fibroid: mass (guideline: uterine "myoma node" = fibroid) ---------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uterus 88 x 52 x 61 mm with myomatous nodules: one intramural anterior of 3,1 x 2,8 cm and one subserous "
            "posterior of 1,9 cm.",
            [("Uterus", "mass", 31.0), ("Uterus", "mass", 19.0)],
        ),
        (
            "Uterus in AVF, enlarged, heterogeneous myometrium with two nodular formations: one submucous of 1,6 cm "
            "and one intramural fundic of 2,7 cm.",
            [("Uterus", "mass", 16.0), ("Uterus", "mass", 27.0)],
        ),
        ("Uterus 61 x 47 x 50 mm. On the posterior wall an intramural node of 22 mm.", [("Uterus", "mass", 22.0)]),
        (
            "Uterus: on the front wall a subserous node 19 x 16 mm and an interstitial node 11 mm in the fundus.",
            [("Uterus", "mass", 19.0), ("Uterus", "mass", 11.0)],
        ),
        (
            "Uterus anteverted. Myometrium with a myomatous nodule of 14 mm on the anterior wall.",
            [("Uterus", "mass", 14.0)],
        ),
    ],
)
def test_uterine_nodes_and_nodules_are_fibroids(
    parser: ReportParser, text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert _sized(parser, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a diagnosis named after the node in its sentence names it, with its own (hedged) status
        (
            "Uterus 54 x 40 x 46 mm. On the posterior wall an intramural node of 21 mm, isoechoic, probably myoma.",
            [("Uterus", None, 21.0)],
        ),
        # a bladder-wall nodule after a normal uterus stays the nodule of the bladder it was
        ("Uterus normal. Bladder: a solid nodule of 9 mm on the posterior wall.", [("Bladder", "nodule", 9.0)]),
        # subendometrial nodules (adenomyosis) carry no fibroid's position word
        (
            "Uterus enlarged, posterior wall thickened with subendometrial echogenic nodules 4 mm.",
            [("Uterus", "nodule", 4.0)],
        ),
    ],
)
def test_uterine_nodule_near_misses(
    parser: ReportParser, text: str, expected: list[tuple[str | None, str | None, float]]
) -> None:
    assert _sized(parser, text) == expected


# -- a plural summary diagnosis names the lesions the findings left unnamed -------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Liver: normal size. In segment 5 an anechoic formation 2,4 cm with thin wall. In segment 2 a similar "
            "formation 0,9 cm.\nConclusion: Liver cysts.",
            [("Liver", "cyst", 24.0), ("Liver", "cyst", 9.0)],
        ),
        (
            "Liver: hyperechoic well-defined lesion 16 mm in segment 6, in keeping with haemangioma. Another similar "
            "lesion of 8 mm in segment 3.\nImpression: two hepatic haemangiomas.",
            [("Liver", "mass", 16.0), ("Liver", "mass", 8.0)],
        ),
        (
            "Liver enlarged. A hypoechoic lesion with debris of 5.2 x 4.1 cm in segment VII. A smaller similar lesion "
            "of 1.9 cm in segment III.\nIMPRESSION: Multiple liver abscesses.",
            [("Liver", "fluid collection", 52.0), ("Liver", "fluid collection", 19.0)],
        ),
    ],
)
def test_plural_summary_names_unnamed_lesions(
    parser: ReportParser, text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert _sized(parser, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a singular summary names only the lesion it restates
        (
            "Liver: echogenic lesion of 21 mm in segment 6, consistent with a haemangioma. A second 7 mm similar "
            "lesion in segment 2.\nIMPRESSION: Hepatic haemangioma in segment 6.",
            [("Liver", "mass", 21.0), ("Liver", None, 7.0)],
        ),
        # a hedged plural summary names none
        (
            "Left breast: oval hypoechoic formation of 18 mm at 2h. A second similar formation of 7 mm at 4h.\n"
            "Conclusion: probably fibroadenomas.",
            [("Breast", None, 18.0), ("Breast", None, 7.0)],
        ),
        # the summary restates the unnamed lesion as a hedged one: the plural is about other lesions
        (
            "Right testis 4.2 cm. 12 mm hypoechoic intratesticular lesion, vascular. Small bilateral hydroceles.\n"
            "Conclusion: right testicular lesion ?seminoma. Small bilateral hydroceles.",
            [("Scrotum", None, 12.0)],
        ),
    ],
)
def test_plural_summary_near_misses(
    parser: ReportParser, text: str, expected: list[tuple[str | None, str | None, float]]
) -> None:
    assert _sized(parser, text) == expected


# -- a bare "Baker" (no "cyst") is the popliteal cyst; after a title it is a person -------------------------------
# Inventory: mn045 "R knee: baker 31mm" (Knee, cyst) was a measured knee structure with no lesion.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("R knee: baker 24mm. L knee: no baker.", [("Knee", "cyst", 24.0)]),
        ("Left knee: 4cm Bakers, no joint effusion.", [("Knee", "cyst", 40.0)]),
        ("In the popliteal area is visualised a cyst of Baker 33x11 mm.", [("Knee", "cyst", 33.0)]),
        # near miss: a person
        ("Referred by Dr Baker. Right knee: suprapatellar effusion 6 mm.", [("Knee", "fluid collection", 6.0)]),
    ],
)
def test_bare_baker_is_a_bakers_cyst(parser: ReportParser, text: str, expected: list[tuple[str, str, float]]) -> None:
    assert _sized(parser, text) == expected


# -- a translated "ganglion"/"ganglia" beside lymph-node words is a lymph node, not a ganglion cyst ------------------
# Inventory: mw012 "left level III ganglion of 10 mm" (Lymph nodes, None) read as a ganglion cyst; mw014 "axillary
# ganglia of reactive aspect with preserved hilum" gave a wrist ganglion cyst and lost the normal appearance.
@pytest.mark.parametrize(
    ("text", "organs", "diagnoses"),
    [
        ("Cervical lymph nodes: right level IV ganglion of 12 mm, round, without hilum.", ["Lymph nodes"], []),
        (
            "Axillas: left axillary ganglia of reactive aspect with preserved hilum, the largest 11 mm.",
            ["Axilla"],
            [],
        ),
        # near misses: a joint's ganglion keeps its cyst
        ("Dorsal wrist ganglion 9 x 6 mm, anechoic.", ["Wrist and carpus"], ["cyst"]),
        ("AC joint: ganglion 8 mm superiorly.", ["Shoulder"], ["cyst"]),
    ],
)
def test_translated_ganglion_is_a_lymph_node(
    parser: ReportParser, text: str, organs: list[str], diagnoses: list[str]
) -> None:
    report = parser.parse(text)
    assert sorted(report.labels["Organ_level"]) == organs
    assert sorted(report.labels["Diagnosis"]) == diagnoses


# -- testicular adrenal rest tumours are testicular masses, not adrenal lesions ------------------------------------
# Inventory: mt038 "testicular adrenal rest tumours (TARTs): right 11 x 7 mm" (Scrotum, mass) filed on the adrenals.
@pytest.mark.parametrize(
    "text",
    [
        "Both testes hold small hypoechoic lesions at the mediastinum testis, in keeping with testicular adrenal rest "
        "tumours: right 9 x 6 mm.",
        "Known CAH. Left testis: 7 mm hypoechoic TART near the hilum, stable.",
    ],
)
def test_adrenal_rest_tumours_are_testicular(parser: ReportParser, text: str) -> None:
    report = parser.parse(text)
    assert report.labels["Organ_level"] == ["Scrotum"]
    assert "mass" in report.labels["Diagnosis"]
