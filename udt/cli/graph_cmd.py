"""``udt graph``: build the hetero graph of one report (or label record) and draw or save it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

import typer

from udt.cli.options import ontology_option
from udt.errors import DataError, ParseInputError, UsageError

if TYPE_CHECKING:
    from udt.taxonomy import Taxonomy

_INPUT_HELP = "Report text, a text file, or a label-record JSON file (the nine US-365K fields)."


def _record_from_json(path: Path) -> dict[str, Any]:
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DataError(
            "labels.json", f"{path}: not valid JSON ({exc})", "give a JSON object of field -> values"
        ) from exc
    # Accept `udt parse` output too: its label record sits under "labels".
    if isinstance(payload, dict) and isinstance(payload.get("labels"), dict):
        payload = payload["labels"]
    if not isinstance(payload, dict):
        raise DataError(
            "labels.json",
            f"{path}: expected a JSON object of field -> values",
            'e.g. {"Diagnosis": ["nodule"], "Organ_level": ["Thyroid gland"]}',
        )
    return payload


def _parse_text(text: str, source: str, taxonomy: Taxonomy) -> dict[str, Any]:
    try:
        from udt.parser import ReportParser
    except ImportError as exc:
        raise UsageError(
            "parser.unavailable", f"the report parser is not available ({exc})", "pass a label-record JSON file instead"
        ) from exc
    return dict(ReportParser(taxonomy).parse(text, source).labels)


def load_label_input(arg: str, taxonomy: Taxonomy) -> tuple[dict[str, Any], str]:
    """A label record from ``arg`` (JSON file, text file, or report text, parsed with ``taxonomy``) and a short
    name for it."""
    path = Path(arg)
    looks_like_path = "\n" not in arg and len(arg) < 4096 and path.suffix.lower() in (".json", ".txt", ".md")
    try:
        is_file = "\n" not in arg and len(arg) < 4096 and path.is_file()
    except OSError:
        is_file = False
    if is_file:
        if path.suffix.lower() == ".json":
            return _record_from_json(path), path.name
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise ParseInputError("report.encoding", f"{path}: not UTF-8 text", "save the report as UTF-8") from exc
        return _parse_text(text, str(path), taxonomy), path.name
    if looks_like_path:
        raise UsageError("usage.path", f"{arg}: no such file", "check the path, or quote the report text")
    if not arg.strip():
        raise UsageError("usage.empty", "the report text is empty", "give a report text, a text file or a JSON file")
    return _parse_text(arg, "<text>", taxonomy), (arg[:40] + "…") if len(arg) > 40 else arg


def graph_summary(data: Any, vocab: Any) -> str:
    """Nodes and edges, one per line, with concept labels."""
    lines = []
    for nt in data.node_types:
        for i, concept in enumerate(data[nt].x.tolist()):
            lines.append(f"node {nt}[{i}] = {vocab.labels[concept]}")
    for et in data.edge_types:
        for a, b in data[et].edge_index.t().tolist():
            lines.append(f"edge {et[0]}[{a}] -{et[1]}-> {et[2]}[{b}]")
    return "\n".join(lines) + "\n"


def build_graph_for_input(arg: str, taxonomy: Taxonomy, *, context_edges: bool = True, on_unknown: str = "error"):
    """(record, name, graph batch of one) for an input argument; used by the command and the tests."""
    from graphing.hetero import build_hetero_batch

    record, name = load_label_input(arg, taxonomy)
    data = build_hetero_batch([record], taxonomy, context_edges=context_edges, on_unknown=on_unknown)  # type: ignore[arg-type]
    return record, name, data


def graph_cmd(
    text: Optional[str] = typer.Argument(None, help=_INPUT_HELP),
    labels: Optional[Path] = typer.Option(None, "--labels", "-l", help="Label-record JSON file instead of a report."),
    out: Optional[str] = typer.Option(
        None, "--out", "-o", help="Write the graph: .png/.svg/.pdf draws it, .safetensors saves it, - prints nodes."
    ),
    context: bool = typer.Option(True, "--context/--no-context", help="Organ -> body system context edges."),
    on_unknown: str = typer.Option("error", "--on-unknown", help="Unknown label value: error or warn (skip)."),
    ontology: Optional[Path] = ontology_option(),
) -> None:
    """Build the typed hetero graph of one report (or label record) and draw or save it."""
    from graphing.hetero import default_vocabulary
    from graphing.nxview import draw_graph
    from graphing.persist import save_graph

    if (text is None) == (labels is None):
        raise UsageError("usage.input", "give either a report (text or file) or --labels FILE", "see udt graph --help")
    if on_unknown not in ("error", "warn"):
        raise UsageError("usage.on_unknown", f"--on-unknown {on_unknown!r} is not a mode", "use error or warn")
    from udt.cli.options import taxonomy_from

    tax = taxonomy_from(ontology)
    arg = str(labels) if labels is not None else str(text)
    if labels is not None and not labels.is_file():
        raise UsageError("usage.path", f"{labels}: no such file", "check the path")
    _record, name, data = build_graph_for_input(arg, tax, context_edges=context, on_unknown=on_unknown)
    vocab = default_vocabulary(tax)
    n_nodes = sum(data[nt].num_nodes for nt in data.node_types)
    n_edges = sum(data[et].num_edges for et in data.edge_types)
    if out is None or out == "-":
        typer.echo(graph_summary(data, vocab), nl=False)
        return
    target = Path(out)
    if target.suffix.lower() == ".safetensors":
        save_graph(data, target, vocab=vocab)
    else:
        draw_graph(data, target, vocab, title=f"{name}: {n_nodes} nodes, {n_edges} edges")
    typer.echo(f"{target}: {n_nodes} nodes, {n_edges} edges")


def register(app: typer.Typer) -> None:
    app.command("graph")(graph_cmd)
