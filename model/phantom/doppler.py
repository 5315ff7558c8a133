"""Colour-Doppler overlay: flow drawn in display coordinates, its amount and pattern set by the vascularity."""

from __future__ import annotations

import numpy as np

from model.phantom.lesion import LesionSpec


def _curve_points(rng: np.random.Generator, spec: LesionSpec, kind: str, n: int = 48) -> np.ndarray:
    """Points (in lesion-normalised u, v) along one vessel: a peripheral arc or a branch entering the lesion."""
    t = np.linspace(0, 1, n)
    if kind == "rim":
        start = rng.uniform(0, 2 * np.pi)
        span = rng.uniform(0.6, 1.6)
        rad = rng.uniform(1.02, 1.2) + 0.05 * np.sin(6 * t + rng.uniform(0, 6))
        th = start + span * t
        return np.stack([rad * np.cos(th), rad * np.sin(th)], axis=1)
    start = rng.uniform(0, 2 * np.pi)
    end = rng.uniform(0, 0.35)
    rad = 1.05 - (1.05 - end) * t
    th = start + rng.uniform(-0.6, 0.6) * t + 0.15 * np.sin(7 * t + rng.uniform(0, 6))
    return np.stack([rad * np.cos(th), rad * np.sin(th)], axis=1)


def _to_display(spec: LesionSpec, uv: np.ndarray) -> np.ndarray:
    length = float(spec.shape.get("length", 1.0))
    aspect = float(spec.shape.get("aspect", 1.0))
    u = uv[:, 0] * spec.radius * length
    v = uv[:, 1] * spec.radius * aspect
    ca, sa = np.cos(spec.angle), np.sin(spec.angle)
    x = spec.cx + u * ca - v * sa
    y = spec.cy + u * sa + v * ca
    return np.stack([y, x], axis=1)


def flow_map(
    rng: np.random.Generator, spec: LesionSpec | None, size: int, flow: float | None, roi: np.ndarray
) -> np.ndarray:
    """Signed velocity per display pixel (0 = no flow) inside the colour box ``roi``.

    ``flow`` in ``[0, 1]`` grades the amount (0 = none: the box stays empty over the lesion); ``None`` means
    inhomogeneous flow: dense patches on one side, nothing on the other, with aliasing.
    """
    vel = np.zeros((size, size), dtype=np.float32)
    scale = size / 128.0
    curves: list[tuple[np.ndarray, float, int]] = []
    if spec is not None:
        if flow is None:
            side = rng.uniform(0, 2 * np.pi)
            for _ in range(int(rng.integers(4, 7))):
                c = _curve_points(rng, spec, "branch", 24)
                th = side + rng.uniform(-0.7, 0.7)
                c[:, 0] = 0.6 * np.cos(th) + 0.35 * (c[:, 0] - c[:, 0].mean())
                c[:, 1] = 0.6 * np.sin(th) + 0.35 * (c[:, 1] - c[:, 1].mean())
                curves.append((c, rng.choice([-1.0, 1.0]) * rng.uniform(0.8, 1.3), 2))
        elif flow > 0:
            n_rim = round(1 + 3 * flow)
            n_in = round(max(0.0, 7 * flow - 2.5))
            for _ in range(n_rim):
                curves.append((_curve_points(rng, spec, "rim"), rng.choice([-1.0, 1.0]) * (0.3 + 0.5 * flow), 1))
            for _ in range(n_in):
                curves.append((_curve_points(rng, spec, "branch"), rng.choice([-1.0, 1.0]) * (0.3 + 0.6 * flow), 1))
    for c, speed, thick in curves:
        pts = _to_display(spec, c) if spec is not None else c
        profile = speed * (0.6 + 0.4 * np.sin(np.linspace(0, np.pi, len(pts))))
        t = max(1, round(thick * scale))
        for oy in range(-t + 1, t):
            for ox in range(-t + 1, t):
                yi = np.clip(np.round(pts[:, 0]).astype(int) + oy, 0, size - 1)
                xi = np.clip(np.round(pts[:, 1]).astype(int) + ox, 0, size - 1)
                vel[yi, xi] = profile
    vel *= roi
    return vel


def colourise(grey: np.ndarray, vel: np.ndarray, roi_edge: np.ndarray) -> np.ndarray:
    """RGB uint8 image: grey B-mode, colour where there is flow (red towards, blue away), the box outline."""
    rgb = np.repeat(grey[:, :, None], 3, axis=2)
    pos = vel > 0.05
    neg = vel < -0.05
    mag = np.clip(np.abs(vel), 0, 1.5)
    # Red-to-yellow towards the probe, blue-to-cyan away; aliasing (|v| > 1) wraps to the bright end.
    rgb[pos] = np.stack([0.55 + 0.45 * np.minimum(mag[pos], 1), 0.5 * np.maximum(mag[pos] - 0.8, 0), 0 * mag[pos]], 1)
    rgb[neg] = np.stack([0 * mag[neg], 0.5 * np.maximum(mag[neg] - 0.8, 0), 0.55 + 0.45 * np.minimum(mag[neg], 1)], 1)
    rgb[roi_edge] = 0.75
    return (np.clip(rgb, 0, 1) * 255).astype(np.uint8)
