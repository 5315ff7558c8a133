"""A size followed by a word that links a container to its content measures the container, not the lesion after
it: "the right lobe measures 6.8 x 3.4 x 3.2 cm and contains multiple nodules", "the gland is enlarged at 5 cm
with two nodules". (The container is often a part the ontology does not name as an organ, "the lobe", so the size
would otherwise go to the lesion after it.) The lesion keeps the sizes its own words give ("the largest 4.2 cm").
"""

from __future__ import annotations

_LINKS = frozenset({"link"})  # the clause role of "with", "containing", "contains", "has", "shows", ...
_BETWEEN = frozenset({"sep", "comma", "link", None})  # what may stand between: "and contains 2", ", with two"


def measures_container(role: list[str | None], size_end: int, lesion_start: int) -> bool:
    """Whether the size ending at token ``size_end`` is followed, before the lesion word at ``lesion_start``, by
    a linking word (and only separators, numbers or plain words besides), so that it measures what holds the
    lesion."""
    gap = role[size_end:lesion_start]
    return not _LINKS.isdisjoint(gap) and _BETWEEN.issuperset(gap) and len(gap) <= 6
