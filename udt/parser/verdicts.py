"""A sentence that gives a verdict on what a lesion was names again a lesion already measured: "A 1.6 cm hypoechoic
lesion in the left parotid tail. FNA showed a pleomorphic adenoma.", "Answer: a parathyroid adenoma, confirmed at
surgery.", "Numerous target lesions, the largest 4.1 cm; appearances consistent with metastases.".

Its lesion without a size of its own is then read as a summary's is (restated.py): folded into the earlier lesion of
its organ it restates (of unstated nature, or of the same diagnosis), which takes its diagnosis. Otherwise the
diagnosis is a second, unsized lesion of the organ that the benchmark may pair with the gold lesion in place of the
measured one. A verdict is a test's settling verb ("showed", "confirmed", "revealed": the termset's
``SETTLING_VERBS`` and ``SETTLING_PARTICIPLES``), a word of a test done on the lesion ("Core biopsy: ...", "FNA: ...",
"Aspirated 12 mL of pus": ``TEST_RESULT_WORDS``) or a word that joins a lesion to the diagnosis naming it ("consistent
with", "likely", "in keeping with": the ``refine`` clause role).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.strings import StringStore

from udt.parser.wordids import word_ids


class Verdicts:
    """Tells the sentences that give a verdict (see module docstring); built once from the termset's words."""

    def __init__(self, strings: StringStore, settling_words: Iterable[str]) -> None:
        self._settling = word_ids(strings, (w.casefold() for w in settling_words))

    def gives_verdict(self, lower: list[int], role: list[str | None], start: int, end: int) -> bool:
        """Whether the sentence of tokens ``[start, end)`` gives a verdict (``lower``: the lower-cased words'
        string ids)."""
        return "refine" in role[start:end] or self.reports_a_test(lower, start, end)

    def reports_a_test(self, lower: list[int], start: int, end: int) -> bool:
        """Whether the tokens ``[start, end)`` report what a test on a lesion found ("FNA: papillary carcinoma",
        "Histology showed a fibroadenoma"): its settling verb or its test's word."""
        return not self._settling.isdisjoint(lower[start:end])
