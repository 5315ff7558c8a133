"""A limb's artery and vein named together as its "vessels" and reported on ("The femoral vessels are patent",
"Femoral vessels: permeable, no thrombus"): both were examined, so both Peripheral arteries and Peripheral veins are
labelled (bf26, bf28 writers' decisions: a named vessel is labelled where it is itself reported on).

The ontology names no "femoral vessels", so the matcher reads nothing there. The pair is labelled only where a state
word follows the name as its predicate: the same words placing a lesion ("anterior to the femoral vessels"), keyed on
an image ("Femoral vessels medial (V, A)") or said to be unassessed ("Femoral vessels not assessed") name no vessel
examined (guideline: a vessel that only places a lesion is a landmark).
"""

from __future__ import annotations

import re

from udt.parser.lazy_patterns import lazy_compile

# The limb vessels that run as an artery beside its vein (not the iliac or renal ones: abdominal, another organ).
_LIMB_VESSELS = r"(?:femoral|popliteal|brachial|axillary|subclavian|tibial|peroneal|radial|ulnar)"
# The pair as the subject of its own clause or template line, then what it is found to be.
_REPORTED_PAIR = lazy_compile(
    r"\b" + _LIMB_VESSELS + r"\s+vessels\s*(?::\s*|(?:is|are|were|remain|appear|look)\s+)"
    r"(?:(?:fully|both|normally|widely)\s+)?(?:patent|permeable|compressible|normal|unremarkable)\b",
    re.IGNORECASE,
)


def reported_vessel_pairs(text: str) -> list[int]:
    """The character offsets where ``text`` reports on a limb's paired vessels named together (see the module)."""
    return [m.start() for m in _REPORTED_PAIR.finditer(text)]
