"""Model cards: ``RUN/README.md`` in the Hugging Face convention (YAML front matter + Markdown sections).

``udt train`` writes the card when a run starts and again when it ends (the resolved configuration, the data the
run saw, the ontology it was trained against); ``udt evaluate`` fills the evaluation section in place, one block
per evaluated split and data set, keeping everything else. A re-trained run gets a fresh card: numbers measured on
earlier weights would no longer describe it.

>>> card = write_model_card(run_dir, config, taxonomy, DataSummary.of_shards(index, root, "train"))  # doctest: +SKIP
>>> update_card_evaluation(run_dir, eval_result)                                                     # doctest: +SKIP
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from udt.atomic import atomic_write_text

CARD_FILE = "README.md"
_EVAL_START = "<!-- udt:evaluation:start -->"
_EVAL_END = "<!-- udt:evaluation:end -->"
_BLOCK = re.compile(r"<!-- udt:eval (?P<id>[^>]*?) -->\n(?P<body>.*?)<!-- /udt:eval -->\n?", re.S)
_NOT_EVALUATED = "Not evaluated yet: run `udt evaluate RUN_DIR --data DATA` to fill this section.\n"


class DataSummary(BaseModel):
    """What a run trained on: where from, the split used, and the pairs in each split of the source."""

    source: str
    dataset: str = ""
    layout: str
    split: str
    pairs_per_split: dict[str, int] = Field(default_factory=dict)
    ontology_version: str | None = None
    ontology_digest: str = ""
    note: str = ""

    @classmethod
    def of_shards(cls, index: Any, root: Path, split: str) -> DataSummary:
        """From a shard folder's ``shards.json`` (:class:`~model.data.shards.ShardIndex`)."""
        return cls(
            source=f"{root} (WebDataset shards of {index.source})",
            dataset=index.dataset,
            layout=f"webdataset shards ({index.layout})",
            split=split,
            pairs_per_split={name: s.pairs for name, s in index.splits.items()},
            ontology_version=index.ontology.version,
            ontology_digest=index.ontology.digest,
            note=f"{index.missing_images} pair(s) of the source left out for unreadable images"
            if index.missing_images
            else "",
        )


def summarise_data(path: str | Path, split: str, taxonomy: Any, *, seed: int = 0) -> DataSummary:
    """What a run trains on: a shard folder's index, or a folder/manifest's pairs per split (counted without
    parsing captions or decoding images; ``seed`` is the run's, which splits data that has no split files)."""
    from model.data.open import read_records
    from model.data.shards import is_shard_dir, read_shard_index

    if is_shard_dir(path):
        return DataSummary.of_shards(read_shard_index(path), Path(path), split)
    counts: dict[str, int] = {}
    records, _, layout, _ = read_records(path, "all", taxonomy=taxonomy, seed=seed, derive_labels=False)
    for rec in records:
        counts[rec.split] = counts.get(rec.split, 0) + 1
    from model.data.shards import dataset_name

    return DataSummary(
        source=str(path),
        dataset=dataset_name(Path(path), layout),
        layout=layout,
        split=split,
        pairs_per_split=counts,
        ontology_version=taxonomy.version,
        ontology_digest=taxonomy.digest,
    )


def _front_matter(datasets: list[str]) -> str:
    # Keys from the Hugging Face model-card spec; values are YAML scalars and lists written by hand (no PyYAML
    # needed to *write* three lists, and hand-written YAML stays stable across PyYAML versions).
    tags = ["ultrasound", "medical-imaging", "clip", "contrastive-learning", "zero-shot-image-classification", "udt"]
    lines = ["---", "license: apache-2.0", "library_name: udt", "pipeline_tag: zero-shot-image-classification", "tags:"]
    lines += [f"  - {t}" for t in tags]
    lines.append("datasets:")
    lines += [f"  - {json.dumps(d)}" for d in datasets]
    lines.append("---")
    return "\n".join(lines) + "\n"


def _dataset_names(data: DataSummary) -> list[str]:
    return [data.dataset or Path(data.source.split(" (")[0]).name or data.source]


def _architecture(model: Mapping[str, Any]) -> list[str]:
    tiny = "a tiny randomly initialised ViT"
    image = tiny if model.get("image_encoder") == "tiny" else model.get("image_encoder")
    text = tiny.replace("ViT", "transformer") if model.get("text_encoder") == "tiny" else model.get("text_encoder")
    graph = (
        f"a heterogeneous label-graph encoder (hidden {model.get('graph_hidden')}, {model.get('graph_layers')} "
        f"layers) fused into the text feature ({model.get('fusion')} fusion)"
        if model.get("graph")
        else "no label-graph encoder (plain text tower)"
    )
    return [
        f"- **Image encoder**: {image}, {model.get('image_size')} px input.",
        f"- **Text encoder**: {text}, up to {model.get('max_text_length')} tokens.",
        f"- **Graph**: {graph}.",
        f"- **Embedding**: {model.get('embed_dim')}-dimensional, L2-normalised; trained with the CLIP loss, plus the "
        "ontology-derived semantic soft-label loss when it is on (see Optimisation).",
    ]


def render_card(
    config: Mapping[str, Any],
    data: DataSummary,
    *,
    run_name: str,
    steps: int | None = None,
    parameters: int | None = None,
    evaluation: str = _NOT_EVALUATED,
) -> str:
    """The card's Markdown (front matter included)."""
    model = config.get("model", {})
    optim = config.get("optim", {})
    loss = config.get("loss", {})
    length = f"{optim.get('max_steps')} steps" if optim.get("max_steps") else f"{optim.get('epochs')} epoch(s)"
    status = f"trained for {steps} optimizer steps" if steps is not None else "training started; not finished yet"
    split_rows = "\n".join(f"| {name} | {n:,} |" for name, n in data.pairs_per_split.items()) or "| – | – |"
    lines = [
        _front_matter(_dataset_names(data)),
        f"# Ultrasound-CLIP run `{run_name}`",
        "",
        "An ultrasound image–text model (Ultrasound-CLIP) trained with udt, the Ultrasonographic Diagnostic "
        f"Taxonomy toolkit: {status}.",
        "",
        "## Model details",
        "",
        *_architecture(model),
    ]
    if parameters is not None:
        lines.append(f"- **Parameters**: {parameters:,}.")
    lines += [
        f"- **Optimisation**: AdamW, lr {optim.get('lr')}, batch {optim.get('batch_size')} per process × "
        f"{optim.get('grad_accum')} accumulation, {length}; semantic loss "
        f"{'on, λ = ' + str(loss.get('semantic_weight')) if loss.get('semantic_loss') else 'off'}.",
        "- **Files**: `model.safetensors` (weights), `model.json` + `tokenizer/` (architecture and vocabulary), "
        "`config.json` (the resolved configuration below), `metrics.jsonl` (training curve), `checkpoints/`.",
        "- **Load**: `UltrasoundCLIP.from_pretrained(RUN_DIR)` (offline).",
        "",
        "## Training data",
        "",
        f"- **Source**: `{data.source}` ({data.layout}); trained on split **{data.split}**.",
        f"- **Ontology**: UDT version {data.ontology_version or 'unknown'}, digest `{data.ontology_digest or '?'}` "
        "(labels were normalised against it; the graph vocabulary and soft labels derive from it).",
    ]
    if data.note:
        lines.append(f"- **Note**: {data.note}.")
    lines += [
        "",
        "| split | pairs |",
        "|---|---|",
        split_rows,
        "",
        "## Evaluation",
        "",
        _EVAL_START,
        evaluation.rstrip("\n"),
        _EVAL_END,
        "",
        "## Intended use",
        "",
        "Research on ultrasound image–text representation learning: retrieval, zero-shot labelling against the UDT "
        "taxonomy, linear probing, and as a baseline for new methods.",
        "",
        "**This model is NOT for clinical decisions.** It has not been validated clinically, is not a medical "
        "device, and its outputs must not be used to diagnose, triage or treat patients.",
        "",
        "## Known limitations",
        "",
        "- Zero-shot and retrieval scores depend strongly on the gallery size; recalls are only comparable at the "
        "same gallery size (given beside every recall above).",
        "- US-365K labels are sparse: most images have no shape, margin, posterior-acoustics or vascularity label, "
        "so those dimensions are scored on few samples and learned from little signal.",
        "- Labels derived by the udt report parser from captions inherit its errors (negation and uncertainty "
        "handling is rule-based).",
        "- Images of one data source (scanner, hospital, population) do not represent others; expect a drop on "
        "new sites.",
    ]
    if "phantom" in " ".join(_dataset_names(data)):
        lines.append("- Trained on the synthetic phantom: it has learned a simulator, not real anatomy.")
    lines += [
        "",
        "## Training configuration",
        "",
        "```json",
        json.dumps(dict(config), indent=2, sort_keys=False, default=str),
        "```",
        "",
    ]
    return "\n".join(lines)


def write_model_card(
    run_dir: str | Path,
    config: Mapping[str, Any] | Any,
    data: DataSummary,
    *,
    steps: int | None = None,
    parameters: int | None = None,
) -> Path:
    """Write ``run_dir/README.md`` atomically (a previous card, and its evaluation numbers, is replaced)."""
    run_dir = Path(run_dir)
    cfg = config.model_dump(mode="json") if hasattr(config, "model_dump") else dict(config)
    path = run_dir / CARD_FILE
    atomic_write_text(path, render_card(cfg, data, run_name=run_dir.name, steps=steps, parameters=parameters))
    return path


# -- evaluation --------------------------------------------------------------------------------------------------


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f}"


def evaluation_block(result: Mapping[str, Any]) -> str:
    """Markdown for one evaluation (an ``EvalResult`` as a dict): classification, retrieval, linear probe."""
    protocol = result.get("protocol", {})
    zs = result.get("zero_shot", {})
    lines = [
        f"### {protocol.get('split', '?')} split of `{result.get('data', '?')}` ({protocol.get('n_pairs', '?')} pairs)",
        "",
        f"Zero-shot classification over {zs.get('dimensions_scored', 0)} scored dimension(s): mean accuracy "
        f"**{_pct(zs.get('avg_accuracy'))}%**, mean recall **{_pct(zs.get('avg_recall'))}%**.",
        "",
        "| dimension | samples | accuracy % | macro recall % |",
        "|---|---|---|---|",
    ]
    for dim in zs.get("dimensions", []):
        lines.append(
            f"| {dim['field']} | {dim['n_samples']} | {_pct(dim.get('accuracy'))} | {_pct(dim.get('macro_recall'))} |"
        )
    retrieval = result.get("retrieval", [])
    if retrieval:
        ks = list(retrieval[0].get("image_to_text", {}))
        lines += [
            "",
            "| retrieval gallery | gallery size | " + " | ".join(f"I→T {k}" for k in ks) + " | "
            + " | ".join(f"T→I {k}" for k in ks) + " |",
            "|---|---|" + "---|" * (2 * len(ks)),
        ]
        for r in retrieval:
            i2t = " | ".join(f"{r['image_to_text'].get(k, 0):.3f}" for k in ks)
            t2i = " | ".join(f"{r['text_to_image'].get(k, 0):.3f}" for k in ks)
            lines.append(f"| {r['gallery']} | {r['gallery_size']:,} | {i2t} | {t2i} |")
    probe = result.get("linear_probe")
    if probe:
        lines += [
            "",
            f"Linear probe ({protocol.get('linear_probe') or 'trained on the probe split'}): mean accuracy "
            f"**{_pct(probe.get('avg_accuracy'))}%** over {probe.get('dimensions_scored', 0)} dimension(s).",
        ]
    return "\n".join(lines) + "\n"


def update_card_evaluation(run_dir: str | Path, result: Any) -> Path | None:
    """Put ``result`` (an ``EvalResult`` or its dict) into the card's evaluation section, replacing an earlier
    evaluation of the same split and data; other blocks and the rest of the card stay as they are.

    Returns the card's path, or ``None`` when the run has no card (weights outside a run directory).
    """
    path = Path(run_dir) / CARD_FILE
    if not path.is_file():
        return None
    data = result.model_dump(mode="json") if hasattr(result, "model_dump") else dict(result)
    text = path.read_text(encoding="utf-8")
    start, end = text.find(_EVAL_START), text.find(_EVAL_END)
    if start < 0 or end < start:  # a card edited by hand: append a fresh section rather than guess
        text = text.rstrip("\n") + f"\n\n## Evaluation\n\n{_EVAL_START}\n{_EVAL_END}\n"
        start, end = text.find(_EVAL_START), text.find(_EVAL_END)
    section = text[start + len(_EVAL_START) : end]
    blocks = {m.group("id"): m.group("body") for m in _BLOCK.finditer(section)}
    block_id = f"{data.get('protocol', {}).get('split', '?')}@{data.get('data', '?')}"
    blocks[block_id] = evaluation_block(data)
    body = "".join(f"<!-- udt:eval {k} -->\n{v.rstrip()}\n<!-- /udt:eval -->\n" for k, v in sorted(blocks.items()))
    atomic_write_text(path, text[: start + len(_EVAL_START)] + "\n" + body + text[end:])
    return path
