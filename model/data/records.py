"""The record a reader produces: one image–text pair with its labels and case."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

LabelRecord = dict[str, list[str]]

# Fields that name the case (patient, study) an image belongs to, in order of preference.
CASE_KEYS = ("case_id", "case", "patient_id", "patient", "study_id")


def case_id_of(row: Mapping[str, Any], key: str, pattern: re.Pattern[str] | None = None) -> str:
    """The case of a pair: a case/patient field, else ``pattern`` (first group, or the whole match) on the
    file name of ``key``, else ``key`` itself (each image its own case: guessing could merge unrelated images)."""
    for name in CASE_KEYS:
        if row.get(name) not in (None, ""):
            return str(row[name])
    if pattern is not None:
        match = pattern.search(posixpath.basename(key))
        if match:
            return match.group(1) if match.groups() else match.group(0)
    return key


class DataRecord(BaseModel):
    """One image–text pair as read from disk, before the image is decoded.

    ``image`` is a path relative to the data set's root (or the member name inside ``images.zip``);
    ``labels`` has all nine US-365K fields, an empty list meaning *unknown*.
    """

    model_config = ConfigDict(frozen=True)

    key: str = Field(description="stable identifier of the pair (the image name without extension)")
    image: str
    caption: str = ""
    labels: LabelRecord = Field(default_factory=dict)
    case_id: str = ""
    split: str = ""
