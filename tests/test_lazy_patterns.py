"""Module-level regexes compiled at their first use (udt/parser/lazy_patterns.py): they must behave as compiled
ones, and every one the parser's modules hold must compile (a typo would otherwise surface only on a rare report)."""

from __future__ import annotations

import copy
import importlib
import pickle
import pkgutil
import re

import pytest

import udt.parser
from udt.parser.lazy_patterns import LazyPattern, lazy_compile

SOURCE, FLAGS = r"(?P<n>\d+)\s*(?P<unit>mm|cm)\b", re.IGNORECASE
PROBES = ["12 MM cyst and 3cm node", "no size", "4 cm; 5 mm"]


def test_lazy_pattern_behaves_as_the_compiled_one() -> None:
    lazy, compiled = lazy_compile(SOURCE, FLAGS), re.compile(SOURCE, FLAGS)
    for text in PROBES:
        assert [m.groupdict() for m in lazy.finditer(text)] == [m.groupdict() for m in compiled.finditer(text)]
        assert lazy.sub("#", text) == compiled.sub("#", text)
        assert lazy.findall(text) == compiled.findall(text)
        assert lazy.split(text) == compiled.split(text)
        assert bool(lazy.search(text)) == bool(compiled.search(text))
        assert bool(lazy.match(text)) == bool(compiled.match(text))
        assert bool(lazy.fullmatch(text)) == bool(compiled.fullmatch(text))
    assert (lazy.pattern, lazy.flags, lazy.groups, lazy.groupindex) == (
        compiled.pattern, compiled.flags, compiled.groups, compiled.groupindex)


def test_reading_the_source_does_not_compile() -> None:
    """Other regexes are composed from ``.pattern`` at import: that read must not compile."""
    lazy = lazy_compile(r"[unclosed")  # malformed: compiling it would raise
    assert lazy.pattern == "[unclosed"
    assert isinstance(lazy, LazyPattern) and "search" not in vars(lazy)
    with pytest.raises(re.error):
        lazy.search("x")  # the error comes at the first use


def test_copy_and_pickle_do_not_recurse() -> None:
    lazy = lazy_compile(SOURCE, FLAGS)
    for clone in (copy.copy(lazy), copy.deepcopy(lazy), pickle.loads(pickle.dumps(lazy))):
        assert clone.search("3 cm")["unit"] == "cm"


def _parser_modules() -> list[str]:
    return [f"udt.parser.{m.name}" for m in pkgutil.iter_modules(udt.parser.__path__)]


def test_every_module_level_regex_of_the_parser_compiles() -> None:
    lazy: list[tuple[str, LazyPattern]] = []
    for name in _parser_modules():
        module = importlib.import_module(name)
        lazy += [(f"{name}.{key}", value) for key, value in vars(module).items() if isinstance(value, LazyPattern)]
    assert len(lazy) > 100  # the parser's rule modules hold about 200 of them
    for where, pattern in lazy:
        try:
            pattern.compiled()
        except re.error as exc:
            pytest.fail(f"{where}: {exc}")
