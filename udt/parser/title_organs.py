"""The organ a study's title carries into the report: "Clinica de Tireoide - US thyroid and parathyroids" lists the
principal organ first, and the rows that follow without an organ of their own ("| 1 | RL upper | 23 x 15 x 19 |")
are the thyroid's, not the parathyroids' (a lobe names no parathyroid). Elsewhere the last organ a sentence names
carries on (findings.FindingBuilder._move_site: "US THYROID AND NECK" keeps the thyroid, the neck being no organ);
in the title line (study_titles.title_end) the first organ named does. Constant work: only the title's items.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.parser.findings import Item


def title_site_among(anatomy: list[Item]) -> list[Item]:
    """The title's ``anatomy`` items the site is chosen among: the first organ's where it lists several organs."""
    first = next((a for a in anatomy if a.organ is not None), None)
    if first is None or all(a.organ in (None, first.organ) for a in anatomy):
        return anatomy
    return [first]
