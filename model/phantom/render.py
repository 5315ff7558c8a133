"""One phantom image: organ background, lesion from labels, B-mode formation, scan conversion, Doppler."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from model.phantom.anatomy import Layout, paint, reference_power
from model.phantom.bmode import form_bmode, geometry, scan_convert, smooth_noise
from model.phantom.doppler import colourise, flow_map
from model.phantom.lesion import LesionSpec, draw_lesion

_ATTEN = 0.02  # nominal one-way amplitude attenuation per pixel at 128 px (nepers), compensated by the TGC


@dataclass
class Rendered:
    """The pixels (``uint8``, ``(S, S)`` grey or ``(S, S, 3)`` colour) and what a report may measure."""

    pixels: np.ndarray
    width_mm: float
    depth_mm: float
    doppler: bool


def _background(
    rng: np.random.Generator, layout: Layout, geo_y: np.ndarray, geo_x: np.ndarray, atten: np.ndarray, size: int
) -> np.ndarray:
    shape = geo_y.shape
    scale = size / 128.0
    log_p = layout.texture * smooth_noise(rng, shape, layout.corr * scale)
    if layout.streaks:
        # Fibrillar echotexture (tendon, muscle): long laterally, thin axially.
        log_p += layout.streaks * smooth_noise(rng, shape, 0.8 * scale, 9.0 * scale)
    power = (layout.base * np.exp(log_p)).astype(np.float32)
    nominal = float(atten.flat[0])
    paint(layout, rng, geo_y / size, geo_x / size, power, atten, nominal, scale)
    return power


def render_image(
    rng: np.random.Generator,
    size: int,
    layout: Layout,
    spec: LesionSpec | None,
    *,
    flow: float | None = 0.0,
    doppler: bool = False,
    variant: int = 0,
) -> Rendered:
    """Simulate one image; ``spec`` is ``None`` for a normal study."""
    geo = geometry(size, layout.sector, variant)
    shape = geo.phys_y.shape
    nominal = _ATTEN * 128.0 / size
    atten = np.full(shape, nominal, dtype=np.float32)
    power = _background(rng, layout, geo.phys_y, geo.phys_x, atten, size)
    points = np.zeros(shape, dtype=np.complex64)
    if spec is not None:
        draw_lesion(rng, spec, geo, power, atten, points, reference_power(layout))
    grey_beam = form_bmode(
        rng,
        power,
        atten,
        points,
        nominal_atten=float(nominal),
        sigma_x=1.1 + 0.5 * rng.random(),  # lateral resolution varies between probes
        gain_db=float(rng.normal(0, 1.5)),
    )
    grey = scan_convert(grey_beam, geo)
    mm_per_px = layout.depth_mm / size
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
