"""The tokenizer's suffix search of a short chunk tries only the suffix branches that can end with the chunk's last
character (udt.parser.suffix_search): the same match as spaCy's full regex, step by step as spaCy's loop splits
the suffixes off, on the chunks a report is cut into."""

from __future__ import annotations

import pytest

# Short chunks (at most the bounded width, the path that reads the last character): units glued to a number and
# not ("5mm" splits, "acm" does not), lookbehind suffixes ("°C.", "+", "-" after a letter), quotes and brackets,
# abbreviations with a stop after a capital or a lower-case letter, chunks of whitespace, a final line break (where
# "$" also matches before it), non-Latin punctuation, and chunks with no suffix at all.
CHUNKS = [
    "5mm", "12cm,", "acm", "mm", "3.5cm).", "°C.", "37°F.", "calcs+", "2+", "iso-", "Calcs:-", "L:+", "R:-",
    "cyst's", "KIDNEY'S", "liver’s", "(cyst)", "[R]", "{x}", "\"yes\"", "“no”", "'a'", "Dr.", "e.g.", "U.S.",
    "etc..", "wait...", "…", "pole,", "cyst;", "here:", "ok!", "why?", "¿qué", "5%", "10km²", "3kg", "2mm³", "$5",
    "5$", "5€", "it。", "是，", "x、", "\n", "\t", " ", "  ", "mm\n", "a\n", "", "x", "5", "normal", "T2", "2F",
    "nodule_", "#3", "a*", "&", "<5", "5>", "–", "a—", "»x«", "ok»",
]


@pytest.fixture(scope="module")
def searches():  # type: ignore[no-untyped-def]
    from spacy import util

    from udt.parser.suffix_search import TailSuffixSearch
    from udt.parser.tokenizer import make_blank_nlp

    suffixes = make_blank_nlp().Defaults.suffixes
    return util.compile_suffix_regex(suffixes).search, TailSuffixSearch(suffixes)


@pytest.mark.parametrize("chunk", CHUNKS)
def test_short_chunk_suffix_is_the_full_regex_s(searches, chunk: str) -> None:  # type: ignore[no-untyped-def]
    full, tail = searches
    while True:
        want, got = full(chunk), tail.search(chunk)
        assert (want and want.span()) == (got and got.span()), chunk
        if want is None or want.end() == want.start() or not chunk:
            break
        chunk = chunk[: want.start()]


def test_a_unit_after_a_letter_is_no_suffix(searches) -> None:  # type: ignore[no-untyped-def]
    """Near miss: the unit branches look behind for a digit, so "acm" keeps its letters ("5cm" does not)."""
    full, tail = searches
    assert tail.search("acm") is None and full("acm") is None
    assert tail.search("5cm").span() == (1, 3)


def test_only_the_branches_ending_with_the_last_character_are_kept(searches) -> None:  # type: ignore[no-untyped-def]
    """A comma-ending chunk is searched by a regex of far fewer branches than the full one, and one that no branch
    ends with finds nothing."""
    _full, tail = searches
    tail.search("pole,")
    comma = tail._by_last[","]
    assert comma.pattern.count("$|") < tail.full.pattern.count("$|") // 4
    assert tail.search("normal") is None


def test_many_distinct_last_characters_compile_a_bounded_number_of_regexes(searches) -> None:  # type: ignore[no-untyped-def]
    """A hostile text ending its chunks with thousands of distinct characters (CJK, say) compiles one regex per
    interval between the branches' last-character ranges, not one per character, and each still finds what the
    full regex finds."""
    full, tail = searches
    for code in range(0x4E00, 0x4E00 + 3000):
        chunk = "cyst" + chr(code)
        got, want = tail.search(chunk), full(chunk)
        assert (got and got.span()) == (want and want.span())
    assert len(tail._by_interval) <= len(tail._bounds) + 1 < 1000
    assert len(tail._by_last) <= 1024
