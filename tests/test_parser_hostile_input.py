"""Odd and hostile input must never crash the parse: a crash on one report loses a whole corpus run for a user.
Each row is a minimal text of our own for one cause that benchmarks/parser_fuzz.py found (or a guard of a shape
next to it); the test asks that the parse returns, and where it says, what it finds.

Causes (fuzzer finding -> rule):
- IndexError in ``FindingBuilder._end_at_new_subjects``: a sided organ that ends the text after a lesion ("5 mm cyst,
  ..., left kidney" with no full stop) was read for the word after it (``role[a.end]``) past the last token.
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser

# Texts that end right on a sided organ named more than four words after a lesion (no stop after it).
ENDS_ON_SIDED_ORGAN = [
    "5 mm cyst, simple appearance, stable since last year, left kidney",
    "Complex cyst 3 cm with internal echoes noted the left ovary",
    "Nodule 8 mm, solid, hypoechoic, taller than wide right lobe",
    "Two cysts up to 12 mm likely benign in the right ovary left breast",
    "stone 6 mm with posterior shadowing seen in the lower pole right kidney",
    "haemangioma 14 mm segment 6 unchanged from prior scan RIGHT KIDNEY",
]

# Guards: the same shapes with a stop or a verb after the organ, parsed as before.
GUARDS = [
    "5 mm cyst, simple appearance, stable since last year, left kidney.",
    "Complex cyst 3 cm with internal echoes noted. The left ovary is normal.",
]


@pytest.fixture(scope="module")
def parser(taxonomy) -> ReportParser:
    return ReportParser(taxonomy)


@pytest.mark.parametrize("text", ENDS_ON_SIDED_ORGAN + GUARDS)
def test_parse_returns(parser: ReportParser, text: str) -> None:
    report = parser.parse(text)
    assert report.findings  # a lesion or an organ is found, not only "no crash"


@pytest.mark.parametrize("text", ENDS_ON_SIDED_ORGAN)
def test_stop_at_the_end_changes_nothing(parser: ReportParser, text: str) -> None:
    """A full stop after the last word is no new information: the findings are the same with or without it."""
    assert parser.parse(text).findings == parser.parse(text + ".").findings


# The tokenizer's suffix search bounded to a chunk's tail (udt.parser.suffix_search): the same match as spaCy's full
# search on every chunk, including those with many suffixes, a trailing run of dots, lookbehind suffixes whose
# character before lies outside the tail, and a final newline.
SUFFIX_CHUNKS = [
    "cyst" + ")" * 200,
    "(" * 200 + "cyst",
    "5mm" + ")]}" * 40,
    "normal" + "." * 150,
    "nodule" + ")" * 80 + "." * 90,
    "a" * 300 + "5cm",
    "a" * 300 + "°C.",
    "x" * 100 + "microcalcs+",
    "y" * 100 + "Calcs:-",
    "z" * 100 + "iso-",
    "w" * 100 + "'s",
    "12" * 60 + "mm\n",
    "……" * 40,
    "cyst.",
    "",
]


@pytest.mark.parametrize("chunk", SUFFIX_CHUNKS)
def test_tail_suffix_search_matches_spacy(chunk: str) -> None:
    from spacy import util

    from udt.parser.suffix_search import TailSuffixSearch
    from udt.parser.tokenizer import make_blank_nlp

    suffixes = make_blank_nlp().Defaults.suffixes
    full, tail = util.compile_suffix_regex(suffixes).search, TailSuffixSearch(suffixes).search
    # Each step of spaCy's loop: the suffix found, then the chunk without it.
    while chunk:
        want, got = full(chunk), tail(chunk)
        assert (want and want.span()) == (got and got.span()), chunk
        if want is None or want.end() == want.start():
            break
        chunk = chunk[: want.start()]


def test_many_closing_brackets_parse(parser: ReportParser) -> None:
    """Thousands of brackets glued to a word (once quadratic in the tokenizer: 6,000 took 18 s) are split one
    token each; the lesion inside them is still read."""
    text = "Liver: " + "(" * 5000 + "cyst 5 mm" + ")" * 5000
    doc = parser.nlp.make_doc(text)
    assert sum(t.text == ")" for t in doc) == 5000
    assert parser.parse(text).findings
