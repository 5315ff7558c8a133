"""A lesion named again by its head noun in the same sentence, where the size is given ("One node with cortical
thickening to 4 mm, the node measures 16 mm"; "Few nodes at right level III, largest one 1.5 x 0.9 cm"): one
lesion, not an unsized one and a sized one.

The findings pass opens a lesion at each lesion word, so the re-naming opens a second lesion that takes the size
while the first, described one, stays unsized. The second is folded into the first when both lie in one sentence,
one after the other, with the same organ, concept and status, compatible sides, the first unsized and the second
sized, and nothing between them that introduces another lesion ("another", "a second", "and a", "two"...).

The second may name the first by a broader concept of the ontology than the first's own ("Right adnexa: tubo-ovarian
abscess, complex multiloculated collection, 6.5 x 4.8 cm": the collection is the abscess): a broader word restates,
while a narrower or unrelated one describes a part or a second lesion ("a cyst with a calculus of 4 mm"). A first
word naming many lesions ("multinodular goitre", "polycystic", "cysts") is restated by no broader one: "Multinodular
goitre, R dominant nodule 3.6 cm" measures one member, not the goitre.

A row's label of one unnamed lesion in the generic lesion's word ("Lesion 1 - L upper back: well-circumscribed
dermal lesion 14 x 11 x 8 mm ... - epidermoid cyst") is named and measured by the lesion word of its row: the label
takes both (a plural label, "Lesions:", heads a list, and names no one of them).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from udt.parser.lazy_patterns import lazy_compile

if TYPE_CHECKING:
    from collections.abc import Mapping
    from collections.abc import Set as AbstractSet

    from udt.parser.findings import _Draft
    from udt.parser.record import MentionRecord

# Words that open a further lesion rather than name the same one again (a count, an indefinite article, a
# contrast or a list joint): "a cyst in the upper pole and a cyst of 5 mm" is two cysts.
_ANOTHER = lazy_compile(
    r"\b(?:another|other|others|second|third|further|additional|also|similar|smaller|bigger|and|or|two|three|four|"
    r"several|multiple|both|each|while|whereas|but)\b|;"
)
# An indefinite article right before the second lesion word introduces a new lesion ("..., a cyst of 5 mm"); one
# earlier in the gap belongs to a feature of the first ("a node with a thick cortex, the node 16 mm").
_NEW_ONE = lazy_compile(r"\b(?:a|an|one)\s+(?:\S+\s+){0,2}$")
_MAX_GAP = 160  # characters between the two lesion words: a sentence's clause or two, no more
# The ontology's roots: every diagnosis is under them, so naming one says nothing of the first lesion.
_ROOTS = frozenset({"diagnosis", "UDT concept"})
_MANY = ("multi", "poly")  # prefixes of a condition of many lesions ("multinodular goitre", "polycystic kidneys")


def _restates(first: str | None, second: str | None, broader: Mapping[str, AbstractSet[str]] | None) -> bool:
    """Whether the second lesion word can name the first lesion again: the same concept, or a broader one."""
    if first == second:
        return True
    if broader is None or first is None or second is None or second in _ROOTS:
        return False
    return second in broader.get(first, ())


def _names_many(words: str) -> bool:
    """Whether a lesion's words name many lesions: a plural, or a "multi-"/"poly-" condition."""
    lower = words.lower()
    # (a singular's own "s": "abscess", "mass", "calculus", "metastasis")
    return (lower.endswith("s") and not lower.endswith(("ss", "us", "is"))) or lower.startswith(_MANY)


def _labels(first: _Draft, generic: str | None) -> bool:
    """Whether the first lesion is an unnamed one in the generic lesion's word, which a later word may name."""
    return generic is not None and first.concept == generic and first.diagnosis is None


def fold_renamed(
    findings: list[_Draft],
    evidence: list[MentionRecord],
    sent_starts: list[int],
    text: str,
    skip: AbstractSet[int],
    broader: Mapping[str, AbstractSet[str]] | None = None,
    generic: str | None = None,
) -> set[int]:
    """Fold each sized lesion that names again the unsized lesion just before it in the sentence; returns the
    indices of the folded (second) lesions, which the caller drops. ``skip``: findings of a summary or already
    folded, left alone. ``broader``: each diagnosis concept's broader concepts (by label), under which the second
    may name the first; ``generic``: the generic lesion's concept label, whose unnamed single lesion any later
    lesion word may name."""
    folded: set[int] = set()
    for j in range(1, len(findings)):
        i = j - 1
        a, b = findings[i], findings[j]
        if (
            a.kind != "lesion"
            or b.kind != "lesion"
            or a.size_mm
            or not b.size_mm
            or i in skip
            or j in skip
            or i in folded
            or a.organ is None
            or a.organ != b.organ
            or not (_restates(a.concept, b.concept, broader) or _labels(a, generic))
            or a.status != b.status
            or not a.mentions
            or not b.mentions
        ):
            continue
        if a.laterality and b.laterality and a.laterality != b.laterality:
            continue
        ma, mb = a.mentions[0], b.mentions[0]
        if not (0 <= ma < len(evidence) and 0 <= mb < len(evidence)):
            continue
        ea, eb = evidence[ma], evidence[mb]
        if ea.end_char > eb.start_char or eb.start_char - ea.end_char > _MAX_GAP:
            continue
        if bisect_right(sent_starts, ea.start) != bisect_right(sent_starts, eb.start):
            continue
        gap = text[ea.end_char : eb.start_char].lower()
        if _ANOTHER.search(gap) or _NEW_ONE.search(gap):
            continue
        if a.concept != b.concept:
            if _names_many(text[ea.start_char : ea.end_char]):
                continue  # "Lesions: ...", "multinodular goitre, dominant nodule 3.6 cm": one of many
            if not _restates(a.concept, b.concept, broader):
                a.diagnosis, a.concept = b.diagnosis, b.concept
        a.size_mm = list(b.size_mm)
        a.laterality = a.laterality or b.laterality
        a.structure = a.structure or b.structure
        a.location = a.location or b.location
        for field, values in b.attributes.items():
            own = a.attributes.setdefault(field, [])
            own.extend(v for v in values if v not in own)
        a.absorb(b.mentions)
        b.mentions = []
        folded.add(j)
    return folded
