"""Organ backgrounds: the anatomy around a lesion, as a sonographer recognises it.

The ontology says which organ a case is in, but nothing about how that organ looks on ultrasound, so the look is a
small table of *scene kinds* (liver-like parenchyma, kidney with cortex and sinus, thyroid lobes either side of the
trachea, testis, layered breast, vessel with walls, gallbladder, bladder, fibrillar muscle over bone, lung, pelvis),
keyed by organ terms that are resolved through the taxonomy (label or any synonym). An organ the table does not
name, such as a new organ added to the ontology, inherits the scene of its body system (``_SYSTEM_SCENES``), and a
body system the table does not name gets a generic soft-tissue scene.

Each scene paints, in display coordinates normalised to the image width (``y`` down from the probe face, ``x``
across): scatterer power relative to the organ's parenchyma and attenuation (fluid transmits, bone and gas block),
and returns where a lesion sits (its *anchor*) and the reference power its echogenicity is relative to.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from model.phantom.bmode import smooth_noise
from udt.taxonomy import Concept, Taxonomy

# Scene kind per organ term (resolved through the taxonomy's look-up, never used as a label itself).
_ORGAN_SCENES: dict[str, str] = {
    "liver": "parenchyma",
    "spleen": "parenchyma",
    "pancreas": "parenchyma",
    "adrenal glands": "parenchyma",
    "retroperitoneum and great vessels": "vessel_deep",
    "gallbladder and bile ducts": "gallbladder",
    "kidney and ureter": "kidney",
    "pediatric urinary tract": "kidney",
    "bladder": "bladder",
    "scrotum": "testis",
    "pediatric scrotum": "testis",
    "thyroid gland": "thyroid",
    "parathyroid glands": "thyroid",
    "salivary glands": "gland",
    "lymph nodes": "soft",
    "breast": "breast",
    "axilla": "soft",
    "peripheral arteries": "vessel",
    "peripheral veins": "vessel",
    "dialysis fistula": "vessel",
    "uterus": "pelvis",
    "adnexa": "pelvis",
    "pleural space": "lung",
    "heart and mediastinum": "heart",
    "pulmonary": "lung",
    "thoracic wall": "lung",
    "soft tissues": "soft",
    "abdominal wall": "soft",
}
# Scene kind per body system, for organs the table does not name.
_SYSTEM_SCENES: dict[str, str] = {
    "abdomen and retroperitoneum": "parenchyma",
    "urinary tract and male reproductive system": "kidney",
    "gynaecology": "pelvis",
    "head and neck": "gland",
    "breast and axilla": "breast",
    "musculoskeletal joints and tendons": "muscle",
    "thorax": "lung",
    "pediatrics": "parenchyma",
    "peripheral vessels": "vessel",
}
# Probe, displayed depth (mm), parenchyma power, texture correlation (px at 128), texture strength, fibre streaks.
_PROBE: dict[str, tuple[bool, float, float, float, float, float]] = {
    "parenchyma": (True, 150, 1.0, 2.5, 0.12, 0.0),
    "vessel_deep": (True, 140, 1.0, 3.0, 0.2, 0.0),
    "gallbladder": (True, 130, 1.0, 2.5, 0.12, 0.0),
    "kidney": (True, 140, 1.0, 3.0, 0.15, 0.0),
    "bladder": (True, 140, 0.8, 4.0, 0.25, 0.0),
    "pelvis": (True, 120, 0.8, 4.0, 0.25, 0.0),
    "testis": (False, 40, 1.0, 1.8, 0.08, 0.0),
    "thyroid": (False, 40, 1.0, 2.0, 0.1, 0.0),
    "gland": (False, 40, 1.0, 2.5, 0.15, 0.0),
    "breast": (False, 45, 1.0, 3.0, 0.3, 0.0),
    "vessel": (False, 40, 0.7, 3.0, 0.2, 0.5),
    "muscle": (False, 45, 0.6, 2.0, 0.15, 0.9),
    "lung": (False, 50, 0.7, 3.0, 0.2, 0.4),
    "heart": (True, 150, 1.0, 3.0, 0.2, 0.0),
    "soft": (False, 40, 0.7, 3.0, 0.25, 0.5),
}


@lru_cache(maxsize=8)
def _scene_index(tax: Taxonomy) -> dict[str, str]:
    out: dict[str, str] = {}
    for term, kind in _ORGAN_SCENES.items():
        c = tax.find(term, "Organ_level")
        if c is not None:
            out.setdefault(c.iri, kind)
    for term, kind in _SYSTEM_SCENES.items():
        c = tax.find(term, "Body_system_level")
        if c is not None:
            out.setdefault(c.iri, kind)
    return out


def scene_kind(tax: Taxonomy, site: Concept | None, organ: Concept | None) -> str:
    """The scene of a site: its own entry, else its nearest ancestor's, else its body system's, else "soft"."""
    index = _scene_index(tax)
    for start in (site, organ):
        if start is None:
            continue
        for c in (start, *tax.ancestors(start)):
            if c.iri in index:
                return index[c.iri]
        system = tax.rollups(start).get("Body_system_level")
        if system is not None and system.iri in index:
            return index[system.iri]
    return "soft"


@dataclass(frozen=True)
class Layout:
    """A case's anatomy: the scene kind and its randomly drawn, per-case geometry (shared by all its views)."""

    kind: str
    sector: bool
    depth_mm: float
    base: float
    corr: float
    texture: float
    streaks: float
    params: tuple[float, ...]  # scene-specific geometry in [0, 1)
    anchor: tuple[float, float, float, float]  # lesion centre region: cy, cx, ry, rx (fractions of width)
    max_radius: float  # largest lesion radius the scene holds (fraction of width)


def layout_for(kind: str, rng: np.random.Generator) -> Layout:
    """Draw a case's anatomy for a scene kind."""
    sector, depth, base, corr, texture, streaks = _PROBE.get(kind, _PROBE["soft"])
    p = tuple(float(v) for v in rng.random(8))
    anchor, max_r = _ANCHORS.get(kind, ((0.4, 0.5, 0.1, 0.2), 0.2))
    if kind == "thyroid":
        side = 0.3 if p[0] < 0.5 else 0.7
        anchor = (0.33, side, 0.03, 0.05)
    return Layout(kind, sector, depth * (0.9 + 0.2 * p[7]), base, corr, texture, streaks, p, anchor, max_r)


_ANCHORS: dict[str, tuple[tuple[float, float, float, float], float]] = {
    "parenchyma": ((0.45, 0.5, 0.1, 0.18), 0.17),
    "vessel_deep": ((0.5, 0.5, 0.03, 0.15), 0.15),
    "gallbladder": ((0.5, 0.5, 0.01, 0.1), 0.07),
    "kidney": ((0.5, 0.5, 0.04, 0.2), 0.1),
    "bladder": ((0.6, 0.5, 0.01, 0.15), 0.1),
    "pelvis": ((0.55, 0.5, 0.05, 0.12), 0.14),
    "testis": ((0.45, 0.5, 0.08, 0.18), 0.14),
    "thyroid": ((0.33, 0.3, 0.03, 0.05), 0.12),  # the side is drawn per case
    "gland": ((0.35, 0.5, 0.06, 0.15), 0.13),
    "breast": ((0.38, 0.5, 0.05, 0.2), 0.14),
    "vessel": ((0.45, 0.5, 0.0, 0.2), 0.08),
    "muscle": ((0.4, 0.5, 0.08, 0.2), 0.15),
    "lung": ((0.55, 0.5, 0.05, 0.15), 0.15),
    "heart": ((0.5, 0.5, 0.05, 0.1), 0.12),
    "soft": ((0.35, 0.5, 0.08, 0.2), 0.15),
}


def _ellipse(y: np.ndarray, x: np.ndarray, cy: float, cx: float, ry: float, rx: float) -> np.ndarray:
    return np.sqrt(((y - cy) / ry) ** 2 + ((x - cx) / rx) ** 2)


def _band(d: np.ndarray, width: float) -> np.ndarray:
    """1 on a thin line where ``d`` is 0, fading over ``width``."""
    return np.exp(-((d / width) ** 2))


def _bone(y: np.ndarray, power: np.ndarray, atten: np.ndarray, surface: np.ndarray, nominal: float) -> None:
    """A bright bone cortex along ``surface`` (a depth per column) and the acoustic shadow below it."""
    d = y - surface
    power *= 1 + 30 * _band(d, 0.01)
    atten[d > 0.012] = nominal * 40


def _lumen(power: np.ndarray, atten: np.ndarray, inside: np.ndarray, wall: np.ndarray, nominal: float) -> None:
    """An echo-free fluid lumen (bile, urine, blood) that transmits well, with a bright wall."""
    power *= 1 + 3 * wall
    power[inside] *= 0.002
    # Fluid barely attenuates; 0.7 rather than ~0 because a sonographer turns the far gain down behind a big
    # fluid window, so the enhancement below it shows without saturating.
    atten[inside] = nominal * 0.7


def paint(
    layout: Layout,
    rng: np.random.Generator,
    y: np.ndarray,
    x: np.ndarray,
    power: np.ndarray,
    atten: np.ndarray,
    nominal: float,
    scale: float,
) -> None:
    """Paint the scene into ``power`` and ``atten`` (beam-grid arrays, display coordinates ``y``, ``x``)."""
    k, p = layout.kind, layout.params
    wob = 0.01 * np.sin(6 * x + 6 * p[6])
    if not layout.sector:
        # Skin and a thin subcutaneous layer under a linear probe.
        power *= 1 + 4 * _band(y - 0.015, 0.008)
    if k == "parenchyma":
        for i in range(3):  # portal / hepatic veins: small anechoic tubes in cross-section
            cy, cx = 0.3 + 0.45 * rng.random(), 0.15 + 0.7 * rng.random()
            r = _ellipse(y, x, cy, cx, 0.025 + 0.015 * p[i], 0.035 + 0.02 * p[i])
            if abs(cy - layout.anchor[0]) > 0.12 or abs(cx - layout.anchor[1]) > 0.22:
                _lumen(power, atten, r < 1, _band(r - 1, 0.25), nominal)
        diaphragm = 0.86 + 0.05 * np.cos(3 * (x - 0.5)) + wob
        power *= 1 + 6 * _band(y - diaphragm, 0.01)
        power[y > diaphragm + 0.01] *= 0.5
    elif k == "kidney" or k == "gallbladder" or k == "vessel_deep":
        # Liver (or spleen) as the acoustic window above.
        if k == "kidney":
            cy, cx = 0.5, 0.5
            r = _ellipse(y, x, cy, cx, 0.17 + 0.03 * p[1], 0.38 + 0.04 * p[2])
            power[(r > 1.0) & (r < 1.25)] *= 1.8  # perirenal fat
            power *= 1 + 3 * _band(r - 1, 0.03)  # capsule
            cortex = r < 1
            power[cortex] *= 0.5
            sinus = (_ellipse(y, x, cy, cx, 0.08, 0.25) + 0.15 * smooth_noise(rng, y.shape, 3 * scale)) < 1
            power[sinus] *= 10.0  # renal sinus fat: the bright centre
        elif k == "gallbladder":
            neck = 0.05 * np.clip((x - 0.5) / 0.3, 0, 1)
            r = _ellipse(y + neck, x, 0.42, 0.5, 0.11 + 0.03 * p[1], 0.3)
            _lumen(power, atten, r < 1, _band(r - 1, 0.05), nominal)
        else:
            r = np.abs(y - 0.5 - 0.02 * np.sin(4 * x)) / (0.07 + 0.02 * p[1])
            _lumen(power, atten, r < 1, _band(r - 1, 0.15), nominal)
            _bone(y, power, atten, 0.8 + 0.02 * np.cos(5 * x) + wob, nominal)
    elif k == "bladder":
        r = (np.abs((y - 0.4) / (0.22 + 0.04 * p[1])) ** 4 + np.abs((x - 0.5) / 0.38) ** 4) ** 0.25
        _lumen(power, atten, r < 1, _band(r - 1, 0.03), nominal)
        prostate = _ellipse(y, x, 0.8, 0.5, 0.09, 0.16) < 1
        power[prostate] *= 1.3
    elif k == "pelvis":
        r = _ellipse(y, x, 0.13, 0.5, 0.08, 0.35)
        _lumen(power, atten, r < 1, _band(r - 1, 0.05), nominal)  # a full bladder as the window
        organ = _ellipse(y, x, 0.55, 0.5, 0.17 + 0.04 * p[1], 0.3)
        power[organ < 1] *= 1.3
        if p[0] < 0.5:  # uterus: bright endometrial stripe
            power *= 1 + 3 * _band(y - 0.55 - 0.05 * (x - 0.5), 0.015) * (organ < 0.8)
        else:  # ovary: small anechoic follicles near its edge
            for i in range(4):
                a = 2 * np.pi * (i / 4 + p[2])
                f = _ellipse(y, x, 0.55 + 0.12 * np.sin(a), 0.5 + 0.2 * np.cos(a), 0.025, 0.03)
                _lumen(power, atten, f < 1, 0 * f, nominal)
    elif k == "testis":
        r = _ellipse(y, x, 0.45, 0.5, 0.3 + 0.05 * p[1], 0.52)
        power[r > 1] *= 0.25
        power *= 1 + 2.5 * _band(r - 1, 0.02)  # tunica albuginea
        power *= 1 + 2 * _band(y - 0.6 - 0.05 * (x - 0.5), 0.01) * _band(x - 0.5, 0.2)  # mediastinum testis
    elif k == "thyroid":
        power[(y > 0.04) & (y < 0.13 + wob)] *= 0.4  # strap muscles
        neck = y > 0.04
        power[neck] *= 0.25  # strap and neck muscles, fat: darker than the gland
        for side in (0.3, 0.7):
            lobe = _ellipse(y, x, 0.33, side, 0.15, 0.17)
            power[lobe < 1] *= 5.6
            power *= 1 + 1.5 * _band(lobe - 1, 0.03)
            carotid = _ellipse(y, x, 0.4, 0.06 if side < 0.5 else 0.94, 0.06, 0.06)
            _lumen(power, atten, carotid < 1, _band(carotid - 1, 0.1), nominal)
        isthmus = np.abs(y - 0.19) < 0.04
        power[isthmus & (np.abs(x - 0.5) < 0.14)] *= 5.6
        ring = _ellipse(y, x, 0.36, 0.5, 0.12, 0.09)
        arc = (ring > 0.85) & (ring < 1.1) & (y < 0.36)
        power[arc] *= 12.0  # tracheal cartilage ring
        behind = (ring < 0.85) & (y > 0.26) | ((np.abs(x - 0.5) < 0.08) & (y > 0.36))
        power[behind] *= 0.05  # air: nothing returns from inside the trachea ...
        power[behind & (np.sin((y - 0.26) * 70) > 0.9)] *= 25.0  # ... except reverberations of its wall
        _bone(y, power, atten, 0.8 + 0.03 * np.cos(4 * (x - 0.5)), nominal)
    elif k == "gland":
        gland = _ellipse(y, x, 0.4, 0.5, 0.25, 0.55)
        power[gland < 1] *= 1.6
        power *= 1 + 1.5 * _band(gland - 1, 0.03)
    elif k == "breast":
        fat_end = 0.17 + 0.04 * np.sin(5 * x + 6 * p[1])
        gland_end = 0.55 + 0.05 * np.sin(4 * x + 6 * p[2])
        fat = (y > 0.03) & (y < fat_end)
        power[fat] *= 0.35
        power *= 1 + 2 * _band(np.sin(9 * x + 20 * y + 6 * p[3]), 0.08) * fat  # Cooper's ligaments
        glandular = (y >= fat_end) & (y < gland_end)
        power[glandular] *= 2.0 * np.exp(0.4 * smooth_noise(rng, y.shape, 4 * scale))[glandular]
        power[(y >= gland_end) & (y < gland_end + 0.1)] *= 0.35  # retromammary fat
        for cx in (0.15 + 0.2 * p[4], 0.7 + 0.2 * p[5]):
            rib = 0.84 + 4.0 * (x - cx) ** 2  # the rounded top of a rib in cross-section
            _bone(y, power, atten, np.where(np.abs(x - cx) < 0.09, rib, 9.0), nominal)
    elif k == "vessel":
        centre = 0.45 + 0.03 * np.sin(3 * x + 6 * p[1])
        r = np.abs(y - centre) / (0.09 + 0.03 * p[2])
        _lumen(power, atten, r < 1, _band(r - 1, 0.12), nominal)
    elif k == "muscle":
        for i in range(3):  # fascial planes
            power *= 1 + 3 * _band(y - (0.12 + 0.22 * i + 0.05 * p[i]) - wob, 0.008)
        _bone(y, power, atten, 0.75 + 0.05 * np.sin(2 * x + 6 * p[4]) + wob, nominal)
    elif k == "lung":
        pleura = 0.3 + wob
        for cx in (0.1, 0.9):
            rib = _ellipse(y, x, 0.3, cx, 0.045, 0.1)
            power *= 1 + 20 * _band(rib - 1, 0.2) * (y < 0.3)  # the rib's bright anterior cortex ...
            atten[(np.abs(x - cx) < 0.09) & (y > 0.3)] = nominal * 40  # ... and the shadow behind it
        power *= 1 + 12 * _band(y - pleura, 0.008)  # pleural line
        below = y > pleura + 0.01
        power[below] *= 0.5  # aerated lung: no structure, only reverberations
        power *= 1 + 6 * _band(y - 2 * pleura, 0.01) * below  # A-line: the pleura's first reverberation
    elif k == "heart":
        for cy, cx, ry, rx in ((0.35, 0.4, 0.14, 0.12), (0.35, 0.62, 0.1, 0.08), (0.65, 0.42, 0.12, 0.14)):
            r = _ellipse(y, x, cy + 0.03 * p[1], cx, ry, rx)
            _lumen(power, atten, r < 1, _band(r - 1, 0.2), nominal)  # blood-filled chambers
        power *= 1 + 2 * _band(y - 0.08 - wob, 0.02)  # pericardium
    elif k == "soft":
        power[(y > 0.03) & (y < 0.2 + wob)] *= 0.4  # subcutaneous fat
        power *= 1 + 3 * _band(y - 0.2 - wob, 0.008)  # fascia
        power *= 1 + 2 * _band(y - 0.7 - wob, 0.01)


def reference_power(layout: Layout) -> float:
    """The power an isoechoic lesion has: the organ's own parenchyma, not the average of the whole picture."""
    return {"kidney": 0.5, "thyroid": 1.4, "gland": 1.6, "breast": 2.0, "testis": 1.0, "pelvis": 1.3}.get(
        layout.kind, 1.0
    ) * layout.base
