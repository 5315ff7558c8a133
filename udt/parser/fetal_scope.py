"""Which stretches of an obstetric report speak of the fetus, and the mentions they hold (dropped before reading).

The guideline labels the mother's organs at a pregnancy scan (the uterus with its placenta, cervix and gestational
sac; the ovaries; "maternal kidneys") and never the fetus's anatomy, which gives no label and no finding: not its
organ, nor the cyst, effusion, echogenicity or "normal" said of it. :mod:`udt.parser.fetal` finds the anatomy the
report qualifies as the fetus's ("fetal kidneys"); this module reads the fetus from the report's layout and scope:

- a heading naming the fetus ("Fetal:", "Fetus:", "Fetal anatomy:", "Baby:", "Female fetus:") governs what follows it
  until a heading of the mother ("Maternal:", "Placenta:", "Cervix:", "Right ovary:") or a heading that names no
  anatomy ("Conclusion:", "Liquor:"); an organ heading ("Heart:", "Kidneys:") continues the block it is in;
- in a fetal scan (an anomaly, growth or nuchal scan: "singleton", "EFW", "AFI", "liquor", "20+3 weeks"), an organ
  heading of the parts a survey of the fetus reports ("Head/brain:", "Heart:", "Kidneys:") and, in any sentence,
  those parts ("Stomach and bladder seen", "Echogenic bowel", "Small bilateral pleural effusions") are the fetus's
  unless the report calls them the mother's ("Maternal: ...", "maternal kidneys", "my kidneys"); not the
  gallbladder, liver or veins of a pregnant woman's own scan beside a fetal check;
- a clause whose subject is the fetus and that names no organ ("baby all normal", "the fetus appears normal"), or
  that names a condition only a fetus has ("cystic hygroma with hydrops"), says nothing of the mother.

A clause whose organs are all the fetus's loses every mention (its lesions, descriptors and "normal" are the
fetus's too); a clause that also names the mother's organ loses the fetus's anatomy and what is said after it up to
the mother's ("the baby's heart and kidneys all fine, placenta anterior"). The uterus, placenta, cervix and sac are
never the fetus's; the ovaries are the mother's unless the fetus is named ("the left fetal ovary", under "Female
fetus:"). Which paragraphs belong to the pregnancy report: :mod:`udt.parser.pregnancy_paragraphs`.
"""

from __future__ import annotations

from bisect import bisect_right
from enum import IntEnum
from typing import TYPE_CHECKING

from udt.parser import termset as ts
from udt.parser.lazy_patterns import lazy_compile
from udt.parser.lowered_text import lowered
from udt.parser.pregnancy_paragraphs import MATERNAL_WORD, WEEKS_DAYS, pregnancy_paragraphs
from udt.parser.sentences import SENTENCE_STOP
from udt.parser.trigger_groups import TRIGGER_GROUPS
from udt.parser.word_patterns import words_pattern
from udt.parser.wordids import word_ids

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.strings import StringStore

    from udt.parser.record import MentionRecord


class SiteKind(IntEnum):
    """Whose organ a mention names or implies at a pregnancy scan."""

    NONE = 0  # no organ (a bare cyst, a descriptor, "normal")
    MOTHER = 1  # the pregnancy's own organ: uterus, placenta, cervix, gestational sac; never the fetus's
    PELVIC = 2  # the mother's other pelvic organs (ovaries): the fetus's only under a heading naming the fetus
    BODY = 3  # any other anatomy: the fetus's in a fetal scan unless called the mother's
    CHILD = 4  # a child's organ or system ("choroid plexus", "paediatric"): at a pregnancy scan, the fetus's


class _Owner(IntEnum):
    NEUTRAL = 0
    FETUS = 1  # under a heading naming the fetus
    FETAL_ORGAN = 2  # under an organ heading of a fetal scan ("Heart:"), outside a block of the mother
    MOTHER = 3


_FETAL_WORD = words_pattern((*ts.FETAL_OWNER_WORDS, *ts.FETAL_SENSE_CUES))
_CONDITION_WORD = words_pattern(ts.FETAL_CONDITION_WORDS)
_TITLE_WORD = words_pattern(ts.STUDY_TITLE_WORDS)
_PART_WORD = words_pattern(ts.FETAL_PART_WORDS)
# Where a clause ends: a line break, a sentence's end, a semicolon, a colon not inside a time or ratio ("10:30"),
# or ", but" (group 1: the mark that may close a heading).
_CLAUSE_END = lazy_compile(SENTENCE_STOP + r"|(:)(?!\d)|,?\s+but\s")
# A heading's words (the text before its colon): letters, spaces and a few joiners ("Head/brain", "Brain, spine,
# heart"), after a bullet or number.
_HEADING_WORDS = lazy_compile(r"[\s\-*•>\d.)]*[A-Za-z][A-Za-z /&,'’()+-]*")
# A line that is a heading on its own ("FETAL ANATOMY", "Maternal"): a few words, no full stop.
_BARE_HEADING = lazy_compile(r"[ \t\-*•>]*[A-Za-z][A-Za-z /&'’-]*[ \t]*")
_MAX_HEADING_WORDS = 5
_MAX_BARE_HEADING_WORDS = 3


def _clauses(text: str) -> list[tuple[int, int, bool]]:
    """The report's clauses as ``(start, end, heading)`` character spans, in order: ``heading`` when the clause is
    a heading ("Kidneys:", "Fetal anatomy:", a line "FETAL ANATOMY") that opens a line or follows a sentence's
    end."""
    out: list[tuple[int, int, bool]] = []
    lo = 0
    opens = True  # the clause opens a line or a sentence (a heading may stand there)
    for m in _CLAUSE_END.finditer(text):
        hi = m.start()
        piece = text[lo:hi]
        if m[1] is not None:
            heading = opens and _HEADING_WORDS.fullmatch(piece) is not None and len(piece.split()) <= _MAX_HEADING_WORDS
        else:
            heading = (
                m[0] == "\n"
                and opens
                and _BARE_HEADING.fullmatch(piece) is not None
                and 0 < len(piece.split()) <= _MAX_BARE_HEADING_WORDS
            )
        out.append((lo, hi, heading))
        lo = m.end()
        opens = m[0] != ":" and "but" not in m[0]
    out.append((lo, len(text), False))
    return out


def _said_of(members: list[int], sited: dict[int, bool]) -> list[int]:
    """In a clause naming the fetus's organ and the mother's (``sited``: mention index -> the fetus's), the mentions
    said of the fetus's: its organs, and the others after one of them up to the mother's ("the baby's heart and
    kidneys all fine, placenta anterior"), or before the first organ named when that is the fetus's."""
    out = []
    owner = next(sited[k] for k in members if k in sited)  # (before the first organ: the first organ's)
    for k in members:
        if k in sited:
            owner = sited[k]
        if owner:
            out.append(k)
    return out


class FetalScope:
    """Drops, in place, the mentions of the stretches of a pregnancy report that speak of the fetus."""

    def __init__(
        self, strings: StringStore, site_kind: Callable[[MentionRecord], SiteKind], anatomy_fields: frozenset[str]
    ) -> None:
        self._site_kind = site_kind
        self._anatomy = anatomy_fields
        self._pregnancy = word_ids(strings, (*ts.PREGNANCY_WORDS, *ts.FETAL_PREGNANCY_CUES))
        self._scan_words = word_ids(strings, ts.FETAL_SCAN_WORDS)
        self._postnatal = word_ids(strings, ts.POSTNATAL_WORDS)
        self._neonatal = word_ids(strings, ts.NEONATAL_WORDS)
        self._scan_kinds = word_ids(strings, ts.PREGNANCY_SCAN_WORDS)
        self._scan = word_ids(strings, ("scan", "scans"))
        self._fetal_owner = word_ids(strings, ts.FETAL_OWNER_WORDS)
        self._maternal = word_ids(strings, (*ts.MATERNAL_OWNER_WORDS, *ts.MATERNAL_POSSESSIVE_WORDS))
        self._possessive = word_ids(strings, ("'s", "’s"))
        self._skippable = word_ids(strings, ("right", "left", "both", "bilateral", "the", "r", "l", "rt", "lt"))
        # The gates of applies (trigger_groups.py)
        self._postnatal_gate = TRIGGER_GROUPS.group(self._postnatal)
        self._pregnancy_gate = TRIGGER_GROUPS.group(self._pregnancy)
        self._scan_words_gate = TRIGGER_GROUPS.group(self._scan_words)
        self._neonatal_gate = TRIGGER_GROUPS.group(self._neonatal)

    def applies(self, lower: list[int], words: frozenset[int], touched: frozenset[int], text: str) -> bool:
        """A pregnancy is named (or a fetal scan dated: "ANOMALY SCAN 20+3") and no child already born ("neonate,
        31 weeks' gestation"): a test of the report's words (``touched``: the trigger groups they touch,
        ``TokenColumns.touched``), before :meth:`settle` reads its paragraphs."""
        if self._postnatal_gate in touched:
            return False
        if self._pregnancy_gate in touched or self.names_pregnancy_scan(lower, words):
            return True
        # (dated by weeks and days alone: a neonate's gestation at birth where the report names a baby born)
        return self._scan_words_gate in touched and self._neonatal_gate not in touched \
            and WEEKS_DAYS.search(text) is not None

    def names_pregnancy_scan(self, lower: list[int], words: frozenset[int]) -> bool:
        """ "my 20 week scan", "the anatomy scan", "NT scan": a pregnancy named without a pregnancy word."""
        if self._scan.isdisjoint(words) or self._scan_kinds.isdisjoint(words):
            return False
        return any(w in self._scan and lower[i - 1] in self._scan_kinds for i, w in enumerate(lower) if i)

    def settle(self, spans: list[MentionRecord], lower: list[int], text: str, fetal_marks: list[bool]) -> bool:
        """Remove the fetus's mentions from ``spans`` (``fetal_marks``: those the report qualifies as the fetus's,
        :meth:`udt.parser.fetal.FetalAnatomy.marks`). Call only where :meth:`applies`. Returns whether the report
        holds a fetal scan (where the age words name the fetus: "paediatric urology counselling")."""
        paragraphs = pregnancy_paragraphs(text)
        low = lowered(text)  # (the parse's other passes lower the same text: lowered_text.py)
        fetal_scan = any(p.scan for p in paragraphs)
        clauses = _clauses(text)
        starts = [c[0] for c in clauses]
        by_clause: dict[int, list[int]] = {}
        for k, rec in enumerate(spans):
            by_clause.setdefault(bisect_right(starts, rec.start_char) - 1, []).append(k)
        kinds = [self._site_kind(rec) for rec in spans]
        drop: set[int] = set()
        block = _Owner.NEUTRAL  # a block named by a heading of the fetus or the mother
        owner = _Owner.NEUTRAL  # whose the clauses under the last heading are
        p = 0
        for c, (lo, hi, heading) in enumerate(clauses):
            while lo >= paragraphs[p].end and p + 1 < len(paragraphs):
                p += 1
                if not paragraphs[p].on:
                    block = owner = _Owner.NEUTRAL
            current = paragraphs[p]
            members = by_clause.get(c, [])
            if not current.on:
                drop.update(k for k in members if fetal_marks[k])  # (only what is called fetal: fetal.py)
                continue
            scan = current.scan
            if heading:
                bare = text[hi : hi + 1] != ":"  # (a line on its own: "FETAL ANATOMY", or a title "FETAL ANOMALY SCAN")
                block, owner = self._heading_owner(low[lo:hi], {kinds[k] for k in members}, block, scan, bare)
            if not members:
                continue
            sited = [
                (k, self._of_fetus(spans[k], kinds[k], owner, fetal_marks[k], scan, lower, low))
                for k in members
                if kinds[k] is not SiteKind.NONE and not self._unplaced(spans[k], kinds[k], owner, low)
            ]
            if sited:
                fetal = [k for k, of_fetus in sited if of_fetus]
                if len(fetal) == len(sited):
                    drop.update(members)
                elif fetal:
                    drop.update(_said_of(members, dict(sited)))
            elif owner in (_Owner.FETUS, _Owner.FETAL_ORGAN) or self._speaks_of_fetus(
                text, lo, hi, spans[members[0]], scan
            ):
                drop.update(members)
        if drop:
            spans[:] = [rec for k, rec in enumerate(spans) if k not in drop]
        return fetal_scan

    @staticmethod
    def _heading_owner(
        heading: str, kinds: set[SiteKind], block: _Owner, fetal_scan: bool, bare: bool
    ) -> tuple[_Owner, _Owner]:
        """The block and the owner after a heading (``bare``: a line without a colon)."""
        if _FETAL_WORD.search(heading) is not None:
            if bare and _TITLE_WORD.search(heading) is not None:
                return _Owner.NEUTRAL, _Owner.NEUTRAL  # a study's title ("FETAL ANOMALY SCAN")
            return _Owner.FETUS, _Owner.FETUS
        if MATERNAL_WORD.search(heading) is not None:
            return _Owner.MOTHER, _Owner.MOTHER
        if SiteKind.MOTHER in kinds or SiteKind.PELVIC in kinds:
            return _Owner.NEUTRAL, _Owner.MOTHER  # "Placenta:", "Cervix:", "Right ovary:" end a block of the fetus
        part = fetal_scan and (SiteKind.CHILD in kinds or _PART_WORD.search(heading) is not None)
        if SiteKind.BODY in kinds or part:
            if block is not _Owner.NEUTRAL:
                return block, block  # "Heart:" under "Fetal:", "Kidneys:" under "Maternal:"
            # "Kidneys:", "Head/brain:" of a fetal scan; not "Gallbladder:" (a part no anatomy survey of the fetus
            # reports: the mother's, scanned beside the pregnancy)
            return block, _Owner.FETAL_ORGAN if part else _Owner.NEUTRAL
        return _Owner.NEUTRAL, _Owner.NEUTRAL  # "Conclusion:", "Liquor:", "Plan:"

    def _of_fetus(
        self,
        rec: MentionRecord,
        kind: SiteKind,
        owner: _Owner,
        marked: bool,
        fetal_scan: bool,
        lower: list[int],
        text: str,
    ) -> bool:
        """Whether a mention naming or implying an organ names the fetus's."""
        if marked or kind is SiteKind.CHILD or (rec.start > 0 and lower[rec.start - 1] in self._fetal_owner):
            return True  # "fetal kidneys" (fetal.py), "fetal ovarian cyst", "refer to paediatric cardiology"
        if kind is SiteKind.MOTHER or owner is _Owner.MOTHER or self._called_maternal(rec.start, lower):
            return False
        if kind is SiteKind.PELVIC:
            return owner is _Owner.FETUS  # (the ovaries of a female fetus are named under its heading)
        return owner is not _Owner.NEUTRAL or (
            fetal_scan and _PART_WORD.search(text, rec.start_char, rec.end_char) is not None
        )  # (outside a heading: a part a survey of the fetus reports, "Stomach and bladder seen", not "Gallbladder")

    def _unplaced(self, rec: MentionRecord, kind: SiteKind, owner: _Owner, low: str) -> bool:
        """A diagnosis that implies another organ than the survey's ("a 9 mm simple cyst in the upper abdomen":
        a renal or hepatic cyst by its typical sites) where no heading says whose: it follows the organs its clause
        names, and decides nothing itself (not "pleural effusions", a survey's finding)."""
        return (
            kind is SiteKind.BODY
            and owner is _Owner.NEUTRAL
            and rec.field not in self._anatomy
            and _PART_WORD.search(low, rec.start_char, rec.end_char) is None
        )

    def _called_maternal(self, start: int, lower: list[int]) -> bool:
        """ "maternal kidneys", "Maternal right ovarian cyst", "the mother's right kidney"."""
        i = start - 1
        while i >= 0 and lower[i] in self._skippable:
            i -= 1
        if i >= 1 and lower[i] in self._possessive:
            i -= 1
        return i >= 0 and lower[i] in self._maternal

    @staticmethod
    def _speaks_of_fetus(text: str, lo: int, hi: int, first: MentionRecord, fetal_scan: bool) -> bool:
        """A clause naming no organ whose subject is the fetus ("baby all normal", "The fetus appears normal"; in a
        fetal scan, a part of it: "Cerebellum, cisterna magna normal"): the word before its first mention or right
        after it ("normal fetal anatomy"), not further on ("a cyst, unrelated to the fetus"); or a clause that names
        a condition only a fetus has ("cystic hygroma with hydrops")."""
        clause = text[lo:hi].lower()
        head = first.start_char - lo
        return (
            _FETAL_WORD.search(clause, 0, head) is not None
            or _FETAL_WORD.match(clause, first.end_char - lo + 1) is not None
            or (fetal_scan and _PART_WORD.search(clause, 0, head) is not None)
            or _CONDITION_WORD.search(clause) is not None
        )
