"""Rows labelled with one letter and their numbers ("N1 R mid: 9 x 7 x 6 mm ...", "N2 R lower: 26 mm ...",
"Isthmus: N3 11 mm ..."; "F1 anterior wall: fibroid 14 mm" / "F2 fundus: 9 mm"; "L2, segment 4a: 9 mm", a
comma before the row's place) are members of one list of lesions:
each row that gives a size is one lesion of the kind a row of the list names ("F1 ...: fibroid", "N1 ... TR1"),
with its own size and side. A row whose label follows a heading's colon ("Isthmus: N3 ...") is one too, and so
are rows run together on one line, each after a semicolon ("R1 upper 15 mm, solid; R2 mid 27 mm; R3 lower 9 mm
cyst"; the first after its colon or dash: "Right lobe: R1 ...", "2 nodules - R1 ..."), each row ending at the next
one's label. Such a line's rows that name no lesion are of the plural lesion word announcing them before the first
label ("2 nodules and a cyst - R1 ...; R2 ...; R3 ... cyst"), whose words then stand for the rows.

Without this a row that names no lesion word reads as a sentence with no lesion: its size went to the organ, or to
a lesion word the row before ends with ("... TR1 (cyst)" took the next row's 26 mm).

Read before the findings pass, on its items: a lesion item (a copy of the kind's) is put at the label of each row
whose lesion word, if any, comes only after its first size; a row that names its lesion before its size ("F1
anterior wall: fibroid 14 mm") builds its own finding already. A lesion word after the size in a row given such an
item names that row's lesion again ("N1 R mid: 9 mm, anechoic, TR1 (cyst)"): the item takes its last name (a cyst)
and its mentions, no lesion of its own. A list is two or more rows with the same letter and
different numbers, at least one of them naming a lesion. Labels are found by one C-level scan of the text; only
those that open a sentence, or follow its heading's colon, are read.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from udt.parser.later_row_lesions import measures_lesion_later
from udt.parser.lazy_patterns import lazy_compile
from udt.parser.organ_rows import measures_organ
from udt.parser.restated_labels import HEDGED, citing_lesions
from udt.parser.row_labels import LABEL_END, announcing_lesion, listed_rows, singular
from udt.parser.text_lines import line_bounds

if TYPE_CHECKING:
    from udt.parser.findings import Item

# "N1", "F12": a capital and an item number, a word of its own (found by one C-level scan of the text). The capital
# comes first and the test of the character before it after it: a pattern that opens with a character class lets sre
# skip to the capitals, one that opens with a lookbehind tests it at every position.
# A label's letter may be two capitals and a hyphen ("LD-1", "LE-2": the lobe's initials, right and left lobe in
# Portuguese), its list the two letters'.
_LABEL = lazy_compile(r"([A-Z])(?<![\w.,/-][A-Z])((?:[A-Z]-)?)([1-9]\d?)" + LABEL_END)
_NONZERO = frozenset("123456789")  # a label's first digit, the character after its letter
# "(i)", "(iv)": a lower-case Roman numeral in brackets numbers a legend's or a list's items ("(iii) Left upper arm,
# posterior: 19 mm"), one list under the key "(" (read only at a sentence opening after a bracket).
_ROMAN = lazy_compile(r"\((i{1,3}|iv|vi{0,3}|ix|x)\)(?=[ \t])")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10}
_LABEL_AFTER_SEMICOLON = lazy_compile(r";\s*[A-Z][1-9]")
# What every label holds: a capital and a digit 1-9, with a capital and a hyphen between them ("N1", "LD-1": _LABEL's
# first groups, which _inline_labels' semicolon test also needs); a Roman numeral's list holds "(" and its first
# letter ("(iv)": _ROMAN). A report holding neither has no row label (most reports): one C-level search and three
# substring tests spare the walk over its sentences (tests/test_absent_trigger_gates.py).
_LABEL_CHANCE = lazy_compile(r"[A-Z](?:[A-Z]-)?[1-9]")
_ROMAN_OPENINGS = ("(i", "(v", "(x")  # a row's label opening a row run on after a semicolon
_INLINE_OPENERS = ("sep_strong", "colon")  # the roles of what opens a row run on inside its line (";", ":")
_DASHES = ("-", "–")  # a dash opens a line's first row too ("2 nodules and a cyst - R1 upper ...")


def _match_label(rows: dict[str, list[tuple[int, int, int]]], text: str, at: int, t: int, sent: int) -> None:
    """Add the label at character ``at`` (token ``t`` of sentence ``sent``) to ``rows``, if one stands there."""
    m = _LABEL.match(text, at)
    if m is not None:
        rows.setdefault(m.group(1) + m.group(2), []).append((int(m.group(3)), t, sent))


def _may_label(text: str, at: int) -> bool:
    """The token at character ``at`` may be a label: its second character is a digit ("N1"), or a capital followed
    by a hyphen and a digit ("LD-1"); a C-level slice test that spares the regex call for most words."""
    second = text[at + 1 : at + 2]
    return second in _NONZERO \
        or (second.isupper() and text[at + 2 : at + 3] == "-" and text[at + 3 : at + 4] in _NONZERO)


def _roman(numeral: str) -> int:
    """The value of a small lower-case Roman numeral ("iv" -> 4)."""
    values = [_ROMAN_VALUES[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def add_labelled_rows(items: list[Item], role: list[str | None], sent_starts: list[int], text: str,
                      idx: list[int]) -> None:
    """Insert, in place, a lesion item at the label of each labelled row that names no lesion before its size (see
    the module docstring). ``items`` is in token order; ``role`` is ``Words.role``; ``idx`` each token's character
    offset."""
    lists = _listed_labels(role, sent_starts, text, idx)
    if not lists:
        return
    by_sent: dict[int, list[Item]] = {}
    for it in items:
        by_sent.setdefault(it.sent, []).append(it)
    added = False
    for key, labelled in lists:
        # A line of rows (two in one sentence) is announced before its first label, in that sentence.
        inline = len({sent for _, _, sent in labelled}) < len(labelled)
        announced = _announced_inline(by_sent, labelled[0]) if inline else None
        kind = singular(announced) if announced is not None else next(
            (it for _, _, sent in labelled for it in by_sent.get(sent, ())
             if it.kind == "lesion" and it.status == "present" and not it.merged and not it.plural), None)
        if kind is None and "|" not in text[slice(*line_bounds(text, idx[labelled[0][1]]))]:
            # (a table's rows are read under their caption by lesion_lists.py)
            announced = announcing_lesion(by_sent, labelled[0][2])
            kind = singular(announced) if announced is not None else None
        cited: list[Item | str | None] = [None for _ in labelled]
        if kind is None and "|" not in text[slice(*line_bounds(text, idx[labelled[0][1]]))]:
            # (rows named only later, by their labels: "Conclusion: the second nodule (N2) ...")
            cited = citing_lesions(key, labelled, by_sent, text, idx, sent_starts)
            first_cited = next((it for it in cited if it is not None and not isinstance(it, str)), None)
            # (a row cited only as hedged leaves the list to label_citations.py, which reads such citations)
            kind = singular(first_cited) if first_cited is not None and HEDGED not in cited else None
        if kind is None:
            continue
        rows_before = len(items)
        consumed: list[Item] = []  # (lesion words citing rows by label: the rows named again)
        # A row ends at the next row's label in its sentence (rows run together on one line).
        ends = [nxt[1] if nxt[2] == sent else None for (_, _, sent), nxt in zip(labelled, [*labelled[1:], (0, 0, -2)],
                                                                             strict=True)]
        measured = [_row_items(by_sent, t, sent, end) for (_, t, sent), end in zip(labelled, ends, strict=True)]
        # A row measured its organ before its lesion's field: the list measures organs (later_row_lesions.py).
        organ_form = any(first_size is not None and measures_lesion_later(found, first_size, role)
                         for found, first_size in measured)
        for (_, t, sent), (found, first_size), citing in zip(labelled, measured, cited, strict=True):
            if first_size is None or any(it.kind == "lesion" and it.start < first_size for it in found):
                continue
            if key == "(" and role[first_size - 1] != "colon":
                continue  # (a numbered item's size is a lesion's only right after its place: "(iii) Left arm: 19 mm")
            if measures_organ(found, first_size, text, idx, parts=organ_form):
                continue  # (the organ's own size: organ_rows.py)
            if organ_form and measures_lesion_later(found, first_size, role):
                continue  # (the organ's size, then its lesion's field)
            # A lesion the row names after its size is the row's own, named again ("N1 R mid: 9 mm, anechoic, TR1
            # (cyst)"): its last name is the row's diagnosis, and its mentions go with the row's item.
            own = [it for it in found if it.kind == "lesion" and not it.merged and it.status == "present"]
            by_citation = citing is not None and not isinstance(citing, str) and not own
            named = own[-1] if own else singular(citing) if by_citation else kind  # type: ignore[arg-type]
            if by_citation:
                consumed.append(citing)  # type: ignore[arg-type]
            extra = [k for it in own for k in (it.index, *it.extra) if it is not named]
            for it in own:
                items.remove(it)
            # The row's side is its own words' ("N2 R lower"), not the kind's row's.
            items.append(dataclasses.replace(named, start=t, end=t + 1, sent=sent, laterality=None,
                                             extra=[*named.extra, *extra] if own else []))
            added = True
        if consumed:
            items[:] = [it for it in items if not any(it is c for c in consumed)]
        if announced is not None and len(items) > rows_before:
            # The group is its rows ("2 cysts. C1 ..., 62 mm. C2 ..., 21 mm"), as are the plural words naming it
            # with it ("Target lesions (hepatic metastases)"); on the rows' own line, all the lesion words between
            # the announcement and the first label ("2 nodules and a cyst - R1 ...").
            first = labelled[0][1]
            items[:] = [it for it in items if it.sent != announced.sent or it.kind != "lesion"
                        or it.status != "present" or not (
                            announced.start <= it.start < first if inline else it.plural)]
    if added:
        items.sort(key=lambda it: (it.start, it.end))


def labelled_row_sentences(role: list[str | None], sent_starts: list[int], text: str, idx: list[int]) -> frozenset[int]:
    """The sentences that hold a row of a labelled list ("N3 - isthmus: hypoechoic, solid, 6 mm, with irregular
    contours", "R1  upper pole  2.2 cm  solid, isoechoic, smooth"): each row is one lesion even when it names no
    lesion word, so a contour word in it is that lesion's margin, not the outline of the organ the row places it
    in (margins.py asks, before :func:`add_labelled_rows` builds the rows' lesion items)."""
    return frozenset(sent for _, listed in _listed_labels(role, sent_starts, text, idx) for _, _, sent in listed)


def _listed_labels(role: list[str | None], sent_starts: list[int], text: str,
                   idx: list[int]) -> list[tuple[str, list[tuple[int, int, int]]]]:
    """The lists the report's row labels make: (the labels' letter, its rows as (number, label token, sentence)).
    A label stands at a sentence's first token or right after its colon, or opens a row run on after a semicolon."""
    if _LABEL_CHANCE.search(text) is None and _ROMAN_OPENINGS[0] not in text and _ROMAN_OPENINGS[1] not in text \
            and _ROMAN_OPENINGS[2] not in text:
        return []  # (no label anywhere: see _LABEL_CHANCE)
    rows: dict[str, list[tuple[int, int, int]]] = {}  # letter -> (number, label token, sentence)
    # A label stands at a sentence's first token or right after its colon: only those tokens are matched (the
    # pattern's lookbehind still reads the characters before each), not the whole text scanned.
    n_tokens, last = len(idx), len(sent_starts) - 1
    if sent_starts and sent_starts[0] > 1 and role[0] == "colon" and _may_label(text, idx[1]):
        _match_label(rows, text, idx[1], 1, -1)  # (after a colon before the first sentence)
    for k, s in enumerate(sent_starts):
        if k < last and sent_starts[k + 1] == s:
            continue  # (a repeated start: the label is the last of those sentences')
        # (most sentences open with a word, whose second letter is no label's digit: no call, no regex then)
        if 0 <= s < n_tokens and _may_label(text, idx[s]):
            _match_label(rows, text, idx[s], s, k)
        elif 0 < s < n_tokens and text[idx[s] - 1] == "(" and (m := _ROMAN.match(text, idx[s] - 1)) is not None:
            # (the sentence opens after the bracket, which ends the sentence before)
            rows.setdefault("(", []).append((_roman(m[1]), s, k))
        if s + 2 < n_tokens and role[s + 1] == "colon" and (k == last or sent_starts[k + 1] > s + 2) \
                and _may_label(text, idx[s + 2]):
            _match_label(rows, text, idx[s + 2], s + 2, k)
    # Rows run together on one line are separated by semicolons: without a label after one, no token scan (one
    # C-level search; most reports have none).
    if ";" in text and _LABEL_AFTER_SEMICOLON.search(text) is not None:
        _inline_labels(rows, role, text, idx, sent_starts)
    return [(key, listed) for key, r in rows.items() if (listed := listed_rows(r)) is not None]


def _inline_labels(rows: dict[str, list[tuple[int, int, int]]], role: list[str | None], text: str, idx: list[int],
                   sent_starts: list[int]) -> None:
    """Add to ``rows`` the labels inside a sentence that open a row after a semicolon, colon or dash (rows run
    together on one line), besides those the caller read at its start and after its heading's colon."""
    seen = {t for found in rows.values() for _, t, _ in found}
    sent = 0
    for t in range(1, len(idx)):
        while sent + 1 < len(sent_starts) and sent_starts[sent + 1] <= t:
            sent += 1
        if t in seen or text[idx[t] + 1 : idx[t] + 2] not in _NONZERO:
            continue
        if role[t - 1] in _INLINE_OPENERS or text[idx[t - 1]] in _DASHES:
            _match_label(rows, text, idx[t], t, sent)
    for found in rows.values():
        found.sort(key=lambda row: row[1])


def _announced_inline(by_sent: dict[int, list[Item]], first_row: tuple[int, int, int]) -> Item | None:
    """The plural lesion word (present) before a line's first row label in its sentence ("2 nodules and a cyst - R1
    ..."); None if there is none."""
    _, t, sent = first_row
    named = [it for it in by_sent.get(sent, ()) if it.kind == "lesion" and it.status == "present"
             and not it.merged and it.plural and it.start < t]
    return named[-1] if named else None


def _row_items(by_sent: dict[int, list[Item]], t: int, sent: int,
               end: int | None = None) -> tuple[list[Item], int | None]:
    """The items of the row labelled at token ``t`` of sentence ``sent`` (up to the next row's label at token
    ``end``, if one follows in the sentence), and where its first size starts."""
    found = [it for it in by_sent.get(sent, ()) if it.start >= t and (end is None or it.start < end)]
    return found, next((it.start for it in found if it.kind == "size"), None)

