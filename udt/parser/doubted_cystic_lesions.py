"""A cyst named only as a "cystic lesion" or "cystic structure" and then, in the same sentence, offered as a named
cyst under a hedge ("a 4.2 cm cystic structure with lacy internal echoes, likely a haemorrhagic cyst"; "unilocular
cystic lesion in the pancreatic head, which could represent a post-inflammatory cyst"; "cystic lesion with thick
septations - ? endometrioma"): the cyst of the report is the doubted one. The generic phrase names the lesion whose
nature is then weighed; it does not assert a cyst of its own beside the doubt (corpus guideline: "cystic lesion"
alone names the lesion; a lesion described as "cystic lesion" and hedged as a hydatid cyst has no asserted
diagnosis). So the phrase is set aside and the doubted cyst speaks for the lesion.

Only the two-word phrase (a "complex cystic lesion" is read elsewhere), only the next diagnosis named after it in its
sentence, and only where that one is doubted and rolls up to the same value: "cystic lesion, consistent with a simple
cyst" stays asserted, and so does "cystic lesion in the liver; ? haemangioma in the spleen" (another value).
One look ahead per candidate phrase, in a report that writes "cystic" (the caller's set test).

A "?" after a clause mark ("cystic lesion - ? endometrioma", "cystic lesion, ? haemorrhagic cyst") is a query of the
word after it (context.py reads it so), though the sentence splitter ends a sentence at it: the look ahead goes on
into the next sentence when that sentence opens with the queried diagnosis itself. So it does into the short
sentence that follows a full stop and opens with the doubted cyst, at most two words in ("... cystic lesion
45x38mm, ... no flow inside on Doppler. Likely endometrioma."; "... an oval cystic lesion of 16x11 mm ... .
Epidermoid cyst is considered in first place."), unless an organ is named first ("cystic lesion in the liver.
Ovary: endometrioma likely." describes another lesion).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.strings import get_string_id

from udt.parser import termset as ts
from udt.parser.sentences import sentence_bounds

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from udt.parser.record import MentionRecord

CYSTIC = get_string_id("cystic")
# The generic nouns after "cystic" that make the ontology's cyst (termset.CYSTIC_KIND_NOUNS are read otherwise).
_GENERIC = frozenset(get_string_id(w) for w in ("lesion", "lesions", "structure", "structures"))
# An anechoic cystic structure is described as a simple cyst: a hedge after it weighs only which cyst it is ("a 2 cm
# well-circumscribed anechoic cystic structure in the vaginal wall, likely a Gartner duct cyst"), and the cyst stands.
_ANECHOIC = frozenset(get_string_id(w) for w in ("anechoic", "echo-free", "echofree", "anechogenic"))
_BEFORE = 3  # words of the phrase's own noun phrase read before it ("well-circumscribed anechoic cystic structure")
_QUESTION = get_string_id("?")
_STOP = get_string_id(".")
_FRAGMENT_LEAD = 2  # words a next sentence may hold before its doubted cyst ("Likely endometrioma.")
# The clause marks after which a "?" opens a query (a full stop has ended the sentence before the "?" anyway).
_QUERY_MARKS = frozenset(get_string_id(w) for w in ts.QUERY_PREFIX_AFTER if w != ".")


def doubt_cystic_lesions(spans: Sequence[MentionRecord], lower: Sequence[int], sent_starts: list[int],
                         diagnosis: str, value_of: Callable[[MentionRecord], str | None],
                         anatomy: frozenset[str] = frozenset()) -> None:
    """Set aside (as only supposed) each asserted "cystic lesion/structure" whose next diagnosis in its sentence is
    a doubted mention of the same released value (``value_of``: a mention's released value; ``anatomy``: the organ
    fields, whose mention ends the look into the next sentence). Set aside rather than doubted: the doubt is the
    named cyst's, and the phrase's own "cystic" states no doubted cystic component."""
    for k, rec in enumerate(spans):
        if rec.end - rec.start != 2 or lower[rec.start] != CYSTIC or lower[rec.start + 1] not in _GENERIC:
            continue
        if rec.field != diagnosis or rec.uncertain or rec.negated or rec.hypothetical or rec.historical:
            continue
        if not _ANECHOIC.isdisjoint(lower[max(0, rec.start - _BEFORE) : rec.start]):
            continue
        n = len(lower)
        sent_end = sentence_bounds(sent_starts, rec.start, n)[1]
        next_end = sentence_bounds(sent_starts, sent_end, n)[1] if sent_end < n else n
        for later in spans[k + 1 :]:
            if later.start >= sent_end and not (later.start == sent_end and _opens_query(lower, sent_end)) and not (
                later.start < next_end and later.start - sent_end <= _FRAGMENT_LEAD and lower[sent_end - 1] == _STOP
                and later.field not in anatomy
            ):
                break
            if later.field != diagnosis:
                continue
            value = value_of(later)
            if value is None:
                continue  # a generic lesion word ("the lesion") names no value: look further
            if later.uncertain and not later.negated and value == value_of(rec):
                rec.hypothetical = True
            break


def _opens_query(lower: Sequence[int], start: int) -> bool:
    """The sentence that begins at token ``start`` was split off by a "?" that opens a query of its first word: the
    "?" (and only "?" marks, "- ?? cyst") stands right before it, after a clause mark."""
    j = start - 1
    if j < 1 or lower[j] != _QUESTION:
        return False
    while j > 0 and lower[j] == _QUESTION:
        j -= 1
    return lower[j] in _QUERY_MARKS
