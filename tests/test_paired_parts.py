"""A side carried to an unsided lesion stops at a part the body has one of (paired_parts.py): the title's, a header
field's, the organ's one side and the lesion before it in a sentence each carry a paired organ's side, never to the
thyroid isthmus or a child's bladder. Guard rows: the same carriers still reach paired parts."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

import udt
from udt.parser.paired_parts import on_paired_part, unpaired_mentions

TH, PU, K, BR = "Thyroid gland", "Pediatric urinary tract", "Kidney and ureter", "Breast"

ROWS: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    # a numbered list's first item is no title naming the study's side
    ("1. Left lobe of thyroid: a 12 mm solid nodule.\n2. Isthmus: a 4 mm cyst.",
     [(TH, "nodule", "left"), (TH, "cyst", None)]),
    # a title's side: to the lobe's lesion, not the isthmus's
    ("US THYROID, RIGHT LOBE\nA 9 mm nodule in the lower pole. A 5 mm nodule in the isthmus.",
     [(TH, "nodule", "right"), (TH, "nodule", None)]),
    # the lesion before it in its sentence: to a further node, not across a heading or to the isthmus
    ("Thyroid: left lobe 45 mm, an 11 mm nodule at the upper pole; isthmus: a 3 mm nodule.",
     [(TH, "nodule", "left"), (TH, "nodule", None)]),
    ("Small effusion on the right, kidneys: a 12 mm cyst in the upper pole.", [(K, "cyst", None)]),
    # the organ's one side: to a child's kidney, not the bladder it files beside the kidneys
    ("Renal US, 4-year-old girl.\nRight kidney: 6.9 cm, 3 mm cyst.\nBladder: 5 mm calculus.",
     [(PU, "cyst", "right"), (PU, None, None)]),
    # guards: a paired part still takes its organ's side
    ("DIAGNOSTIC ULTRASOUND LEFT BREAST\nAn oval 8 mm mass at 2 o'clock.", [(BR, "mass", "left")]),
    ("Left kidney: 10.8 cm with a 15 mm upper pole cyst and a further 6 mm cyst at the lower pole.",
     [(K, "cyst", "left"), (K, "cyst", "left")]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[str(n) for n in range(len(ROWS))])
def test_side_stops_at_unpaired_parts(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    got = [(f.organ, f.diagnosis, f.laterality) for f in udt.parse_report(text).findings if f.kind == "lesion"]
    wanted = {dx for _, dx, _ in expected}  # (the effusion's own filing is another rule's)
    assert [g for g in got if g[1] in wanted] == expected


@dataclass
class _Draft:
    organ: str | None
    structure: str | None = None
    mentions: list[int] = field(default_factory=list)


@dataclass
class _Anatomy:
    kind: str
    concept: str | None
    structure: str | None
    index: int


def test_on_paired_part_reads_organ_structure_and_own_mentions() -> None:
    unpaired = frozenset({"Liver", "thyroid isthmus", "bladder"})
    items = [_Anatomy("anatomy", "bladder", None, 4), _Anatomy("anatomy", "left kidney", "left kidney", 2),
             _Anatomy("size", None, None, 5)]
    at = unpaired_mentions(items, unpaired)
    assert at == {4}
    assert not on_paired_part(_Draft("Liver"), unpaired, at)
    assert not on_paired_part(_Draft("Thyroid gland", "thyroid isthmus"), unpaired, at)
    assert not on_paired_part(_Draft("Pediatric urinary tract", None, [5, 4]), unpaired, at)
    assert on_paired_part(_Draft("Pediatric urinary tract", "left kidney", [3, 2]), unpaired, at)
