"""Clause starts in a report typed without stops or commas.

"lt parotid gland nad rt parotid gland - 14 mm solid mass rt thyroid lobe nad lt thyroid lobe - 15 mm solid nodule
both kidneys contain simple cysts ...": a phone message or a patient's retyping runs a whole report into one
sentence, so every lesion sits beside every organ of the report and is filed under the wrong one. In such a run (a
sentence of many words with no comma, stop or semicolon inside) an organ name opens a new clause, with the side word
and the article or "both" written before it, unless a word that ties it to what comes before precedes it ("in the",
"of the", "contains", "near the right portal vein"): those name where a lesion of the clause lies.

A short line typed or voice-recognised without stops is a run too when its organs are listed, not narrated: "rt
kidney 10.2 cm simple cyst 14 mm lt kidney 10.8 cm ...", "gallbladder normal no stones spleen 11 cm with a cyst of
18 mm pancreas normal": an organ name written bare (no determiner before it; a side word at most) opens a clause
when two such names do in the line, or when one does with a side word and the line itself opens with one (the paired
sides of a list). A single bare organ name after a lesion ("thyroid nodule 12 mm right lobe lower pole") names where
the lesion lies and opens nothing; a determiner before a name in a short line makes it an object or a site
("displacing the uterus", "a stone in my right kidney") unless a verb follows the name, whose subject it is then
("the liver is normal the gallbladder contains a 9 mm polyp"). A short line with a colon, a table bar or a line
break is a key and its value, a table row or a wrapped note ("FF: fluid POD + Morison's"), no list of clauses.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet

_LONG_RUN = 30  # tokens: a sentence this long without a comma, stop or semicolon is a run-on report
SHORT_RUN = 12  # tokens: a shorter sentence is no list of organs


def run_on_starts(
    sent_starts: Sequence[int],
    n_tokens: int,
    lower: Sequence[int],
    breaks: AbstractSet[int],
    anatomy: Iterable[tuple[int, int]],
    openers: AbstractSet[int],
    ties: AbstractSet[int],
    sides: AbstractSet[int] = frozenset(),
    determiners: AbstractSet[int] = frozenset(),
    keys: AbstractSet[int] = frozenset(),
    verbs: AbstractSet[int] = frozenset(),
) -> list[int]:
    """``sent_starts`` with a start added before each organ name (token spans ``anatomy``, in order) inside
    a run-on sentence: a sentence with none of the ``breaks`` tokens (",", ";", ".") that is long, or short with
    organ names listed bare (see the module docstring: ``sides`` are the side words, ``determiners`` "the", "my",
    "this", ``verbs`` those a subject takes; a short run holds none of the ``keys``, ":"). The clause starts at the
    ``openers`` ("the", "both", side words) right before the name; none where a ``ties`` word precedes them."""
    runs: list[tuple[int, int]] = []
    # (each sentence's end paired with its start in C; a short sentence's words are not sliced)
    for lo, hi in zip(sent_starts, [*sent_starts[1:], n_tokens], strict=False):  # (none: one end, no pair)
        # (most sentences end with their stop, a break: one test before their words are sliced and read)
        if hi - lo >= SHORT_RUN and lower[hi - 1] not in breaks:
            words = lower[lo:hi]
            if breaks.isdisjoint(words) and (hi - lo >= _LONG_RUN or keys.isdisjoint(words)):
                runs.append((lo, hi))
    if not runs:
        return list(sent_starts)
    opened: dict[tuple[int, int], list[tuple[int, bool]]] = {}
    run_starts = [lo for lo, _ in runs]  # (the runs are sentences: in order, apart; a name's run found by bisection)
    for start, end in anatomy:
        k = bisect_left(run_starts, start) - 1
        if k < 0 or start >= runs[k][1]:
            continue
        run = runs[k]
        j = start
        while j - 1 > run[0] and lower[j - 1] in openers:
            j -= 1
        if j <= run[0] or lower[j - 1] in ties:
            continue
        # (a determiner before the name, and a verb after it: the subject of its own clause)
        bare = lower[j] not in determiners or (end < run[1] and lower[end] in verbs)
        opened.setdefault(run, []).append((j, bare))
    added: set[int] = set()
    for (lo, hi), found in opened.items():
        starts = [j for j, bare in found if bare or hi - lo >= _LONG_RUN]
        if hi - lo < _LONG_RUN:
            first = lo + (lower[lo] in determiners)  # the line's own first organ, its side word after "the"
            if not (len(starts) >= 2 or (starts and lower[starts[0]] in sides and lower[first] in sides)):
                continue
        added.update(starts)
    return sorted(added.union(sent_starts))
