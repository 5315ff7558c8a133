"""Turning label records into integer codes, once, for both the graphs and the soft labels.

A *label record* is ``dict[field, list[str]]`` keyed by the nine US-365K field names (a scalar value is read as a
one-element list, a missing or empty field means *unknown*). :class:`Codebook` maps each value to an integer code
through a per-field table that starts with the released strings and learns every other spelling (synonyms, finer
concepts, case variants) the first time it meets it, so a batch costs one dict look-up per tag.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal

import numpy as np

from udt.errors import DataError
from udt.taxonomy import Concept, Taxonomy

UnknownMode = Literal["error", "warn"]

# Keys a US-365K record carries besides the nine label fields; they are not labels.
IGNORED_KEYS = frozenset({"media_name", "image", "caption", "case_id", "key", "id"})

_MISSING = -2  # an empty string: the same as no value
_UNKNOWN = -1


class UnknownLabelWarning(UserWarning):
    """Emitted (once per call, with a count) when ``on_unknown="warn"`` skipped unknown label values."""


class Codebook:
    """Per-field ``value string -> code`` tables for one taxonomy.

    ``code_of(concept)`` decides the code of a resolved concept (``None``: not representable, treated as
    unknown). Values are resolved with the taxonomy (released string, label, synonym, IRI, CURIE; finer concepts
    are offered to ``code_of`` first and then, if it declines, as their released roll-up).
    """

    def __init__(self, taxonomy: Taxonomy, code_of: Callable[[Concept], int | None]) -> None:
        self.taxonomy = taxonomy
        self.fields: tuple[str, ...] = taxonomy.fields
        self.field_pos: dict[str, int] = {f: i for i, f in enumerate(self.fields)}
        self._code_of = code_of
        self.tables: list[dict[str, int]] = []
        for field in self.fields:
            table: dict[str, int] = {}
            for concept in taxonomy.values(field):
                code = code_of(concept)
                if code is not None and concept.us365k_label is not None:
                    table[concept.us365k_label] = code
            self.tables.append(table)
        # Codes must stay below ``stride`` (checked in resolve) so that packed tags decode exactly.
        self.stride = 1 << 20
        # key -> {value -> field * stride + code}, valid codes only: the hot loop's single look-up per tag.
        self._packed: dict[str, dict[str, int]] = {
            field: {v: f * self.stride + c for v, c in table.items() if c >= 0}
            for f, (field, table) in enumerate(zip(self.fields, self.tables, strict=False))
        }

    def resolve(self, field_index: int, value: Any) -> int:
        """The code of ``value`` in the field at ``field_index`` (slow path, result cached)."""
        table = self.tables[field_index]
        key = value if isinstance(value, str) else str(value)
        if key in table:
            return table[key]
        text = key.strip()
        if not text:
            code = _MISSING
        else:
            field = self.fields[field_index]
            tax = self.taxonomy
            concept = tax.resolve(field, text, rollup=False)
            code = _UNKNOWN
            if concept is not None:
                direct = self._code_of(concept)
                if direct is not None:
                    code = direct
                else:
                    rolled = tax.rollup(concept)
                    rolled_code = self._code_of(rolled) if rolled is not None else None
                    code = _UNKNOWN if rolled_code is None else rolled_code
        if code >= self.stride:
            raise DataError("labels.code_range", f"code {code} too large", "this is a bug in the caller's code_of")
        if isinstance(value, str):
            table[value] = code
            if code >= 0:
                self._packed[self.fields[field_index]][value] = field_index * self.stride + code
        return code

    def encode(
        self, records: Sequence[Mapping[str, Any]], *, on_unknown: UnknownMode = "error"
    ) -> list[tuple[np.ndarray, np.ndarray]]:
        """Per field, ``(sample_index, code)`` int64 arrays: sorted by sample, record order kept within a
        sample, duplicates dropped. See :meth:`encode_flat` for unknown values."""
        samples, fields, codes = self.encode_flat(records, on_unknown=on_unknown)
        order = np.argsort(fields, kind="stable")
        bounds = np.searchsorted(fields[order], np.arange(len(self.fields) + 1))
        return [
            (samples[order[lo:hi]], codes[order[lo:hi]])
            for lo, hi in zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True)
        ]

    def encode_flat(
        self, records: Sequence[Mapping[str, Any]], *, on_unknown: UnknownMode = "error"
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``(sample_index, field_index, code)`` int64 arrays, one entry per distinct tag, in record order.

        Unknown values (or fields) raise :class:`~udt.errors.DataError` naming the value, field and record, or
        with ``on_unknown="warn"`` are skipped and counted in one :class:`UnknownLabelWarning`.
        """
        if on_unknown not in ("error", "warn"):
            raise DataError("labels.on_unknown", f"on_unknown={on_unknown!r} is not a mode", "use 'error' or 'warn'")
        # One packed int per tag ((sample * n_fields + field) * stride + code): a single append in the hot loop.
        stride = self.stride
        n_fields = len(self.fields)
        packed: list[int] = []
        append = packed.append
        unknown: list[tuple[int, str, str]] = []
        field_pos = self.field_pos
        packed_tables = self._packed
        row = n_fields * stride
        # The hot loop: one dict look-up per tag on the common path (a list holding one known string).
        for i, record in enumerate(records):
            if type(record) is not dict and not isinstance(record, Mapping):
                raise DataError(
                    "labels.not_a_record",
                    f"record {i} is a {type(record).__name__}, not a mapping of field -> values",
                    "pass dicts keyed by the US-365K field names",
                )
            base = i * row
            for key, raw in record.items():
                table = packed_tables.get(key)
                if table is None:
                    if key in IGNORED_KEYS or type(key) is not str:
                        if key not in IGNORED_KEYS:
                            unknown.append((i, "<field>", str(key)))
                            if on_unknown == "error":
                                self._raise(unknown[-1])
                        continue
                    unknown.append((i, "<field>", key))
                    if on_unknown == "error":
                        self._raise(unknown[-1])
                    continue
                if type(raw) is list and len(raw) == 1:
                    try:
                        hit = table.get(raw[0])
                    except TypeError:  # an unhashable value: left to the slow path's error
                        hit = None
                    if hit is not None:
                        append(base + hit)
                        continue
                if raw is None:
                    continue
                f = field_pos[key]
                values = (raw,) if isinstance(raw, str) or not isinstance(raw, (list, tuple)) else raw
                seen: list[int] = []
                for value in values:
                    if value is None:
                        continue
                    code = self.resolve(f, value)
                    if code < 0:
                        if code == _UNKNOWN:
                            unknown.append((i, key, str(value)))
                            if on_unknown == "error":
                                self._raise(unknown[-1])
                        continue
                    if code in seen:
                        continue
                    seen.append(code)
                    append(base + f * stride + code)
        if unknown:
            shown = ", ".join(f"{fld}={val!r} (record {i})" for i, fld, val in unknown[:5])
            more = f" and {len(unknown) - 5} more" if len(unknown) > 5 else ""
            warnings.warn(
                f"skipped {len(unknown)} unknown label value(s): {shown}{more}", UnknownLabelWarning, stacklevel=3
            )
        cell, codes = np.divmod(np.asarray(packed, dtype=np.int64), stride)
        samples, fields = np.divmod(cell, n_fields)
        return samples, fields, codes

    def _raise(self, item: tuple[int, str, str]) -> None:
        i, field, value = item
        if field == "<field>":
            raise DataError(
                "labels.unknown_field",
                f"record {i}: unknown label field {value!r}",
                f"use the US-365K field names ({', '.join(self.fields)}), or on_unknown='warn' to skip it",
            )
        raise DataError(
            "labels.unknown_value",
            f"record {i}: unknown {field} value {value!r}",
            "use a released US-365K value or a synonym defined in ontology/udt.owl, or on_unknown='warn' to skip it",
        )
