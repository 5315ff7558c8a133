"""A region named as the key of its own line ("Soft tissues: seroma 35 mm", "Partes blandas pretibial: seroma").

A region word with a finding in its sentence otherwise yields to the organ of the report's title line ("US CHEST
WALL RIGHT ... a subcutaneous lesion overlying the 5th rib": the chest wall). But a line that opens with the region
and a colon is a statement about that region: the writer has left the study's subject (a venous duplex, a liver)
for the soft tissues, so the title's organ of another body system does not take the lesion over. The key may run
on for a few words after the region ("Soft tissues pretibial:", "Subcutaneous tissue, left flank:").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.parser.record import MentionRecord

_KEY_REACH = 30  # characters after the region in which its line's key may end with a colon
_LEAD = " \t-*\u2022"  # what may stand before the key on its line: indentation, a bullet


def keys_its_line(rec: MentionRecord, text: str) -> bool:
    """Whether the region mention ``rec`` opens its line of ``text`` and the line's key, a colon at most a few words
    after it with no sentence stop between, follows it."""
    line_start = text.rfind("\n", 0, rec.start_char) + 1
    if text[line_start : rec.start_char].strip(_LEAD):
        return False
    after = text[rec.end_char : rec.end_char + _KEY_REACH]
    colon = after.find(":")
    return colon >= 0 and not any(stop in after[:colon] for stop in (".", "\n", ";"))
