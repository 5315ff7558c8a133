"""Physical appearance parameters for the taxonomy's values.

The *values* always come from the ontology (``tax.values(field)``); this module only decides how each one looks.

- Ordinal dimensions (echogenicity, vascularity) need no table at all: the ontology's ``rank`` sets the scatterer
  power and the Doppler flow density; an unranked value of those dimensions (mixed echogenicity, inhomogeneous
  vascularity) is rendered as a heterogeneous mixture.
- Organs get their look from :mod:`model.phantom.anatomy`.
- Shape, margins, internal characteristics, posterior acoustics and diagnosis need geometric knowledge: the
  ``_PHYSICS`` table holds *physical parameters* and names the concept each applies to; the name is resolved
  through the taxonomy's look-up (label or any synonym), never used as a label itself. A value the table does not
  resolve to (a new value added to the ontology) gets parameters derived from a hash of its label, so it is still
  rendered distinctly and consistently.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from udt.taxonomy import Concept, Taxonomy


def stable_hash(*parts: str) -> int:
    """A process-independent 64-bit hash (``hash()`` is salted per process)."""
    return int.from_bytes(hashlib.blake2b("\x00".join(parts).encode(), digest_size=8).digest(), "little")


def _unit(*parts: str) -> float:
    return (stable_hash(*parts) % 1_000_003) / 1_000_003


# Physical parameters; the key is any term the taxonomy resolves to the concept in that dimension.
#   shape:    aspect (depth/width), lobes (count), lobe_amp, rough (random contour), length (width stretch), bend
#   margin:   edge (soft-edge width in px at 128 px), jitter (contour noise of the edge)
#   internal: kind (which internal structure generator to use)
#   posterior: atten (attenuation factor of the lesion relative to tissue; <1 enhances, >1 shadows)
#   diagnosis: lesion (draw one?), size (fraction of image width), fluid (prior towards the lowest echo rank)
_PHYSICS: dict[str, dict[str, dict[str, Any]]] = {
    "Shape": {
        "round": {"aspect": 1.0, "lobes": 0, "lobe_amp": 0.0, "rough": 0.02, "length": 1.0, "bend": 0.0},
        "oval": {"aspect": 0.6, "lobes": 0, "lobe_amp": 0.0, "rough": 0.02, "length": 1.15, "bend": 0.0},
        "lobulated": {"aspect": 0.75, "lobes": 5, "lobe_amp": 0.12, "rough": 0.02, "length": 1.1, "bend": 0.0},
        "tubular": {"aspect": 0.22, "lobes": 0, "lobe_amp": 0.0, "rough": 0.03, "length": 2.3, "bend": 0.35},
        "nodular": {"aspect": 0.9, "lobes": 2, "lobe_amp": 0.32, "rough": 0.04, "length": 1.0, "bend": 0.0},
        "flattened": {"aspect": 0.28, "lobes": 0, "lobe_amp": 0.0, "rough": 0.03, "length": 1.7, "bend": -0.5},
        "irregular": {"aspect": 0.8, "lobes": 7, "lobe_amp": 0.12, "rough": 0.28, "length": 1.1, "bend": 0.0},
    },
    "Margins": {
        "well-defined": {"edge": 0.6, "jitter": 0.0},
        "ill-defined": {"edge": 3.5, "jitter": 0.18},
    },
    "InternalCharacteristics": {
        "cystic components": {"kind": "cystic"},
        "calcifications": {"kind": "calcific"},
        "septations": {"kind": "septa"},
        "solid components": {"kind": "solid"},
        "mixed cystic and solid mass": {"kind": "mixed"},
        "complex cystic solid": {"kind": "complex"},
    },
    "PosteriorAcoustics": {
        "enhancement": {"atten": 0.05},
        "shadowing": {"atten": 4.0},
    },
    "Diagnosis": {
        "nodule": {"lesion": True, "size": (0.12, 0.2), "fluid": 0.1},
        "cyst": {"lesion": True, "size": (0.14, 0.24), "fluid": 0.75},
        "mass": {"lesion": True, "size": (0.16, 0.28), "fluid": 0.0},
        "fluid collection": {"lesion": True, "size": (0.24, 0.38), "fluid": 0.6},
        "normal appearance": {"lesion": False, "size": (0.0, 0.0), "fluid": 0.0},
    },
}

_KINDS = ("cystic", "calcific", "septa", "solid", "mixed", "complex")


def _hashed(field_name: str, label: str) -> dict[str, Any]:
    u = [_unit(field_name, label, str(i)) for i in range(4)]
    if field_name == "Shape":
        return {
            "aspect": 0.3 + 0.7 * u[0],
            "lobes": int(u[1] * 6),
            "lobe_amp": 0.2 * u[2],
            "rough": 0.2 * u[3],
            "length": 1.0 + u[0],
            "bend": 0.0,
        }
    if field_name == "Margins":
        return {"edge": 0.5 + 3.0 * u[0], "jitter": 0.2 * u[1]}
    if field_name == "InternalCharacteristics":
        return {"kind": _KINDS[int(u[0] * len(_KINDS))]}
    if field_name == "PosteriorAcoustics":
        return {"atten": 0.05 if u[0] < 0.5 else 6.0}
    if field_name == "Diagnosis":
        return {"lesion": True, "size": (0.12 + 0.1 * u[0], 0.22 + 0.1 * u[0]), "fluid": u[1] * 0.5}
    return {}


@dataclass(frozen=True)
class Appearance:
    """Parameters of every released value, keyed by field then US-365K string."""

    params: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    echo_db: dict[str, float | None] = field(default_factory=dict)  # None = mixed (unranked)
    flow: dict[str, float | None] = field(default_factory=dict)  # None = inhomogeneous (unranked)
    lowest_echo: str | None = None

    def of(self, field_name: str, value: str) -> dict[str, Any]:
        return self.params.get(field_name, {}).get(value, {})


def _ranked(values: tuple[Concept, ...], low: float, high: float, floor: float) -> dict[str, float | None]:
    ranked = sorted({c.rank for c in values if c.rank is not None})
    out: dict[str, float | None] = {}
    for c in values:
        label = c.us365k_label or c.label
        if c.rank is None:
            out[label] = None
        elif c.rank == ranked[0]:
            out[label] = floor
        else:
            rest = ranked[1:]
            pos = rest.index(c.rank) / max(1, len(rest) - 1)
            out[label] = low + (high - low) * pos
    return out


@lru_cache(maxsize=4)
def appearance_for(tax: Taxonomy) -> Appearance:
    """The appearance of every released value of ``tax`` (cached per taxonomy object)."""
    params: dict[str, dict[str, dict[str, Any]]] = {}
    for field_name, table in _PHYSICS.items():
        resolved: dict[str, dict[str, Any]] = {}
        for term, values in table.items():
            concept = tax.normalize(field_name, term, rollup=True)
            if concept is not None and concept.us365k_label:
                resolved.setdefault(concept.us365k_label, values)
        params[field_name] = {
            c.us365k_label: resolved.get(c.us365k_label) or _hashed(field_name, c.label)
            for c in tax.values(field_name)
            if c.us365k_label
        }
    echo_values = tax.values("Echogenicity")
    # Echo power relative to the organ's parenchyma, in dB: the lowest rank is echo-free, the others spread
    # evenly from -12 to +12 dB, so the middle rank (isoechoic in the shipped ontology) sits at 0 dB.
    echo_db = _ranked(echo_values, -12.0, 12.0, -45.0)
    flow = _ranked(tax.values("Vascularity"), 0.2, 1.0, 0.0)
    lowest = min((c for c in echo_values if c.rank is not None), key=lambda c: c.rank, default=None)
    return Appearance(params=params, echo_db=echo_db, flow=flow, lowest_echo=lowest.us365k_label if lowest else None)
