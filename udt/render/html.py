"""Parsed reports as one self-contained HTML page (``udt parse --format html``), in the manner of displaCy.

Every mention is a ``<mark class="udt-ent">`` carrying ``data-dimension``, coloured by dimension; negated mentions
are struck through, uncertain ones get a dashed border, and the title (shown on hover) names the concept and its
IRI. Below each text: the findings table and the nine US-365K label fields. Several reports share one page with an
index of anchors. The page needs no network and no script: CSS is inline, the dimension tag after each mention is
drawn by CSS from an attribute, so the text content of the marked-up report is exactly the report text.

Mentions may overlap (a finer term inside a longer one). The text is cut at every mention boundary; each piece
covered by mentions becomes one ``mark`` for the shortest (most specific) mention covering it, and its title
lists every mention covering it. So marks never nest or cross, whatever the offsets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape
from itertools import pairwise

from udt.parser.schema import Mention, ParsedReport

# Nine distinguishable pastel colours (colour-blind-safe order first), assigned by the dimension's position in the
# report's label fields, so a custom ontology with other field names is still coloured.
_PALETTE = ("#fde68a", "#bfdbfe", "#bbf7d0", "#fbcfe8", "#ddd6fe", "#fed7aa", "#a5f3fc", "#e5e7eb", "#fecaca")
_OTHER = "#d1d5db"
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")

_CSS = """
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:1100px;
padding:1.2em;color:#111827;background:#fff}
h1{font-size:1.35em;margin:.2em 0 .6em}h2{font-size:1.1em;margin:1.6em 0 .4em;border-bottom:1px solid #e5e7eb}
h3{font-size:.95em;margin:1em 0 .3em;color:#374151}
nav ol{columns:3;font-size:.9em;padding-left:1.4em}
.udt-legend{display:flex;flex-wrap:wrap;gap:.35em;font-size:.8em;margin-bottom:.8em}
.udt-legend span{padding:.1em .5em;border-radius:.3em}
.udt-text{white-space:pre-wrap;line-height:2.3;border:1px solid #e5e7eb;border-radius:.4em;padding:.6em .9em;
background:#fafafa}
mark.udt-ent{padding:.15em .3em;border-radius:.3em;border:1px solid transparent;color:inherit}
mark.udt-ent.udt-end::after{content:attr(data-tag);font-size:.62em;font-weight:700;text-transform:uppercase;
margin-left:.35em;vertical-align:middle;color:#374151}
mark.udt-absent{text-decoration:line-through;text-decoration-thickness:2px;text-decoration-color:#b91c1c}
mark.udt-uncertain{border:2px dashed #6b7280}
mark.udt-historical,mark.udt-hypothetical{opacity:.6}
table{border-collapse:collapse;font-size:.88em;margin:.3em 0}
th,td{border:1px solid #e5e7eb;padding:.25em .55em;text-align:left;vertical-align:top}
th{background:#f3f4f6}
.udt-empty{color:#9ca3af}
.udt-warn{color:#92400e;font-size:.9em}
"""


def _tag(field: str) -> str:
    """The short tag shown after a mention ("Organ_level" -> "organ", "PosteriorAcoustics" -> "posterior
    acoustics")."""
    words = _CAMEL.sub(" ", field.removesuffix("_level")).replace("_", " ")
    return " ".join(words.split()).lower()


def _colours(fields: Sequence[str]) -> dict[str, str]:
    return {f: _PALETTE[i % len(_PALETTE)] for i, f in enumerate(fields)}


def _describe(m: Mention) -> str:
    value = m.value if m.value is not None else "no released value"
    flags = [m.status] + [name for name, on in (("historical", m.historical), ("hypothetical", m.hypothetical)) if on]
    return f"{m.concept} — {m.iri}\n{m.dimension}: {value} ({', '.join(flags)})"


def _marked_text(text: str, mentions: Sequence[Mention], colours: dict[str, str]) -> str:
    """The report text with one ``mark`` per covered piece (see the module docstring); linear in the text."""
    n = len(text)
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for i, m in enumerate(mentions):
        s, e = max(0, min(m.start, n)), max(0, min(m.end, n))
        if s < e:  # offsets outside the text are clamped; empty spans have nothing to mark
            starts.setdefault(s, []).append(i)
            ends.setdefault(e, []).append(i)
    cuts = sorted({0, n, *starts, *ends})
    active: set[int] = set()
    out: list[str] = []
    for left, right in pairwise(cuts):
        active.difference_update(ends.get(left, ()))
        active.update(starts.get(left, ()))
        piece = escape(text[left:right])
        if not active:
            out.append(piece)
            continue
        covering = sorted(active)
        # The most specific mention speaks for the piece; ties go to the earlier mention (stable output).
        main = min(covering, key=lambda i: (mentions[i].end - mentions[i].start, i))
        m = mentions[main]
        classes = ["udt-ent", f"udt-{m.status}"]
        classes += [c for c, on in (("udt-historical", m.historical), ("udt-hypothetical", m.hypothetical)) if on]
        if min(m.end, n) == right:
            classes.append("udt-end")  # the dimension tag is drawn once, after the mention's last piece
        title = "\n".join(_describe(mentions[i]) for i in sorted(covering, key=lambda i: i != main))
        colour = colours.get(m.dimension, _OTHER)
        out.append(
            f'<mark class="{" ".join(classes)}" data-dimension="{escape(m.dimension)}" '
            f'data-tag="{escape(_tag(m.dimension))}" data-mentions="{" ".join(map(str, covering))}" '
            f'style="background:{colour}" title="{escape(title)}">{piece}</mark>'
        )
    return "".join(out)


def _cell(values: Sequence[str] | str | None) -> str:
    if values is None or values == "" or (not isinstance(values, str) and not values):
        return '<td class="udt-empty">—</td>'
    text = values if isinstance(values, str) else ", ".join(values)
    return f"<td>{escape(text)}</td>"


def _findings_table(report: ParsedReport) -> str:
    if not report.findings:
        return '<p class="udt-empty">No findings.</p>'
    rows = []
    for i, f in enumerate(report.findings, 1):
        size = " × ".join(f"{s:g}" for s in f.size_mm) + " mm" if f.size_mm else None
        attributes = "; ".join(f"{k}: {', '.join(v)}" for k, v in f.attributes.items() if v)
        what = f.diagnosis or f.concept or f.structure or f.kind
        rows.append(
            f"<tr><td>{i}</td>{_cell(what)}{_cell(f.organ)}{_cell(f.laterality)}{_cell(f.location)}"
            f"{_cell(size)}{_cell(attributes)}{_cell(f.status)}</tr>"
        )
    head = "".join(f"<th>{h}</th>" for h in ("#", "finding", "organ", "side", "location", "size", "attributes",
                                              "status"))
    return f'<table class="udt-findings"><tr>{head}</tr>{"".join(rows)}</table>'


def _labels_table(report: ParsedReport) -> str:
    rows = "".join(f"<tr><th>{escape(field)}</th>{_cell(values)}</tr>" for field, values in report.labels.items())
    return f'<table class="udt-labels">{rows}</table>'


def _legend(colours: dict[str, str]) -> str:
    keys = "".join(
        f'<span data-dimension="{escape(f)}" style="background:{c}">{escape(_tag(f))}</span>'
        for f, c in colours.items()
    )
    keys += '<span class="udt-legend-absent" style="text-decoration:line-through">negated</span>'
    keys += '<span class="udt-legend-uncertain" style="border:2px dashed #6b7280">uncertain</span>'
    return f'<div class="udt-legend">{keys}</div>'


def render_report(text: str, report: ParsedReport, anchor: str, colours: dict[str, str] | None = None) -> str:
    """One report as an HTML ``section`` (its id is ``anchor``): marked text, findings, labels, warnings."""
    colours = colours if colours is not None else _colours(list(report.labels))
    title = escape(report.source or anchor)
    warnings = "".join(f'<p class="udt-warn">{escape(w)}</p>' for w in report.warnings)
    return (
        f'<section class="udt-report" id="{escape(anchor)}"><h2>{title}</h2>'
        f'<div class="udt-text">{_marked_text(text, report.mentions, colours)}</div>{warnings}'
        f"<h3>Findings</h3>{_findings_table(report)}<h3>US-365K labels</h3>{_labels_table(report)}</section>"
    )


def render_page(reports: Sequence[tuple[str, ParsedReport]], title: str = "udt parse") -> str:
    """A complete, self-contained HTML page for ``(text, report)`` pairs, with an index when there are several.

    >>> from udt.parser import parse_report                              # doctest: +SKIP
    >>> text = "Hypoechoic nodule in the right thyroid lobe."              # doctest: +SKIP
    >>> page = render_page([(text, parse_report(text))])                 # doctest: +SKIP
    """
    fields: list[str] = []
    for _, report in reports:
        fields += [f for f in report.labels if f not in fields]
    colours = _colours(fields)
    anchors = [f"report-{i}" for i in range(1, len(reports) + 1)]
    index = ""
    if len(reports) > 1:
        items = "".join(
            f'<li><a href="#{a}">{escape(r.source or a)}</a></li>' for a, (_, r) in zip(anchors, reports, strict=True)
        )
        index = f'<nav><h2>{len(reports)} reports</h2><ol>{items}</ol></nav>'
    body = "".join(render_report(t, r, a, colours) for a, (t, r) in zip(anchors, reports, strict=True))
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>"
        f"<h1>{escape(title)}</h1>{_legend(colours)}{index}{body}</body></html>\n"
    )


__all__ = ["render_page", "render_report"]
