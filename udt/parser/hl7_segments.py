"""A report exported as HL7 v2 observation segments, read as the report lines they carry.

A result interface can hand a report over in its wire form: one ``OBX`` segment a line,
"OBX|2|TX|UTERUS^Uterus||Anteverted, 71 x 38 x 41 mm||||||F", the observation's name in the third field (a code,
its text, its coding system, joined by "^"), its value in the fifth, its units in the sixth, a status after. A
formatted value (``FT``) carries several report lines in one field, joined by the repetition separator "~"
("KIDNEYS: ... normal.~BLADDER: ...~IMPRESSION: ..."). Read as written, the field bars glue the name to its value
and the value to the status flag, the "~" joins the sentences of different organs into one, and a heading inside
the value ("Lungs: sliding present") is no line's heading: the organs of such a report went unread, and a finding
of one line was read into the next.

Such a report is read as the lines it carries: each ``OBX`` segment becomes "name: value units", or the value
alone where it opens with a heading of its own (the name is then the exam's title, repeated on every segment:
"US Kidney", "FAST exam"), each "~" a line break. The name is the longer of the code and its text ("ENDOMETRIAL
THICKNESS" over its abbreviation "ET", "US Kidney" over "18747-6"), the text on a tie. HL7's escape sequences in a
value are the characters they stand for ("\\.br\\" a line break). A comment segment (``NTE``) gives its comment, an
order (``OBR``) the name of the exam, the title a typed report opens with; the envelope's segments (``MSH``, ``PID``,
``PV1``, ...: identifiers, no report text) are left out, and any other line (free text) stays as it is. The evidence
offsets map back onto the text as given (dictation.WrittenForm). A report without "OBX|" pays one substring test.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from udt.parser.dictation import WrittenForm
from udt.parser.lazy_patterns import lazy_compile

if TYPE_CHECKING:
    from collections.abc import Iterator

# A line's end: a "\r" alone ends an HL7 segment on the wire.
_LINE_BREAK = lazy_compile(r"\r\n|\r|\n")
# A heading opening a value ("KIDNEYS:", "RUQ (hepatorenal):", "Right lobe mid pole:"): words, brackets, slashes
# and hyphens before a colon, not a time or ratio ("10:30", "1:2").
_OWN_HEADING = lazy_compile(r"[A-Za-z][A-Za-z ()/'-]{0,40}:(?!\d)")
# HL7's escape sequences in a text value: a line break ("\\.br\\"), and the delimiters written as text.
# Highlighting on and off ("\\H\\", "\\N\\") writes nothing.
_ESCAPES = {".br": "\n", "F": "|", "S": "^", "T": "&", "R": "~", "E": "\\", "H": "", "N": ""}
# Segments of the message's envelope (header, patient, visit, order control): identifiers and addresses, no report
# text, so they are left out of the lines read.
_ENVELOPE = frozenset({"MSH|", "PID|", "PD1|", "PV1|", "PV2|", "ORC|", "EVN|", "NK1|"})
_OBX_FIELDS = 6  # segment name, set id, value type, observation name, sub-id, value: the fields an OBX must hold


class _Builder:
    """The written text, piece by piece, with the span of the given text each of its characters came from."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []

    def keep(self, text: str, a: int, b: int) -> None:
        """Characters ``a:b`` of the given ``text`` as written (each mapped onto itself)."""
        if a >= b:
            return
        self.parts.append(text[a:b])
        self.starts.extend(range(a, b))
        self.ends.extend(range(a + 1, b + 1))

    def put(self, piece: str, a: int, b: int) -> None:
        """``piece`` in place of the given characters ``a:b`` (a separator rewritten)."""
        self.parts.append(piece)
        self.starts.extend([a] * len(piece))
        self.ends.extend([max(b, a + 1)] * len(piece))

    def form(self) -> WrittenForm:
        return WrittenForm("".join(self.parts), tuple(self.starts), tuple(self.ends))


def _field_bounds(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each "|"-separated field of the segment ``text[a:b]``."""
    out = []
    start = a
    while (bar := text.find("|", start, b)) >= 0:
        out.append((start, bar))
        start = bar + 1
    out.append((start, b))
    return out


def _name(text: str, a: int, b: int) -> tuple[int, int]:
    """The span of an observation's name in its field ``text[a:b]`` ("code^text^system"): the longer of code and
    text, the text on a tie."""
    hat = text.find("^", a, b)
    if hat < 0:
        return a, b
    second_end = text.find("^", hat + 1, b)
    second_end = b if second_end < 0 else second_end
    code = (a, hat)
    label = (hat + 1, second_end)
    return code if code[1] - code[0] > label[1] - label[0] else label


def _value(out: _Builder, text: str, a: int, b: int) -> None:
    """An observation's value ``text[a:b]``, with each "~" a line break, each "^" a space and each escape sequence
    the character it stands for ("\\.br\\" a line break, "\\F\\" a bar: ``_ESCAPES``)."""
    start = a
    i = a
    while i < b:
        ch = text[i]
        if ch in "~^":
            out.keep(text, start, i)
            out.put("\n" if ch == "~" else " ", i, i + 1)
            start = i = i + 1
            continue
        if ch == "\\":
            close = text.find("\\", i + 1, b)
            meant = _ESCAPES.get(text[i + 1:close]) if close > 0 else None
            if meant is not None:
                out.keep(text, start, i)
                out.put(meant, i, close + 1)
                start = i = close + 1
                continue
        i += 1
    out.keep(text, start, b)


def _stripped(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _observation(out: _Builder, text: str, a: int, b: int) -> bool:
    """Write the ``OBX`` segment ``text[a:b]`` as its report line; False when it is no well-formed segment."""
    fields = _field_bounds(text, a, b)
    if len(fields) < _OBX_FIELDS:
        return False
    va, vb = _stripped(text, *fields[5])
    if va == vb:
        return True  # an observation without a value says nothing
    na, nb = _stripped(text, *_name(text, *fields[3]))
    if na < nb and _OWN_HEADING.match(text, va, vb) is None:
        out.keep(text, na, nb)
        out.put(": ", fields[4][0] - 1, fields[4][0] + 1)
    _value(out, text, va, vb)
    if len(fields) > _OBX_FIELDS:
        ua, ub = _stripped(text, *fields[6])
        if ua < ub:
            out.put(" ", ua - 1, ua)
            out.keep(text, ua, ub)
    return True


def _comment(out: _Builder, text: str, a: int, b: int) -> bool:
    """Write the ``NTE`` segment ``text[a:b]`` as its comment (its fourth field)."""
    fields = _field_bounds(text, a, b)
    if len(fields) < 4:
        return False
    ca, cb = _stripped(text, *fields[3])
    if ca < cb:
        _value(out, text, ca, cb)
    return True


def _request(out: _Builder, text: str, a: int, b: int) -> bool:
    """Write the ``OBR`` segment ``text[a:b]`` as the name of the exam it requests (OBR-4, "code^name^system"),
    the title a typed report would open with."""
    fields = _field_bounds(text, a, b)
    if len(fields) < 5:
        return False
    na, nb = _stripped(text, *_name(text, *fields[4]))
    if na < nb:
        out.keep(text, na, nb)
    return True


def hl7_lines(text: str) -> WrittenForm | None:
    """``text`` read as the report lines its HL7 observation segments carry, or None if it holds none."""
    if "OBX|" not in text:
        return None
    out = _Builder()
    found = False
    n = len(text)
    for pos, end, after in _lines(text):
        a = pos
        while a < end and text[a] in " \t":
            a += 1
        head = text[a:a + 4]
        written = len(out.parts)
        done = False
        if head == "OBX|":
            done = _observation(out, text, a, end)
            found = found or done
        elif head == "NTE|":
            done = _comment(out, text, a, end)
        elif head == "OBR|":
            done = _request(out, text, a, end)
        elif head in _ENVELOPE:
            done = True
        if not done:
            out.keep(text, pos, end)
            written = -1  # (a line kept as written keeps its line break, an empty one included)
        if end < n and len(out.parts) > written:
            # (a segment that said nothing leaves no empty line behind: a blank line reads as a paragraph break)
            out.put("\n", end, after)
    return out.form() if found else None


def _lines(text: str) -> Iterator[tuple[int, int, int]]:
    """Each line of ``text`` as (start, end, start of the next): a line ends at "\r\n", "\n", or the "\r" that ends
    an HL7 segment on the wire. One scan of the text (a search for the nearer of "\n" and "\r" from every line
    would rescan to the far one each time: quadratic in a message that has only one of them)."""
    pos = 0
    for brk in _LINE_BREAK.finditer(text):
        yield pos, brk.start(), brk.end()
        pos = brk.end()
    if pos < len(text):
        yield pos, len(text), len(text)
