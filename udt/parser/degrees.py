"""Grades of the ranked dimensions (vascularity, echogenicity, ...): the degree a report states around a dimension
word, and grades that other words carry or deny.

"flow normal", "blood flow is not increased", "normal arterial flow", "mildly increased in echogenicity",
"increased periventricular echogenicity", "hypoechoic halo", a bare "reduced" that grades flow only in a sentence
about flow. :class:`DegreeRules` is mixed into :class:`udt.parser.sites.SitesAndFindings`, whose ``__init__`` sets
the word tables these rules read (``_grades``, ``_degree_gap``, ``_flow_context``, ...); the per-mention loop there
calls them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.strings import get_string_id

from udt.parser import termset as ts
from udt.parser.host import SiteRulesHost
from udt.parser.record import ABSENCE, GENERIC, MentionRecord
from udt.parser.sentences import sentence_end

# A flow's measured quantity and its units ("flow volume 900 mL/min, normal"; see DegreeRules._past_flow_measure).
_FLOW_MEASURES = frozenset(get_string_id(w) for w in ("volume", "rate"))
_FLOW_UNITS = frozenset(get_string_id(w) for w in ("ml", "l", "mls", "cc", "/", "min", "minute", "s", "sec", "cm",
                                                   "m", "per"))
_MEASURE_ENDS = frozenset(get_string_id(w) for w in (",", "("))
_COLON = get_string_id(":")
# The result of a dynamic manoeuvre that a "normal" before it grades (see DegreeRules._normal_doppler_measure).
_NORMAL_FUNCTION_WORDS = frozenset(get_string_id(w) for w in ts.NORMAL_FUNCTION_WORDS)
# Where a degree after its dimension word was measured ("flow increased in the epididymis", "flow reduced to the
# testis", "vascularity increased within the nodule"): the degree's clause goes on with its site.
_DEGREE_SITES = frozenset(get_string_id(w) for w in ts.DEGREE_SITE_WORDS)
# An organ's aspects listed after a degree word and before "and flow" ("normal size, echotexture and flow").
_LISTED_ASPECTS = frozenset(get_string_id(w) for w in ts.LISTED_ASPECT_WORDS)
# ... and what joins the last aspect to the flow ("normal echotexture and flow", "normal echotexture & vascularity").
_LIST_ENDS = frozenset(get_string_id(w) for w in ("and", "&"))
_WITHIN_NORMAL_LIMITS = [get_string_id(w) for w in ("within", "normal", "limits")]
# "blood flow of increased type", "blood flow is of hilar type, mildly strengthened": a flow's kind named as a type
# (a translated idiom), which either is the degree or is a pattern before it.
_OF, _TYPE = get_string_id("of"), get_string_id("type")
_IN = get_string_id("in")
_GRADE = get_string_id("grade")
_ROMAN_GRADES = frozenset(("i", "ii", "iii", "iv"))


def _is_grade_number(word: str) -> bool:
    """A grade's number: "1", "2", "II" (lower-cased)."""
    return (word.isdigit() and len(word) == 1) or word in _ROMAN_GRADES


def _is_number(word: str) -> bool:
    return word.replace(".", "", 1).replace(",", "").isdigit()


if TYPE_CHECKING:
    from udt.parser.matcher import OntologyMatcher
    from udt.parser.vocabulary import Vocabulary
    from udt.taxonomy import Concept, Taxonomy


class DegreeRules(SiteRulesHost):
    """Rules that read a ranked dimension's degree; a mixin of :class:`udt.parser.sites.SitesAndFindings`."""

    # What these rules read, set by SitesAndFindings.__init__ (declared here so that the type checker, and a
    # compiler that lays out the instance from these declarations, know every attribute the rules use).
    taxonomy: Taxonomy
    matcher: OntologyMatcher
    vocabulary: Vocabulary
    _anatomy: frozenset[str]
    _descriptive: frozenset[str]
    _ordinal_fields: frozenset[str]
    _echo_only: frozenset[str]
    _echo_field: str
    _margin_field: str
    _dimension_words: frozenset[int] | None
    _grades: dict[tuple[str, int], Concept]
    _bare_grades: frozenset[tuple[str, int]]
    _not: int
    _in: int
    _comma: int
    _with: int
    _copula_words: frozenset[int]
    _degree_words: frozenset[int]
    _degree_gap: frozenset[int]
    _degree_hedges: frozenset[int]
    _degree_end: frozenset[int]
    _clause_seps: frozenset[int]
    _sentence_stops: frozenset[int]
    _flow_context: frozenset[int]
    _flow_words: frozenset[int]
    _site_prepositions: frozenset[int]
    _internal_field: str
    _focus_words: frozenset[int]
    _artefact_words: frozenset[int]
    _coordinators: frozenset[int]
    _flow_site_adjectives: frozenset[int]
    _echo_prefixes: dict[int, Concept]
    _and: int

    def _grade_words(self, strings: Any) -> tuple[dict[tuple[str, int], Concept], frozenset[tuple[str, int]]]:
        """Grades of the ranked dimensions, read from the ontology: (field, hash of "increased") -> the ranked value
        a two-word form "<grade> <dimension word>" names ("increased vascularity", "reduced flow"); and the one-word
        parts of slash-joined ranked values ("reduced" of "reduced/diminished vascularity"), which grade a dimension
        only where the sentence names it."""
        tax = self.taxonomy
        grades: dict[tuple[str, int], Concept] = {}
        bare: set[tuple[str, int]] = set()
        for field in self._descriptive & set(tax.ordinal_fields):
            heads = {"flow", tax.dimension(field).label.casefold()}
            for c in tax.values(field):
                if c.rank is None:
                    continue
                for term in (c.label, *c.exact_synonyms, *c.related_synonyms):
                    words = term.casefold().split()
                    if len(words) == 2 and words[1] in heads:
                        grades.setdefault((field, strings.add(words[0])), c)
                for part in (c.us365k_label or "").split("/")[:-1]:
                    if " " not in part.strip():
                        bare.add((field, strings.add(part.strip().casefold())))
        return grades, frozenset(bare)

    def _denied_grade(self, rec: MentionRecord, lower: list[int]) -> tuple[Concept, int] | None:
        """The ranked value a dimension mention denies with "not" before a grade ("blood flow is not increased",
        "vascularity not increased"), and the grade's token; ``None`` otherwise."""
        j, n = rec.end, len(lower)
        if lower[j - 1] != self._not:
            j = self._past_site_phrase(lower, j)  # "the vascularity of the nodule is not increased"
            gap_start = j
            while j < n and j - gap_start < 2 and lower[j] in self._copula_words:
                j += 1
            if j >= n or lower[j] != self._not:
                return None
            j += 1
        value = self._grades.get((rec.field, lower[j])) if j < n else None
        return (value, j) if value is not None else None

    def _grade_of_nothing(self, k: int, spans: list[MentionRecord], lower: list[int], sent_starts: list[int],
                          sent: int) -> bool:
        """The one-word mention ``spans[k]`` of a ranked dimension is a grade that grades nothing: a degree word
        ("reduced with an air enema"), or a bare grade with no mention of its dimension beside it ("liver reduced
        in size"), in a sentence that names no flow ("Colour Doppler: reduced." keeps its grade)."""
        word = lower[spans[k].start]
        if word not in self._degree_words and not self._grade_alone(k, spans, lower, sent_starts[sent]):
            return False
        return not self._names_flow(lower, sent_starts, sent)

    def _grade_alone(self, k: int, spans: list[MentionRecord], lower: list[int], sent_start: int) -> bool:
        """A lone grade word ("reduced") with no mention of its dimension earlier in its sentence or right after
        it: "Flow volume 310 mL/min, reduced" and "reduced arterial flow" grade the flow, "liver reduced in size"
        and "reduced motion" grade nothing."""
        rec = spans[k]
        if rec.end - rec.start != 1 or (rec.field, lower[rec.start]) not in self._bare_grades:
            return False
        j = k - 1
        while j >= 0 and spans[j].start >= sent_start and rec.start - spans[j].end <= 15:
            if spans[j].field == rec.field:
                return False
            j -= 1
        j = k + 1
        while j < len(spans) and spans[j].start - rec.end <= 2:
            if spans[j].field == rec.field:
                return False
            j += 1
        return True

    def _normal_flow(self, k: int, spans: list[MentionRecord], lower: list[int]) -> bool:
        """ "normal phasic flow", "normal spontaneous phasic flow": the "normal" grades the flow mention right after
        it (at most one modifier between), it states no normal organ ("the testis is normal with normal flow" does)."""
        j, end = k + 1, spans[k].end
        # "Normal cavernosal arterial flow", "normal transplant renal vein flow": the vessel the flow is in may stand
        # between (at most two anatomy words, the flow right after them).
        while j < len(spans) and j <= k + 2 and spans[j].field in self._anatomy and self._loose_gap(end, spans[j],
                                                                                                 lower):
            end, j = spans[j].end, j + 1
        nxt = spans[j] if j < len(spans) else None
        if nxt is None or nxt.field not in self._descriptive or (j > k + 1 and nxt.start != end):
            return False
        return self._loose_gap(end, nxt, lower)

    def _loose_gap(self, end: int, nxt: MentionRecord, lower: list[int]) -> bool:
        """At most one word, no clause mark, sentence end nor "with", between token ``end`` and the mention ``nxt``
        ("Left carotid system: normal. Vertebral arteries antegrade flow": the normal closes its sentence, so it
        grades no flow of the next one)."""
        gap = nxt.start - end
        return gap == 0 or (gap == 1 and lower[end] not in self._clause_seps and lower[end] not in self._sentence_stops
                            and lower[end] != self._with)

    def _read_degree(self, k: int, spans: list[MentionRecord], lower: list[int], cols: Any, strings: Any) -> None:
        """Give the dimension word (or absence phrase) ``spans[k]`` of an ordinal dimension the degree its report
        states around it; the record is updated in place."""
        rec = spans[k]
        start, end, n = rec.start, rec.end, len(lower)
        if rec.kb == ABSENCE and end < n and lower[end - 1] == self._not:
            # "blood flow is not increased": the degree after "not" is denied, the flow itself is not absent.
            self._deny_degree_after(rec, lower, cols, strings)
            return
        if rec.kb != GENERIC:
            return
        if end < n:
            # "flow normal", "blood flow phasic", "vascularity perhaps slightly increased": a trailing degree.
            self._degree_after(rec, lower, cols, strings)
        degree = None
        if rec.kb == GENERIC and k > 0 and not rec.negated:
            # "normal [cavernosal] arterial flow": a degree before the site that qualifies the flow.
            degree = self._degree_before_site(k, spans, lower, strings)
        if degree is None and rec.kb == GENERIC and start > 2 and lower[start - 1] in _LIST_ENDS and not rec.negated:
            # "normal echotexture and flow", "normal size, echotexture and flow": a degree before a list of the
            # organ's aspects grades the flow that ends the list too.
            degree = self._degree_over_listed_aspects(rec, lower, strings)
        if degree is None and rec.kb == GENERIC and start > 1 and lower[start - 1] == self._in:
            # "mildly increased in echogenicity": the degree before "in" grades the dimension.
            degree = self._degree_value(strings[lower[start - 2]], rec.field)
        if degree is not None:
            rec.iri, rec.kb = degree.iri, ""

    def _degree_over_listed_aspects(self, rec: MentionRecord, lower: list[int], strings: Any) -> Concept | None:
        """The degree word before a list of an organ's aspects that ends with "and" + this flow mention ("normal
        echotexture and flow"): its value for the mention's dimension, read at most six words back; ``None`` when the
        words before "and" are not aspect nouns and commas, or no degree opens them."""
        j = rec.start - 2
        while j >= 0 and rec.start - j <= 7 and (lower[j] in _LISTED_ASPECTS or lower[j] == self._comma):
            j -= 1
        if j < 0 or j == rec.start - 2 or lower[j + 1] not in _LISTED_ASPECTS:
            return None
        if j >= 1 and lower[j] == _IN:
            j -= 1  # "normal in size, echotexture and vascularity"
        value = self._degree_value(strings[lower[j]], rec.field)
        # (only a grade on the scale: "heterogeneous echotexture and flow" says nothing of the flow's pattern)
        return value if value is not None and value.rank is not None else None

    def _degree_after(self, rec: MentionRecord, lower: list[int], cols: Any, strings: Any) -> None:
        """Give a generic mention of an ordinal dimension the degree stated after it at the end of its clause ("flow
        normal", "blood flow hepatopetal,", "echogenicity is moderately increased", "vascularity perhaps slightly
        increased"): the degree word with the dimension's label (or "flow") must be a form of a released value of
        the same dimension. A hedge word between doubts the degree; the degree is the mention's own statement, so a
        negation read into the bare dimension word ("no calcification, vascularity ... increased") is dropped."""
        n, hedged, denied = len(lower), False, False
        j = self._past_site_phrase(lower, rec.end)
        if j == rec.end and j < n and lower[j] in _FLOW_MEASURES:
            j = self._past_flow_measure(lower, j, strings)
        elif j == rec.end and j < n and _is_number(strings[lower[j]]):
            # "access flow 380 mL/min, diminished from 900 mL/min": the measure with no quantity word before it
            past = self._past_flow_measure(lower, j - 1, strings)
            j = past if past > j else j
        label = self.taxonomy.dimension(rec.field).label.casefold()
        if j == rec.end and j < n and lower[j] in self._site_prepositions:
            j = self._degree_past_bare_site(lower, j, label, rec.field, strings)
        site_phrase = j != rec.end
        j, typed = self._past_type_phrase(lower, j, label, rec.field, strings)
        gap_start = j
        while j < n and j - gap_start < 4:
            if lower[j] in self._degree_gap or lower[j] == self._not:
                hedged = hedged or lower[j] in self._degree_hedges
                denied = denied or lower[j] == self._not  # "blood flow not increased"
                j += 1
            elif j + 1 < n and lower[j + 1] == self._comma and self._degree_of(strings[lower[j]], label, rec.field) \
                    is False:
                j += 2  # a pattern before the degree ("Vascularity: hilar, normal")
            elif lower[j] == _GRADE and j + 2 < n and _is_grade_number(strings[lower[j + 1]]):
                j += 2  # a grade before the degree ("echogenicity grade 1 increased", "grade II increased")
            else:
                break
        if j + 2 < n and lower[j : j + 3] == _WITHIN_NORMAL_LIMITS \
                and (j + 3 == n or lower[j + 3] in self._degree_end or lower[j + 3] in _DEGREE_SITES):
            j += 1  # "vascularity is within normal limits": the degree is its "normal"
        # (the degree may be followed by where it was measured: "flow increased in the left epididymis")
        elif not typed and (j >= n or (j + 1 < n and lower[j + 1] not in self._degree_end
                                       and lower[j + 1] not in _DEGREE_SITES)):
            return
        word = strings[lower[j]]
        prefix_value = self._echo_prefixes.get(lower[j]) if rec.field == self._echo_field else None
        if prefix_value is not None and not site_phrase:
            # "Echogenicity: hypo", "echogenicity iso": a worksheet's shorthand, the prefix of the "-echoic" value
            rec.iri, rec.kb, rec.negated = prefix_value.iri, "", denied
            rec.uncertain = (rec.uncertain or hedged) and not denied
            rec.end = j + 1
            rec.end_char = cols.idx[j] + cols.length[j]
            return
        for phrase in (f"{word} {label}", f"{word} flow"):
            term = self.vocabulary.forms.get(phrase)
            if term is None or term.generic or term.field != rec.field or not self._degree_of(word, label, rec.field):
                continue
            if site_phrase and self._rollups_of(term.iri)[rec.field].rank is None:
                continue  # "flow within the septa was equivocal": past a site, only a grade on the scale is a degree
            rec.iri, rec.kb, rec.negated = term.iri, "", denied
            rec.uncertain = (rec.uncertain or hedged) and not denied
            if not site_phrase:  # past a site phrase the span would cover the site's own mention
                rec.end = j + 1
                rec.end_char = cols.idx[j] + cols.length[j]
            return

    def _unranked_kind(self, rec: MentionRecord) -> bool:
        """The mention names a kind of its ordinal dimension that has no value of its own ("peripheral vascularity",
        "central flow"), so a degree after it ("peripheral vascularity increased") gives it one."""
        return rec.kb == "" and not rec.negated and self._rollups_of(rec.iri).get(rec.field) is None

    @staticmethod
    def _past_flow_measure(lower: list[int], j: int, strings: Any) -> int:
        """Past a flow's measured quantity, to its degree ("flow volume: 1150 ml/min (normal)", "flow volume 900
        mL/min, normal", "flow rate: normal"): the quantity word, a colon, then a number with its unit words up to a
        comma or bracket. Looks at most eight words on; where no degree slot follows, ``j`` stays where it was."""
        start, n = j, len(lower)
        j += 1  # "volume" / "rate"
        if j < n and lower[j] == _COLON:
            j += 1
        if j < n and _is_number(strings[lower[j]]):
            k = j + 1
            while k < n and k - start < 8 and lower[k] in _FLOW_UNITS:
                k += 1
            if k < n and lower[k] in _MEASURE_ENDS:
                return k + 1
            return start
        return j

    def _degree_past_bare_site(self, lower: list[int], j: int, label: str, field: str, strings: Any) -> int:
        """A site phrase with no copula whose clause ends with a degree of ``field`` ("blood flow in it
        strengthened", "flow in the lesion increased": translated and lay wording): the degree word's position,
        read at most four words on; ``j`` where there is none. A negation or degree word right before the degree
        is where it starts ("echogenicity of the periventricular zones not increased": denied), so that the
        caller's gap reads it."""
        n = len(lower)
        for k in range(j + 2, min(n, j + 5)):
            if lower[k] in self._clause_seps or lower[k] in self._degree_end:
                break
            if (k + 1 >= n or lower[k + 1] in self._degree_end) and self._degree_of(strings[lower[k]], label, field):
                while k - 1 > j + 1 and (lower[k - 1] == self._not or lower[k - 1] in self._degree_gap):
                    k -= 1
                return k
        return j

    def _past_type_phrase(self, lower: list[int], j: int, label: str, field: str, strings: Any) -> tuple[int, bool]:
        """Past a flow's "of ... type" (see ``_TYPE``): at its degree word when the type is one ("of increased
        type", then True), past the type and its comma when it is only a pattern ("of hilar type, mildly
        strengthened"), else where it was."""
        n, start = len(lower), j
        if j < n and lower[j] in self._copula_words:
            j += 1  # "blood flow is of hilar type"
        if not (j + 2 < n and lower[j] == _OF and lower[j + 2] == _TYPE):
            return start, False
        if self._degree_of(strings[lower[j + 1]], label, field):
            return j + 1, True
        if j + 3 < n and lower[j + 3] == self._comma:
            return j + 4, False
        return start, False

    def _past_site_phrase(self, lower: list[int], j: int) -> int:
        """Past the place a flow is measured in, up to its copula ("blood flow [in the node] is increased", "flow [to
        the left testis] is reduced", "vascularity [within the lesion] was normal"): where its degree is read. A
        phrase with no copula within a few words, or that a clause mark ends, leaves ``j`` where it was."""
        n = len(lower)
        if j >= n or lower[j] not in self._site_prepositions:
            return j
        for k in range(j + 1, min(n, j + 6)):
            if lower[k] in self._copula_words:
                return k
            if lower[k] in self._clause_seps or lower[k] in self._degree_end:
                return j
        return j

    def _degree_of(self, word: str, label: str, field: str) -> bool | None:
        """Whether ``word`` + the dimension's label (or "flow") names a released value of ``field`` (True), only a
        finer pattern of it with no value ("hilar vascularity": False), or nothing (None)."""
        found: bool | None = None
        for phrase in (f"{word} {label}", f"{word} flow"):
            term = self.vocabulary.forms.get(phrase)
            if term is None or term.generic or term.field != field:
                continue
            value = self._rollups_of(term.iri).get(field)
            if value is not None and value.us365k_label:
                return True
            found = False
        return found

    def _deny_degree_after(self, rec: MentionRecord, lower: list[int], cols: Any, strings: Any) -> None:
        """Turn an absence read from "<dimension> is not" into the denial of the degree word that follows ("flow is
        not increased" -> increased vascularity, absent), when the dimension's label with that word is a value."""
        dim = self.taxonomy.dimension(rec.field)
        term = self.vocabulary.forms.get(f"{strings[lower[rec.end]]} {dim.label.casefold()}")
        if term is None or term.generic or term.field != rec.field or term.iri == rec.iri:
            return
        rec.iri, rec.kb, rec.negated = term.iri, "", True
        rec.end += 1
        rec.end_char = cols.idx[rec.end - 1] + cols.length[rec.end - 1]

    def _swallowed_values(self, rec: MentionRecord, lower: list[int], strings: Any) -> list[Concept]:
        """Values of an ordinal dimension that a longer term of another dimension swallowed: the degree said before
        a compound holding the dimension's own word ("increased [periventricular echogenicity]"), and the echo word
        of a lesion's rim in a margin term with no value of its own ("hypoechoic halo", "echo-poor rim"; guideline).
        Internal terms for content give theirs ("echogenic debris"), foci keep theirs ("echogenic foci and comet-tail
        artefacts")."""
        out = []
        # (The helpers' own first tests are made here: most compound terms swallow nothing.)
        if rec.start > 0 and not (self._dimension_words or self._ordinal_dimension_words()).isdisjoint(
                lower[rec.start + 1 : rec.end]):
            graded = self._graded_compound(lower, rec.start, rec.end, strings)
            if graded is not None:
                out.append(graded)
        field = rec.field
        if (field == self._margin_field or (field == self._internal_field and self._echoed_content(rec, lower))) \
                and self._rollups_of(rec.iri).get(field) is None:
            echo = self._echo_within(lower[rec.start : rec.end])
            if echo is not None:
                out.append(echo)
        return out

    def _echoed_content(self, rec: MentionRecord, lower: list[int]) -> bool:
        """An internal term for content seen in a lesion or a cavity ("echogenic debris"): its echo word is stated
        (guideline: echogenicity of non-lesion content is labelled); not a focus or an artefact ("echogenic foci",
        "bright comet-tail artefact" name calcifications or an artefact, not an echo level)."""
        words = lower[rec.start : rec.end]
        return rec.field == self._internal_field and self._focus_words.isdisjoint(words) \
            and self._artefact_words.isdisjoint(words)

    def _degree_value(self, word: str, field: str) -> Concept | None:
        """The released value that ``word`` + the dimension's label names ("increased" -> hyperechoic)."""
        term = self.vocabulary.forms.get(f"{word} {self.taxonomy.dimension(field).label.casefold()}")
        if term is None or term.generic or term.field != field:
            return None
        value = self._rollups_of(term.iri).get(field)
        return value if value is not None and value.us365k_label else None

    def _degree_before_site(self, k: int, spans: list[MentionRecord], lower: list[int],
                            strings: Any) -> Concept | None:
        """The value of a degree word before an anatomy adjective that qualifies the flow right after it ("normal
        arterial flow", "normal cavernosal arterial flow", one unknown word allowed; "normal arterial and venous
        flow"), or ``None``."""
        prev, rec = spans[k - 1], spans[k]
        if prev.field not in self._anatomy or prev.end != rec.start:
            return None
        j, kk = prev.start - 1, k - 2
        while j >= 1 and lower[j] in self._coordinators and kk >= 0 and spans[kk].end == j \
                and spans[kk].field in self._anatomy:
            j, kk = spans[kk].start - 1, kk - 1  # "arterial and [venous]": a coordinated adjective
        for _ in range(2):
            before = spans[kk] if kk >= 0 else None
            if j < 0 or (before is not None and before.end > j and (before.start, before.end) != (j, j + 1)):
                return None  # another mention between (the degree word may be one on its own: "normal")
            degree = self._degree_value(strings[lower[j]], rec.field)
            if degree is not None:
                return degree
            if not strings[lower[j]].isalpha():
                return None
            j -= 1
        return None

    def _degree_before_coordinated_site(self, k: int, spans: list[MentionRecord], lower: list[int],
                                        strings: Any) -> None:
        """"mildly increased peripheral and internal flow", "reduced central and peripheral vascularity": the kind of
        flow ``spans[k]`` after a coordinated site adjective takes the degree word right before that adjective,
        which grades the flow both share. Three words before the mention are read, and none may be another
        mention's; the record is updated in place."""
        rec = spans[k]
        j = rec.start - 2
        if j < 1 or lower[j + 1] not in self._coordinators or lower[j] not in self._flow_site_adjectives:
            return
        if k and spans[k - 1].end > j - 1:
            return
        degree = self._degree_value(strings[lower[j - 1]], rec.field)
        if degree is not None:
            rec.iri, rec.kb = degree.iri, ""

    def _graded_compound(self, lower: list[int], start: int, end: int, strings: Any) -> Concept | None:
        """The value of a degree word right before a compound term that contains an ordinal dimension's own word
        ("increased [periventricular echogenicity]"), or ``None``."""
        inner = lower[start + 1 : end]
        if self._ordinal_dimension_words().isdisjoint(inner):
            return None  # one C-level test instead of building each inner word's string
        for h in inner:
            term = self.vocabulary.forms.get(strings[h])
            if term is not None and term.generic and term.field in self._ordinal_fields:
                return self._degree_value(strings[lower[start - 1]], term.field)
        return None

    def _ordinal_dimension_words(self) -> frozenset[int]:
        """Hashes of the forms that :meth:`_graded_compound` looks for (an ordinal dimension's generic word,
        "echogenicity", "flow"). Built on first need, so the parser's start-up does not pay for it."""
        if self._dimension_words is None:
            self._dimension_words = frozenset(
                get_string_id(form) for form, term in self.vocabulary.forms.items()
                if term.generic and term.field in self._ordinal_fields)
        return self._dimension_words

    def _echo_within(self, words: list[int]) -> Concept | None:
        """The released echogenicity value named inside a longer term of another dimension, or ``None``."""
        inner = self.matcher.term_within(words, self._echo_only)
        if inner is None:
            return None
        value = self._rollups_of(inner).get(self._echo_field)
        return value if value is not None and value.us365k_label else None

    def _names_flow(self, lower: list[int], sent_starts: list[int], sent: int) -> bool:
        """The sentence names flow or vascularity somewhere ("Flow volume 450 ml/min, reduced")."""
        end = sentence_end(sent_starts, sent, len(lower))
        return not self._flow_context.isdisjoint(lower[sent_starts[sent] : end])

    def _normal_doppler_measure(self, end: int, lower: list[int], strings: Any) -> bool:
        """The "normal" ending at ``end`` qualifies a Doppler measurement ("normal augmentation", "normal triphasic
        waveform") or a dynamic manoeuvre's result ("normal compressibility", "normal lung sliding"), right before a
        flow or function word or one word before it: a normal test, not a normal organ (guideline: a venous study
        described only as compressible with phasic flow gets no normal appearance)."""
        n = len(lower)
        if end < n and (lower[end] in self._flow_words or lower[end] in _NORMAL_FUNCTION_WORDS):
            return True
        # (one word between: "normal triphasic waveform", "normal lung sliding")
        return end + 1 < n and strings[lower[end]].isalpha() and (
            lower[end + 1] in self._flow_words or lower[end + 1] in _NORMAL_FUNCTION_WORDS)
