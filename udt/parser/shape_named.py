"""A lesion named only by its shape ("nodular image", "nodular formation") takes the diagnosis a refining cue
names later in its sentence ("hyperechoic nodular image, 19 x 16 mm, ..., compatible with hemangioma").

The ontology files "nodular image" and "nodular formation" as related synonyms of the nodule: a writer's word for
a rounded lesion of unstated nature, the adjective giving its look, not its kind. Where the sentence goes on to name
the lesion ("compatible with", "consistent with", "likely"), that name is its diagnosis, as it is for the unnamed
lesion ("formation", "image"); the shape word keeps the nodule only when nothing names the lesion. A lesion word
that is a nodule in its own right ("hypoechoic nodule ..., likely a colloid nodule") keeps its diagnosis.
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet


def named_by_shape(start: int, end: int, lower: Sequence[int], shape_words: AbstractSet[int]) -> bool:
    """Whether the lesion words ``lower[start:end]`` are a shape adjective before a noun ("nodular image"): a
    lesion word of two or more words opening with a shape word."""
    return end - start >= 2 and start < len(lower) and lower[start] in shape_words
