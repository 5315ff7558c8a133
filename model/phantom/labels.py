"""Sampling a case's true findings from the taxonomy, and which of them an image's report states."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from model.phantom.appearance import Appearance
from udt.errors import DataError
from udt.taxonomy import Taxonomy

# Probability that a report states a dimension (when the finding has a value there). Vascularity is only ever
# stated on a colour-Doppler image. "us365k" follows the release's coverage (REFERENCE §3).
COVERAGE_PRESETS: dict[str, dict[str, float]] = {
    "full": {
        "Body_system_level": 1.0,
        "Organ_level": 1.0,
        "Diagnosis": 1.0,
        "Shape": 1.0,
        "Margins": 1.0,
        "Echogenicity": 1.0,
        "InternalCharacteristics": 1.0,
        "PosteriorAcoustics": 1.0,
        "Vascularity": 1.0,
    },
    "balanced": {
        "Body_system_level": 0.9,
        "Organ_level": 1.0,
        "Diagnosis": 0.85,
        "Shape": 0.6,
        "Margins": 0.5,
        "Echogenicity": 0.75,
        "InternalCharacteristics": 0.6,
        "PosteriorAcoustics": 0.5,
        "Vascularity": 0.9,
    },
    "us365k": {
        "Body_system_level": 0.997,
        "Organ_level": 0.997,
        "Diagnosis": 0.5,
        "Shape": 0.08,
        "Margins": 0.02,
        "Echogenicity": 0.18,
        "InternalCharacteristics": 0.16,
        "PosteriorAcoustics": 0.03,
        "Vascularity": 0.25,
    },
}
LESION_FIELDS = ("Shape", "Margins", "Echogenicity", "InternalCharacteristics", "PosteriorAcoustics", "Vascularity")


def coverage_for(preset: str | Mapping[str, float]) -> dict[str, float]:
    """A coverage table from a preset name or a partial mapping (missing fields default to ``balanced``)."""
    if isinstance(preset, str):
        if preset not in COVERAGE_PRESETS:
            raise DataError(
                "phantom.bad_coverage", f"unknown coverage preset {preset!r}", f"use {', '.join(COVERAGE_PRESETS)}"
            )
        return dict(COVERAGE_PRESETS[preset])
    out = dict(COVERAGE_PRESETS["balanced"])
    out.update({k: float(v) for k, v in preset.items()})
    return out


@dataclass
class CaseTruth:
    """Everything true about a case (one organ, at most one lesion); ``findings`` holds every field's values."""

    case_id: str
    organ: str
    body_system: str
    findings: dict[str, list[str]] = field(default_factory=dict)
    lesion: bool = True

    def value(self, field_name: str) -> str | None:
        vals = self.findings.get(field_name) or []
        return vals[0] if vals else None


@lru_cache(maxsize=4)
def _organs(tax: Taxonomy) -> tuple[tuple[str, str], ...]:
    """(organ, body system) for every released organ that rolls up to a body system."""
    out = []
    for c in tax.values("Organ_level"):
        system = tax.rollups(c).get("Body_system_level")
        if system is not None:
            out.append((c.us365k_label or c.label, system.us365k_label or system.label))
    return tuple(out)


def sample_case(
    rng: np.random.Generator, case_id: str, tax: Taxonomy, app: Appearance, normal_fraction: float = 0.15
) -> CaseTruth:
    """Draw a case: organ (and its body system), diagnosis and one value per lesion dimension."""
    organs = _organs(tax)
    if not organs:
        raise DataError("phantom.no_organs", "the ontology has no organ under a body system", "check ontology/udt.owl")
    organ, system = organs[int(rng.integers(len(organs)))]
    diagnoses = [c.us365k_label for c in tax.values("Diagnosis") if c.us365k_label]
    lesion_dx = [d for d in diagnoses if app.of("Diagnosis", d).get("lesion", True)]
    normal_dx = [d for d in diagnoses if d not in lesion_dx]
    truth = CaseTruth(case_id=case_id, organ=organ, body_system=system)
    if normal_dx and rng.random() < normal_fraction:
        truth.lesion = False
        truth.findings = {"Diagnosis": [normal_dx[int(rng.integers(len(normal_dx)))]]}
        return truth
    dx = lesion_dx[int(rng.integers(len(lesion_dx)))]

    def pick(field_name: str) -> str:
        vals = [c.us365k_label for c in tax.values(field_name) if c.us365k_label]
        return vals[int(rng.integers(len(vals)))]

    findings: dict[str, list[str]] = {"Diagnosis": [dx], "Shape": [pick("Shape")], "Margins": [pick("Margins")]}
    fluid = float(app.of("Diagnosis", dx).get("fluid", 0.0))
    if app.lowest_echo and rng.random() < fluid:
        findings["Echogenicity"] = [app.lowest_echo]
    else:
        findings["Echogenicity"] = [pick("Echogenicity")]
    internal = [c.us365k_label for c in tax.values("InternalCharacteristics") if c.us365k_label]
    k = rng.choice([0, 1, 2], p=[0.35, 0.55, 0.10])
    findings["InternalCharacteristics"] = [internal[i] for i in sorted(rng.choice(len(internal), k, replace=False))]
    findings["PosteriorAcoustics"] = [pick("PosteriorAcoustics")] if rng.random() < 0.6 else []
    findings["Vascularity"] = [pick("Vascularity")]
    truth.findings = findings
    return truth


def stated_labels(
    rng: np.random.Generator, truth: CaseTruth, tax: Taxonomy, coverage: Mapping[str, float], doppler: bool
) -> dict[str, list[str]]:
    """The label record of one image: the true values its report states (empty list = not stated)."""
    out: dict[str, list[str]] = {f: [] for f in tax.fields}
    if rng.random() < coverage.get("Organ_level", 1.0):
        out["Organ_level"] = [truth.organ]
    # A stated organ implies its body system (the ontology's roll-up), as US-365K's labels do.
    if out["Organ_level"] or rng.random() < coverage.get("Body_system_level", 1.0):
        out["Body_system_level"] = [truth.body_system]
    for field_name, values in truth.findings.items():
        if not values:
            continue
        if field_name == "Vascularity" and not doppler:
            continue
        if rng.random() < coverage.get(field_name, 1.0):
            out[field_name] = list(values)
    return out
