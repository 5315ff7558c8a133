"""Age words found in a report that do not make its patient a child.

Two readings of an age cue (``termset.PEDIATRIC_CUES``) name no child patient:

- the cue glued by a hyphen to another word, an eponym or compound modifier: "Child-Pugh A5" (a liver score),
  "child-bearing age"; the cues that are themselves hyphen compounds ("month-old") are phrases of their own;
- the same score without its hyphen, "Child" before its class: "Child A cirrhosis", "Child B7", "Child class C";
  the bare "a" is an article as well ("a child a week ago"), so it counts only before a liver word or at a clause's
  end ("Child A, HCV");
- a plural age word after a possessive ("check her children", "his children were screened"): the patient's family
  (a patient is one person);
- a department or clinic word ("paediatric surgery", "pediatric unit") in a report that states the patient's own age
  as 16 or more ("17 y female"): adolescents of 16 and 17 are seen in paediatric clinics, and the corpora file them
  as adults (an age under 16 makes a child: ``pediatric._child_age``).

The hits are filtered once per report and only where an age cue was found (few reports), so the stated-age scan
runs on those only.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from udt.parser import termset as ts
from udt.parser.lazy_patterns import lazy_compile

if TYPE_CHECKING:
    from spacy.strings import StringStore

# Words for a department or a kind of care, not for the patient.
_DEPARTMENT_WORDS = ("paediatric", "pediatric", "paediatrics", "pediatrics")
# The cue word of the Child(-Pugh) liver score and the words after it that make it the score: its classes with or
# without the points ("B", "B7"), and the words naming the scale.
_CHILD = "child"
_CHILD_CLASSES = (
    "b", "c", "class", "grade", "score", "stage", "pugh", "turcotte",
    *(f"{c}{n}" for c, n in (("a", 5), ("a", 6), ("b", 7), ("b", 8), ("b", 9))),
    *(f"c{n}" for n in range(10, 16)),
)
# Class "A" is also the article: it counts before these (a liver word, a clause's punctuation) or at the end.
_CHILD_A = "a"
_AFTER_CHILD_A = ("cirrhosis", "cirrhotic", "liver", "disease", "status", ",", ";", ".", ")", ":", "(", "/")
# The words for years of a patient's age in other languages, as a regex alternation (also pediatric._AGE's).
FOREIGN_YEARS = "|".join(map(re.escape, ts.FOREIGN_AGE_YEAR_WORDS))
# The patient's stated age in years: "17 y female", "17-year-old", "aged 17", "Age: 17", "Paziente: 17 anni".
_STATED_AGE = lazy_compile(
    r"\b(\d{1,2})[- ]?(?:years?|yrs?|y)\.?[- /]?(?:old|o)\b"
    rf"|\b(\d{{1,2}})\s*(?:{FOREIGN_YEARS})(?!\w)"
    r"|\b(\d{1,2})\s*(?:y|yrs?)\.?\s*(?:[mf]|male|female)\b"
    r"|\baged?[: ]\s*(\d{1,2})\b(?![\s-]*(?:months?|mos?|mths?|weeks?|wks?|days?)\b)",
    re.IGNORECASE,
)
_ADULT_AGE = 16


class AgeCueSenses:
    """The word ids these rules compare (built once per parser)."""

    def __init__(self, strings: StringStore) -> None:
        self._hyphen = strings.add("-")
        self._departments = frozenset(strings.add(w) for w in _DEPARTMENT_WORDS)
        self._plural_children = frozenset(strings.add(w) for w in ts.PLURAL_CHILD_WORDS)
        self._possessives = frozenset(strings.add(w) for w in ts.FAMILY_POSSESSIVES)
        self._child = strings.add(_CHILD)
        self._child_classes = frozenset(strings.add(w) for w in _CHILD_CLASSES)
        self._child_a = strings.add(_CHILD_A)
        self._after_child_a = frozenset(strings.add(w) for w in _AFTER_CHILD_A)

    def child_cues(self, hits: list[tuple[int, int, int]], lower: list[int], text: str) -> list[tuple[int, int, int]]:
        """``hits`` (``(key, start, end)`` of age cues over the lower-cased token ids ``lower``) less those that
        name no child patient."""
        n = len(lower)
        kept = [h for h in hits if not (h[2] - h[1] == 1 and h[2] + 1 < n and lower[h[2]] == self._hyphen)
                and not self._family(h[1], h[2], lower) and not self._liver_score(h[1], h[2], lower)]
        if kept and all(hi - lo == 1 and lower[lo] in self._departments for _, lo, hi in kept) and _adult(text):
            return []
        return kept

    def _liver_score(self, lo: int, hi: int, lower: list[int]) -> bool:
        """The one-word cue ``lower[lo:hi]`` is "Child" before a class of the liver score ("Child B7")."""
        if hi - lo != 1 or lower[lo] != self._child or hi >= len(lower):
            return False
        nxt = lower[hi]
        if nxt in self._child_classes:
            return True
        return nxt == self._child_a and (hi + 1 == len(lower) or lower[hi + 1] in self._after_child_a)

    def _family(self, lo: int, hi: int, lower: list[int]) -> bool:
        """The one-word cue ``lower[lo:hi]`` is a plural child word after a possessive ("her children")."""
        return hi - lo == 1 and lo > 0 and lower[lo] in self._plural_children and lower[lo - 1] in self._possessives


def stated_ages(text: str) -> list[int]:
    """The patient ages in years that ``text`` states ("17 y female", "aged 17", "24-year-old")."""
    return [int(next(g for g in m.groups() if g)) for m in _STATED_AGE.finditer(text)]


def _adult(text: str) -> bool:
    """The report states an age of 16 or more and none under 16."""
    ages = stated_ages(text)
    return bool(ages) and min(ages) >= _ADULT_AGE
