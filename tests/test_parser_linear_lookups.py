"""Look-ups that read only their own neighbourhood (a long report stays linear): the organs a region key's line
names (region_keys.named_on, by bisection over the mentions), the earlier lesion a summary of another organ names
(restated._placed_beside, filed by body system), the lesions of a region's own sentence (echo_areas) and the
mentions between a negation and its bracket (context), the lesion sentences of an organ said normal on both sides
(normals), the table cells under an earlier, axis, distance or part-size column that hold a size
(column_headers.CellSpans). Each equals the scan of every item it replaced, and a passage read after many others
reads as it does alone."""

from __future__ import annotations

import copy
import random

import pytest

from udt.parser import ReportParser, restated
from udt.parser.column_headers import CellSpans
from udt.parser.findings import _Draft
from udt.parser.record import MentionRecord
from udt.parser.region_keys import named_on
from udt.taxonomy import load_taxonomy

ANATOMY = ("Body_system_level", "Organ_level")


@pytest.fixture(scope="module")
def parser() -> ReportParser:
    return ReportParser(load_taxonomy())


def _record(rng: random.Random, start_char: int) -> MentionRecord:
    rec = MentionRecord(0, 1, start_char, start_char + 3, rng.choice([*ANATOMY, "Diagnosis"]), "iri", "", 0)
    rec.site = rng.choice([None, "Liver", "Spleen", "Elbow", "Soft tissues"])
    return rec


@pytest.mark.parametrize("seed", range(200))
def test_organs_named_on_lines_equal_a_scan_of_every_mention(seed: int) -> None:
    rng = random.Random(seed)
    starts = sorted(rng.sample(range(400), rng.randint(0, 40)))
    evidence = [_record(rng, c) for c in starts]
    spans = [(lo, lo + rng.randint(0, 120)) for lo in rng.sample(range(400), rng.randint(1, 3))]
    organs = set(rng.sample(["Liver", "Spleen", "Elbow", "Soft tissues"], rng.randint(0, 4)))
    expected = {
        rec.site
        for rec in evidence
        if rec.site in organs and rec.field in ANATOMY and any(lo <= rec.start_char < hi for lo, hi in spans)
    }
    assert named_on(organs, evidence, ANATOMY, spans) == expected


def _look_back(
    findings: list[_Draft], k: int, s: _Draft, summary_made: set[int], folded: set[int], generic: str | None
) -> int | None:
    """The reference: the last earlier lesion of unstated nature, located and sided, of another organ of the
    summary's body system on a compatible side, found by a walk back over every earlier finding."""
    if s.size_mm or s.status != "present" or s.organ is None:
        return None
    for i in range(k - 1, -1, -1):
        e = findings[i]
        if (
            i in summary_made
            or i in folded
            or e.kind != "lesion"
            or e.status == "absent"
            or e.location is None
            or e.organ in (None, s.organ)
            or e.body_system != s.body_system
            or e.laterality is None
            or s.laterality not in (None, e.laterality)
        ):
            continue
        if e.diagnosis is None and e.concept in (None, generic):
            return i
    return None


def _draft(rng: random.Random, i: int) -> _Draft:
    organ, system = rng.choice(
        [(None, None), ("thyroid", "neck"), ("parathyroid", "neck"), ("liver", "abdomen"), ("kidney", "abdomen")]
    )
    return _Draft(
        kind=rng.choice(["lesion"] * 6 + ["normal"]),
        diagnosis=rng.choice([None, None, None, None, "cyst", "adenoma"]),
        concept=rng.choice([None, "formation", "cyst"]),
        organ=organ,
        body_system=system,
        laterality=rng.choice([None, "left", "right", "bilateral"]),
        location=rng.choice([None, "posterior to the lower pole", "lateral to the upper pole"]),
        size_mm=[5.0] if rng.random() < 0.2 else [],
        status=rng.choice(["present"] * 5 + ["absent", "uncertain"]),
        mentions=[i],
    )


@pytest.mark.parametrize("seed", range(300))
def test_the_lesion_placed_beside_equals_the_walk_back(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    # Random findings and summaries: each call of the filed look-up finds what the walk back over every earlier
    # finding finds on the findings as they stand then (earlier folds may have renamed, sided or moved a lesion).
    rng = random.Random(seed)
    n = rng.randint(1, 40)
    findings = [_draft(rng, i) for i in range(n)]
    start = rng.randint(0, n)
    summary_made = {i for i in range(start, n) if rng.random() < 0.8}
    folded = {i for i in range(n) if i not in summary_made and rng.random() < 0.05}
    placed = restated._placed_beside

    def checked(
        drafts: list[_Draft], k: int, s: _Draft, beside: restated._Beside, ruled_out: None = None
    ) -> int | None:
        got = placed(drafts, k, s, beside, ruled_out)
        assert got == _look_back(drafts, k, s, summary_made, folded, "formation")
        return got

    monkeypatch.setattr(restated, "_placed_beside", checked)
    restated.fold_restated(copy.deepcopy(findings), summary_made, "formation", folded, {})


# Passages written for these tests, each read once alone and once after many sentences about other organs.
_FILLER = "Liver: simple cyst 20 mm in segment 2, without internal flow (no septa).\n"


def _after_filler(parser: ReportParser, passage: str, copies: int = 40) -> tuple[object, object]:
    alone = parser.parse(passage)
    late = parser.parse(_FILLER * copies + passage)
    return alone, late


def test_an_echo_area_reads_as_alone_after_many_lesion_sentences(parser: ReportParser) -> None:
    alone, late = _after_filler(parser, "Spleen: ill-defined hypoechoic area 14 mm.")
    spleen = [(f.kind, f.organ, f.size_mm) for f in late.findings if f.organ == "Spleen"]  # type: ignore[attr-defined]
    assert spleen == [(f.kind, f.organ, f.size_mm) for f in alone.findings] == [("lesion", "Spleen", [14.0])]  # type: ignore[attr-defined]


def test_a_bracket_after_a_negation_reads_as_alone_after_many_negations(parser: ReportParser) -> None:
    passage = "Left testis: echogenic foci without acoustic shadowing (testicular microlithiasis)."
    alone, late = _after_filler(parser, passage)
    at = len(_FILLER * 40)
    tail = [(m.value, m.status) for m in late.mentions if m.start >= at]  # type: ignore[attr-defined]
    assert tail == [(m.value, m.status) for m in alone.mentions]  # type: ignore[attr-defined]
    assert ("shadowing", "absent") in tail and (None, "present") in tail


def test_a_region_key_line_reads_as_alone_after_many_lines(parser: ReportParser) -> None:
    title = "US LEFT LEG VEINS\n"
    body = "Common femoral vein compressible.\nSoft tissues: seroma 35 mm.\n"
    alone = parser.parse(title + body)
    late = parser.parse(title + "Popliteal vein compressible, no thrombus.\n" * 40 + body)
    assert late.labels["Organ_level"] == alone.labels["Organ_level"]
    assert [(f.diagnosis, f.organ, f.size_mm) for f in late.findings] == [
        (f.diagnosis, f.organ, f.size_mm) for f in alone.findings
    ]
    assert ("fluid collection", "Soft tissues", [35.0]) in [(f.diagnosis, f.organ, f.size_mm) for f in alone.findings]


def test_a_summary_names_the_lesion_beside_its_organ_after_many_findings(parser: ReportParser) -> None:
    title = "THYROID US\n"
    lesion = "Posterior to the lower pole of the right thyroid lobe lies a hypoechoic lesion.\n"
    summary = "Impression: parathyroid adenoma."
    alone = parser.parse(title + lesion + summary)
    late = parser.parse(title + lesion + "Right lobe: colloid cyst 3 mm.\n" * 40 + summary)
    wanted = ("nodule", "Parathyroid glands", "right")
    assert [(f.diagnosis, f.organ, f.laterality) for f in alone.findings] == [wanted]
    assert (late.findings[0].diagnosis, late.findings[0].organ, late.findings[0].laterality) == wanted


@pytest.mark.parametrize(
    ("lesions", "normal"),
    [
        # a lesion on each side of the scrotum: "Both testes normal" is no whole organ without a finding
        (
            "Right testis: 4 mm cyst in the right epididymal head.\n"
            "Left testis: 6 mm cyst in the left epididymal head.\n",
            False,
        ),
        ("Left testis: 6 mm cyst in the left epididymal head.\n", True),  # one side is clear
    ],
)
def test_a_normal_of_both_sides_reads_the_lesion_sentences_of_its_organ(
    parser: ReportParser, lesions: str, normal: bool
) -> None:
    statement = "Both testes are normal in size and echotexture."
    alone = parser.parse("SCROTAL US\n" + lesions + statement)
    late = parser.parse("SCROTAL US\n" + lesions + "Liver: simple cyst 20 mm in segment 2.\n" * 30 + statement)
    assert ("normal appearance" in alone.labels["Diagnosis"]) is normal
    assert ("normal appearance" in late.labels["Diagnosis"]) is normal


@pytest.mark.parametrize("seed", range(200))
def test_cell_spans_hold_what_a_scan_of_every_cell_finds(seed: int) -> None:
    # column_headers.CellSpans: the cells of a table's chosen columns (one or more choosers, so a cell may come
    # twice), asked for a size's offset by bisection instead of a scan of every cell
    rng = random.Random(seed)
    cuts = sorted(rng.sample(range(1, 600), rng.randint(0, 30) * 2))
    cells = [(cuts[k], cuts[k + 1]) for k in range(0, len(cuts), 2)]
    chosen = cells + rng.sample(cells, min(len(cells), rng.randint(0, 3)))  # the same cell chosen twice
    rng.shuffle(chosen)
    held = CellSpans(chosen)
    for pos in range(0, 620):
        assert (pos in held) == any(a <= pos < b for a, b in chosen)


def test_every_row_of_a_long_dated_table_keeps_todays_size(parser: ReportParser) -> None:
    # the cells under the earlier date are found by bisection: the last row reads as the first does
    header = "| Nodule | 03/2025 | 11/2026 |\n"
    rows = "".join(f"| N{k} | {5 + k % 7} mm | {12 + k % 9} mm |\n" for k in range(1, 99))
    sizes = [f.size_mm for f in parser.parse("Thyroid nodules\n" + header + rows).findings if f.size_mm]
    assert sizes == [[float(12 + k % 9)] for k in range(1, 99)]
