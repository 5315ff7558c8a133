"""Evaluation of image–text models the way the Ultrasound-CLIP paper reports, with the protocol stated.

- zero-shot multi-task classification over the nine dimensions with ontology-derived, ensembled prompts
  (per-dimension accuracy and macro recall over the samples that have the dimension; AvgAcc / AvgRecall);
- image↔text retrieval R@1/5/10/50 both ways, with the gallery size beside every recall (full split and a
  fixed seeded 5,000-pair gallery);
- linear probing per dimension on frozen image features;
- ``eval.json``, markdown tables in the paper's layout, confusion-matrix PNGs, side-by-side comparison;
- an embedding API (:class:`Embedder`).

>>> from model.evaluation import evaluate, write_evaluation                      # doctest: +SKIP
>>> result = evaluate("runs/demo/ultrasound-clip", "phantom/", split="test")
>>> write_evaluation([result], "runs/demo/eval")
"""

from model.evaluation.api import Embedder
from model.evaluation.core import evaluate_features
from model.evaluation.features import SplitFeatures, extract_features
from model.evaluation.outputs import write_evaluation
from model.evaluation.report import markdown_report
from model.evaluation.results import ClassificationScores, DimensionScore, EvalResult, RetrievalScores
from model.evaluation.runner import evaluate

__all__ = [
    "ClassificationScores",
    "DimensionScore",
    "Embedder",
    "EvalResult",
    "RetrievalScores",
    "SplitFeatures",
    "evaluate",
    "evaluate_features",
    "extract_features",
    "markdown_report",
    "write_evaluation",
]
