"""The tokenizer's suffix search, bounded to a chunk's tail: the same matches as spaCy's, in time linear in a chunk.

spaCy splits suffixes off a whitespace-free chunk one at a time, and each split searches the whole chunk with its
suffix regex (about 260 branches, each ending in ``$``), trying the branches at every position. A chunk of many
suffixes ("cyst" followed by 6,000 closing brackets, a pasted rule of dots and brackets) is then quadratic: 6,000
brackets took 18 s. Almost every branch matches a bounded number of characters, so a match of those starts within
that many characters of the end; only the unbounded branches (``\\.\\.+``) can start further back. So the bounded
branches are searched from ``len - width`` (a lookbehind still sees the characters before that position), the few
unbounded ones over the whole chunk (a single literal-led pattern, scanned in C), and the whole regex is then matched
at the leftmost start either found: the leftmost start and, at it, the branch the full search would have taken.

A short chunk (most of them: "mm.", "cyst,") is searched by the branches that can end with its last character only
(each branch ends at the chunk's end, so the others cannot match it): the full regex tried its 89 branches at every
position of every new chunk, about 11 us each and 3% of a typical report's parse. The branches kept stay in their
order, so at the leftmost position the first branch that matches is the one the full regex takes.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence

from udt.parser.regex_programs import sre_parse

# A branch wider than this is searched over the whole chunk (getwidth reports an unbounded repeat as MAXREPEAT).
_BOUNDED = 64
# Last characters remembered for a one-step look-up; the rest are placed by bisection among the ranges' edges.
_CACHED_CHARACTERS = 1024


def _max_width(piece: str | re.Pattern[str]) -> int:
    source = piece.pattern if isinstance(piece, re.Pattern) else piece
    try:
        return int(sre_parse.parse(f"(?:{source})").getwidth()[1])
    except (re.error, TypeError, ValueError):
        return _BOUNDED + 1  # (read as unbounded: searched over the whole chunk, as spaCy does)


# A branch's possible last characters: code-point ranges, or None where it may end with any character (or match
# nothing: a zero-width branch matches at a chunk's end whatever the chunk ends with).
_Ranges = list[tuple[int, int]] | None


def _last_ranges(items: list) -> _Ranges:
    """The ranges of the last character a match of the parsed ``items`` can end with (None: any, or unknown). Only
    the plain forms are read (literals, sets of literals and ranges, groups, alternations, repeats of at least one);
    anything else is kept as "any", which keeps its branch in every search and changes no match."""
    for op, av in reversed(items):
        if op in (sre_parse.ASSERT, sre_parse.ASSERT_NOT, sre_parse.AT):
            continue  # (zero-width: the character before it ends the match)
        if op == sre_parse.LITERAL:
            return [(av, av)]
        if op == sre_parse.IN:
            ranges = []
            for kind, value in av:
                if kind == sre_parse.LITERAL:
                    ranges.append((value, value))
                elif kind == sre_parse.RANGE:
                    ranges.append(value)
                else:
                    return None  # (a negated set, a category: any)
            return ranges
        if op == sre_parse.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            return None if add_flags or del_flags else _last_ranges(list(sub))
        if op == sre_parse.BRANCH:
            ranges = []
            for alternative in av[1]:
                found = _last_ranges(list(alternative))
                if found is None:
                    return None
                ranges += found
            return ranges
        if op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT) and av[0] >= 1:
            return _last_ranges(list(av[2]))
        return None
    return None  # (zero-width throughout)


def _branch_last_ranges(piece: str | re.Pattern[str]) -> _Ranges:
    source = piece.pattern if isinstance(piece, re.Pattern) else piece
    try:
        parsed = sre_parse.parse(f"(?:{source})")
    except (re.error, TypeError, ValueError):
        return None
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None  # (a case-folded or verbose branch: read as "any")
    return _last_ranges(list(parsed))


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
        self._suffixes = [p for p in suffixes if p.strip()]  # type: ignore[union-attr]  # (suffix_expression's)
        self._last: list[_Ranges] | None = None  # each branch's last characters, read at the first short search
        # The code points where some branch's last-character range starts or stops: between two neighbours every
        # character keeps the same branches, so the regexes compiled are bounded by the ranges, not by the
        # characters a report holds (a hostile text of 100,000 distinct characters compiles no more of them).
        self._bounds: list[int] = []
        self._by_interval: dict[int, re.Pattern[str]] = {}  # interval index -> the regex of its branches
        # last character -> that regex, for the characters met first (a C-level look-up; capped, see above)
        self._by_last: dict[str, re.Pattern[str]] = {}

    def _ending_with(self, char: str) -> re.Pattern[str]:
        """The suffix regex of the branches that can end with ``char``, in their order."""
        if self._last is None:
            self._last = [_branch_last_ranges(p) for p in self._suffixes]
            self._bounds = sorted({edge for ranges in self._last if ranges for lo, hi in ranges
                                   for edge in (lo, hi + 1)})
        code = ord(char)
        interval = bisect_right(self._bounds, code)
        pattern = self._by_interval.get(interval)
        if pattern is None:
            kept = [p for p, ranges in zip(self._suffixes, self._last, strict=True)
                    if ranges is None or any(lo <= code <= hi for lo, hi in ranges)]
            pattern = self._by_interval[interval] = (re.compile(suffix_expression(kept)) if kept
                                                     else re.compile(r"(?!)"))
        if len(self._by_last) < _CACHED_CHARACTERS:
            self._by_last[char] = pattern
        return pattern

    @property
    def pattern(self) -> str:
        """The full regex's source, as a compiled pattern's (spaCy's serialisation reads ``search.__self__``)."""
        return str(self.full.pattern)

    def search(self, chunk: str) -> re.Match[str] | None:
        n = len(chunk)
        if n <= self.width:
            # ("$" also matches before a final line break: a chunk ending with one is searched in full)
            if not n or chunk[-1] == "\n":
                return self.full.search(chunk)
            pattern = self._by_last.get(chunk[-1])
            return (pattern if pattern is not None else self._ending_with(chunk[-1])).search(chunk)
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
