"""A lesion whose sentence cites an item label in brackets ("mass (see M1)", "collection (M3)") is measured on
the row that label opens later ("M1 R 9:00 mass: 1.3 x 1.9 x 1.1 cm"): the two are one lesion. RIS exports and
structured worksheets list findings first and measurements after, keyed by such labels.

Without this the citing lesion kept no size and the row built a second lesion of its own, often on the wrong organ
(the row names no organ, so it took the last one named: an axillary node's).

Read on the finished report: the citing finding (the nearest lesion before the citation on its line, sizeless)
takes the row's lesion size, side (when it has none) and attributes; the row's lesion is dropped and its mentions
point to the citing one. A label must be cited once and open exactly one later line.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from udt.parser.folded_findings import drop_folded
from udt.parser.lazy_patterns import lazy_compile
from udt.parser.text_lines import line_bounds

if TYPE_CHECKING:
    from udt.parser.schema import Finding, Mention

_CITE = lazy_compile(r"\((?:see |cf\.? )?([A-Z]\d{1,2})\)")
_ROW = lazy_compile(r"^[ \t]*([A-Z]\d{1,2})\b", re.MULTILINE)


def merge_cited_rows(text: str, findings: list[Finding], mentions: list[Mention]) -> list[Finding]:
    """``findings`` with each cited row's lesion folded into the lesion that cites it (``mentions`` repointed)."""
    if "(" not in text:
        return findings
    cites: dict[str, list[int]] = {}
    for m in _CITE.finditer(text):
        cites.setdefault(m.group(1), []).append(m.start())
    if not cites:
        return findings
    rows: dict[str, list[int]] = {}
    for m in _ROW.finditer(text):
        rows.setdefault(m.group(1), []).append(m.start(1))
    # Every mention of each finding, by start (a finding's mentions may lie on several lines: the impression's).
    starts = [(mentions[j].start, i) for i, f in enumerate(findings) for j in f.mentions if j < len(mentions)]
    folded: dict[int, int] = {}  # row finding -> citing finding
    for label, at in cites.items():
        row = rows.get(label)
        if len(at) != 1 or row is None or len(row) != 1 or row[0] <= at[0]:
            continue
        cite_line = line_bounds(text, at[0])
        citing = [(s, i) for s, i in starts if cite_line[0] <= s < at[0] and findings[i].kind == "lesion"]
        if not citing:
            continue
        c = max(citing)[1]
        if findings[c].size_mm or c in folded.values():
            continue
        row_line = line_bounds(text, row[0])
        # The row's lesion is the sized one whose own word (its first mention) stands on the row; a word shared
        # by two built lesions goes to the first built.
        measured = [
            i
            for i, f in enumerate(findings)
            if i != c
            and f.kind == "lesion"
            and f.size_mm
            and f.mentions
            and f.mentions[0] < len(mentions)
            and row_line[0] <= mentions[f.mentions[0]].start < row_line[1]
        ]
        if not measured or measured[0] in folded:
            continue
        folded[measured[0]] = c
    if not folded:
        return findings
    for r, c in folded.items():
        target, source = findings[c], findings[r]
        target.size_mm = list(source.size_mm)
        if target.laterality is None:
            target.laterality = source.laterality
        for dim, values in source.attributes.items():
            have = target.attributes.setdefault(dim, [])
            have.extend(v for v in values if v not in have)
    return drop_folded(findings, mentions, folded)
