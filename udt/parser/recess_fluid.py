"""Fluid in a body space's recess lies in that space, whatever organ was described before.

"Right ovary: 4 cm cyst. ... Minimal fluid in POD", "Left ovary: 3 cm cyst. Collection in the rectouterine pouch,
4 x 3 cm": the pouch of Douglas is a landmark (``udt:isLandmark``: the corpus guideline gives pelvic fluid no
Peritoneum label), so its phrase only locates the fluid, and the fluid would stay in the ovary carried from the
sentence before. The findings guideline files fluid and collections in a peritoneal recess under the peritoneum, so
a fluid lesion (its diagnosis rolls up to the fluid value) that its own words do not place and whose sentence
locates it at a landmark of the body space's organ (the recesses are that space's descendants in the ontology) lies
in the space (``udt:unplacedSite`` of free fluid, for a child its paediatric counterpart). Only the finding's organ
moves; the labels are untouched. A collection placed beside the bowel ("medial to the terminal ileum", "adjacent to
the caecum") lies outside it, in the same space. Free fluid itself is placed by :mod:`udt.parser.loose_fluid`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.parser.findings import Item


def recess_fluid_site(
    lesion: Item,
    site: Item | None,
    inherited: Item | None,
    spaces: Mapping[str, Item],
    fluid_value: str | None,
    items: Iterable[Item],
    region_line: bool = False,
    viscera: frozenset[str] = frozenset(),
) -> Item | None:
    """The site of a fluid ``lesion`` (diagnosis ``fluid_value``) with no site of its own or only the one carried
    over (``inherited``): the body space (one of ``spaces``' items) whose organ a landmark of its sentence
    (``items``) names; the space too when it would be filed in a hollow viscus (``viscera``: the bowel, which the
    space surrounds) carried over or beside which a landmark places it, or when its line is headed by a region of
    the abdomen and names no organ (``region_line``: region_headings.py); else ``site``."""
    if fluid_value is None or lesion.value != fluid_value or lesion.own_site or not spaces:
        return site
    if lesion.organ is not None:
        return site  # a fluid whose name implies its organ keeps it: "LUQ: perisplenic fluid" is the spleen's
    if region_line and (site is None or site.organ is None):  # (the region itself may be matched: a body system)
        return next(iter(spaces.values()))
    beside_viscus = site is not None and site.organ in viscera
    if beside_viscus and site is inherited:
        # "Caecum 3 mm. A 26 mm collection with a thick wall ...": the bowel holds no collection; it lies beside it
        return next(iter(spaces.values()))
    # A site of the lesion's own sentence ("Left ovary: a cyst with fluid in the pouch of Douglas") yields only to
    # the recess named after the fluid; a carried or missing one to a viscus named beside it too.
    carried = site is None or site is inherited or beside_viscus
    for space in spaces.values():
        if space.organ is None or (site is not None and site.organ == space.organ):
            continue
        for it in items:
            if it.kind != "landmark" or (it.start < lesion.start and not it.heading):
                continue  # (a recess heading the line places what follows: "Pouch of Douglas: collection 2 cm")
            if it.organ == space.organ or (
                carried and it.organ in viscera and (site is None or site.organ == it.organ)
            ):
                # ("a 26 mm abscess medial to the terminal ileum": beside the bowel, so outside it)
                return space
    return site
