"""A worksheet row that is a finding and a minus sign denies the finding: "Ascites -", "Free fluid –", "Hydrocele -ve".
Terse worksheets (district hospitals, sonographers' notes) write a row as its key and a sign, "+" for present and "-"
for absent ("Gallbladder - stones +", "Ascites -"); a minus after the key's colon ("Free fluid: -") is the template
"no" that context.py's ``_template_no`` reads, but a row with no colon has no key mark for it to look back from, so
without this the denied finding read as present.

The sign must be the whole value: the finding opens its row (after a bullet and at most two words of its key:
"Pelvic free fluid -") and the minus ends the row. It is not read where the dash is a separator with a real value
after it ("Liver - normal", "Gallbladder - stones +"), where the row holds a colon or a number before the finding
("Right lobe: 2 nodules -" opens the list of its nodules), nor where the next row is indented deeper or opens with a
bullet the row has not (the dash introduces a list: "Nodules -" then " - 12 mm upper pole"). A hyphen glued to the
word ("cyst-" at a line wrap) is a broken word, not a sign. Only descriptor and diagnosis mentions are denied (an
absent value is never anatomy, guideline). One regex probe of the report skips every report without such a row.
"""

from __future__ import annotations

from udt.parser.lazy_patterns import lazy_compile
from udt.parser.record import MentionRecord

# A minus sign that ends a row: a spaced hyphen, a dash or the minus sign (glued or spaced), or "-ve".
_ROW_END_MINUS = lazy_compile(r"(?:[ \t]+-|[ \t]*[\u2013\u2014\u2212]|[ \t]+-ve)[ \t]*(?:\r?\n|$)")
# What every _ROW_END_MINUS match holds from its sign on: the report-wide gate. _ROW_END_MINUS opens with optional
# blanks, so the engine tried it at every character (about 20 us a report, every report); this one opens with the
# sign's character class, which the engine skips to in C.
_SIGN_ENDS_ROW = lazy_compile(r"[-\u2013\u2014\u2212](?:ve)?[ \t]*(?:\r?\n|$)")
# In a report of one line (most) that gate can match only at the text's end ("$" without MULTILINE: the end, or
# before a last line break, which such a text lacks): its blanks stripped, the text ends with a sign or a sign and
# "ve" (str tests in C, where the gate's search stopped at every hyphen of the report: "well-defined", "1-2 mm").
_SIGNS = ("-", "\u2013", "\u2014", "\u2212")
_ROW_END_SIGNS = (*_SIGNS, *(f"{sign}ve" for sign in _SIGNS))


def _sign_ends_row(text: str) -> bool:
    """Whether ``text`` holds a minus sign ending a row (``_SIGN_ENDS_ROW.search(text) is not None``)."""
    if "\n" not in text:
        return text.rstrip(" \t").endswith(_ROW_END_SIGNS)
    return _SIGN_ENDS_ROW.search(text) is not None


# What may stand on the row before the finding: indent, a bullet, at most two words of the key ("Pelvic free fluid").
_ROW_OPENING = lazy_compile(r"[ \t]*(?:[-*\u2022][ \t]+)?((?:[A-Za-z][\w'/]*[ \t]+){0,2})")
# Words that make the row prose, not a key ("There is ascites -", "Small ascites -", "with ascites -").
_PROSE_WORDS = frozenset((
    "there", "is", "are", "was", "were", "a", "an", "the", "some", "with", "without", "and", "or", "no", "of", "in",
    "small", "mild", "moderate", "large", "minimal", "trace", "gross", "little", "has", "had", "shows", "seen",
))
_BULLETS = ("-", "*", "\u2022", "#")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def mark_trailing_minus(mentions: list[MentionRecord], text: str, anatomy_fields: frozenset[str]) -> None:
    """Deny each non-anatomy mention that is a row's key followed by a minus sign ending the row (module
    docstring)."""
    if not _sign_ends_row(text) or _ROW_END_MINUS.search(text) is None:  # (most reports)
        return
    for m in mentions:
        if m.negated or m.field in anatomy_fields:
            continue
        sign = _ROW_END_MINUS.match(text, m.end_char)
        if sign is None:
            continue
        row_start = text.rfind("\n", 0, m.start_char) + 1
        opening = _ROW_OPENING.fullmatch(text, row_start, m.start_char)
        if opening is None or not _PROSE_WORDS.isdisjoint(opening.group(1).lower().split()):
            continue
        row = text[row_start:m.start_char]
        next_start = sign.end()
        next_end = text.find("\n", next_start)
        following = text[next_start:next_end if next_end >= 0 else len(text)]
        if following.strip():
            # A deeper or bulleted next row is the finding's list, which the dash introduces.
            opens_bullet = following.lstrip(" \t").startswith(_BULLETS)
            if _indent(following) > _indent(row) or (opens_bullet and not row.lstrip(" \t").startswith(_BULLETS)):
                continue
        m.negated, m.uncertain = True, False
