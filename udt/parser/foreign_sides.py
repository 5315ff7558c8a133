"""Side words of other languages, read as the English ones before the findings pass.

Reports written in (or by writers of) another language name sides in their words ("riñón izquierdo", "rein
droit") or abbreviations ("Re kidney", "cyst li 4 mm", "rene dx", "mama izq."). Each such token is replaced, in the
findings pass's copy of the report's lower-case words, by "right" or "left", so every side rule (a side before an
organ, a side heading "Li:", a side after a lesion) reads it as it reads the English word.

Whole words are sides wherever they stand. An abbreviation has other senses ("Re:" regarding, "Dx" diagnosis,
"sin" without), so its side system counts only where one of its abbreviations stands right next to an anatomy
mention ("Re kidney", "Lymph nodes li"), where both its sides head lines ("Re: ..." and "Li: ..."), where both
stand cut short with a full stop ("re. lobe ..., li. lobe ..."), where one is glossed with its English side word
("re = right", "right (re.)"), or where a
whole side word of its language stands ("riñón izquierdo ... quiste der."); then each of the system's
abbreviations is a side in the whole report ("Re: no enlarged nodes" under "Lymph nodes li level IV"). A few
("sin", a lobe's "RL"/"LL", Romanian thyroid lobes "LTD"/"LTS") are read only, and always, where the system's other
side stands in the report too. One abbreviation may belong to two systems (Italian "dx ... sx", Latin "dx. ... sin.").
Latin "latus" before one ("l. dx.", "l. sin."): the pair is that side wherever it stands, and its "l." is no left.
Gated on the report's word set: nothing is done in a report without these words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from udt.parser import termset as ts
from udt.parser.glossed_abbreviations import glossed_by_side
from udt.parser.studied_sides import ends_study_title, follows_studied_organ
from udt.parser.trigger_groups import TRIGGER_GROUPS
from udt.parser.wordids import word_ids

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from collections.abc import Set as AbstractSet

    from spacy.strings import StringStore


class ForeignSides:
    """Reads a report's side words of other languages (see module docstring); built once per pipeline."""

    def __init__(self, strings: StringStore) -> None:
        english = {side: strings.add(side) for side in ("left", "right", "bilateral")}
        self._words = {strings.add(w): english[side] for side, ws in ts.FOREIGN_SIDE_WORDS.items() for w in ws}
        # Each abbreviation -> (its English side's id, its system's number) for each system it belongs to: one
        # abbreviation may serve two systems ("dx." is right beside Italian "sx." and beside Latin "sin.")
        self._abbreviations: dict[int, list[tuple[int, int]]] = {}
        self._system_sides: list[tuple[frozenset[int], frozenset[int]]] = []
        self._stopped: set[int] = set()  # the abbreviations' forms with their full stop kept ("dx.", "izq.")
        self._languages: list[frozenset[int]] = []  # each system's whole side words: where one stands, it is in use
        for k, (rights, lefts, language) in enumerate(ts.FOREIGN_SIDE_SYSTEMS):
            for ws, side in ((rights, "right"), (lefts, "left")):
                for w in ws:  # (the tokenizer keeps a short abbreviation's full stop: "izq.", "dx.")
                    for form in (w, w + "."):
                        self._abbreviations.setdefault(strings.add(form), []).append((english[side], k))
                    self._stopped.add(strings.add(w + "."))
            self._system_sides.append((word_ids(strings, rights), word_ids(strings, lefts)))
            self._languages.append(word_ids(strings, language))
        # A lobe's numbered nodules ("LD-1", "LTI2") -> the lobe's abbreviation: read as it is
        self._numbered: dict[int, int] = {}
        for w in ts.FOREIGN_SIDE_NUMBERED:
            base = strings.add(w)
            for k in range(1, ts.FOREIGN_SIDE_NUMBERS + 1):
                for form in (f"{w}-{k}", f"{w}{k}"):
                    number = strings.add(form)
                    self._numbered[number] = base
                    self._abbreviations[number] = self._abbreviations[base]
        # (a numbered nodule stands for its lobe's side: "LD-1 ... LE-1" is the pair)
        self._system_sides = [
            (rights | {n for n, b in self._numbered.items() if b in rights},
             lefts | {n for n, b in self._numbered.items() if b in lefts})
            for rights, lefts in self._system_sides]
        self._pairs_only = word_ids(strings, ts.FOREIGN_SIDE_PAIRS_ONLY)
        self._studies = word_ids(strings, ts.STUDIED_SIDE_STUDIES)
        self._signed_only = word_ids(strings, ts.FOREIGN_SIDE_SIGNED_ONLY)
        self._latus = word_ids(strings, ts.LATUS_WORDS)
        latin = word_ids(strings, ts.LATUS_SIDES)
        self._latus_sides = {w: sides[0][0] for w, sides in self._abbreviations.items() if w in latin}
        self._full_stop, self._hyphen, self._colon = strings.add("."), strings.add("-"), strings.add(":")
        # the signs that may gloss an abbreviation with its side word ("re = right", "right (re.)")
        self._equals, self._opening, self._closing = strings.add("="), strings.add("("), strings.add(")")
        # what may end a title right after its cut-short side ("US Genu li. / soft tissues") (studied_sides.py)
        self._title_breaks = frozenset(strings.add(w) for w in ("/", "-", "–", ",", "\n", "\n\n"))
        self._strings = strings
        # The systems of bare letters ("D:" and "S:"), in use only where both head a paragraph
        headed_only = word_ids(strings, ts.FOREIGN_SIDE_HEADED_ONLY)
        self._headed_only = frozenset(
            k for k, (rights, lefts) in enumerate(self._system_sides) if rights | lefts <= headed_only)
        # Every word :meth:`read` replaces: a report with none has nothing to read (:meth:`may_read`), but for the
        # bare letters, whose report must hold both and a colon (``_letters``: "d" and "s" are common tokens).
        self._triggers = frozenset(self._words) | frozenset(
            w for w, sides in self._abbreviations.items() if any(k not in self._headed_only for _, k in sides))
        self._letters = headed_only | {self._colon}
        self._triggers_gate = TRIGGER_GROUPS.group(self._triggers)  # (the report's trigger groups: trigger_groups.py)

    def may_read(self, report_words: AbstractSet[int], touched: AbstractSet[int]) -> bool:
        """Whether the report's words (``TokenColumns.words``; ``touched``: their trigger groups,
        ``TokenColumns.touched``) hold anything :meth:`read` could replace: a probe and a C-level set test, made by
        the caller before it builds the anatomy spans :meth:`read` takes."""
        return self._triggers_gate in touched or self._letters <= report_words

    def read(
        self,
        lower: list[int],
        report_words: AbstractSet[int],
        anatomy: Iterable[tuple[int, int]],
        space: Sequence[int] | None = None,
    ) -> list[int] | None:
        """A copy of ``lower`` with the foreign side words as "left"/"right", or None where the report has none.
        ``anatomy`` holds the (start, end) tokens of the report's anatomy mentions; ``space``, whether each token is
        followed by a space (a hyphen spaced off a side is a list's dash, not a hyphenated word's)."""
        if self._triggers.isdisjoint(report_words) and not self._letters <= report_words:
            return None  # (the test of may_read, for a caller that did not make it)
        n = len(lower)
        words, abbreviations, full_stop, hyphen = self._words, self._abbreviations, self._full_stop, self._hyphen
        out = list(lower)
        changed = False
        found: list[tuple[int, int, int]] = []  # (token, English side, system) of each abbreviation
        for j, w in enumerate(lower):
            if w in words:
                out[j] = words[w]
                changed = True
            elif w in self._latus_sides and j > 0 and lower[j - 1] in self._latus:
                # "l. dx.": the side, unambiguous; its "l." would otherwise read as "left"
                out[j - 1] = out[j] = self._latus_sides[w]
                changed = True
            elif w in abbreviations and not _joined(lower, j, hyphen, space):
                found.extend((j, english, system) for english, system in abbreviations[w])
        if found:
            starts, ends = set(), set()
            for s, e in anatomy:
                starts.add(s)
                ends.add(e)
            in_use = {system for _, _, system in found if not self._languages[system].isdisjoint(report_words)}
            # Both sides of a system as side headings ("Re: ..." and "Li: ..."): a side system ("Re:" alone is a
            # letter's "regarding")
            headed: dict[int, set[int]] = {}
            for j, english, system in found:
                colon_at = j + 2 if j + 2 < n and lower[j + 1] == full_stop else j + 1  # ("Izq.:")
                if colon_at < n and lower[colon_at] == self._colon:
                    headed.setdefault(system, set()).add(english)
            in_use.update(system for system, sides in headed.items() if len(sides) == 2)
            headed_only = self._headed_only
            # Both sides of a system cut short with a full stop ("re. lobe 5,1 cm, li. lobe 4,6 cm", "Re. caudal:
            # ... Li.: ..."): a writer's side pair; "re." regarding has no partner "li."
            stopped: dict[int, set[int]] = {}
            for j, english, system in found:
                if lower[j] in self._stopped or (j + 1 < n and lower[j + 1] == full_stop):
                    stopped.setdefault(system, set()).add(english)
            in_use.update(system for system, sides in stopped.items() if len(sides) == 2)
            numbered = self._numbered
            base = [numbered.get(lower[j], lower[j]) for j, _, _ in found]  # (a numbered nodule's lobe)
            # A pair read only together ("RL" and "LL" in one report): both standing is the system in use (not for
            # those that are other things too often: "LE", "LS")
            in_use.update(
                system
                for (_, _, system), w in zip(found, base, strict=True)
                if w in self._pairs_only and w not in self._signed_only
                and self._partnered(w, system, report_words)
            )
            for (j, english, system), w in zip(found, base, strict=True):
                after = j + 2 if j + 2 < n and lower[j + 1] == full_stop else j + 1  # "izq. kidney"
                if (after in starts or j in ends) and self._partnered(w, system, report_words):
                    in_use.add(system)
                elif follows_studied_organ(lower, j, lower[j] in self._stopped or after == j + 2, self._studies, ends) \
                        and self._partnered(w, system, report_words):
                    in_use.add(system)  # "Knee ultrasound li.": the side examined (studied_sides.py)
                elif ends_study_title(lower, j, after, lower[j] in self._stopped or after == j + 2, self._studies,
                                      self._line_starts(lower, j), self._title_breaks,
                                      j >= 2 and self._strings[lower[j - 1]].isalpha()) \
                        and self._partnered(w, system, report_words):
                    in_use.add(system)  # "US Genu li. / soft tissues": the side examined (studied_sides.py)
                elif glossed_by_side(lower, j, after, english, self._equals, self._opening, self._closing) \
                        and self._partnered(w, system, report_words):
                    in_use.add(system)  # "(re = right, li = left)": the writer's legend (glossed_abbreviations.py)
            # (the bare letters: by their headings alone, whatever other sign the loops above read)
            in_use.difference_update(k for k in headed_only if len(headed.get(k, ())) < 2)
            for (j, english, system), w in zip(found, base, strict=True):
                if system in in_use and self._partnered(w, system, report_words):
                    out[j] = english
                    changed = True
        return out if changed else None

    def _line_starts(self, lower: list[int], j: int) -> frozenset[int]:
        """The token two before ``j`` where it opens its line (the report's first token, or one after a line
        break), else nothing: the one place :func:`ends_study_title` looks for a title's study word."""
        k = j - 2
        if k < 0 or (k > 0 and "\n" not in self._strings[lower[k - 1]]):
            return frozenset()
        return frozenset((k,))

    def _partnered(self, word: int, system: int, report_words: AbstractSet[int]) -> bool:
        """False for an abbreviation read only beside its system's other side ("sin" without "dex")."""
        if word not in self._pairs_only:
            return True
        rights, lefts = self._system_sides[system]
        other = rights if word in lefts else lefts
        return not other.isdisjoint(report_words)


def _joined(lower: list[int], j: int, hyphen: int, space: Sequence[int] | None = None) -> bool:
    """A prefix or part of a hyphenated word ("re-scan", "re-evaluation", "re - check"), not a side: a hyphen after
    it, or one right before it. A hyphen before it with a space between is a list's dash ("Cysts - re. upper pole
    28 mm, - li. lower pole 17 mm"), which leads the side as it would lead "right"."""
    if j + 1 < len(lower) and lower[j + 1] == hyphen:
        return True
    return j > 0 and lower[j - 1] == hyphen and (space is None or not space[j - 1])
