"""The findings scorer pairs each gold lesion with the parsed finding written where its quote is, not merely the
first of its organ and diagnosis: two cysts of one kidney are told apart by position (handmade gold and
predictions; ``--pairing first`` keeps the earlier rule)."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from _finding_positions import finding_spans, overlap, quote_spans
from _parser_scoring import match_findings, score_findings

KIDNEY = "Kidney and ureter"
TEXT = "Right kidney: a 20 mm cyst at the upper pole. A second cyst of 8 mm in the lower pole."
GOLD = [
    {"organ": KIDNEY, "diagnosis": "cyst", "size_mm": 20, "side": "right", "text": "20 mm cyst"},
    {"organ": KIDNEY, "diagnosis": "cyst", "size_mm": 8, "side": "right", "text": "cyst of 8 mm"},
]


def _mention(dimension: str, text: str, nth: int = 0) -> SimpleNamespace:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(text, start + 1)
    return SimpleNamespace(dimension=dimension, start=start, end=start + len(text))


# The report's evidence: the organ (shared by both cysts), then each cyst's name.
MENTIONS = [_mention("Organ_level", "Right kidney"), _mention("Diagnosis", "cyst"), _mention("Diagnosis", "cyst", 1)]
FIRST, SECOND = 1, 2  # the indices of the first and the second cyst's mention


def _finding(size: float, mention: int, diagnosis: str | None = "cyst") -> SimpleNamespace:
    return SimpleNamespace(
        kind="lesion",
        organ=KIDNEY,
        diagnosis=diagnosis,
        concept=diagnosis or "lesion",
        size_mm=[size],
        laterality="right",
        mentions=[mention, 0],
    )


def _sizes_right(parsed: list[SimpleNamespace], pairing: str) -> int:
    row = {"id": "x", "text": TEXT, "findings": GOLD}
    return score_findings([row], [SimpleNamespace(findings=parsed, mentions=MENTIONS)], pairing).size_right


@pytest.mark.parametrize(
    ("parsed", "first", "position"),
    [
        # The parser missed the first cyst and read the second right: the old pairing gave the second's finding to the
        # first gold cyst (20 mm != 8 mm) and scored nothing right; by position it is the second's, right.
        ([_finding(8, SECOND)], 0, 1),
        # The parser missed the first cyst and gave the second the first's size (wrong): the old pairing scored it
        # right against the first gold cyst; by position it is the second's, 20 != 8 mm.
        ([_finding(20, SECOND)], 1, 0),
        # Both read right but listed in another order (a finding restated, a table): the old pairing crossed them.
        ([_finding(8, SECOND), _finding(20, FIRST)], 0, 2),
        # Both read right in report order: both pairings agree.
        ([_finding(20, FIRST), _finding(8, SECOND)], 2, 2),
        # The organ and diagnosis come first: the first cyst read without a diagnosis does not take the first gold
        # cyst's place by the old order (it went to the second, 20 != 8 mm, and the second's finding to the first);
        # by position the second gold cyst takes its own finding and the first the one left, both right.
        ([_finding(20, FIRST, diagnosis=None), _finding(8, SECOND)], 0, 2),
    ],
)
def test_pairing_by_position_scores_the_lesion_written_there(parsed, first: int, position: int) -> None:
    assert _sizes_right(parsed, "first") == first
    assert _sizes_right(parsed, "position") == position


def test_pairing_falls_back_to_report_order_without_positions() -> None:
    parsed = [_finding(8, SECOND), _finding(20, FIRST)]
    # A quote not written in the report (a paraphrase), or a finding without evidence: the written order.
    paraphrased = [{**g, "text": "a renal cyst"} for g in GOLD]
    # A quote next to the evidence but not holding it ("20 mm" before "cyst"): nearness is no evidence (a list's
    # sizes follow the one word naming both lesions), so the written order.
    beside = [{**g, "text": g["text"].replace(" cyst", "").replace("cyst ", "")} for g in GOLD]
    # Two findings named by one piece of evidence cannot be told apart by it.
    shared = [_finding(8, SECOND), _finding(20, SECOND)]
    for gold, findings, mentions in (
        (paraphrased, parsed, MENTIONS),
        (beside, parsed, MENTIONS),
        (GOLD, [SimpleNamespace(**{**vars(f), "mentions": []}) for f in parsed], MENTIONS),
        (GOLD, parsed, ()),
        (GOLD, shared, MENTIONS),
    ):
        first = match_findings(gold, findings, pairing="first")
        assert [f for _, f in match_findings(gold, findings, TEXT, mentions)] == [f for _, f in first]


def test_pairing_is_one_to_one_and_prefers_the_diagnosis() -> None:
    # Both gold cysts quote the first cyst's place: one finding is paired once, the other gold cyst gets the rest.
    gold = [{**GOLD[0]}, {**GOLD[1], "text": "a 20 mm cyst at the upper pole"}]
    parsed = [_finding(8, SECOND), _finding(20, FIRST)]
    assert [f for _, f in match_findings(gold, parsed, TEXT, MENTIONS)] == [parsed[1], parsed[0]]
    # A finding of another diagnosis at the quote does not displace the one of the gold's diagnosis.
    parsed = [_finding(20, FIRST, diagnosis=None), _finding(8, SECOND)]
    assert [f for _, f in match_findings(GOLD[:1], parsed, TEXT, MENTIONS)] == [parsed[1]]
    with pytest.raises(ValueError):
        match_findings(GOLD, parsed, TEXT, MENTIONS, pairing="nearest")


def test_positions() -> None:
    assert quote_spans("A 20  MM cyst; a 20 mm cyst", "20 mm cyst") == [(2, 13), (17, 27)]
    assert quote_spans(TEXT, "") == []
    # The organ's evidence is shared by the lesions of the organ: only the naming evidence places a finding.
    assert finding_spans(_finding(8, SECOND), MENTIONS) == [(MENTIONS[SECOND].start, MENTIONS[SECOND].end)]
    assert overlap([(0, 10)], [(5, 20)]) == 5
    assert overlap([(0, 10)], [(30, 40), (10, 20)]) == 0
    assert overlap([], [(0, 4)]) == 0
