"""Label records -> class indices per dimension (the released values of ``tax.values(field)``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from udt.taxonomy import Taxonomy, as_value_list


def class_index(tax: Taxonomy, field: str) -> dict[str, int]:
    """IRI of each released value of ``field`` -> its class index."""
    return {c.iri: i for i, c in enumerate(tax.values(field))}


def record_classes(tax: Taxonomy, field: str, record: Mapping[str, object], index: Mapping[str, int]) -> list[int]:
    """Class indices of the values ``record`` gives for ``field`` (released strings, labels or synonyms).

    Finer concepts roll up to their released value; values that name nothing in this dimension are ignored
    (a missing or unreadable value means *unknown*, and unknown samples are not scored).
    """
    out: list[int] = []
    for raw in as_value_list(record.get(field)):
        text = str(raw)
        concept = tax.resolve(field, text)
        if concept is None:
            continue
        idx = index.get(concept.iri)
        if idx is not None and idx not in out:
            out.append(idx)
    return out


def dimension_targets(
    tax: Taxonomy, records: Sequence[Mapping[str, object]]
) -> dict[str, tuple[list[int], list[list[int]]]]:
    """Per field: (sample indices that have the dimension, their class-index lists)."""
    out: dict[str, tuple[list[int], list[list[int]]]] = {}
    for field in tax.fields:
        index = class_index(tax, field)
        rows: list[int] = []
        sets: list[list[int]] = []
        for i, record in enumerate(records):
            classes = record_classes(tax, field, record, index)
            if classes:
                rows.append(i)
                sets.append(classes)
        out[field] = (rows, sets)
    return out
