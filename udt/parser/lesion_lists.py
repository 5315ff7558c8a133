"""A plural lesion word heading a line of its own ("Fibroids:", "NODULES:", "Cysts:") announces a list: each line after
it that gives a size and names no organ, lesion or normal structure of its own is one lesion of that kind
("Fibroids:" / " F1 - posterior intramural, 26 mm" / " F2 - fundal subserosal, 12 mm" is two fibroids; "NODULES:" /
"N1 - R mid: 14 mm" / "N3 - L upper: 22 mm" two nodules, each on its own side). Worksheets label such lines with the
kind's initial and a number, a bullet or a count; the label is not needed, the line is.

Without this the lines read as sentences with no lesion, which continue the last one: the heading's lesion took the
first line's size and the other lines were lost.

The heading may follow a sentence on its line or its organ's heading and carry a count or quantifier ("Uterus bulky.
Multiple fibroids:", "Thyroid: multiple nodules:", "Three nodules:"). A listed line may open with its item's number
or letter ("1.", "b)", "#2"; a number's full stop ends a sentence of its own, so the line's words start the next);
such a labelled or bulleted line may name the organ or part its lesion lies in ("1. upper calyx 14 mm", "2. left
kidney 2.5"), while an unmarked line naming an organ is that organ's own measurement and ends the list ("Endometrium
6 mm").

Read before the findings pass, on its items: the heading's lesion item is replaced by one item per line, at the line's
first word, so each line builds a finding of its own (its size, its attributes, the side its words state). The list
ends at the first line with items that does not qualify; a sentence that continues a line ("... 14 mm. Solid.") is
part of it, and a line that names its own lesion ("R upper 0.5 x 0.4 cyst") is a member of its own that the list
goes on past. The heading's colon may follow a unit in brackets ("Nodules (cm):", header_units.py) and precede the
list's count ("Nodules: 2"); a dash that ends the line closes a heading too ("Right lobe: 2 nodules -"), and so
does the line's end where the word stands alone on it, a title, at most a bracketed note after it ("NODULES (ACR
TI-RADS)" over "N1 | R mid | 2.4 cm" rows; the note's words name no subject of the heading's sentence). Gated on a
plural lesion item followed by a colon: one pass over the items in such a report.

A table is such a list too: a lesion word in a table's header row or in the caption line right above it ("Side |
Site | Stone size", "Stone log" over "Side | Calyx | Size") heads the rows under it, each a lesion of that kind when
it gives a size and names no lesion of its own; a row's organ or part ("upper calyx") is the lesion's site, not a
subject of its own. Gated on a lesion item alone in its sentence on such a line. So is a numbered table a few lines
under a title naming the lesion ("THYROID US - NODULE TABLE": titled_tables.py).
"""

from __future__ import annotations

import dataclasses
import re
from operator import attrgetter
from typing import TYPE_CHECKING

from udt.parser.header_rows import is_header_row
from udt.parser.lazy_patterns import lazy_compile
from udt.parser.lowered_text import lowered
from udt.parser.marked_lists import (
    ITEM_LABEL,
    closes_sentence_over_marked_lines,
    collective_adjective,
    described_over_marked_lines,
    lesion_adjective,
    listed_side,
    may_hold_adjective,
)
from udt.parser.termset import NUMBER_LABEL_WORDS
from udt.parser.text_lines import line_bounds, line_start
from udt.parser.titled_tables import numbered_table_below
from udt.parser.units import LENGTH_UNIT

if TYPE_CHECKING:
    from udt.parser.findings import Item

_UNIT_COLON = lazy_compile(rf"\(\s*{LENGTH_UNIT}\s*\)\s*:", re.IGNORECASE)
# What may stand before a heading's lesion word: list marks, a count or quantifier and a descriptor or two.
# A short heading of its own may open the line ("Right lobe: 2 nodules -", its side words read as no organ item).
_QUANTIFIER = lazy_compile(r"[\s*•-]*(?:(?:[^\W\d_]+\s+){0,2}[^\W\d_]+:\s*)?(?:[^\W\d_]+\s+|\d{1,2}\s+){0,3}")
_ITEM_LABEL = lazy_compile(rf"[\s*•-]*(?:{ITEM_LABEL})\s*", re.IGNORECASE)
_BULLETS = ("-", "*", "•")
_DASH_CLOSE = lazy_compile(r"[ \t]*[-–][ \t]*(?:\n|$)")  # a heading closed by a dash at its line's end
# A heading that ends its line with no colon, a title's ("NODULES (ACR TI-RADS)" over "N1 | R mid | 2.4 cm" rows):
# the heading word's last token, at most a bracketed note, then the line's end.
_BARE_CLOSE = lazy_compile(r"[\w-]*[ \t]*(?:\([^()\n]{0,40}\))?[ \t]*(?:\n|$)")
# A heading's colon after words that say the lines list its lesions ("Multiple cortical cysts as listed:")
_AS_LISTED = lazy_compile(r"as[ \t]+(?:follows|listed|below)[ \t]*:", re.IGNORECASE)
_COUNT_ONLY = lazy_compile(r"\s*(?:\d{1,2}\s*)?")  # what may follow a heading's colon on its line: its count
# How far after a plural lesion word its described heading's colon may stand (marked_lists.py): a cheap first test.
_SEEN_FOR_COLON = 120
_PLURAL = attrgetter("plural")  # an item's lesion word is plural, in C
# A bracket glossing a list heading's plural opens with up to two words before the lesion word ("(target lesions)").
_GLOSS_OPEN = lazy_compile(r"\s*\(\s*(?:[^\W\d_]+\s+){0,2}")
_MIN_LINES = 2  # one line is what the heading already reads as (its lesion takes the size)
_OWN_SUBJECTS = ("lesion", "anatomy", "normal")  # items that give a line a subject of its own: no list line
_CAPTION_KINDS = ("anatomy", "attribute")  # what a table's caption may name beside its lesion word
# A score's name right before its number ("TI-RADS 3", "EU-TIRADS 4"): the sites pass reads a TI-RADS level after a
# named lesion as the thyroid (tirads.py), but in a listed line it grades the line's lesion and names no organ of the
# line's own, so it gives a row of "|" cells no subject ("Nodules:" over "N1 | right | solid | 2,4 x 1,6 cm | TI-RADS
# 3", " LD-1 | upper third | ... | TI-RADS 3"): each row is one of the heading's nodules, not the thyroid measured.
_SCORE_NAME = lazy_compile(
    r"(?:(?:eu|acr|k)[ -]?)?(?:" + "|".join(map(re.escape, (w for w in NUMBER_LABEL_WORDS if "rads" in w)))
    + r")[ \t]*\d",
    re.IGNORECASE,
)


def split_lesion_lists(items: list[Item], role: list[str | None], sent_starts: list[int], text: str,
                       idx: list[int], side: list[str | None], unpaired: frozenset[str]) -> None:
    """Replace, in place, each lesion heading of a list by one lesion item per listed line (see module docstring).
    ``items`` is in token order; ``role`` and ``side`` are ``Words.role`` and ``Words.side``; ``idx`` each token's
    character offset; ``unpaired`` the organs the body has one of."""
    piped = "|" in text  # a table's header row is a line of "|" cells: without one no lesion heads a table
    # (a report that cannot hold an "-ous" lesion adjective, most, skips the walk over its items)
    adjectives = [it for it in items if it.kind == "lesion" and lesion_adjective(it, text, idx)] \
        if may_hold_adjective(lowered(text)) else []
    if not piped and not adjectives and not any(map(_PLURAL, items)):
        return  # (most reports: no table and no plural lesion word, so no heading; the plural tested in C)
    _split_lists(items, role, sent_starts, text, idx, side, unpaired, piped)
    if adjectives:
        _drop_named_adjectives(items, adjectives)


def _position(it: Item) -> tuple[int, int, int, str]:
    """Fields an item's value equality compares, hashable: two items differing here are never equal."""
    return it.start, it.end, it.sent, it.kind


def _drop_named_adjectives(items: list[Item], adjectives: list[Item]) -> None:
    """Remove each lesion adjective whose lesion the report also names by its word.

    An organ's adjective that heads no list ("Uterus 11 cm, polymyomatous. We note: ..."; "two myomatous images:")
    names no lesion of its own where the report names its lesions by their word: made a lesion, it took the organ's
    size beside it, or stood for a lesion the words after it describe. Alone, it is the one such lesion.

    The tests compare items by value (list membership and ``remove``): a dataclass comparison per item and
    adjective, quadratic in a long report. Where no adjective has a value twin (another item, or the same one twice,
    at its position and of its kind: found by hashing), value and identity agree, and one linear pass decides;
    otherwise the value tests run as they always did."""
    own = {_position(it): id(it) for it in adjectives}
    present = {id(it) for it in items}
    if len(own) < len(adjectives) or len(present) < len(items) \
            or any(own.get(_position(it), id(it)) != id(it) for it in items):
        for it in adjectives:  # (a value twin: the tests by value, as they always were)
            if it in items and any(other.kind == "lesion" and other.concept == it.concept and other not in adjectives
                                   for other in items):
                items.remove(it)
        return
    # No twins: an adjective equals only itself. The non-adjective lesions' concepts do not change as adjectives go.
    adjective_ids = {id(it) for it in adjectives}
    named = {other.concept for other in items if other.kind == "lesion" and id(other) not in adjective_ids}
    dropped = {id(it) for it in adjectives if id(it) in present and it.concept in named}
    if dropped:
        items[:] = [it for it in items if id(it) not in dropped]


def _split_lists(items: list[Item], role: list[str | None], sent_starts: list[int], text: str, idx: list[int],
                 side: list[str | None], unpaired: frozenset[str], piped: bool) -> None:
    """:func:`split_lesion_lists`, once a report may hold a list (``piped``: it holds a "|" cell)."""
    titled: dict[int, int] = {}  # (id of) a lesion item naming a table in a title -> where the table's header ends
    if piped:
        for it in items:
            if it.kind == "lesion" and not it.merged and (below := numbered_table_below(idx[it.start], text)):
                titled[id(it)] = below
    by_sent: dict[int, list[Item]] = {}
    for it in items:
        by_sent.setdefault(it.sent, []).append(it)
    # (id of) a lesion item -> the colon ending its description over marked lines, or None where it heads none
    # (read once)
    described: dict[int, int | None] = {}

    def described_heading(it: Item) -> int | None:
        if id(it) not in described:
            described[id(it)] = described_over_marked_lines(it, by_sent[it.sent], text, idx)
        return described[id(it)]

    # (a lesion adjective, "polymyomatous:", announces the lines as a plural does: marked_lists.py)
    headings = [it for it in items if it.kind == "lesion" and not it.merged
                and (((it.plural or collective_adjective(it, text, idx, role))
                      and (_ends_heading(it, role, text, idx) or (
                          ":" in text[idx[it.start] : idx[it.start] + _SEEN_FOR_COLON]
                          and described_heading(it) is not None)))
                     or id(it) in titled or (piped and _heads_table(it, text, idx)))]
    if titled:
        # A caption nearer the table names its rows ("Nodules:" over "No | Site | Size"): a lesion word in a line
        # further up that reads as the table's title ("Parenchyma: ... (c/w Hashimoto thyroiditis)") does not.
        headings = [it for it in headings if id(it) not in titled or not any(
            other is not it and idx[it.start] < idx[other.start] < titled[id(it)] for other in headings)]
    if not headings:
        return
    sents = sorted(by_sent)
    taken: set[int] = set()  # sentences a list has read (a column's name under a caption is no heading of its own)
    for head in headings:
        if head.sent in taken:
            continue
        table = id(head) in titled or _heads_table(head, text, idx)
        # The heading word stands alone in its sentence; a table's caption may name the organ and describe the
        # lesion too ("Right kidney - simple cysts" over "No. | Site | Size (mm)").
        # Or, after its organ's heading on the same line ("Thyroid: multiple nodules:"), the words after its colon.
        organ = [it for it in by_sent[head.sent] if it.kind == "anatomy" and it.heading and it.end <= head.start]
        said = None  # the side every line's lesion lies on ("Two nodules, both on the left:"; marked_lists.py)
        if not table and closes_sentence_over_marked_lines(head, by_sent[head.sent], text, idx):
            pass  # "Uterus: enlarged, with myomas:" over "- intramural, 32 mm;" lines (marked_lists.py)
        elif not table and (colon := described_heading(head)) is not None:
            said = listed_side(head, by_sent[head.sent], colon, idx, side, unpaired, _carried_organ(items, head))
        elif any(it is not head and (not table or it.kind not in _CAPTION_KINDS) and (table or it not in organ)
                 and not (table and it.kind == "lesion" and _heads_table(it, text, idx))
                 # (a title's bracketed note names no subject of its own: "NODULES (ACR TI-RADS)")
                 and not (not table and it.start >= head.end and _bare_close(head, text, idx))
                 for it in by_sent[head.sent]):
            continue
        else:
            opening = idx[organ[-1].end + 1] if organ and organ[-1].end + 1 < head.start \
                else idx[sent_starts[head.sent]]
            if not table and not _alone_on_its_line(head, text, idx, opening, after_heading=bool(organ)):
                continue
        named: list[int] = []  # rows that name their own lesion ("| N1 | right | 11 x 7 mm | TR3 |")
        lines = _listed_lines(head, sents, by_sent, sent_starts, text, idx, table, titled.get(id(head), 0), named)
        # Lines naming their own lesion are members too: with one, a single line that names none is a list's
        # member still ("Focal lesions:" / "#1 S6, 11 mm hyperechoic lesion" / "#2 S8, 6 mm, ditto"), not the
        # heading's own line (the heading's lesion would take its size and its place).
        if len(lines) < _MIN_LINES and not (lines and not table and len(lines) + len(named) >= _MIN_LINES
                                            and _marked(idx[sent_starts[lines[0]]], text)):
            in_header = "|" in text[slice(*line_bounds(text, idx[head.start]))]  # (not the caption above it)
            if table and not lines and len(named) >= _MIN_LINES and in_header:
                # A column's name ("| Nodule | Site | Size | TI-RADS |") over rows that each name their lesion is
                # no lesion of its own: kept, it built an empty nodule the benchmark paired with a row's.
                items.remove(head)
            continue
        # (a caption's title and the column it names may be one sentence: "NODULE TABLE" over "| Nodule | Site |")
        names = [it for sent in sents if head.sent <= sent < lines[0] for it in by_sent[sent]
                 if it is not head and it.kind == "lesion" and table and _heads_table(it, text, idx)]
        if table and head.sent - 1 in by_sent:
            names += _caption_above(head, by_sent[head.sent - 1], text, idx)
        # "Metastases (target lesions):": the plural the bracketed heading glosses names the same lines, by their
        # nature (a kind the heading's word leaves unstated)
        outer = None if table else _glossed(head, by_sent[head.sent], text, idx)
        if outer is not None:
            names.append(outer)
        for it in (head, *names):  # ("Stone log" over "Side | Site | Stone size": both name the column)
            items.remove(it)
        taken.update(range(head.sent, lines[-1] + 1))
        kind = outer if outer is not None else head
        for sent in lines:
            first = sent_starts[sent]
            items.append(dataclasses.replace(kind, start=first, end=first + 1, sent=sent,
                                             plural=_sites_listed(by_sent[sent], first, text, idx),
                                             extra=list(kind.extra), laterality=said))
    items.sort(key=lambda it: (it.start, it.end))


def _sites_listed(line: list[Item], opening: int, text: str, idx: list[int]) -> bool:
    """The listed line gives more than one size, each after the part of the organ it lies in ("Right: upper pole 19
    mm, interpolar 6 mm"): a lesion per site, so its member stays plural for the findings pass to split by its sizes
    (a line with one size, or with a size after no part, "14 mm, previously 11 mm", is one lesion). ``opening``: the
    line's first token."""
    sizes = [it for it in line if it.kind == "size"]
    if len(sizes) < 2:
        return False  # (most lines: one size, no text read)
    from udt.parser.findings import location_in  # (the findings pass imports this module: read when first needed)

    start = opening
    for it in sizes:
        if location_in(text[idx[start] : idx[it.start]]) is None:
            return False
        start = it.end
    return True


def _glossed(head: Item, sentence: list[Item], text: str, idx: list[int]) -> Item | None:
    """The plural lesion word right before ``head`` when ``head`` stands in brackets after it ("Metastases (target
    lesions):"), else None."""
    before = [it for it in sentence if it.kind == "lesion" and it.end <= head.start]
    if not before:
        return None
    outer = before[-1]
    if not outer.plural or outer.merged or outer.status != "present" or outer.end >= len(idx):
        return None
    if _GLOSS_OPEN.fullmatch(text, idx[outer.end], idx[head.start]) is None or head.end >= len(idx) \
            or not text.startswith(")", idx[head.end]):
        return None
    return outer


def _caption_above(head: Item, before: list[Item], text: str, idx: list[int]) -> list[Item]:
    """The lesion items of ``head``'s kind in a caption on the line right above the header row ``head`` stands in,
    a sentence of its own that a colon ends ("Thyroid nodules:" over "| Nodule | Site | Size |"): they name the
    same column, as a caption read in one sentence with its header does."""
    start = line_start(text, idx[head.start])
    if start == 0 or "|" not in text[slice(*line_bounds(text, start))]:
        return []
    above = text[line_start(text, start - 1) : start - 1].rstrip()
    if not above.endswith(":") or any(c.isdigit() for c in above):
        return []
    return [it for it in before if it.kind == "lesion" and it.value == head.value and not it.merged
            and line_start(text, idx[it.start]) == line_start(text, start - 1)]


def _carried_organ(items: list[Item], head: Item) -> str | None:
    """The organ of the last anatomy item before ``head`` (``items`` in token order): the site a heading's lines
    carry where its own words name none ("The liver is enlarged. Two lesions in the right lobe:")."""
    organ = None
    for it in items:
        if it.start >= head.start:
            break
        if it.kind == "anatomy" and it.organ is not None:
            organ = it.organ
    return organ


def _line_start(char: int, text: str) -> bool:
    """Only blanks, list marks ("-", "*", "•") and an item's number or letter ("1.", "b)", "(iii)") stand between the
    line's start and ``char`` (a numbered item's number ends a sentence of its own: the line's words are the next)."""
    before = text[line_start(text, char) : char]
    return not before.strip(" \t-*•") or _ITEM_LABEL.fullmatch(before) is not None


def _ends_heading(head: Item, role: list[str | None], text: str, idx: list[int]) -> bool:
    """A colon ends the heading's word: right after it, or after a unit in brackets ("Nodules (cm):", whose lines
    give unit-less sizes: header_units.py)."""
    if head.end >= len(role):
        return False
    if role[head.end] == "colon":
        return True
    if _DASH_CLOSE.match(text, idx[head.end]):
        return True  # ("Right lobe: 2 nodules -" over "#1 upper ...": a dash at the line's end closes it as a colon)
    if _AS_LISTED.match(text, idx[head.end]):
        return True  # ("Cysts as follows:" over "Right: upper pole 19 mm")
    if _bare_close(head, text, idx):
        return True  # ("NODULES (ACR TI-RADS)" alone on its line: a title; _alone_on_its_line checks the line)
    return role[head.end] == "open" and _UNIT_COLON.match(text, idx[head.end]) is not None


def _bare_close(head: Item, text: str, idx: list[int]) -> bool:
    """The heading word ends its line, at most a bracketed note after it ("NODULES (ACR TI-RADS)"): a title over
    its rows, closed by the line's end as by a colon."""
    return _BARE_CLOSE.match(text, idx[head.end - 1]) is not None


def _alone_on_its_line(head: Item, text: str, idx: list[int], sent_start: int, after_heading: bool = False) -> bool:
    """The heading's sentence (starting at character ``sent_start``, or its words after the organ's heading, with
    ``after_heading``) opens its line, or follows a sentence that ends on it ("Uterus bulky. Multiple fibroids:"),
    with no more than a count or quantifier before the heading's word ("Three fibroids:", "Multiple nodules:"; its
    other items were ruled out by the caller), and its colon ends it."""
    before = text[line_start(text, sent_start) : sent_start].rstrip()
    if before and not after_heading and not before.endswith((".", ";")):
        return False
    if not _QUANTIFIER.fullmatch(text, sent_start, idx[head.start]):
        return False
    if _DASH_CLOSE.match(text, idx[head.end]):
        return True  # (the dash ends the line)
    if _bare_close(head, text, idx):
        return True  # (a title: the heading word ends its line)
    colon = text.index(":", idx[head.end])
    line_end = text.find("\n", colon)
    # Nothing after the colon but, at most, the list's count ("Nodules: 2" over "#1 ..." / "#2 ...").
    return _COUNT_ONLY.fullmatch(text[colon + 1 : line_end if line_end >= 0 else len(text)]) is not None


def _places_a_member(found: list[Item], char: int, text: str) -> bool:
    """A numbered, lettered or bulleted line (its sentence starting at ``char``) whose only subjects are organs or
    their parts: they place the item's lesion ("Calculi:" / "1. upper calyx 14 mm"; "Cysts (cm):" / "2. left kidney
    2.5"); an unmarked one is an organ's own measurement, which ends the list ("Endometrium 6 mm")."""
    return _marked(char, text) and all(it.kind == "anatomy" for it in found if it.kind in _OWN_SUBJECTS)


def _marked(char: int, text: str) -> bool:
    """The line whose sentence starts at ``char`` opens with a bullet or an item's number or letter."""
    before = text[line_start(text, char) : char]
    mark = before.strip(" \t")
    return bool(mark in _BULLETS or _ITEM_LABEL.fullmatch(before) if mark else _ITEM_LABEL.match(text, char))


def _heads_table(head: Item, text: str, idx: list[int]) -> bool:
    """The lesion word stands in a table's header row, or in the caption line right above one: a line of "|" cells
    with no digit outside brackets (no row of sizes; header_rows.py)."""
    start, end = line_bounds(text, idx[head.start])
    line = text[start:end]
    if "|" not in line and end < len(text):
        line = text[end + 1 : line_bounds(text, end + 1)[1]]  # the caption's next line
    return is_header_row(line)


def _listed_lines(head: Item, sents: list[int], by_sent: dict[int, list[Item]], sent_starts: list[int], text: str,
                  idx: list[int], table: bool = False, rows_from: int = 0,
                  named: list[int] | None = None) -> list[int]:
    """The sentences after the heading that open a listed line: a size and no subject of their own (in a table, a
    row with "|" cells, whose organ or part places its lesion; under a title, the rows from character
    ``rows_from``)."""
    lines: list[int] = []
    for sent in sents:
        if sent <= head.sent or idx[sent_starts[sent]] < rows_from:
            continue
        if table and "|" not in text[slice(*line_bounds(text, idx[sent_starts[sent]]))]:
            break
        if not _line_start(idx[sent_starts[sent]], text):
            if lines:
                continue  # ("N1 - R mid: 14 mm. Solid."): the line goes on
            break
        found = by_sent[sent]
        if any(it.kind == "anatomy" for it in found) and "|" in text[slice(*line_bounds(text, idx[sent_starts[sent]]))]:
            # (a row of "|" cells only: its score has a cell of its own; in a prose line a list would run on past
            # its members into the organ's next lines)
            found = [it for it in found if it.kind != "anatomy" or not _SCORE_NAME.match(text, idx[it.start])]
        if table and not lines and not any(it.kind == "size" for it in found):
            continue  # the header row under a caption ("Side | Calyx | Size")
        if not any(it.kind == "size" for it in found):
            break
        if table and not any(it.kind in ("lesion", "normal") for it in found):
            lines.append(sent)  # ("Right | upper calyx | 5 mm": the part places the row's lesion)
            continue
        if any(it.kind in _OWN_SUBJECTS for it in found):
            kinds = {it.kind for it in found if it.kind in _OWN_SUBJECTS}
            if kinds == {"lesion"} or (table and kinds == {"lesion", "anatomy"}):
                # (in a table, a row that names its lesion with the organ holding it, "| Liver cyst, segment IV |
                # 15 mm |", names its own lesion too)
                if named is not None:
                    named.append(sent)
                continue  # (" R upper 0.5 x 0.4 cyst": a member that names itself, one lesion of its own)
            if not _places_a_member(found, idx[sent_starts[sent]], text):
                break
        lines.append(sent)
    return lines
