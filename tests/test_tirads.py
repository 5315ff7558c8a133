"""ACR TI-RADS from the ontology, table-driven from the ACR point chart (Tessler et al., JACR 2017).

The expected points below are the chart's, typed here independently of the ontology: the ontology is what is
tested. A zero-point baseline nodule (cystic, anechoic, wider-than-tall, smooth, and "no echogenic foci" stated as an
absence, as reports state it) is varied one category at a time.
"""

from __future__ import annotations

import pytest

from udt.owl import vocab

# (category, field the value is given in, value as a report words it, ACR points)
ACR_CHART = [
    ("composition", "InternalCharacteristics", "almost completely cystic", 0),
    ("composition", "InternalCharacteristics", "spongiform", 0),
    ("composition", "InternalCharacteristics", "mixed cystic and solid", 1),
    ("composition", "InternalCharacteristics", "solid", 2),
    ("composition", "InternalCharacteristics", "almost completely solid", 2),
    ("echogenicity", "Echogenicity", "anechoic", 0),
    ("echogenicity", "Echogenicity", "hyperechoic", 1),
    ("echogenicity", "Echogenicity", "isoechoic", 1),
    ("echogenicity", "Echogenicity", "hypoechoic", 2),
    ("echogenicity", "Echogenicity", "very hypoechoic", 3),
    ("echogenicity", "Echogenicity", "markedly hypoechoic", 3),
    ("shape", "Shape", "wider-than-tall", 0),
    ("shape", "Shape", "taller-than-wide", 3),
    ("margin", "Margins", "smooth", 0),
    ("margin", "Margins", "ill-defined", 0),
    ("margin", "Margins", "lobulated margin", 2),
    ("margin", "Margins", "irregular margin", 2),
    ("margin", "Margins", "spiculated margin", 2),
    ("margin", "Margins", "extrathyroidal extension", 3),
    ("echogenic_foci", "InternalCharacteristics", "large comet-tail artifact", 0),
    ("echogenic_foci", "InternalCharacteristics", "macrocalcifications", 1),
    ("echogenic_foci", "InternalCharacteristics", "peripheral rim calcification", 2),
    ("echogenic_foci", "InternalCharacteristics", "punctate echogenic foci", 3),
    ("echogenic_foci", "InternalCharacteristics", "microcalcifications", 3),
]

BASELINE = {
    "composition": ("InternalCharacteristics", "almost completely cystic"),
    "echogenicity": ("Echogenicity", "anechoic"),
    "shape": ("Shape", "wider-than-tall"),
    "margin": ("Margins", "smooth"),
}
NONE = ["echogenic foci"]  # "no echogenic foci": a stated absence (the word names calcifications in the ontology)


def _attributes(choices: dict[str, tuple[str, str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for field, value in choices.values():
        out.setdefault(field, []).append(value)
    return out


def test_baseline_scores_zero(taxonomy):
    score = taxonomy.tirads(_attributes(BASELINE), absent=NONE)
    assert (score.points, score.level, score.missing) == (0, "TR1", ())


@pytest.mark.parametrize(("category", "field", "value", "points"), ACR_CHART)
def test_each_lexicon_value_scores_its_acr_points(taxonomy, category, field, value, points):
    choices = dict(BASELINE)
    choices[category] = (field, value)
    score = taxonomy.tirads(_attributes(choices), absent=NONE)
    assert score.missing == ()
    assert dict(score.categories)[category] == points
    assert score.points == points


def test_points_live_in_the_ontology_not_in_code(taxonomy):
    scored = {c.label: c.tirads_points for c in taxonomy if c.tirads_points is not None}
    assert scored["very hypoechoic"] == 3 and scored["taller-than-wide"] == 3
    assert {taxonomy.tirads_category(c) for c in taxonomy if c.tirads_points is not None} == set(
        vocab.TIRADS_CATEGORIES
    )


@pytest.mark.parametrize(
    ("points", "level"),
    [(0, "TR1"), (1, "TR1"), (2, "TR2"), (3, "TR3"), (4, "TR4"), (5, "TR4"), (6, "TR4"), (7, "TR5"), (14, "TR5")],
)
def test_level_bands(points, level):
    from udt.taxonomy.tirads import level_for

    assert level_for(points) == level


@pytest.mark.parametrize(
    ("attributes", "points", "level"),
    [
        # solid, hypoechoic, taller-than-wide, smooth, punctate foci: 2+2+3+0+3 (a published worked example)
        ({"InternalCharacteristics": ["solid", "punctate echogenic foci"], "Echogenicity": ["hypoechoic"],
          "Shape": ["taller-than-wide"], "Margins": ["smooth margins"]}, 10, "TR5"),
        # solid, isoechoic, taller-than-wide, smooth, no foci: 2+1+3+0+0
        ({"InternalCharacteristics": ["solid", "large comet-tail artifact"], "Echogenicity": ["isoechoic"],
          "Shape": ["taller than wide"], "Margins": ["smooth"]}, 6, "TR4"),
        # mixed, isoechoic, wider-than-tall, smooth, macrocalcification: 1+1+0+0+1
        ({"InternalCharacteristics": ["mixed cystic and solid", "coarse calcifications"],
          "Echogenicity": ["isoechoic"], "Shape": ["wider than tall"], "Margins": ["well-defined"]}, 3, "TR3"),
        # solid, hyperechoic, wider-than-tall, ill-defined, none: 2+1+0+0+0
        ({"InternalCharacteristics": ["solid", "large comet tail artifact"], "Echogenicity": ["hyperechoic"],
          "Shape": ["wider-than-tall"], "Margins": ["ill-defined"]}, 3, "TR3"),
        # the most suspicious nodule: 2+3+3+3+3
        ({"InternalCharacteristics": ["almost completely solid", "punctate echogenic foci"],
          "Echogenicity": ["very hypoechoic"], "Shape": ["taller-than-wide"],
          "Margins": ["extrathyroidal extension"]}, 14, "TR5"),
    ],
)
def test_worked_examples(taxonomy, attributes, points, level):
    score = taxonomy.tirads(attributes)
    assert (score.points, score.level, score.missing) == (points, level, ())
    assert score.as_dict() == {"points": points, "level": level, "missing": []}


def test_echogenic_foci_add_up_other_categories_take_one(taxonomy):
    choices = _attributes(BASELINE)
    choices["InternalCharacteristics"] = ["almost completely cystic", "macrocalcification", "rim calcification"]
    assert dict(taxonomy.tirads(choices).categories)["echogenic_foci"] == 3  # 1 + 2
    choices["InternalCharacteristics"] += ["microcalcifications", "punctate echogenic foci"]  # one kind, counted once
    assert dict(taxonomy.tirads(choices).categories)["echogenic_foci"] == 6
    choices = _attributes(BASELINE)
    choices["Echogenicity"] = ["hypoechoic", "very hypoechoic"]
    assert dict(taxonomy.tirads(choices).categories)["echogenicity"] == 3


def test_missing_categories_give_no_level(taxonomy):
    score = taxonomy.tirads({"Echogenicity": ["hypoechoic"], "Shape": ["taller-than-wide"]})
    assert score.level is None
    assert score.points == 5
    assert score.missing == ("composition", "margin", "echogenic_foci")
    assert score.as_dict() == {"points": 5, "level": None, "missing": ["composition", "margin", "echogenic_foci"]}
    assert taxonomy.tirads({}).missing == vocab.TIRADS_CATEGORIES


def test_values_without_points_do_not_settle_a_category(taxonomy):
    # generic words: "cystic components" may be part of a mixed nodule, "calcifications" has no kind
    score = taxonomy.tirads({"InternalCharacteristics": ["cystic components", "calcifications"],
                             "Echogenicity": ["heterogeneous"]})
    assert {"composition", "echogenicity", "echogenic_foci"} <= set(score.missing)


def test_stated_absence_settles_only_categories_it_exhausts(taxonomy):
    stated = {"InternalCharacteristics": ["solid"], "Echogenicity": ["hypoechoic"], "Margins": ["smooth"]}
    score = taxonomy.tirads(stated, absent=["taller-than-wide", "calcifications"])
    assert (score.points, score.level, score.missing) == (4, "TR4", ())
    # "no microcalcifications" does not rule out macrocalcifications: foci stay missing
    partial = taxonomy.tirads(stated, absent=["taller-than-wide", "microcalcifications"])
    assert partial.missing == ("echogenic_foci",) and partial.level is None
    # an absent margin feature cannot settle margins (smooth and ill-defined are two zero-point choices)
    no_margin = taxonomy.tirads({"InternalCharacteristics": ["solid", "large comet-tail artifact"],
                                 "Echogenicity": ["hypoechoic"], "Shape": ["wider-than-tall"]},
                                absent=["extrathyroidal extension"])
    assert no_margin.missing == ("margin",)


def test_concepts_iris_and_unknown_words(taxonomy):
    solid = taxonomy.concept("solid or almost completely solid")
    score = taxonomy.tirads({"InternalCharacteristics": [solid, "large comet-tail artifact", "glorp"],
                             "Echogenicity": [taxonomy.concept("hypoechoic").iri],
                             "Shape": ["wider-than-tall"], "Margins": ["smooth"]})
    assert (score.points, score.level) == (4, "TR4")
    assert score.unrecognised == ("glorp",)


def test_composition_words_keep_their_released_labels(taxonomy):
    """'solid' and 'almost completely cystic' now name TI-RADS finer values; labels still roll up as before."""
    assert taxonomy.resolve("InternalCharacteristics", "solid").us365k_label == "solid components"
    assert taxonomy.resolve("InternalCharacteristics", "almost completely cystic").us365k_label == (
        "cystic components"
    )
    assert taxonomy.resolve("InternalCharacteristics", "large comet-tail artifact") is None  # does not roll up


# -- `udt parse`: the tirads field of thyroid-nodule findings -------------------------------------------
@pytest.fixture(scope="module")
def parser(taxonomy):
    from udt.parser import ReportParser

    return ReportParser(taxonomy)


@pytest.mark.parametrize(
    ("text", "points", "level"),
    [
        # 0 + 0 + 0 + 0 + 0
        ("Right thyroid lobe nodule, 15 mm, almost completely cystic, anechoic, wider than tall, smooth margins, "
         "no echogenic foci.", 0, "TR1"),
        # mixed 1 + hyperechoic 1 + 0 + ill-defined 0 + large comet-tail 0
        ("Thyroid: 12 mm mixed cystic and solid nodule, hyperechoic, wider-than-tall, ill-defined margins, with "
         "large comet-tail artifacts.", 2, "TR2"),
        # solid 2 + isoechoic 1 + 0 + 0 + macrocalcification 1
        ("Thyroid: 18 mm solid isoechoic nodule in the left lobe, wider than tall, with smooth margins and "
         "macrocalcifications.", 4, "TR4"),
        # solid 2 + hypoechoic 2 + "not taller than wide" 0 + smooth 0 + "no calcifications" 0
        ("Thyroid nodule in the right lobe, hypoechoic, not taller than wide, smooth margins, solid, no "
         "calcifications.", 4, "TR4"),
        # solid 2 + markedly hypoechoic 3 + taller-than-wide 3 + lobulated 2 + punctate 3; ETE negated
        ("Thyroid ultrasound: right lobe nodule, 14 mm, solid, markedly hypoechoic, taller than wide, with lobulated "
         "margins and punctate echogenic foci. No extrathyroidal extension.", 13, "TR5"),
        # solid 2 + hypoechoic 2 + taller-than-wide 3 + max(irregular 2, extrathyroidal extension 3) + micro 3
        ("Left lobe thyroid nodule, solid, hypoechoic, taller than wide, irregular margins, microcalcifications, "
         "with extrathyroidal extension.", 13, "TR5"),
    ],
)
def test_parsed_thyroid_nodules_get_their_acr_score(parser, text, points, level):
    (finding,) = parser.parse(text).findings
    assert finding.tirads is not None
    assert (finding.tirads.points, finding.tirads.level, finding.tirads.missing) == (points, level, [])


def test_an_incomplete_description_gets_no_level(parser):
    (finding,) = parser.parse("Thyroid: nodule in the isthmus, hypoechoic, 9 mm.").findings
    assert finding.tirads.level is None
    assert finding.tirads.points == 2
    assert finding.tirads.missing == ["composition", "shape", "margin", "echogenic_foci"]


def test_only_thyroid_nodules_are_scored(parser):
    report = parser.parse("A 2 cm hypoechoic solid nodule in segment 6 of the liver. Simple cyst in the right kidney.")
    assert report.findings and all(f.tirads is None for f in report.findings)


def test_parse_json_carries_the_tirads_field(cli):
    import json

    text = ("Left lobe thyroid nodule, solid, hypoechoic, taller than wide, irregular margins, microcalcifications, "
            "with extrathyroidal extension.\n")
    result = cli("parse", "-", input=text)
    assert result.code == 0, result.stderr
    (finding,) = json.loads(result.stdout)["findings"]
    assert finding["tirads"] == {"points": 13, "level": "TR5", "missing": []}
