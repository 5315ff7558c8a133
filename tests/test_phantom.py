"""The phantom: data set layout, determinism, reports, and that pixels follow the labels."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from model.data import open_dataset, read_records
from model.phantom import contact_sheet, generate_phantom, phantom_case
from model.phantom.anatomy import Layout
from model.phantom.appearance import appearance_for
from model.phantom.bmode import geometry, scan_convert
from model.phantom.lesion import LesionSpec, draw_lesion
from model.phantom.render import render_image
from model.phantom.report import _surfaces, fog_surfaces
from udt.errors import DataError
from udt.taxonomy import lookup_key

SIZE = 96


@pytest.fixture(scope="module")
def phantom(tmp_path_factory, taxonomy):
    return generate_phantom(
        tmp_path_factory.mktemp("ph") / "p", n=40, seed=5, size=64, coverage="balanced", taxonomy=taxonomy
    )


def test_layout_and_reader(phantom, taxonomy):
    names = sorted(p.name for p in phantom.iterdir())
    assert names == [
        "full_data.json",
        "images",
        "phantom.json",
        "test.jsonl",
        "train.jsonl",
        "truth.jsonl",
        "valid.jsonl",
    ]
    assert len(list((phantom / "images").iterdir())) == 40
    records, _, layout, unknown = read_records(phantom, "all", taxonomy=taxonomy)
    assert layout == "us365k" and len(records) == 40 and unknown == 0
    splits: dict[str, set[str]] = {}
    for r in records:
        splits.setdefault(r.case_id, set()).add(r.split)
    assert all(len(s) == 1 for s in splits.values())  # case-disjoint
    assert {r.split for r in records} == {"train", "valid", "test"}
    assert len(splits) < 40  # several images per case
    ds = open_dataset(phantom, "train", image_size=32, taxonomy=taxonomy)
    sample = ds[0]
    assert sample.image.shape == (3, 32, 32)
    assert sample.caption and sample.case_id.startswith("case")


def test_labels_are_released_values_and_true(phantom, taxonomy):
    truth = {json.loads(line)["image"][:-4]: json.loads(line) for line in (phantom / "truth.jsonl").open()}
    full = json.loads((phantom / "full_data.json").read_text())
    stated_any = {f: 0 for f in taxonomy.fields}
    for rec in full:
        t = truth[rec["media_name"]]["labels"]
        for f in taxonomy.fields:
            vals = [rec[f]] if isinstance(rec[f], str) else rec[f]
            assert set(vals) <= set(t[f])  # a report never states something the image does not have
            for v in vals:
                assert taxonomy.by_us365k(f, v) is not None
            stated_any[f] += bool(vals)
    assert stated_any["Organ_level"] == len(full)
    assert 0 < stated_any["Margins"] < len(full)  # sparse, as in US-365K


def _spellings(taxonomy, field, value, truth):
    """Every name the writer may use for a released value: its own, its finer concepts', the case's site's."""
    concept = taxonomy.by_us365k(field, value)
    forms = list(_surfaces(concept)) + list(fog_surfaces(taxonomy, concept))
    for finer in taxonomy.descendants(concept):
        forms += list(_surfaces(finer))
    for name in (truth.get("site"), truth.get("diagnosis")):
        c = taxonomy.find(name) if name else None
        if c is not None and c.dimension == field:
            forms += list(_surfaces(c)) + list(fog_surfaces(taxonomy, c))
    return forms


def test_reports_mention_every_stated_value(phantom, taxonomy):
    captions = {}
    for split in ("train", "valid", "test"):
        for line in (phantom / f"{split}.jsonl").open():
            obj = json.loads(line)
            captions[obj["image"][:-4]] = obj["caption"]
    full = json.loads((phantom / "full_data.json").read_text())
    truth = {json.loads(line)["image"][:-4]: json.loads(line) for line in (phantom / "truth.jsonl").open()}
    for rec in full:
        text = lookup_key(captions[rec["media_name"]])
        organs = [rec["Organ_level"]] if isinstance(rec["Organ_level"], str) else rec["Organ_level"]
        for f in taxonomy.fields:
            vals = [rec[f]] if isinstance(rec[f], str) else rec[f]
            for v in vals:
                if f == "Body_system_level" and organs:
                    # Implied by the organ (its roll-up), so the report may leave it out.
                    implied = taxonomy.rollups(taxonomy.by_us365k("Organ_level", organs[0]))["Body_system_level"]
                    assert implied.us365k_label == v
                    continue
                forms = _spellings(taxonomy, f, v, truth[rec["media_name"]])
                assert any(lookup_key(s) in text for s in forms), (f, v, captions[rec["media_name"]])


def test_deterministic_for_a_seed(tmp_path, phantom, taxonomy):
    again = generate_phantom(tmp_path / "again", n=40, seed=5, size=64, coverage="balanced", taxonomy=taxonomy)
    for name in ("train.jsonl", "full_data.json", "truth.jsonl"):
        assert (again / name).read_bytes() == (phantom / name).read_bytes()
    first = sorted((phantom / "images").iterdir())[:5]
    for p in first:
        assert (again / "images" / p.name).read_bytes() == p.read_bytes()
    other = generate_phantom(tmp_path / "other", n=40, seed=6, size=64, coverage="balanced", taxonomy=taxonomy)
    assert (other / "train.jsonl").read_bytes() != (phantom / "train.jsonl").read_bytes()


def test_existing_folder_and_failure_leave_nothing_half_written(tmp_path, monkeypatch, taxonomy):
    out = tmp_path / "p"
    out.mkdir()
    (out / "keep.txt").write_text("x")
    with pytest.raises(DataError) as err:
        generate_phantom(out, n=2, taxonomy=taxonomy)
    assert err.value.code == "phantom.exists"
    assert (out / "keep.txt").exists()

    import model.phantom.writer as writer

    calls = {"n": 0}
    real = writer.render_image

    def flaky(*a, **k):
        calls["n"] += 1
        if calls["n"] > 3:
            raise RuntimeError("disk on fire")
        return real(*a, **k)

    monkeypatch.setattr(writer, "render_image", flaky)
    with pytest.raises(RuntimeError):
        generate_phantom(tmp_path / "new", n=10, size=48, taxonomy=taxonomy)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p"]  # no partial folder, no temp folder


def test_contact_sheet(phantom, tmp_path):
    from PIL import Image

    out = contact_sheet(phantom, tmp_path / "sheet.png", n=8, cols=4)
    img = Image.open(out)
    assert img.width > 4 * 64 * 2 and img.height > 2 * 64 * 2


# -- physics: the pixels carry the labels ------------------------------------------------------------


def _style(taxonomy, sector=False):
    """A plain homogeneous scene (no organ structures), so the lesion physics can be measured alone."""
    return Layout("plain", sector, 60.0, 1.0, 2.0, 0.1, 0.0, (0.5,) * 8, (0.4, 0.5, 0.0, 0.0), 0.2)


def _spec(app, **kw):
    base = dict(
        cy=SIZE * 0.4,
        cx=SIZE / 2,
        radius=SIZE * 0.14,
        angle=0.0,
        shape=next(iter(app.params["Shape"].values())),
        margin=next(iter(app.params["Margins"].values())),
        echo_db=0.0,
        kinds=(),
        posterior_atten=1.0,
    )
    base.update(kw)
    return LesionSpec(**base)


def _mask(spec):
    geo = geometry(SIZE, False, 0)
    p = np.ones((SIZE, SIZE), np.float32)
    maps = draw_lesion(np.random.default_rng(0), spec, geo, p, p * 0.01, np.zeros_like(p, np.complex64), 1.0)
    return scan_convert(maps.mask, geo) > 0.5


def _mean_in(img, mask):
    return float(img[mask].mean())


def test_echogenicity_rank_orders_lesion_brightness(taxonomy):
    app = appearance_for(taxonomy)
    ranked = sorted((c for c in taxonomy.values("Echogenicity") if c.rank is not None), key=lambda c: c.rank)
    style = _style(taxonomy)
    means = []
    for c in ranked:
        spec = _spec(app, echo_db=app.echo_db[c.us365k_label])
        vals = [
            _mean_in(render_image(np.random.default_rng(s), SIZE, style, spec).pixels, _mask(spec)) for s in range(3)
        ]
        means.append(np.mean(vals))
    assert means == sorted(means) and means[-1] - means[0] > 60


def test_posterior_enhancement_and_shadowing_bands(taxonomy):
    app = appearance_for(taxonomy)
    style = _style(taxonomy)
    below = (slice(int(SIZE * 0.62), int(SIZE * 0.85)), slice(int(SIZE * 0.45), int(SIZE * 0.55)))
    level = {}
    for c in taxonomy.values("PosteriorAcoustics"):
        spec = _spec(app, posterior_atten=app.of("PosteriorAcoustics", c.us365k_label)["atten"])
        level[c.us365k_label] = np.mean(
            [render_image(np.random.default_rng(s), SIZE, style, spec).pixels[below].mean() for s in range(3)]
        )
    none = np.mean(
        [render_image(np.random.default_rng(s), SIZE, style, _spec(app)).pixels[below].mean() for s in range(3)]
    )
    bright, dark = max(level, key=level.get), min(level, key=level.get)
    assert level[bright] > none + 10 and level[dark] < none - 10
    # Which is which comes from the physics table, resolved through the taxonomy's synonyms.
    assert taxonomy.normalize("PosteriorAcoustics", "acoustic shadow").us365k_label == dark


def test_shapes_and_margins_change_the_outline(taxonomy):
    app = appearance_for(taxonomy)
    aspects = {}
    for label, params in app.params["Shape"].items():
        m = _mask(_spec(app, shape=params))
        rows, cols = np.nonzero(m)
        aspects[label] = (rows.max() - rows.min() + 1) / (cols.max() - cols.min() + 1)
    tubular = taxonomy.normalize("Shape", "tubular", rollup=True).us365k_label
    round_ = taxonomy.normalize("Shape", "round", rollup=True).us365k_label
    assert aspects[tubular] < 0.5 < aspects[round_]
    # Margins: a sharp edge has a steeper grey-level step across the outline than a blurred one.
    style = _style(taxonomy)
    steps = {}
    for label, params in app.params["Margins"].items():
        spec = _spec(app, margin=params, echo_db=app.echo_db[app.lowest_echo])
        img = np.mean(
            [render_image(np.random.default_rng(s), SIZE, style, spec).pixels.astype(float) for s in range(4)], axis=0
        )
        profile = img[int(spec.cy) - 2 : int(spec.cy) + 3, :].mean(axis=0)
        steps[label] = np.abs(np.diff(profile)).max()
    sharp = taxonomy.normalize("Margins", "circumscribed", rollup=True).us365k_label
    assert steps[sharp] == max(steps.values())


def test_calcifications_and_septations_add_bright_structure(taxonomy):
    app = appearance_for(taxonomy)
    style = _style(taxonomy)
    kinds = {v["kind"] for v in app.params["InternalCharacteristics"].values()}
    assert {"calcific", "septa", "cystic", "solid"} <= kinds
    fluid = app.echo_db[app.lowest_echo]
    plain = _spec(app, echo_db=fluid)
    m = _mask(plain)
    base = np.mean(
        [np.percentile(render_image(np.random.default_rng(s), SIZE, style, plain).pixels[m], 95) for s in range(3)]
    )
    for kind in ("calcific", "septa"):
        spec = _spec(app, echo_db=fluid, kinds=(kind,))
        p95 = np.mean(
            [np.percentile(render_image(np.random.default_rng(s), SIZE, style, spec).pixels[m], 95) for s in range(3)]
        )
        assert p95 > base + 25, kind


def test_doppler_colour_grows_with_vascularity_rank(taxonomy):
    app = appearance_for(taxonomy)
    style = _style(taxonomy)
    ranked = sorted((c for c in taxonomy.values("Vascularity") if c.rank is not None), key=lambda c: c.rank)
    spec = _spec(app, echo_db=-16.0)

    def coloured(flow):
        px = [
            render_image(np.random.default_rng(s), SIZE, style, spec, flow=flow, doppler=True).pixels for s in range(4)
        ]
        return np.mean([(np.abs(p[..., 0].astype(int) - p[..., 2].astype(int)) > 60).sum() for p in px])

    amounts = [coloured(app.flow[c.us365k_label]) for c in ranked]
    assert amounts[0] == 0
    assert amounts == sorted(amounts) and amounts[-1] > amounts[1] > 0
    image = render_image(np.random.default_rng(0), SIZE, style, spec, flow=0.5, doppler=True).pixels
    assert image.shape == (SIZE, SIZE, 3)
    assert render_image(np.random.default_rng(0), SIZE, style, spec).pixels.ndim == 2


def test_sector_footprint_is_a_fan(taxonomy):
    style = _style(taxonomy, sector=True)
    img = render_image(np.random.default_rng(0), SIZE, style, None).pixels
    assert img[0, 0] == 0 and img[0, -1] == 0  # outside the fan: black corners
    assert img[SIZE // 2, SIZE // 2] > 0


def test_case_images_share_findings(taxonomy):
    images = phantom_case(3, 11, 3, taxonomy, size=48)
    assert len({json.dumps(im.truth, sort_keys=True) for im in images}) == 1
    assert len({im.pixels.tobytes() for im in images}) == 3


def test_cli_phantom(tmp_path, cli):
    res = cli("phantom", "--n", "6", "--out", str(tmp_path / "p"), "--size", "48", "--preview", str(tmp_path / "s.png"))
    assert res.code == 0, res.stderr
    assert (tmp_path / "s.png").is_file() and (tmp_path / "p" / "train.jsonl").is_file()
    res = cli("phantom", "--n", "6", "--out", str(tmp_path / "p"))
    assert res.code == 1 and res.stderr.startswith("error[phantom.exists]")
    res = cli("phantom", "--out", str(tmp_path / "q"))
    assert res.code == 2 and "--n" in res.stderr and not (tmp_path / "q").exists()
    res = cli("phantom", "--n", "3", "--out", str(tmp_path / "q"), "--fog", "1.5")
    assert res.code == 2 and "--fog" in res.stderr
    res = cli("phantom", "--n", "3", "--out", str(tmp_path / "q"), "--coverage", "lots")
    assert res.code == 1 and "coverage" in res.stderr


def test_coverage_presets_change_sparsity(tmp_path, taxonomy):
    full = generate_phantom(tmp_path / "f", n=30, seed=1, size=48, coverage="full", taxonomy=taxonomy)
    sparse = generate_phantom(tmp_path / "s", n=30, seed=1, size=48, coverage="us365k", taxonomy=taxonomy)

    def stated(root: Path, field: str) -> int:
        return sum(bool(r[field]) for r in json.loads((root / "full_data.json").read_text()))

    assert stated(full, "Shape") > stated(sparse, "Shape")
    assert stated(full, "Margins") > stated(sparse, "Margins")


def test_deterministic_across_processes(tmp_path):
    """Same seed, byte-identical captions and labels in two processes with different string-hash seeds."""
    import os
    import subprocess
    import sys

    script = (
        "import sys, udt; from model.phantom import generate_phantom; "
        "generate_phantom(sys.argv[1], 40, seed=2, size=32, coverage='balanced', taxonomy=udt.load_taxonomy())"
    )
    outs = []
    for hash_seed in ("1", "2"):
        out = tmp_path / f"p{hash_seed}"
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        subprocess.run([sys.executable, "-c", script, str(out)], check=True, env=env, timeout=300)
        outs.append(out)
    for name in ("train.jsonl", "valid.jsonl", "test.jsonl", "full_data.json", "truth.jsonl"):
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name
