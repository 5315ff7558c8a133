"""Side words read in context, before the findings pass attaches sides to lesions.

Two things a side word's neighbours decide:

- A one-letter side abbreviation joined by a slash to a word that is no side ("r/o torsion": rule out) is part of
  an abbreviation, not a side; "B/L" ("B/L renal cysts") is bilateral, not left.
- A word that points at the other side ("the contralateral ovary", "the other kidney", "on the opposite side")
  names the side opposite to the one stated last for that organ (else, or for a bare "side", stated last at all);
  one that points back ("on the same side", "the same gland", "the ipsilateral axilla") names that side itself.
  A side said earlier in the pointer's own sentence is the one it points from ("On the right, the choroid plexus
  holds a cyst; another lies in the contralateral choroid plexus"); one right before it restates that side ("Left:
  contralateral side with two cysts").
- Two sides joined before one organ word ("the left and right ovaries", "Right & left breasts") name the organ on
  both sides: bilateral.
- A one-letter side with its full stop right before another side word ("Testis l. dex.", "regio II l. sin.": Latin
  "lateris", side abbreviations of writers of Slavic languages) is no side of its own: the word after it is.
- A side word right after an empty checkbox of a form ("location: [x] R [ ] L", "☐ Left") is offered, not
  stated: no side.
- "RT" after a word of timing ("post RT", "post-RT 2019", "prior RT") is radiotherapy, not the right side.
- "both" after a comma that closes a list of lesions, not before an organ or "sides" ("a 7.8 mm calculus at the
  hilum and a second 3 mm calculus distally, both shadowing"), or of the sizes of a group of lesions ("two cysts:
  upper pole 31 mm, interpolar 16 mm, both simple"; with no comma after the last size: "two nodules 15 and
  8 mm both isoechoic"), points back at the lesions: no side; nor does one before the
  ends of one thing ("in continuity with the nerve at both poles", "cysts at both poles of the right kidney").
  Nor does a "both" that counts two lesions: right before their plural word ("both formations were excised", "both
  thigh lesions"), or opening a sentence before a verb right after a sentence reporting two ("Both are isoechoic");
  a one-side study's title side then still reaches them (title_sides.py).

Both are gated on the report's word set, so they cost nothing in a report without their words.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import compress, islice
from typing import TYPE_CHECKING

from udt.parser import termset as ts
from udt.parser.pointed_sides import anatomy_after, lesion_side_before
from udt.parser.wordids import word_ids

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    from spacy.strings import StringStore

    from udt.parser.findings import Item, Words

_OPPOSITE = {"left": "right", "right": "left"}
_LOOK_BACK_ITEMS = 40  # how far back (in items) the side of the organ is looked for: a bounded look-back
_LISTED_LESIONS = 2  # lesions a "both" may point back at
_BOTH_PLACE_WORDS = 1  # words between a "both" and the plural lesion word it counts ("both thigh lesions")
_ANATOMY_LOOK_BACK = 3  # words before an anatomy word that its side is read from (sites._build_items)


class SideWordRules:
    """Reads side words in context (see module docstring); built once per pipeline from its string store."""

    def __init__(self, strings: StringStore) -> None:
        self._slash = strings.add("/")
        self._letters = word_ids(strings, tuple(w for w in (*ts.LEFT, *ts.RIGHT) if len(w) == 1))
        self._stopped_letters = word_ids(strings, (w for w in (*ts.LEFT, *ts.RIGHT) if len(w) == 2 and w[1] == "."))
        # "B/L": the tokenizer splits the bilateral abbreviation (termset.BILATERAL) at its slash.
        self._b, self._l = strings.add("b"), strings.add("l")
        self._opposite = word_ids(strings, ts.OPPOSITE_SIDE_WORDS)
        self._same = word_ids(strings, ts.SAME_SIDE_WORDS)
        # ("contralateral", "ipsilateral": need no "the" before them)
        self._contralateral = word_ids(strings, (ts.OPPOSITE_SIDE_WORDS[0], ts.SAME_SIDE_WORDS[0]))
        self._the = strings.add("the")
        # what may stand between a side word and an "other side" word that restates it ("Left: contralateral side
        # with two cysts", "on the left, the contralateral ovary"): the heading's colon, a comma, a dash, "the"
        self._restating_gap = frozenset(strings.add(w) for w in (":", ",", "-", "the"))
        self._sentence_stops = word_ids(strings, (".", "\n", "\n\n", "!", "?"))
        self._phrase_stops = self._sentence_stops | {strings.add(",")}
        self._side_nouns = word_ids(strings, ts.SIDE_NOUNS)
        self._conjunctions = word_ids(strings, ts.SIDE_CONJUNCTIONS)
        self._both = strings.add("both")
        self._both_ends = word_ids(strings, ts.BOTH_END_NOUNS)
        # what may stand before a "both" that points back at the lesions just listed: a comma, or the bracket of
        # an aside about them ("upper pole 31 mm, mid 12 mm (both Bosniak I)")
        self._before_both = frozenset((strings.add(","), strings.add("(")))
        self._therapy = word_ids(strings, ts.THERAPY_SIDE_ABBREVIATIONS)
        self._timing = word_ids(strings, ts.THERAPY_TIMING_WORDS)
        self._hyphen = strings.add("-")
        self._sides_noun = strings.add("sides")
        # a "both" standing alone after a preposition, before a stop ("fat in both, diagnostic of ..."; "in both.")
        self._both_preps = word_ids(strings, ts.BOTH_PRONOUN_PREPOSITIONS)
        self._pronoun_ends = self._phrase_stops | {strings.add(";"), strings.add(")")}
        # verbs a sentence-opening "Both" of two lesions just reported is the subject of ("Both are isoechoic")
        self._both_verbs = word_ids(strings, ts.BOTH_LESION_VERBS)
        # an empty checkbox of a form ("location: [x] R [ ] L"): "[" "]" with nothing between, or a box sign
        self._open_box, self._close_box = strings.add("["), strings.add("]")
        self._empty_boxes = word_ids(strings, ts.EMPTY_BOX_SIGNS)

    def settle(self, words: Words, lower: list[int], report_words: AbstractSet[int], items: list[Item],
               unpaired: AbstractSet[str]) -> None:
        """Correct ``words.side`` (and the side of anatomy named with an "other side" word) in place. ``items`` is
        in token order; ``unpaired`` holds the organs that have no side."""
        side = words.side
        n = len(lower)
        if self._slash in report_words and not self._letters.isdisjoint(report_words):
            for j in compress(range(n - 1), side[: n - 1]):
                if lower[j] in self._letters and lower[j + 1] == self._slash and (j + 2 >= n or side[j + 2] is None):
                    side[j] = None  # "r/o torsion": rule out
            if self._b in report_words:
                for j in compress(range(2, n), side[2:]):
                    if lower[j] == self._l and lower[j - 1] == self._slash and lower[j - 2] == self._b:
                        side[j] = side[j - 2] = "bilateral"
                        for it in items:
                            if it.kind == "anatomy" and it.start in (j - 2, j + 1) and it.laterality == "left":
                                it.laterality = "bilateral"
        if not self._stopped_letters.isdisjoint(report_words):
            stopped = self._stopped_letters
            for j in compress(range(n - 1), map(stopped.__contains__, lower[: n - 1])):
                if side[j + 1] in _OPPOSITE:
                    side[j] = None  # "l. dex.": the side is the word after it
        if not self._therapy.isdisjoint(report_words) and not self._timing.isdisjoint(report_words):
            for j in compress(range(1, n), side[1:]):
                before = j - 2 if lower[j - 1] == self._hyphen and j >= 2 else j - 1
                if lower[j] in self._therapy and lower[before] in self._timing:
                    side[j] = None  # "post RT", "post-RT 2019": radiotherapy
        if self._close_box in report_words or not self._empty_boxes.isdisjoint(report_words):
            self._unticked_sides(side, lower, items)
        if not self._conjunctions.isdisjoint(report_words):
            _join_coordinated_sides(side, lower, items, self._conjunctions)
        if self._both in report_words:
            self._both_lesions(side, lower, items)
        if self._opposite.isdisjoint(report_words) and self._same.isdisjoint(report_words):
            return
        pointers = self._opposite | self._same
        starts = {it.start: k for k, it in enumerate(items) if it.kind == "anatomy"}
        sided = list(compress(range(n), side))
        for j in compress(range(n - 1), map(pointers.__contains__, lower[: n - 1])):
            if lower[j] not in self._contralateral and (j == 0 or lower[j - 1] != self._the):
                continue  # "other nodes normal": the remaining ones; "the other kidney": the other side
            k = starts.get(j + 1)
            if k is None and lower[j] in self._contralateral:  # "ipsilateral level III node" (pointed_sides.py)
                k = anatomy_after(j, lower, starts, self._phrase_stops)
            at = bisect_left(sided, j)
            last_said = side[sided[at - 1]] if at else None  # the side word said last ("Left-sided findings")
            gap = range(sided[at - 1] + 1, j) if at else range(0)
            if last_said in _OPPOSITE and all(lower[g] in self._restating_gap for g in gap):
                # "Right kidney: ... Left: contralateral side with two cysts": the word names the side just stated
                # (the other one than the organ's last), so it restates it
                side[j] = last_said
                continue
            if k is not None and items[k].organ is not None and items[k].organ not in unpaired:
                # (a side said earlier in the pointer's own sentence is the one it is opposite to: "On the right, the
                # choroid plexus holds a cyst; a second lies in the contralateral choroid plexus", after a sentence on
                # the left caudothalamic groove)
                own = at and self._sentence_stops.isdisjoint(lower[sided[at - 1] : j])
                # ("ipsilateral", "contralateral": to the lesion just described, pointed_sides.py)
                stated = (last_said if own else None) or (
                    lower[j] in self._contralateral
                    and lesion_side_before(j, items, side, sided, self._sentence_stops, lower)
                ) or self._last_side_of(items, k, items[k].organ) or last_said
            elif lower[j + 1] in self._side_nouns or (k is not None and lower[j] in self._contralateral):
                # ("the contralateral choroid plexus": a part on both sides of an organ that has no side itself)
                stated = last_said
            else:
                continue  # "no other lesion": no side
            pointed = stated if lower[j] in self._same else _OPPOSITE.get(stated or "")
            if pointed not in _OPPOSITE:
                continue
            side[j] = pointed
            if k is not None and items[k].laterality is None:
                items[k].laterality = pointed

    def _unticked_sides(self, side: list[str | None], lower: list[int], items: list[Item]) -> None:
        """Clear the side of a side word right after an empty checkbox ("[x] R [ ] L", "☐ left"): the form offers
        that side, the writer did not tick it."""
        n = len(lower)
        for j in compress(range(1, n), side[1:]):
            empty = lower[j - 1] in self._empty_boxes or (
                j >= 2 and lower[j - 1] == self._close_box and lower[j - 2] == self._open_box
            )
            if empty:
                said, side[j] = side[j], None
                # (an anatomy word reads its side from the three words before it: "[ ] L [ ] isthmus")
                for it in items:
                    if it.kind == "anatomy" and j <= it.start <= j + _ANATOMY_LOOK_BACK and it.laterality == said:
                        it.laterality = None

    def _both_lesions(self, side: list[str | None], lower: list[int], items: list[Item]) -> None:
        """Clear the side of a "both" that points back at the lesions listed before it in its sentence."""
        n = len(lower)
        size_ends: set[int] | None = None  # where the sizes end, read at the first "both" that asks (once a report)
        starts: list[int] | None = None  # the items' first tokens, read at the first "both" that asks (once a report)
        sorted_starts = False
        for j in compress(range(1, n), map(self._both.__eq__, lower[1:])):
            if j + 1 < n and lower[j + 1] in self._both_ends:
                side[j] = None  # "in continuity with the nerve at both poles": the two ends of one thing
                continue
            if starts is None:
                starts = [it.start for it in items]
                sorted_starts = all(map(int.__le__, starts, islice(starts, 1, None)))
            # The first item after the "both": found by bisection where the items are in token order (as the caller
            # gives them), so that a long report's many "both" do not each rescan its items from the first.
            after_at = bisect_right(starts, j) if sorted_starts \
                else next((k for k, at in enumerate(starts) if at > j), len(starts))
            if self._names_lesions(j, lower, items, after_at):
                side[j] = None  # "both formations were excised", "Both are isoechoic": the lesions, not two sides
                continue
            if j + 1 < n and lower[j + 1] == self._sides_noun:
                continue
            if self._stands_for_lesions(j, lower, items):
                side[j] = None  # "two masses ... CT showed macroscopic fat in both": the lesions, not two sides
                continue
            if size_ends is None:
                size_ends = {it.end for it in items if it.kind == "size"}
            after_size = j in size_ends
            if lower[j - 1] not in self._before_both and not after_size:
                continue  # (a "both" right after the last size of a list needs no comma: "1.5 and 0.8 cm both
                # isoechoic")
            if any(it.start == j + 1 and it.kind in ("anatomy", "ignored") for it in items):
                continue  # ", both kidneys normal": the organ on both sides
            sent = next((it.sent for it in reversed(items) if it.start < j), None)
            listed = sum(1 for it in items if it.kind == "lesion" and it.sent == sent and it.end <= j)
            # ... or one lesion named as a group and then measured one by one ("Two cortical cysts: upper pole
            # 3.1 cm, interpolar 1.6 cm, both simple"; "two nodules, the lower one 22 mm, the upper one 9 mm, both")
            # (the sizes counted only where the lesions alone do not decide: a rescan of the items less)
            # (a group of lymph nodes is named as anatomy, not as a lesion: "Level III: two further nodes, 14 mm and
            # 10 mm, both round"; its sizes are counted from the sentence's start, unless a lesion follows the
            # "both": "Kidneys: 11 cm and 10 cm, both with a 5 mm stone" is said of the organs on both sides)
            if listed >= _LISTED_LESIONS or (after_size and any(
                    it.kind == "lesion" and it.sent == sent and it.end <= j and it.plural for it in items)):
                side[j] = None  # (or a group named in the plural and measured: "two nodules 12 and 6 mm both")
            elif listed or not any(it.kind == "lesion" and it.sent == sent and it.start > j for it in items):
                first = next((it.start for it in items if it.sent == sent and (it.kind == "lesion" or not listed)), j)
                measured = sum(1 for it in items if it.kind == "size" and it.sent == sent and first < it.start < j)
                if measured >= _LISTED_LESIONS:
                    side[j] = None

    def _names_lesions(self, j: int, lower: list[int], items: list[Item], after_at: int) -> bool:
        """Whether the "both" at token ``j`` names two lesions: one right before a plural lesion word, across a
        place word ("both formations", "both thigh lesions"), or one opening its sentence before a verb ("Both are
        isoechoic to fat", "Both proved to be seromas") right after a sentence that reported two or more lesions.
        ``after_at``: the index of the first item after ``j`` (the items from it on are all after ``j``)."""
        if after_at >= len(items):
            return False
        after = items[after_at]
        # (the first item after it that is no place word: "both thigh lesions")
        counted = next((it for it in islice(items, after_at, None) if it.start > j
                        and it.kind not in ("anatomy", "ignored")), None)
        if counted is not None and counted.kind == "lesion" and counted.plural and \
                counted.start <= j + 1 + _BOTH_PLACE_WORDS:
            for it in items:
                if j < it.start < counted.start and it.laterality == "bilateral":
                    it.laterality = None  # (the place word read the "both" as its side: "both thigh lesions")
            return True
        if j + 1 >= len(lower) or lower[j - 1] not in self._sentence_stops or lower[j + 1] not in self._both_verbs:
            return False
        before = [it for it in items if it.start < j]
        if not before or after.sent == before[-1].sent:
            return False
        last = before[-1].sent
        listed = [it for it in before if it.sent == last and it.kind == "lesion"]
        return len(listed) >= _LISTED_LESIONS or any(it.plural for it in listed)

    def _stands_for_lesions(self, j: int, lower: list[int], items: list[Item]) -> bool:
        """Whether the "both" at token ``j`` is a pronoun for two lesions already reported: it follows a preposition
        and no noun follows it ("A mass in the upper pole and a second lesion in the mid pole of the same kidney. CT
        showed macroscopic fat in both, diagnostic of angiomyolipoma"), and its own sentence before it or, failing
        that, the sentence before reported two or more lesions (or one named in the plural). One lesion of a paired
        organ ("Kidneys: mild hydronephrosis in both.", "Simple cysts in both.") leaves "both" the organ's two
        sides."""
        if lower[j - 1] not in self._both_preps or (j + 1 < len(lower) and lower[j + 1] not in self._pronoun_ends):
            return False
        before = [it for it in items if it.start < j]
        if not before:
            return False
        own: int | None = before[-1].sent
        if not self._sentence_stops.isdisjoint(lower[before[-1].end : j]):
            own = None  # (nothing of the "both"'s own sentence is an item: "MRI showed signal drop-out in both")
        # (a plural lesion of its own sentence is what lies in both organs: "Kidneys: 10 and 11 cm. Simple cysts in
        # both." is bilateral; one of the sentence before is the pair: "Two nodules, 12 and 8 mm. FNA of both.")
        earlier = next((it.sent for it in reversed(before) if it.sent != own), None)  # (the sentence before)
        for sent, plural_counts in ((own, False), (earlier, True)):
            listed = [it for it in before if it.sent == sent and it.kind == "lesion"]
            if len(listed) >= _LISTED_LESIONS or (plural_counts and any(it.plural for it in listed)):
                return True
        return False

    @staticmethod
    def _last_side_of(items: list[Item], k: int, organ: str | None) -> str | None:
        """The side of the last anatomy of ``organ`` named with a side before ``items[k]``."""
        for it in reversed(items[max(0, k - _LOOK_BACK_ITEMS) : k]):
            if it.kind == "anatomy" and it.organ == organ and it.laterality is not None:
                return it.laterality
        return None


def _join_coordinated_sides(side: list[str | None], lower: list[int], items: list[Item],
                            conjunctions: AbstractSet[int]) -> None:
    """Anatomy whose side word follows the other side and a conjunction ("left and right ovaries", "R & L breasts")
    is on both sides. (Not "right kidney and left ovary": a word other than a side stands before the conjunction.)"""
    for it in items:
        if it.kind != "anatomy" or it.laterality not in _OPPOSITE:
            continue
        j = it.start if side[it.start] == it.laterality else it.start - 1
        if j >= 2 and side[j] == it.laterality and lower[j - 1] in conjunctions and \
                side[j - 2] == _OPPOSITE[it.laterality]:
            it.laterality = "bilateral"
