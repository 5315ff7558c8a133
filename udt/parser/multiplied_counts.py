"""A lesion word counted by a multiplication sign after it is a group of that many: "myoma x 3: (a) fundus, 3.2 cm;
(b) anterior wall, 2.0 cm; (c) submucosal, 1.1 cm", "Liver cyst x2 (S2 0.6 cm, S7 1.4 cm)", "calculi ×3".

Short notes and translated reports count a lesion this way, with the word in the singular, so the plural test of the
word (``size_lists.plural_word``) misses it and the sizes after it would be read as one lesion's. Read as "3
myomas" is: a plural with its count (``announced_groups``), which the list of sizes after it splits. A number
followed by a unit or a decimal is a dimension ("cyst x 2.1 cm" in a size typed after its word), and one followed by
a unit of time a duration ("swelling x 3 days"): no count.
"""

from __future__ import annotations

from udt.parser.lazy_patterns import lazy_compile
from udt.parser.units import LENGTH_UNIT

# Right after the word: "x3", "x 3", "×3", "X2"; the count one digit, 2 to 9, not the start of a dimension (a
# decimal, "x 2.1" or "x 2,1", or any spelling of a length unit, "cyst x 3 cms") nor of a duration. A comma with no
# digit after it ends the count's clause ("cyst x2, 14 mm and 11 mm").
_MULTIPLIED = lazy_compile(
    rf"[ \t]*[x×X][ \t]*([2-9])(?![\d.]|,\d|[ \t]*(?:{LENGTH_UNIT}|m|h|hrs?|hours?|d|days?|wks?|weeks?|mo|months?"
    r"|y|yrs?|years?)\b)"
)

# The signs the pattern needs within its eight characters: a caller tests the slice for one in C (most lesion words
# have none after them) before calling, where a call and a match per lesion word cost more.
TIMES_SIGNS = frozenset("x×X")


def multiplied_count(text: str, end_char: int) -> int:
    """The count written as a multiplication right after the lesion word ending at character ``end_char`` of
    ``text`` ("myoma x 3"), else 0."""
    # The match is at most eight characters; the room after it lets the look-ahead see a long unit ("millimetres").
    found = _MULTIPLIED.match(text, end_char, end_char + 24)
    return int(found.group(1)) if found else 0


_WORD = lazy_compile(r"\w+")


def count_after_word(text: str, start_char: int) -> int:
    """The count written as a multiplication right after the word starting at character ``start_char`` ("level II
    x2 -> 14 and 9 mm": the two nodes of level II), else 0."""
    word = _WORD.match(text, start_char)
    return multiplied_count(text, word.end()) if word else 0
