"""The tokenizer's affix regexes come from a cache of compiled programs (udt/parser/regex_programs.py): a cached
program must match exactly as ``re.compile`` does, and a missing, damaged or forged entry must only cost time."""

from __future__ import annotations

import json
import re

import pytest

from udt.parser import regex_programs
from udt.parser.regex_programs import compiled_expressions

EXPRESSIONS = [r"(?P<size>\d+(?:\.\d+)?)\s*(?P<unit>mm|cm)\b", r"^[\(\[\"']|^\.\.+", r"(?<=[a-z])[xX×](?=\d)|;"]
PROBES = ["a 12.5 cm cyst; 8mm node", "(left", "...and", "2x3", "nodule 3x4 mm;", ""]


def _outcomes(patterns: list[re.Pattern[str]]) -> list[object]:
    return [(p.pattern, p.flags, p.groups, p.groupindex, [m.span() for m in p.finditer(s)], p.sub("#", s),
             [m.groupdict() for m in p.finditer(s)]) for p in patterns for s in PROBES]


def test_cached_programs_match_as_compiled_ones(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("UDT_CACHE_DIR", str(tmp_path))
    expected = _outcomes([re.compile(e) for e in EXPRESSIONS])
    assert _outcomes(compiled_expressions("probe", EXPRESSIONS)) == expected  # builds and writes the entry
    (entry,) = tmp_path.glob("parser-regexes-probe-*.json")

    # Read back: nothing is compiled from the expression any more.
    def not_compiled(expression: str) -> dict:
        raise AssertionError(f"compiled {expression!r} instead of reading the cache")

    monkeypatch.setattr(regex_programs, "_program", not_compiled)
    assert _outcomes(compiled_expressions("probe", EXPRESSIONS)) == expected
    assert entry.exists()


@pytest.mark.parametrize("damage", [
    "not json {",
    "malformed code",  # a program the regex engine refuses
    "wrong shape",
])
def test_damaged_or_forged_entries_fall_back_to_compiling(tmp_path, monkeypatch, damage: str) -> None:
    monkeypatch.setenv("UDT_CACHE_DIR", str(tmp_path))
    expected = _outcomes([re.compile(e) for e in EXPRESSIONS])
    compiled_expressions("probe", EXPRESSIONS)
    (entry,) = tmp_path.glob("parser-regexes-probe-*.json")
    data = json.loads(entry.read_text(encoding="utf-8"))
    if damage == "not json {":
        entry.write_text(damage, encoding="utf-8")
    elif damage == "malformed code":
        data["value"][0]["code"] = [17, 3, 99, 1, 2]
        entry.write_text(json.dumps(data), encoding="utf-8")
    else:
        data["value"] = {"code": []}
        entry.write_text(json.dumps(data), encoding="utf-8")
    assert _outcomes(compiled_expressions("probe", EXPRESSIONS)) == expected


def test_no_cache_directory_compiles_as_usual(monkeypatch) -> None:
    monkeypatch.setenv("UDT_CACHE_DIR", "")  # caching switched off
    assert _outcomes(compiled_expressions("probe", EXPRESSIONS)) == _outcomes([re.compile(e) for e in EXPRESSIONS])


def test_affix_expressions_are_spacys_own() -> None:
    """The tokenizer joins its affix rules as spaCy's util.compile_*_regex does (the cached expressions must be
    the very ones spaCy would compile), for the report tokenizer's own rule lists."""
    from spacy import util

    from udt.parser.suffix_search import suffix_expression
    from udt.parser.tokenizer import infix_expression, make_blank_nlp, prefix_expression

    d = make_blank_nlp().Defaults
    assert prefix_expression(d.prefixes) == util.compile_prefix_regex(d.prefixes).pattern
    assert infix_expression(d.infixes) == util.compile_infix_regex(d.infixes).pattern
    assert suffix_expression(d.suffixes) == util.compile_suffix_regex(d.suffixes).pattern
    tokenizer = make_blank_nlp().tokenizer
    assert tokenizer.prefix_search.__self__.pattern == prefix_expression(d.prefixes)
    assert tokenizer.infix_finditer.__self__.pattern == infix_expression(d.infixes)
