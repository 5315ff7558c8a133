"""Words that date a size to before today: "lower pole 12 mm (pre-op 9 mm)", "node 14 mm (baseline 11 mm)",
"preoperative 7 mm". A size right after one is a comparison, ranked after the lesion's own sizes
(``FindingBuilder._interval_priority``, the clause role "earlier") and never listed as a member of its own: without
the role, "Two nodules: upper pole 8 mm (pre-op 8 mm); lower pole 12 mm (pre-op 9 mm)" reads as four nodules.

One word ("preop", "baseline") or a hyphenated pair ("pre-op", "pre-operative": the tokenizer splits it into "pre",
"-", "op") whose last word takes the role.
"""

from __future__ import annotations

from collections.abc import Collection


def mark_prior_words(
    lower: list[int], role: list[str | None], single: Collection[int], pre: int, hyphen: int, tails: Collection[int]
) -> None:
    """Give the "earlier" role (in ``role``, in place) to each prior-time word: one of ``single``, or one of
    ``tails`` written as "``pre``-tail"; only to words of no clause role."""
    for i, w in enumerate(lower):
        if role[i] is not None:
            continue
        if w in single or (w in tails and i >= 2 and lower[i - 1] == hyphen and lower[i - 2] == pre):
            role[i] = "earlier"
