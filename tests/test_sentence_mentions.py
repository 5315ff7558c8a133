"""The shared sentence helpers: the mentions around a mention within its sentence (sentence_mentions.py, read by
the echogenic-focus, margin and normal rules), a sentence's end in the characters (sentences.SENTENCE_STOPS) and in
the tokens (sentences.CLAUSE_END_WORDS), and sentence_end's bound for the last sentence. Each passage was written
for this file.
"""

from __future__ import annotations

from spacy.strings import get_string_id

from udt.parser.record import MentionRecord
from udt.parser.sentence_mentions import mentions_after, mentions_before, sentence_mates
from udt.parser.sentences import CLAUSE_END_WORDS, SENTENCE_STOPS, sentence_end


def _mention(start: int, iri: str) -> MentionRecord:
    return MentionRecord(start, start + 1, start * 5, start * 5 + 4, "f", iri, "", 0)


# Tokens 0..9 are the first sentence, 10..19 the second; the mention k=2 stands in the second sentence.
_SPANS = [_mention(3, "a"), _mention(8, "b"), _mention(12, "focus"), _mention(15, "c"), _mention(17, "d"),
          _mention(21, "next sentence")]


def test_mentions_after_stop_at_the_sentence_end() -> None:
    assert [m.iri for m in mentions_after(_SPANS, 2, 20)] == ["c", "d"]
    assert list(mentions_after(_SPANS, 5, 30)) == []


def test_mentions_before_stop_at_the_sentence_start() -> None:
    assert [m.iri for m in mentions_before(_SPANS, 4, 10)] == ["c", "focus"]
    assert list(mentions_before(_SPANS, 0, 0)) == []


def test_sentence_mates_after_then_before_nearest_first() -> None:
    assert [m.iri for m in sentence_mates(_SPANS, 2, 10, 20)] == ["c", "d"]
    # (the first sentence's mentions, read from its second: after it none, before it the nearest first)
    assert [m.iri for m in sentence_mates(_SPANS, 1, 0, 10)] == ["a"]
    assert [m.iri for m in sentence_mates(_SPANS, 3, 10, 20)] == ["d", "focus"]


def test_sentence_end_of_the_last_sentence_is_the_bound() -> None:
    assert sentence_end([0, 10], 0, 25) == 10
    assert sentence_end([0, 10], 1, 25) == 25


def test_sentence_stops_skip_decimal_points() -> None:
    text = "Cyst 2.8 cm in the left lobe; wall smooth. Is it new?\nNo flow!"
    assert [m.group() for m in SENTENCE_STOPS.finditer(text)] == [";", ".", "?", "\n", "!"]
    assert SENTENCE_STOPS.search("a 3.5 x 2.1 cm nodule") is None


def test_clause_end_words() -> None:
    assert {get_string_id(w) for w in (".", ";", "\n", "\n\n")} == CLAUSE_END_WORDS
    assert get_string_id(",") not in CLAUSE_END_WORDS
