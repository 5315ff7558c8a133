"""A case's true findings, sampled from the ontology's knowledge, and which of them an image's label states.

A case is a finer diagnosis (``Knowledge.profiles``, weighted so common ones recur), one of its typical sites, and
its typical findings, rolled up to released values. Dimensions the ontology leaves open get a plausible value.
With probability ``atypical_rate`` one lesion dimension is replaced by a *possible* (not typical) finding, or a
random value, and the case is flagged atypical in that dimension. Physics then has the last word
(:func:`make_coherent`): fluid does not shadow, anechoic contents hold no solid tissue, shadowing needs something
that stops the beam.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from model.phantom.appearance import Appearance
from model.phantom.knowledge import DiagnosisProfile, Knowledge
from udt.errors import DataError
from udt.taxonomy import Concept, Taxonomy

LESION_FIELDS = ("Shape", "Margins", "Echogenicity", "InternalCharacteristics", "PosteriorAcoustics", "Vascularity")

# Probability that an image's label states a dimension, given the case has a value there. "us365k" follows the
# release's fill rates (REFERENCE §3); vascularity is only ever stated on a colour-Doppler image.
COVERAGE_PRESETS: dict[str, dict[str, float]] = {
    "full": dict.fromkeys(
        (
            "Diagnosis",
            "Body_system_level",
            "Organ_level",
            "Shape",
            "Margins",
            "Echogenicity",
            "InternalCharacteristics",
            "PosteriorAcoustics",
            "Vascularity",
        ),
        1.0,
    ),
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
        "Vascularity": 0.08,
    },
}

# Physical kinds of internal content that are solid tissue (echo-producing), as opposed to fluid or septa.
SOLID_KINDS = frozenset({"solid", "mixed", "complex", "calcific"})


def coverage_for(preset: str | Mapping[str, float]) -> dict[str, float]:
    """A coverage table from a preset name or a partial mapping (missing fields default to ``us365k``)."""
    if isinstance(preset, str):
        if preset not in COVERAGE_PRESETS:
            raise DataError(
                "phantom.bad_coverage", f"unknown coverage preset {preset!r}", f"use {', '.join(COVERAGE_PRESETS)}"
            )
        return dict(COVERAGE_PRESETS[preset])
    out = dict(COVERAGE_PRESETS["us365k"])
    for k, v in preset.items():
        if not 0.0 <= float(v) <= 1.0:
            raise DataError("phantom.bad_coverage", f"coverage of {k} is {v}", "give a probability in [0, 1]")
        out[k] = float(v)
    return out


@dataclass
class CaseTruth:
    """Everything true about a case (one organ, at most one lesion).

    ``findings`` holds every field's released values; ``fine`` the finer concept each value was drawn as (what a
    report may name: "fibroadenoma", "spiculated margin", "testis"); ``atypical`` the dimensions drawn off-type.
    """

    case_id: str
    organ: str
    body_system: str
    findings: dict[str, list[str]] = field(default_factory=dict)
    lesion: bool = True
    diagnosis: Concept | None = None
    site: Concept | None = None
    fine: dict[str, list[Concept]] = field(default_factory=dict)
    atypical: list[str] = field(default_factory=list)

    def value(self, field_name: str) -> str | None:
        vals = self.findings.get(field_name) or []
        return vals[0] if vals else None


@dataclass(frozen=True)
class Physics:
    """Which released values play which physical role (derived from ranks and the appearance table)."""

    fluid_echo: str | None  # lowest echogenicity rank: echo-free
    low_echo: frozenset[str]  # the two lowest ranks: may transmit well enough to enhance
    bright_echo: str | None  # highest rank
    shadow: frozenset[str]
    enhance: frozenset[str]
    solid_internal: frozenset[str]
    no_flow: str | None  # lowest vascularity rank

    @classmethod
    def of(cls, tax: Taxonomy, app: Appearance) -> Physics:
        echo = sorted((c for c in tax.values("Echogenicity") if c.rank is not None), key=lambda c: c.rank)
        flow = sorted((c for c in tax.values("Vascularity") if c.rank is not None), key=lambda c: c.rank)
        post = {v: float(p.get("atten", 1.0)) for v, p in app.params.get("PosteriorAcoustics", {}).items()}
        kinds = {v: p.get("kind", "") for v, p in app.params.get("InternalCharacteristics", {}).items()}
        return cls(
            fluid_echo=echo[0].us365k_label if echo else None,
            low_echo=frozenset(c.us365k_label for c in echo[:2] if c.us365k_label),
            bright_echo=echo[-1].us365k_label if echo else None,
            shadow=frozenset(v for v, a in post.items() if a > 1.0),
            enhance=frozenset(v for v, a in post.items() if a < 1.0),
            solid_internal=frozenset(v for v, k in kinds.items() if k in SOLID_KINDS),
            no_flow=flow[0].us365k_label if flow else None,
        )


def incoherences(findings: Mapping[str, list[str]], physics: Physics) -> list[str]:
    """What is physically wrong with a set of findings (empty when coherent). Used by the sampler and tests."""
    echo = set(findings.get("Echogenicity") or [])
    post = set(findings.get("PosteriorAcoustics") or [])
    internal = set(findings.get("InternalCharacteristics") or [])
    flow = set(findings.get("Vascularity") or [])
    fluid = physics.fluid_echo in echo
    out = []
    if post & physics.shadow and not (physics.bright_echo in echo or internal & physics.solid_internal):
        out.append("shadowing without anything that stops the beam")
    if post & physics.shadow and fluid:
        out.append("shadowing behind a fluid (anechoic) lesion")
    if post & physics.enhance and not echo & physics.low_echo:
        out.append("enhancement behind a lesion that is not fluid-like")
    if fluid and internal & physics.solid_internal:
        out.append("solid content in an anechoic lesion")
    if fluid and flow and physics.no_flow not in flow:
        out.append("internal flow in an anechoic fluid lesion")
    if post & physics.shadow and physics.bright_echo in echo and flow and physics.no_flow not in flow:
        out.append("internal flow in a bright, shadowing reflector (stone, calcified plaque)")
    return out


def make_coherent(findings: dict[str, list[str]], physics: Physics) -> None:
    """Repair ``findings`` in place so :func:`incoherences` is empty, keeping the echogenicity (the anchor)."""
    echo = set(findings.get("Echogenicity") or [])
    fluid = physics.fluid_echo in echo
    if fluid:
        findings["InternalCharacteristics"] = [
            v for v in findings.get("InternalCharacteristics", []) if v not in physics.solid_internal
        ]
        if physics.no_flow:
            findings["Vascularity"] = [physics.no_flow]
        # Fluid transmits sound better than tissue: the band behind it is always bright.
        findings["PosteriorAcoustics"] = sorted(physics.enhance)[:1]
    internal = set(findings.get("InternalCharacteristics") or [])
    stops_beam = physics.bright_echo in echo or bool(internal & physics.solid_internal)
    if physics.bright_echo in echo and set(findings.get("PosteriorAcoustics", [])) & physics.shadow and physics.no_flow:
        findings["Vascularity"] = [physics.no_flow]
    kept = []
    for v in findings.get("PosteriorAcoustics", []):
        if v in physics.shadow and (fluid or not stops_beam):
            continue
        if v in physics.enhance and not echo & physics.low_echo:
            continue
        kept.append(v)
    findings["PosteriorAcoustics"] = kept


def _pick(rng: np.random.Generator, items: tuple | list):
    return items[int(rng.integers(len(items)))]


def _released(tax: Taxonomy, concept: Concept) -> str | None:
    top = tax.rollup(concept)
    return top.us365k_label if top is not None else None


def _draw_profile(rng: np.random.Generator, know: Knowledge) -> DiagnosisProfile:
    weights = np.array([p.weight for p in know.profiles])
    return know.profiles[int(rng.choice(len(weights), p=weights / weights.sum()))]


def _draw_field(
    rng: np.random.Generator, tax: Taxonomy, app: Appearance, prof: DiagnosisProfile, field_name: str
) -> list[Concept]:
    typical = prof.typical.get(field_name, ())
    if typical:
        if field_name == "InternalCharacteristics" and len(typical) > 1:
            return list(typical)
        return [_pick(rng, typical)]
    values = tax.values(field_name)
    if field_name == "Shape":
        # An open shape is a compact one: a tubular or flattened lesion is a specific finding the ontology
        # states where it is typical (vessels, effusions, hydrocele), not a default.
        values = tuple(c for c in values if float(app.of("Shape", c.us365k_label or "").get("aspect", 1.0)) >= 0.5)
    # Left open by the ontology: a plausible value. Posterior features and internal structure are usually absent.
    if field_name in ("PosteriorAcoustics", "InternalCharacteristics") and rng.random() < 0.75:
        return []
    return [_pick(rng, values)] if values else []


@lru_cache(maxsize=8)
def physics_for(tax: Taxonomy) -> Physics:
    """The physical roles of ``tax``'s released values (cached per taxonomy)."""
    from model.phantom.appearance import appearance_for

    return Physics.of(tax, appearance_for(tax))


def _roll(tax: Taxonomy, fine: Mapping[str, list[Concept]]) -> dict[str, list[str]]:
    return {f: list(dict.fromkeys(v for v in (_released(tax, c) for c in cs) if v)) for f, cs in fine.items()}


def sample_case(
    rng: np.random.Generator,
    case_id: str,
    tax: Taxonomy,
    app: Appearance,
    know: Knowledge,
    *,
    normal_fraction: float = 0.15,
    atypical_rate: float = 0.1,
) -> CaseTruth:
    """Draw a case from the ontology's knowledge (see the module docstring)."""
    if know.normal is not None and know.normal.us365k_label and rng.random() < normal_fraction:
        organ = _pick(rng, know.organs)
        system = tax.rollups(organ)["Body_system_level"]
        return CaseTruth(
            case_id=case_id,
            organ=organ.us365k_label or organ.label,
            body_system=system.us365k_label or system.label,
            findings={"Diagnosis": [know.normal.us365k_label]},
            lesion=False,
            diagnosis=know.normal,
            site=organ,
            fine={"Diagnosis": [know.normal]},
        )
    prof = _draw_profile(rng, know)
    site = _pick(rng, prof.sites)
    ups = tax.rollups(site)
    organ, system = ups["Organ_level"], ups.get("Body_system_level")
    if system is None:
        system = tax.rollups(organ).get("Body_system_level")
    truth = CaseTruth(
        case_id=case_id,
        organ=organ.us365k_label or organ.label,
        body_system=(system.us365k_label or system.label) if system is not None else "",
        diagnosis=prof.concept,
        site=site,
    )
    physics = physics_for(tax)
    atypical = rng.random() < atypical_rate
    # Dimensions the ontology leaves open are redrawn until the whole is physically coherent; the typical
    # findings never change. After 30 tries physics repairs what is left (rare: contradictory knowledge).
    for _ in range(30):
        fine: dict[str, list[Concept]] = {"Diagnosis": [prof.concept]}
        for f in LESION_FIELDS:
            fine[f] = _draw_field(rng, tax, app, prof, f)
        truth.atypical = []
        if atypical:
            f = _pick(rng, LESION_FIELDS)
            have = {_released(tax, x) for x in fine[f]}
            pool = [c for c in prof.possible.get(f, ()) if _released(tax, c) not in have]
            if not pool:
                pool = [c for c in tax.values(f) if _released(tax, c) not in have]
            if pool:
                fine[f] = [_pick(rng, pool)]
                truth.atypical = [f]
        findings = _roll(tax, fine)
        if not incoherences(findings, physics):
            break
    else:
        make_coherent(findings, physics)
    # Keep only the finer spellings whose released value survived.
    truth.fine = {f: [c for c in cs if _released(tax, c) in findings.get(f, [])] for f, cs in fine.items()}
    truth.fine["Diagnosis"] = [prof.concept]
    truth.findings = findings
    return truth


def stated_fields(rng: np.random.Generator, truth: CaseTruth, coverage: Mapping[str, float]) -> set[str]:
    """Which dimensions one image's label states (each drawn at its coverage rate; the organ implies its system)."""
    out = set()
    if rng.random() < coverage.get("Organ_level", 1.0):
        out.add("Organ_level")
    if "Organ_level" in out or rng.random() < coverage.get("Body_system_level", 1.0):
        out.add("Body_system_level")
    for f, values in truth.findings.items():
        if values and rng.random() < coverage.get(f, 1.0):
            out.add(f)
    return out


def stated_labels(truth: CaseTruth, fields: tuple[str, ...], stated: set[str]) -> dict[str, list[str]]:
    """The label record of one image: the true values of the stated dimensions (empty list = unknown)."""
    out: dict[str, list[str]] = {f: [] for f in fields}
    if "Organ_level" in stated:
        out["Organ_level"] = [truth.organ]
    if "Body_system_level" in stated and truth.body_system:
        out["Body_system_level"] = [truth.body_system]
    for f in (f for f in fields if f in stated and f not in ("Organ_level", "Body_system_level")):
        out[f] = list(truth.findings.get(f, []))
    return out
