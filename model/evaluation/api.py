"""Embedding API: encode images and texts with a trained model, and zero-shot classify an image on a dimension.

>>> emb = Embedder.from_pretrained("runs/demo/ultrasound-clip")                   # doctest: +SKIP
>>> emb.encode_texts(["hypoechoic thyroid nodule"]).shape                         # doctest: +SKIP
torch.Size([1, 64])
>>> emb.classify("scan.png", "Echogenicity")[:2]                                 # doctest: +SKIP
[('hypoechoic', 0.71), ('isoechoic', 0.12)]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import torch

from model.evaluation.encoder import ModelEncoder
from model.evaluation.features import has_labels, parse_with_udt
from model.evaluation.prompts import build_class_prompts, class_embeddings
from udt.errors import DataError, UsageError

ImageLike = str | Path | bytes | Any  # a path, raw bytes, a PIL image or a (3, H, W) tensor


class Embedder:
    """Encodes images and texts with a trained ``UltrasoundCLIP`` (L2-normalised features)."""

    def __init__(self, model: Any, *, use_graph: bool = True) -> None:
        self.model = model
        self.taxonomy = model.taxonomy  # the ontology the model was trained with
        self.encoder = ModelEncoder(model, use_graph=use_graph)
        self.image_size = int(model.config.image_size)
        self._classes: dict[str, tuple[list[str], torch.Tensor]] = {}

    @classmethod
    def from_pretrained(
        cls, path: str | Path, *, device: str = "cpu", use_graph: bool = True, taxonomy: Any = None
    ) -> Embedder:
        """Load a run directory, checkpoint directory or weights file (with the run's ontology unless given)."""
        from model.clip_model import UltrasoundCLIP
        from model.devices import resolve_device

        where = resolve_device(device)
        return cls(UltrasoundCLIP.from_pretrained(path, map_location=where, taxonomy=taxonomy), use_graph=use_graph)

    # -- images --------------------------------------------------------------------------------------------------
    def load_image(self, image: ImageLike) -> torch.Tensor:
        """A normalised (3, S, S) tensor at the model's image size."""
        from model.data import decode_image
        from model.data.images import BadImage

        if isinstance(image, torch.Tensor):
            if image.ndim != 3 or image.shape[0] != 3:
                raise DataError("embed.bad_tensor", f"image tensor of shape {tuple(image.shape)}", "give (3, H, W)")
            return image
        if isinstance(image, (str, Path)):
            path = Path(image)
            if not path.is_file():
                raise DataError("embed.no_image", f"image {path} not found", "check the path")
            data = path.read_bytes()
        elif isinstance(image, bytes):
            data = image
        else:  # a PIL image
            import io

            buf = io.BytesIO()
            image.save(buf, format="PNG")
            data = buf.getvalue()
        try:
            return decode_image(data, self.image_size)
        except BadImage as exc:
            raise DataError("embed.bad_image", f"cannot decode image {image!s:.80}: {exc}", "give a PNG/JPEG") from exc

    def encode_images(self, images: Sequence[ImageLike] | torch.Tensor, batch_size: int = 32) -> torch.Tensor:
        """(N, D) features of images (paths, bytes, PIL images, or a (N, 3, H, W) normalised batch)."""
        if isinstance(images, torch.Tensor) and images.ndim == 4:
            batches = [images[i : i + batch_size] for i in range(0, len(images), batch_size)]
        else:
            items = list(images)
            batches = [
                torch.stack([self.load_image(x) for x in items[i : i + batch_size]])
                for i in range(0, len(items), batch_size)
            ]
        feats = [torch.nn.functional.normalize(self.encoder.images(b), dim=-1) for b in batches]
        return torch.cat(feats) if feats else torch.zeros(0, self.model.config.embed_dim)

    # -- texts ---------------------------------------------------------------------------------------------------
    def encode_texts(
        self, texts: Sequence[str], labels: Sequence[Mapping[str, Any] | None] | None = None
    ) -> torch.Tensor:
        """(N, D) text features; the graph side uses ``labels[i]`` where given, else ``udt.parse_report``."""
        texts = list(texts)
        if labels is not None and len(labels) != len(texts):
            raise UsageError(
                "embed.labels_mismatch",
                f"{len(labels)} label records for {len(texts)} texts",
                "give one record (or None) per text",
            )
        records: list[dict[str, list[str]]] = [{} for _ in texts]
        if self.encoder.uses_graph:
            given = list(labels) if labels is not None else [None] * len(texts)
            missing = [i for i, r in enumerate(given) if not has_labels(r)]
            parsed = parse_with_udt([texts[i] for i in missing], self.taxonomy) if missing else []
            for i, r in enumerate(given):
                if has_labels(r):
                    records[i] = {k: list(v) for k, v in r.items()}  # type: ignore[union-attr]
            for i, rec in zip(missing, parsed, strict=True):
                records[i] = rec
        if not texts:
            return torch.zeros(0, self.model.config.embed_dim)
        return torch.nn.functional.normalize(self.encoder.texts(texts, records), dim=-1)

    # -- zero-shot -----------------------------------------------------------------------------------------------
    def class_embeddings(self, dimension: str) -> tuple[list[str], torch.Tensor]:
        """(released values, (C, D) ensembled prompt embeddings) of a dimension; cached."""
        field = self.taxonomy.dimension(dimension).field
        if field not in self._classes:
            classes = build_class_prompts(self.taxonomy, field)
            self._classes[field] = ([c.label for c in classes], class_embeddings(classes, self.encoder.texts))
        return self._classes[field]

    def classify(self, image: ImageLike, dimension: str, top_k: int | None = None) -> list[tuple[str, float]]:
        """Zero-shot probabilities of the dimension's released values for one image, most likely first."""
        names, feats = self.class_embeddings(dimension)  # an unknown dimension raises DataError
        img = self.encode_images([image])
        scale = float(self.model.logit_scale.detach().exp().clamp(max=100.0))
        probs = torch.softmax(scale * img @ feats.T, dim=-1)[0]
        order = probs.argsort(descending=True).tolist()[: top_k or len(names)]
        return [(names[i], float(probs[i])) for i in order]
