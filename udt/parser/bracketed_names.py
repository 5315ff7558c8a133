"""A diagnosis in brackets right after a lesion's own size names that lesion: "a cyst of 11 mm (spermatocele)", "free
fluid around the testis 12 mm (hydrocele)", "two cysts of 11 and 7 mm (spermatoceles)". The bracket glosses what was
just measured, as "likely" or a free dash does; read as a lesion of its own it is a second, unmeasured finding of the
same diagnosis beside the measured one (and the measured lesion's gold quote, which ends with the gloss, is paired with
the empty one).

Only where the bracket opens right after a size stated after the lesion word, with nothing but commas and plain words
(features) between that size and the bracket, where the bracketed name has no size of its own, is not denied, and
names the lesion's own diagnosis. A gloss of another diagnosis ("nodule 12 mm (adenoma)") keeps its reading, and a
lesion with no diagnosis takes none from a bracket ("wall oedematous 8 mm (ascites-related)": the word of another
finding); an unnamed formation is named by findings' later-name rule. Constant work per pair of lesions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.parser.findings import Item

# Clause roles that may stand between the lesion's size and the bracket: a comma before a plain feature word
# ("12 mm, anechoic (hydrocele)"), the word of a fluid's thickness ("4 mm thick (hydrocele)"); any other role (a new
# clause, a cell, a colon) ends what was measured.
_FEATURE_GAP_ROLES = frozenset({None, "comma", "thick"})
_LEAD = 2  # plain words at most between the bracket and the name ("(small hydrocele)")
_GAP = 4  # tokens at most between the size and the bracket (a feature or two)
_OWN_SIZE = 2  # tokens after the bracketed name where a size would be its own ("(cyst 5 mm)")


def names_measured_lesion(prev: Item, lz: Item, role: list[str | None], items: list[Item]) -> bool:
    """Whether ``lz``, a lesion mention that opens a bracket, glosses ``prev``, the lesion before it in
    its sentence, whose size stands just before the bracket (see module docstring)."""
    opening = lz.start - 1
    # ("(small ascites)": a plain word or two may open the bracket before the name)
    while opening > prev.end and lz.start - opening <= _LEAD and role[opening] is None:
        opening -= 1
    if opening <= prev.end or role[opening] != "open":
        return False
    if lz.status == "absent" or lz.value is None or lz.value != prev.value:
        return False
    measured = False
    for it in items:
        if it.kind != "size":
            continue
        if lz.end <= it.start <= lz.end + _OWN_SIZE:
            return False  # "(cyst 5 mm)": a lesion with a size of its own
        if (
            prev.end <= it.start
            and opening - _GAP <= it.end <= opening
            and all(role[j] in _FEATURE_GAP_ROLES for j in range(it.end, opening))
        ):
            measured = True
    return measured
