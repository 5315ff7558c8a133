"""Pydantic records of an evaluation (what ``eval.json`` holds)."""

from __future__ import annotations

from pydantic import BaseModel, Field


class DimensionScore(BaseModel):
    """Scores of one dimension over the samples that have it."""

    field: str
    n_samples: int
    classes: list[str]  # released values, in ``tax.values(field)`` order (confusion-matrix axes)
    accuracy: float | None = None  # None when no sample has this dimension
    macro_recall: float | None = None
    confusion: list[list[int]] = Field(default_factory=list)  # rows: target, columns: prediction


class ClassificationScores(BaseModel):
    """Per-dimension scores and their averages over the dimensions that could be scored."""

    dimensions: list[DimensionScore]
    avg_accuracy: float | None = None
    avg_recall: float | None = None
    dimensions_scored: int = 0


class RetrievalScores(BaseModel):
    """Recall@K both ways on one gallery; the gallery size goes with every recall."""

    gallery: str  # "full" (every evaluated pair) or "seeded-5000" etc.
    gallery_size: int
    seed: int | None = None
    image_to_text: dict[str, float]  # "R@1" -> recall
    text_to_image: dict[str, float]


class ProtocolNote(BaseModel):
    """How the numbers were obtained, written beside them."""

    split: str
    n_pairs: int
    text_graphs: str  # "off", or where the text-side graphs came from
    prompts: str
    multi_label: str
    retrieval_matches: str
    ties: str
    linear_probe: str | None = None


class EvalResult(BaseModel):
    """Everything ``udt evaluate`` measures for one run."""

    run: str
    name: str
    data: str
    protocol: ProtocolNote
    zero_shot: ClassificationScores
    retrieval: list[RetrievalScores]
    linear_probe: ClassificationScores | None = None
    # graph models scored with ``also_without_graph``: the same images, text tower alone at test time
    zero_shot_without_graph: ClassificationScores | None = None
    retrieval_without_graph: list[RetrievalScores] | None = None
    seconds: dict[str, float] = Field(default_factory=dict)
    # Images that could not be read and were left out, per encoded split ("test", "probe:train"), with examples.
    unreadable_images: dict[str, int] = Field(default_factory=dict)
    unreadable_examples: list[str] = Field(default_factory=list)
