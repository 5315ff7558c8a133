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
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from itertools import compress
from operator import attrgetter
from typing import NamedTuple

from udt.parser.announced_groups import drop_described_groups
from udt.parser.aside_headings import colon_after_aside_roles
from udt.parser.axis_sizes import axis_dimensions
from udt.parser.bare_diagnosis import names_last_lesion
from udt.parser.bilateral_items import measured_item_side
from udt.parser.bilateral_parts import clause_side_before
from udt.parser.bracketed_names import names_measured_lesion
from udt.parser.cause_sizes import names_cause
from udt.parser.clause_locations import clause_location, own_clause
from udt.parser.clause_sites import clause_replaces_site
from udt.parser.clause_sizes import sizes_lesion_before as clause_size_before
from udt.parser.container_sizes import measures_container
from udt.parser.content_largest import largest_of_contents
from udt.parser.counted_names import names_counted_members
from udt.parser.dash_diagnoses import named_after_dash
from udt.parser.direction_sizes import sizes_lesion_before
from udt.parser.effect_organs import EffectWords, names_an_effect
from udt.parser.elliptic_sides import side_after_heading, side_clauses, side_opening_clause, side_opening_sentence
from udt.parser.feature_ands import joins_features
from udt.parser.fluid_depths import bounded_depths, deepest, placed_depths, pocket_depths
from udt.parser.fluid_restated import restates_fluid
from udt.parser.fronted_places import fronted_place_cut
from udt.parser.further_lesions import same_organ_side
from udt.parser.glossed_names import glosses_lesion
from udt.parser.glossed_sides import glossed_side_end
from udt.parser.graded_names import grade_names_next
from udt.parser.group_members import names_largest_member
from udt.parser.heading_scope import (
    HEADING_TOKENS,
    MIDLINE,
    headed_item_side,
    heading_scope,
    midline_place,
    row_sentence,
    table_row,
)
from udt.parser.inline_items import label_between
from udt.parser.labelled_side_headings import side_after_label
from udt.parser.largest_owners import largest_group_before
from udt.parser.lazy_patterns import lazy_compile
from udt.parser.lesion_blocks import BlockLimbs, fill_block
from udt.parser.loose_fluid import loose_fluid_site
from udt.parser.lowered_text import lowered
from udt.parser.midline_leads import midline_lead
from udt.parser.named_lists import name_listed_members
from udt.parser.node_heading_sides import side_before_node_size
from udt.parser.node_nodules import nodule_leaves_nodes
from udt.parser.opening_sides import share_opening_side
from udt.parser.organ_verdicts import normal_right_after, verdict_segments
from udt.parser.part_measures import measures_lobe, measures_sides
from udt.parser.part_members import part_member
from udt.parser.postposed_organs import postposed_organ_lesion
from udt.parser.pronoun_sites import further_of_before
from udt.parser.quantity_nouns import quantity_gap
from udt.parser.recess_fluid import recess_fluid_site
from udt.parser.region_headings import opens_with_region
from udt.parser.restated import fold_restated
from udt.parser.row_sizes import own_row_lesion
from udt.parser.schema import Finding, Tirads, constructor
from udt.parser.sentence_names import fold_sentence_names
from udt.parser.septum_sizes import measures_septated_lesion
from udt.parser.shape_named import named_by_shape
from udt.parser.side_headings import (
    bare_side_line,
    heading_before,
    heading_ends_side,
    heading_parent,
    leaves_parent,
    names_other_organ,
    organ_line,
)
from udt.parser.side_measures import measures_organ_side
from udt.parser.side_rows import SideRows, names_other_rows, sizes_per_side
from udt.parser.size_lists import continued_list, member_sizes, mm_value, named_after_list, premodifier_list
from udt.parser.substrings import holds_any
from udt.parser.system_headings import opens_with_system
from udt.parser.termset import BILATERAL, LEFT, RIGHT
from udt.parser.title_organs import title_site_among
from udt.parser.units import LENGTH_UNIT, LENGTH_UNIT_STARTS

_SIZE = lazy_compile(
    # Starts with a digit (so the regex engine can skip to digits); the lookbehind after it refuses a number
    # glued to a word or decimal point ("T2", ".5").
    rf"(?P<n1>\d(?<![\w.]\d)\d*(?:[.,]\d+)?)"
    rf"(?:\s*(?:(?P<u1>{LENGTH_UNIT})\.?)?\s*(?:x|×|\*|by|/)\s*(?P<n2>\d+(?:[.,]\d+)?))?"
    # A hyphen may join the number to its unit as an adjective ("a 9-mm nodule"); "5-8 mm" stays a range (the
    # hyphen is followed by a number, not a unit, so only "8 mm" matches).
    # Any spelling of the unit may stand after each axis too ("1.2 cms x 0.8 cms", "1.2 centimetres x 0.8
    # centimetres", "8 x 13 m.m."): one size; an axis with a unit of its own is read in it ("1.2 cm x 8 mm").
    # Some writers join the axes with a slash ("24/22 mm", "26/18/15 mm"): the same size, not its last axis alone.
    rf"(?:\s*(?:(?P<u2>{LENGTH_UNIT})\.?)?\s*(?:x|×|\*|by|/)\s*(?P<n3>\d+(?:[.,]\d+)?))?\s*-?\s*"
    rf"(?P<unit>{LENGTH_UNIT})\b"
    # A range with the unit at both ends ("8mm-10mm", "8 mm - 10 mm") is one size read as its bounds, whose largest
    # is the upper; only a dash joins them ("from 10 mm to 8 mm" is a change, not a range).
    r"(?:\s*[-–]\s*(?P<upper>\d+(?:[.,]\d+)?)\s*(?P=unit)\b)?",
    re.IGNORECASE,
)
# (the word boundary, then the first characters of the alternatives: a digit or the initials of "segment", "upper",
# "lower", "mid", "inter", "isthmus", "retro", "peri", "sub"; tested before the alternatives, which the engine tried at
# every character: half the search. The same matches: tests/test_location_gate.py)
_LOCATION = lazy_compile(
    r"\b(?=[\dilmprsu])(?:\d{1,2}(?:[:.]\d{2})?\s*o'?\s*clock(?:\s+position)?|segments?\s+(?:[ivx]+|\d+)(?:\s*(?:/|and|-)\s*(?:[ivx]+|\d+))?"
    r"|(?:upper|lower|mid|inter)[- ]?pol(?:e|ar)|(?:upper|lower)[- ](?:outer|inner)[- ]quadrant"
    r"|(?:retro|sub|peri)areolar|isthmus|subcapsular|(?:upper|lower|mid|middle)\s+(?:third|zone|lobe|segment))\b",
    re.IGNORECASE,
)
# Every unit _SIZE ends with, lower-cased, as its first letters ("millim" and "centim" hold no "mm"/"cm").
_UNIT_STARTS = LENGTH_UNIT_STARTS
# ASCII characters a size can hold before its last unit (IGNORECASE: both cases of the letters); whitespace is
# str.isspace()'s in ASCII, as ``\s`` matches. (Keep in step with _SIZE; tests/test_parser_scan_equivalence.py.)
# The slash joins axes ("24/22 mm"); the letters are those of "x", "by" and every spelling of the inner units
# (units.LENGTH_UNIT_WORDS).
_SIZE_RUN_NON_DIGITS = ".,-/" + "".join(chr(c) for c in range(128) if chr(c).isspace()) + "mMcCsSxX*bByYiIlLeEtTrRnN"
_SIZE_RUN_CHARS = "0123456789" + _SIZE_RUN_NON_DIGITS
# A word of every _LOCATION alternative (keep in step with it; tests/test_parser_speed_equivalence.py checks): "pole"
# and "polar", not "pol" (which "polyp" holds); a third, zone or lobe is a location only after a level word.
_LOCATION_WORDS = ("clock", "segment", "pole", "polar", "quadrant", "areolar", "isthmus", "subcapsular")
_LOCATION_PARTS = ("third", "zone", "lobe")
_LOCATION_LEVELS = ("upper", "lower", "mid")  # ("mid" is in "middle")
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
    plural: bool = False  # a lesion word in the plural ("cysts"), which a list of sizes may split
    node: bool = False  # anatomy naming a lymph node (a finding of its own when it has a size)
    site_of_self: bool = False  # a lesion item that is itself the site (a measured lymph node)
    column_side: bool = False  # a node whose side is its table column's ("Level | Right | Left": level_rows.py)
    merged: bool = False  # a diagnosis that refines an earlier lesion of its sentence ("..., likely a cyst")
    limb_site: bool = False  # a soft-tissue lesion its own sentence places in a limb segment (limb_sites.py)
    # A lesion its own words place: no carried site does. Its words name its organ ("pleural effusion": named_organs.py
    # reads them as anatomy, own_organ_names.py as the names of the organ its diagnosis implies, "renal calculus") or a
    # liver segment (segment_sites.py).
    own_site: bool = False
    unsided: bool = False  # a lesion placed at a site that has no side (a liver segment): no carried side either
    distant: bool = False  # anatomy a distance phrase names ("1 cm from the adrenal"): a landmark (distances.py)
    dated: bool = False  # a size followed by a year or date ("38 mm in 2024"): a prior size (dated_sizes.py)
    axis_column: bool = False  # a size in a table column named for an axis ("today long axis": column_headers.py)
    locates: bool = False  # a size that places a lesion ("at a depth of 15 mm"): no lesion's size (distances.py)
    members: tuple[float, ...] = ()  # the numbers of a size sharing one unit ("2.2 and 1.4 cm": size_lists.py)
    count: int = 0  # the count a plural lesion word is announced with ("2 nodules": announced_groups.py)
    benign: bool = False  # a node its table row calls benign beside abnormal ones: a structure (level_rows.py)
    pronoun: bool = False  # a lesion a pronoun stands for ("a smaller one, 11 mm"), sized after it (pronoun_lesions.py)
    extra: list[int] = dataclasses.field(default_factory=list)  # mention indices merged into this lesion


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
    tirads: Tirads | None = None  # thyroid nodules only (set by the sites component)
    site_fixed: bool = False  # the site came from an organ word right before the lesion word
    group: int = 0  # made from a plural lesion word announced with this count ("2 nodules"): announced_groups.py
    plural: bool = False  # made from a lesion word in the plural, counted or not ("multiple nodules")

    def absorb(self, mentions: Iterable[int]) -> None:
        """Take the mention indices of a finding folded into this one (the same lesion said twice), in order and
        without repeats."""
        own = self.mentions
        own.extend(m for m in mentions if m not in own)


def _new_draft(kind: str) -> _Draft:
    """``_Draft(kind=kind)``, filled from a template (the dataclass ``__init__`` binds fifteen arguments and calls
    three factories; the builder makes several drafts per report)."""
    draft = _new_object(_Draft)
    values = draft.__dict__
    values.update(_DRAFT_TEMPLATE)  # every field, in declaration order (as ``__init__`` assigns them)
    values["kind"] = kind
    values["size_mm"], values["attributes"], values["mentions"] = [], {}, []
    return draft


def new_item(kind: str, start: int, end: int, sent: int, index: int = -1, field: str = "", value: str | None = None,
             concept: str | None = None, status: str = "present") -> Item:
    """``Item(kind=..., start=..., ...)`` from a copy of a template dict: the dataclass ``__init__`` binds twenty-two
    keyword arguments, stores them one by one and calls two factories, and the sites component builds an item per
    asserted mention and size (about 8 per report). The dict holds every field in declaration order, as
    ``__init__`` assigns them."""
    values = _ITEM_TEMPLATE.copy()  # (a C-level copy of a dict of the same keys)
    values["kind"], values["start"], values["end"], values["sent"], values["index"] = kind, start, end, sent, index
    values["field"], values["value"], values["concept"], values["status"] = field, value, concept, status
    values["sizes"], values["extra"] = [], []
    item = _new_object(Item)
    item.__dict__ = values
    return item


def insert_in_token_order(items: list[Item], added: list[Item]) -> None:
    """Insert ``added`` (in token order, each starting where no item of ``items`` starts before it ends) into
    ``items`` (in token order, kept so). From the last added one back, so the start list read before the first
    insertion still places every earlier one."""
    if not added:
        return
    starts = [it.start for it in items]
    for item in reversed(added):
        items.insert(bisect_right(starts, item.start), item)


def _after_last(role: list[str | None], wanted: str, lo: int, hi: int, default: int) -> int:
    """One past the last ``j`` in ``[lo, hi)`` with ``role[j] == wanted``, else ``default``. (C-level scans of the
    slice: most clauses hold no such role, which one ``in`` test tells, where a Python loop visited each token.)"""
    seg = role[lo:hi]
    if wanted not in seg:
        return default
    return lo + len(seg) - seg[::-1].index(wanted)


def _first(role: list[str | None], wanted: str, lo: int, hi: int, default: int) -> int:
    """The first ``j`` in ``[lo, hi)`` with ``role[j] == wanted``, else ``default`` (C-level, as _after_last)."""
    seg = role[lo:hi]
    return lo + seg.index(wanted) if wanted in seg else default


def _with_side(item: Item, side: str | None) -> Item:
    """A copy of ``item`` on ``side``: ``dataclasses.replace`` without its field-by-field ``__init__`` call (the
    copy shares the lists, as ``replace`` does)."""
    copy = _new_object(Item)
    copy.__dict__.update(item.__dict__)
    copy.laterality = side
    return copy


_new_object = object.__new__
_OPPOSITE = {"left": "right", "right": "left"}
_KIND = attrgetter("kind")
_BUSY_KINDS = frozenset({"size", "anatomy"})  # with a lesion, the items that make a sentence busy (bare_diagnosis.py)
_NORMAL_KIND = frozenset({"normal"})  # (the cheap test before organ_verdicts.py's loop)
# Every _Draft field with its default (the three factory fields are replaced by fresh containers per draft).
_DRAFT_TEMPLATE = {f.name: None if f.default is dataclasses.MISSING else f.default for f in dataclasses.fields(_Draft)}
# Every Item field with its default (the two factory fields are replaced by fresh lists per item: see new_item).
_ITEM_TEMPLATE = {f.name: None if f.default is dataclasses.MISSING else f.default for f in dataclasses.fields(Item)}
_SEPARATORS = ("sep", "comma", "sep_strong")
# Roles between a size and a lesion word after it that keep the size from pre-modifying it (FindingBuilder._close).
# ("row": the line break before a table row; "| Length | 11.2 cm | 10.9 cm |" then "| Cyst | 3.1 cm |": the last cell
# of one row does not size the lesion labelling the next)
_PHRASE_BREAKS = frozenset({"sep", "sep_strong", "measure", "axis", "link", "colon", "open", "slash", "row"})
_PART_GAP = ("measure", "place", "thick")  # words between a part and its size ("cortex thickened to 4 mm")
_THICKENING_DESCRIPTORS = 2  # descriptors between a size and a thickening ("4 mm eccentric cortical thickening")
_HEADING_WORDS = 4  # tokens after a side heading's side word that may hold its colon ("Left - sided findings :")
_NAMING_SPAN = 40  # how far (in tokens) a bare diagnosis may stand after the unnamed lesion it names
_PLACE_PHRASE = 10  # tokens from a lesion to the organ ending its place ("in the lower pole of the left kidney")
# Roles that end a lesion's place phrase before an organ measured after it.
_PLACE_BREAKS = frozenset({"sep", "comma", "sep_strong", "colon", "open", "slash", "cell", "link", "row"})
_DIFFERENTIAL_GAP = 2  # tokens between two names of a differential ("?nerve sheath tumour ?haemangioma")
_new_finding = constructor(Finding)


def _start_of(it: Item) -> int:
    return it.start


def parse_sizes(text: str) -> list[tuple[int, int, list[float]]]:
    """Sizes in a text: ``(start, end, [mm, ...])`` for "1.2 x 0.8 cm", "12×8 mm", "2cm"."""
    out = []
    for m in _size_matches(text):
        n1, u1, n2, u2, n3, unit, upper = m.group("n1", "u1", "n2", "u2", "n3", "unit", "upper")
        factor = 10.0 if unit[0] in "cC" else 1.0  # (_factor, inline: most sizes have one axis and one unit)
        # (an integral value is its own rounding: ``round`` to 2 places converts through decimal digits)
        values = [mm_value(float(n1.replace(",", ".")) * (_factor(u1) if u1 else factor))]
        if n2:
            values.append(mm_value(float(n2.replace(",", ".")) * (_factor(u2) if u2 else factor)))
        if n3:
            values.append(mm_value(float(n3.replace(",", ".")) * factor))
        if upper:
            values.append(mm_value(float(upper.replace(",", ".")) * factor))
        out.append((m.start(), m.end(), values))
    return out


def _factor(unit: str) -> float:
    """Millimetres per ``unit`` (a spelling of units.LENGTH_UNIT: centimetres start with "c")."""
    return 10.0 if unit[0] in "cC" else 1.0


def _size_matches(text: str) -> list[re.Match[str]]:
    """``list(_SIZE.finditer(text))``, without the regex engine's walk over every character of the text.

    On ASCII text (where IGNORECASE matching is plain case folding) every size ends with a unit ("mm", "cm",
    "millimet...", "centimet..."), which ``str.find`` locates fast, and everything of a size before its unit is
    a character of ``_SIZE_RUN`` (digits, separators, spaces, "x", "by" and the inner units). So a size starts
    inside the run of such characters that ends at one of the units: the search starts there (at the first
    digit), never earlier than the end of the size found before. A search started at a run whose candidate fails
    goes on to the next size, as ``finditer`` would; the matches are the same, in the same order. Outside ASCII,
    the plain ``finditer``.
    """
    if not text.isascii():
        return list(_SIZE.finditer(text))
    low = lowered(text)  # (the parse's other passes lower the same text: lowered_text.py)
    units = [i for unit in _UNIT_STARTS if unit in low for i in _occurrences(low, unit)]
    if not units:
        return []  # about one report in five states no size
    units.sort()
    out: list[re.Match[str]] = []
    pos = 0  # where finditer would go on searching (the end of the last size)
    for u in units:
        if u < pos:
            continue  # a unit inside the size found last ("1 x 2 cm" holds no second size before "cm")
        run = text[pos:u]
        digits = run.rstrip(_SIZE_RUN_CHARS)  # the text before the run ending at the unit ...
        tail = run[len(digits):].lstrip(_SIZE_RUN_NON_DIGITS)  # ... and the run from its first digit on
        if not tail:
            continue  # no digit in the run ("comment", "summary"): no size ends at this unit
        m = _SIZE.search(text, u - len(tail))
        if m is None:
            break  # no size anywhere after this point
        out.append(m)
        pos = m.end()
    return out


def _occurrences(text: str, word: str) -> list[int]:
    """Every start of ``word`` in ``text``, as ``str.split`` finds them (left to right, not overlapping: the
    second "mm" of "mmm" follows an "m", which no size's last unit does). (``str.find`` parses its arguments
    with a format string: a ``find`` loop costs more than one ``split``.)"""
    found = []
    i, width = -len(word), len(word)
    for piece in text.split(word)[:-1]:
        i += len(piece) + width
        found.append(i)
    return found


def _listed_and_cleared(between: list[str | None], offset: int, items: list[Item]) -> list[str | None]:
    """``between`` (roles from token ``offset``) with the roles inside a size list sharing one unit cleared."""
    out = list(between)
    for it in items:
        if it.kind == "size" and it.members:
            for i in range(max(it.start, offset), min(it.end, offset + len(out))):
                out[i - offset] = None
    return out


def is_part_size(role: list[str | None], start: int, end: int) -> bool:
    """The size at tokens ``[start, end)`` measures a part of a lesion or organ, not the lesion: a part noun right
    after it ("a 6 mm cortex") or before it, across a few linking words ("cortex 3.5 mm", "cortex thickened to 4 mm",
    "cortical thickening of 4 mm"); see termset.CLAUSE_ROLES."""
    if end < len(role) and role[end] == "part":
        return True
    if _thickening_after(role, end):
        return True
    j = start - 1
    while j >= max(0, start - 4) and role[j] in _PART_GAP:
        j -= 1
    return j >= 0 and (role[j] == "part" or role[j] == "part_adjective")


def _thickening_after(role: list[str | None], end: int) -> bool:
    """A part's thickening named after the size across a few descriptors: "a 3.8 mm eccentric cortical thickening",
    "4 mm focal cortical thickening" measure the node's cortex, as "cortical thickening of 4 mm" does, so the node's
    own size is another one ("..., 16 mm long"). Only the part adjective then a "thick" word: "a 12 mm cortical cyst"
    is the cyst's size."""
    k = end
    while k < len(role) and k - end < _THICKENING_DESCRIPTORS and role[k] is None:
        k += 1
    return k + 1 < len(role) and role[k] == "part_adjective" and role[k + 1] == "thick"


def side_heading(words: Words, start: int, end: int, items: list[Item]) -> str | None:
    """The side a sentence opens with as a heading: a side word followed by a colon, at most four tokens later
    and naming no anatomy between ("RIGHT:", "Lt:", "Left-sided findings:"; not "Left kidney:", a site heading)."""
    head_side = words.side[start]
    glossed = glossed_side_end(words, start, end, items) if start + 2 < end else None
    if glossed is not None:
        # "RECHTS / right:", "SEIN DROIT / RIGHT": the side named twice, read from its English gloss on
        # (glossed_sides.py)
        if any(start <= it.start < glossed for it in items):
            return None
        start, head_side = glossed, words.side[glossed]
    elif head_side is None:
        # "Mama dir:": an organ's name the parser does not know, then the side (labelled_side_headings.py)
        return side_after_label(words, start, end, items)
    role = words.role
    for j in range(start + 1, min(end, start + _HEADING_WORDS + 1)):
        if role[j] == "colon" or role[j] == "open":
            # (an aside in brackets before the colon leaves the line a side heading: "Right lobe (remaining):")
            colon = j if role[j] == "colon" else colon_after_aside_roles(role, j, end)
            if colon is None:
                return None
            return None if any(it.kind == "anatomy" and start <= it.start < colon for it in items) else head_side
        if role[j] is not None:
            return None
    return head_side if bare_side_line(words, start, end, items) else None


def _own_parts_only(anatomy: list[Item], organ: str) -> bool:
    """The sentence names no anatomy, or only unsided parts of ``organ`` (a calyx, the sinus of the kidney)."""
    for a in anatomy:  # noqa: SIM110  (a plain loop: cheaper than all() over a generator)
        if a.laterality is not None or a.organ != organ or a.heading:
            return False
    return True


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
    if text.isascii():
        # Every location _LOCATION reads contains one of these words, or a part and a level (cheap to rule out on
        # ASCII text, where IGNORECASE matching is plain case folding).
        low = text.lower()
        for word in _LOCATION_WORDS:  # (a plain loop: cheaper than any() over a generator)
            if word in low:
                break
        else:
            if not holds_any(low, _LOCATION_PARTS) or not holds_any(low, _LOCATION_LEVELS):
                return None
    m = _LOCATION.search(text)
    return " ".join(m.group(0).split()).casefold() if m else None


class Words(NamedTuple):
    """The report's lower-case words, as what the findings pass needs to know of them (one entry per token; a
    named tuple: as immutable as a frozen dataclass, and built without its ``object.__setattr__`` calls).

    ``side``: "left"/"right"/"bilateral" for a side word, else None. ``role``: "sep" (a clause boundary: ";",
    ",", "and", "while"), "measure" ("measures", "measuring", "of", ":"), "distance" (a size followed by it is a
    distance, not a lesion size: "4 cm from the nipple"), "refine" ("likely", "consistent with": a later
    diagnosis names the same lesion), or None.
    """

    side: list[str | None]
    role: list[str | None]
    closes: frozenset[int] = frozenset()  # the tokens that close a bracket


_NAMED_PLACES = ("anatomy", "landmark")  # the kinds of item that name an organ (a lobe word in one is no bare lobe)


class FindingBuilder:
    """Collects findings sentence by sentence (see module docstring)."""

    # What the caller sets from its own tables for each report (sites.py), declared here with the value a builder
    # starts with: class attributes, immutable, so a report's builder does not store each twice (once here, once
    # by the caller), about 20 stores per report whatever it says.
    vessel_organs: frozenset[str | None] = frozenset()  # organs that hold no other lesion (set by the caller)
    unpaired_organs: frozenset[str | None] = frozenset()  # organs without sides (set by the caller)
    generic_lesion: str | None = None  # the label of the ontology's unnamed lesion (set by the caller)
    # Diagnoses the ontology declares a state of a whole organ (udt:isOrganState; set by the caller): no unnamed
    # lesion a diagnosis in apposition names ("moderate hydronephrosis, PUJ stone 11 mm": two findings).
    diffuse: frozenset[str] = frozenset()
    # Fluid collections whose name is their one place ("hydrocele"; set by the caller: sited_fluids.py).
    sited_fluids: frozenset[str] = frozenset()
    # ... and stones whose name is their one place ("gallstones", "kidney stone"; sited_fluids.py)
    sited_stones: frozenset[str] = frozenset()
    graded: frozenset[str] = frozenset()  # lesions named only by a grade ("TR3"; set by the caller)
    stones: frozenset[str] = frozenset()  # the stone concepts' labels (set by the caller)
    dashes: frozenset[int] = frozenset()  # tokens of a free dash (set by the caller: dash_diagnoses.py)
    and_id: int | None = None  # the id of "and" (set by the caller: feature_ands.py, with ``lower``)
    quantities: frozenset[int] = frozenset()  # nouns of quantity ("sliver", "layer"; quantity_nouns.py)
    septa: frozenset[int] = frozenset()  # septum words (set by the caller: septum_sizes.py)
    measuring: frozenset[int] = frozenset()  # "of", "measuring" (set by the caller: direction_sizes.py)
    denied_sides: frozenset[int] = frozenset()  # "none" after a side word (set by the caller: _side_in)
    depth_directions: frozenset[int] = frozenset()  # "anteriorly" (set by the caller: fluid_depths.py)
    lobes: frozenset[int] = frozenset()  # lobe words (set by the caller: part_measures.py)
    poles: frozenset[int] = frozenset()  # "pole", "poles" (set by the caller: _inherited_site)
    poleless_organs: frozenset[str] = frozenset()  # organs without poles (termset.POLELESS_ORGANS; the caller)
    # The one organ with lobes the report names, where it names a lobe word (set per report by the caller:
    # lobed_organs.py): a lesion a bare lobe places is in it, not in an organ without lobes described before.
    lobe_home: str | None = None
    _bare_lobes: tuple[int, ...] = ()  # ... and the sentence's lobe words outside organ names (beside lobe_home)
    verdict_gaps: frozenset[int] = frozenset()  # copula words between an organ and its verdict (organ_verdicts.py)
    causes: frozenset[int] = frozenset()  # words of cause ("by", "due to"; set by the caller: cause_sizes.py)
    effect_words: EffectWords | None = None  # "dilatation of", "relation to" (set by the caller: effect_organs.py)
    extent_heads: frozenset[int] = frozenset()  # ("down", "up" before "to"; set by the caller)
    to_id: int | None = None
    line_start: bool = True  # whether the sentence opens its line (set by the caller per sentence)
    hyphen_id: int | None = None  # the hyphen's id (set by the caller: "upper-pole" in a noun phrase)
    period_id: int | None = None  # the full stop's id (set by the caller: a dotted unit's stop)
    newline_id: int | None = None  # the line break's id (set by the caller: row_sizes.py)
    # The anatomy concepts' labels: a lesion named by one ("a lymph node 36 mm") names no nature (restated.py).
    places: AbstractSet[str] = frozenset()
    title_tokens: int = 0  # the tokens of the study's title line (set by the caller: title_organs.py)
    fluid_organs: frozenset[str] = frozenset()  # organs described before it that do not hold it
    fluid_value: str | None = None  # the released diagnosis of fluid and collections (set by the caller)
    viscera: frozenset[str] = frozenset()  # the bowel's organs, inside the peritoneal cavity (the caller)
    node_regions: frozenset[str] = frozenset()  # organs that hold a region's nodes (Axilla, ...; the caller)
    node_organs: frozenset[str] = frozenset()  # the lymph nodes' own organs (Lymph nodes, ...; the caller)
    # Tokens of the side words of landmark phrases ("posterior to the L lower pole"; set by the caller): a
    # lesion whose clause holds one lies on the landmark's side (sites.py), not under a heading's.
    landmark_sided: frozenset[int] = frozenset()
    label_rows: frozenset[int] = frozenset()  # line breaks before rows opened by a label (set by the caller)
    side_rows: SideRows | None = None  # the rows of the report's side tables (set by the caller: side_rows.py)
    block_heads: frozenset[int] = frozenset()  # lesions heading a proforma block ("Lesion 2"; lesion_blocks.py)
    block_limbs: BlockLimbs | None = None  # ... and the limb words their "Site" lines may name (the caller)
    block_cited: frozenset[int] = frozenset()  # ... and the lesion words citing one ("otherwise as lesion 1")
    item_labels: frozenset[int] = frozenset()  # tokens opening an inline item label ("(2)", "b)": inline_items.py)
    token_starts: Sequence[int] = ()  # each token's character offset in the report (set by the caller)
    # Whether a lesion so described cannot be of a concept (``TypicalLooks.contradicts``; set by the caller): a name
    # a summary restates, or a later sentence gives, is no lesion its look rules out (restated.py, sentence_names.py,
    # bare_diagnosis.py).
    ruled_out: Callable[[str | None, Mapping[str, Sequence[str]]], bool] | None = None

    def __init__(self, fields: tuple[str, ...], words: Words | None = None) -> None:
        self.system_field, self.organ_field = fields[1], fields[2]
        self.findings: list[_Draft] = []
        self.site: Item | None = None
        self.last_lesion: int | None = None
        self.words = words
        self.heading_side: str | None = None  # side named by a "RIGHT:" heading, until the next one
        # The organ whose heading the side heading stands under ("Breast:\n R: ...\n L: ..."): a heading naming
        # another organ ends the side (side_headings.py)
        self.side_parent: str | None = None
        self._head_organ: str | None = None  # the organ the last organ heading line named ("Breast:", "[Breast]")
        # The side and organ a heading line's words state ("2) Right forearm: ..."), until the next heading
        # (heading_scope.py): a fallback for the lesions in its scope that no rule gave a side.
        self.scope_side: str | None = None
        self.scope_organ: str | None = None
        self._sentence_end = 0
        self._sentence_start = 0
        self._last_by_diagnosis: dict[str | None, int] = {}  # diagnosis -> its latest lesion finding
        self._closed_site: Item | None = None  # the site of the last sentence stating an organ normal
        self.broader: Mapping[str, frozenset[str]] = {}  # a diagnosis label's broader ones (set by the caller)
        self.in_summary = False  # the sentences now read are an impression or conclusion (set by the caller)
        # ... or an image legend, which restates as a summary does but is read in place, under the sites it follows
        # (legend_lines.py; set by the caller)
        self.in_legend = False
        self.legend_made: set[int] = set()  # findings first made in a legend (restated.py)
        self.midline_made: set[int] = set()  # findings under a heading naming the midline: they have no side
        self.summary_made: set[int] = set()  # findings first made in such a section (restated.py folds them)
        # each finding's sentence (its first token) as _new made it, and those whose lesion word places them
        # ("perisplenic fluid"): sentence_names.py
        self.made_in: dict[int, int] = {}
        self.own_placed: set[int] = set()
        self.implied_placed: set[int] = set()  # lesions whose organ is the one their diagnosis implies (no site)
        self.plural_made: set[int] = set()  # findings made from a lesion word in the plural (restated.py)
        # ... those of them whose side is only the one the findings' last organ carried into the summary, which a
        # summary does not state: it gives the lesion it restates no side (restated.py)
        self.summary_carried: set[int] = set()
        # ... and each summary finding's one side its own words or the site heading its sentence state ("1. Right
        # kidney: ... calculus"), which may place the only lesion of its concept (restated.py)
        self.summary_stated: dict[int, str] = {}
        # ... and the organ each one took from the site of an earlier sentence ("Bladder: wall normal.\nConclusion:
        # Bladder wall normal. Simple cyst.": the findings' or the summary's last organ), where no word of its own
        # sentence names one: no organ to move a lesion of another organ into (restated.py)
        self.summary_carried_organ: dict[int, str] = {}
        self._summary_entry: Item | None = None  # the site carried into the summary section now read
        self.in_verdict = False  # the sentence now read gives a verdict on a lesion (verdicts.py; set by the caller)
        self.verdict_made: set[int] = set()  # findings first made in such a sentence (folded when unsized)
        self.last_lesion_sent = -2  # the sentence of the last lesion (bare_diagnosis.py)
        self.last_busy_sent = -2  # the last sentence with a lesion, size or organ (bare_diagnosis.py)
        self.part_sized: set[int] = set()  # a counted group's members sized by a sentence of a part (part_members.py)
        self.folded: set[int] = set()  # findings the caller folded into another (a table row's label: table_sides.py)
        # The report's word ids (set by the caller, with ``and_id``): an "and" joining a lesion's features is no
        # boundary for a diagnosis naming it later (feature_ands.py).
        self.lower: list[int] = []
        self.scar_words: frozenset[int] = frozenset()  # (midline_leads.py)
        self.shape_words: frozenset[int] = frozenset()  # (shape_named.py)
        # Where free fluid lies if nothing places it, by the finding's label (udt:unplacedSite; set by the caller).
        self.fluid_spaces: dict[str, Item] = {}
        self._side_split: int | None = None  # the lesion a side line split from a bilateral one (_side_line)
        self.block: int | None = None  # the lesion whose proforma block is read (lesion_blocks.py)
        self.block_sited = False  # ... once its block's "Site" line has placed it

    def _new(self, kind: str, anchor: Item | None, site: Item | None) -> int:
        f = _new_draft(kind)
        if anchor is not None and anchor.kind in ("lesion", "normal"):
            f.diagnosis = anchor.value
            f.concept = anchor.concept
            f.status = anchor.status
            if anchor.index >= 0:
                f.mentions.append(anchor.index)
            f.mentions.extend(anchor.extra)
            f.group = anchor.count if anchor.plural and not anchor.pronoun else 0
            f.plural = anchor.plural and not anchor.pronoun
            if anchor.plural:
                self.plural_made.add(len(self.findings))
            if anchor.benign:
                f.kind = "structure"
        if site is not None:
            self._set_site(f, site)
            if self.in_summary and site.organ is not None and site.start < self._sentence_start:
                self.summary_carried_organ[len(self.findings)] = site.organ
        if anchor is not None and (anchor.site_of_self or (
                anchor.node and anchor.organ is not None and site is not None
                and not site.node and site.organ != anchor.organ)):
            # "R breast lesions and R axillary node": a node word naming its own region is filed by it, not by the
            # organ of another lesion of its sentence
            self._set_site(f, anchor)
            self.summary_carried_organ.pop(len(self.findings), None)
        if f.organ is None and anchor is not None and anchor.organ is not None:
            # The organ the diagnosis itself implies ("spongiform nodule" -> thyroid).
            f.organ, f.body_system = anchor.organ, anchor.system
            self.implied_placed.add(len(self.findings))
        if self.in_summary:
            self.summary_made.add(len(self.findings))
        elif self.in_legend:
            self.summary_made.add(len(self.findings))
            self.legend_made.add(len(self.findings))
        if self.in_verdict:
            self.verdict_made.add(len(self.findings))
        self.made_in[len(self.findings)] = self._sentence_start
        if anchor is not None and anchor.own_site:
            self.own_placed.add(len(self.findings))
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
            if item.organ is not None and item.start >= self._sentence_start:
                self.summary_carried_organ.pop(fi, None)  # (its own sentence names its organ)
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
        out = []
        # "formation 3,2 cm with clear contours, cyst": a later name in the sentence of a measured lesion of unstated
        # nature is its name, not an unsized lesion of its own (sentence_names.py)
        self.folded |= fold_sentence_names(self.findings, self.made_in, self.summary_made, self.own_placed,
                                           self.folded, self.generic_lesion, self.ruled_out)
        # An unsized asserted lesion of a verdict sentence restates as a summary's does (a hedged one, "Probable
        # fibroadenoma.", names no lesion: bare_diagnosis.py); a measured one is a lesion to restate.
        restating = self.summary_made | {i for i in self.verdict_made
                                         if not self.findings[i].size_mm and self.findings[i].status == "present"}
        folded = fold_restated(self.findings, restating, self.generic_lesion, self.folded, self.broader,
                               self.summary_carried, self.midline_made, self.places, self.legend_made,
                               self.plural_made, self.verdict_made & self.plural_made, self.summary_stated,
                               self.ruled_out, self.summary_carried_organ)
        # "Liver metastases. Two hypoechoic lesions in segments IV (30 mm) and VII (18 mm)": the listed lesions are
        # the heading's metastases (named_lists.py), which then is a group described member by member
        name_listed_members(folded, self.generic_lesion)
        for f in drop_described_groups(folded):
            values = dict(vars(f))  # a C-level copy; only the builder's own flags are dropped
            del values["site_fixed"], values["group"], values["plural"]
            out.append(_new_finding(values))
        return out

    def side_heading(self, side: str, new_section: bool) -> None:
        """A sentence with no items that opens with a side heading ("RIGHT:" on a line of its own): the side of
        what follows, until the next heading or section."""
        if new_section:
            self.last_lesion = None
            self._last_by_diagnosis.clear()
        self._set_heading_side(side)

    def _set_heading_side(self, side: str) -> None:
        """A side heading's side; the first of a run of them ("R: ...", "L: ...") keeps the organ heading above it."""
        if self.heading_side is None:
            self.side_parent = heading_parent(self.site, self._head_organ)
        self.heading_side = side

    def sentence(self, items: list[Item], text: str, new_section: bool, span: tuple[int, int] = (0, 0)) -> None:
        """Process the items of one sentence (in token order); ``span`` is its token range."""
        if new_section:
            self.last_lesion = self.block = None
            self.heading_side = None
            self._head_organ = None
            self.scope_side = self.scope_organ = None
            self._last_by_diagnosis.clear()
            self._summary_entry = self.site if self.in_summary else None
        self._sentence_end = span[1]
        self._sentence_start = span[0]
        # (a heading's colon stands in the sentence's first tokens: one C-level test before the call, as most open
        # with none)
        if self.words is not None and span[1] > span[0] \
                and "colon" in self.words.role[span[0] : min(span[1], span[0] + HEADING_TOKENS)]:
            opens, said, organ = heading_scope(self.words, span[0], span[1], items)
            if opens:
                self.scope_side, self.scope_organ = said, organ
                if said is None and organ is None and self.side_parent is not None and self.heading_side is not None \
                        and names_other_organ(items, self.side_parent):
                    # "Thyroid:\nLS: 6 mm area.\nCentral compartment (level VI): two nodes, 7 and 6 mm": a heading
                    # line whose lesions are of another organ ends the side heading's part (side_headings.py)
                    self.heading_side = None
                if said in _OPPOSITE and self.heading_side in _OPPOSITE:
                    # "Left lobe: 45 mm.\nIn right lobe, middle third: nodule 21 mm. In lower third: cyst 6 mm": a
                    # heading stating the other side ends the side heading's part (the cyst is on the right)
                    self.heading_side = said
        # Whether the sentence holds a side word at all (one C-level pass over its slice): most do not, and then
        # neither a side heading nor a side of the lesion's own words needs looking for.
        has_side = self.words is not None and any(self.words.side[span[0] : span[1]])
        if has_side and self.words is not None and span[1] > span[0] + 1 and (
            self.words.side[span[0]] is not None or self.words.side[span[0] + 1] is not None):
            # "RIGHT:" / "Left:" / "Left-sided findings:" opens a part of the report about one side (a heading
            # that opens a section, as "findings" does, still sets it).
            head_side = side_heading(self.words, span[0], span[1], items)
            if head_side is not None:
                self._set_heading_side(head_side)
        # The items by kind, in one plain loop (a comprehension per kind is a call per kind and sentence).
        named: list[Item] = []
        anatomy: list[Item] = []
        headings: list[Item] = []
        for it in items:
            kind = it.kind
            if kind == "lesion":
                named.append(it)
            elif kind == "anatomy" and not it.distant:
                anatomy.append(it)
                if it.heading:
                    headings.append(it)
        # (names_last_lesion's first test made here: a sentence of one item, with a lesion before it)
        if named and len(items) == 1 and not new_section and self.last_lesion is not None \
                and names_last_lesion(self, items, span, new_section):
            return  # "... 8 x 5 mm, oval, anechoic. Simple cyst.": the diagnosis of the lesion just measured
        # (an anatomy item found above, else the kinds read in C: a generator resumed per item cost more)
        if named or anatomy or not _BUSY_KINDS.isdisjoint(map(_KIND, items)):
            self.last_busy_sent = items[0].sent  # (a sentence with a lesion, size or organ: bare_diagnosis.py)
        lesions = self._merge_refinements(named, items)
        # The bare lobe words of the sentence, not those of an organ's name ("posterior to the lower pole of the left
        # thyroid lobe" places a parathyroid adenoma by its landmark; _lobe_elsewhere); none read without a lesion
        lower, lobes = self.lower, self.lobes
        self._bare_lobes = tuple(
            j for j in range(span[0], span[1])
            if lower[j] in lobes and not any(a.start <= j < a.end for a in items if a.kind in _NAMED_PLACES)
        ) if self.lobe_home is not None and named else ()
        # Where the sentence's sizes start: a bare side word before one stands for that side (elliptic_sides.py).
        size_starts = {it.start for it in items if it.kind == "size"} if has_side else set()
        if has_side and self.site is not None and self.site.organ is not None and self.words is not None \
                and _own_parts_only(anatomy, self.site.organ):
            # "Kidneys: right 11 cm. ... Left 10.8 cm, normal. 6 mm stone.": the left kidney (elliptic_sides.py);
            # its unsided parts named later do not move it ("Left 11 cm, ... stone 5 mm in the lower calyx")
            opened = side_opening_sentence(self.words.side, span, size_starts)
            if opened is not None and opened != self.site.laterality:
                self.site = _with_side(self.site, opened)
        # (a bare "Pelvis:" inside a line is the organ's own pelvis only where the line carries a sided organ, a
        # kidney: "FAST views. Pelvis: 15 mm fluid" is still the body's pelvis)
        region_line = opens_with_region(text, self.line_start or self.site is None
                                        or self.site.laterality not in _OPPOSITE)
        if region_line or (headings and opens_with_system(headings, span[0])):
            # ("Chest: R effusion 1.5 cm" after "R shin: ...": a body system keys the line, system_headings.py)
            # "Pericardium: effusion 5 mm. / RUQ: collection 4 cm": a region, no organ (region_headings.py)
            self.site = None
            self._last_by_diagnosis.clear()
        line_head = organ_line(headings, anatomy, items, span) if self.line_start and anatomy else None
        if line_head is not None and line_head.start >= self.title_tokens:
            if self.heading_side is not None and line_head.laterality is None \
                    and leaves_parent(line_head, self.side_parent):
                # "Thyroid:" / "[Thyroid]" after "Breast:\n L: ...": the report's next part (side_headings.py)
                self.heading_side = None
            self._head_organ = line_head.organ
        inherited = self.site
        if headings:
            self._move_site(headings[-1])
            if has_side and self.words is not None and headings[-1].laterality is None and self.site is not None \
                    and self.site.organ is not None:
                # "Kidneys: right 11.0 cm, ...": the right kidney (elliptic_sides.py)
                stated = side_after_heading(self.words.side, headings[-1].end, span[1], size_starts)
                if stated is None and headings[-1].node:
                    # "LNs: L level II x2 -> 14mm": the side before the nodes' level (node_heading_sides.py)
                    stated = side_before_node_size(self.words.side, self.words.role, headings[-1].end, span[1],
                                                   size_starts)
                if stated is not None:
                    self.site = _with_side(self.site, stated)
            if headings[-1].laterality is None and headings[-1].start <= span[0] + 2 and not (
                self.words is not None and self.words.side[span[0]] is not None
            ) and heading_ends_side(headings[-1], self.unpaired_organs):
                self.heading_side = None  # "Liver:" after "Left: ..." starts an unsided part (side_headings.py)
            elif headings[-1].laterality is not None and self.heading_side is not None:
                self.heading_side = headings[-1].laterality  # "Contralateral breast:" after "Left-sided findings:"
        # The location regex is costly and rarely needed: only computed for a finding that takes it.
        if self.block is not None and lesions and all(lz.start in self.block_cited for lz in lesions):
            lesions, items = [], [it for it in items if it.kind != "lesion"]  # (lesion_blocks.py)
        if not lesions:
            if self.block is not None and self.block == self.last_lesion and fill_block(self, items, anatomy, span):
                return  # "Lesion 2 / Site: right forearm / Size: 13 x 8 mm": the lump its block describes
            self._no_lesion(items, anatomy, text, span, inherited)
            return
        regions = self._regions(lesions, span)
        if self.words is not None and (has_side or anatomy):
            regions = self._end_at_new_subjects(lesions, regions, items)
        lesion_fi: list[int] = []
        reused: set[int] = set()  # findings an anaphoric lesion ("the cyst") names again
        prev_site: Item | None = None  # the site the lesion before in the sentence was placed at
        for k, lz in enumerate(lesions):
            reuse = self.last_lesion if lz.anaphoric and self._same(self.last_lesion, lz) else None
            site = self.site if self.site is not inherited or self._inherited_site(lz, regions[k]) else None
            if site is not None and lz.own_site and site.organ is not None and lz.organ not in (None, site.organ) \
                    and not self._files_node(lz.organ, site.organ):
                # "Lungs: no sliding; small L pleural effusion": the organ its own words name, not the heading's;
                # a node's region still files it ("Right axilla: an enlarged lymph node" -> Axilla)
                site = None
            elif site is not None and headings and site is headings[-1] is self.site and self.words is not None:
                # "Right kidney: a 14 mm cyst; left ovary: a 32 mm cyst": each under the last heading before it; one
                # before them all, in an earlier clause ("Lt ovary - 32 mm cyst; Rt ovary NAD; Bladder: ..."), under
                # what placed it before (not "the nodule in my left thyroid: benign", whose colon heads nothing)
                before = heading_before(headings, lz.start)
                if before is not None:
                    # ... unless an organ named after the heading opens the lesion's own statement ("left axilla:
                    # an enlarged node the left testis contains a 6 mm cyst"): a new organ starts a new scope
                    site = self._named_after(before, lz, lesions[k - 1].end if k else span[0], anatomy, items) \
                        or before
                elif "sep_strong" in self.words.role[lz.end : headings[0].start]:
                    site = inherited
            if site is inherited and inherited is not None:
                # "The gallbladder is distended; a 16 mm calculus is seen within it", "the left kidney contains a
                # 4 cm mass and a separate 11 mm cyst": the organ named earlier in the lesion's own sentence, before
                # the one inherited from earlier sentences (the lesion's own clause names none).
                own = self._sentence_site(lz, regions[k], anatomy, items)
                if own is not None:
                    if own.laterality is None and inherited.laterality is not None and own.organ == inherited.organ \
                            and own.concept not in self.unpaired_organs and not self._closed_beside_lesion(inherited):
                        # "Right kidney 10 cm. Hydroureter down to the VUJ where a 7 mm calculus is seen": a part of
                        # the organ named without a side keeps the side already stated (as _move_site does), or
                        # takes the other side the sentence has turned to ("- Left lobe 4 cm, ... upper pole")
                        own = _with_side(own, self._turned_side(inherited, own.start) or inherited.laterality)
                    site = own
                else:
                    # "Left ovary normal. Right kidney: ... stone at the upper ureter": not the ovary (clause_sites.py)
                    replaced, placed = clause_replaces_site(inherited, regions[k], lz.start, anatomy)
                    if replaced:
                        site = placed
                    elif further_of_before(lz, k, lesions, prev_site, inherited):
                        # "Gallbladder ...: echogenic image of 18 mm ..., and another smaller of 6 mm": the
                        # pronoun's lesion lies where the one it stands for does (pronoun_sites.py)
                        site = prev_site
            if site is inherited and site is not None and lz.concept in self.diffuse \
                    and lz.organ not in (None, site.organ):
                site = None  # "Trace perihepatic ascites. ... Mild splenomegaly": an organ state is its own organ's
            # (loose_fluid.py)
            site = loose_fluid_site(lz, site, inherited, self.fluid_spaces, self.fluid_organs, items)
            if self.fluid_value is not None and lz.value == self.fluid_value:  # (its first test: most are no fluid)
                site = recess_fluid_site(lz, site, inherited, self.fluid_spaces, self.fluid_value, items, region_line,
                                         self.viscera)  # (recess_fluid.py)
            if site is inherited and site is not None and self._closed_beside_lesion(site):
                # "Left kidney: 14 mm cyst. Right kidney: normal. Impression: simple cyst.": the side just stated
                # normal holds no lesion (its organ still may; restated.py folds a summary into the sided one)
                site = _with_side(site, None)
            elif site is inherited and site is not None and site.laterality in _OPPOSITE \
                    and (turned := self._turned_side(site, lz.start)):  # (its side tested first: no call for none)
                # ... nor the side the sentence has turned from ("- Left lobe 4.7 cm with two nodules: ...")
                site = _with_side(site, turned)
            fi = reuse if reuse is not None else self._new("lesion", lz, site)
            prev_site = site
            if reuse is not None:
                reused.add(fi)
            if site is None and inherited is not None and inherited is not self._closed_site and reuse is None \
                    and not lz.unsided:
                # "RIGHT LOWER LIMB DUPLEX ... Baker's cyst": the side of the part examined still holds.
                self.findings[fi].laterality = inherited.laterality
            lesion_fi.append(fi)
        if anatomy and self.words is not None and not _NORMAL_KIND.isdisjoint(map(_KIND, items)):
            self._other_organs_normal(items, anatomy, lesion_fi)
        # "R pleural effusion 6 cm depth; L side small, 2 cm": the other side's lesion (elliptic_sides.py); its
        # sizes are its own, not the first lesion's.
        other_sides = self._other_side_clauses(lesions[-1], regions[-1], span, items) if has_side else []
        organ_sizes: dict[int, int] = {}  # anatomy mention index -> its structure finding
        sizes_of: dict[int, list[tuple[int, Item]]] = {}  # lesion -> (priority, size): pre-modifier first
        for it in items:
            if it.kind in ("lesion", "normal") or it.heading or it.merged:
                continue
            if it.kind == "size":
                if other_sides and any(a <= it.start < b for _, a, b in other_sides):
                    continue
                owner = self._size_owner(it, lesions, items)
                if owner is None:
                    continue
                if isinstance(owner, Item):  # an organ's own measurement ("right kidney measures 11 cm")
                    structure = organ_sizes.get(owner.index)
                    if structure is None:
                        structure = organ_sizes[owner.index] = self._new("structure", None, owner)
                    self._attach(structure, it)
                    continue
                k, priority = owner
                ranked = self._interval_priority(it, priority)
                if ranked == -1 and priority == 2 and it.end <= lesions[k].start and not lesions[k].plural:
                    # "two diverticula, the larger 3.2 cm ..., containing a 14 mm stone": the largest of another
                    # group before a single lesion's word, not that lesion's size
                    ranked = priority
                elif ranked == -1 and self.words is not None and largest_of_contents(self.words.role, lesions[k], it):
                    # "tumour 87 mm, with papillary projections (largest 11 mm)": the largest of its contents, after
                    # the lesion's own size (content_largest.py)
                    ranked = 3
                sizes_of.setdefault(k, []).append((ranked, it))
                continue
            if it.kind == "anatomy" and not any(lo <= it.start < hi for lo, hi in regions):
                continue  # a clause of its own ("...; the uterus measured 8 cm")
            k = self._owner(it, lesions, regions) if len(lesions) > 1 else 0  # (one lesion owns all: no call)
            if it.kind == "anatomy" and self.findings[lesion_fi[k]].site_fixed:
                continue  # the lesion's own pre-modifier ("liver lesions") already placed it
            if it.kind == "anatomy" and (lesions[k].own_site or (it.node and lesions[k].node)) \
                    and it.organ not in (None, lesions[k].organ) \
                    and it.organ not in self.node_regions and self.findings[lesion_fi[k]].organ == lesions[k].organ:
                # "a nodule posterior to the left lobe, separated from the thyroid by a fat plane, consistent with a
                # parathyroid adenoma": the organ its own name names holds it; another organ's anatomy in its
                # clause only locates it (its side still counts: _settle_sides in sites.py). A node is the
                # exception: the region that holds it files it ("a node in the right axilla" -> Axilla); a bare node
                # word restating a node named by its region ("R axillary node ... node core") is no such region.
                f = self.findings[lesion_fi[k]]
                f.location = f.location or it.concept
                if f.laterality is None and it.laterality in _OPPOSITE:
                    f.laterality = it.laterality
                continue
            if it.kind == "anatomy" and self.effect_words is not None and it.start >= lesions[k].end \
                    and self.findings[lesion_fi[k]].organ not in (None, it.organ) \
                    and names_an_effect(self.lower, lesions[k].end, it.start, it.end, self.effect_words):
                continue  # "Pancreatic head: mass 31 mm, causing dilatation of the CBD" (effect_organs.py)
            if it.distant and self.findings[lesion_fi[k]].organ is not None:
                f = self.findings[lesion_fi[k]]
                f.location = f.location or it.concept  # "1 cm from the adrenal": a landmark of a placed lesion
                continue
            self._attach(lesion_fi[k], it)
            if it.kind == "anatomy":
                for lz in lesions:  # (a plain loop: cheaper than any() over a generator)
                    if lz.start - it.end in (0, 1):
                        self.findings[lesion_fi[k]].site_fixed = True
                        break
        opening_sided: set[int] = set()  # findings given the side that opens their sentence
        if len(lesions) > 1 and has_side and self.words is not None:
            # "In the right lobe there is a 7 mm nodule and a 19 mm nodule": both on the right (opening_sides.py)
            drafts = [self.findings[fi] for fi in lesion_fi]
            # (loose fluid and a lesion at an unsided site take no side: "a left adnexal mass and free fluid")
            shared = share_opening_side(lesions, anatomy, self.words.side, span[0],
                                        [f.laterality if not lz.unsided and lz.concept not in self.fluid_spaces
                                         else "" for lz, f in zip(lesions, drafts, strict=True)],
                                        [f.organ for f in drafts])
            for fi, f, said in zip(lesion_fi, drafts, shared, strict=True):
                if said is not None:
                    f.laterality = said
                    opening_sided.add(fi)
        enumerated: list[tuple[int, list[Item], int]] = []
        for k, found in sizes_of.items():
            found.sort(key=lambda p: (p[0], p[1].start))
            if self.fluid_value is not None and lesions[k].value == self.fluid_value and not lesions[k].plural and \
                    found[0][0] in (1, 2):
                # "ascites: Morison's 21 mm, pelvis 46 mm"
                pockets = pocket_depths(found, lesions[k].end, self.words.role) if self.words is not None else []
                if pockets and lesions[k].concept in self.fluid_spaces and self.words is not None \
                        and not bounded_depths(pockets, self.words.role):
                    # "Free fluid: Morison's pouch 9 mm, pelvis 14 mm": a pocket per place (fluid_depths.py)
                    found.sort(key=lambda p: p[1] is not pockets[0])
                    self._attach(lesion_fi[k], pockets[0])
                    enumerated.append((lesion_fi[k], pockets, lesions[k].end))
                    continue
                if not pockets and len(found) > 1 and self.words is not None:
                    # "pericardial effusion 1.2 cm anteriorly and 1.9 cm posteriorly": one collection's depths
                    pockets = placed_depths(found, lesions[k].end, self.words.role, self.lower, self.depth_directions)
                if pockets:
                    deepest_pocket = deepest(pockets)
                    found.sort(key=lambda p: p[1] is not deepest_pocket)
            if lesion_fi[k] in reused and self._today(found[0][1]):
                # "A 14 mm cyst. ... Six months later the cyst now measures 19 mm": today's size, not the earlier one
                self.findings[lesion_fi[k]].size_mm = []
            self._attach(lesion_fi[k], found[0][1])
            if len(found) > 1 and self.words is not None:
                axes = axis_dimensions([it for _, it in found], self.words.role, found[0][1])
                if axes is not None:
                    self.findings[lesion_fi[k]].size_mm = axes  # "11 mm short axis, 2.3 cm long axis"
            if self.side_rows is not None and \
                    (per_side := sizes_per_side(self.side_rows, lesions[k], [it for _, it in found])) is not None:
                # "| Largest cyst | 58 mm | 71 mm |": one lesion per side's cell (side_rows.py)
                enumerated.append((lesion_fi[k], per_side, lesions[k].end))
                continue
            first_priority, first = found[0]
            if lesions[k].plural and first_priority == -1 and first.start >= lesions[k].end:
                # "innumerable cysts, the largest 4.8 cm on the left and 3.9 cm on the right": the largest of
                # each side, one finding per side
                per_side = sorted((it for priority, it in found if it.start >= lesions[k].end), key=_start_of)
                listed_sides = self._list_sides(per_side, lesions[k].end)
                if len(per_side) > 1 and None not in listed_sides and len(set(listed_sides)) == len(listed_sides):
                    enumerated.append((lesion_fi[k], per_side, lesions[k].end))
                elif self.words is not None and self._today(first):
                    # "the 2 splenic lesions have regressed: now 8 mm and 5 mm": today's sizes of the members
                    today = [first, *continued_list(first, per_side[per_side.index(first) + 1 :], self.words)]
                    if len(today) > 1:
                        enumerated.append((lesion_fi[k], today, lesions[k].end))
                continue
            if lesions[k].plural and first_priority == 0 and self.words is not None:
                # "7 mm and 4 mm colloid cysts": sizes listed before the lesion word, one finding each
                listed = premodifier_list(first, [it for _, it in found], lesions[k], self.words)
                if len(listed) > 1 or first.members:
                    lo = listed[0].start
                    if lo > 0 and self.words.side[lo - 1] is not None:
                        lo -= 1  # "R 3 mm and L 8 mm calculi": the first size's own side word, right before it
                    enumerated.append((lesion_fi[k], listed, lo))
                continue
            if lesions[k].plural and first_priority == 2 and first.start < lesions[k].end and self.words is not None:
                # "two echogenic foci, 6 mm and 4 mm, consistent with calculi": the members a cue names after them
                listed = named_after_list([it for _, it in found], lesions[k], self.words)
                if listed:
                    enumerated.append((lesion_fi[k], listed, listed[0].start))
                    continue
            if not lesions[k].plural or first_priority not in (1, 2) or first.start < lesions[k].end:
                continue
            listed = [it for priority, it in found if priority == first_priority]
            if self.words is not None and first_priority == 1:
                # "cysts in the left kidney of 8 mm and 21 mm": the sizes the first one's list goes on with
                listed += continued_list(listed[-1], [it for priority, it in found if priority == 2], self.words)
            elif self.words is not None:
                # "two cysts in the left kidney, one 8 mm and one 12 mm": a list after the organ that places them
                listed = [first, *continued_list(first, listed[1:], self.words)]
            if len(listed) > 1 or listed[0].members:
                # "two lesions, 2.4 cm in segment 8 and 1.6 cm in segment 3": one finding per size listed.
                enumerated.append((lesion_fi[k], listed, lesions[k].end))
        for k, fi in enumerate(lesion_fi):
            f = self.findings[fi]
            own_side = self._side_in(*regions[k]) if self.words is not None else None
            modifier_side = self._modifier_side(lesions[k], regions[k][0]) if has_side else None
            if modifier_side is not None:
                # "Bilateral breast cysts, the largest 8 mm in the left breast": the side the lesion's own noun
                # phrase states; a site named later places only one of them.
                f.laterality = modifier_side
                if modifier_side == "bilateral" and k in sizes_of and self.words is not None:
                    # ... but a bilateral heading's items are one side each ("Bilateral renal AMLs:\n right kidney
                    # several, up to 19 mm;\n left kidney ..."): its size's item, after the colon, states its side
                    f.laterality = headed_item_side(self.words, lesions[k].end, sizes_of[k][0][1], span[1]) \
                        or modifier_side
            elif own_side is not None and not self._site_named_in(f, regions[k], items):
                f.laterality = own_side
            elif self.heading_side is not None and fi not in opening_sided \
                    and not self._site_named_in(f, regions[k], items) and not self._landmark_sided_in(regions[k]):
                # (not over the side its own sentence opened with: "Left lobe: 45 mm. In the right lobe, a 13 mm
                # nodule and a 5 mm cyst": the cyst is on the right)
                f.laterality = self.heading_side
            elif f.laterality is None and self.words is None and len(lesions) == 1:
                f.laterality = laterality_of(text.casefold().split())
            if f.laterality is None and has_side and self.words is not None:
                # "R 8 cm with two cysts; L 8.3 cm, 23 mm exophytic cyst": the left one (elliptic_sides.py)
                f.laterality = side_opening_clause(self.words.side, self.words.role, span[0], lesions[k].start,
                                                   size_starts, [a.start for a in anatomy])
            if own_side is None and modifier_side is None and inherited is not None and k \
                    and f.laterality == inherited.laterality == "bilateral":
                # "Both kidneys normal. Hydronephrosis on the left with a 9 mm calculus at the VUJ": one side stated
                # for the organ earlier in the lesion's own sentence narrows the pair carried from the sentences
                # before
                f.laterality = self._stated_before(f, lesion_fi[:k])
            if f.laterality == "bilateral" and own_side in (None, "bilateral") and modifier_side is None \
                    and k in sizes_of and self.words is not None:
                # "Both testes contain hypoechoic lesions ...: right 11 x 7 mm; left ...": the side of the list item
                # that measures it (bilateral_items.py)
                f.laterality = measured_item_side(self.words, lesions[k].end, sizes_of[k][0][1], span[1]) \
                    or f.laterality
            if f.laterality == "bilateral" and own_side in (None, "bilateral") and modifier_side is None \
                    and self.words is not None:
                # "Kidneys: ..., R upper pole 3 mm cyst": the one side its own clause names before it
                # (bilateral_parts.py)
                f.laterality = clause_side_before(self.words, lesions[k], span[0]) or f.laterality
            if f.laterality is None and has_side and self.words is not None \
                    and row_sentence(self.words.role, span[0], span[1], self.label_rows):
                # "Nodule 4 | L lower | 4 mm | simple cyst": the one side its table row states (heading_scope.py)
                row_side = self._side_in(*span)
                f.laterality = row_side if row_side in _OPPOSITE else None
            if self._summary_entry is not None and inherited is self._summary_entry and own_side is None \
                    and modifier_side is None and f.laterality is not None \
                    and f.laterality == self._summary_entry.laterality and self.in_summary:
                # "... 14 mm cyst in the left native kidney.\nIMP: Perinephric collection": the findings' side
                self.summary_carried.add(fi)
            if self.in_summary and has_side:
                stated_side = own_side or modifier_side or (headings[-1].laterality if headings else None)
                if stated_side in _OPPOSITE:
                    self.summary_stated[fi] = stated_side
            if own_side is None and modifier_side is None and (
                self.scope_side == MIDLINE
                or (self.words is not None
                    and midline_lead(self.words.side, self.words.role, span[0], lesions[k].start,
                                    self.lower, self.scar_words))):
                # "Infra-umbilical midline: 19 mm collection" (heading_scope.py); "Site 3: lower back, midline:
                # 24 mm abscess" (midline_leads.py)
                f.laterality = None
                self.midline_made.add(fi)  # (no side carried to it later either: sites.py)
            elif own_side is None and modifier_side is None \
                    and midline_place(f.organ, lesions[k], regions[k], items, self.unpaired_organs):
                f.laterality = None  # "Left lobe: ... Isthmus: a 3 mm nodule" (heading_scope.py)
                self.midline_made.add(fi)  # (no side carried to it later either: a lobe's, a summary's)
            elif f.laterality is None and self.scope_side not in (None, MIDLINE) \
                    and (f.organ is None or self.scope_organ in (None, f.organ)) \
                    and not self._landmark_sided_in(regions[k]) \
                    and not midline_place(f.organ, lesions[k], regions[k], items, self.unpaired_organs):
                f.laterality = self.scope_side  # "2) Right forearm: 11 mm lesion, also lipoma" (heading_scope.py)
            if f.location is None and len(lesions) == 1:
                f.location = location_in(text)
            elif f.location is None and own_clause(lesions[k], regions[k], items):
                # "in segment VII a 12 mm cyst and in segment III a 9 mm haemangioma" (clause_locations.py)
                f.location = clause_location(text, self.token_starts, span, regions[k], location_in)
        for k, fi in enumerate(lesion_fi):
            f = self.findings[fi]
            if f.organ is None:
                # "... left breast ... and a second 7 mm lesion": the organ named earlier in the sentence;
                # "Left: small effusion": the organ of the last lesion with the same diagnosis.
                earlier = [a for a in anatomy if a.end <= lesions[k].start]
                named = [a for a in earlier if a.organ is not None]
                if named and self._lobe_elsewhere(named[-1].organ, named[-1].end, regions[k][1]):
                    # "... renal colic; calcium 2.8. The dominant right-lobe nodule": no lobe of the kidney (sites.py
                    # files it under the organ with lobes: lobed_organs.py)
                    named = []
                if named:
                    side = f.laterality
                    self._set_site(f, named[-1])
                    # "the left breast ... the nipple ... a second lesion": the side stated for that organ.
                    sided = [a.laterality for a in named if a.organ == named[-1].organ and a.laterality]
                    f.laterality = side or (sided[-1] if sided else f.laterality)
                elif f.diagnosis is not None and f.diagnosis in self._last_by_diagnosis:
                    prev = self.findings[self._last_by_diagnosis[f.diagnosis]]
                    if not self._lobe_elsewhere(prev.organ, self._sentence_start, regions[k][1]):
                        # (not "... a parathyroid adenoma. A 9 mm nodule lies within the left lobe": the thyroid's)
                        f.organ, f.body_system = prev.organ, prev.body_system
            elif f.laterality is None and fi not in self.midline_made:
                # "left kidney with hydronephrosis and a 9 mm stone at the PUJ": a part named without a side
                # takes the side stated earlier in the sentence for the same organ; not a lesion its own clause
                # places at a midline part of that organ (midline_place above: "a 17 mm nodule in the left thyroid
                # lobe and a 6 mm nodule in the isthmus": the lobe's side is not the isthmus's).
                sided = [a.laterality for a in anatomy
                         if a.end <= lesions[k].start and a.organ == f.organ and a.laterality]
                if sided:
                    f.laterality = sided[-1]
                elif k and self.words is not None and not lesions[k].unsided and f.organ not in self.unpaired_organs \
                        and (self.fluid_value is None or lesions[k].value != self.fluid_value) \
                        and f.structure not in self.unpaired_organs \
                        and not any(a.heading and a.organ == f.organ for a in anatomy
                                    if lesions[k - 1].end <= a.start < lesions[k].start):
                    # "a 3.4 cm node at left level II, with a further 1.5 cm node at level III": the side of the
                    # sentence's lesion of the same organ before it, where no side word stands between (a measured
                    # node is a lesion, so no anatomy before it holds the side); not fluid, which lies where it
                    # pools ("a left adnexal mass and moderate free fluid"); not a lesion at a midline part ("right
                    # lobe ..., a 14 mm nodule; isthmus: a 6 mm nodule") nor one under a heading of its organ between
                    # ("Small effusion on the left, kidneys: a 17 mm cyst": a new statement, which names no side)
                    f.laterality = same_organ_side(
                        [(lesions[j].end, self.findings[fj]) for j, fj in enumerate(lesion_fi[:k])],
                        f.organ, self.words.side, lesions[k].start)
            if lesions[k].laterality is not None and own_side is None and (
                    not lesions[k].site_of_self or lesions[k].column_side):
                # A listed line's lesion under a heading that states the side they all lie on ("Two nodules, both
                # on the left:" over "- upper pole, 12 mm": lesion_lists.py), where its own words state none; a
                # node of a side column's cell ("Level | Right | Left") has its column's side, not a heading's.
                f.laterality = lesions[k].laterality
            if f.diagnosis is not None:
                self._last_by_diagnosis[f.diagnosis] = fi
        last = lesion_fi[-1]
        if enumerated:
            made = len(self.findings)
            at = {id(self.findings[fi]): lesions[k].start for k, fi in enumerate(lesion_fi)}
            for fi, listed, lo in enumerated:
                at.update(self._enumerate(fi, listed, lo))
            if len(lesion_fi) > 1 and made < len(self.findings):
                last = self._in_written_order(min(lesion_fi), at, last)
        self.last_lesion = last
        for said, a, b in other_sides:
            if self.findings[lesion_fi[-1]].laterality == _OPPOSITE[said]:
                self.last_lesion = self._copy_on_side(lesion_fi[-1], said, [it for it in items if a <= it.start < b])
        self.last_lesion_sent = lesions[-1].sent
        self.block = None
        if self.block_heads and len(lesions) == 1 and lesions[0].start in self.block_heads:
            self.block, self.block_sited = self.last_lesion, False  # (lesion_blocks.py)
        if anatomy and not headings:
            self._move_site(anatomy[-1], anatomy, own_sides=True)

    def _named_after(self, heading: Item, lesion: Item, floor: int, anatomy: list[Item],
                     items: list[Item]) -> Item | None:
        """The last organ named between ``heading`` (and the lesion before, ending at ``floor``) and ``lesion``,
        not as a heading and not stated normal right after: the organ the lesion's own statement opens with."""
        lo = max(heading.end, floor)
        named = None
        for a in anatomy:
            if a.start >= lesion.start:
                break
            if a.start >= lo and not a.heading and a.organ is not None and a.organ != heading.organ:
                named = a
        if named is None or any(it.kind == "normal" and named.end <= it.start <= named.end + 2 for it in items):
            return None
        return named

    def _landmark_sided_in(self, region: tuple[int, int]) -> bool:
        """Whether a landmark phrase in the clause ``region`` names a side ("nodule posterior to the L lower pole")."""
        sided = self.landmark_sided
        return bool(sided) and any(j in sided for j in range(*region))

    def _stated_before(self, f: _Draft, earlier: list[int]) -> str | None:
        """The side of the last of the sentence's ``earlier`` lesions in ``f``'s organ when it is one side other than
        ``f``'s (carried) one; else ``f``'s own."""
        for fi in reversed(earlier):
            e = self.findings[fi]
            if e.organ == f.organ and e.kind == "lesion":
                return e.laterality if e.laterality in _OPPOSITE and e.laterality != f.laterality else f.laterality
        return f.laterality

    def _sentence_site(self, lesion: Item, region: tuple[int, int], anatomy: list[Item],
                       items: list[Item]) -> Item | None:
        """The last organ named in the lesion's sentence before its clause, when its clause names none: not one
        stated normal right after ("the right kidney is normal; a 2 cm cyst ..."), and not another organ than the
        one the lesion's own words name or imply."""
        lo, hi = region
        if any(lo <= a.start < hi for a in anatomy):
            return None
        before = [a for a in anatomy if a.end <= lo and a.organ is not None]
        if not before:
            return None
        site = before[-1]
        if lesion.organ is not None and lesion.organ != site.organ:
            return None  # "right wrist; left knee effusion": the lesion's words name or imply an organ of their own
        if any(it.kind == "normal" and site.end <= it.start <= site.end + 3 for it in items):
            return None
        return site

    def _move_site(self, site: Item, among: list[Item] | None = None, own_sides: bool = False) -> None:
        """The current site; a part of the same organ named without a side ("the nipple" after "right breast")
        keeps the side already stated. Among several, the last that names an organ ("US THYROID AND NECK")."""
        if among:
            for a in reversed(among):  # (a plain loop: cheaper than next() over a generator)
                if a.organ is not None:
                    site = a
                    break
        old = self.site
        if own_sides and among and site.laterality is None and site.organ is not None:
            # "Left kidney 11 cm, in the lower calyx a 6 mm stone": the part is on the side its organ was named with
            # earlier in the same sentence, not the side of the site the sentence started from
            for a in reversed(among):
                if a.start < site.start and a.organ == site.organ and a.laterality in _OPPOSITE:
                    # (unless another side word stands between: "Right lobe 5 cm ... - Left lobe 4 cm, nodule in
                    # the lower pole", a bare lobe is no anatomy mention)
                    if self.words is None or _OPPOSITE[a.laterality] not in self.words.side[a.end : site.start]:
                        old = a
                    break
            else:
                if old is not None and old.laterality in _OPPOSITE and (turned := self._turned_side(old, site.start)):
                    old = _with_side(old, turned)
        if old is not None and site.laterality is None and old.laterality is not None and site.organ == old.organ \
                and site.concept not in self.unpaired_organs and not self._closed_beside_lesion(old):
            # (not a part the body has one of, in an organ of a child's that holds paired ones too: "Left kidney:
            # 6 mm cyst. Bladder: 5 mm calculus" -> the bladder has no side; udt:isUnpaired)
            site = _with_side(site, old.laterality)
        self.site = site

    def _turned_side(self, old: Item, upto: int) -> str | None:
        """The side opposite ``old``'s, where the sentence now read names it before token ``upto`` ("Right lobe:
        nodule in the mid portion.\n- Left lobe 4.7 cm, a nodule in the lower pole": a bare lobe is no anatomy
        mention): an unsided part it names is on that side, not on ``old``'s; else None."""
        if old.laterality not in _OPPOSITE or self.words is None:
            return None
        other = _OPPOSITE[old.laterality]
        return other if other in self.words.side[self._sentence_start : upto] else None

    def _merge_refinements(self, lesions: list[Item], items: list[Item]) -> list[Item]:
        """"A 12 mm lesion ..., likely a haemangioma": the later diagnosis names the same lesion. The first
        mention keeps the finding and takes the finer diagnosis when it is asserted."""
        if len(lesions) < 2 or self.words is None:
            return lesions
        role = self.words.role
        kept = [lesions[0]]
        for k, lz in enumerate(lesions[1:], 2):
            prev = kept[-1]
            between = role[prev.end : lz.start]
            # "..., likely a haemangioma" right before the diagnosis, or a cue anywhere between with no new size (the
            # items scanned for a size only then: most pairs have no cue between).
            refines = "sep_strong" not in between and (
                "refine" in role[max(prev.end, lz.start - 3) : lz.start]
                or ("refine" in between
                    and not any(it.kind == "size" and prev.end <= it.start < lz.start for it in items))
            )
            # "A second lesion, a 5 mm oval cyst, ...": a diagnosis in apposition names an unnamed lesion; a stone is
            # named, though it has no diagnosis value ("multiple stones, largest 2 cm, pericholecystic fluid": two).
            appositive = prev.value is None and prev.concept not in self.diffuse and \
                (prev.concept not in self.stones or lz.concept in self.stones) and between[:1] == ["comma"] and \
                "sep" not in between and \
                "sep_strong" not in between and lz.start - prev.end <= 10 and \
                (lz.concept not in self.diffuse or not (self._sized_itself(prev, items) or named_kind(prev, self)))
            # (an organ's state after the comma names no measured lesion: "9 mm lower-pole stone, mild hydronephrosis";
            # nor one its own word names: "multiple gallstones, the largest 7 mm, with sludge")
            generic = prev.concept is not None and prev.concept == self.generic_lesion
            # "volar ganglion" + "cyst": two mentions inside one noun phrase.
            # (not a pronoun's further lesion right after a lesion word it follows: "at the edge of the seroma
            # another 1 cm pocket", pronoun_lesions.py; two pronouns are one: "another one smaller 3 cm")
            compound = lz.start == prev.end and (generic or lz.value == prev.value) \
                and (prev.pronoun or not lz.pronoun)
            # "Stones / Calculs:", "stones/calculi": one concept named twice across a slash (a bilingual worksheet).
            compound = compound or (lz.start == prev.end + 1 and role[prev.end] in (None, "slash")
                                   and lz.concept == prev.concept)
            # "L pleural effusion (haemothorax), 3.5 cm depth": a bracketed name of the same diagnosis right after a
            # lesion word names that lesion more finely, no second one
            compound = compound or (lz.start == prev.end + 1 and role[prev.end] == "open" and lz.value is not None
                                   and lz.value == prev.value and lz.status == prev.status)
            # "cyst of 11 mm (spermatocele)": the same kind of bracketed name after the lesion's own size
            # (bracketed_names.py)
            compound = compound or names_measured_lesion(prev, lz, role, items)
            # "Zweiter Knoten im selben Lappen (second nodule, same lobe), 7 mm": a writer's gloss of the lesion word
            # (glossed_names.py)
            compound = compound or (bool(self.lower) and "open" in between
                                    and glosses_lesion(prev, lz, role, items, self.and_id, self.lower))
            # "Lesion 1 | R 11:00 | 9 x 6 x 5 mm | oval, anechoic | simple cyst": a bare diagnosis later in the clause
            # names the unnamed lesion it describes ("formation 23 mm, avascular (cyst)"); a hedged name ("formation
            # 23 mm (haemorrhagic cyst?)") is still about it, though it leaves it unnamed (the value is taken below
            # only when asserted); a plural name may name plural formations ("formations up to 5 mm (cysts)").
            named_later = generic and lz.value is not None and (lz.plural or not prev.plural) and \
                lz.status != "absent" and \
                "sep_strong" not in between and lz.start - prev.end <= _NAMING_SPAN and \
                ("sep" not in between or (self.and_id is not None and joins_features(
                    role, self.lower, self.and_id, prev.end, lz.start, self.dashes))) and \
                not self._sized_itself(lz, items)
            # "collection ..., 4 x 3 cm - abscess": a diagnosis after a free dash names the lesion just measured.
            # (an organ's state there names no lesion whose own word names its kind: "a calculus of 9 mm in the neck,
            # Murphy positive - acute cholecystitis" is the stone and the gallbladder's state, two findings)
            dashed = bool(self.dashes) and "sep_strong" not in between and \
                (lz.concept not in self.diffuse or not named_kind(prev, self)) and named_after_dash(
                    self.dashes, role, prev.end, lz.start, lz.end,
                    [(it.start, it.end) for it in items if it.kind == "size"])
            largest = names_largest_member(prev, lz, between)  # "nodules, the largest being a complex nodule"
            if not largest and "largest" in between and "sep" in between:
                # The "and" inside a list of lengths sharing one unit ("two nodes, cortices 5 and 6 mm, the larger
                # node 21 mm") joins numbers, not clauses: it ends no description (size_lists.py).
                largest = names_largest_member(prev, lz, _listed_and_cleared(between, prev.end, items))
            # "large hydrocele, fluid depth 5.6 cm": the collection's fluid, measured (fluid_restated.py)
            # (the fluid's diagnosis tested first, as restates_fluid does: no call for any other lesion)
            largest = largest or (self.fluid_value is not None and lz.value == self.fluid_value
                                  and restates_fluid(prev, lz, role, self.fluid_value))
            # "2.4 cm exophytic cyst with a septation (Bosniak II)": a grade names no lesion of its own in the
            # sentence of a lesion of its diagnosis (termset.GRADED_LESION_LABELS)
            graded = lz.concept in self.graded and prev.concept not in self.graded and lz.value == prev.value and \
                "sep_strong" not in between and not self._sized_itself(lz, items)
            if names_counted_members(prev, lz, role, self.stones):
                # "lithiasis of 3 stones, the biggest 14 mm": the members' word restates the group; it keeps the
                # finding, being the plural that the sizes after it measure (counted_names.py)
                prev.merged = True
                if lz.value is None:
                    lz.value = prev.value
                lz.extra.extend((prev.index, *prev.extra))
                kept[-1] = lz
                continue
            if (prev.concept in self.graded and lz.concept not in self.graded and lz.value == prev.value
                    and lz.start - prev.end <= 3 and not self._sized_itself(prev, items)) or \
                    grade_names_next(prev, lz, role, items, self.graded, self.diffuse):
                # ("R lobe 6 mm TR2 cyst": a grade grades a lesion of another diagnosis too; graded_names.py)
                # "TR3 solid nodule of 11 mm": the grade before the lesion word grades it
                prev.merged = True
                if lz.organ is None and prev.organ is not None:
                    # "2. TR3 right lower pole nodule": the organ the grade implies (the thyroid, its only scale)
                    # places the bare lesion word it names, not the organ of the item before ("1. parathyroid
                    # adenoma"); a lesion word naming an organ of its own keeps it
                    lz.organ, lz.system = prev.organ, prev.system
                lz.extra.extend((prev.index, *prev.extra))
                kept[-1] = lz
                continue
            if (appositive or named_later or dashed) and not (refines or compound or largest or graded) \
                    and self._looks_unlike(prev, lz, items, kept[-2].end if len(kept) > 1 else self._sentence_start):
                # "an echogenic focus of 6 mm with posterior acoustic shadowing, cyst in the upper pole": a bare name
                # the lesion's own look rules out is another lesion (typical_looks.py)
                kept.append(lz)
                continue
            if refines or appositive or compound or named_later or dashed or largest or graded:
                lz.merged = True
                if (lz.status == "present" or (lz.status == "uncertain" and (
                        prev.value is None or (prev.value == lz.value and not prev.own_site))
                        and not _differential(lz, lesions[k : k + 1]))) \
                        and lz.own_site and lz.organ is not None and lz.organ != prev.organ:
                    # "a 13 mm oval nodule in keeping with a parathyroid adenoma": the organ the name names; a hedged
                    # name too where it is the only name the lesion has ("an oval formation, separate from the
                    # thyroid, suggestive of parathyroid adenoma"), or where it rolls up to the lesion's own
                    # diagnosis, so that the hedge doubts only the gland ("a nodule behind the right lobe, likely
                    # parathyroid adenoma": a nodule either way; not a "thyroid nodule", placed by its own words),
                    # unless it is one of a differential ("?nerve sheath tumour ?haemangioma": no reading of its own)
                    prev.organ, prev.system = lz.organ, lz.system
                    prev.own_site = True
                if lz.status == "present" and (prev.value is None or (
                        refines and lz.value is not None and lz.value != prev.value
                        and named_by_shape(prev.start, prev.end, self.lower, self.shape_words))):
                    # ("nodular image ..., compatible with hemangioma": a shape word's nodule is named by the name
                    # after it, shape_named.py)
                    prev.value, prev.concept = lz.value or prev.value, lz.concept
                prev.extra.append(lz.index)
                continue
            if generic and prev.end < len(role) and role[prev.end] == "colon":
                # "Focal lesions: 1) 2.8 cm cyst; 2) ...": a key that announces the lesions after it.
                prev.merged = True
                lz.extra.extend((prev.index, *prev.extra))
                kept[-1] = lz
                continue
            kept.append(lz)
        return kept

    def _looks_unlike(self, prev: Item, lz: Item, items: list[Item], start: int) -> bool:
        """Whether the look described for the unnamed lesion ``prev`` (the attributes from ``start``, the end of the
        lesion before it, up to the name ``lz``) rules out the name ``lz`` gives (``ruled_out``)."""
        if self.ruled_out is None or prev.value is not None or lz.value is None or lz.concept is None:
            return False
        look: dict[str, list[str]] = {}
        for it in items:
            if it.kind == "attribute" and it.value and start <= it.start < lz.start:
                look.setdefault(it.field, []).append(it.value)
        return bool(look) and self.ruled_out(lz.concept, look)

    def _sized_itself(self, lesion: Item, items: list[Item]) -> bool:
        """A size stands right before the lesion word (up to three words, no clause boundary) or right after it."""
        role = self.words.role if self.words is not None else []
        for it in items:
            if it.kind != "size":
                continue
            # (a colon after a size ends what was measured: "..., round, anechoic, 2.2 cm: simple cyst" names the
            # lesion just described, its size none of the name's own)
            if lesion.start - 3 <= it.end <= lesion.start and not any(
                    role[j] in _SEPARATORS or role[j] in ("open", "colon") for j in range(it.end, lesion.start)):
                return True
            if lesion.end <= it.start <= lesion.end + 2:
                return True
        return False

    def _regions(self, lesions: list[Item], span: tuple[int, int]) -> list[tuple[int, int]]:
        """Each lesion's clause: from the last clause boundary after the previous lesion to the first one after
        itself (the whole sentence when there is one lesion)."""
        start, end = span
        if self.words is None or end <= start:
            return [(start, end)] * len(lesions)
        role = self.words.role
        out = []
        # A ";" ends a clause even around a single lesion ("right lobe with a 9 mm nodule; left lobe normal").
        first, last = lesions[0], lesions[-1]
        lo = _after_last(role, "sep_strong", start, first.start, start)
        end = _first(role, "sep_strong", last.end, end, end)
        for k, lz in enumerate(lesions):
            hi = lesions[k + 1].start if k + 1 < len(lesions) else end
            if k + 1 < len(lesions):
                # The boundary between two lesions: the last separator before the next one; without one, the
                # next lesion's pre-modifiers (up to three words) start its clause.
                cut = next((j for j in range(hi - 1, lz.end - 1, -1) if role[j] in _SEPARATORS), None)
                if cut is not None:
                    cut = fronted_place_cut(role, lz.end, cut)  # "... and, in segment III, a 9 mm ..."
                if cut is None and lz.end < hi and role[lz.end] == "colon":
                    # A lesion heading ("Nodules: right caudal a 13 mm nodule"): its colon ends its clause, the
                    # words after it are the next lesion's
                    cut = lz.end + 1
                hi = cut if cut is not None else max(lz.end, hi - 3)
                # A table row's lesion ends at its line ("| 2 | R | cyst | 6 mm |\n| 3 | L | cyst ..."): the
                # next row's side is the next lesion's (sites.py gives the line break the role "row").
                row = next((j for j in range(lz.end, hi) if role[j] == "row"), None)
                hi = row if row is not None else hi
            own_lo = lo
            if lz.node and lz.site_of_self:
                # The node a level row makes (level_rows.py) lies within its row, last row or not: the row states
                # level, side and size, so the rows around it are other nodes' ("| II | left | 10x5 | hilum
                # preserved, normal |", a benign node listed; "| IV | R | - | matted cluster |", unmeasured), no
                # finding of their own here, and their sides are no side of this one.
                if k + 1 == len(lesions) and "row" in role[lz.end : hi]:
                    hi = role.index("row", lz.end, hi)
                own_lo = _after_last(role, "row", lo, lz.start, lo)
            out.append((own_lo, hi))
            lo = hi
        return out

    def _inherited_site(self, lesion: Item, region: tuple[int, int]) -> bool:
        """Whether the site carried over from earlier sentences places ``lesion``. A diagnosis that names its own
        organ is there, not in the organ described before, where that organ cannot hold it: a vessel ("Left:
        thrombus in the popliteal vein. A 3 cm Baker's cyst": the knee) or an organ the report has just stated
        normal ("The right kidney was normal. Small-volume ascites": the peritoneum). Elsewhere a typical site
        yields to the organ under description ("SPLEEN: ... a 9 mm focus, likely a haemangioma"). A vessel holds no
        lesion a bare lobe places ("R CCA 6 mm from the target. L lobe: 8 mm cyst": the thyroid's lobe), nor does
        any organ without lobes ("Parathyroid adenoma ... A 9 mm nodule lies within the left lobe"; ``region``: the
        lesion's clause, whose lobe word places it too)."""
        site = self.site
        if site is not None and (lesion.organ is None or lesion.organ == self.lobe_home) and self._lobe_elsewhere(
                site.organ, self._sentence_start if lesion.organ is None else region[0], region[1]):
            # "after renal colic ... the dominant right-lobe nodule measured 21 mm": a kidney or parathyroid has no
            # lobes, so the lobe is the thyroid's (sites.py files the unplaced lesion under it: lobed_organs.py); a
            # "spongiform nodule" the thyroid's own name implies is the more so, where its own clause names the lobe
            return False
        if lesion.organ is None and site is not None and site.organ in self.poleless_organs and self.poles \
                and not self.poles.isdisjoint(self.lower[region[0] : region[1]]):
            # "BLADDER: wall 8 mm.\nCONCLUSION: R MID POLE ECHOGENIC LESION 14MM": a pole places the lesion in an
            # organ with poles (a kidney, a testis), never in the bladder or liver described before
            return False
        if lesion.organ is None and site is not None and site.organ in self.vessel_organs and self.lobes \
                and not self.lobes.isdisjoint(self.lower[self._sentence_start : lesion.start]):
            # "R CCA lateral to the target. L lobe: 8 mm cyst": a bare lobe before it places the lesion in the
            # report's organ with lobes (the thyroid, sites.py: lobed_organs.py), not in the vessel described before
            return False
        if site is not None and nodule_leaves_nodes(lesion.value, lesion.organ, site.organ, self.node_organs,
                                                    self.lobe_home):
            # "Lymph nodes: no suspicious nodes.\nConclusion: Nodule 3 (left, TR4, 13 mm): FNA": the thyroid's
            # nodule, not a node of the heading before (node_nodules.py)
            return False
        if lesion.organ is None or site is None or site.organ is None or site.organ == lesion.organ:
            return True
        if lesion.limb_site:
            return False  # "Knee: ... In the calf subcutaneous fat, a lipoma": the calf's soft tissues
        if self._files_node(lesion.organ, site.organ):
            return True  # "Right axilla: two enlarged nodes. The upper enlarged lymph node, 14 mm": the axilla's
        if lesion.own_site:
            # "Thyroid: ... behind the right lower pole, a parathyroid adenoma": the organ its name names; "Spleen
            # 11 cm. A 3 cm collection in segment 7": the liver its segment places it in (segment_sites.py)
            return False
        if lesion.concept in self.sited_fluids:
            return False  # "Right kidney normal. Right hydrocele": the scrotum its name places it in (sited_fluids.py)
        if lesion.concept in self.sited_stones and lesion.system is not None and lesion.system != site.system:
            # "L popliteal fossa: Baker's cyst. Abdo: gallstones": a stone its name places lies in its organ, not in
            # another body system's organ described before (within one system the organ under description still
            # holds it: "Right kidney: ... a stone" is no gallstone however worded)
            return False
        if self.in_summary:
            # "Conclusion: Hepatic simple cyst. Vesicular lithiasis.": each sentence of a summary names its own
            # finding, so the organ a diagnosis implies outranks the one the sentence before named.
            return False
        return site.organ not in self.vessel_organs and site is not self._closed_site

    def _lobe_elsewhere(self, organ: str | None, lo: int, hi: int) -> bool:
        """Whether a lobe word between tokens ``lo`` and ``hi`` names a lobe of the report's organ with lobes, not
        of ``organ``, which has none (a kidney, a parathyroid gland)."""
        return self.lobe_home is not None and organ is not None and organ != self.lobe_home \
            and any(lo <= j < hi for j in self._bare_lobes)

    def _modifier_side(self, lesion: Item, lo: int) -> str | None:
        """The side word inside the lesion's own noun phrase: in the lesion words or among the (at most three)
        words right before them, with no clause boundary, link or measuring word between ("bilateral renal
        cysts", "a right 6 mm cyst", "left-sided effusion"); None when there is none or more than one."""
        if self.words is None:
            return None
        side, role = self.words.side, self.words.role
        first = max(lo, lesion.start - 3)
        for j in range(lesion.start - 1, first - 1, -1):
            if role[j] is not None:
                first = j + 1  # a modifier phrase holds no role word ("left kidney with a cyst")
                break
        sides = set(side[first : lesion.end])
        sides.discard(None)
        return next(iter(sides)) if len(sides) == 1 else None

    def _end_at_new_subjects(self, lesions: list[Item], regions: list[tuple[int, int]],
                             items: list[Item]) -> list[tuple[int, int]]:
        """Each lesion's clause ends where what follows the lesion starts a statement of its own: an organ stated
        normal ("7 mm cyst left breast normal") or measured ("a cyst, left kidney 10 cm"), or, after a clause
        boundary, the other side than the one the clause stated ("left ovary with a 2.7 cm cyst, right ovary
        fine"; "nodule right side 2.1 cm, other side clear"). Its side word is then no side of the lesion. (One
        pass over the items: the clauses follow each other in token order, as the items do.)"""
        if self.words is None:
            return regions
        side = self.words.side
        out = []
        n, count = 0, len(items)
        for lz, (lo, hi) in zip(lesions, regions, strict=True):
            while n < count and items[n].start < lz.end:
                n += 1
            first_after = n
            # (the other side's clause may hold a list of organs stated normal that starts before it: "a cyst in
            # the left ovary and the uterus and right ovary were normal")
            cut = self._other_side_after(lo, lz.end, hi)
            while n < count and items[n].start < hi:
                a = items[n]
                n += 1
                if (a.kind != "anatomy" and (a.kind not in ("ignored", "landmark") or a.organ is None)) or a.heading:
                    continue  # (an organ the filing set aside still opens a statement: "..., right kidney normal")
                start = a.start - 1 if a.start - 1 >= lz.end and side[a.start - 1] is not None else a.start
                if self._placed_by_preposition(start, lz.end):
                    continue  # "a cyst on the left ovary 3 cm": the organ places the lesion
                nxt = items[n] if n < count else None
                if (nxt is not None and (
                    (nxt.kind == "normal" and nxt.start - a.end <= 2)
                    # ("biliary dilatation, CBD 14 mm": an organ measured right after the lesion measures it)
                    or (nxt.kind == "size" and self._measures(a, nxt) and a.start - lz.end > 4)
                )) or (a.kind == "anatomy" and side[start] is not None and start - lz.end > 4
                       and a.end < len(side) and self.words.role[a.end] == "link"
                       and self.words.role[start - 1] is None):
                    # (or a sided organ that opens a statement of its own, with its own verb, apart from the lesion:
                    # "an enlarged node with a thickened cortex the left testis contains a 6 mm cyst", a report
                    # typed without stops; not "calculus lower pole left kidney with shadowing", which places it)
                    hi = self._list_start(items, n - 1, first_after, lz.end, start)
                    break
            n = first_after
            out.append((lo, min(hi, cut)))
        return out

    def _other_side_after(self, lo: int, end: int, hi: int) -> int:
        """Where, after the lesion (which ends at ``end``), a clause boundary is followed by a side other than the
        one the clause stated first (before or after the lesion: "nodule right side 2 cm, other side clear");
        else ``hi``."""
        assert self.words is not None  # (the caller tests it)
        side, role = self.words.side, self.words.role
        stated = None
        for p in compress(range(lo, hi), side[lo:hi]):
            if stated is None or side[p] == stated:
                stated = side[p]
                continue
            if p < end:
                return hi  # two sides named before the lesion ends ("left and right renal cysts")
            cut = p  # back over "the", "on the" to the boundary ("..., the right ovary"; "..., on the left")
            while cut - 1 > end and cut > p - 3 and role[cut - 1] in (None, "place", "measure"):
                cut -= 1
            if cut == p and side[p - 2] == stated and role[p - 1] == "sep":
                continue  # "cysts in the left and right ovaries": both sides of one organ word, no new clause
            if cut > end and role[cut - 1] in _SEPARATORS:
                return cut
        return hi

    def _list_start(self, items: list[Item], k: int, floor: int, end: int, start: int) -> int:
        """Where the subject ending with ``items[k]`` begins: "kidneys and spleen were normal" starts with the first
        organ of its list (walking back over anatomy joined by "and" or a comma, not before ``items[floor]``)."""
        assert self.words is not None  # (the caller tests it)
        side, role = self.words.side, self.words.role
        for j in range(k - 1, floor - 1, -1):
            b = items[j]
            if b.kind != "anatomy" or b.start < end or start - b.end > 2 or any(
                    role[t] not in ("sep", "comma") for t in range(b.end, start)):
                break
            b_start = b.start - 1 if b.start - 1 >= end and side[b.start - 1] is not None else b.start
            if self._placed_by_preposition(b_start, end):
                break  # "a 12 mm cyst in the right kidney, spleen normal": the kidney places the cyst
            start = b_start
        return start

    def _placed_by_preposition(self, start: int, floor: int) -> bool:
        """A preposition among the (at most three) words before ``start`` and after ``floor``, with no clause
        boundary between ("on the left ovary", "in the right breast")."""
        role = self.words.role if self.words is not None else []
        for j in range(start - 1, max(floor, start - 3) - 1, -1):
            r = role[j]
            if r == "measure" or r == "place" or r == "link" or r == "distance":
                return True
            if r in _SEPARATORS:
                return False
        return False

    def _side_in(self, lo: int, hi: int) -> str | None:
        sides = set(self.words.side[lo:hi]) if self.words is not None else set()
        sides.discard(None)  # (a set of the slice, then without None: C-level, unlike a comprehension)
        if len(sides) == 1:
            return next(iter(sides))
        if "bilateral" in sides:
            return "bilateral"
        if not {"left", "right"} <= sides:
            return None
        # "HYDROCELE: R small (9 mm) | L none": a side denied by the word after it holds none of the finding
        lower, side = self.lower, self.words.side  # type: ignore[union-attr]
        kept = {side[j] for j in range(lo, hi) if side[j] is not None
                and not (j + 1 < len(lower) and lower[j + 1] in self.denied_sides)}
        return next(iter(kept)) if len(kept) == 1 else "bilateral"

    @staticmethod
    def _site_named_in(f: _Draft, region: tuple[int, int], items: list[Item]) -> bool:
        """The lesion's side already comes from anatomy named in its own clause ("in the left kidney")."""
        return f.laterality is not None and any(
            it.kind == "anatomy" and it.laterality == f.laterality and region[0] <= it.start < region[1]
            for it in items
        )

    def _organ_findings(self, anatomy: list[Item], attrs: list[Item], normal: Item | None = None) -> None:
        """One structure finding per organ named ("Right kidney 10.9 cm, left kidney 11.3 cm"): each organ
        takes the attributes and sizes that follow it; ``normal``, a verdict closing the list ("..., both
        normal"), is every organ's."""
        own: dict[int, int] = {}
        for it in attrs:
            if self._is_distance(it):
                continue
            a = next((a for a in reversed(anatomy) if a.end <= it.start), anatomy[0])
            fi = own.get(id(a))
            if fi is None:
                fi = own[id(a)] = self._new("structure", normal, a)
            self._attach(fi, it)

    def _verdict_group(self, organs: list[Item], owned: list[Item]) -> None:
        """The structure findings of organs named together in a sentence of several organs' verdicts ("liver and
        spleen normal, left kidney 11.2 cm"): the verdict is each one's; the attributes and sizes the last one's."""
        organs = [a for a in organs if a.organ is not None]  # ("Upper abdomen: spleen normal, ...": the spleen's)
        if not organs:
            return  # ("Ultrasound of my neck came back 'no abnormality detected - thyroid ... normal'": no organ)
        normal = next((it for it in owned if it.kind == "normal"), None)
        fi = -1
        for a in organs if normal is not None else organs[-1:]:
            fi = self._new("structure", normal, a)
        for it in owned:
            if it.kind != "normal":
                self._attach(fi, it)

    def _other_organs_normal(self, items: list[Item], anatomy: list[Item], lesion_fi: list[int]) -> None:
        """An organ stated normal in a sentence that describes a lesion of another organ ("Right kidney 10.5 cm with
        a 5 mm cyst, left kidney normal"): a normal structure of its own (organ_verdicts.py)."""
        for it in items:
            if it.kind != "normal":
                continue
            a = normal_right_after(anatomy, it, self.lower, self.verdict_gaps)
            if a is None or a.organ is None or any(
                    (f := self.findings[fi]).organ == a.organ
                    and not (f.laterality in _OPPOSITE and a.laterality in _OPPOSITE and f.laterality != a.laterality)
                    for fi in lesion_fi):
                continue  # (the lesion's own organ, or both sides of it: "... right kidney cyst; both kidneys: normal")
            self._new("structure", it, a)

    def _measured_before(self, anatomy: list[Item], attrs: list[Item]) -> list[Item]:
        """The attributes left for the verdict on the last organ named, once each earlier organ of another site
        measured right after its name took its sizes as a structure of its own ("The right ovary measures 2.9 x 1.8
        cm with a 9 mm follicle; the left ovary is normal": the left ovary is not 29 mm)."""
        last = anatomy[-1]
        taken: set[int] = set()
        for a in anatomy[:-1]:
            if a.organ == last.organ and (a.laterality == last.laterality or last.laterality is None):
                continue  # (the same organ, or a part of it whose side is unstated: "L testis 4.3 cm | epididymis:
                # normal")
            own = [z for z in attrs if z.kind == "size" and id(z) not in taken and a.end <= z.start < last.start
                   and self._measures(a, z)]
            if own:
                fi = self._new("structure", None, a)
                for z in own:
                    taken.add(id(z))
                    self._attach(fi, z)
        if not taken:
            return attrs
        # (a size written before the last organ is not its own: "... with a 9 mm follicle; the left ovary is normal")
        return [it for it in attrs if id(it) not in taken and (it.kind != "size" or it.start >= last.end)]

    def _measured_list(self, anatomy: list[Item], attrs: list[Item]) -> bool:
        """Two or more organs (or sides) named in turn, each measured right after its name ("Right kidney 10.8 cm,
        left kidney 11.2 cm"; "RK 10.8 cm, LK 11.2 cm")."""
        if len({(a.organ, a.laterality) for a in anatomy}) < 2:
            return False
        sizes = [it for it in attrs if it.kind == "size"]
        return all(any(z.start >= a.end and self._measures(a, z) for z in sizes) for a in anatomy)

    def _files_node(self, lesion_organ: str | None, site_organ: str | None) -> bool:
        """A node's lesion (its own name names the lymph nodes) at a region that holds nodes (Axilla, Hip groin and
        buttock, ...): the region files it, as the guideline rules (axillary nodes -> Axilla)."""
        return lesion_organ in self.node_organs and site_organ in self.node_regions

    def _is_distance(self, it: Item) -> bool:
        role = self.words.role if self.words is not None else None
        if it.kind != "size":
            return False
        if it.locates:
            return True  # "at a depth of 15 mm" (distances.locates)
        if role is None or it.end >= len(role):
            return False
        # A distance is one length: a size of two or three axes is the lesion's own, whatever place phrase follows
        # it ("ganglion 14 x 9 mm from the scapholunate ligament", "haematoma 14 x 6 mm inferior to the sac").
        after = it.end
        if self.period_id is not None and after + 1 < len(role) and self.lower[after] == self.period_id:
            after += 1  # "3 cm. FN" by a writer who dots units (dotted_units.py): the stop is the unit's
        if role[after] == "distance" and len(it.sizes) < 2:
            return True
        # A part's thickness is one length too: two or more axes after a part word are the lesion's ("cyst with a
        # thin septation measuring 4.9 x 4.2 cm"); a part word right after the size still names what it measures, and
        # so does one before a list of single lengths, one per lesion ("two nodes, cortices 5 and 6 mm").
        return is_part_size(role, it.start, it.end) \
            and (len(it.sizes) < 2 or bool(it.members) or role[after] == "part") \
            and not (role[after] != "part" and measures_septated_lesion(self.lower, it.start, it.sizes, self.septa))

    def _list_sides(self, sizes: list[Item], lo: int) -> list[str | None]:
        """The side named in the list item of each size ("right lower pole 2.8 cm, left interpolar 1.1 cm";
        "4.1 cm on the right and 2.7 cm on the left"): from the separator before it to the one after it; ``lo`` is
        where the list starts."""
        role = self.words.role if self.words is not None else []
        out = []
        for n, size in enumerate(sizes):
            floor = lo if n == 0 else sizes[n - 1].end
            ceiling = sizes[n + 1].start if n + 1 < len(sizes) else min(len(role), size.end + 6, self._sentence_end)
            row = table_row(role, size.start, size.end, floor, ceiling)
            if row is not None:
                out.append(self._side_in(*row))  # a table row is the size's list item, whatever commas it holds
                continue
            # (A colon ends the group's own words: "Renal cysts bilaterally: R 3 mm, L 4 mm", the first is right.)
            start = next((j + 1 for j in range(size.start - 1, floor - 1, -1)
                          if role[j] in _SEPARATORS or (n == 0 and role[j] == "colon")), floor)
            stop = next((j for j in range(size.end, ceiling) if role[j] in _SEPARATORS), ceiling)
            if n == 0 and self.lower:
                # A measuring word opens the first item too where a side follows it: "cysts in both kidneys
                # measuring 14 mm on the right and 9 mm on the left", the group's "both" is no side of the first
                # member (but "bilateral nodules, the right measuring 11 mm": the side before it is the item's)
                opener = next((j + 1 for j in range(size.start - 1, start - 1, -1) if self.lower[j] in self.measuring),
                              start)
                if opener > start and self._side_in(opener, stop) is not None:
                    start = opener
            # A terse list with no separators ("bilat pleural effusions R 2 cm L 3.5 cm"): a bare side word right
            # before each size opens its item, so neither the group's "bilat" nor the next item's side is its own
            side = self.words.side if self.words is not None else []
            if side and start < size.start and side[size.start - 1] in _OPPOSITE:
                start = size.start - 1
            if side and n + 1 < len(sizes) and stop == ceiling > size.end and side[ceiling - 1] in _OPPOSITE:
                stop = ceiling - 1
            out.append(self._side_in(start, stop))
        return out

    def _enumerate(self, fi: int, sizes: list[Item], lo: int) -> dict[int, int]:
        """Split a plural lesion finding into one finding per listed size, each with the side named next to it
        ("simple cysts: right lower pole 2.8 cm, left interpolar 1.1 cm"); ``lo`` is where the list starts. Returns
        the token where each new member is written (by ``id`` of its draft)."""
        base = self.findings[fi]
        members = member_sizes(sizes, self._list_sides(sizes, lo))
        starts = [it.start for it in sizes for _ in (it.members or (0,))]  # (a shared-unit list: one per number)
        at: dict[int, int] = {}
        said: str | None = None  # the side the list stated last
        for n, (size_mm, side) in enumerate(members):
            f = base if n == 0 else _Draft(**{**vars(base), "size_mm": [], "attributes": dict(base.attributes),
                                              "mentions": list(base.mentions)})
            f.size_mm = size_mm
            # A member with no side word of its own continues the list item before it, not the first one ("renal
            # cysts, right 2.3 cm, left 1.6 cm and 0.9 cm": the third is on the left too)
            side = side or said
            if side is not None:
                f.laterality = side
                said = side
            if n:
                self.findings.append(f)
                at[id(f)] = starts[n] if n < len(starts) else starts[-1]
        return at

    def _in_written_order(self, first: int, at: dict[int, int], last: int) -> int:
        """Put the lesion findings made from this sentence (from index ``first`` on) in the order written: a list's
        members are appended after the lesions the sentence names later ("fibroids: fundal 3.4 cm, anterior wall 2.2
        cm, and a submucous one 1.5 cm"). Only lesion findings move, among their own places; the rest keep theirs.
        The builder's references follow the lesions (the latest of each diagnosis); returns the new index of the
        finding at ``last``."""
        slots = [i for i in range(first, len(self.findings)) if id(self.findings[i]) in at]
        before = {i: self.findings[i] for i in slots}
        new_index: dict[int, int] = {}
        for i, f in zip(slots, sorted(before.values(), key=lambda f: at[id(f)]), strict=True):
            self.findings[i] = f
            new_index[id(f)] = i
        for dx, i in list(self._last_by_diagnosis.items()):
            if i in before:
                self._last_by_diagnosis[dx] = new_index[id(before[i])]
        return new_index[id(before[last])] if last in before else last

    def _size_owner(self, size: Item, lesions: list[Item], items: list[Item]) -> tuple[int, int] | Item | None:
        """Who a size measures: ``None`` for a distance ("4 cm from the nipple"), an anatomy item for an organ's
        own measurement ("the right kidney measures 11 cm", "Liver 14 cm, containing ..."), else ``(lesion
        index, priority)``: 0 for a size that pre-modifies its lesion, 1 after it, 2 otherwise."""
        if self._is_distance(size) and not (
            self.words is not None and sizes_lesion_before(
                self.words.role, size, items, self.fluid_value,
                0 < size.start <= len(self.lower) and self.lower[size.start - 1] in self.measuring)
        ):
            return None
        if self.side_rows is not None and names_other_rows(self.side_rows, size, lesions):
            return None  # "| Length | 10.4 cm | 11.8 cm |" above "| Cysts | 15 mm | none |" (side_rows.py)
        if self.words is not None:
            group = largest_group_before(self.words.role, size, lesions)  # "two cysts, the largest 3 mm, and ..."
            if group is not None:
                return group, 1
        # The nearest lesion or anatomy mention after and before the size (plain loops: a generator per search
        # costs more than the search).
        after = before = None
        for it in items:
            if (it.kind == "lesion" or it.kind == "anatomy") and not it.merged:
                if it.end <= size.start:
                    before = it
                if after is None and it.start >= size.end:
                    after = it
        # A size right before a lesion word pre-modifies it ("a 2 cm simple cyst", "15 mm upper pole cyst"); a
        # pronoun's size follows it ("largest 5.2 cm, another 3 cm").
        # ("a 4 cm long intramuscular haematoma, 9 mm thick": a size named as one dimension pre-modifies it too)
        named = self.words is not None and size.end < len(self.words.role) and self.words.role[size.end] == "axis"
        if after is not None and after.kind == "lesion" and not after.pronoun and not self._field_label(after) and \
                self._close(size.end + named, after.start, items) and not self._other_cell(size, after, items):
            if not named and before is not None and before.kind == "anatomy" and self._measures(before, size) and \
                    self._sized_right_after(after, items):
                return before  # "Right kidney 10 cm upper pole cyst 9 mm": the cyst's own size follows it
            return lesions.index(after), 0
        if self.words is not None and all(lz.start >= size.end for lz in lesions) and (
                len(size.sizes) > 2 or (size.end < len(self.words.role) and self.words.role[size.end] == "axis")) \
                and measures_lobe(self.words.side, self.words.role, self.lower, size.start, self._sentence_start,
                                  self.lobes):
            # "Left lobe 47 mm long; ... a 12 x 7 mm parathyroid adenoma", "Left lobe 51 x 20 x 18 mm, a nodule in the
            # lower pole" (part_measures.py); a lesion before the lobe is placed by it ("a nodule in the left lobe
            # measures 14 mm"), and a bare length may open the lesion's list ("Left lobe: 7 mm and 4 mm cysts")
            return None
        if after is not None and after.kind == "anatomy" and (
            after.start - size.end <= 1 or self._only_descriptors(size.end, after.start, items)
        ):
            # "Left groin: 31 mm subcutaneous epidermoid cyst": the size opens the lesion's noun phrase, across
            # descriptors too ("R calf: 11 mm well-defined hyperechoic subcutaneous lesion").
            k = self._lesion_across_anatomy(size, after, lesions, items)
            if k is not None:
                return k, 0
        # "Liver: 12 mm and 7 mm haemangiomas": the first of a list of sizes before a plural lesion word is a
        # member's size, not the organ's heading it (its priority that of a size beside its lesion, so that the list
        # splits into members as it does with no organ before it). An organ's size without a colon between stays
        # the organ's ("Right kidney 10.4 cm and 12 mm cortical cysts").
        member = self._first_member(size, lesions, items)
        if member is not None and (
            before is None or before.kind != "anatomy" or not self._measures(before, size) or
            (self.words is not None and "colon" in self.words.role[before.end : size.start])
        ):
            return member, 2
        if before is not None and before.kind == "anatomy" and self.words is not None and measures_organ_side(
            self.words.side, self.words.role, before.end, size.start,
            [(it.start, it.end) for it in items if it.kind == "size"], [lz.start for lz in lesions],
        ) and not self._places_plural(before, lesions):
            placed_by = postposed_organ_lesion(before.start, lesions)
            if placed_by is not None:
                return placed_by, 1  # "épanchement pleural droit 15 mm": the organ only places it (postposed_organs.py)
            return before  # "Right kidney 11 cm, left 10.5 cm; multiple cysts" (side_measures.py);
            # after the member rule: "Kidneys: R 3 mm and L 8 mm calculi" lists the calculi
        if before is not None and before.kind == "anatomy" and self._measures(before, size):
            # "a nodule in the right lobe measures 2 cm": the organ only places the lesion before it.
            placed = next((lz for lz in reversed(lesions) if lz.end <= before.start), None)
            if placed is not None and (before.start - placed.end <= 4 or self._placed_in(placed, before, size)):
                return lesions.index(placed), 1
            return before
        if after is not None and after.kind == "anatomy":
            # "a 3.2 cm round right adrenal mass": the organ word is a modifier of the lesion word after it.
            lesion_after = next((lz for lz in lesions if lz.start >= after.end), None)
            if lesion_after is not None and self._close(size.end, lesion_after.start, items):
                return lesions.index(lesion_after), 0
        if before is not None and before.kind == "lesion" and after is not None and after.kind == "lesion" and \
                self.words is not None and \
                own_row_lesion(self.words.role, self.lower, self.newline_id, before.end, size, after.start):
            return lesions.index(after), 2  # "| 12 x 8 mm | oval, hypoechoic, fibroadenoma |" (row_sizes.py)
        if before is not None and before.kind == "lesion":
            if self.item_labels and label_between(self.item_labels, before.end, size.start):
                # "(1) ... mass; (2) segment VI, 1.8 cm, hypoechoic nodule": the lesion of the size's own item
                # (inline_items.py)
                own = next((lz for lz in lesions if lz.start >= size.end), None)
                if own is not None and not own.pronoun and not label_between(self.item_labels, size.end, own.start):
                    return lesions.index(own), 0
            return lesions.index(before), 1
        if after is not None and after.kind == "lesion":
            if after.pronoun:
                # "multiple masses: the largest is intramural in the fundus and measures 6.2 cm; a submucous one
                # ... 3.1 cm": a pronoun's size follows it, so a size before it is the lesion named before
                # (pronoun_lesions.py)
                prev = next((k for k in range(len(lesions) - 1, -1, -1) if lesions[k].end <= size.start), None)
                if prev is not None:
                    return prev, 2
            if self.words is not None and measures_container(self.words.role, size.end, after.start):
                if before is not None and before.kind == "anatomy" and \
                        (held := self._held_lesion_before(before, size, lesions)) is not None:
                    # "haematoma in vastus lateralis, 9 x 3 cm, with a second smaller haematoma": the place only
                    # held the lesion named before it, which the size measures; the "with" adds a further lesion
                    return held, 1
                return None  # "the right lobe measures 48 mm and contains 2 nodules" (container_sizes.py)
            if self.causes and names_cause(list(range(size.end, after.start)), self.lower, self.causes,
                                           self.extent_heads, self.to_id):
                # "ureter dilated 8 mm down to a calculus at the PUJ, 9 x 5 mm": the effect's size, not the
                # lesion's, even where its own size goes to the place named after it (cause_sizes.py)
                return before if before is not None and before.kind == "anatomy" else None
            prev = next((k for k in range(len(lesions) - 1, -1, -1) if lesions[k].end <= size.start), None)
            if prev is not None and self.words is not None and clause_size_before(
                    self.words.role, lesions[prev].end, size.start, size.end, after.start):
                return prev, 1  # "a fibroadenoma in the left breast at 3 o'clock measuring 15 mm and a cyst ..."
            return lesions.index(after), 2
        return self._owner(size, lesions, None), 2

    def _places_plural(self, organ: Item, lesions: list[Item]) -> bool:
        """The organ only places a plural lesion word right before it in its phrase ("Simple cysts in both kidneys:
        right 20 mm, left 11 mm", "Nodules in both thyroid lobes: R 9 mm, L 14 mm"): the sides listed after it size
        the lesions, one per side, not the organ (whose own row has no lesion word before it: "Kidneys: right 10.4
        cm, left 11.1 cm"). Only a present lesion of the organ's sentence, a place phrase of no clause break between
        ("nodules in both lobes of the thyroid:")."""
        if self.words is None:
            return False
        for lz in reversed(lesions):
            if lz.end <= organ.start:
                return lz.plural and not lz.merged and lz.status == "present" and lz.sent == organ.sent and \
                    organ.start - lz.end <= _PLACE_PHRASE and \
                    not any(r in _PLACE_BREAKS for r in self.words.role[lz.end : organ.start])
        return False

    def _held_lesion_before(self, place: Item, size: Item, lesions: list[Item]) -> int | None:
        """The lesion of the size's sentence that the anatomy ``place`` (before the size) holds: a lesion of the
        same sentence ending at most four tokens before it ("a haematoma in the vastus lateralis, 9 x 3 cm").
        None where none does."""
        for k in range(len(lesions) - 1, -1, -1):
            lz = lesions[k]
            if lz.end <= place.start:
                return k if lz.sent == size.sent and place.start - lz.end <= 4 and not lz.merged else None
        return None

    def _field_label(self, lesion: Item) -> bool:
        """The lesion word labels a field, a colon right after it ("AP 14 mm | cyst: 1 (2.4 cm)", "Size 10.8 cm
        Cyst: [x] 2.9 cm"): what its colon introduces sizes it, and a size before the label is no pre-modifier."""
        role = self.words.role if self.words is not None else None
        return role is not None and lesion.end < len(role) and role[lesion.end] == "colon"

    def _placed_in(self, lesion: Item, organ: Item, size: Item) -> bool:
        """The organ ends a longer place phrase of the lesion, in its clause: "a small cortical cyst is noted in the
        lower pole of the left kidney measuring about 1.4 cm" (the cyst measures 1.4 cm). Only words of no clause
        break lie between the lesion and the organ (no separator, colon or bracket; a verb of seeing is none)."""
        if self.words is None or organ.start - lesion.end > _PLACE_PHRASE or lesion.sent != size.sent:
            return False
        return not any(r in _PLACE_BREAKS for r in self.words.role[lesion.end : organ.start])

    def _sized_right_after(self, lesion: Item, items: list[Item]) -> bool:
        """The next item after the lesion word is a size of its sentence with at most measuring words, a comma or a
        colon between ("cyst 9 mm", "cyst, measuring 9 mm", "cyst: 9 mm")."""
        nxt = next((it for it in items if it.start >= lesion.end), None)
        if nxt is None or nxt.kind != "size" or nxt.sent != lesion.sent or nxt.start - lesion.end > 3 or \
                nxt.dated or self._is_distance(nxt):
            return False  # ("7 mm cyst 3 cm from the nipple": a distance, no size of the cyst's)
        role = self.words.role if self.words is not None else None
        # (a lesion word as a label, "Cyst: 2.9 cm", is sized by what its colon introduces)
        return role is None or all(r in ("measure", "comma", "axis", "colon") for r in role[lesion.end : nxt.start])

    def _other_cell(self, size: Item, lesion: Item, items: list[Item]) -> bool:
        """The size stands in a table cell of its own before the lesion word's cell, with an organ or a lesion in
        its cell before it: that one's size ("Left kidney: 11.2 cm | calculi: 5 mm", "calculus: lower pole 4 mm |
        cyst: 23 mm"), not the next cell's; or where the lesion's own cell sizes it. A row's size cell holds nothing
        else ("A | R | 6 x 4 mm | simple cyst": the cyst's size)."""
        if self.words is None:
            return False
        role = self.words.role
        if "cell" not in role[size.end : lesion.start]:
            return False
        if self._sized_right_after(lesion, items):
            # "| Left | 7.4 x 6.1 cm | complex cystic lesion 6.8 x 5.5 cm |": the lesion's cell sizes it; the size
            # cell before it is the row's organ's
            return True
        floor = items[0].start if items else 0
        j = size.start - 1
        while j >= floor and role[j] != "cell":
            j -= 1
        for it in items:  # (a plain loop: cheaper than any() over a generator)
            if (it.kind == "lesion" or it.kind == "anatomy") and j < it.start and it.end <= size.start:
                return True
        return False

    def _only_descriptors(self, end: int, start: int, items: list[Item]) -> bool:
        """Only attribute words ("well-defined", "hyperechoic") lie between the two positions."""
        if start - end > 6:
            return False
        covered = {j for it in items if it.kind == "attribute" for j in range(it.start, it.end)}
        return all(j in covered for j in range(end, start))

    def _first_member(self, size: Item, lesions: list[Item], items: list[Item]) -> int | None:
        """The lesion whose noun phrase a list of sizes opens, when ``size`` is a list's first member and the
        second size pre-modifies the lesion word ("12 mm and 7 mm haemangiomas"); else None."""
        if self.words is None:
            return None
        role = self.words.role
        # Only a size joined by "and" to the next: after a comma the first size may be the organ's own ("Right
        # kidney: 10.8 cm, 2.1 cm and 0.8 cm cysts").
        if size.end >= len(role) or role[size.end] != "sep":
            return None
        nxt = next((it for it in items if it.kind == "size" and it.start == size.end + 1), None)
        if nxt is None:
            return None
        # (a refinement merged into a lesion before it, "17 mm and 11 mm - metastatic", is no lesion of its own)
        after = next((it for it in items if it.start >= nxt.end and it.kind in ("lesion", "anatomy")
                      and not it.merged), None)
        if after is not None and after.kind == "lesion" and not after.pronoun and \
                self._close(nxt.end, after.start, items):
            return lesions.index(after)
        return None

    def _lesion_across_anatomy(self, size: Item, anatomy: Item, lesions: list[Item], items: list[Item]) -> int | None:
        """The lesion whose noun phrase the size opens across an anatomical modifier right after it ("31 mm
        subcutaneous epidermoid cyst", "9 mm subacromial bursal effusion"), when that lesion states no size of its
        own after it in the sentence ("Right kidney 10 cm upper pole cyst 9 mm": the kidney's 10 cm); else None."""
        role = self.words.role if self.words is not None else None
        # "a 5.5 cm long intramuscular haematoma, 12 mm thick": a size named as one dimension opens the phrase too,
        # and the lesion's other dimension after it is no size of its own that takes the phrase's.
        named = role is not None and size.end < len(role) and role[size.end] == "axis"
        k = next((k for k, lz in enumerate(lesions) if lz.start >= anatomy.end), None)
        if k is None or not self._close(size.end + named, lesions[k].start, items):
            return None
        lesion = lesions[k]
        for it in items:
            if it.kind == "size" and it.start >= lesion.end and it.sent == lesion.sent:
                if named and role is not None and it.end < len(role) and role[it.end] in ("axis", "thick"):
                    continue
                return None
        return k

    def _interval_priority(self, size: Item, priority: int) -> int:
        """An interval change ("previously noted 7 mm cyst, now 4 mm"; "cyst, previously 7 mm, measures 4 mm"):
        a size right after "now"/"currently" is today's and comes first, one right after "previously"/"prior"
        is a comparison and comes last. A size right after "largest"/"larger" is a group's own and comes first
        too ("splenomegaly, 15.2 cm, with two small cysts, the larger 13 mm")."""
        if size.dated:
            return 3  # "34 mm (38 mm in 2024)": a size of an earlier year
        if self.words is None:
            return priority
        role = self.words.role
        j = size.start - 1
        if j >= 0 and role[j] in ("comma", "measure") and j - 1 >= 0 and \
                role[j - 1] in ("current", "earlier", "largest"):
            j -= 1  # "now, 4 mm", "now measures 4 mm", "previously measured 7 mm"
        if j < 0:
            return priority
        if role[j] == "current" or role[j] == "largest":
            return -1  # ("two cysts, the larger 13 mm": the group's size)
        if role[j] == "earlier" or role[j] == "distance":
            return 3  # (and "grown from 1.6 cm to 2.4 cm": the size after "from" is the one it changed from)
        return priority

    def _today(self, size: Item) -> bool:
        """Whether the size stands right after a word of today ("now 8 mm", "currently, 8 mm"), not after "largest"
        (a group's own size), as ``_interval_priority`` reads it."""
        if self.words is None:
            return False
        role = self.words.role
        j = size.start - 1
        if j >= 1 and role[j] in ("comma", "measure"):
            j -= 1
        return j >= 0 and role[j] == "current"

    def _measures(self, organ: Item, size: Item) -> bool:
        """The size follows the organ with nothing but measuring words between ("Liver 14 cm", "the spleen is
        enlarged at 15 cm", "right kidney measures 11 cm")."""
        if self.words is None:
            return False
        gap = self.words.role[organ.end : size.start]
        # ("kidney (12.1 cm)"; "right kidney length 11 cm": an axis word measures too)
        return len(gap) <= 4 and all(r in ("measure", "axis", "colon", "open") for r in gap)

    def _close(self, end: int, start: int, items: list[Item]) -> bool:
        """Only modifiers lie between a size and the lesion word after it."""
        if start - end > 6:
            return False
        for it in items:  # (a plain loop: cheaper than any() over a generator)
            if it.kind == "size" and end <= it.start < start:
                return False  # "Right kidney 10.4 cm - 8 mm cortical cyst": the lesion's own size stands between
        covered = {j for it in items if it.kind in ("attribute", "anatomy") for j in range(it.start, it.end)}
        role = self.words.role if self.words is not None else None
        free = [j for j in range(end, start) if j not in covered]
        # A colon ends the phrase the size belongs to: "Right kidney 10.8 cm: the cyst ..." measures the kidney; a
        # bracket opens an aside ("formation 23 mm (haemorrhagic cyst?)": the name of what was measured).
        # A slash ends it too ("R eff 3.1cm / L eff 1.2cm": the right one's size).
        if self.causes and names_cause(free, self.lower, self.causes, self.extent_heads, self.to_id):
            return False  # "pelvis 18 mm by a calculus of 11 mm": the dilatation's size (cause_sizes.py)
        if role is not None and any(role[j] in _PHRASE_BREAKS for j in free):
            # ("3 mm sliver of fluid": a noun of quantity and its "of" are the fluid's phrase; quantity_nouns.py)
            return bool(self.quantities) and quantity_gap(free, self.lower, role, self.quantities)
        # A comma may separate modifiers ("9 x 7 mm oval, circumscribed mass"; "3.5 cm echogenic, shadowless mass"),
        # not a list ("4.9 cm, 2 nodules"): the comma of a list follows the size.
        if role is not None and end < start and role[end] == "comma":
            return False
        if self.hyphen_id is not None and len(free) > 3:
            # "a 1.9 cm simple upper-pole cyst", "a 15 mm thin-walled upper-pole cyst": a compound modifier joined
            # by a hyphen is one word, not three (a free dash, in ``dashes``, is no hyphen)
            hyphen, dashes, lower = self.hyphen_id, self.dashes, self.lower
            return sum(1 for j in free if not (lower[j] == hyphen and j not in dashes)
                       and not (lower[j - 1] == hyphen and j - 1 not in dashes)) <= 3
        return len(free) <= 3

    def _same(self, fi: int | None, lz: Item) -> bool:
        return fi is not None and self.findings[fi].diagnosis == lz.value

    @staticmethod
    def _owner(it: Item, lesions: list[Item], regions: list[tuple[int, int]] | None) -> int:
        if regions is not None:
            # Inside one lesion's clause, it describes that lesion.
            inside, count, start = -1, 0, it.start
            for k, (lo, hi) in enumerate(regions):  # (a plain loop: cheaper than a comprehension's call)
                if lo <= start < hi:
                    inside, count = k, count + 1
            if count == 1:
                return inside
        nxt = next((k for k, lz in enumerate(lesions) if lz.start >= it.end), None)
        prev = next((k for k in range(len(lesions) - 1, -1, -1) if lesions[k].end <= it.start), None)
        if nxt is not None and (prev is None or (it.kind != "anatomy" and lesions[nxt].start - it.end <= 3)):
            return nxt
        return prev if prev is not None else 0

    def _closed_beside_lesion(self, site: Item) -> bool:
        """``site`` is the side of an organ just stated normal while a lesion of the organ's other side was
        described before ("Left wrist: ganglion. Right wrist: normal."): a later unsided mention of the organ (an
        impression's "wrist ganglion") is not on that side."""
        if site is not self._closed_site or site.laterality not in _OPPOSITE:
            return False
        other = _OPPOSITE[site.laterality]
        return any(f.kind == "lesion" and f.organ == site.organ and f.laterality == other for f in self.findings)

    def _other_side_clauses(self, last: Item, region: tuple[int, int], span: tuple[int, int],
                            items: list[Item]) -> list[tuple[str, int, int]]:
        """The side clauses after the sentence's last lesion (elliptic_sides.side_clauses) naming the side
        opposite to the one its own clause or the site in force gives it."""
        if self.words is None:
            return []
        found = side_clauses(self.words.side, self.words.role, last.end, span[1], items)
        if not found:
            return []
        own = self._side_in(*region) or (self.site.laterality if self.site is not None else None)
        return [c for c in found if own == _OPPOSITE[c[0]]]

    def _copy_on_side(self, fi: int, side: str | None, attrs: list[Item]) -> int:
        """A new lesion finding of the same kind as finding ``fi`` on ``side``, described by ``attrs``."""
        last = self.findings[fi]
        copy = _new_draft("lesion")
        for name in ("diagnosis", "concept", "organ", "body_system", "structure", "status"):
            setattr(copy, name, getattr(last, name))
        copy.mentions = last.mentions[:1]  # the lesion word both sides share
        copy.laterality = side
        self.findings.append(copy)
        new = len(self.findings) - 1
        for it in attrs:
            if it.kind in ("size", "attribute") and not self._is_distance(it):
                self._attach(new, it)
        return new

    def _side_line(self, side: str, attrs: list[Item]) -> bool:
        """A sentence naming only one side and a size, after a bilateral lesion reported without a size
        ("Bilateral renal cysts:" then "Right: 14 mm, upper pole." and "Left: 9 mm."), or after the lesion such a
        sentence split from it: the lesion on that side, with that size (the first side takes the bilateral
        finding, the other a copy of it). Whether it applied."""
        fi = self.last_lesion
        if fi is None:
            return False
        last = self.findings[fi]
        if last.kind != "lesion" or not any(it.kind == "size" and not self._is_distance(it) for it in attrs):
            return False
        if last.laterality == "bilateral" and not last.size_mm:
            # the first side takes the bilateral finding itself
            last.laterality = side
            for it in attrs:
                if not self._is_distance(it):
                    self._attach(fi, it)
        elif fi == self._side_split and last.laterality == _OPPOSITE[side]:
            fi = self._copy_on_side(fi, side, attrs)
        else:
            return False
        self.last_lesion = self._side_split = fi
        return True

    def _no_lesion(self, items: list[Item], anatomy: list[Item], text: str, span: tuple[int, int] = (0, 0),
                   inherited: Item | None = None) -> None:
        normals: list[Item] = []
        attrs: list[Item] = []
        for it in items:  # (a plain loop: cheaper than two comprehensions' calls)
            kind = it.kind
            if kind == "normal":
                normals.append(it)
            elif kind == "attribute" or kind == "size":
                attrs.append(it)
        if anatomy:
            if anatomy[-1].start < self.title_tokens:
                anatomy = title_site_among(anatomy)  # "US thyroid and parathyroids": the thyroid's rows follow
            self._move_site(anatomy[-1], anatomy)
        site = self.site
        if not normals and not attrs:
            return
        # A sentence that names its own side ("Left lobe is normal") is about that side, whatever side the site
        # it inherits from an earlier sentence had.
        side = self._side_in(*span) if self.words is not None and span[1] > span[0] else None
        if normals:
            self._closed_site = site
            if len(anatomy) > 1 and normals[0].start < anatomy[-1].start:
                # "Right kidney normal, left kidney 11.2 cm": each organ its own verdict (organ_verdicts.py)
                groups = verdict_segments(anatomy, [it for it in items if it.kind == "normal" or (
                    (it.kind == "attribute" or it.kind == "size") and not self._is_distance(it))])
                if groups is not None:
                    for organs, owned in groups:
                        self._verdict_group(organs, owned)
                    return
            # (a verdict after two or more organs named with their attributes)
            if len(anatomy) > 1 and normals[0].start >= anatomy[-1].end and attrs:
                if self._measured_list(anatomy, attrs):
                    # "Right kidney 10.8 cm, left kidney 11.2 cm, both normal": the verdict closes a list of measured
                    # organs, each its own normal structure with its own length (never one organ with the first
                    # length)
                    self._organ_findings(anatomy, attrs, normals[0])
                    return
                attrs = self._measured_before(anatomy, attrs)
            fi = self._new("structure", normals[0], site)
            if side is not None and not anatomy:
                self.findings[fi].laterality = side
            for it in attrs:
                self._attach(fi, it)
            return
        if anatomy and any(it.kind == "size" for it in attrs):
            # "Right testis 4.5 cm": an organ's own measurement never continues the previous lesion.
            measured = [it for it in attrs if it.kind == "size" and any(self._measures(a, it) for a in anatomy)]
            if measured:
                self._organ_findings(anatomy, attrs)
                return
        # Without anatomy of its own, the sentence is about the site in force: after a heading that moved it to
        # another organ ("Gallbladder: sludge. RIGHT KIDNEY: 11 cm. The previously seen cyst measures 2.1 cm"),
        # its size is not the earlier organ's lesion's.
        continues = self.last_lesion is not None and (
            all(a.organ == self.findings[self.last_lesion].organ for a in anatomy) if anatomy
            else site is None or site.organ is None or site.organ == self.findings[self.last_lesion].organ
        )
        if continues and self.last_lesion is not None and any(a.node for a in anatomy) and (
                self.findings[self.last_lesion].concept in self.fluid_spaces
                or self.findings[self.last_lesion].diagnosis == self.fluid_value):
            # "Free fluid in POD. ... Mesenteric nodes oval, 14 x 7 mm": the fluid lies in the peritoneal space
            # (loose_fluid.py, recess_fluid.py), whose organ holds the mesenteric nodes too; a node named later
            # measures the node, not the fluid or collection.
            continues = False
        last_side = self.findings[self.last_lesion].laterality if self.last_lesion is not None else None
        # A lesion naming its own organ after the site in force ("US CHEST AND LEFT LOWER LIMB VENOUS DOPPLER" then
        # "Bilateral pleural effusions. Right: 9.2 cm ... Left: 2.6 cm") is what a bare side line measures: no
        # organ was named since.
        last_draft = self.findings[self.last_lesion] if self.last_lesion is not None else None
        own_later = not anatomy and site is not None and last_draft is not None and last_draft.kind == "lesion" and \
            _named_after_site(last_draft, site)
        if (continues or own_later) and side in _OPPOSITE and all(a.laterality in (None, side) for a in anatomy) \
                and self._side_line(side, attrs):
            return  # "Bilateral renal cysts:\nRight: 14 mm.\nLeft: 9 mm.": one lesion per side
        if continues and side is not None and not anatomy and last_side is not None and side != last_side:
            continues = False
        if continues and not anatomy and side is not None and last_side != "bilateral" and \
                self.words is not None and measures_sides(
                self.words.side, self.words.role, self.lower, [it.start for it in attrs if it.kind == "size"], span,
                self.lobes):
            # "Known thyroid nodule. The right lobe measures 49 mm.": the lobe's size, not the nodule's ("Bilateral
            # effusions. Right 4.9 cm, left 4.5 cm": a bilateral lesion's sides measure it)
            continues = False
        if continues and self.last_lesion is not None:
            if self.findings[self.last_lesion].group > 1:
                # "Right lobe: 2 nodules. Upper pole 17 mm, ... Lower pole 6 mm, ...": one member per part
                location = location_in(text)
                member = part_member(self, self.last_lesion, location, text, attrs)
                if member is not None:
                    self.last_lesion = member
                    return
            for it in attrs:
                if self._is_distance(it):
                    continue
                self._attach(self.last_lesion, it)
            if self.findings[self.last_lesion].location is None:
                self.findings[self.last_lesion].location = location_in(text)
            return
        sites = {(a.organ, a.laterality) for a in anatomy}
        if len(sites) > 1 and len(anatomy) > 1:
            self._organ_findings(anatomy, attrs)
            return
        fi = self._new("structure", None, site)
        if side is not None and not anatomy:
            self.findings[fi].laterality = side
        for it in attrs:
            if self._is_distance(it):
                continue
            self._attach(fi, it)


def _named_after_site(lesion: _Draft, site: Item) -> bool:
    """The lesion was placed on an organ other than the site in force (by its own words: "pleural effusions"), after
    that site was named (mention order)."""
    return lesion.organ is not None and lesion.organ != site.organ and bool(lesion.mentions) and \
        site.index >= 0 and site.index < min(lesion.mentions)


def named_kind(lesion: Item, builder: FindingBuilder) -> bool:
    """The lesion's own word names a kind of lesion, though one of no diagnosis value ("gallstones"), not the
    generic lesion ("lesion", "area") that a later name may name."""
    return lesion.concept is not None and lesion.concept != builder.generic_lesion and lesion.value is None


def _differential(name: Item, following: list[Item]) -> bool:
    """Another diagnosis follows the hedged ``name`` right after it ("?nerve sheath tumour ?haemangioma", "cyst or
    abscess"): ``name`` is one reading of a differential."""
    return bool(following) and following[0].start - name.end <= _DIFFERENTIAL_GAP
