"""The tokenizer's suffix search, bounded to a chunk's tail: the same matches as spaCy's, in time linear in a chunk.

spaCy splits suffixes off a whitespace-free chunk one at a time, and each split searches the whole chunk with its
suffix regex (about 260 branches, each ending in ``$``), trying the branches at every position. A chunk of many
suffixes ("cyst" followed by 6,000 closing brackets, a pasted rule of dots and brackets) is then quadratic: 6,000
brackets took 18 s. Almost every branch matches a bounded number of characters, so a match of those starts within
that many characters of the end; only the unbounded branches (``\\.\\.+``) can start further back. So the bounded
branches are searched from ``len - width`` (a lookbehind still sees the characters before that position), the few
unbounded ones over the whole chunk (a single literal-led pattern, scanned in C), and the whole regex is then matched
at the leftmost start either found: the leftmost start and, at it, the branch the full search would have taken.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from udt.parser.regex_programs import sre_parse

# A branch wider than this is searched over the whole chunk (getwidth reports an unbounded repeat as MAXREPEAT).
_BOUNDED = 64


def _max_width(piece: str | re.Pattern[str]) -> int:
    source = piece.pattern if isinstance(piece, re.Pattern) else piece
    try:
        return int(sre_parse.parse(f"(?:{source})").getwidth()[1])
    except (re.error, TypeError, ValueError):
        return _BOUNDED + 1  # (read as unbounded: searched over the whole chunk, as spaCy does)


def suffix_expression(suffixes: Sequence[str | re.Pattern[str]]) -> str:
    """The expression ``spacy.util.compile_suffix_regex(suffixes)`` compiles: each rule anchored at the end."""
    return "|".join(f"{piece}$" for piece in suffixes if piece.strip())  # type: ignore[union-attr]


def _compile_each(expressions: Sequence[str]) -> list[re.Pattern[str]]:
    return [re.compile(e) for e in expressions]


class TailSuffixSearch:
    """A drop-in for ``compile_suffix_regex(suffixes).search``: ``search(chunk)`` returns the same match.

    ``compile_all`` compiles its three expressions (the parser passes one that reads their compiled programs from
    a cache: :func:`udt.parser.regex_programs.compiled_expressions`)."""

    def __init__(self, suffixes: Sequence[str | re.Pattern[str]],
                 compile_all: Callable[[Sequence[str]], list[re.Pattern[str]]] = _compile_each) -> None:
        widths = [_max_width(p) for p in suffixes]  # (each parse of a pattern costs about 0.1 ms at start-up)
        bounded = [p for p, w in zip(suffixes, widths, strict=True) if w <= _BOUNDED]
        unbounded = [p for p, w in zip(suffixes, widths, strict=True) if w > _BOUNDED]
        self.width = max((w for w in widths if w <= _BOUNDED), default=0) + 1  # (+1: "$" matches before a final "\n")
        full, tail, rest = compile_all([suffix_expression(suffixes), suffix_expression(bounded),
                                        suffix_expression(unbounded)])
        self.full = full
        self.bounded = tail if bounded else None
        self.unbounded = rest if unbounded else None

    @property
    def pattern(self) -> str:
        """The full regex's source, as a compiled pattern's (spaCy's serialisation reads ``search.__self__``)."""
        return str(self.full.pattern)

    def search(self, chunk: str) -> re.Match[str] | None:
        n = len(chunk)
        if n <= self.width:
            return self.full.search(chunk)
        start = n
        if self.bounded is not None:
            m = self.bounded.search(chunk, n - self.width)
            if m is not None:
                start = m.start()
        if self.unbounded is not None:
            m = self.unbounded.search(chunk)
            if m is not None and m.start() < start:
                start = m.start()
        return self.full.match(chunk, start) if start < n else None
