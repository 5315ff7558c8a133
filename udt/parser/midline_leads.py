"""A lesion placed on the body's midline by the words that lead to it in its own sentence has no side.

"Posterior neck in the midline: subcutaneous epidermoid cyst 15 x 12 mm", "Site 3: lower back, midline, lumbar:
24 mm abscess", "In the midline of the upper back there is a 3 cm lipoma": the writer names the site before the
lesion, and a site on the midline has no side, whatever side the line before carried ("Left thigh: normal") or a
later line names ("L parotid: normal"). heading_scope reads a heading that names the midline before its first colon
within a few words; these sites stand after a "Site 3:" key, or lead a sentence too long for a heading.

The lead must name no side itself ("Left lower back, near the midline: lipoma" is on the left), and only the words
before the lesion count: a midline named after it ("a nodule of the right lobe near the midline") places it within
a sided part.
"""

from __future__ import annotations

from udt.parser.heading_scope import MIDLINE  # (also the role of a word naming a midline place: termset "midline")

_SCAR_REACH = 2  # words from a midline word to the scar it describes ("midline surgical scar": two)


def midline_lead(side: list[str | None], role: list[str | None], start: int, lesion: int,
                 lower: list[int] | None = None, scars: frozenset[int] = frozenset()) -> bool:
    """Whether the tokens ``[start, lesion)`` (a sentence's words before its lesion) name the midline and no side.

    A midline word that only describes a scar or incision (``scars``, read in ``lower``: "deep to the midline
    surgical scar" of a knee) names the line the scar runs along, not the lesion's site: the lesion keeps the side
    of its part (a right knee's), and an unpaired part (the abdominal wall) gives it none anyway."""
    if lesion <= start or MIDLINE not in role[start:lesion]:
        return False  # (most sentences: one C-level scan)
    if lower is not None and scars and all(
            not scars.isdisjoint(lower[t + 1:t + 1 + _SCAR_REACH])
            for t in range(start, lesion) if role[t] == MIDLINE):
        return False
    return not any(side[start:lesion])
