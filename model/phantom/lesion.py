"""A lesion drawn from its labels: outline, margin, echo level, internal structure and posterior acoustics.

Everything is computed on the beam grid but in display (physical) coordinates, so a round lesion stays round after
sector scan conversion while shadows still run along the beams.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from model.phantom.bmode import Geometry, smooth_noise


@dataclass
class LesionSpec:
    """Geometry and physics of one lesion, already resolved from labels to numbers."""

    cy: float
    cx: float
    radius: float
    angle: float
    shape: dict[str, Any]
    margin: dict[str, Any]
    echo_db: float | None  # None = mixed echogenicity
    kinds: tuple[str, ...] = ()
    posterior_atten: float = 1.0
    seed_phase: tuple[float, ...] = field(default_factory=tuple)


@dataclass
class LesionMaps:
    mask: np.ndarray  # soft mask (H, W) in [0, 1]
    u: np.ndarray  # normalised lesion coordinates (for Doppler placement)
    v: np.ndarray


def _frame(spec: LesionSpec, geo: Geometry) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    dy = geo.phys_y - spec.cy
    dx = geo.phys_x - spec.cx
    ca, sa = np.cos(spec.angle), np.sin(spec.angle)
    length = float(spec.shape.get("length", 1.0))
    aspect = float(spec.shape.get("aspect", 1.0))
    u = (dx * ca + dy * sa) / (spec.radius * length)
    v = (-dx * sa + dy * ca) / (spec.radius * aspect)
    # A bend turns an ellipse into a banana (tubular) or crescent (flattened).
    v = v - float(spec.shape.get("bend", 0.0)) * (u**2 - 0.3) * (1.0 / max(aspect, 0.2))
    rho = np.hypot(u, v)
    theta = np.arctan2(v, u)
    return u, v, rho, theta


def _contour(spec: LesionSpec, theta: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    s = spec.shape
    bound = np.ones_like(theta)
    lobes = int(s.get("lobes", 0))
    if lobes:
        bound += float(s.get("lobe_amp", 0.0)) * np.cos(lobes * theta + rng.uniform(0, 2 * np.pi))
    rough = float(s.get("rough", 0.0))
    if rough:
        for k in range(3, 10):
            bound += rough / k**0.8 * rng.uniform(-1, 1) * np.cos(k * theta + rng.uniform(0, 2 * np.pi))
    return np.maximum(bound, 0.25)


def draw_lesion(
    rng: np.random.Generator,
    spec: LesionSpec,
    geo: Geometry,
    power: np.ndarray,
    atten: np.ndarray,
    points: np.ndarray,
    tissue_ref: float,
) -> LesionMaps:
    """Paint the lesion into ``power``/``atten``/``points`` in place and return its mask.

    ``tissue_ref`` is the power of the organ's parenchyma: echogenicity is relative to the organ, not to
    whatever fluid or fat lies next to the lesion.
    """
    shape = power.shape
    scale = geo.size / 128.0
    u, v, rho, theta = _frame(spec, geo)
    bound = _contour(spec, theta, rng)
    minor = spec.radius * min(float(spec.shape.get("aspect", 1.0)), float(spec.shape.get("length", 1.0)))
    dist = (rho - bound) * minor  # approximately pixels outside the outline
    jitter = float(spec.margin.get("jitter", 0.0))
    if jitter:
        dist = dist + jitter * minor * smooth_noise(rng, shape, 5.0 * scale)
    # A blurred margin must not swallow a thin lesion: cap the edge width by its half-thickness.
    edge = min(max(float(spec.margin.get("edge", 1.0)) * scale, 0.3), 0.3 * minor)
    mask = 1.0 / (1.0 + np.exp(np.clip(dist / edge, -30, 30)))
    mask = mask.astype(np.float32)

    # Interior scatterer power relative to the surrounding tissue.
    if spec.echo_db is None:
        blend = smooth_noise(rng, shape, 3.0 * scale) > 0
        level = np.where(blend, 10 ** (-14 / 10), 10 ** (8 / 10)).astype(np.float32)
    else:
        level = np.full(shape, 10 ** (spec.echo_db / 10), dtype=np.float32)
    inner = rho / bound  # 0 at the centre, 1 on the outline
    for kind in spec.kinds:
        _internal(rng, kind, level, atten, points, u, v, inner, scale, spec)
    lesion_power = level * np.float32(tissue_ref)
    # Blend in the log domain so the transition across the margin is gradual in dB, as the eye sees it.
    power[...] = np.exp((1 - mask) * np.log(np.maximum(power, 1e-12)) + mask * np.log(lesion_power))
    atten *= 1 + mask * (spec.posterior_atten - 1.0)
    return LesionMaps(mask=mask, u=u, v=v)


def _blobs(
    rng: np.random.Generator, u: np.ndarray, v: np.ndarray, n: int, rmin: float, rmax: float, spread: float = 0.45
) -> np.ndarray:
    out = np.zeros(u.shape, dtype=bool)
    for _ in range(n):
        a, b = rng.uniform(-spread, spread, 2)
        r = rng.uniform(rmin, rmax)
        out |= (u - a) ** 2 + (v - b) ** 2 < r**2
    return out


def _internal(
    rng: np.random.Generator,
    kind: str,
    level: np.ndarray,
    atten: np.ndarray,
    points: np.ndarray,
    u: np.ndarray,
    v: np.ndarray,
    inner: np.ndarray,
    scale: float,
    spec: LesionSpec,
) -> None:
    inside = inner < 0.92
    fluid = np.float32(10 ** (-45 / 10))
    if kind == "cystic":
        level[_blobs(rng, u, v, int(rng.integers(1, 4)), 0.22, 0.42) & inside] = fluid
    elif kind == "solid":
        level[_blobs(rng, u, v, int(rng.integers(1, 3)), 0.3, 0.5) & inside] = 10 ** (2 / 10)
    elif kind == "mixed":
        split = smooth_noise(rng, level.shape, 4.0 * scale) > 0
        level[split & inside] = fluid
        level[~split & inside] = 10 ** (0.5 / 10)
    elif kind == "complex":
        level[inside & (inner < 0.72)] = fluid
        level[(inner >= 0.72) & (inner < 1.0)] = 10 ** (4 / 10)  # thick echogenic wall
        ang = rng.uniform(0, 2 * np.pi)
        nod = (u - 0.55 * np.cos(ang)) ** 2 + (v - 0.55 * np.sin(ang)) ** 2 < 0.3**2
        level[nod & inside] = 10 ** (3 / 10)  # mural solid nodule
    elif kind == "septa":
        width = 0.6 * scale / max(spec.radius, 1.0)
        for _ in range(int(rng.integers(2, 5))):
            ang = rng.uniform(0, np.pi)
            off = rng.uniform(-0.5, 0.5)
            line = np.abs(u * np.sin(ang) - v * np.cos(ang) - off) < width
            level[line & inside] = 10 ** (7 / 10)
    elif kind == "calcific":
        n = int(rng.integers(2, 6))
        for _ in range(n):
            a, b = rng.uniform(-0.55, 0.55, 2)
            d2 = ((u - a) ** 2 + (v - b) ** 2) * spec.radius**2
            spot = d2 < (1.1 * scale) ** 2
            level[spot] = 10 ** (18 / 10)
            atten[spot] += 1.2  # a calcification stops the beam: a shadow column below it
            centre = np.unravel_index(np.argmin(d2), d2.shape)
            points[centre] += 25.0
