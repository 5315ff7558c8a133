"""The paragraphs of a report that belong to a pregnancy report, and those of a fetal scan (read by fetal_scope.py).

A text may hold several reports one after another (a post quoting two scans, an export of a patient's studies);
what a fetal scan says of the fetus holds for its own paragraphs only. A paragraph belongs to a pregnancy report by
its own words (a pregnancy, a pregnancy scan, a fetal scan's dating), else as the paragraph before it where it
opens with a heading of an obstetric report ("FINDINGS:", "Maternal:", "Placenta:"), not where it opens another
study or case ("UPPER LIMB VENOUS DUPLEX", "Figure 2.", "kidney scan results:"), nor where it names a child already
born ("2-day-old boy", "neonate").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from udt.parser import termset as ts
from udt.parser.lazy_patterns import lazy_compile
from udt.parser.word_patterns import words_pattern

MATERNAL_WORD = words_pattern(ts.MATERNAL_OWNER_WORDS)
# A gestational age in weeks and days past the first trimester ("20+3", "21 + 0", "22w2d"): a fetal scan's date.
WEEKS_DAYS = lazy_compile(r"\b(?:1[4-9]|[2-4]\d)\s*(?:\+\s*[0-6]\b|w\s*[0-6]\s*d\b)", re.IGNORECASE)


class Paragraph(NamedTuple):
    """A paragraph of a report, read for the pregnancy it belongs to."""

    end: int  # (character offset: the paragraph runs up to it)
    on: bool  # the paragraph is part of a pregnancy report
    scan: bool  # ... of a fetal scan


_PREGNANCY_WORDS = frozenset((*ts.PREGNANCY_WORDS, *ts.FETAL_PREGNANCY_CUES))
_SCAN_WORDS = frozenset(ts.FETAL_SCAN_WORDS)
_POSTNATAL_WORDS = frozenset(ts.POSTNATAL_WORDS)
_WORD = lazy_compile(r"[a-z]+")
_PARAGRAPH_BREAK = lazy_compile(r"\n[ \t]*\n\s*")
_PREGNANCY_SCAN = lazy_compile(r"\b(?:" + "|".join(ts.PREGNANCY_SCAN_WORDS) + r")[- ]scans?\b")
# ... of the fetus's anatomy: past the first trimester ("my 20 week scan") or named so ("anatomy scan", "NT scan").
_FETAL_SCAN = lazy_compile(
    r"\b(?:(?:1[4-9]|[2-4]\d)[- ]?(?:weeks?|wks?)|anatomy|anomaly|morphology|growth|nt|nuchal)"
    r"[- ]scans?\b"
)
_CEPHALIC_VESSEL = lazy_compile(r"\bcephalic\s+(?:vein|veins|arch)\b")
# A child's age in days, weeks or months ("2-day-old boy", "6 weeks old"): a child already born.
_AGE_OLD = lazy_compile(r"\b(?:days?|weeks?|months?|wks?|mos?)[- ]old\b")
# A paragraph that goes on with the report before it opens with a heading ("FINDINGS:", "Maternal:", a line
# "FETAL ANATOMY"), not one that opens another study or case ("Vascular case: ...", "Figure 2:").
_CONTINUES = lazy_compile(r"[\s\-*•>\d.)]*[a-z][a-z /&,'’()+-]{0,48}(?::|\n|$)")
_OTHER_STUDY = lazy_compile(r"\b(?:case|figure|fig|image|images|exam|examination)\b")
# ... or names a study ("UPPER EXTREMITY VENOUS DUPLEX, RIGHT", "kidney scan results:"), or is no heading of an
# obstetric report ("Need advice:").
_SECTION_WORD = words_pattern(
    (
        *ts.OBSTETRIC_SECTION_WORDS,
        *ts.FETAL_PART_WORDS,
        *ts.FETAL_OWNER_WORDS,
        *ts.FETAL_SENSE_CUES,
        *ts.MATERNAL_OWNER_WORDS,
    )
)
_STUDY_TITLE = lazy_compile(r"\b(?:scan|ultrasound|us|sonography|duplex|doppler|echo|study|report)\b")


def pregnancy_paragraphs(text: str) -> list[Paragraph]:
    """The report's paragraphs (cut at blank lines), each with whether it belongs to a pregnancy report and to a
    fetal scan: by its own words, else as the paragraph before it where it opens with a heading (an obstetric
    report's later paragraphs, "FINDINGS:", "Maternal:"), not where it opens another study or case (a text may hold
    several reports one after another)."""
    out: list[Paragraph] = []
    on = scan = False
    lo = 0
    for m in [*_PARAGRAPH_BREAK.finditer(text), None]:
        hi = len(text) if m is None else m.start()
        piece = text[lo:hi].lower()
        words = set(_WORD.findall(piece))
        dated = WEEKS_DAYS.search(piece) is not None
        if not _POSTNATAL_WORDS.isdisjoint(words) or _AGE_OLD.search(piece) is not None:
            on = scan = False
        elif (
            not _PREGNANCY_WORDS.isdisjoint(words)
            or _PREGNANCY_SCAN.search(piece) is not None
            or (dated and not _SCAN_WORDS.isdisjoint(words))
        ):
            was_scan = on and scan  # (a later paragraph of a fetal scan is the scan's: "Summary: fetal ...")
            on = True
            found = _SCAN_WORDS & words
            if found == {"cephalic"} and _CEPHALIC_VESSEL.search(piece) is not None:
                found = frozenset()  # (the cephalic vein, not a presentation)
            # ... or dated past the first trimester, unless a scan of the mother ("Maternal renal scan, 34+2")
            scan = (
                was_scan
                or bool(found)
                or _FETAL_SCAN.search(piece) is not None
                or (dated and MATERNAL_WORD.search(piece.split("\n", 1)[0]) is None)
            )
        elif (
            (heading := _CONTINUES.match(piece)) is None
            or _OTHER_STUDY.search(heading[0]) is not None
            or _STUDY_TITLE.search(heading[0]) is not None
            or _SECTION_WORD.search(heading[0]) is None
        ):
            on = scan = False  # ("kidney scan results:", "Need advice:", "US ABDOMEN": another report)
        out.append(Paragraph(hi if m is None else m.end(), on, scan))
        lo = hi if m is None else m.end()
    return out
