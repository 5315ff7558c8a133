"""A lesion heading a proforma block ("Lesion 2" or "Finding B" alone on its line, then "Site: right forearm,
volar / Layer: subcutaneous / Size: 13 x 8 x 6 mm / Shape: oval ...") is the lesion the whole block describes: the
block's first line that names anatomy is where it lies (its organ, part and side, not the site the previous block
left in force), and the block's lines that name no lesion and no further anatomy give it their sizes and features.

Lumps-and-bumps and superficial-structures clinics report each lump so. Without this the heading read as a lesion
sentence of its own, with the previous block's site or none; its "Site" line then moved the site to an organ the
lesion was not on, and the "Size" line's size became a structure's of that organ (or of the previous lump's site).

A block head is a lesion item whose word opens its line and is followed by an item label only (a capital, a number
of one or two digits or a small roman numeral, then an optional colon and the line's end): "Lesion 1" or "Finding
B:", not "Lesion 1 - scalp, vertex: 7 mm" (a line that places and measures its lesion itself). The block ends at the
next sentence naming a lesion, and at a new section ("Impression:"). A later line naming anatomy again ("Median
nerve: CSA 9 mm2") is read as usual, about that anatomy. Nothing runs for a report with no such heading.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from udt.parser.lazy_patterns import lazy_compile
from udt.parser.text_lines import line_start

if TYPE_CHECKING:
    from udt.parser.findings import FindingBuilder, Item, _Draft

# An item label alone after the heading word, to the line's end ("Lesion 2", "Finding B:", "Lump iii").
_CITED_LABEL = lazy_compile(r"[ \t]+(?:[A-Z]|[1-9]\d?|[ivx]{1,4})\b")
_LABEL_ONLY = lazy_compile(r"[ \t]+(?:[A-Z]|[1-9]\d?|[ivx]{1,4})[ \t]*:?[ \t]*(?:$|\r?\n)", re.MULTILINE)


class BlockLimbs(NamedTuple):
    """Where a report names a limb segment ("forearm", "thigh": no anatomy mention), and the organ and body system
    of the soft tissues such a word places a lump in."""

    tokens: frozenset[int]
    organ: str | None
    system: str | None


def block_limb_words(lower: list[int], limb_words: frozenset[int], organ: str | None, system: str | None) -> BlockLimbs:
    """The report's limb words (``lower``: its word ids) with the soft tissues' organ and system."""
    return BlockLimbs(frozenset(j for j, w in enumerate(lower) if w in limb_words), organ, system)


def block_heads(items: list[Item], text: str, idx: list[int]) -> tuple[frozenset[int], frozenset[int]]:
    """The start tokens of the lesion items that head a block (see the module docstring), and of those that cite
    a labelled lesion inside a line ("Size: 7 x 6 mm; otherwise as lesion 1"): no lesion of their own (empty
    where no block head was found)."""
    heads, cited = set(), set()
    for it in items:
        if it.kind != "lesion" or it.end - it.start != 1:
            continue
        at = idx[it.start]
        end = at
        while end < len(text) and text[end].isalpha():
            end += 1
        if _CITED_LABEL.match(text, end) is None:
            continue
        if not text[line_start(text, at) : at].strip():
            if _LABEL_ONLY.match(text, end) is not None:
                heads.add(it.start)
        else:
            cited.add(it.start)
    return frozenset(heads), frozenset(cited) if heads else frozenset()


def fill_block(builder: FindingBuilder, items: list[Item], anatomy: list[Item], span: tuple[int, int]) -> bool:
    """Read a sentence naming no lesion inside the block of the lesion last made (``builder.block``): its first
    anatomy sentence places the lesion, a sentence without anatomy describes it. Whether the sentence was so read
    (else the caller reads it as usual)."""
    fi = builder.block
    if fi is None:
        return False
    f = builder.findings[fi]
    if anatomy:
        if builder.block_sited:
            return False  # ("Median nerve: CSA 9 mm2" after the lump's own lines: that nerve's)
        site = next((a for a in anatomy if a.organ is not None), None)
        if site is None:
            return False
        if not _place(builder, f, site.organ, site.system, site.structure, site.laterality, span):
            return False
        if site.index >= 0 and site.index not in f.mentions:
            f.mentions.append(site.index)
        builder.site = site
    elif not builder.block_sited and (limbs := builder.block_limbs) is not None \
            and not limbs.tokens.isdisjoint(range(*span)):
        # "Site: right forearm, volar": a limb segment, no anatomy mention; the lump is in its soft tissues
        _place(builder, f, limbs.organ, limbs.system, None, None, span)
    elif not builder.block_sited and (region := next((it for it in items if it.kind == "ignored" and it.organ), None)):
        # "Site: scalp, vertex": a soft-tissue region, read as no site of its own (the lesion in it is placed by
        # its layer) but the only place the block's lump is given; the region's organ holds it, as a limb's does
        _place(builder, f, region.organ, region.system, region.structure, region.laterality, span)
    for it in items:  # (its further anatomy words place it no further: "scalp, right frontal", "at the A2 pulley")
        if it.kind in ("size", "attribute", "landmark") and not builder._is_distance(it):
            builder._attach(fi, it)
    return True


def _place(builder: FindingBuilder, f: _Draft, organ: str | None, system: str | None, structure: str | None,
           side: str | None, span: tuple[int, int]) -> bool:
    """Place the block's lesion where its "Site" line says, not where the previous block left the site; whether
    it was (not without an organ)."""
    if organ is None:
        return False
    builder.block_sited = True
    f.organ, f.body_system, f.structure = organ, system, structure
    f.laterality = side or builder._side_in(*span)
    return True
