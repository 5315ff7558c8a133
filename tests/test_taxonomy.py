"""The taxonomy API over the shipped ontology: the released vocabulary, look-ups, hierarchy, roll-ups."""

from __future__ import annotations

import pytest

import udt
from udt.errors import DataError

# The released US-365K vocabulary (REFERENCE §1): the gold every ontology version must keep.
RELEASED: dict[str, list[str]] = {
    "Diagnosis": ["nodule", "cyst", "mass", "fluid collection", "normal appearance"],
    "Body_system_level": [
        "Abdomen and retroperitoneum", "Urinary Tract and male reproductive system", "Gynaecology",
        "Head and Neck", "Breast and Axilla", "Musculoskeletal Joints and Tendons", "Thorax", "Pediatrics",
        "Peripheral vessels",
    ],
    "Organ_level": [
        "Liver", "Gallbladder and bile ducts", "Pancreas", "Spleen", "Appendix", "Gastrointestinal tract",
        "Peritoneum mesentery and omentum", "Retroperitoneum and great vessels", "Adrenal glands", "Abdominal wall",
        "Kidney and ureter", "Bladder", "Scrotum", "Penis and perineum", "Uterus", "Adnexa", "Vagina",
        "Thyroid gland", "Parathyroid glands", "Salivary glands", "Lymph nodes", "Ocular", "Ear", "Larynx",
        "Breast", "Axilla", "Shoulder", "Elbow", "Wrist and carpus", "Fingers", "Hip groin and buttock", "Knee",
        "Ankle", "Foot", "Peripheral nerves", "Soft tissues", "Skull", "Pulmonary", "Pleural space",
        "Heart and mediastinum", "Thoracic wall", "Pediatric abdomen and retroperitoneum", "Pediatric urinary tract",
        "Pediatric scrotum", "Pediatric gynaecological pathology and infant breast", "Pediatric head and neck",
        "Neonatal brain and spine", "Infant hip and knee", "Pediatric thorax", "Peripheral arteries",
        "Peripheral veins", "Dialysis fistula",
    ],
    "Shape": ["round", "oval", "lobulated", "tubular/linear", "nodular", "flattened", "irregular"],
    "Margins": ["well-defined", "ill-defined/indistinct"],
    "Echogenicity": ["anechoic", "hypoechoic", "isoechoic", "hyperechoic", "mixed echogenicity"],
    "InternalCharacteristics": [
        "cystic components", "calcifications", "septations", "solid components", "mixed cystic and solid mass",
        "complex cystic solid",
    ],
    "PosteriorAcoustics": ["enhancement", "shadowing"],
    "Vascularity": [
        "reduced/diminished vascularity", "normal/regular vascularity", "no vascularity", "increased vascularity",
        "indeterminate/inhomogeneous vascularity",
    ],
}
ORGANS_BY_SYSTEM = {
    "Abdomen and retroperitoneum": RELEASED["Organ_level"][0:10],
    "Urinary Tract and male reproductive system": RELEASED["Organ_level"][10:14],
    "Gynaecology": RELEASED["Organ_level"][14:17],
    "Head and Neck": RELEASED["Organ_level"][17:24],
    "Breast and Axilla": RELEASED["Organ_level"][24:26],
    "Musculoskeletal Joints and Tendons": RELEASED["Organ_level"][26:37],
    "Thorax": RELEASED["Organ_level"][37:41],
    "Pediatrics": RELEASED["Organ_level"][41:49],
    "Peripheral vessels": RELEASED["Organ_level"][49:52],
}
RELEASED_PAIRS = [(field, value) for field, values in RELEASED.items() for value in values]


def test_nine_dimensions_in_us365k_order(taxonomy):
    assert taxonomy.fields == tuple(RELEASED)
    assert [d.index for d in taxonomy.dimensions] == list(range(9))
    ordinal = {d.field for d in taxonomy.dimensions if d.ordinal}
    assert {"Echogenicity", "Vascularity"} <= ordinal


def test_released_value_counts(taxonomy):
    counts = {field: len(taxonomy.values(field)) for field in taxonomy.fields}
    assert counts == {field: len(values) for field, values in RELEASED.items()}
    assert sum(counts.values()) == 93


@pytest.mark.parametrize(("field", "value"), RELEASED_PAIRS)
def test_every_released_string_normalises_to_its_concept(taxonomy, field, value):
    concept = taxonomy.normalize(field, value)
    assert concept is not None, value
    assert concept.us365k_label == value
    assert concept.dimension == field
    assert concept.definition, f"{value} lacks a definition"
    assert taxonomy.by_us365k(field, value) == concept


@pytest.mark.parametrize(("system", "organs"), list(ORGANS_BY_SYSTEM.items()))
def test_each_organ_sits_under_exactly_its_body_system(taxonomy, system, organs):
    for organ in organs:
        concept = taxonomy.by_us365k("Organ_level", organ)
        systems = [p for p in taxonomy.parents(concept) if p.dimension == "Body_system_level"]
        assert [s.us365k_label for s in systems] == [system], organ
        assert taxonomy.rollups(concept)["Body_system_level"].us365k_label == system


@pytest.mark.parametrize(
    ("field", "text", "expected"),
    [
        ("Echogenicity", "echo-poor", "hypoechoic"),
        ("Echogenicity", "Hypo-Echoic", "hypoechoic"),
        ("Echogenicity", "hypo echoic", "hypoechoic"),
        ("Echogenicity", "HYPERECHOIC", "hyperechoic"),
        ("Shape", "linear", "tubular/linear"),
        ("Margins", "ill defined", "ill-defined/indistinct"),
        ("Margins", "indistinct", "ill-defined/indistinct"),
        ("Margins", "circumscribed", "well-defined"),
        ("Vascularity", "avascular", "no vascularity"),
        ("Vascularity", "hypervascular", "increased vascularity"),
        ("PosteriorAcoustics", "posterior acoustic shadowing", "shadowing"),
        ("Body_system_level", "gynecology", "Gynaecology"),
    ],
)
def test_normalize_reads_report_wording(taxonomy, field, text, expected):
    concept = taxonomy.normalize(field, text, rollup=True)
    assert concept is not None, text
    assert concept.us365k_label == expected


def test_normalize_respects_the_dimension(taxonomy):
    assert taxonomy.normalize("Shape", "hypoechoic") is None
    assert taxonomy.normalize("Echogenicity", "no such wording") is None


def test_lookup_by_iri_and_curie(taxonomy):
    liver = taxonomy.by_us365k("Organ_level", "Liver")
    assert taxonomy.concept(liver.iri) is liver
    assert taxonomy.concept(liver.curie) is liver
    assert taxonomy.concept(liver.curie.lower()) is liver
    assert liver.curie.startswith("UDT:")


def test_unknown_concept_raises_data_error(taxonomy):
    with pytest.raises(DataError, match="no concept"):
        taxonomy.concept("flux capacitor")
    with pytest.raises(DataError, match="unknown dimension"):
        taxonomy.values("Colour")


def test_ranks_follow_the_scales(taxonomy):
    echo = [c.us365k_label for c in taxonomy.values("Echogenicity") if c.rank is not None]
    assert echo == ["anechoic", "hypoechoic", "isoechoic", "hyperechoic"]
    vasc = [c.us365k_label for c in taxonomy.values("Vascularity") if c.rank is not None]
    assert vasc == [
        "no vascularity", "reduced/diminished vascularity", "normal/regular vascularity", "increased vascularity"
    ]
    assert taxonomy.by_us365k("Echogenicity", "mixed echogenicity").rank is None


def test_hierarchy_walks(taxonomy):
    thyroid = taxonomy.by_us365k("Organ_level", "Thyroid gland")
    head_neck = taxonomy.by_us365k("Body_system_level", "Head and Neck")
    assert head_neck in taxonomy.ancestors(thyroid)
    assert thyroid in taxonomy.descendants(head_neck)
    assert thyroid in taxonomy.children(head_neck)
    assert taxonomy.ancestors(thyroid)[0] in taxonomy.parents(thyroid)


def test_finer_structures_roll_up_to_organ_and_body_system(taxonomy):
    finer = [c for c in taxonomy.iter_dimension("Organ_level") if not c.is_released_value]
    assert len(finer) >= 60
    for concept in finer:
        ups = taxonomy.rollups(concept)
        assert "Organ_level" in ups and "Body_system_level" in ups, concept.label
        assert ups["Organ_level"] in taxonomy.ancestors(concept)


@pytest.mark.parametrize(
    ("text", "organ", "system"),
    [
        ("right thyroid lobe", "Thyroid gland", "Head and Neck"),
        ("CBD", "Gallbladder and bile ducts", "Abdomen and retroperitoneum"),
        ("testis", "Scrotum", "Urinary Tract and male reproductive system"),
        ("great saphenous vein", "Peripheral veins", "Peripheral vessels"),
    ],
)
def test_named_finer_structures(taxonomy, text, organ, system):
    ups = taxonomy.rollups(taxonomy.concept(text, "Organ_level"))
    assert ups["Organ_level"].us365k_label == organ
    assert ups["Body_system_level"].us365k_label == system


def test_finer_diagnoses_roll_up_or_say_they_do_not(taxonomy):
    finer = [c for c in taxonomy.iter_dimension("Diagnosis") if not c.is_released_value]
    assert len(finer) >= 40
    for concept in finer:
        target = taxonomy.rollup(concept)
        blocked = [c for c in [concept, *taxonomy.ancestors(concept)] if not c.rolls_up]
        if blocked:  # marked as having no released value, on itself or on a broader finer diagnosis
            assert target is None, concept.label
        else:
            assert target is not None and target.dimension == "Diagnosis", concept.label
    assert taxonomy.rollup(taxonomy.concept("simple cyst", "Diagnosis")).us365k_label == "cyst"
    assert taxonomy.rollup(taxonomy.concept("ascites", "Diagnosis")).us365k_label == "fluid collection"
    assert taxonomy.rollup(taxonomy.concept("gallstone", "Diagnosis")) is None


def test_validate_labels_normalises_reports_unknowns_and_keeps_them(taxonomy):
    record = {
        "media_name": "case1_img3",
        "Diagnosis": "nodule",
        "Organ_level": ["Thyroid gland", "right thyroid lobe"],
        "Echogenicity": ["echo-poor", "sparkly"],
        "Margins": None,
        "Colour": ["red"],
    }
    result = taxonomy.validate_labels(record)
    assert result.labels["Diagnosis"] == ["nodule"]
    assert result.labels["Organ_level"] == ["Thyroid gland"]
    assert result.labels["Echogenicity"] == ["hypoechoic"]
    assert result.labels["Margins"] == []
    assert [(u.field, u.value) for u in result.unknown_values] == [("Echogenicity", "sparkly")]
    assert result.unknown_fields == ["Colour"]
    # a synonym of a released value is that value; only finer concepts count as rolled up
    assert [(u.field, u.value) for u in result.rolled_up] == [("Organ_level", "right thyroid lobe")]
    assert not result.ok


def test_networkx_view_and_vocab(taxonomy):
    graph = taxonomy.to_networkx()
    assert graph.number_of_nodes() == len(taxonomy)
    liver = taxonomy.by_us365k("Organ_level", "Liver")
    assert set(graph.successors(liver.iri)) == set(liver.parents)
    vocab = taxonomy.vocab()
    assert list(vocab) == [f"task{i}" for i in range(9)]
    assert vocab["task5"]["field"] == "Echogenicity"
    for task in vocab.values():
        assert sorted(task["labels"]) == sorted(RELEASED[task["field"]])
        assert len(task["iris"]) == len(task["labels"])


def test_load_is_cached_and_public_api_is_lazy(taxonomy):
    assert udt.load_taxonomy() is taxonomy
    assert "load_taxonomy" in dir(udt)
    with pytest.raises(AttributeError):
        _ = udt.no_such_thing


def test_json_snapshot_round_trips_exactly(tmp_path, monkeypatch):
    from udt.taxonomy.load import _load, load_taxonomy

    monkeypatch.setenv("UDT_CACHE_DIR", str(tmp_path))
    _load.cache_clear()
    parsed = load_taxonomy()
    snapshots = list(tmp_path.glob("taxonomy-*.json"))
    assert len(snapshots) == 1
    _load.cache_clear()
    restored = load_taxonomy()
    assert restored is not parsed
    assert dict(restored.concepts) == dict(parsed.concepts)
    assert restored.dimensions == parsed.dimensions
    assert (restored.version, restored.digest) == (parsed.version, parsed.digest)
    # A corrupt snapshot is ignored, not trusted.
    snapshots[0].write_text("{not json", encoding="utf-8")
    _load.cache_clear()
    assert dict(load_taxonomy().concepts) == dict(parsed.concepts)
    _load.cache_clear()


# -- Taxonomy.resolve: the one "released string, else synonym, then roll up" -------------------------------
def _old_sequence(tax, field, text, *, rollup):
    """What validate.py, similarity.py, labels.py and targets.py each wrote out before resolve existed."""
    if not text.strip():
        return None
    return tax.by_us365k(field, text) or tax.normalize(field, text, rollup=rollup)


def _every_term(tax):
    terms = set()
    for c in tax:
        terms |= {c.label, c.curie, c.iri, *c.synonyms, *([c.us365k_label] if c.us365k_label else [])}
    return sorted(terms | {"", "  ", "glorp", "Hypo-echoic", "WELL DEFINED", "tubular/linear"})


def test_resolve_agrees_with_the_four_old_copies(taxonomy):
    """Released strings, labels, synonyms, finer concepts, CURIEs and junk, in every field, both modes."""
    compared = 0
    for field in taxonomy.fields:
        for text in _every_term(taxonomy):
            if text in taxonomy.concepts and taxonomy.concepts[text].dimension != field:
                continue  # another field's IRI: see the next test
            for rollup in (True, False):
                assert taxonomy.resolve(field, text, rollup=rollup) == _old_sequence(
                    taxonomy, field, text, rollup=rollup
                ), (field, text, rollup)
                compared += 1
    assert compared > 50_000


def test_resolve_refuses_an_iri_of_another_field(taxonomy):
    # The old copies let an IRI through whatever the field: "Diagnosis: <ulnar artery>" became an organ.
    ulnar = taxonomy.concept("ulnar artery")
    assert _old_sequence(taxonomy, "Diagnosis", ulnar.iri, rollup=True).dimension == "Organ_level"
    assert taxonomy.resolve("Diagnosis", ulnar.iri) is None
    assert taxonomy.resolve("Organ_level", ulnar.iri).us365k_label == "Peripheral arteries"


@pytest.mark.parametrize(
    ("field", "text", "rolled", "named"),
    [
        ("Echogenicity", "hypoechoic", "hypoechoic", "hypoechoic"),  # released string
        ("Echogenicity", "echo-poor", "hypoechoic", "hypoechoic"),  # synonym
        ("Margins", "spiculated", "ill-defined/indistinct", "spiculated margin"),  # finer concept
        ("Organ_level", "right thyroid lobe", "Thyroid gland", "right thyroid lobe"),
        ("Shape", "tubular/linear", "tubular/linear", "tubular"),
        ("Shape", "taller than wide", None, "taller-than-wide"),  # finer, no released value
        ("Echogenicity", "round", None, None),  # a word of another field
    ],
)
def test_resolve_examples(taxonomy, field, text, rolled, named):
    got = taxonomy.resolve(field, text)
    assert (got.us365k_label if got else None) == rolled
    got = taxonomy.resolve(field, text, rollup=False)
    assert (got.label if got else None) == named


def test_resolve_unknown_field_is_a_data_error(taxonomy):
    from udt.errors import DataError

    with pytest.raises(DataError):
        taxonomy.resolve("Colour", "red")
