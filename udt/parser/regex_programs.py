"""Compiled regex programs cached on disk, for the few very long regexes every parsing process compiles.

The tokenizer's affix regexes are spaCy's prefix, suffix and infix rules joined into single expressions of up to
16,000 characters, with character classes thousands of characters long. Python compiles a regex in pure Python
(parse, then optimise each character class), and these five take 70-110 ms of every ``udt parse one.txt``.

The compiled program (the list of integers Python's regex engine runs, with its group table) depends only on the
expression and on the interpreter, so it is cached as plain JSON (never pickle) with the other parser caches
(:func:`udt.parser.vocab_cache.load_json`), keyed by the expressions and the interpreter's exact version and regex
engine version. The engine checks every program it is given (``_sre.compile`` refuses malformed code), and any
problem with the cache (missing, stale, damaged, refused) falls back to ``re.compile``: the cache only saves time,
never changes a match.
"""

from __future__ import annotations

import _sre
import hashlib
import re
import sys
from collections.abc import Sequence

try:  # Python 3.11+: the regex compiler's modules are private parts of ``re``
    from re import _compiler as sre_compile  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # Python 3.10: the same modules under their old names
    import sre_compile  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]
from typing import Any

from udt.parser.vocab_cache import load_json

# 1: {"flags", "code", "groups", "groupindex", "indexgroup"} per expression, as ``sre_compile.compile`` passes them.
CACHE_FORMAT = 1


def compiled_expressions(kind: str, expressions: Sequence[str]) -> list[re.Pattern[str]]:
    """``[re.compile(e) for e in expressions]``, with the programs read from the cache entry ``kind`` when it holds
    them (one file per ``kind`` and set of expressions)."""
    key = hashlib.sha256(
        "\x00".join([str(CACHE_FORMAT), sys.version, str(_sre.MAGIC), str(_sre.CODESIZE), *expressions]).encode()
    ).hexdigest()
    try:
        programs = load_json(f"regexes-{kind}", key, lambda: [_program(e) for e in expressions])
        patterns = [_from_program(e, p) for e, p in zip(expressions, programs, strict=True)]
    except (TypeError, ValueError, KeyError, RuntimeError, OverflowError, AttributeError, re.error):
        # A damaged or refused entry (or a compiler whose internals differ): compile as usual.
        return [re.compile(e) for e in expressions]
    return patterns


def _program(expression: str) -> dict[str, Any]:
    """What ``re.compile(expression)`` hands to the regex engine (the steps of ``sre_compile.compile``)."""
    parsed = sre_parse.parse(expression, 0)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return {"flags": parsed.state.flags, "code": list(sre_compile._code(parsed, 0)),
            "groups": parsed.state.groups - 1, "groupindex": groupindex, "indexgroup": indexgroup}


def _from_program(expression: str, program: dict[str, Any]) -> re.Pattern[str]:
    groupindex = program["groupindex"]
    if not isinstance(groupindex, dict) or not all(isinstance(v, int) for v in groupindex.values()):
        raise TypeError("group index")
    return _sre.compile(expression, int(program["flags"]), [int(c) for c in program["code"]], int(program["groups"]),
                        groupindex, tuple(program["indexgroup"]))
