"""Adapter from ``UltrasoundCLIP`` to the evaluation's ``Encoder`` protocol (graphs built from label records)."""

from __future__ import annotations

from typing import Any

import torch

LabelRecord = dict[str, list[str]]


class ModelEncoder:
    """``images`` / ``texts`` on a trained model; ``use_graph=False`` evaluates the text tower alone."""

    def __init__(
        self, model: Any, *, use_graph: bool = True, text_batch_size: int = 128, text_mode: str = "caption"
    ) -> None:
        self.model = model
        self.has_graph = getattr(model, "graph_encoder", None) is not None
        self.uses_graph = use_graph and self.has_graph
        self.text_batch_size = text_batch_size
        # "caption+labels": the model was trained on captions followed by their serialised labels; at test time
        # it gets the serialised *parsed* labels, just as a graph model gets graphs of the parsed labels.
        self.text_mode = text_mode

    def images(self, images: torch.Tensor) -> torch.Tensor:
        with torch.no_grad():
            return self.model.encode_image(images).float().cpu()

    def texts(self, texts: list[str], records: list[LabelRecord]) -> torch.Tensor:
        out = []
        step = self.text_batch_size
        if self.text_mode == "caption+labels":
            from model.data.collate import labels_as_text

            fields = self.model.taxonomy.fields
            texts = [labels_as_text(t, r, fields) for t, r in zip(texts, records, strict=True)]
        with torch.no_grad():
            for i in range(0, len(texts), step):
                graphs = self.model.build_graphs(records[i : i + step]) if self.uses_graph else None
                out.append(self.model.encode_text(texts[i : i + step], graphs).float().cpu())
        return torch.cat(out) if out else torch.zeros(0, 0)

    def graph_note(self, use_graph: bool) -> str:
        """How text-side graphs were used, for the protocol note."""
        if not self.has_graph:
            return "off (the model has no graph encoder)"
        if not use_graph:
            return "off (--no-graph: text tower alone)"
        return "on: each caption's graph is built from udt.parse_report of the caption (never the true labels)"
