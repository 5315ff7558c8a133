"""One phantom image: organ background, lesion from labels, B-mode formation, scan conversion, Doppler."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from model.phantom.appearance import OrganStyle
from model.phantom.bmode import form_bmode, geometry, scan_convert, smooth_noise
from model.phantom.doppler import colourise, flow_map
from model.phantom.lesion import LesionSpec, draw_lesion


@dataclass
class Rendered:
    """The pixels (``uint8``, ``(S, S)`` grey or ``(S, S, 3)`` colour) and what a report may measure."""

    pixels: np.ndarray
    width_mm: float
    depth_mm: float
    doppler: bool


def _wave(rng: np.random.Generator, x: np.ndarray) -> np.ndarray:
    """A smooth lateral undulation (sum of three random low-order sinusoids), unit scale."""
    k = rng.uniform(0.3, 2.0, 3)
    ph = rng.uniform(0, 2 * np.pi, 3)
    return sum(np.sin(k[i] * x + ph[i]) for i in range(3)) / 2.0


def _background(rng: np.random.Generator, style: OrganStyle, geo_phys_y: np.ndarray, size: int) -> np.ndarray:
    shape = geo_phys_y.shape
    scale = size / 128.0
    log_p = style.texture * smooth_noise(rng, shape, style.corr * scale)
    if style.streaks:
        # Fibrillar echotexture (tendon, muscle): long laterally, thin axially.
        log_p += style.streaks * smooth_noise(rng, shape, 0.8 * scale, 9.0 * scale)
    power = style.base * np.exp(log_p)
    y = geo_phys_y / size
    x = np.linspace(0, 2 * np.pi, shape[1], dtype=np.float32)[None, :]
    if style.layers:
        # Skin (bright), subcutaneous fat (dark with bright septa), then fascia lines above the organ.
        yy = y + 0.01 * _wave(rng, x)
        power = np.where(yy < 0.025, power * 6.0, power)
        fat = (yy >= 0.025) & (yy < 0.025 + 0.05 * style.layers)
        power = np.where(fat, power * 0.35, power)
        for k in range(style.layers):
            line = np.abs(yy - (0.03 + 0.05 * (k + 1))) < 0.006 * (1 + k % 2)
            power = np.where(line, power * 5.0, power)
    # A deep interface: the organ's far boundary over a differently echogenic tissue.
    far = rng.uniform(0.78, 0.92) + 0.03 * _wave(rng, x)
    power = np.where(y > far, power * rng.uniform(0.3, 1.6), power)
    power = np.where(np.abs(y - far) < 0.008, power * 4.0, power)
    return power.astype(np.float32)


def render_image(
    rng: np.random.Generator,
    size: int,
    style: OrganStyle,
    spec: LesionSpec | None,
    *,
    flow: float | None = 0.0,
    doppler: bool = False,
    variant: int = 0,
) -> Rendered:
    """Simulate one image; ``spec`` is ``None`` for a normal study."""
    geo = geometry(size, style.sector, variant)
    shape = geo.phys_y.shape
    power = _background(rng, style, geo.phys_y, size)
    tissue = power.copy()
    atten = np.full(shape, style.atten * 128.0 / size, dtype=np.float32)
    points = np.zeros(shape, dtype=np.complex64)
    if spec is not None:
        draw_lesion(rng, spec, geo, power, atten, points, tissue)
    grey_beam = form_bmode(
        rng,
        power,
        atten,
        points,
        nominal_atten=float(style.atten * 128.0 / size),
        sigma_x=1.1 + 0.5 * rng.random(),  # lateral resolution varies between probes
        gain_db=float(rng.normal(0, 1.5)),
    )
    grey = scan_convert(grey_beam, geo)
    mm_per_px = style.depth_mm / size
    if spec is not None:
        length = float(spec.shape.get("length", 1.0))
        aspect = float(spec.shape.get("aspect", 1.0))
        width_mm = 2 * spec.radius * length * mm_per_px
        depth_mm = 2 * spec.radius * aspect * mm_per_px
    else:
        width_mm = depth_mm = 0.0
    if not doppler:
        return Rendered((grey * 255).astype(np.uint8), width_mm, depth_mm, False)
    # Colour box around the lesion, defined on the beam grid so it follows the sector's shape.
    box = np.zeros(shape, dtype=np.float32)
    if spec is not None:
        r = spec.radius * max(float(spec.shape.get("length", 1.0)), 1.0) * 1.6
        near = (np.abs(geo.phys_y - spec.cy) < r) & (np.abs(geo.phys_x - spec.cx) < r)
        rows, cols = np.nonzero(near)
        box[rows.min() : rows.max() + 1, cols.min() : cols.max() + 1] = 1.0
    else:
        box[size // 4 : 3 * size // 4, size // 4 : 3 * size // 4] = 1.0
    roi = scan_convert(box, geo) > 0.5
    inner = roi.copy()
    inner[1:-1, 1:-1] = roi[1:-1, 1:-1] & roi[:-2, 1:-1] & roi[2:, 1:-1] & roi[1:-1, :-2] & roi[1:-1, 2:]
    edge = roi & ~inner
    vel = flow_map(rng, spec, size, flow, roi.astype(np.float32))
    return Rendered(colourise(grey, vel, edge), width_mm, depth_mm, True)
