"""``generate_phantom``: a synthetic data set in the US-365K layout, written atomically as a whole."""

from __future__ import annotations

import io
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from model.data.splits import split_cases
from model.phantom.anatomy import Layout, layout_for, scene_kind
from model.phantom.appearance import Appearance, appearance_for, stable_hash
from model.phantom.knowledge import knowledge_for
from model.phantom.labels import CaseTruth, coverage_for, sample_case, stated_fields, stated_labels
from model.phantom.lesion import LesionSpec
from model.phantom.render import Rendered, render_image
from model.phantom.report import write_report
from udt.atomic import current_umask
from udt.errors import DataError
from udt.taxonomy import Taxonomy

PHANTOM_VERSION = 4  # 2: knowledge, physics, fog (interim table); 3: knowledge from the ontology; 4: captions
# reproducible across processes (v3 iterated a set of field names in hash order)


@dataclass
class PhantomImage:
    """One generated image with everything written about it."""

    key: str
    case_id: str
    pixels: np.ndarray
    caption: str
    labels: dict[str, list[str]]
    truth: dict[str, list[str]]
    doppler: bool
    diagnosis: str = ""  # the finer diagnosis the case was drawn as (ontology label)
    site: str = ""  # its typical site (ontology label)
    atypical: tuple[str, ...] = ()  # dimensions drawn off-type


def _lesion_spec(
    rng: np.random.Generator,
    truth: CaseTruth,
    app: Appearance,
    size: int,
    layout: Layout,
    case_rng_state: Mapping[str, float],
) -> LesionSpec:
    dx = truth.value("Diagnosis") or ""
    lo, hi = app.of("Diagnosis", dx).get("size", (0.12, 0.25))
    shape = app.of("Shape", truth.value("Shape") or "") or {"aspect": 1.0}
    margin = app.of("Margins", truth.value("Margins") or "") or {"edge": 1.0}
    echo = truth.value("Echogenicity")
    echo_db = app.echo_db.get(echo, 0.0) if echo else 0.0
    kinds = tuple(
        app.of("InternalCharacteristics", v).get("kind", "") for v in truth.findings.get("InternalCharacteristics", [])
    )
    post = truth.value("PosteriorAcoustics")
    atten = float(app.of("PosteriorAcoustics", post).get("atten", 1.0)) if post else 1.0
    # The case fixes the lesion's size, place in the organ and orientation; each image views it slightly changed.
    base_r = min(0.55 * (lo + (hi - lo) * case_rng_state["size"]), layout.max_radius) * size
    radius = base_r * rng.uniform(0.9, 1.1)
    cy0, cx0, ry, rx = layout.anchor
    extent = radius * max(float(shape.get("length", 1.0)), 1.0)
    cx = (cx0 + rx * (2 * case_rng_state["across"] - 1)) * size + rng.uniform(-0.04, 0.04) * size
    margin_px = extent + 0.06 * size
    cx = float(np.clip(cx, margin_px, size - margin_px)) if 2 * margin_px < size else size / 2
    cy = (cy0 + ry * (2 * case_rng_state["depth"] - 1)) * size + rng.uniform(-0.02, 0.02) * size
    return LesionSpec(
        cy=cy,
        cx=cx,
        radius=radius,
        angle=case_rng_state["angle"] + rng.normal(0, 0.1),
        shape=shape,
        margin=margin,
        echo_db=echo_db,
        kinds=tuple(k for k in kinds if k),
        posterior_atten=atten,
    )


def phantom_case(
    seed: int,
    case_index: int,
    n_images: int,
    tax: Taxonomy,
    *,
    size: int = 128,
    coverage: Mapping[str, float] | str = "us365k",
    doppler_fraction: float = 0.3,
    normal_fraction: float = 0.12,
    atypical_rate: float = 0.1,
    fog: float = 0.8,
    case_prefix: str = "case",
) -> list[PhantomImage]:
    """All images of one case, deterministic in ``(seed, case_index)`` (independent of the other cases).

    The case (diagnosis, site, findings) comes from the ontology's knowledge (:mod:`model.phantom.knowledge`);
    each image is a new view of the same lesion (position, size within 10%, orientation, gain, probe blur) and
    draws its own label sparsity from ``coverage`` and its own report wording.
    """
    app = appearance_for(tax)
    know = knowledge_for(tax)
    cov = coverage_for(coverage)
    case_id = f"{case_prefix}{case_index:05d}"
    rng = np.random.default_rng([seed, case_index, 0])
    truth = sample_case(rng, case_id, tax, app, know, normal_fraction=normal_fraction, atypical_rate=atypical_rate)
    organ = tax.by_us365k("Organ_level", truth.organ)
    layout = layout_for(scene_kind(tax, truth.site, organ), rng)
    variant = int(stable_hash(truth.organ, "probe") % 2)
    state = {
        "size": float(rng.random()),
        "depth": float(rng.random()),
        "across": float(rng.random()),
        "angle": float(rng.uniform(-0.4, 0.4)),
    }
    flow_value = truth.value("Vascularity")
    flow = app.flow.get(flow_value, 0.0) if flow_value else 0.0
    full_truth = {f: [] for f in tax.fields}
    full_truth.update({k: list(v) for k, v in truth.findings.items()})
    full_truth["Organ_level"] = [truth.organ]
    full_truth["Body_system_level"] = [truth.body_system] if truth.body_system else []
    images = []
    for j in range(n_images):
        irng = np.random.default_rng([seed, case_index, j + 1])
        stated = stated_fields(irng, truth, cov)
        # A report can only state flow on a colour-Doppler image; other lesion images get Doppler now and then.
        doppler = bool(truth.lesion and ("Vascularity" in stated or irng.random() < doppler_fraction))
        spec = _lesion_spec(irng, truth, app, size, layout, state) if truth.lesion else None
        rendered: Rendered = render_image(irng, size, layout, spec, flow=flow, doppler=doppler, variant=variant)
        labels = stated_labels(truth, tax.fields, stated)
        caption = write_report(
            irng,
            tax,
            truth,
            labels,
            width_mm=rendered.width_mm,
            depth_mm=rendered.depth_mm,
            doppler=doppler,
            fog=fog,
        )
        images.append(
            PhantomImage(
                key=f"{case_id}_{j:02d}",
                case_id=case_id,
                pixels=rendered.pixels,
                caption=caption,
                labels=labels,
                truth=full_truth,
                doppler=doppler,
                diagnosis=truth.diagnosis.label if truth.diagnosis is not None else "",
                site=truth.site.label if truth.site is not None else "",
                atypical=tuple(truth.atypical),
            )
        )
    return images


def case_sizes(n: int, seed: int, images_per_case: tuple[int, int]) -> list[int]:
    """How many images each case gets (the last case takes what is left); fixed by ``seed`` alone."""
    lo, hi = images_per_case
    rng = np.random.default_rng([seed, 2**31 - 1])
    sizes: list[int] = []
    while sum(sizes) < n:
        sizes.append(min(int(rng.integers(lo, hi + 1)), n - sum(sizes)))
    return sizes


def _png(pixels: np.ndarray) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(pixels).save(buf, format="PNG", compress_level=1)
    return buf.getvalue()


def generate_phantom(
    out_dir: str | Path,
    n: int,
    seed: int = 0,
    size: int = 128,
    *,
    images_per_case: tuple[int, int] = (2, 5),
    coverage: Mapping[str, float] | str = "us365k",
    fractions: Mapping[str, float] | None = None,
    doppler_fraction: float = 0.3,
    normal_fraction: float = 0.12,
    atypical_rate: float = 0.1,
    fog: float = 0.8,
    case_prefix: str = "case",
    overwrite: bool = False,
    taxonomy: Taxonomy | None = None,
    progress: Callable[[int, int], None] | None = None,
    extra_meta: Mapping[str, Any] | None = None,
) -> Path:
    """Write ``n`` phantom images in the US-365K layout under ``out_dir`` and return it.

    >>> root = generate_phantom("phantom/", n=200, seed=0, size=128)   # doctest: +SKIP
    >>> sorted(p.name for p in root.iterdir())                         # doctest: +SKIP
    ['full_data.json', 'images', 'phantom.json', 'test.jsonl', 'train.jsonl', 'truth.jsonl', 'valid.jsonl']

    ``taxonomy`` is required (the ontology the cases are drawn from; it is never reloaded behind the caller's
    back). Cases are finer diagnoses at their typical sites with their typical findings (``atypical_rate`` of
    them off-type in one dimension, ``normal_fraction`` normal studies); images of a case share the organ and the
    lesion; splits are case-disjoint (seeded). ``coverage`` ("us365k" (default), "balanced", "full" or a
    per-field mapping) sets how often an image's label states each dimension; the image always shows everything.
    ``fog`` is the probability that a caption spells a value with a name the zero-shot prompts never use. The
    data set is built in a temporary folder beside ``out_dir`` and renamed into place, so a failed run leaves
    nothing half written. Same ``seed`` and arguments give byte-identical files.
    """
    if taxonomy is None:
        raise DataError(
            "phantom.no_taxonomy",
            "generate_phantom needs the taxonomy to draw cases from",
            "pass taxonomy=udt.load_taxonomy(PATH) (or the model's own taxonomy)",
        )
    if n < 1:
        raise DataError("phantom.bad_n", f"n must be at least 1 (got {n})", "ask for one image or more")
    if size < 32 or size > 1024:
        raise DataError("phantom.bad_size", f"size {size} is out of range", "use 32..1024 pixels")
    lo, hi = images_per_case
    if lo < 1 or hi < lo:
        raise DataError("phantom.bad_images_per_case", f"images_per_case {images_per_case}", "use (min>=1, max>=min)")
    tax = taxonomy
    for name, value in (
        ("atypical_rate", atypical_rate),
        ("normal_fraction", normal_fraction),
        ("doppler_fraction", doppler_fraction),
        ("fog", fog),
    ):
        if not 0.0 <= value <= 1.0:
            raise DataError("phantom.bad_rate", f"{name} = {value} is not a probability", "give a value in [0, 1]")
    cov = coverage_for(coverage)
    out = Path(out_dir)
    if out.exists() and (not out.is_dir() or any(out.iterdir())) and not overwrite:
        raise DataError("phantom.exists", f"{out} exists and is not empty", "choose a new folder or --overwrite")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent))
    try:
        (tmp / "images").mkdir()
        images: list[PhantomImage] = []
        sizes = case_sizes(n, seed, images_per_case)
        done = 0
        records: list[dict[str, Any]] = []
        truths: list[dict[str, Any]] = []
        for case_index, k in enumerate(sizes):
            for im in phantom_case(
                seed,
                case_index,
                k,
                tax,
                size=size,
                coverage=cov,
                doppler_fraction=doppler_fraction,
                normal_fraction=normal_fraction,
                atypical_rate=atypical_rate,
                fog=fog,
                case_prefix=case_prefix,
            ):
                (tmp / "images" / f"{im.key}.png").write_bytes(_png(im.pixels))
                rec: dict[str, Any] = {"media_name": im.key, "case_id": im.case_id}
                for f in tax.fields:
                    vals = im.labels[f]
                    # US-365K stores single values as a list or a bare string; write both forms.
                    rec[f] = vals[0] if len(vals) == 1 and stable_hash(im.key, f) % 3 == 0 else vals
                records.append(rec)
                truths.append(
                    {
                        "image": f"{im.key}.png",
                        "case_id": im.case_id,
                        "doppler": im.doppler,
                        "diagnosis": im.diagnosis,
                        "site": im.site,
                        "atypical": list(im.atypical),
                        "labels": im.truth,
                    }
                )
                images.append(PhantomImage(im.key, im.case_id, np.empty(0), im.caption, im.labels, {}, im.doppler))
                done += 1
                if progress is not None:
                    progress(done, n)
        assign = split_cases((im.case_id for im in images), fractions, seed=seed)
        for split in ("train", "valid", "test"):
            lines = [
                json.dumps({"image": f"{im.key}.png", "caption": im.caption})
                for im in images
                if assign[im.case_id] == split
            ]
            (tmp / f"{split}.jsonl").write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        (tmp / "full_data.json").write_text(json.dumps(records, indent=0), encoding="utf-8")
        (tmp / "truth.jsonl").write_text("".join(json.dumps(t) + "\n" for t in truths), encoding="utf-8")
        meta = {
            "generator": "udt phantom",
            "version": PHANTOM_VERSION,
            "n": n,
            "seed": seed,
            "size": size,
            "cases": len(sizes),
            "images_per_case": list(images_per_case),
            "coverage": cov,
            "doppler_fraction": doppler_fraction,
            "normal_fraction": normal_fraction,
            "atypical_rate": atypical_rate,
            "fog": fog,
            "knowledge": knowledge_for(tax).source,
            "taxonomy_digest": tax.digest,
            "taxonomy_version": tax.version,
            **(extra_meta or {}),
        }
        (tmp / "phantom.json").write_text(json.dumps(meta, indent=2, sort_keys=True), encoding="utf-8")
        # mkdtemp makes the folder private (0700); a data set is meant to be shared like any other folder.
        os.chmod(tmp, 0o777 & ~current_umask())
        if out.exists():
            shutil.rmtree(out) if any(out.iterdir()) else out.rmdir()
        os.replace(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return out
