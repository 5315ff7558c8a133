"""``udt embed``: encode images and texts with a trained run, or zero-shot classify images on a dimension."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Optional

import typer

from udt.cli.options import ontology_option
from udt.errors import UsageError

if TYPE_CHECKING:
    from udt.taxonomy import Taxonomy


def embed_cmd(
    run: Path = typer.Argument(..., help="Run directory, checkpoint directory or weights file."),
    images: Optional[list[Path]] = typer.Option(None, "--image", "-i", help="Image file (repeat)."),
    texts: Optional[list[str]] = typer.Option(None, "--text", "-t", help="Text to encode (repeat)."),
    texts_file: Optional[Path] = typer.Option(None, "--texts-file", help="File with one text per line."),
    classify: Optional[str] = typer.Option(
        None, "--classify", "-c", help="Zero-shot classify the images on this dimension (e.g. Echogenicity)."
    ),
    top_k: int = typer.Option(5, "--top-k", help="Classes to print per image with --classify.", min=1),
    graph: bool = typer.Option(True, "--graph/--no-graph", help="Fuse text with graphs parsed from the text."),
    out: str = typer.Option(
        "-", "--out", "-o", help="Output: FILE.safetensors (features + JSON metadata), or JSON lines (- = stdout)."
    ),
    device: str = typer.Option("cpu", "--device", help="cpu or cuda."),
    ontology: Optional[Path] = ontology_option(
        help="Ontology to embed with (default: $UDT_ONTOLOGY if set, else the run's own ontology.owl copy)."
    ),
) -> None:
    """Encode images and texts to L2-normalised features, or classify images zero-shot (--classify)."""
    if not run.exists():
        raise UsageError("usage.no_run", f"run {run} does not exist", "give a `udt train` run directory")
    text_list = list(texts or [])
    if texts_file is not None:
        if not texts_file.is_file():
            raise UsageError("usage.no_file", f"texts file {texts_file} not found", "check the path")
        text_list += [line.strip() for line in texts_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    image_list = list(images or [])
    for img in image_list:
        if not img.is_file():
            raise UsageError("usage.no_image", f"image {img} not found", "check the path")
    if not image_list and not text_list:
        raise UsageError("usage.nothing", "nothing to embed", "give --image and/or --text/--texts-file")
    if classify and not image_list:
        raise UsageError("usage.classify", "--classify needs at least one --image", "add --image PATH")

    from model.devices import resolve_device
    from udt.cli.run_taxonomy import given_taxonomy

    resolve_device(device, setting="--device")  # an unknown name or a GPU that is not there: one line, first
    taxonomy = given_taxonomy(ontology)
    if classify:
        _check_dimension(classify, taxonomy)
    from model.evaluation import Embedder
    from udt.cli.output import write_output

    emb = Embedder.from_pretrained(run, device=device, use_graph=graph, taxonomy=taxonomy)
    if classify:
        lines = []
        for img in image_list:
            preds = emb.classify(img, classify, top_k=top_k)
            lines.append(
                json.dumps(
                    {
                        "image": str(img),
                        "dimension": classify,
                        "predictions": [{"value": v, "p": round(p, 4)} for v, p in preds],
                    }
                )
            )
        write_output("\n".join(lines) + "\n", out)
        return
    img_feats = emb.encode_images(image_list) if image_list else None
    txt_feats = emb.encode_texts(text_list) if text_list else None
    if out.endswith(".safetensors"):
        from safetensors.torch import save

        from udt.atomic import atomic_write_bytes

        tensors = {}
        if img_feats is not None:
            tensors["image_features"] = img_feats.contiguous()
        if txt_feats is not None:
            tensors["text_features"] = txt_feats.contiguous()
        meta = {"images": json.dumps([str(p) for p in image_list]), "texts": json.dumps(text_list), "run": str(run)}
        atomic_write_bytes(out, save(tensors, metadata=meta))
        return
    rows = []
    if img_feats is not None:
        rows += [
            {"image": str(p), "embedding": [round(x, 6) for x in f.tolist()]}
            for p, f in zip(image_list, img_feats, strict=True)
        ]
    if txt_feats is not None:
        rows += [
            {"text": t, "embedding": [round(x, 6) for x in f.tolist()]}
            for t, f in zip(text_list, txt_feats, strict=True)
        ]
    write_output("".join(json.dumps(r) + "\n" for r in rows), out)


def _check_dimension(name: str, taxonomy: Taxonomy | None) -> None:
    """An unknown --classify dimension is a usage error, found before the model (seconds to load) is read.

    Without ``--ontology`` the run's own copy is only read with the model; the dimensions are the nine US-365K
    fields in every udt ontology, so the shipped file answers the name check then.
    """
    from udt.errors import DataError
    from udt.taxonomy import load_taxonomy

    try:
        (taxonomy if taxonomy is not None else load_taxonomy()).dimension(name)
    except DataError as exc:
        raise UsageError("usage.classify", f"--classify: {exc.message}", exc.hint) from None


def register(app: typer.Typer) -> None:
    app.command("embed", no_args_is_help=True)(embed_cmd)
