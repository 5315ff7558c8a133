"""A fluid lesion the findings described without a lesion word, which only the summary names.

Writers may describe a cyst or a collection by its look alone ("A 1.8 x 1.5 cm anechoic structure with posterior
acoustic enhancement is seen in the right lobe", "Pericardial: 4 mm anterior echo-free space", "Right ovary seat of
an anechoic kyst of 28 mm") and name it only in the impression ("Hepatic cyst, right lobe", "small pericardial
effusion", "Functional right ovarian cyst"). With no lesion word the description is filed as its organ's structure,
carrying the size, and the summary's lesion, finding no earlier lesion to restate (restated.py), stays a second,
unsized finding of the same organ.

Such a description is told from an organ's own measurement ("Liver 16 cm, homogeneous", "Right kidney 10.4 cm") by
what it says about itself: posterior acoustics, or an anechoic content. An organ has a shape and an outline of its
own, and may be hypoechoic or hyperechoic as a whole (thyroiditis, steatosis), so those make no lesion. Only a
summary naming a cyst or a fluid collection takes it: a hollow organ full of fluid is described so too (a
gallbladder, anechoic with posterior enhancement), and a summary's stone or polyp is no description of it. The
description must be the one described structure of its organ, on the summary's side (both unstated, or the same): a
table of unnamed rows ("| 2 | Rt lower pole | 6 x 5 x 5 | cystic, anechoic |") lists lesions a summary cites by
their number ("Nodule 2"), not the one its name restates. The summary lesion, present and unsized, then names that
description, which becomes the lesion.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.parser.findings import _Draft

# Attributes only a lesion is described with (an organ has a shape and an outline too: "Right kidney 10.8 cm, oval
# shape, smooth outline" measures the kidney, so shape and margins are no sign).
_LESION_ATTRIBUTES = ("PosteriorAcoustics",)
_LESION_ECHOES = frozenset({"anechoic"})
_FLUID_DIAGNOSES = frozenset({"cyst", "fluid collection"})


def _described(f: _Draft) -> bool:
    """The structure draft ``f`` is measured, of no diagnosis, and described by some attribute."""
    return f.kind == "structure" and f.diagnosis is None and f.concept is None and bool(f.size_mm) and \
        bool(f.attributes)


def describes_lesion(f: _Draft) -> bool:
    """Whether the structure draft ``f`` is a lesion described without a lesion word: measured, of no diagnosis,
    and described as only a lesion is (see module docstring)."""
    if not _described(f):
        return False
    attributes = f.attributes
    if any(key in attributes for key in _LESION_ATTRIBUTES):
        return True
    return not _LESION_ECHOES.isdisjoint(attributes.get("Echogenicity", ()))


class DescribedStructures:
    """The earlier described structures filed by organ, in index order (see module docstring)."""

    def __init__(self) -> None:
        self.by_organ: dict[str, list[int]] = {}

    def file(self, i: int, f: _Draft) -> None:
        if f.organ is not None and _described(f):
            self.by_organ.setdefault(f.organ, []).append(i)

    def take(self, findings: list[_Draft], s: _Draft) -> int | None:
        """The one described structure of the summary lesion ``s``'s organ, where it describes a fluid lesion on the
        summary's side and ``s`` names one (see module docstring); no longer filed once taken. None where there is
        none, or several."""
        filed = self.by_organ.get(s.organ or "")
        if not filed or len(filed) > 1:
            return None
        e = findings[filed[0]]
        if not describes_lesion(e) or e.laterality != s.laterality or s.diagnosis not in _FLUID_DIAGNOSES:
            return None
        return filed.pop()


def name_described(e: _Draft, s: _Draft) -> None:
    """Make the description ``e`` the lesion the summary lesion ``s`` names: a lesion of its diagnosis and concept,
    with the summary's mentions as its evidence."""
    e.kind = "lesion"
    e.diagnosis, e.concept = s.diagnosis, s.concept
    e.absorb(s.mentions)
