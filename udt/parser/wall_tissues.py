"""A lesion in the subcutis or muscle of a body wall labels the wall, not the soft tissues: "Chest wall, 3rd ICS:
subcutaneous abscess 2.7 cm", "Wound: subcutaneous collection above the rectus sheath", "US ANTERIOR ABDOMINAL WALL
... a lipoma within the subcutaneous fat".

A tissue layer ("subcutaneous fat", "subcut", "intramuscular") or a diagnosis that names one ("subcutaneous lipoma",
"intramuscular haematoma") labels the soft tissues, the guideline's organ for the subcutis and muscle of a limb or
of the trunk in general. But a region that is itself an organ value wins (guideline: chest wall -> Thoracic wall), and
the walls of the chest and abdomen are such regions: a layer whose own sentence names a part of the wall (the chest
wall, the rectus sheath, the umbilicus, a rib), or a layer in a study of the wall (its title names the wall) whose
sentence names no other site nor a part of the trunk beside the wall ("L flank: subcutaneous lipoma"), is the wall's
layer; so is a layer whose line places it at a scar or wound and names no other site, in a report that names one
wall only ("Rectus sheath haematoma. Subcutaneous seroma along the scar": the wall operated through).
wall_layers.py files the findings so; this rule settles the labels the same way (its rules of a sentence's wall, the
groin's and the scar's, shared from there), once the whole report is read. Only
where every soft-tissue mention of the report is such a layer: a soft-tissue region named for itself ("lump on the
upper back", "Soft tissues:", a limb segment) keeps the label, as does a layer the report leaves unplaced. The groin
counts as such a region only for a layer whose sentence names no other site (not by a study's title nor its scar).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from udt.parser import termset as ts
from udt.parser.organ_labels import drop_organ_label, label_organs
from udt.parser.text_lines import line_bounds
from udt.parser.wall_layers import layer_wall, one_wall

if TYPE_CHECKING:
    from udt.parser.record import MentionRecord

_SCARS = frozenset(ts.SCAR_WORDS)  # an operation's scar or wound, which places a layer in the wall operated through
_TITLE_CHARS = 120  # the longest first line read as the study's title ("US of the anterior abdominal wall (...)")


def settle_wall_tissues(
    evidence: Sequence[MentionRecord],
    sent_starts: list[int],
    text: str,
    labels: dict[str, set[str]],
    fields: tuple[str, str],
    tissue: str,
    layers: AbstractSet[str],
    walls: AbstractSet[str],
    system_of: dict[str, str | None],
    regions: AbstractSet[str] = frozenset(),
) -> None:
    """Move the soft-tissue organ label (``tissue``) to the body wall (one of ``walls``) its layers lie in, in place
    (``fields``: the body-system and organ fields; ``layers``: the tissue-layer concept IRIs; ``regions``: the
    walls that are regions, the groin, which place only the layers of a sentence naming no other site)."""
    system_field, organ_field = fields
    title_end = text.find("\n")
    if title_end < 0 or title_end > _TITLE_CHARS:
        title_end = 0
    tissue_sents: set[int] = set()  # the sentences of the soft-tissue layers (or of lesions named in one)
    layers_of: dict[int, set[str]] = {}  # sentence -> the layers it names
    trunk_sents: set[int] = set()  # those whose layer's line names a part of the trunk beside the walls ("flank")
    scar_sents: set[int] = set()  # those whose layer's line names an operation's scar or wound
    wall_of: dict[int, str] = {}  # sentence -> the first wall it names
    placed: set[int] = set()  # the sentences naming a site other than a layer or a wall
    title_wall: str | None = None
    for rec in evidence:
        site = rec.site
        if site is None or rec.historical or rec.hypothetical:
            continue
        sent = bisect_right(sent_starts, rec.start) - 1
        if site == tissue:
            if rec.field == organ_field and rec.iri not in layers:
                return  # "upper back", "Soft tissues:", "thigh": the soft tissues named for themselves
            tissue_sents.add(sent)
            layers_of.setdefault(sent, set()).add(rec.iri)
            lo, hi = line_bounds(text, rec.start_char)
            line_words = text[lo:hi].casefold().replace(":", " ").split()
            if not ts.TRUNK_TISSUE_WORDS.isdisjoint(line_words):
                trunk_sents.add(sent)
            if not _SCARS.isdisjoint(w.strip(",.;()") for w in line_words):
                scar_sents.add(sent)
        elif site in walls:
            wall_of.setdefault(sent, site)
            if title_wall is None and rec.start_char < title_end and site not in regions:
                title_wall = site
        else:
            placed.add(sent)
    if not tissue_sents or (not wall_of):
        return
    held: set[str] = set()
    walled: set[str] = set()  # the layers a sentence placed in a wall
    bare: list[int] = []  # the sentences whose layers nothing places
    only_wall = next(iter(wall_of.values())) if one_wall(wall_of.values(), regions) else None
    for sent in sorted(tissue_sents):
        # (nor the title's wall nor a scar's for a layer whose line names a part of the trunk beside the wall: "L
        # flank: subcutaneous lipoma" in an abdominal-wall study is the flank's soft tissues)
        beside = sent in trunk_sents
        own = wall_of.get(sent)
        wall = layer_wall(own, own in regions, sent in placed, None if beside else title_wall,
                          only_wall if sent in scar_sents and not beside else None)
        if wall is None:
            if sent in placed or sent in wall_of or sent in scar_sents or beside:
                return  # a layer placed elsewhere ("a seroma in the subcutis of the thigh"): the soft tissues
            bare.append(sent)
            continue
        held.add(wall)
        walled |= layers_of.get(sent, set())
    if any(not layers_of.get(sent, set()) <= walled for sent in bare):
        return  # a layer the report leaves unplaced: the soft tissues
    # (a layer named again with no site, as an impression restates it, "Subfascial collection 7 cm", lies where
    # its layer was placed)
    label_organs(held, labels, organ_field, system_field, system_of)
    drop_organ_label(labels, system_field, organ_field, tissue, system_of)
