"""Group mentions into findings: one per lesion or described structure, with its own attributes.

Attachment rules, per sentence: an attribute or size right before a lesion word pre-modifies it
("hypoechoic nodule"); otherwise it belongs to the lesion before it ("nodule with calcifications"), else to
the next one. A sentence without a lesion continues the last lesion ("It is hypoechoic") unless it names
another structure ("The liver is hyperechoic"), which then gets its own finding. Anatomy followed by a colon
is a heading that applies to what follows.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from udt.parser.schema import Finding, construct
from udt.parser.termset import BILATERAL, LEFT, RIGHT

_SIZE = re.compile(
    r"(?<![\w.])(\d+(?:[.,]\d+)?)(?:\s*(?:mm|cm)?\s*(?:x|×|\*|by)\s*(\d+(?:[.,]\d+)?))?"
    r"(?:\s*(?:mm|cm)?\s*(?:x|×|\*|by)\s*(\d+(?:[.,]\d+)?))?\s*(mm|cm|millimet(?:er|re)s?|centimet(?:er|re)s?)\b",
    re.IGNORECASE,
)
_LOCATION = re.compile(
    r"\b(?:\d{1,2}(?:[:.]\d{2})?\s*o'?\s*clock(?:\s+position)?|segments?\s+(?:[ivx]+|\d+)(?:\s*(?:/|and|-)\s*(?:[ivx]+|\d+))?"
    r"|(?:upper|lower|mid|inter)[- ]?pol(?:e|ar)|(?:upper|lower)[- ](?:outer|inner)[- ]quadrant"
    r"|(?:retro|sub|peri)areolar|isthmus|subcapsular|(?:upper|lower|mid|middle)\s+(?:third|zone|lobe|segment))\b",
    re.IGNORECASE,
)
_ANAPHORA = {"the", "this", "that", "these", "those", "said", "same"}
_LEFT, _RIGHT, _BILATERAL = set(LEFT), set(RIGHT), set(BILATERAL)


@dataclass
class Item:
    """A mention or size inside the findings pass (token offsets)."""

    kind: str  # "lesion", "normal", "anatomy", "attribute", "size", "landmark" or "ignored" (anatomy not a site)
    start: int
    end: int
    sent: int
    index: int = -1  # mention index (-1 for sizes)
    field: str = ""
    value: str | None = None
    concept: str | None = None
    organ: str | None = None
    system: str | None = None
    structure: str | None = None
    laterality: str | None = None
    heading: bool = False
    anaphoric: bool = False
    status: str = "present"
    sizes: list[float] = dataclasses.field(default_factory=list)


@dataclass
class _Draft:
    """A finding while it is being built (plain attributes: cheaper to update than a pydantic model)."""

    kind: str
    diagnosis: str | None = None
    concept: str | None = None
    organ: str | None = None
    body_system: str | None = None
    structure: str | None = None
    laterality: str | None = None
    location: str | None = None
    size_mm: list[float] = dataclasses.field(default_factory=list)
    status: str = "present"
    attributes: dict[str, list[str]] = dataclasses.field(default_factory=dict)
    mentions: list[int] = dataclasses.field(default_factory=list)
    tirads: None = None  # filled on the schema record by udt.parser.tirads, after the findings are built


def parse_sizes(text: str) -> list[tuple[int, int, list[float]]]:
    """Sizes in a text: ``(start, end, [mm, ...])`` for "1.2 x 0.8 cm", "12×8 mm", "2cm"."""
    out = []
    for m in _SIZE.finditer(text):
        unit = m.group(4).casefold()
        factor = 10.0 if unit.startswith("c") else 1.0
        values = [float(g.replace(",", ".")) * factor for g in m.groups()[:3] if g]
        out.append((m.start(), m.end(), [round(v, 2) for v in values]))
    return out


def laterality_of(words: list[str]) -> str | None:
    """The side named by the words just before (or inside) an anatomy mention."""
    for w in reversed(words):
        if w in _BILATERAL:
            return "bilateral"
        if w in _LEFT:
            return "left"
        if w in _RIGHT:
            return "right"
    return None


def location_in(text: str) -> str | None:
    m = _LOCATION.search(text)
    return " ".join(m.group(0).split()).casefold() if m else None


class FindingBuilder:
    """Collects findings sentence by sentence (see module docstring)."""

    def __init__(self, fields: tuple[str, ...]) -> None:
        self.diagnosis_field, self.system_field, self.organ_field = fields[0], fields[1], fields[2]
        self.findings: list[_Draft] = []
        self.site: Item | None = None
        self.last_lesion: int | None = None

    def _new(self, kind: str, anchor: Item | None, site: Item | None) -> int:
        f = _Draft(kind=kind)
        if anchor is not None and anchor.kind in ("lesion", "normal"):
            f.diagnosis = anchor.value
            f.concept = anchor.concept
            f.status = anchor.status
            if anchor.index >= 0:
                f.mentions.append(anchor.index)
        if site is not None:
            self._set_site(f, site)
        self.findings.append(f)
        return len(self.findings) - 1

    @staticmethod
    def _set_site(f: _Draft, site: Item) -> None:
        if f.organ is None or site.organ is not None:
            f.organ = site.organ or f.organ
            f.body_system = site.system or f.body_system
            f.structure = site.structure
            f.laterality = site.laterality or f.laterality
        if site.index >= 0 and site.index not in f.mentions:
            f.mentions.append(site.index)

    def _attach(self, fi: int, item: Item) -> None:
        f = self.findings[fi]
        if item.kind == "size":
            f.size_mm = f.size_mm or item.sizes
        elif item.kind == "anatomy":
            self._set_site(f, item)
        elif item.kind == "landmark" and f.location is None:
            f.location = item.concept
        elif item.kind == "attribute" and item.value:
            values = f.attributes.setdefault(item.field, [])
            if item.value not in values:
                values.append(item.value)
        if item.index >= 0 and item.index not in f.mentions:
            f.mentions.append(item.index)

    def results(self) -> list[Finding]:
        """The findings built so far, as schema records."""
        return [construct(Finding, dict(vars(f))) for f in self.findings]

    def sentence(self, items: list[Item], text: str, new_section: bool) -> None:
        """Process the items of one sentence (in token order)."""
        if new_section:
            self.last_lesion = None
        lesions = [it for it in items if it.kind == "lesion"]
        anatomy = [it for it in items if it.kind == "anatomy"]
        headings = [a for a in anatomy if a.heading]
        if headings:
            self.site = headings[-1]
        # The location regex is costly and rarely needed: only computed for a finding that takes it.
        if not lesions:
            self._no_lesion(items, anatomy, text)
            return
        lesion_fi: list[int] = []
        for lz in lesions:
            reuse = self.last_lesion if lz.anaphoric and self._same(self.last_lesion, lz) else None
            fi = reuse if reuse is not None else self._new("lesion", lz, self.site)
            lesion_fi.append(fi)
        for it in items:
            if it.kind in ("lesion", "normal") or it.heading:
                continue
            k = self._owner(it, lesions)
            self._attach(lesion_fi[k], it)
        for k, fi in enumerate(lesion_fi):
            f = self.findings[fi]
            if f.laterality is None:
                words = text.casefold().split()
                f.laterality = laterality_of(words[: max(1, len(words))]) if len(lesions) == 1 else None
            if f.location is None and len(lesions) == 1:
                f.location = location_in(text)
            del k
        self.last_lesion = lesion_fi[-1]
        if anatomy and not headings:
            self.site = anatomy[-1]

    def _same(self, fi: int | None, lz: Item) -> bool:
        return fi is not None and self.findings[fi].diagnosis == lz.value

    @staticmethod
    def _owner(it: Item, lesions: list[Item]) -> int:
        nxt = next((k for k, lz in enumerate(lesions) if lz.start >= it.end), None)
        prev = next((k for k in range(len(lesions) - 1, -1, -1) if lesions[k].end <= it.start), None)
        if nxt is not None and (prev is None or (it.kind != "anatomy" and lesions[nxt].start - it.end <= 3)):
            return nxt
        return prev if prev is not None else 0

    def _no_lesion(self, items: list[Item], anatomy: list[Item], text: str) -> None:
        normals = [it for it in items if it.kind == "normal"]
        attrs = [it for it in items if it.kind in ("attribute", "size")]
        if anatomy:
            self.site = anatomy[-1]
        site = self.site
        if normals:
            fi = self._new("structure", normals[0], site)
            for it in attrs:
                self._attach(fi, it)
            return
        if not attrs:
            return
        continues = self.last_lesion is not None and (
            not anatomy or all(a.organ == self.findings[self.last_lesion].organ for a in anatomy)
        )
        if continues and self.last_lesion is not None:
            for it in attrs:
                self._attach(self.last_lesion, it)
            if self.findings[self.last_lesion].location is None:
                self.findings[self.last_lesion].location = location_in(text)
            return
        fi = self._new("structure", None, site)
        for it in attrs:
            self._attach(fi, it)
