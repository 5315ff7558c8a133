"""The line of a report's text that a character stands on.

Many rules read a word's own line (a heading line, a table row, a title, a list item): its bounds are found the same
way everywhere, from the line break before the character to the one after it, without splitting the text.
"""

from __future__ import annotations


def line_start(text: str, at: int) -> int:
    """The offset where the line holding character ``at`` starts (after the line break before it)."""
    return text.rfind("\n", 0, at) + 1


def line_bounds(text: str, at: int) -> tuple[int, int]:
    """``(start, end)`` of the line holding character ``at``: from after the line break before it to the line break
    after it, or the text's end when none follows."""
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, len(text) if end < 0 else end
