"""A lesion placed by a clock-face position ("Simple cyst 9 mm at 10 o'clock") or by its distance from the nipple
abbreviated ("2 o'clock, 5 cm FN: irregular mass") lies in the breast, whose quadrants the
clock face maps, even where the report named the axilla just before ("LEFT AXILLA: 3 abnormal nodes. RIGHT: simple
cyst 9 mm at 10 o'clock"): the axilla has no clock face, so a site carried over from its heading does not hold the
lesion. Only a lesion filed on the axilla, or on no organ in a report that names the breast, is moved; its side stays.

The position must stand in the lesion's clause (between the semicolons or sentence ends around it) with no other
lesion between the two.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from udt.parser.lazy_patterns import lazy_compile
from udt.parser.lowered_text import lowered
from udt.parser.sentences import sentence_end, strong_clause
from udt.parser.substrings import holds_any

if TYPE_CHECKING:
    from udt.parser.findings import Item

# "o'clock", and a distance from the nipple abbreviated ("5 cm FN", "3 cm FFN", "4 cm FTN"), which only the breast
# is measured from (written out, "from the nipple" names the nipple, breast anatomy, and places the lesion itself).
# Dutch and German writers give the hour by its own word or letter ("op 10 uur", "Links 2u", "10-11u", "bei 3 Uhr").
CLOCK_CUES = lazy_compile(r"\b(?i:o'?\s?clock)\b|\b(FN|FFN|FTN)\b|\b\d{1,2}(?:[-–]\d{1,2})?(?:u|\s?uur|\s?(?i:uhr))\b")
# The hour written as a digit and a bare "u" ("2u", "9u"): the substrings may_cite_clock looks for.
_HOUR_LETTERS = tuple(f"{d}u" for d in "0123456789")


def may_cite_clock(text: str) -> bool:
    """A cheap necessary condition for ``CLOCK_CUES.search(text)``: its words' letters as substrings. The pattern
    opens with a word boundary, which the regex engine tries at every character (about 20 us a report); a C-level
    substring test after one ``lower`` (which folds every character the pattern's case-insensitive "clock" matches,
    the Kelvin sign too) skips it in the reports that cite neither."""
    if "FN" in text or "FTN" in text:
        return True
    lower = lowered(text)  # (the parse's other passes lower the same text: lowered_text.py)
    return "clock" in lower or "uur" in lower or "uhr" in lower or holds_any(lower, _HOUR_LETTERS)


def place_at_clock_positions(
    items: list[Item],
    text: str,
    idx: list[int],
    role: list[str | None],
    sent_starts: list[int],
    axilla: str,
    breast: tuple[str, str | None],
    names_both: bool,
) -> None:
    """File under ``breast`` (its released organ and body system) each lesion on the ``axilla`` or on no organ whose
    clause states a clock-face position (for no organ: where ``names_both``, the breast and the axilla) or a
    distance from the nipple. ``idx``: each token's character offset."""
    n = len(role)
    # The organs named in each sentence, gathered once: a lesion's clause lies in its sentence, and a scan of the
    # report's items per lesion made a long report quadratic.
    organs_by_sent: dict[int, list[Item]] = {}
    for o in items:
        if o.kind == "anatomy" and o.organ is not None:
            organs_by_sent.setdefault(o.sent, []).append(o)
    for k, it in enumerate(items):
        if it.kind != "lesion" or it.merged or it.organ not in (axilla, None):
            continue
        lo, hi = strong_clause(role, sent_starts[it.sent], sentence_end(sent_starts, it.sent, n), it.start, it.end)
        # The clause stops at the lesions before and after this one (their positions are theirs); walked by index,
        # not over slices, which copied the report's items for every lesion.
        for j in range(k + 1, len(items)):
            other = items[j]
            if other.start >= hi:
                break
            if other.kind == "lesion" and not other.merged:
                hi = other.start
                break
        for j in range(k - 1, -1, -1):
            other = items[j]
            if other.end <= lo:
                break
            if other.kind == "lesion" and not other.merged:
                lo = other.end
                break
        if it.organ is None and any(lo <= o.start < hi for o in organs_by_sent.get(it.sent, ())):
            continue  # "In the left breast at 3 o'clock, an abscess": its clause's anatomy places it, with its side
        end = idx[hi] if hi < n else len(text)
        # A clock face alone places an unfiled lesion only in a report that names both the breast and the axilla,
        # whose heading it might be carried from (a perianal fistula "at 6 o'clock" is no breast's; in a report of
        # the breast alone the breast places it anyway); the nipple distance places it anywhere.
        cues = list(CLOCK_CUES.finditer(text, idx[lo], end))
        if cues and (it.organ == axilla or names_both or any(c.group(1) for c in cues)):
            it.organ, it.system, it.own_site = breast[0], breast[1], True
