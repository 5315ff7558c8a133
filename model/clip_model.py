"""``UltrasoundCLIP``: image tower, text tower, graph encoder and fusion, with offline save/load.

>>> m = UltrasoundCLIP.from_pretrained("runs/demo")                          # doctest: +SKIP
>>> img = m.encode_image(images)                                             # (B, D), L2-normalised
>>> txt = m.encode_text(["hypoechoic thyroid nodule"], m.build_graphs([labels]))  # (B, D), L2-normalised

Stable accessors for evaluation: ``encode_image``, ``encode_text``, ``tokenize``, ``tokenizer``,
``build_graphs``, ``taxonomy`` and ``config``. A run directory holds ``model.json`` (resolved model config, tower
configs, graph metadata, the concept IRIs and the ontology's digest), ``ontology.owl`` (a byte copy of the ontology
the model was trained with, so ``evaluate`` and ``embed`` use it, not whatever ontology is installed later),
``tokenizer/`` and ``model.safetensors``.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F
from torch import nn

from model.config import ModelConfig
from model.encoders import ImageTower, TextTower, build_towers, load_tokenizer, towers_from_configs
from model.fusion import GraphTextFusion
from model.graph_encoder import GraphEncoder
from udt.atomic import atomic_write_bytes, atomic_write_text
from udt.errors import DataError
from udt.taxonomy import Taxonomy

META_FILE = "model.json"
WEIGHTS_FILE = "model.safetensors"
TOKENIZER_DIR = "tokenizer"
ONTOLOGY_FILE = "ontology.owl"


class UltrasoundCLIP(nn.Module):
    """Ultrasound-CLIP: contrastive image–text model whose text feature is fused with a label graph.

    ``forward(images, input_ids, attention_mask, graph=None)`` returns a dict with ``image_features`` and
    ``text_features`` (both L2-normalised, the latter fused with the graph when the model has one and ``graph``
    is given), ``text_only_features`` and ``logit_scale`` (already exponentiated, clamped at 100).
    """

    def __init__(
        self,
        config: ModelConfig,
        tokenizer: Any,
        image_tower: ImageTower | nn.Module,
        text_tower: TextTower,
        graph_meta: dict[str, Any] | None,
        taxonomy: Taxonomy,
    ) -> None:
        super().__init__()
        self.config = config
        self._taxonomy = taxonomy
        self._tokenizer = tokenizer
        self.image_tower = image_tower
        self.text_tower = text_tower
        dim = config.embed_dim
        self.image_proj = nn.Linear(image_tower.hidden_size, dim, bias=False)
        self.text_proj = nn.Linear(text_tower.hidden_size, dim, bias=False)
        self.logit_scale = nn.Parameter(torch.tensor(float(config.init_logit_scale)))
        self.graph_meta = graph_meta if config.graph else None
        self.graph_encoder: GraphEncoder | None = None
        self.fusion: GraphTextFusion | None = None
        if self.graph_meta is not None:
            self.graph_encoder = GraphEncoder(
                num_concepts=len(self.graph_meta["concept_iris"]),
                node_types=self.graph_meta["node_types"],
                edge_types=[tuple(e) for e in self.graph_meta["edge_types"]],
                hidden=config.graph_hidden,
                out_dim=dim,
                layers=config.graph_layers,
                anchor_type=self.graph_meta.get("anchor_type"),
            )
            self.fusion = GraphTextFusion(
                dim, config.fusion_heads, config.fusion, config.fusion_alpha_init, config.fusion_alpha_max
            )
        self._vocab = None
        if config.gradient_checkpointing:
            for tower in (self.image_tower, self.text_tower):
                backbone = getattr(tower, "backbone", None)
                if backbone is None:  # the conv tower is small enough not to need it
                    continue
                # transformers 5 renamed it; non-reentrant checkpointing is what DDP needs
                if hasattr(backbone, "activation_checkpointing_enable"):
                    backbone.activation_checkpointing_enable({"use_reentrant": False})
                else:
                    backbone.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})

    # ----------------------------------------------------------------------------------------------------------
    # construction

    @classmethod
    def build(cls, config: ModelConfig, taxonomy: Taxonomy) -> UltrasoundCLIP:
        """A fresh model for ``config`` (pretrained towers where the config names them) and the taxonomy's graph.

        The model keeps ``taxonomy``: its graphs, prompts and saved run directory all use it.
        """
        tokenizer = load_tokenizer(config)
        image, text = build_towers(config, tokenizer)
        meta = None
        if config.graph:
            meta = graph_metadata_for(taxonomy)
        model = cls(config, tokenizer, image, text, meta, taxonomy)
        if model.graph_encoder is not None and config.concept_init == "text":
            model.init_concepts_from_text()
        return model

    @torch.no_grad()
    def init_concepts_from_text(self) -> None:
        """Start each concept embedding from the text tower's encoding of the concept label (ontology-grounded)."""
        assert self.graph_encoder is not None
        labels = self.vocabulary.labels
        was_training = self.training
        self.eval()
        feats = [self.text_tower(**self._tokens(labels[i : i + 64])) for i in range(0, len(labels), 64)]
        self.train(was_training)
        self.graph_encoder.init_concepts_from_text(torch.cat(feats))

    # ----------------------------------------------------------------------------------------------------------
    # accessors used by training and evaluation

    @property
    def tokenizer(self) -> Any:
        """The transformers tokenizer of the text tower."""
        return self._tokenizer

    @property
    def device(self) -> torch.device:
        return self.logit_scale.device

    @property
    def taxonomy(self) -> Taxonomy:
        """The taxonomy the model was built (or trained) with."""
        return self._taxonomy

    @property
    def vocabulary(self) -> Any:
        """The graphing ``ConceptVocabulary`` matching this model's concept table."""
        if self._vocab is None:
            from graphing import ConceptVocabulary

            vocab = ConceptVocabulary(self.taxonomy)
            if self.graph_meta is not None and list(vocab.iris) != list(self.graph_meta["concept_iris"]):
                raise DataError(
                    "model.vocabulary_mismatch",
                    "the ontology's concept vocabulary differs from the one this model was trained with",
                    "evaluate with the ontology version the model was trained on, or retrain",
                )
            self._vocab = vocab
        return self._vocab

    def _tokens(self, texts: Sequence[str]) -> dict[str, torch.Tensor]:
        enc = self.tokenize(texts)
        return {"input_ids": enc["input_ids"], "attention_mask": enc["attention_mask"]}

    def tokenize(self, texts: Sequence[str]) -> dict[str, torch.Tensor]:
        """Tokenise captions to ``input_ids``/``attention_mask`` on the model's device (padded, truncated)."""
        enc = self._tokenizer(
            list(texts),
            padding=True,
            truncation=True,
            max_length=self.config.max_text_length,
            return_tensors="pt",
        )
        return {k: v.to(self.device) for k, v in enc.items() if k in ("input_ids", "attention_mask")}

    def build_graphs(self, records: Sequence[dict[str, list[str]]]) -> Any:
        """The graphing HeteroData batch for label records (``None`` when the model has no graph)."""
        if self.graph_encoder is None:
            return None
        from graphing import build_hetero_batch

        return build_hetero_batch(list(records), self.taxonomy, vocab=self.vocabulary, on_unknown="warn")

    # ----------------------------------------------------------------------------------------------------------
    # forward

    def image_embed(self, images: torch.Tensor) -> torch.Tensor:
        return F.normalize(self.image_proj(self.image_tower(images)), dim=-1)

    def text_embed(
        self, input_ids: torch.Tensor, attention_mask: torch.Tensor, graph: Any = None, graph_plan: Any = None
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """(fused, text-only) L2-normalised text features; ``graph_plan`` is the graph's precomputed index plan."""
        text = self.text_proj(self.text_tower(input_ids, attention_mask))
        plain = F.normalize(text, dim=-1)
        if self.graph_encoder is None or self.fusion is None or graph is None:
            return plain, plain
        out = self.graph_encoder(graph.to(text.device), graph_plan)
        fused = self.fusion(text, out.vector, out.nodes, out.mask, out.present)
        return F.normalize(fused, dim=-1), plain

    def forward(
        self,
        images: torch.Tensor,
        input_ids: torch.Tensor,
        attention_mask: torch.Tensor,
        graph: Any = None,
        graph_plan: Any = None,
    ) -> dict[str, torch.Tensor]:
        text, plain = self.text_embed(input_ids, attention_mask, graph, graph_plan)
        return {
            "image_features": self.image_embed(images),
            "text_features": text,
            "text_only_features": plain,
            "logit_scale": self.logit_scale.exp().clamp(max=100.0),
        }

    @torch.no_grad()
    def encode_image(self, images: torch.Tensor) -> torch.Tensor:
        """L2-normalised image embeddings of a (B, 3, H, W) normalised image batch."""
        return self.image_embed(images.to(self.device))

    @torch.no_grad()
    def encode_text(self, texts: Sequence[str], graphs: Any = None) -> torch.Tensor:
        """L2-normalised text embeddings; ``graphs`` (from :meth:`build_graphs`) adds the label graph."""
        enc = self.tokenize(texts)
        return self.text_embed(enc["input_ids"], enc["attention_mask"], graphs)[0]

    # ----------------------------------------------------------------------------------------------------------
    # persistence

    def meta(self) -> dict[str, Any]:
        return {
            "format": 1,
            "model_config": self.config.model_dump(mode="json"),
            "image_config": self.image_tower.hf_config.to_dict(),
            "text_config": self.text_tower.hf_config.to_dict(),
            "graph": self.graph_meta,
            "taxonomy": {
                "file": ONTOLOGY_FILE,
                "digest": self._taxonomy.digest,
                "source": str(self._taxonomy.source),
                "version": self._taxonomy.version,
            },
        }

    def save_meta(self, run_dir: str | Path) -> None:
        """Write ``model.json`` and ``tokenizer/`` (everything but the weights) into ``run_dir``."""
        run_dir = Path(run_dir)
        run_dir.mkdir(parents=True, exist_ok=True)
        save_ontology_copy(self._taxonomy, run_dir)
        atomic_write_text(run_dir / META_FILE, json.dumps(self.meta(), indent=2, default=str) + "\n")
        self._tokenizer.save_pretrained(str(run_dir / TOKENIZER_DIR))

    def save_weights(self, path: str | Path) -> None:
        """Weights as safetensors, written atomically."""
        from safetensors.torch import save

        state = {k: v.detach().contiguous().cpu() for k, v in self.state_dict().items()}
        atomic_write_bytes(path, save(state, metadata={"format": "pt"}))

    def load_weights(self, path: str | Path) -> None:
        from safetensors.torch import load_file

        try:
            state = load_file(str(path))
        except Exception as exc:  # SafetensorError (truncated, not safetensors), OSError
            raise DataError(
                "model.bad_weights",
                f"{path}: cannot read the weights ({type(exc).__name__}: {' '.join(str(exc).split())[:200]})",
                "the file is truncated or damaged; use another checkpoint of the run (RUN/checkpoints/step_*)",
            ) from None
        state = {k.removeprefix("module."): v for k, v in state.items()}
        missing, unexpected = self.load_state_dict(state, strict=False)
        if missing or unexpected:
            raise DataError(
                "model.incompatible_checkpoint",
                f"checkpoint {path} does not fit this model (missing {len(missing)}, unexpected {len(unexpected)}: "
                f"{', '.join((list(missing) + list(unexpected))[:3])})",
                "load it with the configuration it was trained with",
            )

    @classmethod
    def from_pretrained(
        cls, path: str | Path, map_location: str | torch.device = "cpu", *, taxonomy: Taxonomy | None = None
    ) -> UltrasoundCLIP:
        """Load a trained model from a run directory (final or latest weights) or a checkpoint directory; offline.

        The model uses the run's own ``ontology.owl`` unless ``taxonomy`` is given (a graph model then checks that
        the taxonomy's concept vocabulary is the one it was trained with, ``model.vocabulary_mismatch``).
        """
        from transformers import AutoTokenizer

        path = Path(path)
        weights, run_dir = _locate_weights(path)
        meta_path = run_dir / META_FILE
        if not meta_path.is_file():
            raise DataError("model.not_a_run", f"no {META_FILE} in {run_dir}", "point at a `udt train` run directory")
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        config = ModelConfig.model_validate(meta["model_config"])
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        tokenizer = AutoTokenizer.from_pretrained(str(run_dir / TOKENIZER_DIR), local_files_only=True)
        image, text = towers_from_configs(meta["image_config"], meta["text_config"], config.text_pooling)
        tax = taxonomy if taxonomy is not None else run_taxonomy(run_dir, meta)
        model = cls(
            config.model_copy(update={"gradient_checkpointing": False}), tokenizer, image, text, meta["graph"], tax
        )
        if model.graph_meta is not None:
            _ = model.vocabulary  # fail now, naming the mismatch, rather than at the first graph
        model.load_weights(weights)
        model.to(map_location)
        model.eval()
        return model


def _locate_weights(path: Path) -> tuple[Path, Path]:
    """(weights file, run directory) for a run dir, a checkpoint dir or a weights file."""
    if path.is_file():
        parent = path.parent
        return path, parent if (parent / META_FILE).is_file() else parent.parent.parent
    if (path / WEIGHTS_FILE).is_file() and (path / META_FILE).is_file():
        return path / WEIGHTS_FILE, path
    if (path / WEIGHTS_FILE).is_file():  # a checkpoint directory: RUN/checkpoints/step_X
        return path / WEIGHTS_FILE, path.parent.parent
    from model.training.checkpoint import intact_checkpoint

    ckpt = intact_checkpoint(path)
    if ckpt is None:
        raise DataError("model.no_weights", f"no weights found in {path}", "train first, or give a checkpoint dir")
    # Say which weights these are: a run stopped early has no final weights, and its checkpoint is older.
    print(f"note: {path / WEIGHTS_FILE} is missing; loading checkpoint {ckpt}", file=sys.stderr)
    return ckpt / WEIGHTS_FILE, path


def save_ontology_copy(taxonomy: Taxonomy, run_dir: Path) -> Path:
    """Copy the taxonomy's ontology file into ``run_dir`` byte for byte (checked against its digest)."""
    import hashlib

    data = Path(taxonomy.source).read_bytes()
    if taxonomy.digest and hashlib.sha256(data).hexdigest() != taxonomy.digest:
        raise DataError(
            "model.ontology_changed",
            f"the ontology file {taxonomy.source} changed after it was loaded (digest differs)",
            "reload the taxonomy from the file and start again",
        )
    target = run_dir / ONTOLOGY_FILE
    atomic_write_bytes(target, data)
    return target


def run_taxonomy(run_dir: Path, meta: dict[str, Any]) -> Taxonomy:
    """The taxonomy a run was trained with: its ``ontology.owl`` copy (digest-checked).

    Runs saved before the copy existed load the shipped ontology only when it is the one whose digest they
    recorded (graph models record it); otherwise the caller must name the ontology.
    """
    import udt

    info = meta.get("taxonomy") or {}
    path = run_dir / str(info.get("file") or ONTOLOGY_FILE)
    if not path.is_file():
        shipped = udt.load_taxonomy()
        recorded = info.get("digest") or (meta.get("graph") or {}).get("taxonomy_digest")
        if recorded and recorded != shipped.digest:
            raise DataError(
                "model.ontology_missing",
                f"{run_dir} was trained with an ontology (digest {recorded[:12]}) that is neither in the run nor the "
                "shipped one",
                "pass the ontology it was trained with (--ontology PATH)",
            )
        return shipped
    import hashlib

    if info.get("digest") and hashlib.sha256(path.read_bytes()).hexdigest() != info["digest"]:
        raise DataError(
            "model.ontology_digest",
            f"{path} does not match the digest recorded in {run_dir / META_FILE}",
            "restore the run's ontology.owl, or pass the ontology it was trained with (--ontology)",
        )
    return udt.load_taxonomy(path)


def taxonomy_of_run(path: str | Path) -> Taxonomy:
    """The taxonomy a run (directory, checkpoint directory or weights file) was trained with."""
    run_dir = _locate_weights(Path(path))[1]
    meta_path = run_dir / META_FILE
    if not meta_path.is_file():
        raise DataError("model.not_a_run", f"no {META_FILE} in {run_dir}", "point at a `udt train` run directory")
    return run_taxonomy(run_dir, json.loads(meta_path.read_text(encoding="utf-8")))


def graph_metadata_for(taxonomy: Taxonomy) -> dict[str, Any]:
    """Graph metadata of the taxonomy: node types, edge types, anchor type and concept IRIs (index order)."""
    import graphing
    from graphing import ConceptVocabulary

    node_types, edge_types = graphing.graph_metadata(taxonomy)
    vocab = ConceptVocabulary(taxonomy)
    anchor = getattr(graphing, "SAMPLE", None)
    if anchor is None:
        from graphing.schema import SAMPLE as anchor
    return {
        "node_types": list(node_types),
        "edge_types": [list(e) for e in edge_types],
        "anchor_type": anchor if anchor in node_types else None,
        "concept_iris": list(vocab.iris),
        "vocab_digest": vocab.digest,
        "taxonomy_digest": taxonomy.digest,
    }
