"""Measured lesions a summary restates by their size: "Re. caudal: oval nodule 17 x 11 x 10 mm. ... Assessment:
dominant nodule re. caudal 17 mm" names the nodule again, not a second one. A sized summary lesion that restates no
unsized lesion restates the earlier measured lesion of its organ whose largest dimension is the summary's largest
(within half a millimetre, the scorer's and the writers' rounding), when its kind fits.

The earlier lesions are indexed by organ and largest size in half millimetres, so a summary lesion looks at the few
of its organ with its size, never at every earlier lesion: the pass stays linear in the length of the report.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from udt.parser.findings import _Draft


def _key(size_mm: list[float]) -> int:
    return round(max(size_mm) * 2)


class SizedEarlier:
    """The earlier measured lesions, filed by organ and largest size (half millimetres)."""

    def __init__(self) -> None:
        self.by_key: dict[tuple[str, int], list[int]] = {}

    def file(self, i: int, f: _Draft) -> None:
        if f.size_mm:
            self.by_key.setdefault((f.organ or "", _key(f.size_mm)), []).append(i)

    def restated(self, findings: list[_Draft], s: _Draft, fits: Callable[[_Draft, _Draft], bool]) -> int | None:
        """The earliest earlier lesion of ``s``'s organ measured as ``s`` is that ``fits`` (it, ``s``), if any."""
        if not s.size_mm:
            return None
        want, organ = max(s.size_mm), s.organ or ""
        key = _key(s.size_mm)
        candidates = sorted(
            i
            for k in (key - 1, key, key + 1)
            for i in self.by_key.get((organ, k), ())
            if findings[i].size_mm and abs(max(findings[i].size_mm) - want) <= 0.5
        )
        return next((i for i in candidates if fits(findings[i], s)), None)
