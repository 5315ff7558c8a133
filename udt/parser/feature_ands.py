"""An "and" that joins two features of a described lesion is no clause boundary for the diagnosis that names it
later: "an anechoic formation with thin walls and posterior enhancement, 3.1 cm (cyst)"; "a formation of irregular
contours, 62 mm, with a liquid centre and a thick wall, evoking an abscess". The clause role "sep" of "and" keeps a
bare diagnosis from naming an unnamed lesion across it ("a 2 cm formation in segment 4 and a cyst in segment 6": two
lesions), which is right where the diagnosis is the "and"'s own object; where a pause (a comma, a bracket, a dash)
stands between the last "and" and the diagnosis, the "and" joined descriptions and the diagnosis is the writer's
reading of what was just described.

Only the plain "and" is read so ("another", "also", "second", "but", "while" open a new lesion wherever they stand),
and the scan is bounded by the caller's naming span. Constant work per pair of lesions.
"""

from __future__ import annotations

# Roles that make a pause before a later diagnosis: a comma, a bracket opened, a colon ("..., 3 cm: simple cyst").
_PAUSES = frozenset({"comma", "open", "colon"})
# Roles that make the "and"'s conjunct a place or a measurement rather than a feature.
_CONJUNCT_BREAKS = frozenset({"measure", "place", "distance", "axis"})


def joins_features(
    role: list[str | None], lower: list[int], and_id: int, start: int, end: int, dashes: frozenset[int] = frozenset()
) -> bool:
    """Whether every clause separator ("sep") among tokens ``[start, end)`` (between an unnamed lesion and a later
    diagnosis at ``end``) is the word ``and_id`` and a pause (``_PAUSES``, or a free dash of ``dashes``) follows the
    last of them before ``end``, after a conjunct of feature words."""
    last = -1
    for j in range(start, end):
        if role[j] == "sep":
            if lower[j] != and_id:
                return False
            last = j
    if last < 0:
        return False
    pause = next((j for j in range(last + 1, end) if role[j] in _PAUSES or j in dashes), None)
    # The "and"'s conjunct, up to the pause, is a feature ("posterior enhancement", "thick wall"), not a place or
    # a measurement ("and, in segment 6, a cyst"; "and in the left lobe, a cyst": another lesion's placing).
    return pause is not None and pause > last + 1 and not any(role[j] in _CONJUNCT_BREAKS for j in range(last, pause))
