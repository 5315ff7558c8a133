"""B-mode image formation by a convolution model, in beam coordinates, then scan conversion.

Echo amplitude = complex scatterers (power map × Gaussian speckle + point reflectors), attenuated along each beam
by the accumulated attenuation map (two-way) and compensated by a time-gain curve that knows only the nominal
tissue attenuation, so a lesion that attenuates less (more) leaves a bright (dark) band below it. The scatterers
are convolved with a depth-dependent point-spread function (lateral width grows away from the focus) by FFT, the
envelope is log-compressed, and beam samples are scan-converted to a sector or linear footprint.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import scipy.fft as sfft

_BANDS = (0.1, 0.5, 0.9)  # depths (fraction of the image) at which the PSF is sampled and then blended


@dataclass(frozen=True)
class Geometry:
    """A probe footprint: where each display pixel samples the beam grid, and where each beam sample lies."""

    size: int
    sector: bool
    valid: np.ndarray  # (n,) flat display indices inside the footprint
    idx: np.ndarray  # (4, n) flat beam indices for bilinear interpolation
    weights: np.ndarray  # (4, n)
    phys_y: np.ndarray  # (H, W) display row of each beam sample
    phys_x: np.ndarray  # (H, W) display column of each beam sample
    mm_per_px: float


@lru_cache(maxsize=16)
def geometry(size: int, sector: bool, variant: int = 0) -> Geometry:
    """Scan-conversion maps for a footprint (cached; there are only a few variants)."""
    h = w = size
    if sector:
        apex = (0.28 + 0.1 * variant) * size  # virtual apex above the image: a curvilinear probe face
        half = np.deg2rad(30.0 + 4.0 * variant)
        r0, r1 = apex, apex + 0.96 * size
        rows, cols = np.mgrid[0:h, 0:w].astype(np.float64)
        r = r0 + (r1 - r0) * (rows + 0.5) / h
        th = -half + 2 * half * (cols + 0.5) / w
        phys_y = r * np.cos(th) - apex
        phys_x = size / 2 + r * np.sin(th)
        yy, xx = np.mgrid[0:size, 0:size].astype(np.float64) + 0.5
        dy, dx = yy + apex, xx - size / 2
        rr = np.hypot(dy, dx)
        tt = np.arctan2(dx, dy)
        br = (rr - r0) / (r1 - r0) * h - 0.5
        bc = (tt + half) / (2 * half) * w - 0.5
    else:
        inset = (0.04 + 0.04 * variant) * size
        rows, cols = np.mgrid[0:h, 0:w].astype(np.float64)
        phys_y = (rows + 0.5) * size / h
        phys_x = inset + (cols + 0.5) * (size - 2 * inset) / w
        yy, xx = np.mgrid[0:size, 0:size].astype(np.float64) + 0.5
        br = yy * h / size - 0.5
        bc = (xx - inset) * w / (size - 2 * inset) - 0.5
    inside = (br >= 0) & (br <= h - 1) & (bc >= 0) & (bc <= w - 1)
    valid = np.flatnonzero(inside)
    br, bc = br.ravel()[valid], bc.ravel()[valid]
    r0i = np.clip(np.floor(br).astype(np.int64), 0, h - 2)
    c0i = np.clip(np.floor(bc).astype(np.int64), 0, w - 2)
    fr, fc = br - r0i, bc - c0i
    idx = np.stack([r0i * w + c0i, r0i * w + c0i + 1, (r0i + 1) * w + c0i, (r0i + 1) * w + c0i + 1])
    weights = np.stack([(1 - fr) * (1 - fc), (1 - fr) * fc, fr * (1 - fc), fr * fc]).astype(np.float32)
    return Geometry(
        size=size,
        sector=sector,
        valid=valid,
        idx=idx,
        weights=weights,
        phys_y=phys_y.astype(np.float32),
        phys_x=phys_x.astype(np.float32),
        mm_per_px=1.0,
    )


def scan_convert(beam: np.ndarray, geo: Geometry, fill: float = 0.0) -> np.ndarray:
    """Display image ``(size, size)`` from beam samples ``(H, W)`` by bilinear interpolation."""
    flat = beam.reshape(-1)
    vals = (flat[geo.idx] * geo.weights).sum(axis=0)
    out = np.full(geo.size * geo.size, fill, dtype=np.float32)
    out[geo.valid] = vals
    return out.reshape(geo.size, geo.size)


_SQRT12 = np.float32(np.sqrt(12.0))


def white(rng: np.random.Generator, shape: tuple[int, ...]) -> np.ndarray:
    """Zero-mean unit-variance white noise. Uniform rather than Gaussian because it is four times cheaper to
    draw, and every use is followed by a filter or PSF that sums many samples, so the result is Gaussian anyway
    (central limit theorem) and the speckle envelope stays Rayleigh."""
    return (rng.random(shape, dtype=np.float32) - np.float32(0.5)) * _SQRT12


@lru_cache(maxsize=128)
def _gauss_filter(shape: tuple[int, int], corr_y: float, corr_x: float) -> np.ndarray:
    fy = np.fft.fftfreq(shape[0])[:, None]
    fx = np.fft.rfftfreq(shape[1])[None, :]
    filt = np.exp(-2 * np.pi**2 * ((corr_y * fy) ** 2 + (corr_x * fx) ** 2))
    # Normalise so the filtered white noise has unit variance.
    n = shape[0] * shape[1]
    energy = (2 * (filt**2).sum() - (filt[:, 0] ** 2).sum()) / n
    return (filt / np.sqrt(max(energy, 1e-12))).astype(np.float32)


def smooth_noise(
    rng: np.random.Generator, shape: tuple[int, int], corr: float, corr_x: float | None = None
) -> np.ndarray:
    """Gaussian random field with unit variance and correlation length ``corr`` pixels (``corr_x`` laterally)."""
    filt = _gauss_filter(shape, round(corr, 1), round(corr if corr_x is None else corr_x, 1))
    return sfft.irfft2(sfft.rfft2(white(rng, shape)) * filt, s=shape)


@lru_cache(maxsize=16)
def _psf_bank(size: int, sigma_z: float, sigma_x0: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Transfer functions of the PSF at the band depths, their RMS gains, and depth blending weights."""
    fy = np.fft.fftfreq(size)[:, None]
    fx = np.fft.fftfreq(size)[None, :]
    focus = 0.45
    bank, gains = [], []
    for z in _BANDS:
        sigma_x = sigma_x0 * np.sqrt(1 + ((z - focus) / 0.3) ** 2)  # beam widens away from the focal depth
        tf = np.exp(-2 * np.pi**2 * (sigma_z**2 * fy**2 + sigma_x**2 * fx**2))
        bank.append(tf)
        gains.append(np.sqrt((tf**2).sum()) / size)  # Parseval: RMS output for unit-power input
    depth = (np.arange(size) + 0.5) / size
    wts = np.stack([np.interp(depth, _BANDS, np.eye(len(_BANDS))[i]) for i in range(len(_BANDS))])
    return np.stack(bank).astype(np.float32), np.array(gains, dtype=np.float32), wts.astype(np.float32)


def form_bmode(
    rng: np.random.Generator,
    power: np.ndarray,
    atten: np.ndarray,
    points: np.ndarray,
    *,
    nominal_atten: float,
    sigma_z: float = 0.6,
    sigma_x: float = 1.3,
    dynamic_range_db: float = 52.0,
    gain_db: float = 0.0,
) -> np.ndarray:
    """Envelope-detected, log-compressed B-mode in beam coordinates, grey levels in ``[0, 1]``.

    ``power`` is the scatterer power relative to normal tissue (1 = reference), ``atten`` the one-way amplitude
    attenuation per sample (nepers), ``points`` the amplitude of strong point reflectors (calcifications).
    """
    h, w = power.shape
    scale = h / 128.0
    speckle = white(rng, (h, w)) + 1j * white(rng, (h, w))
    scat = np.sqrt(np.maximum(power, 0)) * speckle * np.float32(np.sqrt(0.5)) + points
    # Two-way attenuation accumulated along each beam (rows), then a TGC that assumes homogeneous tissue.
    cum = np.cumsum(atten, axis=0) - 0.5 * atten
    depth = np.arange(h, dtype=np.float32)[:, None]
    tgc = 2 * nominal_atten * depth + np.float32(gain_db / 8.686)
    scat = scat * np.exp(tgc - 2 * cum).astype(np.float32)
    # The PSF bank is cached, so its widths are quantised to 0.1 px.
    bank, gains, wts = _psf_bank(h, round(sigma_z * scale, 1), round(sigma_x * scale, 1))
    spec = sfft.fft2(scat.astype(np.complex64))
    env = np.zeros((h, w), dtype=np.float32)
    for k in range(len(_BANDS)):
        band = np.abs(sfft.ifft2(spec * bank[k])) / gains[k]
        env += band * wts[k][:, None]
    env += np.float32(10 ** (-dynamic_range_db / 20)) * rng.random((h, w), dtype=np.float32)
    db = 20 * np.log10(env + 1e-9)
    # Tissue of unit power sits at mid-grey; the displayed range spans dynamic_range_db.
    grey = (db + 0.47 * dynamic_range_db) / dynamic_range_db
    return np.clip(grey, 0.0, 1.0).astype(np.float32)
