"""The parser benchmarks' shared scoring rules and the generic negspacy peer (benchmarks/_parser_scoring.py,
benchmarks/parser_vs_context.py): the figures they print are only as good as these."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from _parser_scoring import (
    Reading,
    match_findings,
    paired_bootstrap,
    prf,
    score_findings,
    score_report,
    total,
)

FIELDS = ("Diagnosis", "Body_system_level", "Organ_level", "Shape", "Margins", "Echogenicity",
          "InternalCharacteristics", "PosteriorAcoustics", "Vascularity")


def _labels(**values: list[str]) -> dict[str, list[str]]:
    return {f: values.get(f, []) for f in FIELDS}


def _reading(mentions=(), **values: list[str]) -> Reading:
    return Reading(labels={f: set(values.get(f, [])) for f in FIELDS}, mentions=tuple(mentions))


def test_score_report_counts_present_negation_and_uncertainty():
    row = {"labels": _labels(Diagnosis=["cyst"], Organ_level=["Liver"]),
           "absent": [["Diagnosis", "mass"], ["Vascularity", "increased vascularity"]],
           "uncertain": [["Diagnosis", "nodule"]]}
    reading = _reading(
        [("Diagnosis", "mass", "absent"),            # right negation
         ("Diagnosis", "cyst", "absent"),            # asserted elsewhere: not a negation
         ("Organ_level", "Spleen", "absent"),        # anatomy: never scored as negation
         ("Diagnosis", "nodule", "uncertain"),       # right hedge
         ("Shape", "oval", "uncertain")],            # wrong hedge
        Diagnosis=["cyst"], Organ_level=["Liver", "Kidney and ureter"],
    )
    c = score_report(row, reading, FIELDS)
    assert c.kinds["present"] == [2, 1, 0]
    assert c.kinds["negation"] == [1, 0, 1]
    assert c.kinds["uncertainty"] == [1, 1, 0]
    assert c.fields["Organ_level"] == [1, 1, 0]


@pytest.mark.parametrize(("counts", "f1"), [((1, 0, 0), 1.0), ((0, 1, 1), 0.0), ((2, 1, 1), 2 / 3), ((0, 0, 0), 1.0)])
def test_prf(counts, f1):
    assert prf(*counts)[2] == pytest.approx(f1)


def test_paired_bootstrap_interval_holds_the_difference_and_is_zero_for_equal_labellers():
    row = {"labels": _labels(Diagnosis=["cyst"])}
    good = [score_report(row, _reading(Diagnosis=["cyst"]), FIELDS) for _ in range(30)]
    bad = [score_report(row, _reading(Diagnosis=["mass"] if i % 3 else ["cyst"]), FIELDS) for i in range(30)]
    diff, lo, hi = paired_bootstrap(good, bad, "present", resamples=300, seed=1)
    assert diff == pytest.approx(1 - prf(*total(bad, "present"))[2])
    assert 0 < lo <= diff <= hi
    assert paired_bootstrap(good, good, "present", resamples=50) == (0.0, 0.0, 0.0)
    assert paired_bootstrap(good, bad, "present", resamples=300, seed=1) == (diff, lo, hi)  # fixed seed


def _finding(organ, diagnosis, size_mm, side, kind="lesion"):
    return SimpleNamespace(kind=kind, organ=organ, diagnosis=diagnosis, size_mm=size_mm, laterality=side)


def test_findings_are_matched_by_organ_then_diagnosis_then_order():
    parsed = [_finding("Kidney and ureter", None, [110.0], "right", kind="structure"),
              _finding("Thyroid gland", "nodule", [23.0], "left"),
              _finding("Kidney and ureter", "cyst", [20.0], "right"),
              _finding("Thyroid gland", "nodule", [6.0], None)]
    gold = [{"organ": "Kidney and ureter", "diagnosis": "cyst", "size_mm": 20, "side": "right"},
            {"organ": "Thyroid gland", "diagnosis": "nodule", "size_mm": [23, 15], "side": "left"},
            {"organ": "Thyroid gland", "diagnosis": "nodule", "size_mm": 6, "side": "right"},
            {"organ": "Liver", "diagnosis": "cyst", "size_mm": 9}]
    pairs = match_findings(gold, parsed)
    assert [p[1] for p in pairs] == [parsed[2], parsed[1], parsed[3], None]
    score = score_findings([{"id": "x", "findings": gold}], [SimpleNamespace(findings=parsed)])
    assert (score.lesions, score.matched) == (4, 3)
    assert (score.size_right, score.size_total) == (3, 4)  # the liver cyst was missed
    assert (score.side_right, score.side_total) == (2, 3)  # the second thyroid nodule has no side


@pytest.fixture(scope="module")
def peer():
    from parser_vs_context import NegexPeer

    from udt.taxonomy import load_taxonomy

    return NegexPeer(load_taxonomy())


def test_peer_uses_the_ontology_vocabulary_and_rolls_up(peer):
    tax = peer.taxonomy
    hypo = tax.concept("hypoechoic")
    assert all(s.lower() in peer.concept_of for s in (hypo.label, *hypo.synonyms))
    r = peer.read("Hypoechoic nodule in the right thyroid lobe.")
    assert r.labels["Echogenicity"] == {"hypoechoic"} and r.labels["Diagnosis"] == {"nodule"}
    assert r.labels["Organ_level"] == {"Thyroid gland"} and r.labels["Body_system_level"] == {"Head and Neck"}


@pytest.mark.parametrize(("text", "absent", "present"), [
    ("No cyst.", {("Diagnosis", "cyst")}, set()),
    ("Liver: normal.\nNo free fluid.", {("Diagnosis", "fluid collection")}, {("Organ_level", "Liver")}),
    ("No mass in the liver.", {("Diagnosis", "mass")}, {("Organ_level", "Liver")}),  # anatomy stays asserted
])
def test_peer_negex_negation(peer, text, absent, present):
    r = peer.read(text)
    assert {(d, v) for d, v, s in r.mentions if s == "absent"} == absent
    assert present <= {(f, v) for f, vs in r.labels.items() for v in vs}
    assert not {v for d, v in absent} & set().union(*r.labels.values())
