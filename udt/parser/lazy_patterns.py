"""Module-level regexes compiled at their first use instead of at import.

The parser's rule modules hold about 200 regexes. Python compiles a regex in pure Python, and compiling them all
at import took about 0.1 s of every ``udt parse one.txt``, while a typical report reaches fewer than 30 of them
(most guard rare wordings behind cheaper word tests). :func:`lazy_compile` returns a stand-in that compiles on
the first attribute read (``.search``, ``.finditer``, ...), then keeps the compiled pattern's methods as its own
attributes, so later calls cost what a compiled pattern's do: one attribute lookup and the C method.

The stand-in is not an ``re.Pattern`` (``isinstance`` says no, and the ``re`` module's functions refuse it); call
its methods (``P.findall(s)``, not ``re.findall(P, s)``). ``.pattern`` is read without compiling, so that other
regexes can be composed from it at import. A malformed regex raises ``re.error`` at its first use; the test suite
reaches every module's regexes (``tests/test_lazy_patterns.py`` compiles them all).
"""

from __future__ import annotations

import re
from typing import Any, cast

# The attributes a use reads; all are copied from the compiled pattern at the first read of any of them.
_COPIED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner", "flags",
           "groups", "groupindex")


class LazyPattern:
    """A regex compiled at the first read of any attribute other than ``pattern``."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        return re.compile(self.pattern, self._flags)  # (re's own cache makes a second call a dictionary lookup)

    def __getattr__(self, name: str) -> Any:
        # Only called for attributes not set yet: the first use. Dunder probes (copy, pickle) must not compile.
        if name.startswith("__") or name in ("pattern", "_flags"):
            raise AttributeError(name)
        compiled = self.compiled()
        for attribute in _COPIED:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags!r})"


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled at its first use (see the module's note on what it supports)."""
    return cast("re.Pattern[str]", LazyPattern(pattern, flags))
