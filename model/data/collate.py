"""``TrainingCollate``: the DataLoader's collate for training — all per-sample data work, done in the workers.

As in open_clip's ``data.py``, the training step gets tensors only. Per batch this tokenises the texts, builds the
label graphs as one HeteroData batch (graph models) and encodes each label record as integer codes (a (B, V) 0/1
matrix over the released values, from which ``SoftLabeler.from_codes`` makes the soft labels). The object is
picklable, so it runs inside DataLoader worker processes (fork or spawn): a taxonomy does not pickle, so the
pickled form names the ontology file and its digest, and the worker reloads it (the digest is checked).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

import torch

from model.data.dataset import Batch, Sample, Skipped, collate
from udt.taxonomy import Taxonomy

TextMode = Literal["caption", "caption+labels"]


def labels_as_text(caption: str, record: Mapping[str, Sequence[str]], fields: Sequence[str]) -> str:
    """The caption followed by the label record serialised as "Field: value, value." sentences.

    The text of the ``labels-text`` baseline: plain CLIP that sees the labels as words instead of as a graph.
    """
    parts = [f"{field.replace('_', ' ')}: {', '.join(record[field])}." for field in fields if record.get(field)]
    return " ".join([caption.strip(), *parts]).strip()


class TrainingCollate:
    """Collate samples into a :class:`~model.data.dataset.Batch` with the model's inputs filled in.

    ``tokenizer``/``max_length``: the text tower's tokenizer. ``graph_vocab``: the graph model's concept vocabulary
    (None: no graphs); ``graph_planner``: the graph encoder's ``GraphPlanner`` (its index plan is then made here
    too). ``labeler``: a ``graphing.SoftLabeler`` (None: no label codes). ``text_mode``:
    ``"caption+labels"`` appends the serialised label record to every caption.

    >>> collate = TrainingCollate(model.tokenizer, 64, taxonomy=tax, graph_vocab=model.vocabulary)  # doctest: +SKIP
    >>> DataLoader(ds, batch_size=32, collate_fn=collate, num_workers=2)                            # doctest: +SKIP
    """

    def __init__(
        self,
        tokenizer: Any,
        max_length: int,
        *,
        taxonomy: Taxonomy,
        graph_vocab: Any = None,
        graph_planner: Any = None,
        labeler: Any = None,
        text_mode: TextMode = "caption",
    ) -> None:
        self.tokenizer = tokenizer
        self.max_length = max_length
        self.taxonomy = taxonomy
        self.graph_vocab = graph_vocab
        self.graph_planner = graph_planner
        self.labeler = labeler
        self.text_mode = text_mode

    @classmethod
    def for_model(cls, model: Any, config: Any, taxonomy: Taxonomy, labeler: Any = None) -> TrainingCollate:
        """The collate a training run of ``config`` uses for ``model`` (an ``UltrasoundCLIP``): its tokenizer,
        its graph vocabulary and planner when it has a graph encoder, and ``labeler`` for the soft labels."""
        graph = model.graph_encoder
        return cls(
            model.tokenizer,
            config.model.max_text_length,
            taxonomy=taxonomy,
            graph_vocab=model.vocabulary if graph is not None else None,
            graph_planner=graph.planner if graph is not None else None,
            labeler=labeler,
            text_mode="caption+labels" if config.data.caption_labels else "caption",
        )

    @property
    def worker_imports(self) -> tuple[str, ...]:
        """What a worker imports to unpickle this collate (``__setstate__``) or at its first batch, beyond the
        modules its pickle names: a forkserver preloads them (:func:`model.data.worker_start.forkserver_preload`)."""
        names = ("udt", "graphing.vocabulary", "graphing.soft_labels")
        return (*names, "graphing.hetero", "torch_geometric.data") if self.graph_vocab is not None else names

    def texts(self, batch: Batch) -> list[str]:
        if self.text_mode == "caption+labels":
            fields = self.taxonomy.fields
            return [labels_as_text(c, r, fields) for c, r in zip(batch.captions, batch.labels, strict=True)]
        return list(batch.captions)

    def graphs(self, records: Sequence[Mapping[str, Any]]) -> Any:
        """The HeteroData batch of ``records`` (None without a graph vocabulary)."""
        if self.graph_vocab is None:
            return None
        from graphing import build_hetero_batch

        return build_hetero_batch(list(records), self.taxonomy, vocab=self.graph_vocab, on_unknown="warn")

    def fill(self, batch: Batch) -> Batch:
        """Add tokens, graphs and label codes to an already collated batch (also used after trimming one)."""
        if len(batch) == 0:
            return batch
        enc = self.tokenizer(
            self.texts(batch), padding=True, truncation=True, max_length=self.max_length, return_tensors="pt"
        )
        batch.input_ids = enc["input_ids"]
        batch.attention_mask = enc["attention_mask"]
        batch.graph = self.graphs(batch.labels)
        if batch.graph is not None and self.graph_planner is not None:
            batch.graph_plan = self.graph_planner(batch.graph)
        if self.labeler is not None:
            batch.label_codes = torch.from_numpy(self.labeler.codes(batch.labels))
        return batch

    def __call__(self, samples: Sequence[Sample | Skipped | None]) -> Batch:
        return self.fill(collate(samples))

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["taxonomy"] = (str(self.taxonomy.source), self.taxonomy.digest)
        state["graph_vocab"] = None if self.graph_vocab is None else bool(self.graph_vocab.include_finer)
        # codes depend only on the taxonomy (not on the similarity or the mode), so a default labeler rebuilds them
        state["labeler"] = self.labeler is not None
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        import udt
        from graphing import ConceptVocabulary, SoftLabeler
        from udt.errors import DataError

        source, digest = state["taxonomy"]
        tax = udt.load_taxonomy(source)
        if digest and tax.digest != digest:
            raise DataError(
                "data.ontology_changed",
                f"the ontology {source} changed while the data loader was starting",
                "do not edit the ontology file during training",
            )
        finer = state["graph_vocab"]
        state["taxonomy"] = tax
        state["graph_vocab"] = None if finer is None else ConceptVocabulary(tax, include_finer=finer)
        state["labeler"] = SoftLabeler(tax) if state["labeler"] else None
        self.__dict__.update(state)
