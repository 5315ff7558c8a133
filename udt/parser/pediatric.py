"""Whether a report is about a child, the paediatric organs a child's anatomy is filed under, and the re-filing of
mentions whose sense the whole report settles (before any mention is read).

A child is read from age words ("infant", "neonatal"; not "baby" at a pregnancy scan, where it is the fetus), a
stated age under 16 ("7 y F", "my son is 9"), or an asserted paediatric condition; in a child, the ontology's
paediatric counterparts (``udt:pediatricCounterpart``) replace the adult organ and body system
(:func:`_to_pediatric`), and finer anatomy whose own counterpart differs from its organ's is re-filed before the
mentions are read (beside the neonatal ventricles, fetal anatomy and tunica of :mod:`udt.parser.ventricles`,
:mod:`udt.parser.fetal` and :mod:`udt.parser.tunica`). Kept apart from :mod:`udt.parser.sites` because these rules
decide one report-level fact (the patient is a child) and one mapping, whatever else the report says.
:class:`PediatricRules` is mixed into :class:`udt.parser.sites.SitesAndFindings`, whose ``__init__`` (with
:meth:`PediatricRules._init_pediatric` for the tables only these rules read) sets the tables these rules read
(``_ped_cues``, ``_child_refiles``, ``_pediatric_diagnoses``, ...).
"""

from __future__ import annotations

import re
from operator import attrgetter, itemgetter, methodcaller
from typing import TYPE_CHECKING

from udt.parser import termset as ts
from udt.parser.adult_conditions import states_adult
from udt.parser.age_cue_senses import FOREIGN_YEARS, AgeCueSenses
from udt.parser.child_groins import ChildGroins
from udt.parser.child_organs import ChildOrgans
from udt.parser.female_urethra import FemaleUrethraSense
from udt.parser.fetal import FetalAnatomy
from udt.parser.fetal_scope import FetalScope, SiteKind
from udt.parser.host import SiteRulesHost
from udt.parser.lazy_patterns import lazy_compile
from udt.parser.lowered_text import lowered
from udt.parser.matcher import PhraseTable
from udt.parser.record import MentionRecord, refile
from udt.parser.substrings import holds_any
from udt.parser.tunica import TunicaSense
from udt.parser.uterine_versions import UterineVersionSense
from udt.parser.ventricles import VentricleSense
from udt.parser.wordids import word_ids

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.strings import StringStore

    from udt.parser.vocabulary import Vocabulary
    from udt.taxonomy import Concept, Taxonomy


# Relatives whose stated age makes them the patient (the termset's words; see _AGE, _KIN_INFANT_AGE).
_KIN_WORDS = ts.CHILD_AGE_KIN_WORDS
_KIN_ALT = f"(?:{'|'.join(_KIN_WORDS)})"
# Of these, a parenting forum's abbreviations (DS, DD, DS1-DD3), whose letters other words hold ("findings",
# "middle"), as whole words: one regex whose literal first letter the engine scans for in C finds them, and each
# hit's left edge is read as _names_kin reads it (a str.find loop per word ran on most reports, "ds" being in
# "findings"; a regex opening with a look-behind tried every character).
_FORUM_KIN = lazy_compile(r"d[ds][123]?(?!\w)")
_START = methodcaller("start")


def _names_forum_kin(low: str) -> bool:
    """Whether lower-cased ``low`` holds a forum's DS/DD abbreviation as a word ("DS (4)", "dd2 is 14")."""
    return any(k == 0 or not (low[k - 1].isalnum() or low[k - 1] == "_") for k in map(_START, _FORUM_KIN.finditer(low)))


_AGE_BRANCHES = (
    r"\b(\d{1,2})[- ]?(?:years?|yrs?|y)\.?[- /]?(?:old|o)\b|\b(\d{1,2})\s*yo\b"
    # (not a date of birth written in the age field, "Age: 12/03/1961": no age of 12; "Age: 7/12" is 7 months)
    # (a key's colon spaced off too: "Age : 5 Y   Sex : M")
    r"|\baged?(?:[ \t]*:|[ ])\s*(\d{1,2})\b(?![\s-]*(?:months?|mos?|mths?|weeks?|wks?|days?)\b)"
    r"(?![./-]\d{1,2}[./-]\d)"
    # ... with its unit glued on ("Age: 12yrs", "aged 9y"): no word boundary between the number and the unit.
    r"|\baged?(?:[ \t]*:|[ ])\s*(\d{1,2})(?:years?|yrs?|y)\b"
    # A clinical header's age and sex ("7 y F", "12yr M", "9 y/o male"): an age, not a duration ("for 2 years").
    r"|\b(\d{1,2})\s*(?:y|yrs?)\.?\s*(?:[mf]|male|female)\b"
    # ... or an age opening a history line, closed by a comma ("14 yrs, RIF pain"): at a line's start a number of
    # years is the patient's age; a duration comes after its complaint ("RIF pain for 2 yrs").
    r"|(?:^|(?<=\n))[ \t]*(\d{1,2})[ \t]*(?:years?|yrs?|y)\.?(?=[ \t]*[,;])"
    # ... or the age a header gives after the date of birth ("DOB 03/05/2019, 6 yrs", "D.O.B.: 14.06.2018 (7 y)"):
    # the date's own numbers are no age.
    r"|\b(?:dob|d\.o\.b|date\s+of\s+birth)\.?[ \t]*:?[ \t]*\d{1,2}[./-]\d{1,2}[./-]\d{2,4}[ \t]*[,;(]?[ \t]*"
    r"(\d{1,2})[- ]?(?:years?|yrs?|y)\b"
    # A header's patient line: "Patient: 11 years", "Pt: 9 yrs" (a key, so no duration: "pain for 5 years").
    r"|\b(?:patient|pt)\s*:\s*(\d{1,2})[- ]?(?:years?|yrs?|y)\b"
    # A header's age in the writer's own language ("Garçon de 15 ans", "Paziente: F, 12 anni", "58 J."): none of
    # these words for years is English.
    rf"|\b(\d{{1,2}})\s*(?:{FOREIGN_YEARS})(?!\w)"
    # A relative's post: "my son is 9", "my daughter (14)", "our son (11 yrs)", "my sister (15)"; not an age in
    # months or weeks ("my son is 18 months"), read by _KIN_INFANT_AGE.
    rf"|\b{_KIN_ALT}\s*(?:is\s+|\(\s*)"
    r"(\d{1,2})\b(?![\s-]*(?:months?|mos?|mths?|weeks?|wks?|days?)\b)"
    # ... or the bare number as a post's aside ("Daughter 14, bad pain", "my son, 9; scanned"): only where a comma,
    # colon or bracket closes it, so a count or a measure after the word ("son 2 days ago", "son 3 cm") is no age.
    rf"|\b{_KIN_ALT}(?:,\s*|\s+)"
    r"(\d{1,2})(?=\s*[,;:)])"
    # ... or a pronoun's, the relative named before it ("my son's scan (he's 14)", "she is 9, and"): the bare number
    # closed by punctuation, the line's end or a word that ends an aside, so that a count, a measure or a duration
    # ("he's 14 mm", "she is 5 foot", "he is 2 days post-op") is no age.
    r"|\b(?:he|she)(?:['’]s|\s+is)\s+(\d{1,2})(?=\s*(?:[,;:!?)]|\.(?!\d)|$|(?:now|and|but|so|yrs?|years?)\b))"
    # ... or a Hindi post's child and its years ("mere bete (5 saal)"), not a duration ("2 saal se": for 2 years).
    rf"|\b(?:{'|'.join(ts.HINDI_CHILD_WORDS)})\s*(?:\(\s*|,\s*|\s+)(\d{{1,2}})\s*saal\b(?!\s*se\b)"
)
# Where an age can start: a digit, a line's start, or the first letter of a branch's word ("aged", "dob"/"date",
# "patient"/"pt", "he"/"she", a relative: "son", "daughter", "grandson", "brother", "nephew", "moko", "ds"/"dd", or a
# Hindi child word: "beta", "bachcha"; read off the words, so one added to the termset's lists is covered; any case,
# the flags apply). Every branch opens with a word boundary or a line start, which the regex engine gives no fast
# path: without this look-ahead it tried all of them at every character of each report stating an age; now each
# character is one class test, and the branches are tried only where one can begin (a fifth of the time over the
# corpora). The same matches, groups and order: a match has to begin with one of these
# (tests/test_pediatric_age_gate.py checks each branch's wording).
_AGE_INITIALS = {word[0] for word in ("aged", "dob", "date", "patient", "pt", "he", "she", *_KIN_WORDS,
                                     *ts.HINDI_CHILD_WORDS)}
# ... and, every branch but the line's-start one opening with a word boundary, the boundary is tested first (one cheap
# test that fails inside a word, where the class alone passed at most letters of a lower-cased report: a third less
# search; a line's start is tried whatever its boundary).
_AGE_STARTS = rf"(?:\b(?=[\d{''.join(map(re.escape, sorted(_AGE_INITIALS)))}])|^)"
_AGE = lazy_compile(f"{_AGE_STARTS}(?:{_AGE_BRANCHES})", re.IGNORECASE | re.MULTILINE)
_ADULT_AGE = 16
# An age under 16 spelled out ("Four-year-old", "a seven year old"), searched in lower-cased text.
_SPELLED_AGE = lazy_compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)"
    r"[- ]years?[- ]old\b"
)
# An age that is a time of the patient's past ("since age 8", "from age 6", "at age 5": an adult's childhood history)
# or the ages of several children ("two kids aged 8 and 10": the family; a patient is one person), by the words just
# before it (searched in the dozen characters before an _AGE match); or a time from now, a follow-up interval in
# the writer's language ("controle over 1 jaar", "contrôle dans 1 an", "control en 1 año", "Kontrolle in 1 Jahr").
_PAST_OR_FAMILY_BEFORE = lazy_compile(
    r"\b(?:since|from|at|until|till|before|after|by|kids|children|sons|daughters|boys|girls"
    r"|in|within|over|na|binnen|dans|en|em|nach|tra|fra|om)\s+$", re.IGNORECASE)
# A child the poster says the family has ("we have a 10-year-old", "we've got two kids aged 8 and 10"): one of the
# household named beside the patient, not the patient (a parent's post about the child names the child as the
# patient: "my son is 9", "our 3-year-old had a kidney scan").
_FAMILY_NAMED_BEFORE = lazy_compile(
    r"\b(?:we|i|they)(?:\s+(?:also|both|still))?(?:\s+have|\s*['’]ve\s+got|\s+have\s+got|\s+got)\s+"
    # ... each child of a list before the one read ("I've got a 2yo and a 6yo")
    r"(?:(?:a|an|one)\s+[\w-]+(?:\s*,\s*|\s+and\s+))*"
    r"(?:a|an|one|two|three|four|kids|children|\w+\s+kids|\w+\s+children)(?:\s+(?:kids|children))?(?:\s+aged)?\s*$",
    re.IGNORECASE,
)
# What every _AGE match contains besides "age": a digit, then spaces or hyphens, then "y"; or a son or daughter
# (ASCII text only: IGNORECASE matching outside ASCII is wider than these classes). The digit and "y" are found by
# _digit_y; the kin words are searched case-sensitively in the lower-cased ASCII text (the same matches as
# IGNORECASE there), where the regex engine can skip to their first letters; an ignore-case alternation cannot.
_KIN = lazy_compile(rf"\b(?:{'|'.join(_KIN_WORDS)})\b")  # (what _names_kin finds; the equivalence tests compare)
# (searched in lower-case ASCII text only)
# An age in months, weeks or days of a relative or a header ("my son is 18 months", "our daughter (6 weeks)", "Age: 18
# months"): always a child.
_KIN_INFANT_AGE = lazy_compile(
    rf"\b{_KIN_ALT}\s*(?:is\s+|\(\s*)"
    r"\d{1,3}[\s-]*(?:months?|mos?|mths?|weeks?|wks?|days?)\b"
    # ... or a header's ("Age: 18 months", "aged 3 weeks")
    # (not a pregnancy's: "gestational age 20 weeks")
    r"|(?<!gestational )(?<!menstrual )\baged?\s*:?\s*\d{1,3}[\s-]*(?:months?|mos?|mths?|weeks?|wks?|days?)\b"
    # ... or a pronoun's in a post ("(she's 10 weeks)", "he is 8 months now"): not a pregnancy's or a recovery's
    # ("she's 14 weeks pregnant", "he's 6 weeks post-op", "she is 12 weeks along").
    r"|\b(?:he|she)(?:['’]s|\s+is)\s+\d{1,2}[\s-]*(?:months?|mos?|mths?|weeks?|wks?|days?)\b"
    r"(?![\s-]*(?:pregnant|along|gestation|post|after|since|ago|of\b))"
    # ... or a parent's bracketed aside after the child ("our little guy (8 mo)", "my LO (6 wks)"): the number and
    # unit alone in the brackets, where an interval states more ("(in 6 months)", "(6 months ago)").
    r"|\b(?:my|our)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*\(\s*\d{1,2}\s*(?:mo|mos|m/o|mths?|wks?|w/o|weeks?\s+old"
    r"|months?\s+old)\s*\)",
    re.IGNORECASE,
)
# A clinical note's age in weeks or months written as a fraction of the year ("5/52 male", "6/12 old girl",
# "3/52 baby"): the sex or child word after it makes it the patient's age, where the same fraction before anything
# else is a duration or a gestation ("lump 6/52", "3/52 ago", "8/52 amenorrhoea", "5/52 postpartum").
_FRACTION_AGE = lazy_compile(
    r"(?<![\d/])\d{1,2}/(?:52|12)\s*(?:old\s+)?(?:m|f|male|female|boy|girl|baby|infant|neonate)\b", re.IGNORECASE)
# What every _KIN_INFANT_AGE match holds: a number and the first letters of its unit (the same flags, so the same
# characters match; first a digit, to which the regex engine skips).
_INFANT_UNIT = lazy_compile(r"\d[\s-]*(?:m[ot/]|w[ek/]|da)", re.IGNORECASE)
# The word "age" or "aged" (_AGE, _KIN_INFANT_AGE: "\baged?"), searched in lower-case ASCII text: the letters first,
# to which the engine skips, then the word boundary before them.
_AGE_WORD = lazy_compile(r"age(?<!\wage)")


def _lower_case_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` without IGNORECASE, searched in the lower-cased text of an ASCII report: the same matches at the
    same places (ASCII letters fold only to each other there, and these patterns spell no letter in upper case),
    while the engine, trying each alternative at every character, no longer folds the case of each character it
    reads (a third of the search's cost)."""
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


_LOWER_AGE, _LOWER_KIN_INFANT_AGE, _LOWER_INFANT_UNIT = map(_lower_case_twin, (_AGE, _KIN_INFANT_AGE, _INFANT_UNIT))
# A header's or a post's age glued to the sex letter ("HISTORY: 38F, pelvic pain", "14F here", "(9 M)"): upper-case
# M/F alone after one or two digits, not the first letter of a dotted unit ("12 M.M."). Not a French gauge of a device
# named in the same clause ("a 14F pigtail drain", "8 F sheath", "a 6F ureteric stent", "8F nephrostomy in situ").
_AGE_SEX = lazy_compile(
    r"(\d{1,2}) ?[MF](?![\w-]|\.\w)"
    r"(?![^.,;:()\n]{0,24}?\b(?:catheter|drain|pigtail|sheath|stent|tube|foley|needle|cannula|fr\b|french|gauge"
    r"|nephrostomy|gastrostomy|cystostomy|introducer|dilator|angio-?seal|closure))",
    re.IGNORECASE,
)
# ... nor the gauge written after the vessel, route or device it entered by, in the same clause ("LT CFA 6F,
# Angio-Seal", "R radial 6F", "via a 7F", "sheath 8F"): an access's size, as a procedure's note gives it; a child's age
# never follows an artery or a route (_child_age_and_sex reads back a few characters).
_ACCESS_BEFORE = lazy_compile(
    r"\b(?:cfa|sfa|femoral|radial|brachial|ulnar|jugular|subclavian|access|puncture|via|through|sheath|catheter"
    r"|drain|stent|introducer|nephrostomy)(?:\s+an?)?\W{0,3}$",
    re.IGNORECASE,
)
# ... or slashed to the sex letter, as a dictated header or a table's cell writes it ("M/9, limp", "14/M, RIF
# pain", "| F / 8 |"): the pair alone between a cell's or clause's edges, so that a fraction or a name holding them
# ("1/2 F", "M/F ratio") is no age. The slash is needed: a letter glued to a number ("F1", "(M3)") labels a
# fibroid or a measurement. Case-sensitive: "m/9" is no sex.
_SEX_AGE = lazy_compile(
    r"(?:^|(?<=[|,;(]))[ \t]*[MF][ \t]*/[ \t]*(\d{1,2})(?=[ \t]*(?:[|,;:)]|\.(?!\d)|$))"
    r"|(?:^|(?<=[|,;(]))[ \t]*(\d{1,2})[ \t]*/[ \t]*[MF](?=[ \t]*(?:[|,;:.)]|$))",
    re.MULTILINE,
)
# ... or the sex letter glued before the age, as a clinical line opens ("Clinical: F8, hard lump", "Child, F8.",
# "Pt M7 / limp"): only where a patient's age and sex stand, at a line's or key's start or after the word for the
# patient, and closed by a clause's edge. Elsewhere a capital letter glued to a number labels a fibroid ("F1, 2.3
# cm"), a legend's structure ("M1") or a segment ("M1 segment"); a report using the letter with two numbers is
# labelling. Not after a bracket: "(M3)" grades a mammogram.
_SEX_FIRST_AGE = lazy_compile(
    r"(?:^|(?<=[:|])|\b(?:child|patient|pt|girl|boy)\b[ \t]*[,:]?)[ \t]*([MF])(\d{1,2})"
    r"(?=[ \t]*(?:[,;/|)]|\.(?!\d)|$))(?![ \t]*[,;/|)][ \t]*\d)",  # (not "F1, 2.3 cm": a label's size)
    re.MULTILINE | re.IGNORECASE,
)
_LABEL_NUMBERS_BELOW = 3  # (see _sex_first_child_age)
# A capital M or F glued to one or two digits as a word (the gate of _SEX_FIRST_AGE, and its labels' count).
_LETTER_NUMBER = lazy_compile(r"\b[MF]\d{1,2}\b")
# What every _SEX_AGE match holds: a capital M or F right before a slash (a space between or not), or a slash
# right before one.
_SEX_AGE_STARTS = methodcaller("startswith", ("/", " /"))
_ENDS_SLASH = methodcaller("endswith", "/")
# The Bosniak category IIF written with a digit ("Is 2F cancer?"), in a report naming the scale.
_BOSNIAK_2F = "2F"
# (What every _AGE_SEX match holds, a capital M or F right after a digit or a digit and a space: _digit_before_sex.)
# ... and not a grade ("Bosniak 2F cyst", "category IIF"): the scale's name just before it.
_GRADE_BEFORE = lazy_compile(r"\b(?:bosniak|category|class|grade|type|stage|score|level|rads|tr)\W*$", re.IGNORECASE)
_IRI = attrgetter("iri")  # a mention's concept IRI, in C
# _digit_y's C-level pieces: the ASCII characters str.isspace accepts and the hyphen (stripped from a piece's end),
# a piece's last character ("" when empty), the ASCII digits.
_STRIP_RUN = methodcaller("rstrip", "".join(c for c in map(chr, range(128)) if c.isspace()) + "-")
_LAST = itemgetter(slice(-1, None))
_FIRST = itemgetter(slice(None, 1))  # a piece's first character ("" when empty)
_DIGITS = frozenset("0123456789")


def _starts_a_word(text: str, i: int) -> bool:
    """Whether ``text[i]`` starts a word: not "114F" or "2.5F" (checked here, not by a leading lookbehind that the
    regex engine would try at every position)."""
    return i == 0 or not (text[i - 1].isalnum() or text[i - 1] == ".")


def _digit_before_sex(text: str) -> bool:
    """A capital M or F right after a digit, or after a digit and a space (what the pattern
    ``[MF](?:(?<=\\d[MF])|(?<=\\d [MF]))`` finds): string scans in C (split), where the regex engine tested the class at
    every character (about four times the cost on a typical report). ``str.isdecimal`` is ``\\d``'s class (Unicode
    Nd)."""
    # Read in C: the text before each letter (split) ends in a digit, or the text before each space and letter
    # does. A letter opening the text (or a space and letter) leaves an empty piece, which ends in no digit.
    for letter in "MF":
        if letter not in text:
            continue
        for pieces in (text.split(letter), text.split(" " + letter)):
            del pieces[-1]  # (the text after the last letter)
            if any(map(str.isdecimal, map(_LAST, pieces))):
                return True
    return False


def _digit_after_sex(text: str) -> bool:
    """A capital M or F right before a digit (what every _LETTER_NUMBER match holds), read by string scans in C
    (split): the pattern, opening with a word boundary, was tried at every character of every report (about a
    hundredth of the parse), and few reports glue a number to the letter."""
    # (each letter written out: no generator per report; ``str.isdecimal`` is ``\\d``'s class, as in _digit_before_sex)
    return ("M" in text and any(map(str.isdecimal, map(_FIRST, text.split("M")[1:])))) \
        or ("F" in text and any(map(str.isdecimal, map(_FIRST, text.split("F")[1:]))))


def _digit_y(low: str) -> bool:
    """A digit, then spaces or hyphens, then "y", in lower-cased ASCII text (``re.search(r"[0-9][\\s-]*[yY]", text)``
    on its original): each "y" found by ``str.find``, and the run before it read back (the regex engine tested the
    digit class at every character)."""
    # Read in C: the text before each "y" (split), without the spaces and hyphens that end it (rstrip), ends in a
    # digit. A "y" is neither, so no run crosses one: each piece reads back exactly what the run before its "y" is.
    pieces = low.split("y")
    if len(pieces) == 1:
        return False
    del pieces[-1]  # (the text after the last "y")
    return not _DIGITS.isdisjoint(map(_LAST, map(_STRIP_RUN, pieces)))


def _names_kin(low: str) -> bool:
    """Whether lower-cased ASCII ``low`` holds a relative's word (``_KIN.search(low)``): each word's occurrences
    found by ``str.find`` and their edges read, where the pattern tried its alternation at every character ("son"
    is in "comparison" and "reason": the full search ran on many long reports)."""
    n = len(low)
    for word in _KIN_WORDS:
        k = low.find(word)
        while k >= 0:
            e = k + len(word)
            if (k == 0 or not (low[k - 1].isalnum() or low[k - 1] == "_")) and (
                e == n or not (low[e].isalnum() or low[e] == "_")
            ):
                return True
            k = low.find(word, k + 1)
    return False


# The words _names_foreign_years looks for: none that holds another of them ("jahren" holds "jahre"), those with a
# "j" apart (a letter most English reports lack: one scan for it instead of one per word), and the non-ASCII ones
# apart (read only in a text that is not ASCII: _child_age asks in ASCII text only).
_FOREIGN_NEEDLES = tuple(w for w in ts.FOREIGN_AGE_YEAR_WORDS
                         if not any(v != w and v in w for v in ts.FOREIGN_AGE_YEAR_WORDS))
_FOREIGN_J = tuple(w for w in _FOREIGN_NEEDLES if "j" in w and w.isascii())
_FOREIGN_OTHER = tuple(w for w in _FOREIGN_NEEDLES if "j" not in w and w.isascii())
_FOREIGN_NON_ASCII = tuple(w for w in _FOREIGN_NEEDLES if not w.isascii())


def _names_foreign_years(low: str) -> bool:
    """Whether lower-cased ``low`` holds a word for years of another language (its letters: a superset of what
    _AGE's foreign branch finds, tested by ``str.find`` in C on the reports with no other age cue)."""

    return holds_any(low, _FOREIGN_OTHER) \
        or ("j" in low and holds_any(low, _FOREIGN_J)) \
        or (not low.isascii() and holds_any(low, _FOREIGN_NON_ASCII))


def _sex_before_digit(text: str) -> bool:
    """A capital M or F right before a slash (with a space between or not), or a slash before one: what every
    _SEX_AGE match holds, read by string scans in C (see _digit_before_sex)."""
    if "/" not in text:
        return False
    for letter in "MF":
        if letter not in text:
            continue
        pieces = text.split(letter)
        del pieces[0]  # (the text before the first letter)
        if any(map(_SEX_AGE_STARTS, pieces)):
            return True
        if any(map(_ENDS_SLASH, map(str.rstrip, text.split(letter)[:-1]))):
            return True  # ("14/M": a slash, then spaces or none, before the letter)
    return False


def _child_age_and_sex(text: str) -> bool:
    """An age under 16 glued or slashed to the sex letter ("14F here", "HISTORY: 9M", "M/9,"), not a device's gauge
    (named after it or, as an access's, before it) or a grade ("Bosniak 2F", "Is 2F cancer?" where the report names
    Bosniak)."""
    if _sex_before_digit(text) and any(int(m[1] or m[2]) < _ADULT_AGE for m in _SEX_AGE.finditer(text)):
        return True
    if _sex_first_child_age(text):
        return True
    if not _digit_before_sex(text):
        return False  # (most reports: no capital M/F after a digit; the full pattern costs six times more)
    bosniak = _BOSNIAK_2F in text and "bosniak" in lowered(text)
    return any(int(m[1]) < _ADULT_AGE and m[0][-1] in "MF" and _starts_a_word(text, m.start())
               and _GRADE_BEFORE.search(text, max(0, m.start() - 16), m.start()) is None
               and _ACCESS_BEFORE.search(text, max(0, m.start() - 16), m.start()) is None
               and not (bosniak and m[0] == _BOSNIAK_2F)
               for m in _AGE_SEX.finditer(text))


def _sex_first_child_age(text: str) -> bool:
    """An age under 16 after its glued sex letter where a patient's age stands ("Clinical: F8, lump on the cheek"),
    in a report that does not use the letter with other numbers as labels ("F1 ... F2": fibroids)."""
    if not _digit_after_sex(text):
        return False  # (most reports: no capital M/F before a digit, and no pattern run)
    labels = _LETTER_NUMBER.findall(text)
    if not labels:
        return False  # (most reports: no capital M/F glued to a number)
    for m in _SEX_FIRST_AGE.finditer(text):
        letter = m[1]
        if letter not in "MF" or not _LABEL_NUMBERS_BELOW <= int(m[2]) < _ADULT_AGE:
            # (the letter itself case-sensitive: "m7" is no sex; "F1", "M2" alone label the first fibroid or a
            # legend's structure, as a toddler's age is written in months: "Fibroids: F1 | intramural | 3.8 cm")
            continue
        if len({label for label in labels if label[0] == letter}) == 1:
            return True
    return False


def _child_age(text: str) -> bool:
    if _child_age_and_sex(text):
        return True
    if ("/52" in text or "/12" in text) and _FRACTION_AGE.search(text) is not None:
        return True
    # _KIN_INFANT_AGE tries its lookbehinds at every character (about as costly as _AGE, which runs on every report
    # stating an age in years: "45-year-old"): searched only where its number and unit, and in ASCII text its word
    # or relative, are found by cheaper scans.
    infant = True
    searched, ages, infant_ages, infant_units = text, _AGE, _KIN_INFANT_AGE, _INFANT_UNIT
    if text.isascii():
        # Every age _AGE reads has a digit before a "y", a relative, or the word "age" (cheap to rule out; the
        # full pattern costs more than the rest of the report's paediatric check): the word, not its letters
        # ("image", "average", "drainage" hold them).
        low = lowered(text)  # (the parse's other passes lower the same text: lowered_text.py)
        # (its lower case is searched by the patterns' case-sensitive twins: _lower_case_twin)
        searched, ages, infant_ages, infant_units = low, _LOWER_AGE, _LOWER_KIN_INFANT_AGE, _LOWER_INFANT_UNIT
        aged = _AGE_WORD.search(low) is not None
        kin = ("son" in low or "daughter" in low or "sister" in low or "brother" in low or "nephew" in low
               or "niece" in low or "grand" in low or "moko" in low
               # (a forum's "DS"/"DD": as words, since "ds" is in "findings" and "towards")
               or _names_forum_kin(low))
        # (a pronoun's age, "he's 14", "she is 10 weeks": "he's" and "he is " are in "she's" and "she is ")
        # (and a Hindi post's years, "saal")
        pronoun = "he's" in low or "he is " in low or "saal" in low
        if not aged and not pronoun and not _digit_y(low) and (not kin or not _names_kin(low)) \
                and not _names_foreign_years(low):
            # (a parent's bracketed aside, "our little guy (8 mo)": read only where its pieces are)
            if "(" in low and ("our " in low or "my " in low) and infant_units.search(low) is not None \
                    and infant_ages.search(low) is not None:
                return True
            return _spelled_child_age(low)
        infant = aged or kin or pronoun
    if infant and infant_units.search(searched) is not None and infant_ages.search(searched) is not None:
        return True
    for m in ages.finditer(searched):
        age = int(next(g for g in m.groups() if g))
        if age < _ADULT_AGE and _FAMILY_NAMED_BEFORE.search(text, max(0, m.start() - 30), m.start()) is None \
                and _PAST_OR_FAMILY_BEFORE.search(text, max(0, m.start() - 12), m.start()) is None:
            return True
    return _spelled_child_age(lowered(text))


def _spelled_child_age(low: str) -> bool:
    """An age under 16 spelled out ("Four-year-old with empyema", "a seven year old girl") in lower-cased ``low``,
    not a child the family has ("we have a four-year-old")."""
    if "old" not in low or "year" not in low:
        return False  # (most reports: the full pattern is read only where both words are)
    return any(_FAMILY_NAMED_BEFORE.search(low, max(0, m.start() - 30), m.start()) is None
               for m in _SPELLED_AGE.finditer(low))


def _to_pediatric(rolled: dict[str, Concept], ped_map: dict[str, str],
                  rollups: Callable[[str], dict[str, Concept]], fields: tuple[str, ...]) -> dict[str, Concept]:
    """``rolled`` with the organ and body system of the paediatric counterpart ``ped_map`` gives its organ (or body
    system), whose roll-ups ``rollups`` reads (only read: :meth:`PediatricRules._counterpart_rollups`)."""
    organ = rolled.get(fields[2])
    system = rolled.get(fields[1])
    target = None
    if organ is not None:
        target = ped_map.get(organ.iri) or (ped_map.get(system.iri) if system is not None else None)
    elif system is not None:
        target = ped_map.get(system.iri)
    if target is None:
        return rolled
    out = dict(rolled)
    out.update(rollups(target))
    return out


class PediatricRules(SiteRulesHost):
    """Rules that read whether the patient is a child and file anatomy under the paediatric organs; a mixin of
    :class:`udt.parser.sites.SitesAndFindings`."""

    # What these rules read, set by SitesAndFindings.__init__ or, for the tables only they read, by
    # _init_pediatric (declared here so that the type checker knows every attribute the rules use).
    taxonomy: Taxonomy
    vocabulary: Vocabulary
    fields: tuple[str, ...]
    _anatomy: frozenset[str]
    _child_refiles: dict[str, str]
    _shared_refiles: dict[str, str]
    _fetal_anatomy: FetalAnatomy
    _fetal_scope: FetalScope
    _fetal_cues: frozenset[int]
    _wished_baby: frozenset[int]
    _baby_links: frozenset[int]
    _ped_cues: PhraseTable
    _age_cue_senses: AgeCueSenses
    _child_organs: ChildOrgans
    _child_groins: ChildGroins
    _system_of: dict[str, str | None]
    _pediatric_diagnoses: frozenset[str]
    _pregnancy_words: frozenset[int]
    _puerperal_words: frozenset[int]
    _tunica: TunicaSense
    _female_urethra: FemaleUrethraSense
    _ventricles: VentricleSense
    _uterine_versions: UterineVersionSense

    def _init_pediatric(self, strings: StringStore) -> None:
        """Build the tables only these rules read (called once by ``SitesAndFindings.__init__``)."""
        tax = self.taxonomy
        self._counterpart_memo: dict[str, dict[str, Concept]] = {}  # see _counterpart_rollups
        self._child_rollups_memo: dict[str, dict[str, Concept]] = {}  # see _child_rollups
        self._ventricles = VentricleSense(tax, strings)
        self._uterine_versions = UterineVersionSense(tax, strings)
        self._fetal_anatomy = FetalAnatomy(strings, frozenset(self._anatomy))
        self._fetal_scope = FetalScope(strings, self._site_kind, frozenset(self._anatomy))
        self._site_kinds: dict[str, SiteKind] = {}  # see _site_kind
        placenta = tax.concept("placenta")  # the pregnancy's own organ (the uterus) and its body system
        placenta_rollups = tax.rollups(placenta.iri)
        self._pregnancy_organ = placenta_rollups[self.fields[2]].iri
        self._pelvic_system = placenta_rollups[self.fields[1]].iri
        # The body system of the paediatric organs (the ontology's counterparts): a child's, at a pregnancy scan
        # the fetus's.
        self._child_systems = frozenset(
            system.iri for target in self.vocabulary.pediatric.values()
            if (system := tax.rollups(target).get(self.fields[1])) is not None)
        self._tunica = TunicaSense(tax, strings)
        self._female_urethra = FemaleUrethraSense(tax, strings)
        self._fetal_cues = word_ids(strings, ts.FETAL_SENSE_CUES)
        self._pregnancy_words = word_ids(strings, ts.PREGNANCY_WORDS)
        self._puerperal_words = word_ids(strings, ts.PUERPERAL_WORDS)
        self._wished_baby = word_ids(strings, ts.WISHED_BABY_WORDS)
        self._baby_links = word_ids(strings, ts.BABY_LINK_WORDS)
        self._child_refiles = self._finer_pediatric_counterparts()
        # Of these, the anatomy whose organ has a paediatric counterpart too, another one (the inguinal canal: its own
        # Pediatric scrotum, its organ's Pediatric abdomen) -> that organ's counterpart: the report's other anatomy
        # says which study examined it (a boy's testes: the scrotum's; a girl's abdomen alone: the abdomen's).
        self._shared_refiles: dict[str, str] = {}
        for iri in self._child_refiles:
            organ = self._rollups_of(iri).get(self.fields[2])
            organ_target = self._pediatric_of(organ)
            if organ_target is not None:
                self._shared_refiles[iri] = organ_target.iri
        self._child_organs = ChildOrgans(tax, self.vocabulary, self.fields, strings, self._system_of)
        self._child_groins = ChildGroins(tax, self.fields[2], strings, self._child_organs.organs)

    def _counterpart_rollups(self, iri: str) -> dict[str, Concept]:
        """``Taxonomy.rollups`` of a paediatric counterpart, once per counterpart: each call walks the ancestors, and
        in a child's report every anatomy mention and lesion asks it (the dict is only read)."""
        found = self._counterpart_memo.get(iri)
        if found is None:
            found = self._counterpart_memo[iri] = self.taxonomy.rollups(iri)
        return found

    def _child_rollups(self, iri: str) -> dict[str, Concept]:
        """The roll-ups of anatomy ``iri`` (a diagnosis's typical site, a site a phrase names) in a child: its own
        paediatric counterpart's where that differs from its organ's (the inguinal canal: Pediatric scrotum, not
        the abdominal wall's Pediatric abdomen; the soft tissues of the neck: Pediatric head and neck), as the
        mentions of :meth:`_refile_mentions` are re-filed; else its organ's counterpart (:func:`_to_pediatric`).
        Once per site (the dict is only read)."""
        found = self._child_rollups_memo.get(iri)
        if found is None:
            own = self._child_refiles.get(iri)
            found = self._counterpart_rollups(own) if own is not None else _to_pediatric(
                self._rollups_of(iri), self.vocabulary.pediatric, self._counterpart_rollups, self.fields)
            self._child_rollups_memo[iri] = found
        return found

    def _site_kind(self, rec: MentionRecord) -> SiteKind:
        """Whose organ a mention names (anatomy) or implies (a diagnosis whose typical sites all lie in one kind of
        organ: a fibroid, a pleural effusion) at a pregnancy scan: see :class:`udt.parser.fetal_scope.SiteKind`."""
        found = self._site_kinds.get(rec.iri)
        if found is not None:
            return found
        if rec.field in self._anatomy:
            found = self._organ_kind(self._rollups_of(rec.iri))
        elif rec.field == self.fields[0]:
            kinds = {self._organ_kind(self._rollups_of(site.iri)) for site in self._typical_sites(rec.iri)}
            found = kinds.pop() if len(kinds) == 1 else SiteKind.NONE
        else:
            found = SiteKind.NONE
        self._site_kinds[rec.iri] = found
        return found

    def _organ_kind(self, rollups: dict[str, Concept]) -> SiteKind:
        organ, system = rollups.get(self.fields[2]), rollups.get(self.fields[1])
        if system is not None and system.iri in self._child_systems:
            return SiteKind.CHILD
        if organ is not None and organ.iri == self._pregnancy_organ:
            return SiteKind.MOTHER
        if system is not None and system.iri == self._pelvic_system:
            return SiteKind.PELVIC
        return SiteKind.BODY if organ is not None or system is not None else SiteKind.NONE

    def _pediatric_system(self) -> str | None:
        """The released body system of the paediatric organs (the ontology's Pediatrics)."""
        for target in self.vocabulary.pediatric.values():
            system = self.taxonomy.rollups(target).get(self.fields[1])
            if system is not None and system.us365k_label:
                return system.us365k_label
        return None

    def _refile_mentions(self, spans: list[MentionRecord], lower: list[int], words: frozenset[int],
                         touched: frozenset[int], text: str) -> bool:
        """Re-file, before they are read, mentions whose sense the whole report settles: a cardiac "right
        ventricle" in a neonatal cranial study is the brain's (ventricles.py); the "RV" beside a uterus is its
        retroversion and no heart (uterine_versions.py); fetal anatomy at a pregnancy scan is
        no organ examined and is dropped (fetal.py); the tunica albuginea of a penile report is the penis's
        (tunica.py); in a child, a finer structure whose
        own paediatric counterpart differs from its organ's (the sternocleidomastoid, the soft tissues of the neck:
        Soft tissues in an adult, Pediatric head and neck in a child) is that counterpart. Returns whether the report
        is a fetal scan (fetal_scope.py), where no age word makes the patient a child."""
        self._ventricles.settle(spans, lower)
        self._uterine_versions.settle(spans, lower)  # "Uterus: RV": retroverted, no right ventricle
        fetal_scan = self._settle_fetus(spans, lower, words, touched, text)
        self._tunica.settle(spans, lower)  # "tunica albuginea" in a penile report: the penis's
        self._female_urethra.settle(spans, lower, text)  # a woman's urethra: the bladder's
        refiles = self._child_refiles
        if not refiles or refiles.keys().isdisjoint(map(_IRI, spans)) or (
                fetal_scan and not _child_age(text)) or not self._child_report(spans, lower, text):
            return fetal_scan
        shared = self._shared_refiles
        examined = self._child_organs_examined(spans) if not shared.keys().isdisjoint(map(_IRI, spans)) else None
        for rec in spans:
            target = refiles.get(rec.iri)
            if target is not None:
                if examined is not None and rec.iri in shared and target not in examined:
                    continue  # ("7 yo girl. Liver, kidneys normal. Inguinal canals unremarkable": the abdomen's)
                refile(rec, target)
        return fetal_scan

    def _child_organs_examined(self, spans: list[MentionRecord]) -> frozenset[str]:
        """The paediatric organs (IRIs) the report's anatomy files under, but for the anatomy two paediatric organs
        could hold (``_shared_refiles``)."""
        organ_field, shared, out = self.fields[2], self._shared_refiles, set()
        for rec in spans:
            if rec.field in self._anatomy and rec.iri not in shared:
                organ = self._child_rollups(rec.iri).get(organ_field)
                if organ is not None:
                    out.add(organ.iri)
        return frozenset(out)

    def _settle_fetus(self, spans: list[MentionRecord], lower: list[int], words: frozenset[int],
                      touched: frozenset[int], text: str) -> bool:
        """Drop the fetus's mentions at a pregnancy scan: the anatomy the report calls the fetus's ("fetal kidneys",
        "abdominal circumference": fetal.py) and what the clauses about the fetus say (fetal_scope.py). Returns
        whether the report is a fetal scan."""
        scope = self._fetal_scope
        if not scope.applies(lower, words, touched, text):
            self._fetal_anatomy.settle(spans, lower, touched)  # (a child already born: only what is called fetal)
            return False
        return scope.settle(spans, lower, text, self._fetal_anatomy.marks(spans, lower))

    def _child_report(self, spans: list[MentionRecord], lower: list[int], text: str) -> bool:
        """A child patient (the same cues the sites pass reads: age words, a stated age, a paediatric condition)."""
        hits: list[tuple[int, int, int]] = []
        self._ped_cues.find(lower, hits)
        if hits:
            hits = self._age_cue_senses.child_cues(hits, lower, text)
        if hits and not self._fetal_sense(hits, lower):
            return True
        return _child_age(text) or (any(r.iri in self._pediatric_diagnoses and not r.negated for r in spans)
                                    and not states_adult(text))  # (adult_conditions.py)

    def _finer_pediatric_counterparts(self) -> dict[str, str]:
        """Finer anatomy whose paediatric counterpart (``udt:pediatricCounterpart``, inherited) is not its
        organ's: finer anatomy IRI -> the counterpart organ's IRI."""
        tax, out = self.taxonomy, {}
        for c in tax:
            if c.dimension not in self._anatomy or c.us365k_label:
                continue
            own = tax.pediatric_counterpart(c)
            organ = self._rollups_of(c.iri).get(self.fields[2])
            if own is not None and (organ is None or tax.pediatric_counterpart(organ) != own):
                out[c.iri] = own.iri
        return out

    def _pediatric_of(self, organ: Concept | None) -> Concept | None:
        """The paediatric organ covering an adult organ in a child (``udt:pediatricCounterpart``), if any."""
        if organ is None:
            return None
        target = self.vocabulary.pediatric.get(organ.iri)
        return self.taxonomy.concepts.get(target) if target else None

    def _fetal_sense(self, hits: list[tuple[int, int, int]], lower: list[int]) -> bool:
        """Every age cue found is a word for the fetus ("baby") and the report names a pregnancy (or a pregnancy
        scan: "my 20 week scan", or the mother's state after the birth: "post-partum"), or every one is a baby
        wished for ("I'm 38 and we're trying for a baby", "want another baby"): no child patient."""
        if any(hi - lo != 1 or lower[lo] not in self._fetal_cues for _, lo, hi in hits):
            return False
        if all(self._wished(lo, lower) for _, lo, _hi in hits):
            return True
        words = frozenset(lower)
        # (or a birth: "after my c-sec (baby #2) ... Uterus bulky post-partum" is the mother's scan)
        return not self._pregnancy_words.isdisjoint(words) or not self._puerperal_words.isdisjoint(words) \
            or self._fetal_scope.names_pregnancy_scan(lower, words)

    def _wished(self, lo: int, lower: list[int]) -> bool:
        """The cue at ``lo`` follows "for a", "have a", "want a", "another", "magka-" ...: a baby wished for."""
        if lo >= 1 and lower[lo - 1] in self._wished_baby:
            return True  # "another baby"
        return lo >= 2 and lower[lo - 1] in self._baby_links and lower[lo - 2] in self._wished_baby
