"""A table column named by a descriptor dimension reads its cells' shorthand as that dimension's value.

Worksheets list lesions by rows and their descriptors by columns ("# | Lobe | Size | Echo | Margin | Calcs", then
"1 | R | 12 x 8 | hypo | smooth | nil"). Under an echogenicity column a bare "hypo", "iso", "hyper" or "an" is the
prefix of the "-echoic" value, as "Echogenicity: hypo" is in prose (``termset.ECHO_PREFIXES``); under a margin column
a bare "smooth" or "sharp" is a well-defined margin, as "Margin: smooth" is (``termset.BARE_MARGIN_WORDS``), and
"irregular" or "lobulated" is the margin it means beside a contour word (``termset.CONTOUR_AS_MARGIN``), not the
lesion's shape; under a Doppler or vascularity column a bare "nil", "none" or "absent" is no flow in that row's
lesion ("| Doppler |" over "| nil |"), as "Doppler: nil" is. Without the header these words name nothing ("an",
"smooth inner wall") or another dimension.

Only a whole cell is read (optionally after one degree adverb: "marked hypo"), so a longer cell keeps the reading its
own words give. The headers are found as :mod:`udt.parser.column_amounts` finds them (a header row with no number,
a cell of at most three words naming the dimension by a generic mention); linear in the table lines.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.strings import get_string_id

from udt.parser import termset as ts
from udt.parser.column_amounts import cell_tokens, read_named_columns

if TYPE_CHECKING:
    from udt.parser.bar_tables import BarTables
    from udt.taxonomy import Taxonomy

_ECHO_FIELD = "Echogenicity"
_FLOW_FIELD, _NO_FLOW = "Vascularity", "no vascularity"
# A whole cell that answers a Doppler column no: the answer words of a form, less the bare "no"/"not" that open a
# longer cell ("no flow" is read by its own words) and the minus sign, which leaves a cell empty (not assessed).
_ABSENT_FLOW_CELLS = tuple(w for w in ts.NO_ANSWER_WORDS if w not in ("no", "not"))
_CELL_ADVERBS = ("marked", "markedly", "very", "mildly", "slightly", "mild", "slight")


def shorthand_cells(tax: Taxonomy, key_of: dict[tuple[str, str], int]) -> dict[str, dict[tuple[int, ...], int]]:
    """Field -> (token hashes of a whole cell -> matcher key of the value it names), for the echogenicity and margin
    columns. ``key_of``: the matcher key of each (iri, field) of a non-generic form."""
    hash_of = get_string_id
    out: dict[str, dict[tuple[int, ...], int]] = {}

    def put(field: str, words: tuple[str, ...], value: str) -> None:
        concept = tax.resolve(field, value)
        key = key_of.get((concept.iri, field)) if concept is not None else None
        if key is None:
            return
        cells = out.setdefault(field, {})
        cells[tuple(hash_of(w) for w in words)] = key
        for adverb in _CELL_ADVERBS:  # "marked hypo": the adverb grades, the prefix names the value
            cells[(hash_of(adverb), *(hash_of(w) for w in words))] = key

    for prefix in ts.ECHO_PREFIXES:
        put(_ECHO_FIELD, (prefix,), prefix + "echoic")
    for word in ts.BARE_MARGIN_WORDS:
        put("Margins", (word,), ts.MARGIN_WELL_DEFINED)
    for word, value in ts.CONTOUR_AS_MARGIN.items():
        put("Margins", (word,), value)
    for word in _ABSENT_FLOW_CELLS:  # "| Doppler |" over "| nil |": no flow in that lesion
        put(_FLOW_FIELD, (word,), _NO_FLOW)
    return out


def read_value_columns(
    text: str,
    tables: BarTables,
    lower: list[int],
    idx: list[int],
    chosen: list[tuple[int, int, int]],
    dimension_of: dict[int, str],
    cells: dict[str, dict[tuple[int, ...], int]],
    echo_words: frozenset[int],
    doppler_words: frozenset[int] = frozenset(),
) -> set[tuple[int, int]]:
    """Add to ``chosen`` ((start, end, key) matches, token offsets ``idx``) the value of each whole cell under a
    descriptor column (see the module docstring; ``echo_words``: the short header words of the echogenicity column,
    ``termset.ECHO_COLUMN_WORDS``; ``doppler_words``: those of the vascularity column,
    ``termset.DOPPLER_COLUMN_WORDS``), replacing the matches it overlaps, in place. Returns the token spans added."""

    def read_cell(field: str, cell: tuple[int, int]) -> tuple[int, int, int] | None:
        toks = cell_tokens(cell[0], cell[1], idx)
        key = cells[field].get(tuple(lower[toks.start : toks.stop])) if 0 < len(toks) <= 2 else None
        return (toks.start, toks.stop, key) if key is not None else None

    added = read_named_columns(text, tables, lower, idx, chosen, dimension_of, echo_words, _ECHO_FIELD, cells,
                               read_cell)
    if doppler_words and _FLOW_FIELD in cells:  # (a column headed "Doppler", "CDFI": the vascularity column)
        added |= read_named_columns(text, tables, lower, idx, chosen, {}, doppler_words, _FLOW_FIELD,
                                    (_FLOW_FIELD,), read_cell)
    return added
