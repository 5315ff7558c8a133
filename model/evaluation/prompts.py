"""Zero-shot class prompts derived from the ontology (labels + synonyms), with prompt ensembling.

Nothing here names a value: each class of a dimension is one released value of ``tax.values(field)``; its
names are the concept label, the released US-365K string and the first few exact synonyms, and each name is
put into a few dimension-aware templates. The class embedding is the re-normalised mean of its prompts'
embeddings (CLIP-style prompt ensembling).

Graph side: each prompt of a class carries the label record ``{field: [released string]}`` of its own class,
so a graph-aware text tower sees the same one-tag graph for every phrasing of that class.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import torch

from udt.taxonomy import Taxonomy

# {value} is the class name; {dimension} the dimension's ontology label.
DEFAULT_TEMPLATES: tuple[str, ...] = (
    "{value}",
    "an ultrasound image showing {value}",
    "ultrasound, {dimension}: {value}",
    "sonographic finding of {value}",
)


@dataclass(frozen=True)
class ClassPrompts:
    """The prompts of one class of one dimension."""

    field: str
    label: str  # the released US-365K string (what label records use)
    iri: str
    prompts: tuple[str, ...]

    @property
    def record(self) -> dict[str, list[str]]:
        """The label record a prompt of this class stands for (its text-side graph)."""
        return {self.field: [self.label]}


def class_names(concept, max_synonyms: int = 2) -> list[str]:
    """Label, released string and a few exact synonyms, de-duplicated case-insensitively, order kept."""
    names: list[str] = []
    seen: set[str] = set()
    candidates = [concept.label, concept.us365k_label or "", *concept.exact_synonyms[:max_synonyms]]
    for name in candidates:
        key = name.strip().lower()
        if key and key not in seen:
            seen.add(key)
            names.append(name.strip())
    return names


def build_class_prompts(
    tax: Taxonomy,
    field: str,
    *,
    templates: Sequence[str] = DEFAULT_TEMPLATES,
    max_synonyms: int = 2,
) -> list[ClassPrompts]:
    """One ``ClassPrompts`` per released value of ``field``, in ``tax.values(field)`` order."""
    dimension = tax.dimension(field)
    out = []
    for concept in tax.values(field):
        prompts = []
        for name in class_names(concept, max_synonyms):
            for template in templates:
                text = template.format(value=name, dimension=dimension.label)
                if text not in prompts:
                    prompts.append(text)
        out.append(ClassPrompts(field, concept.us365k_label or concept.label, concept.iri, tuple(prompts)))
    return out


TextEncoder = Callable[[list[str], list[dict[str, list[str]]]], torch.Tensor]


def class_embeddings(classes: Sequence[ClassPrompts], encode: TextEncoder) -> torch.Tensor:
    """(n_classes, D) L2-normalised ensembled class embeddings.

    ``encode(texts, records)`` returns one feature row per text; ``records`` are the prompts' label records.
    """
    texts: list[str] = []
    records: list[dict[str, list[str]]] = []
    owner: list[int] = []
    for i, cls in enumerate(classes):
        texts += cls.prompts
        records += [cls.record] * len(cls.prompts)
        owner += [i] * len(cls.prompts)
    feats = torch.nn.functional.normalize(encode(texts, records).float(), dim=-1)
    index = torch.tensor(owner)
    sums = torch.zeros(len(classes), feats.shape[1]).index_add_(0, index, feats)
    return torch.nn.functional.normalize(sums, dim=-1)
