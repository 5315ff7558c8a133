"""The record a reader produces: one image–text pair with its labels and case."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

LabelRecord = dict[str, list[str]]


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
