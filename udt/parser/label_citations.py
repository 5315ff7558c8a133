"""A later line that names a row's label ("Conclusion: fibroadenomas R1 and L1 stable", "Lesion 3: simple cyst.",
"L2 simple cyst") speaks of the lesion measured on that row ("R1 | right 12 o'clock | 9 x 5 mm", "| 3 | Left breast,
4 h | 5 mm |"): worksheets, control tables and CRFs key each lesion by such a label, measure it on its row and name
its nature (or restate it) after the table, by label only.

Without this the row's lesion kept no nature and the later line's lesion word built a second, sizeless lesion (on
whatever side the text last named): the scorer paired the row's lesion with that empty one, or paired lesions of
the wrong rows.

Read on the finished report, as cited_rows.py is: a label is one row's when it opens exactly one line (after a bar
or a bullet): a code ("R1", "N2", "LD-1", "M3") or a lesion word and its number or letter ("Lesion A:"); a table row
whose first cell is a bare number or letter ("| 3 | ...", "A | R | 12H | ...") is cited only as "lesion 3", or, a
letter, as the key opening a line or a sentence ("A, B: oval hypoechoic masses. C: complicated cyst."; a number so
placed numbers a list). A label named again on a later line cites the row; labels joined by "and" or commas ("R1
and L1", "Lesions 1 and 2") cite together. The citation's clause (from the clause break or the label before it to
the next label or clause break) is read: an asserted lesion word there names each cited row's lesion that has no
nature (a hedged one, "likely also a fibroadenoma", names none, though it still makes the measured structure of
"L3 lower pole: 13 mm" a lesion: "L3 is most likely an angiomyolipoma"), and the sizeless lesion that word made is
the rows' lesion said again: it is dropped and its mentions go to the first cited row's lesion. A row's lesion is
the finding measured with a size written on the row (bare numbers under a header's unit: their millimetres or
centimetres); a row that named no lesion measured a structure, which the citation's lesion word makes that lesion.
A label may take a comma before its place ("L1, segment 7: 19 x 16 mm"), not before another label ("L4, L5").
Gated on a label opening a line: no cost elsewhere beyond one C-level scan.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from udt.parser.findings import parse_sizes
from udt.parser.folded_findings import drop_folded
from udt.parser.lazy_patterns import lazy_compile
from udt.parser.row_labels import LABEL_END
from udt.parser.text_lines import line_bounds

if TYPE_CHECKING:
    from udt.parser.schema import Finding, Mention

_CODE = r"[A-Z]{1,2}-?[1-9]\d?"
_WORD = r"(?:lesion|nodule|finding|mass)"
_ID = r"(?:[A-Z]|[1-9]\d?)"
# A label opening a line: a code, a lesion word and its id, or a table's bare first cell (an id only).
_ROW = lazy_compile(
    rf"^[ \t]*(?:(?:[|*\u2022-][ \t]*)?(?:({_CODE})|(?i:{_WORD})[ \t]+({_ID}))|\|?[ \t]*({_ID})[ \t]*(?=\|))"
    + LABEL_END,
    re.MULTILINE,
)
_JOIN = r"\s*(?:,(?!\d)|&|\+|\band\b)\s*"  # (a comma before a digit is a decimal one: "1,9 cm")
# A citation: a run of codes, or a lesion word (singular or plural) and a run of ids.
_CITE = lazy_compile(
    rf"(?<![\w-])(?:({_CODE}(?:{_JOIN}{_CODE})*)|(?i:{_WORD})s?[ \t]+({_ID}(?:{_JOIN}{_ID})*))"
    r"(?![\w/-]|[.,]\d|\s*(?:mm|cm)\b|\s*[x×*]\s*\d)"  # an id, not a measurement ("nodule 1,9 x 1,3 cm")
)
# A bare letters' citation: the keys opening a line or a sentence, then a colon ("A, B: oval masses. C: cyst").
_LETTERS = lazy_compile(rf"(?:^|(?<=\. ))[ \t]*([A-Z](?:{_JOIN}[A-Z])*)[ \t]*:(?!\d)", re.MULTILINE)
_SPLIT = lazy_compile(_JOIN)
_NUMBER = lazy_compile(r"\d+(?:[.,]\d+)?")
# A line opened by its number ("1. upper pole, 4.5 cm, anechoic", numbered_lines.py), cited by a hash and its number
# ("#1 and #2 are benign cysts"): a number alone names a list's item or a count.
_NUMBERED_LINE = lazy_compile(r"^[ \t]*([1-9]\d?)[.)][ \t]", re.MULTILINE)
_HASHES = lazy_compile(rf"(?<![\w#])#[1-9]\d?(?:{_JOIN}#[1-9]\d?)*(?![\w/-]|[.,]\d)")
_NUMBERED_KEY = "No"
_ROW_KINDS = ("lesion", "structure")
_NAMING = ("present", "uncertain")  # a citation's lesion word that says the row is a lesion (a hedged one: no nature)
_CLAUSE = lazy_compile(r"[;\n]|\.(?!\d)")  # a clause break: a line break, a semicolon, a full stop (not "1.3")


def _line_starts_matching(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern anchored at a line's start that never spans a line break: tried at
    each line start only (a report has a few lines; the engine would try the anchor at every character)."""
    found = []
    pos = 0
    while True:
        m = pattern.match(text, pos)
        if m is not None:
            found.append(m)
        pos = text.find("\n", pos) + 1
        if not pos:
            return found


def _rows(text: str) -> dict[str, int]:
    """Each row label's key ("R1", "#3" for a lesion word's id or a bare cell, "No3" for a numbered line) and the
    start of the first line it opens; a later line it opens cites that row ("Lesion 3: simple cyst."), unless it is
    measured too (two rows of one label are no row's: "lesion 1" under each breast)."""
    seen: dict[str, int] = {}
    twice: set[str] = set()
    labels = [(m.start(), code.replace("-", "") if code else "#" + (word_id or cell or "").upper())
              for m in _line_starts_matching(_ROW, text) for code, word_id, cell in [m.groups()]]
    if "#" in text:  # (numbered lines are cited only as "#2")
        labels += [(m.start(), _NUMBERED_KEY + m[1]) for m in _NUMBERED_LINE.finditer(text)]
    for at, key in labels:
        if key not in seen:
            seen[key] = at
        elif parse_sizes(text[at:line_bounds(text, at)[1]]):
            twice.add(key)  # a second measured row of that label: which one a citation means is unknown
    for key in twice:
        del seen[key]
    return seen


def _row_lesion(text: str, row_at: int, findings: list[Finding], taken: set[int]) -> int | None:
    """The first lesion finding not yet ``taken`` measured with a size written on the row at ``row_at``."""
    start, end = line_bounds(text, row_at)
    sizes = [values for _, _, values in parse_sizes(text[start:end])]
    if not sizes:
        # A table's cells under a header stating the unit ("Size (cm)": header_units.py) hold bare numbers: a
        # lesion's size is the row's when its numbers, in millimetres or centimetres, are written on the row.
        numbers = {round(float(n.replace(",", ".")), 2) for n in _NUMBER.findall(text, start, end)}
        sizes = [list(values) for values in {tuple(f.size_mm) for f in findings if f.size_mm}
                 if any(all(round(v / scale, 2) in numbers for v in values) for scale in (1, 10))]
    for i, f in enumerate(findings):
        # (a row that named no lesion built a structure of its organ, measured: "A | R | 12H | 0.6 x 0.4")
        if i not in taken and f.kind in _ROW_KINDS and f.size_mm and f.size_mm in sizes:
            return i
    return None


def fold_label_citations(text: str, findings: list[Finding], mentions: list[Mention]) -> list[Finding]:
    """``findings`` with each row a later line cites by label named by it and its restatement folded in (see the
    module docstring; ``mentions`` repointed)."""
    rows = _rows(text)
    if not rows:
        return findings
    cites = [(m.start(), m.end(), [c.replace("-", "") for c in _SPLIT.split(codes)] if codes
              else ["#" + x.upper() for x in _SPLIT.split(ids)])
             for m in _CITE.finditer(text) for codes, ids in [m.groups()]]
    if any(key.startswith(_NUMBERED_KEY) for key in rows):  # ("#1 and #2 are benign cysts")
        cites = sorted([*cites, *((m.start(), m.end(), [_NUMBERED_KEY + x.strip("#") for x in _SPLIT.split(m[0])])
                                  for m in _HASHES.finditer(text))])
    if any(len(key) == 2 and key[1].isalpha() for key in rows):  # (a row keyed by a bare letter: "A | R | ...")
        cites = sorted([*cites, *((m.start(), m.end(), ["#" + x for x in _SPLIT.split(m[1])])
                                  for m in _LETTERS.finditer(text))])
    runs: list[tuple[int, int, list[int]]] = []  # (start, end, cited row lesions)
    taken: set[int] = set()
    by_key: dict[str, int | None] = {}
    for start, end, keys in cites:
        lesions: list[int] = []
        for key in keys:
            row_at = rows.get(key)
            if row_at is None or line_bounds(text, row_at)[1] >= start:
                continue  # no row, or the row itself (or a line before it)
            if key not in by_key:
                by_key[key] = _row_lesion(text, row_at, findings, taken)
                if by_key[key] is not None:
                    taken.add(by_key[key])  # type: ignore[arg-type]
            lesion = by_key[key]
            if lesion is not None:
                lesions.append(lesion)
        if lesions:
            runs.append((start, end, lesions))
    if not runs:
        return findings
    diagnoses = sorted(
        (m.start, j) for j, m in enumerate(mentions) if m.dimension == "Diagnosis" and m.value is not None
    )
    folded: dict[int, int] = {}  # restating finding -> the row lesion it goes to
    for k, (start, end, lesions) in enumerate(runs):
        line_start, line_end = line_bounds(text, start)
        before = max([line_start, *(c.end() for c in _CLAUSE.finditer(text, line_start, start))])
        if k and runs[k - 1][1] > before:
            before = runs[k - 1][1]
        brk = _CLAUSE.search(text, end, line_end + 1)
        after = min(brk.start() if brk else line_end, runs[k + 1][0] if k + 1 < len(runs) else line_end)
        for at, j in diagnoses:
            if not (before <= at < after):
                continue
            restating = mentions[j].finding
            if restating is None or restating in taken or findings[restating].size_mm:
                continue
            cited = mentions[j]
            if cited.value != "normal appearance" and cited.status in _NAMING:
                for r in lesions:
                    if findings[r].diagnosis is None:
                        # A hedged word ("L3 is most likely an angiomyolipoma") names no nature, but it still says
                        # the row measured a lesion, not its organ.
                        if cited.status == "present":
                            findings[r].diagnosis = cited.value
                        findings[r].kind = "lesion"  # (a measured structure the citation names a lesion)
            if findings[lesions[0]].kind == "lesion":
                folded.setdefault(restating, lesions[0])
    if not folded:
        return findings
    return drop_folded(findings, mentions, folded)
