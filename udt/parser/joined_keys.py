"""Terms written inside a machine export's key: "ECHOGENIC_FOCI=none", "FREE_FLUID=absent", "LIVER_FOCAL_LESION_1".

A structured export (a worksheet saved as "KEY=value" lines, an HL7 observation's code) joins the words of its keys
with underscores. The tokenizer splits each key at them (tokenizer._INFIXES: "KIDNEY_L_FINDING" is read as
"KIDNEY _ L _ FINDING", so the organ and the side are words of their own), which leaves an "_" token between the
words of a term: the phrase table, which matches consecutive tokens, then saw "ECHOGENIC" alone (hyperechoic)
instead of "echogenic foci" (calcifications), "FREE" and "FLUID" instead of "free fluid". Here the phrase table is
searched once more with each glued underscore left out (one written between two word characters, with no space on
either side: a typed blank "Size: _ mm" stays a token), and each match is mapped back to the tokens it spans, the
underscores inside included. A report without such an underscore pays one C-level test of its word set.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.parser.matcher import PhraseTable


def glued_joiners(lower: list[int], idx: list[int], length: list[int], joiner: int) -> list[int]:
    """Indices of the ``joiner`` tokens glued to a word on both sides ("FOCI" + "_" + "FOCI")."""
    n = len(lower)
    return [i for i in range(1, n - 1)
            if lower[i] == joiner and idx[i - 1] + length[i - 1] == idx[i] and idx[i] + length[i] == idx[i + 1]]


def find_across_joiners(table: PhraseTable, lower: list[int], joiners: list[int],
                        out: list[tuple[int, int, int]], longer: list[tuple[int, int, int]]) -> None:
    """Search ``table`` as ``PhraseTable.find`` does (``out``: one-token matches by start, ``longer``: the others),
    but over ``lower`` without the tokens at ``joiners``; the matches are given in the indices of ``lower``."""
    if not joiners:
        table.find(lower, out, None, longer)
        return
    skip = set(joiners)
    kept = [i for i in range(len(lower)) if i not in skip]
    packed_out: list[tuple[int, int, int]] = []
    packed_longer: list[tuple[int, int, int]] = []
    table.find([lower[i] for i in kept], packed_out, None, packed_longer)
    out.extend((key, kept[start], kept[end - 1] + 1) for key, start, end in packed_out)
    longer.extend((key, kept[start], kept[end - 1] + 1) for key, start, end in packed_longer)
