"""``udt similarity A B --explain`` and ``udt similarity export``."""

from __future__ import annotations

import json

import numpy as np


def _write(tmp_path, name, record):
    path = tmp_path / name
    path.write_text(json.dumps(record))
    return str(path)


def test_explain_pair(cli, tmp_path, taxonomy):
    a = _write(tmp_path, "a.json", {"Diagnosis": ["nodule"], "Echogenicity": ["hypoechoic"]})
    b = _write(tmp_path, "b.json", {"Diagnosis": ["nodule"], "Vascularity": ["increased vascularity"]})
    result = cli("similarity", a, b, "--explain")
    assert result.code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == len(taxonomy.fields) + 2
    assert any(line.startswith("Diagnosis") and "1.000" in line for line in lines)
    # Diagnosis is shared (1.0); Echogenicity and Vascularity are stated on one side only, each weighing 0.5
    # against the pair: 1.0 / (1 + 0.5 * 2).
    assert "similarity = 0.5000 (sum over 1 shared / 2 = 1 shared + weighted 2 one-sided, missing=skip)" in (
        result.stdout
    )
    zero = cli("similarity", a, b, "--missing", "zero")
    assert zero.code == 0 and float(zero.stdout) == round(1 / len(taxonomy.fields), 4)


def test_export_writes_matrices_and_heatmaps(cli, tmp_path, taxonomy):
    out = tmp_path / "m"
    result = cli("similarity", "export", "--out", str(out))
    assert result.code == 0, result.stderr
    assert (out / "similarity.safetensors").exists()
    pngs = sorted(out.glob("heatmap_*.png"))
    assert len(pngs) == len(taxonomy.fields)
    with np.load(out / "task2_tag_normalized.npz", allow_pickle=False) as npz:
        assert npz["matrix"].shape == (len(taxonomy.values("Organ_level")),) * 2
    # The exported directory is accepted back as --matrices.
    a = _write(tmp_path, "a.json", {"Shape": ["oval"]})
    assert cli("similarity", a, a, "--matrices", str(out)).code == 0


def test_similarity_usage_errors(cli, tmp_path):
    assert cli("similarity", "export").code == 2
    a = _write(tmp_path, "a.json", {"Shape": ["oval"]})
    assert cli("similarity", a).code == 2
    bad = _write(tmp_path, "bad.json", {"Shape": ["hexagonal"]})
    result = cli("similarity", a, bad)
    assert result.code == 1 and "hexagonal" in result.stderr and "Shape" in result.stderr
