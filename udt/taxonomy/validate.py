"""Checking a US-365K-style label record against the taxonomy."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, Field

from udt.taxonomy.taxonomy import Taxonomy


class UnknownValue(BaseModel):
    """A value the taxonomy does not know, kept with its field so nothing is silently dropped."""

    field: str
    value: str


class LabelValidation(BaseModel):
    """Result of :func:`validate_labels`: canonical labels plus everything that did not fit."""

    labels: dict[str, list[str]] = Field(description="canonical US-365K strings per known field")
    unknown_values: list[UnknownValue] = Field(default_factory=list)
    unknown_fields: list[str] = Field(default_factory=list)
    rolled_up: list[UnknownValue] = Field(
        default_factory=list, description="values that named a finer concept, stored as its roll-up"
    )

    @property
    def ok(self) -> bool:
        return not self.unknown_values and not self.unknown_fields


def as_value_list(raw: Any) -> list[str]:
    """A label field as a list of strings: US-365K stores lists or bare scalars; null/"" mean missing."""
    if raw is None:
        return []
    if isinstance(raw, (list, tuple)):
        return [str(v).strip() for v in raw if v is not None and str(v).strip()]
    text = str(raw).strip()
    return [text] if text else []


def validate_labels(
    record: Mapping[str, Any], taxonomy: Taxonomy, *, ignore: tuple[str, ...] = ("media_name",)
) -> LabelValidation:
    """Normalise every label of ``record`` to its released US-365K string.

    A value that names a finer concept (``"spiculated"``) is stored as its roll-up and listed in
    ``rolled_up``; an unknown value or field is reported, never dropped silently.
    """
    result = LabelValidation(labels={f: [] for f in taxonomy.fields})
    labels = result.labels
    for key, raw in record.items():
        if key in ignore:
            continue
        if key not in labels:
            result.unknown_fields.append(key)
            continue
        for value in as_value_list(raw):
            named = taxonomy.resolve(key, value, rollup=False)
            target = taxonomy.rollup(named) if named is not None else None
            if named is None or target is None or target.us365k_label is None:
                result.unknown_values.append(UnknownValue(field=key, value=value))
                continue
            if target.iri != named.iri:
                result.rolled_up.append(UnknownValue(field=key, value=value))
            if target.us365k_label not in labels[key]:
                labels[key].append(target.us365k_label)
    return result
