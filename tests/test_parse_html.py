"""`udt parse --format html`: marked spans, escaping, overlapping mentions, findings and labels tables, index."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from itertools import pairwise

import pytest
from typer.testing import CliRunner

from udt.parser.schema import Finding, Mention, ParsedReport
from udt.render.html import render_page

FIELDS = ("Diagnosis", "Body_system_level", "Organ_level", "Shape", "Margins", "Echogenicity",
          "InternalCharacteristics", "PosteriorAcoustics", "Vascularity")
VOID = {"meta", "br", "img", "hr", "input", "link"}


class _Page(HTMLParser):
    """Collects, per report text block, its text and its marks, and checks the tags are well nested."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.blocks: list[dict] = []  # {"text": str, "marks": [(start, end, attrs)]}
        self.mark: dict | None = None
        self.in_block = 0
        self.section_text: dict[str, list[str]] = {}

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        self.tags.append((tag, a))
        if tag in VOID:
            return
        self.stack.append(tag)
        if tag == "div" and a.get("class") == "udt-text":
            self.blocks.append({"text": "", "marks": []})
            self.in_block = len(self.stack)
        if tag == "mark":
            assert self.mark is None, "marks must never nest"
            self.mark = {"start": len(self.blocks[-1]["text"]), "attrs": a}

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1] if self.stack else None}>"
        if tag == "mark":
            block = self.blocks[-1]
            block["marks"].append((self.mark["start"], len(block["text"]), self.mark["attrs"]))
            self.mark = None
        if len(self.stack) == self.in_block:
            self.in_block = 0
        self.stack.pop()

    def handle_data(self, data):
        if self.in_block:
            self.blocks[-1]["text"] += data


def _parse_page(page: str) -> _Page:
    p = _Page()
    p.feed(page)
    p.close()
    assert p.stack == [], f"unclosed tags {p.stack}"
    return p


def _mention(text: str, word: str, dimension: str, status: str = "present", nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Mention(dimension=dimension, value=word, concept=word, iri=f"https://example.org/{word.replace(' ', '_')}",
                   text=word, start=start, end=start + len(word), status=status)


HOSTILE = 'Nodule <script>alert("x")</script> & "hypoechoic solid nodule" <b>not bold</b>; no cyst; ?abscess. End'


def _hostile_report() -> ParsedReport:
    text = HOSTILE
    mentions = [
        _mention(text, "hypoechoic solid nodule", "Diagnosis"),  # contains the next two: nested overlaps
        _mention(text, "hypoechoic", "Echogenicity"),
        _mention(text, "solid nodule", "InternalCharacteristics"),
        _mention(text, "cyst", "Diagnosis", "absent"),
        _mention(text, "abscess", "Diagnosis", "uncertain"),
        # Crossing spans: "<script>alert" and "alert(" overlap without nesting; "alert(" covers a tag's text.
        Mention(dimension="Shape", value=None, concept="odd", iri="https://example.org/odd", text="x",
                start=7, end=20, status="present"),
        Mention(dimension="Margins", value=None, concept="odd2", iri="https://example.org/odd2", text="x",
                start=15, end=22, status="present"),
        # Offsets past the end are clamped, not a crash.
        Mention(dimension="Vascularity", value=None, concept="tail", iri="https://example.org/tail", text="x",
                start=len(text) - 2, end=len(text) + 40, status="present"),
    ]
    labels = {f: [] for f in FIELDS}
    labels["Diagnosis"] = ["nodule"]
    finding = Finding(kind="lesion", diagnosis="nodule", organ="Thyroid gland", laterality="left",
                      location="<upper> pole", size_mm=[12.0, 8.5], attributes={"Echogenicity": ["hypoechoic"]})
    return ParsedReport(source='<img src=x onerror="alert(1)">', labels=labels, mentions=mentions,
                        findings=[finding])


def test_hostile_text_renders_as_text_and_marks_stay_well_formed():
    report = _hostile_report()
    page = render_page([(HOSTILE, report)])
    parsed = _parse_page(page)
    tags = {t for t, _ in parsed.tags}
    assert "script" not in tags and "img" not in tags and "b" not in tags
    assert "<script>" not in page and "&lt;script&gt;" in page
    [block] = parsed.blocks
    assert block["text"] == HOSTILE  # every character once, in order, nothing added inside the text block
    for i, m in enumerate(report.mentions):
        end = min(m.end, len(HOSTILE))
        covered = [(s, e) for s, e, a in block["marks"] if str(i) in a["data-mentions"].split()]
        # The marks naming a mention tile exactly its span.
        assert covered and covered[0][0] == m.start and covered[-1][1] == end
        assert all(a[1] == b[0] for a, b in pairwise(covered))


def test_mark_attributes_status_classes_and_hover_title():
    report = _hostile_report()
    block = _parse_page(render_page([(HOSTILE, report)])).blocks[0]
    by_text = {block["text"][s:e]: a for s, e, a in block["marks"]}
    echo = by_text["hypoechoic"]  # the shorter, nested mention speaks for its piece
    assert echo["data-dimension"] == "Echogenicity" and "udt-ent" in echo["class"].split()
    assert echo["title"].startswith("hypoechoic — https://example.org/hypoechoic")
    assert "hypoechoic solid nodule" in echo["title"]  # the enclosing mention is listed too
    assert "udt-absent" in by_text["cyst"]["class"].split()
    assert "udt-uncertain" in by_text["abscess"]["class"].split()
    assert "udt-present" in echo["class"].split()


def test_findings_and_nine_labels_are_tabulated_and_escaped():
    page = render_page([(HOSTILE, _hostile_report())])
    parsed = _parse_page(page)
    assert "&lt;upper&gt; pole" in page and "12 × 8.5 mm" in page and "Thyroid gland" in page
    assert 'onerror="alert(1)"' not in page
    headers = [a for t, a in parsed.tags if t == "th"]
    assert len(headers) >= len(FIELDS)
    for field in FIELDS:
        assert f"<th>{field}</th>" in page


def test_many_reports_get_an_index_of_anchors():
    one = ParsedReport(source="a.txt", labels={f: [] for f in FIELDS})
    two = ParsedReport(source="b.txt", labels={f: [] for f in FIELDS}, warnings=["empty report"])
    parsed = _parse_page(render_page([("First.", one), ("", two)]))
    links = [a["href"] for t, a in parsed.tags if t == "a"]
    sections = [a["id"] for t, a in parsed.tags if t == "section"]
    assert links == ["#report-1", "#report-2"] and sections == ["report-1", "report-2"]
    assert [b["text"] for b in parsed.blocks] == ["First.", ""]


def test_page_is_self_contained():
    page = render_page([(HOSTILE, _hostile_report())])
    parsed = _parse_page(page)
    assert not [t for t, a in parsed.tags if t in ("script", "link", "iframe") or "src" in a]
    assert "http://" not in page.split("<body>")[0] and "@import" not in page and "url(" not in page


@pytest.fixture(scope="module")
def cli_page(tmp_path_factory):
    from udt.cli.main import app

    root = tmp_path_factory.mktemp("html")
    a = root / "a.txt"
    a.write_text("Right kidney: 2 cm simple cyst. No hydronephrosis. Possible <script>alert(1)</script> abscess.",
                 encoding="utf-8")
    b = root / "b.txt"
    b.write_text("Thyroid: 1.2 cm hypoechoic nodule in the left lobe with irregular margins.", encoding="utf-8")
    out = root / "page.html"
    result = CliRunner().invoke(app, ["parse", str(a), str(b), "--format", "html", "-o", str(out)])
    assert result.exit_code == 0, result.output
    as_json = CliRunner().invoke(app, ["parse", str(a), str(b), "--format", "jsonl"])
    reports = [json.loads(line) for line in as_json.stdout.splitlines()]
    return out.read_text(encoding="utf-8"), reports, [a.read_text(), b.read_text()]


def test_cli_html_marks_every_parsed_mention(cli_page):
    page, reports, texts = cli_page
    parsed = _parse_page(page)
    assert [b["text"] for b in parsed.blocks] == texts
    assert "script" not in {t for t, _ in parsed.tags}
    for block, report in zip(parsed.blocks, reports, strict=True):
        assert report["mentions"]
        for m in report["mentions"]:
            marked = [(s, e, a) for s, e, a in block["marks"] if s < m["end"] and m["start"] < e]
            assert marked and marked[0][0] <= m["start"] and marked[-1][1] >= m["end"]
            assert block["text"][m["start"]:m["end"]] == m["text"]
        dims = {a["data-dimension"] for _, _, a in block["marks"]}
        assert dims <= set(FIELDS) and "Diagnosis" in dims
    negated = [block["text"][s:e] for block in parsed.blocks for s, e, a in block["marks"]
               if "udt-absent" in a["class"].split()]
    assert "hydronephrosis" in negated
