"""Clinical knowledge in the ontology, read through the taxonomy API: typical sites and findings, declared roles,
coverage, and the ontology check's rules for them."""

from __future__ import annotations

import json

import pytest

from ontology import ontology_path
from udt.owl import vocab


def _labels(concepts) -> set[str]:
    return {c.label for c in concepts}


# -- typical sites: textbook facts -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("diagnosis", "expected"),
    [
        ("gallstone", {"gallbladder"}),
        ("deep vein thrombosis", {"common femoral vein", "femoral vein", "popliteal vein", "calf veins"}),
        ("hydronephrosis", {"kidney"}),
        ("Baker's cyst", {"popliteal fossa"}),
        ("endometrioma", {"ovary"}),
        ("hypertrophic pyloric stenosis", {"pylorus", "pediatric abdomen and retroperitoneum"}),
        ("goitre", {"thyroid gland"}),
        ("fibroadenoma", {"breast"}),
        ("hydrocele", {"tunica vaginalis"}),
        ("varicocele", {"pampiniform plexus"}),
        ("appendicitis", {"appendix"}),
        ("Morton's neuroma", {"intermetatarsal space"}),
        ("carpal tunnel syndrome", {"median nerve", "carpal tunnel"}),
        ("portal vein thrombosis", {"portal vein"}),
        ("abdominal aortic aneurysm", {"abdominal aorta"}),
    ],
)
def test_typical_sites_of_common_diagnoses(taxonomy, diagnosis, expected):
    assert _labels(taxonomy.sites(diagnosis)) == expected


def test_sites_are_anatomy_and_roll_up_to_an_organ(taxonomy):
    for site in taxonomy.sites("deep vein thrombosis"):
        assert site.dimension == "Organ_level"
        assert taxonomy.rollups(site)["Organ_level"].us365k_label == "Peripheral veins"
    assert taxonomy.rollups(taxonomy.sites("gallstone")[0])["Body_system_level"].us365k_label == (
        "Abdomen and retroperitoneum"
    )


def test_subclasses_inherit_sites_but_a_finer_site_replaces_its_ancestor(taxonomy):
    # parapelvic cyst (renal sinus) is a renal cyst (kidney): kidney is implied by renal sinus, so it is dropped.
    assert _labels(taxonomy.sites("parapelvic cyst")) == {"renal sinus"}
    # empyema is a pleural effusion and keeps its site
    assert _labels(taxonomy.sites("empyema")) == {"pleural space"}


def test_sites_of_a_concept_without_any_is_empty(taxonomy):
    assert taxonomy.sites("liver") == ()
    assert taxonomy.typical_findings("hyperechoic") == {}


# -- typical findings: textbook facts -------------------------------------------------------------------
FINDINGS = [
    ("simple cyst", {"Echogenicity": {"anechoic"}, "Margins": {"well-defined"},
                     "PosteriorAcoustics": {"enhancement"}, "Vascularity": {"no vascularity"}}),
    ("gallstone", {"Echogenicity": {"hyperechoic"}, "PosteriorAcoustics": {"clean shadowing"}}),
    ("kidney stone", {"Echogenicity": {"hyperechoic"}, "PosteriorAcoustics": {"clean shadowing"}}),
    ("fibroadenoma", {"Shape": {"oval", "parallel orientation"}, "Margins": {"well-defined"},
                      "Echogenicity": {"hypoechoic"}}),
    ("hemangioma", {"Echogenicity": {"hyperechoic", "homogeneous"}, "Margins": {"well-defined"}}),
    ("hydrocele", {"Echogenicity": {"anechoic"}, "Vascularity": {"no vascularity"}}),
]


@pytest.mark.parametrize(("diagnosis", "expected"), FINDINGS)
def test_typical_findings_of_textbook_diagnoses(taxonomy, diagnosis, expected):
    found = taxonomy.typical_findings(diagnosis)
    assert {field: _labels(values) for field, values in found.items()} == expected


def test_findings_are_keyed_by_field_in_field_order_and_are_of_that_dimension(taxonomy):
    found = taxonomy.typical_findings("simple cyst")
    assert list(found) == [f for f in taxonomy.fields if f in found]
    for field, values in found.items():
        assert all(v.dimension == field for v in values)


def test_stone_shadowing_rolls_up_to_the_released_value(taxonomy):
    (shadow,) = taxonomy.typical_findings("gallstone")["PosteriorAcoustics"]
    assert taxonomy.rollup(shadow).us365k_label == "shadowing"


def test_possible_findings_only_on_request(taxonomy):
    typical = taxonomy.typical_findings("uterine fibroid")
    everything = taxonomy.typical_findings("uterine fibroid", include_possible=True)
    assert "calcifications" not in _labels(typical.get("InternalCharacteristics", ()))
    assert "calcifications" in _labels(everything["InternalCharacteristics"])
    # a contested pattern is stated as possible only: no typical finding at all for hepatocellular carcinoma
    assert taxonomy.typical_findings("hepatocellular carcinoma") == {}
    assert taxonomy.typical_findings("hepatocellular carcinoma", include_possible=True)


def test_finding_axioms_carry_strength_and_source(taxonomy):
    links = taxonomy.finding_links("fibroadenoma")
    assert {link.source for link in links} == {"ACR BI-RADS US"}
    assert {link.strength for link in links} == {"typical", "possible"}
    sources = {link.source for c in taxonomy for link in c.findings}
    assert sources == {"ACR BI-RADS US", "ACR TI-RADS", "O-RADS US", "standard sonography texts"}


def test_no_fluid_diagnosis_is_typically_solid_or_shadowing(taxonomy):
    """The physically wrong combinations the issue names must not be stated as typical."""
    fluid = taxonomy.by_us365k("Diagnosis", "fluid collection")
    for diagnosis in taxonomy.descendants(fluid):
        found = taxonomy.typical_findings(diagnosis)
        assert not (_labels(found.get("PosteriorAcoustics", ())) & {"shadowing", "clean shadowing"}), diagnosis
        assert "solid components" not in _labels(found.get("InternalCharacteristics", ())), diagnosis


# -- coverage -------------------------------------------------------------------------------------------
def _finer_diagnoses(taxonomy):
    return [c for c in taxonomy.iter_dimension("Diagnosis") if not c.is_released_value and not c.deprecated]


def test_every_finer_diagnosis_has_a_typical_site(taxonomy):
    finer = _finer_diagnoses(taxonomy)
    assert len(finer) >= 128
    missing = [c.label for c in finer if not taxonomy.sites(c)]
    assert missing == []
    # and each one states its own, not only through a superclass
    assert [c.label for c in finer if not (c.sites or c.site_unions)] == []


def test_a_generic_diagnosis_states_alternative_sites_its_subclasses_do_not_inherit(taxonomy):
    """thrombus: some (peripheral veins or portal vein or peripheral arteries); each kind keeps only its own."""
    assert _labels(taxonomy.sites("thrombus")) == {"peripheral veins", "portal vein", "peripheral arteries"}
    assert _labels(taxonomy.sites("portal vein thrombosis")) == {"portal vein"}
    assert "portal vein" not in _labels(taxonomy.sites("deep vein thrombosis"))
    assert _labels(taxonomy.sites("gallbladder polyp")) == {"gallbladder wall"}
    assert _labels(taxonomy.sites("abdominal aortic aneurysm")) == {"abdominal aorta"}


def test_at_least_sixty_finer_diagnoses_have_typical_findings(taxonomy):
    finer = _finer_diagnoses(taxonomy)
    with_findings = [c for c in finer if taxonomy.typical_findings(c)]
    declared = [c for c in finer if any(link.strength == "typical" for link in c.findings)]
    assert len(declared) >= 60
    assert len(with_findings) >= len(declared)


def test_released_values_state_no_findings(taxonomy):
    """Findings on 'cyst' or 'mass' would be inherited by every finer diagnosis below: too broad to be true."""
    for value in taxonomy.values("Diagnosis"):
        assert value.findings == () and value.sites == ()


# -- declared roles ---------------------------------------------------------------------------------
def test_normal_value_is_declared(taxonomy):
    assert taxonomy.normal_value.us365k_label == "normal appearance"


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("hypertrophic pyloric stenosis", True),
        ("intussusception", True),
        ("developmental dysplasia of the hip", True),
        ("germinal matrix hemorrhage", True),
        ("pediatric scrotum", True),
        ("infant hip joint", True),  # under Infant hip and knee, under Pediatrics
        ("thymus", True),
        ("gallstone", False),
        ("testis", False),
        ("Pediatrics", True),
    ],
)
def test_paediatric_conditions_and_anatomy_are_declared(taxonomy, label, expected):
    assert taxonomy.is_pediatric(label) is expected


def test_is_pediatric_reads_the_declaration_not_the_label(tmp_path):
    """An organ *labelled* "Pediatric ..." but placed under an adult body system is not paediatric."""
    from ontology_edit import ontology_with_new_organ

    import udt

    edited = udt.load_taxonomy(ontology_with_new_organ(tmp_path, label="Pediatric test organ", synonym="zyglandula"))
    organ = edited.by_us365k("Organ_level", "Pediatric test organ")
    assert organ is not None and not edited.is_pediatric(organ)
    assert edited.pediatric_counterpart(organ).us365k_label == "Pediatric abdomen and retroperitoneum"


@pytest.mark.parametrize(
    ("organ", "expected"),
    [
        ("Liver", "Pediatric abdomen and retroperitoneum"),
        ("testis", "Pediatric scrotum"),
        ("Scrotum", "Pediatric scrotum"),
        ("Kidney and ureter", "Pediatric urinary tract"),
        ("Thyroid gland", "Pediatric head and neck"),
        ("Breast", "Pediatric gynaecological pathology and infant breast"),
        ("Uterus", "Pediatric gynaecological pathology and infant breast"),
        ("Knee", "Infant hip and knee"),
        ("Pulmonary", "Pediatric thorax"),
        ("Thorax", "Pediatric thorax"),
    ],
)
def test_paediatric_counterparts(taxonomy, organ, expected):
    assert taxonomy.pediatric_counterpart(organ).us365k_label == expected


def test_no_counterpart_where_none_is_declared(taxonomy):
    assert taxonomy.pediatric_counterpart("Shoulder") is None
    assert taxonomy.pediatric_counterpart("Peripheral veins") is None
    assert taxonomy.pediatric_counterpart("Pediatric thorax") is None  # already paediatric


def test_ordinal_fields_are_declared(taxonomy):
    assert taxonomy.ordinal_fields == ("Echogenicity", "Vascularity")
    assert [d.field for d in taxonomy.dimensions if d.ordinal] == list(taxonomy.ordinal_fields)


def test_landmarks(taxonomy):
    assert taxonomy.is_landmark("diaphragm")
    assert taxonomy.is_landmark("anterior fontanelle")
    assert not taxonomy.is_landmark("liver")
    assert not taxonomy.is_landmark("kidney")


# -- the check's rules on a deliberately broken copy ---------------------------------------------------
def _broken_copy(tmp_path):
    """Gallstone's site pointed at an echogenicity value, simple cyst's finding at an organ, and a udt property
    with no definition."""
    text = ontology_path().read_text(encoding="utf-8")
    hyperechoic = "https://w3id.org/udt/UDT_0000089"
    gallbladder = "https://w3id.org/udt/UDT_0000110"
    liver = "https://w3id.org/udt/UDT_0000020"
    site = (
        f'<owl:onProperty rdf:resource="{vocab.HAS_TYPICAL_SITE}"/>\n'
        f'                <owl:someValuesFrom rdf:resource="{gallbladder}"/>'
    )
    # Gallstone's own restriction (other classes, such as pericholecystic fluid, also sit in the gallbladder).
    at = text.index(site, text.index('rdf:about="https://w3id.org/udt/UDT_0000390"'))
    broken = text[:at] + site.replace(gallbladder, hyperechoic) + text[at + len(site):]
    anechoic_finding = (
        f'<owl:onProperty rdf:resource="{vocab.HAS_TYPICAL_FINDING}"/>\n'
        '                <owl:someValuesFrom rdf:resource="https://w3id.org/udt/UDT_0000086"/>'
    )
    assert anechoic_finding in broken
    broken = broken.replace(anechoic_finding, anechoic_finding.replace("UDT_0000086", liver.rsplit("/", 1)[1]), 1)
    definition = (
        '<owl:AnnotationProperty rdf:about="https://w3id.org/udt/isLandmark">\n'
        '        <rdfs:label xml:lang="en">is landmark</rdfs:label>\n'
        '        <obo:IAO_0000115'
    )
    assert definition in broken
    start = broken.index(definition) + len(definition) - len("<obo:IAO_0000115")
    end = broken.index("</obo:IAO_0000115>", start) + len("</obo:IAO_0000115>")
    broken = broken[:start] + broken[end:]
    path = tmp_path / "broken.owl"
    path.write_text(broken, encoding="utf-8")
    return path


def test_check_rejects_restrictions_to_the_wrong_dimension(cli, tmp_path):
    path = _broken_copy(tmp_path)
    result = cli("ontology", "check", str(path), "--no-reasoner", "--json")
    assert result.code == 1, result.stderr
    issues = [i for i in json.loads(result.stdout)["issues"] if i["level"] == "ERROR"]
    rules = {(i["rule"], i["subject"]) for i in issues}
    assert ("restriction_target", "UDT:0000390") in rules  # gallstone hasTypicalSite hyperechoic
    assert ("restriction_target", "UDT:0000315") in rules  # simple cyst hasTypicalFinding liver
    assert ("property_definition", "https://w3id.org/udt/isLandmark") in rules
    messages = " ".join(i["message"] for i in issues)
    assert "must be an organ or finer structure" in messages
    assert "must be a descriptor value" in messages


def test_shipped_ontology_passes_the_knowledge_rules(taxonomy):
    from udt.owl.check import check_ontology
    from udt.owl.read import parse_graph

    report = check_ontology(parse_graph(ontology_path()), taxonomy, reasoner=False)
    assert report.count("ERROR") == 0, [i for i in report.issues if i.level == "ERROR"]
    assert report.count("WARN") == 0, [i for i in report.issues if i.level == "WARN"]
    coverage = [i for i in report.issues if i.rule == "knowledge_coverage"]
    # Every finer diagnosis has a typical site (the count grows as classes are added: "132/132 finer ...").
    assert len(coverage) == 1
    with_site, finer = coverage[0].message.split()[0].split("/")
    assert with_site == finer and int(finer) >= 131


def test_declared_properties_have_label_and_definition():
    import rdflib
    from rdflib import URIRef

    graph = rdflib.Graph().parse(ontology_path(), format="xml")
    for prop, kind in ((vocab.HAS_TYPICAL_SITE, "ObjectProperty"), (vocab.HAS_TYPICAL_FINDING, "ObjectProperty")):
        assert (URIRef(prop), URIRef(vocab.RDF_NS + "type"), URIRef(vocab.OWL_NS + kind)) in graph
        assert graph.value(URIRef(prop), URIRef(vocab.LABEL)) is not None
        assert graph.value(URIRef(prop), URIRef(vocab.DEFINITION)) is not None
