"""Whether a lesion's sentence places it on the face or scalp, away from the organ its diagnosis typically lies in.

A diagnosis implies its typical organ where its sentence names no anatomy ("gallstones": the gallbladder). Some
diagnoses lie in an inner organ typically and on the face or scalp as well: a dermoid is typically ovarian, yet a
"dermoid at the brow" or a "dermoid cyst of the lateral eyebrow" is a skin lesion of the head. The face's regions
are no ontology anatomy of their own (a cheek, a brow, a forehead), so the sentence names "no anatomy" and the ovary
would be implied. Where the sentence names such a region and the implied organ lies outside the head and neck and the
soft tissues (the ontology's body systems of those organs), the typical organ is not the lesion's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from udt.parser import termset as ts
from udt.parser.wordids import word_ids

if TYPE_CHECKING:
    from spacy.strings import StringStore


class FaceSites:
    """The face and scalp region words (as word ids) and the body systems a lesion there can be filed under."""

    def __init__(self, strings: StringStore, surface_systems: frozenset[str | None]) -> None:
        self._words = word_ids(strings, (*ts.CHILD_HEAD_REGION_WORDS, *ts.FACE_REGION_EXTRA_WORDS))
        # (the systems of the head and neck's organs and of the soft tissues: where a face lesion is filed)
        self._systems = surface_systems - {None}

    def elsewhere(self, lower: list[int], lo: int, hi: int, implied_system: str | None) -> bool:
        """Whether tokens ``lower[lo:hi]`` (a lesion's sentence) name a face or scalp region and the system of the
        organ its diagnosis implies (``implied_system``) is none that region's lesions are filed under."""
        return implied_system not in self._systems and not self._words.isdisjoint(lower[lo:hi])
