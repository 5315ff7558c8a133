"""The subcutis of a body wall is that wall's: "Wound: subcutaneous collection above the rectus sheath, 5.6 cm".

A tissue layer ("subcutaneous", "subcutis", "fat") files a lesion under the soft tissues, the guideline's organ for a
limb's or the trunk's subcutis in general. But a region that is itself an organ value wins (guideline: chest wall
-> Thoracic wall), and a layer whose own sentence places it by a part of the abdominal or chest wall (the rectus
sheath, the linea alba, the umbilicus, a rib) is that wall's layer, so the lesion in it, and the lesions its site
is carried to ("Second smaller collection right paramedian 1.8 cm"), lie in the wall; so is a layer in a study of the
wall (its title names it) whose own sentence names no other site, and a layer placed at a scar or wound and at no
other site ("Subcutaneous seroma along the scar") in a report that names one body wall only ("Rectus sheath
haematoma ..."): the scar is the one the wall was operated through (guideline: a collection deep to a laparotomy or
caesarean scar, a subcutaneous wound collection -> Abdominal wall). Which organs are walls is read from the ontology
by the caller (the organ of the inguinal canal, the thoracic wall). The groin, a region that is an organ value of its
own, holds a layer the same way, but only one whose sentence names no other site, and not by a study's title nor
its scar ("R groin: 26 mm subcutaneous epidermoid cyst" -> Hip groin and buttock).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Sequence
from collections.abc import Set as AbstractSet
from itertools import compress
from operator import attrgetter
from typing import TYPE_CHECKING, TypeVar

_IRI = attrgetter("iri")  # a mention's concept IRI, in C
_Wall = TypeVar("_Wall")  # a wall as a caller holds it: its organ label (wall_tissues.py) or its item (here)

if TYPE_CHECKING:
    from udt.parser.findings import Item
    from udt.parser.record import MentionRecord


def one_wall(organs: Collection[str | None], regions: AbstractSet[str]) -> bool:
    """Whether the walls a report names (their ``organs``) are one wall, the one a scar or wound was cut through:
    not two walls (a sternotomy wound beside a rectus sheath haematoma names none of its own to choose by), nor a
    region (``regions``: a groin's scar places no layer)."""
    return len(set(organs)) == 1 and next(iter(organs)) not in regions


def layer_wall(own: _Wall | None, own_is_region: bool, placed: bool, title: _Wall | None,
               scarred: _Wall | None) -> _Wall | None:
    """The wall a tissue layer lies in, by its sentence, as both readings decide it (the findings here, the labels in
    wall_tissues.py): the wall the sentence names (``own``), unless that wall is a region (``own_is_region``: the
    groin) and the sentence names another site too (``placed``: a run-on table's other rows); else, for a sentence
    that names no other site, the wall the study's ``title`` names, or the report's one wall where the layer is
    placed at a scar (``scarred``, where :func:`one_wall`; else None). None: the layer is the soft tissues'."""
    if own is not None and not (own_is_region and placed):
        return own
    if placed:
        return None
    return title or scarred


def file_layers_in_walls(
    items: Sequence[Item],
    evidence: Sequence[MentionRecord],
    tissue_layers: AbstractSet[str],
    walls: AbstractSet[str],
    lower: Sequence[int] = (),
    sent_starts: Sequence[int] = (),
    scar_words: AbstractSet[int] = frozenset(),
    regions: AbstractSet[str] = frozenset(),
) -> None:
    """Give each tissue-layer anatomy item (or one left as no site; its mention's concept in ``tissue_layers``)
    the organ of the body wall (one of ``walls``) that another anatomy or landmark item of its sentence names, in
    place (``lower``, ``sent_starts``: the report's lower-cased word ids and its sentences' first tokens, where a
    word of ``scar_words`` places a layer at an operation's scar). A wall of ``regions`` (the groin: a region that
    is an organ value, not a wall) places only the layers of a sentence that names no other site ("R groin: 26 mm
    subcutaneous epidermoid cyst", not a table row run on into the next: "| L upper back | subcutaneous | ...
    | R groin |")."""
    if tissue_layers.isdisjoint(map(_IRI, evidence)):
        return  # (most reports name no tissue layer: one C-level test instead of a loop over the items)
    wall_of: dict[int, Item] = {}  # sentence -> the first wall item named in it
    placed: set[int] = set()  # the sentences naming a site other than a tissue layer
    elsewhere: set[int] = set()  # ... and other than a wall
    for it in items:
        if it.kind in ("anatomy", "landmark", "ignored") and it.organ in walls and it.sent not in wall_of:
            wall_of[it.sent] = it
        if it.kind in ("anatomy", "ignored") and not (
            0 <= it.index < len(evidence) and evidence[it.index].iri in tissue_layers
        ):
            placed.add(it.sent)
            if it.organ not in walls:
                elsewhere.add(it.sent)
    if not wall_of:
        return
    # A study of the wall ("US of the anterior abdominal wall (lump at the caesarean scar)"): its title names the
    # wall, and a layer whose own sentence names no other site is the wall's ("a collection in the subcutaneous fat
    # above the scar").
    title = wall_of.get(items[0].sent) if items and items[0].sent == 0 else None
    if title is not None and title.organ in regions:
        title = None  # (a groin study's title places no layer: its lumps may lie in the thigh or the wall beside)
    # A scar's sentence in a report naming one wall only: that wall's scar.
    only_wall = next(iter(wall_of.values()))
    scarred: set[int] = set()
    if scar_words and one_wall([it.organ for it in wall_of.values()], regions):  # (most reports name no scar)
        scars = compress(range(len(lower)), map(scar_words.__contains__, lower))
        scarred = {bisect_right(sent_starts, i) - 1 for i in scars}
    for it in items:
        own = wall_of.get(it.sent)
        wall = layer_wall(own, own is not None and own.organ in regions, it.sent in elsewhere, title,
                          only_wall if it.sent in scarred else None)
        if (
            wall is None
            or it.kind not in ("anatomy", "ignored")
            or it.organ in walls
            or not 0 <= it.index < len(evidence)
        ):
            continue
        if evidence[it.index].iri in tissue_layers:
            # (a layer that another organ outranked, "ignored" as no site, is the wall's site all the same)
            it.kind, it.organ, it.system = "anatomy", wall.organ, wall.system
