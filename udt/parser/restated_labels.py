"""The kind of a list of labelled rows that name no lesion, read from later sentences citing their labels ("N1 R
upper pole: mixed, 23 x 15 mm, TR2. N2 R lower pole: solid, 19 mm, TR4. ... Conclusion: the second nodule (N2) is
unchanged"; "L1 in segment 6, anechoic, 2.6 cm; L2 in segment 8, 1.1 cm ... Answer: L1 and L2 are simple cysts.
L3 is a haemangioma").

Teaching cases and follow-up reports measure their lesions under labels first and say what they are only in the
conclusion, by label. Such a list had no kind (no lesion word in its rows, none announcing them before:
row_labels.py), so labelled_rows.py gave its rows no lesion: their sizes went to the organ, the conclusion's lesion
words stood unmeasured and unsided.

A row takes the lesion of the first sentence after the list's last row that cites its label as a word and names a
present lesion (the first lesion word after the label there, else the last before it: "the second nodule (N2)"); a
row no sentence so cites takes the kind of the first cited row. A list with a row cited where its lesion is only
hedged or negated ("L3 is most likely an angiomyolipoma", "L2 is not a cyst") is left as it was: label_citations.py
reads its citations on the finished report (the hedged row a lesion of no nature), which needs the rows' measured
structures. Table rows are read under their caption (lesion_lists.py), not here. Read only when a list has no kind
otherwise (rare): one C-level search of the text after the rows per label.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.parser.findings import Item

Row = tuple[int, int, int]  # (item number, label token, sentence)
# A row cited only where its lesion is hedged or negated: no member of the list's kind.
HEDGED = "hedged"


def citing_lesions(key: str, rows: Sequence[Row], by_sent: Mapping[int, list[Item]], text: str,
                   idx: Sequence[int], sent_starts: Sequence[int]) -> list[Item | str | None]:
    """For each row of the list of ``key`` (its letter), the present lesion item of the first sentence after the
    rows that cites the row's label ("N2", "L1 and L2 are cysts"); HEDGED where the sentences citing it name a
    lesion only as uncertain or absent; None where none cites it with a lesion."""
    last_sent = max(sent for _, _, sent in rows)
    if last_sent + 1 >= len(sent_starts) or sent_starts[last_sent + 1] >= len(idx):
        return [None for _ in rows]
    after = idx[sent_starts[last_sent + 1]]
    out: list[Item | str | None] = []
    bare: list[list[int]] = []  # each row's citing sentences that name no lesion item
    for number, _, _ in rows:
        found: Item | str | None = None
        bare.append([])
        for m in re.finditer(rf"(?<![\w.-]){re.escape(key)}{number}(?![\w.-])", text[after:]):
            at = after + m.start()
            sent = _sentence_of(at, idx, sent_starts)
            lesions = [it for it in by_sent.get(sent, ()) if it.kind == "lesion" and not it.merged]
            if not lesions:
                bare[-1].append(sent)
            named = [it for it in lesions if it.status == "present"]
            if named:
                later = [it for it in named if idx[min(it.start, len(idx) - 1)] > at]
                found = later[0] if later else named[-1]
                break
            if lesions:
                found = HEDGED  # (a hedged lesion: "L3 is probably an angiomyolipoma")
        out.append(found)
    first = next((it for it in out if it is not None and not isinstance(it, str)), None)
    if first is not None:
        # A sentence citing a row with the list's own lesion word but no lesion item of it negates it ("L2 is not a
        # cyst": a negated word builds no item); one without the word only restates the row ("N3 11 mm TR3").
        word = re.match(r"[^\W\d_]+", text[idx[first.end - 1]:])  # (its head noun: "simple cyst")
        stem = word[0].casefold().rstrip("s") if word else ""
        for k, sents in enumerate(bare):
            if out[k] is None and stem and any(stem in _sentence_text(sent, text, idx, sent_starts).casefold()
                                               for sent in sents):
                out[k] = HEDGED
    return out


def _sentence_text(sent: int, text: str, idx: Sequence[int], sent_starts: Sequence[int]) -> str:
    """The text of sentence ``sent``."""
    start = idx[sent_starts[sent]] if sent_starts[sent] < len(idx) else len(text)
    nxt = sent + 1
    end = idx[sent_starts[nxt]] if nxt < len(sent_starts) and sent_starts[nxt] < len(idx) else len(text)
    return text[start:end]


def _sentence_of(char: int, idx: Sequence[int], sent_starts: Sequence[int]) -> int:
    """The sentence holding the character ``char``."""
    tok = max(0, bisect_right(idx, char) - 1)
    return max(0, bisect_right(sent_starts, tok) - 1)
