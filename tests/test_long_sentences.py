"""The ceiling on a sentence's length (udt.parser.long_sentences): where the cuts fall, that a report of ordinary
sentences is left as it was, and that a report that is one sentence end to end (a table whose rows open with a bar,
findings joined by commas) still gives every lesion its own size and side once cut. Timing is measured by
``benchmarks/parser_speed.py`` (its one-sentence shapes), not here."""

from __future__ import annotations

from udt.parser import ReportParser
from udt.parser.long_sentences import MAX_SENTENCE_TOKENS, bounded_starts
from udt.parser.sentences import sentence_starts

SEMI, COMMA, WORD = 1, 2, 3


def _tokens(words: list[str]) -> tuple[str, list[int], list[int]]:
    """A text of ``words`` joined by spaces ("\\n" stands for a line break before the next word), with each token's
    character offset and an id per word (1 ";", 2 ",", 3 any other)."""
    text, idx, ids = "", [], []
    for w in words:
        if w == "\n":
            text = text.rstrip(" ") + "\n"
            continue
        idx.append(len(text))
        ids.append(SEMI if w == ";" else COMMA if w == "," else WORD)
        text += w + " "
    return text, idx, ids


def _cut(words: list[str], limit: int) -> list[int]:
    text, idx, ids = _tokens(words)
    return bounded_starts([0], len(ids), text, idx, ids, {SEMI}, {COMMA}, limit)


def test_sentences_within_the_ceiling_are_returned_unchanged() -> None:
    starts = [0, 4, 9]
    text, idx, ids = _tokens(["w"] * 12)
    assert bounded_starts(starts, 12, text, idx, ids, {SEMI}, {COMMA}, limit=5) is starts


def test_a_long_sentence_is_cut_at_its_last_line_break_in_the_pieces_second_half() -> None:
    # 10 words; a comma after word 7, a line break before word 6: the line break wins over the later comma
    words = ["w"] * 5 + ["\n"] + ["w"] * 2 + [","] + ["w"] * 2
    assert _cut(words, limit=8) == [0, 5]


def test_a_semicolon_wins_over_a_comma_and_a_comma_over_a_bare_word() -> None:
    assert _cut(["w", "w", "w", "w", ";", "w", ",", "w", "w", "w"], limit=8) == [0, 5]
    assert _cut(["w", "w", "w", "w", "w", ",", "w", "w", "w", "w"], limit=8) == [0, 6]
    assert _cut(["w"] * 10, limit=8) == [0, 8]


def test_no_piece_is_longer_than_the_ceiling() -> None:
    words = (["w"] * 7 + [","]) * 60
    starts = _cut(words, limit=20)
    pieces = [b - a for a, b in zip(starts, [*starts[1:], len(words)], strict=True)]
    assert max(pieces) <= 20 and len(starts) > 1


def test_a_break_in_the_first_half_is_not_taken() -> None:
    # a comma right after the first word would leave a piece of one token: the cut falls at the ceiling instead
    assert _cut(["w", ","] + ["w"] * 10, limit=8) == [0, 8]


def test_every_row_of_a_long_bar_table_keeps_its_own_size_and_side(parser: ReportParser) -> None:
    # 400 rows opening with a bar: one sentence of about 5,000 tokens for the splitter, cut by the ceiling
    rows = [f"| {i} | {'R' if i % 2 else 'L'} | {10 + i % 20} x 7 mm | oval, anechoic, cyst |" for i in range(1, 401)]
    text = "Breast US\n| # | side | size (mm) | description |\n" + "\n".join(rows) + "\n"
    doc = parser.nlp(text)
    starts = sentence_starts(doc)
    assert max(b - a for a, b in zip(starts, [*starts[1:], len(doc)], strict=True)) <= MAX_SENTENCE_TOKENS
    cysts = [f for f in parser.parse(text).findings if f.kind == "lesion"]
    assert [(max(f.size_mm), f.laterality) for f in cysts] == [
        (float(10 + i % 20), "right" if i % 2 else "left") for i in range(1, 401)
    ]


def test_a_long_comma_run_keeps_each_lesion_s_own_size(parser: ReportParser) -> None:
    text = "Liver: " + ", ".join(f"{10 + i % 20} mm cyst in segment {1 + i % 8}" for i in range(600)) + ".\n"
    cysts = [f for f in parser.parse(text).findings if f.kind == "lesion"]
    assert [max(f.size_mm) for f in cysts] == [float(10 + i % 20) for i in range(600)]
    assert {f.organ for f in cysts} == {"Liver"}
