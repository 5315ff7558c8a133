"""``udt similarity``: the soft label of two reports with per-dimension contributions, or export the matrices."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from udt.cli.options import ontology_option, taxonomy_from
from udt.errors import UsageError


def _similarity(matrices: Optional[Path], text_weight: float, taxonomy):
    from graphing.similarity import TagSimilarity

    if matrices is None:
        return TagSimilarity.from_taxonomy(taxonomy, text_weight=text_weight)
    if matrices.is_dir():
        return TagSimilarity.from_npz_dir(matrices, taxonomy)
    return TagSimilarity.load(matrices, taxonomy)


def export_similarity(sim, taxonomy, out: Path, *, heatmaps: bool = True) -> list[Path]:
    """Write ``similarity.safetensors``, the nine ``task{k}_tag_normalized.npz`` and heatmap PNGs to ``out``."""
    from graphing.heatmap import draw_heatmap

    written = [sim.save(out / "similarity.safetensors"), *sim.to_npz_dir(out, taxonomy)]
    if heatmaps:
        for d in taxonomy.dimensions:
            written.append(draw_heatmap(sim, d.field, out / f"heatmap_task{d.index}_{d.field}.png"))
    return written


def explain_text(explanation) -> str:
    """The per-dimension table printed by ``--explain``."""
    lines = [f"{'dimension':<24} {'A':<32} {'B':<32} {'sim':>6}  counted"]
    for part in explanation.dimensions:
        sim = "-" if part.similarity is None else f"{part.similarity:.3f}"
        a = ", ".join(part.tags_a) or "(unknown)"
        b = ", ".join(part.tags_b) or "(unknown)"
        lines.append(f"{part.field:<24} {a[:32]:<32} {b[:32]:<32} {sim:>6}  {'yes' if part.counted else 'no'}")
    shared = sum(p.similarity is not None for p in explanation.dimensions)
    if explanation.mode == "zero":
        how = f"sum over {shared} shared dimension(s) / {explanation.denominator:g}"
    else:  # one-sided dimensions count against the pair with a weight (graphing/soft_labels.py)
        one_sided = sum(p.similarity is None and bool(p.tags_a or p.tags_b) for p in explanation.dimensions)
        denominator = f"{explanation.denominator:g} = {shared} shared + weighted {one_sided} one-sided"
        how = f"sum over {shared} shared / {denominator}"
    lines.append(f"similarity = {explanation.similarity:.4f} ({how}, missing={explanation.mode})")
    return "\n".join(lines) + "\n"


def similarity_cmd(
    a: str = typer.Argument(..., help="Report text, text file or label-record JSON; or 'export'."),
    b: Optional[str] = typer.Argument(None, help="Second report text, text file or label-record JSON."),
    explain: bool = typer.Option(False, "--explain", "-e", help="Print the per-dimension contributions."),
    missing: str = typer.Option("skip", "--missing", help="Missing dimension: skip (unknown) or zero (released)."),
    matrices: Optional[Path] = typer.Option(
        None, "--matrices", "-m", help="Tag matrices: a .safetensors file or a directory of task{k}_tag_normalized.npz."
    ),
    text_weight: float = typer.Option(0.0, "--text-weight", help="Blend of MiniLM text similarity (0 = off)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="export: output directory."),
    heatmaps: bool = typer.Option(True, "--heatmaps/--no-heatmaps", help="export: also write heatmap PNGs."),
    ontology: Optional[Path] = ontology_option(),
) -> None:
    """Soft label of two reports (`udt similarity A B --explain`), or `udt similarity export --out DIR`."""
    from graphing.soft_labels import SoftLabeler
    from udt.cli.graph_cmd import load_label_input

    if missing not in ("skip", "zero"):
        raise UsageError("usage.missing", f"--missing {missing!r} is not a mode", "use skip or zero")
    tax = taxonomy_from(ontology)
    if a == "export" and b is None:
        if out is None:
            raise UsageError("usage.out", "export needs --out DIR", "e.g. udt similarity export --out matrices/")
        written = export_similarity(_similarity(matrices, text_weight, tax), tax, out, heatmaps=heatmaps)
        typer.echo(f"wrote {len(written)} files to {out}")
        return
    if b is None:
        raise UsageError("usage.input", "give two reports (A and B)", "or: udt similarity export --out DIR")
    record_a, _ = load_label_input(a, tax)
    record_b, _ = load_label_input(b, tax)
    labeler = SoftLabeler(tax, _similarity(matrices, text_weight, tax), missing=missing)  # type: ignore[arg-type]
    explanation = labeler.explain(record_a, record_b)
    if explain:
        typer.echo(explain_text(explanation), nl=False)
    else:
        typer.echo(f"{explanation.similarity:.4f}")


def register(app: typer.Typer) -> None:
    app.command("similarity")(similarity_cmd)
