"""The phantom's cases follow the ontology's knowledge and physics; labels are sparse; captions state nothing
they omit; the evaluation phantom is fixed and complete."""

from __future__ import annotations

import json
import re

import numpy as np
import pytest

from model.phantom import EVAL_GENERATOR_VERSION, PHANTOM_VERSION
from model.phantom import evaluation as evaluation_module
from model.phantom.appearance import appearance_for
from model.phantom.evaluation import EVAL_IMAGES_PER_CASE, EVAL_MIN_CASES, EVAL_PAIRS, EVAL_SEED, evaluation_phantom
from model.phantom.knowledge import knowledge_for
from model.phantom.labels import (
    COVERAGE_PRESETS,
    incoherences,
    physics_for,
    sample_case,
    stated_fields,
    stated_labels,
)
from model.phantom.report import released_words, write_report
from model.phantom.writer import case_sizes

N_CASES = 400


@pytest.fixture(scope="module")
def cases(taxonomy):
    app, know = appearance_for(taxonomy), knowledge_for(taxonomy)
    rng = np.random.default_rng(11)
    return [sample_case(rng, f"c{i}", taxonomy, app, know, atypical_rate=0.1) for i in range(N_CASES)]


def test_every_case_is_physically_coherent(cases, taxonomy):
    physics = physics_for(taxonomy)
    bad = [(c.diagnosis.label, c.findings, incoherences(c.findings, physics)) for c in cases]
    assert [b for b in bad if b[2]] == []
    # The physical roles are the ones a sonographer expects, found through the ontology's synonyms.
    assert physics.fluid_echo == taxonomy.normalize("Echogenicity", "echo-free", rollup=True).us365k_label
    assert taxonomy.normalize("PosteriorAcoustics", "acoustic shadow", rollup=True).us365k_label in physics.shadow


def test_no_fluid_shadows_and_no_solid_simple_cysts(cases, taxonomy):
    physics = physics_for(taxonomy)
    fluid_lesions = [c for c in cases if physics.fluid_echo in c.findings.get("Echogenicity", [])]
    assert len(fluid_lesions) > 20
    for c in fluid_lesions:
        assert not set(c.findings.get("PosteriorAcoustics", [])) & physics.shadow
        assert not set(c.findings.get("InternalCharacteristics", [])) & physics.solid_internal
    simple = [c for c in cases if c.diagnosis is not None and c.diagnosis.label == "simple cyst"]
    assert simple, "the commonest diagnosis should be drawn"
    for c in simple:
        if "InternalCharacteristics" not in c.atypical:
            assert not set(c.findings.get("InternalCharacteristics", [])) & physics.solid_internal


def test_sites_and_findings_come_from_the_knowledge(cases, taxonomy):
    know = knowledge_for(taxonomy)
    by_dx = {p.concept.iri: p for p in know.profiles}
    lesions = [c for c in cases if c.lesion]
    assert {c.diagnosis.iri for c in lesions} <= set(by_dx)
    for c in lesions:
        prof = by_dx[c.diagnosis.iri]
        assert c.site in prof.sites and c.site in taxonomy.sites(c.diagnosis)
        assert taxonomy.rollups(c.site)["Organ_level"].us365k_label == c.organ
        for f, typical in prof.typical.items():
            if f in c.atypical or not typical:
                continue
            # A typical finding is kept unless physics overrode it (it never does for consistent knowledge).
            allowed = {taxonomy.rollup(t).us365k_label for t in typical if taxonomy.rollup(t) is not None}
            drawn = set(c.findings.get(f, []))
            assert not drawn or drawn & allowed, (c.diagnosis.label, f, drawn, allowed)
    normal = [c for c in cases if not c.lesion]
    assert 0.05 < len(normal) / N_CASES < 0.25
    atypical = [c for c in lesions if c.atypical]
    assert 0.04 < len(atypical) / len(lesions) < 0.18  # the stated 10% rate
    # Concentrated: the commonest diagnosis recurs often (semantically identical pairs in a batch).
    counts = sorted(np.unique([c.diagnosis.label for c in lesions], return_counts=True)[1], reverse=True)
    assert counts[0] / len(lesions) > 0.1


def test_us365k_sparsity_rates(cases, taxonomy):
    coverage = COVERAGE_PRESETS["us365k"]
    rng = np.random.default_rng(3)
    stated = {f: 0 for f in taxonomy.fields}
    has = {f: 0 for f in taxonomy.fields}
    for c in cases:
        for _ in range(5):  # five images per case
            said = stated_fields(rng, c, coverage)
            for f in taxonomy.fields:
                present = bool(c.findings.get(f)) or f in ("Organ_level", "Body_system_level")
                has[f] += present
                stated[f] += f in said and present
    for f in taxonomy.fields:
        n, p = has[f], coverage[f]
        if f == "Body_system_level":  # stated whenever the organ is, so at least the organ's rate
            assert stated[f] / n >= p - 0.01
            continue
        sigma = (p * (1 - p) / n) ** 0.5
        assert abs(stated[f] / n - p) < 4 * sigma + 0.005, (f, stated[f] / n, p)


def test_captions_never_state_an_omitted_dimension(cases, taxonomy):
    rng = np.random.default_rng(5)
    checked = 0
    for c in cases:
        for _ in range(3):
            said = stated_fields(rng, c, COVERAGE_PRESETS["balanced"])
            labels = stated_labels(c, taxonomy.fields, said)
            text = write_report(rng, taxonomy, c, labels, width_mm=12, depth_mm=8, doppler=True, fog=0.8)
            omitted = [f for f in taxonomy.fields if not labels[f]]
            words = released_words(taxonomy, omitted)
            for sentence in re.split(r"(?<=\.)\s+", text):
                if sentence.startswith("No "):
                    continue  # a negated distractor denies a value; it states none
                low = f" {sentence.casefold()} "
                hits = [w for w in words if re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", low)]
                assert not hits, (hits, text, omitted)
            checked += 1
    assert checked == 3 * N_CASES


def test_negated_distractors_deny_only_what_the_case_lacks(cases, taxonomy):
    rng = np.random.default_rng(8)
    negations = 0
    for c in cases:
        labels = stated_labels(c, taxonomy.fields, set(taxonomy.fields))
        text = write_report(rng, taxonomy, c, labels, fog=0.8)
        for sentence in re.findall(r"No [^.]*\.", text):
            negations += 1
            for f in ("InternalCharacteristics", "PosteriorAcoustics", "Vascularity"):
                for v in c.findings.get(f, []):
                    concept = taxonomy.by_us365k(f, v)
                    names = {concept.label.casefold(), *(s.casefold() for s in concept.exact_synonyms)}
                    assert not any(n in sentence.casefold() for n in names if len(n) > 4), (sentence, f, v)
    assert negations > 30


def test_evaluation_phantom_constants_are_fixed_and_large_enough():
    assert EVAL_GENERATOR_VERSION == PHANTOM_VERSION
    assert EVAL_PAIRS >= 1500
    assert len(case_sizes(EVAL_PAIRS, EVAL_SEED, EVAL_IMAGES_PER_CASE)) >= EVAL_MIN_CASES >= 400


def test_evaluation_phantom_states_every_dimension(tmp_path, taxonomy, monkeypatch):
    monkeypatch.setattr(evaluation_module, "EVAL_PAIRS", 30)
    root = evaluation_phantom(taxonomy, tmp_path / "eval", size=32)
    meta = json.loads((root / "phantom.json").read_text())
    assert meta["evaluation"] and meta["eval_seed"] == EVAL_SEED and meta["seed"] == EVAL_SEED
    assert (root / "train.jsonl").read_text() == "" and (root / "valid.jsonl").read_text() == ""
    assert len((root / "test.jsonl").read_text().splitlines()) == 30
    records = {r["media_name"]: r for r in json.loads((root / "full_data.json").read_text())}
    for line in (root / "truth.jsonl").read_text().splitlines():
        t = json.loads(line)
        rec = records[t["image"][:-4]]
        assert t["case_id"].startswith("eval")
        for f, values in t["labels"].items():
            stated = [rec[f]] if isinstance(rec[f], str) else rec[f]
            if f == "Vascularity":
                assert bool(stated) == (bool(values) and t["doppler"])
            else:
                assert sorted(stated) == sorted(values), f


def test_edited_ontology_new_organ_reaches_the_phantom(tmp_path, cli):
    from ontology_edit import ontology_with_new_organ

    import udt
    from model.phantom import generate_phantom
    from model.phantom.anatomy import scene_kind

    path = ontology_with_new_organ(tmp_path / "onto")
    edited = udt.load_taxonomy(path)
    organ = edited.by_us365k("Organ_level", "Test organ")
    # No appearance entry names it: it inherits its body system's scene (abdomen: parenchyma).
    assert scene_kind(edited, organ, organ) == "parenchyma"
    root = generate_phantom(
        tmp_path / "p", 160, seed=1, size=32, images_per_case=(1, 1), normal_fraction=1.0, taxonomy=edited
    )
    organs = {json.loads(line)["labels"]["Organ_level"][0] for line in (root / "truth.jsonl").open()}
    assert "Test organ" in organs
    res = cli("phantom", "--n", "4", "--size", "32", "--out", str(tmp_path / "q"), "--ontology", str(path))
    assert res.code == 0, res.stderr
    assert json.loads((tmp_path / "q" / "phantom.json").read_text())["taxonomy_digest"] == edited.digest
    res = cli("phantom", "--n", "4", "--out", str(tmp_path / "r"), "--ontology", str(tmp_path / "missing.owl"))
    assert res.code == 1 and "missing.owl" in res.stderr and not (tmp_path / "r").exists()


@pytest.mark.parametrize(
    ("kind", "brighter", "darker"),
    [
        # (scene, a point that must be brighter, a point that must be darker), (y, x) in fractions of the width
        ("kidney", (0.5, 0.5), (0.5, 0.78)),  # echogenic sinus fat over hypoechoic cortex
        ("thyroid", (0.33, 0.3), (0.1, 0.3)),  # gland over strap muscles
        ("gallbladder", (0.25, 0.5), (0.42, 0.5)),  # liver over the bile-filled lumen
        ("breast", (0.35, 0.5), (0.1, 0.5)),  # fibroglandular layer over subcutaneous fat
        ("vessel", (0.7, 0.5), (0.45, 0.5)),  # soft tissue over the blood-filled lumen
    ],
)
def test_organ_scenes_have_their_anatomy(kind, brighter, darker):
    from model.phantom.anatomy import layout_for, paint
    from model.phantom.bmode import geometry

    layout = layout_for(kind, np.random.default_rng(0))
    geo = geometry(128, layout.sector, 0)
    power = np.ones(geo.phys_y.shape, np.float32)
    atten = np.full(geo.phys_y.shape, 0.02, np.float32)
    y, x = geo.phys_y / 128, geo.phys_x / 128
    paint(layout, np.random.default_rng(1), y, x, power, atten, 0.02, 1.0)

    def at(point):
        d = (y - point[0]) ** 2 + (x - point[1]) ** 2
        return float(np.median(power[d < 0.03**2]))

    assert at(brighter) > 2 * at(darker), (kind, at(brighter), at(darker))


def test_fluid_lumens_transmit_and_bone_blocks():
    from model.phantom.anatomy import layout_for, paint
    from model.phantom.bmode import geometry

    for kind, fluid, blocks in (("bladder", True, False), ("muscle", False, True)):
        layout = layout_for(kind, np.random.default_rng(0))
        geo = geometry(128, layout.sector, 0)
        power = np.ones(geo.phys_y.shape, np.float32)
        atten = np.full(geo.phys_y.shape, 0.02, np.float32)
        paint(layout, np.random.default_rng(1), geo.phys_y / 128, geo.phys_x / 128, power, atten, 0.02, 1.0)
        assert (atten.min() < 0.015) == fluid and (atten.max() > 0.2) == blocks, kind


def test_fog_avoids_the_prompt_names(cases, taxonomy):
    from model.phantom.report import prompt_names

    def verbatim(fog: float) -> float:
        rng = np.random.default_rng(2)
        hits = total = 0
        for c in cases:
            labels = stated_labels(c, taxonomy.fields, set(taxonomy.fields))
            text = f" {write_report(rng, taxonomy, c, labels, fog=fog).casefold()} "
            for f in ("Echogenicity", "Margins", "Shape", "Vascularity"):
                for v in labels[f]:
                    names = [n.casefold() for n in prompt_names(taxonomy.by_us365k(f, v)) if n]
                    total += 1
                    hits += any(re.search(rf"(?<![a-z]){re.escape(n)}(?![a-z])", text) for n in names)
        return hits / total

    plain, fogged = verbatim(0.0), verbatim(1.0)
    assert plain > 0.6 and fogged < plain - 0.3, (plain, fogged)
