"""The blind corpora (``reports_dev_styles.jsonl``, ``reports_dev_descriptors.jsonl``, ``reports_dev_realworld.jsonl``,
``reports_dev_realworld_2.jsonl``, ``_3`` to ``_7``, ``reports_blind_final.jsonl``, the multi-organ findings
files ``reports_multiorgan_findings_2.jsonl``, ``_4``, ``_6``, ``_7`` and the sealed ``_3`` and ``_5``, and the sealed
``reports_blind_final_2.jsonl``, ``_3``, ``_4``, ``_5``, ``_6``, ``_7`` and ``_8``) are well formed, and the stand-alone
checker's copy of the released vocabulary agrees with the ontology (the checker must not import udt, so its copy
could drift)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from udt.taxonomy import load_taxonomy

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "data"
CHECKER = DATA / "check_dev_styles.py"
CORPUS = DATA / "reports_dev_styles.jsonl"
CORPORA = [CORPUS, DATA / "reports_dev_descriptors.jsonl", DATA / "reports_dev_realworld.jsonl",
           DATA / "reports_dev_realworld_2.jsonl", DATA / "reports_dev_realworld_3.jsonl",
           DATA / "reports_dev_realworld_4.jsonl", DATA / "reports_dev_realworld_5.jsonl",
           DATA / "reports_dev_realworld_6.jsonl", DATA / "reports_dev_realworld_7.jsonl",
           DATA / "reports_multiorgan_findings_2.jsonl", DATA / "reports_multiorgan_findings_3.jsonl",
           DATA / "reports_multiorgan_findings_4.jsonl", DATA / "reports_multiorgan_findings_5.jsonl",
           DATA / "reports_multiorgan_findings_6.jsonl", DATA / "reports_multiorgan_findings_7.jsonl",
           DATA / "reports_multiorgan_findings_8.jsonl", DATA / "reports_multiorgan_findings_9.jsonl",
           DATA / "reports_multiorgan_findings_10.jsonl", DATA / "reports_multiorgan_findings_11.jsonl",
           DATA / "reports_multiorgan_findings_12.jsonl", DATA / "reports_multiorgan_findings_13.jsonl",
           DATA / "reports_multiorgan_findings_14.jsonl", DATA / "reports_multiorgan_findings_15.jsonl",
           DATA / "reports_multiorgan_findings_16.jsonl", DATA / "reports_multiorgan_findings_17.jsonl",
           DATA / "reports_multiorgan_findings_18.jsonl", DATA / "reports_multiorgan_findings_19.jsonl",
           DATA / "reports_multiorgan_findings_20.jsonl", DATA / "reports_multiorgan_findings_21.jsonl",
           DATA / "reports_multiorgan_findings_22.jsonl", DATA / "reports_multiorgan_findings_23.jsonl",
           DATA / "reports_multiorgan_findings_24.jsonl", DATA / "reports_multiorgan_findings_25.jsonl",
           DATA / "reports_multiorgan_findings_26.jsonl", DATA / "reports_multiorgan_findings_27.jsonl",
           DATA / "reports_multiorgan_findings_28.jsonl", DATA / "reports_multiorgan_findings_29.jsonl",
           DATA / "reports_multiorgan_findings_30.jsonl", DATA / "reports_multiorgan_findings_31.jsonl",
           DATA / "reports_multiorgan_findings_32.jsonl", DATA / "reports_multiorgan_findings_33.jsonl",
           DATA / "reports_multiorgan_findings_34.jsonl", DATA / "reports_multiorgan_findings_35.jsonl",
           DATA / "reports_multiorgan_findings_36.jsonl", DATA / "reports_multiorgan_findings_37.jsonl",
           DATA / "reports_multiorgan_findings_38.jsonl", DATA / "reports_multiorgan_findings_39.jsonl",
           DATA / "reports_multiorgan_findings_40.jsonl", DATA / "reports_multiorgan_findings_41.jsonl",
           DATA / "reports_multiorgan_findings_42.jsonl", DATA / "reports_multiorgan_findings_43.jsonl",
           DATA / "reports_multiorgan_findings_44.jsonl", DATA / "reports_multiorgan_findings_45.jsonl",
           DATA / "reports_multiorgan_findings_46.jsonl", DATA / "reports_multiorgan_findings_47.jsonl",
           DATA / "reports_multiorgan_findings_48.jsonl", DATA / "reports_multiorgan_findings_49.jsonl",
           DATA / "reports_multiorgan_findings_50.jsonl", DATA / "reports_multiorgan_findings_51.jsonl",
           DATA / "reports_multiorgan_findings_52.jsonl", DATA / "reports_multiorgan_findings_53.jsonl",
           DATA / "reports_multiorgan_findings_54.jsonl", DATA / "reports_multiorgan_findings_55.jsonl",
           DATA / "reports_multiorgan_findings_56.jsonl", DATA / "reports_multiorgan_findings_57.jsonl",
           DATA / "reports_multiorgan_findings_58.jsonl",
           DATA / "reports_multiorgan_findings_59.jsonl",
           DATA / "reports_multiorgan_findings_60.jsonl",
           DATA / "reports_multiorgan_findings_61.jsonl",
           DATA / "reports_multiorgan_findings_62.jsonl",
           DATA / "reports_multiorgan_findings_63.jsonl",
           DATA / "reports_multiorgan_findings_64.jsonl",
           DATA / "reports_multiorgan_findings_65.jsonl",
           DATA / "reports_multiorgan_findings_66.jsonl",
           DATA / "reports_multiorgan_findings_67.jsonl",
           DATA / "reports_multiorgan_findings_68.jsonl",
           DATA / "reports_multiorgan_findings_69.jsonl",
           DATA / "reports_multiorgan_findings_70.jsonl",
           DATA / "reports_multiorgan_findings_71.jsonl",
           DATA / "reports_multiorgan_findings_72.jsonl",
           DATA / "reports_multiorgan_findings_73.jsonl",
           DATA / "reports_multiorgan_findings_74.jsonl",
           DATA / "reports_multiorgan_findings_75.jsonl",
           DATA / "reports_multiorgan_findings_76.jsonl", DATA / "reports_multiorgan_findings_77.jsonl",
           DATA / "reports_multiorgan_findings_78.jsonl", DATA / "reports_multiorgan_findings_79.jsonl",
           DATA / "reports_multiorgan_findings_80.jsonl", DATA / "reports_multiorgan_findings_81.jsonl",
           DATA / "reports_multiorgan_findings_82.jsonl", DATA / "reports_multiorgan_findings_83.jsonl",
           DATA / "reports_multiorgan_findings_84.jsonl", DATA / "reports_multiorgan_findings_85.jsonl",
           DATA / "reports_multiorgan_findings_86.jsonl", DATA / "reports_multiorgan_findings_87.jsonl",
           DATA / "reports_multiorgan_findings_88.jsonl", DATA / "reports_multiorgan_findings_89.jsonl",
           DATA / "reports_multiorgan_findings_90.jsonl", DATA / "reports_multiorgan_findings_91.jsonl",
           DATA / "reports_multiorgan_findings_92.jsonl", DATA / "reports_multiorgan_findings_93.jsonl",
           DATA / "reports_multiorgan_findings_94.jsonl", DATA / "reports_multiorgan_findings_95.jsonl",
           DATA / "reports_multiorgan_findings_96.jsonl", DATA / "reports_multiorgan_findings_97.jsonl",
           DATA / "reports_multiorgan_findings_98.jsonl", DATA / "reports_multiorgan_findings_99.jsonl",
           DATA / "reports_multiorgan_findings_100.jsonl", DATA / "reports_multiorgan_findings_101.jsonl",
           DATA / "reports_multiorgan_findings_102.jsonl",
           DATA / "reports_blind_final.jsonl",
           DATA / "reports_blind_final_2.jsonl", DATA / "reports_blind_final_3.jsonl",
           DATA / "reports_blind_final_4.jsonl",
           DATA / "reports_blind_final_5.jsonl", DATA / "reports_blind_final_6.jsonl",
           DATA / "reports_blind_final_7.jsonl", DATA / "reports_blind_final_8.jsonl",
           DATA / "reports_blind_final_9.jsonl", DATA / "reports_blind_final_10.jsonl",
           DATA / "reports_blind_final_11.jsonl", DATA / "reports_blind_final_12.jsonl",
           DATA / "reports_blind_final_13.jsonl", DATA / "reports_blind_final_14.jsonl",
           DATA / "reports_blind_final_15.jsonl", DATA / "reports_blind_final_16.jsonl",
           DATA / "reports_blind_final_17.jsonl", DATA / "reports_blind_final_18.jsonl",
           DATA / "reports_blind_final_19.jsonl", DATA / "reports_blind_final_20.jsonl",
           DATA / "reports_blind_final_21.jsonl", DATA / "reports_blind_final_22.jsonl",
           DATA / "reports_blind_final_23.jsonl", DATA / "reports_blind_final_24.jsonl",
           DATA / "reports_blind_final_25.jsonl", DATA / "reports_blind_final_26.jsonl",
           DATA / "reports_blind_final_27.jsonl", DATA / "reports_blind_final_28.jsonl",
           DATA / "reports_blind_final_29.jsonl", DATA / "reports_blind_final_30.jsonl",
           DATA / "reports_blind_final_31.jsonl", DATA / "reports_blind_final_32.jsonl",
           DATA / "reports_blind_final_33.jsonl", DATA / "reports_blind_final_34.jsonl",
           DATA / "reports_blind_final_35.jsonl", DATA / "reports_blind_final_36.jsonl",
           DATA / "reports_blind_final_37.jsonl", DATA / "reports_blind_final_38.jsonl",
           DATA / "reports_blind_final_39.jsonl", DATA / "reports_blind_final_40.jsonl",
           DATA / "reports_blind_final_41.jsonl", DATA / "reports_blind_final_42.jsonl",
           DATA / "reports_blind_final_43.jsonl", DATA / "reports_blind_final_44.jsonl",
           DATA / "reports_blind_final_45.jsonl", DATA / "reports_blind_final_46.jsonl",
           DATA / "reports_blind_final_47.jsonl", DATA / "reports_blind_final_48.jsonl",
           DATA / "reports_blind_final_49.jsonl", DATA / "reports_blind_final_50.jsonl"]


def _checker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_dev_styles", CHECKER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda p: p.name)
def test_corpus_passes_its_checker(corpus: Path) -> None:
    done = subprocess.run([sys.executable, str(CHECKER), str(corpus)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr


def test_checker_refuses_a_broken_record(tmp_path: Path) -> None:
    row = json.loads(CORPUS.read_text(encoding="utf-8").splitlines()[0])
    row["labels"]["Diagnosis"] = ["not a released value"]
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(row) + "\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(CHECKER), str(bad)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert "not a released value" in done.stdout + done.stderr


@pytest.mark.parametrize("field", ["Diagnosis", "Organ_level", "Body_system_level", "Shape", "Margins",
                                   "Echogenicity", "InternalCharacteristics", "PosteriorAcoustics", "Vascularity"])
def test_checker_vocabulary_is_the_ontology_s(field: str) -> None:
    tax = load_taxonomy()
    released = {c.us365k_label for c in tax.values(field)}
    assert _checker().RELEASED[field] == released


def test_checker_organ_systems_are_the_ontology_s() -> None:
    tax = load_taxonomy()
    expected = {}
    for organ in tax.values("Organ_level"):
        system = tax.rollups(organ).get("Body_system_level")
        assert system is not None
        expected[organ.us365k_label] = system.us365k_label
    assert expected == _checker().ORGAN_SYSTEM


def _multiorgan_row() -> dict[str, object]:
    """A well-formed multi-organ record: the first dev-styles row plus one kidney lesion quoted from its text."""
    row = json.loads(CORPUS.read_text(encoding="utf-8").splitlines()[0])
    row["text"] = "Right kidney 10.9 cm with a 14 mm simple cyst at the lower pole."
    labels = row["labels"]
    for field in labels:
        labels[field] = []
    labels["Diagnosis"] = ["cyst"]
    labels["Organ_level"] = ["Kidney and ureter"]
    labels["Body_system_level"] = ["Urinary Tract and male reproductive system"]
    row["absent"], row["uncertain"] = [], []
    row["findings"] = [{"organ": "Kidney and ureter", "side": "right", "size_mm": 14, "diagnosis": "cyst",
                        "text": "14 mm simple cyst"}]
    return row


@pytest.mark.parametrize(("change", "expected"), [
    (None, None),
    (("side", "rightside"), "must be left, right, bilateral or null"),
    (("size_mm", "14 mm"), "must be a positive number of millimetres"),
    (("organ", "Liver"), "is not one of the record's Organ_level labels"),
    (("text", "a cyst in the spleen"), "must be a quote from the passage"),
    (("diagnosis", "simple cyst"), "is not a released Diagnosis value"),
])
def test_checker_validates_multiorgan_findings(tmp_path: Path, change: tuple[str, object] | None,
                                               expected: str | None) -> None:
    row = _multiorgan_row()
    if change is not None:
        row["findings"][0][change[0]] = change[1]  # type: ignore[index]
    path = tmp_path / "multi.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(CHECKER), str(path)], capture_output=True, text=True, timeout=60)
    if expected is None:
        assert done.returncode == 0, done.stdout
        assert "findings: 1 lesions" in done.stdout
    else:
        assert done.returncode == 1
        assert expected in done.stdout
