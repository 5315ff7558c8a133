"""Shape and contour words read as margins, and margins that are an organ's own outline.

"Margin: lobulated/irregular", "the margins are irregular", "lobulated outer contour" (a shape word that states the
margin, termset.CONTOUR_AS_MARGIN); a lone "smooth" or "sharp" is a margin only beside a margin word; a denied
well-defined margin states the other released value ("not circumscribed" -> ill-defined); and "Liver normal in size
with a smooth contour" or "Bladder: wall smooth" describe the organ's outline, not a lesion's margin, unless the
sentence names a lesion or a lymph node. Kept apart from :mod:`udt.parser.sites` because these rules decide one
thing, whether contour wording is a lesion's margin. :class:`MarginRules` is mixed into
:class:`udt.parser.sites.SitesAndFindings`, whose ``__init__`` (with :meth:`MarginRules._init_margins` for the
tables only these rules read) sets the tables these rules read (``_contour_words``, ``_margin_keys``,
``_contour_margin``, ...).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING, Any

from udt.parser import termset as ts
from udt.parser.checkboxes import ticked_box_before
from udt.parser.echo_areas import names_region
from udt.parser.host import SiteRulesHost
from udt.parser.record import GENERIC, MentionRecord, mentions_between
from udt.parser.sentence_mentions import mentions_before
from udt.parser.wordids import word_ids

if TYPE_CHECKING:
    from spacy.strings import StringStore

    from udt.parser.sites import _Info
    from udt.parser.vocabulary import Vocabulary
    from udt.taxonomy import Concept, Taxonomy


_ECHOGENICITY = "Echogenicity"  # (the field whose words name a region: echo_areas.py)


def _organ_header_before(text: str, idx: list[int], sent_starts: list[int], sent: int,
                         strong_sites: dict[int, set[str]]) -> int | None:
    """The earlier sentence that names an organ, at most four sentences back, of which ``sent`` goes on speaking: on
    the same line, a "KEY:" line ("LIVER: 15 cm. Smooth outline.", "Liver: Size 14 cm. Focal lesion: none. Contour:
    smooth."); or the organ's measurements just before ("Right lobe 16 x 18 x 45 mm, isthmus 4 mm.\nContours even,
    clear."), when the sentence between names no other site. ``None`` when there is none."""
    for prev in range(sent - 1, max(-1, sent - 5), -1):
        line = text[idx[sent_starts[prev]] : idx[sent_starts[sent]]]
        if strong_sites.get(prev):
            if ":" in line and "\n" not in line:
                return prev
            # (a contour sentence with no size of a lesion, right after the organ's measured sentences: its outline)
            own = text[idx[sent_starts[sent]] : idx[sent_starts[sent + 1]] if sent + 1 < len(sent_starts) else None]
            return prev if _measured(line) and not _measured(own) else None
    return None


def _measured(text: str) -> bool:
    """The text holds a measurement (a number): an organ's size or volume line."""
    return any(ch.isdigit() for ch in text)


class MarginRules(SiteRulesHost):
    """Rules that read contour wording as a lesion margin or an organ outline; a mixin of
    :class:`udt.parser.sites.SitesAndFindings`."""

    # What these rules read, set by SitesAndFindings.__init__ or, for the tables only they read, by
    # _init_margins (declared here so that the type checker knows every attribute the rules use).
    taxonomy: Taxonomy
    vocabulary: Vocabulary
    fields: tuple[str, ...]
    _bare_margin_words: frozenset[int]
    _colon: int
    _contour_qualifiers: frozenset[int]
    _of_word: int
    _contour_words: frozenset[int]
    _degree_gap: frozenset[int]
    _linking_verbs: frozenset[int]
    _margin_field: str
    _margin_keys: frozenset[int]
    _node_iris: frozenset[str]
    _contour_margin: dict[str, Concept]
    _anatomy: frozenset[str]
    _area_nouns: frozenset[int]
    _outline_words: frozenset[int]
    _shape_field: str
    _slash: int
    _wall_words: frozenset[int]
    _non_shape_nouns: frozenset[int]
    _non_shape_leads: frozenset[int]
    _line_nouns: frozenset[int]
    _line_shapes: frozenset[int]
    _place_after: frozenset[int]
    _shape_subjects: frozenset[int]
    _shape_subject_gap: frozenset[int]
    _key_value_marks: frozenset[int]
    _coordinators_for_contour: frozenset[int]
    _phrase_ends: frozenset[int]
    _verbs_of_being: frozenset[int]
    _place_words: frozenset[int]
    _comma: int
    _lesion_margin_words: frozenset[int]
    _diagnosis_field: str
    _info: dict[str, _Info]
    _organ_states: frozenset[str]
    _wall_contours: frozenset[int]
    _item_ends: frozenset[int]
    _descriptive: frozenset[str]
    _lesion_places: frozenset[int]
    _state_list_words: frozenset[int]
    _clause_opens: frozenset[int]

    def _init_margins(self, strings: StringStore) -> None:
        """Build the tables only these rules read (called once by ``SitesAndFindings.__init__``)."""
        self._outline_words = word_ids(strings, (*ts.CONTOUR_WORDS, *ts.OUTLINE_WORDS))
        self._non_shape_nouns = word_ids(strings, ts.NON_SHAPE_NOUNS)
        self._non_shape_leads = word_ids(strings, ts.NON_SHAPE_LEADS)
        self._line_nouns = word_ids(strings, ts.SHAPE_LINE_NOUNS)
        self._line_shapes = word_ids(strings, ts.LINE_SHAPE_WORDS)
        self._place_after = word_ids(strings, ts.SHAPE_PLACE_AFTER)
        self._shape_subjects = word_ids(strings, ts.SHAPE_SUBJECT_OUTLINES)
        # what may stand between an outline noun and the shape word said of it ("wall thickened and irregular")
        self._shape_subject_gap = word_ids(strings, (*ts.COPULA_WORDS, *ts.DEGREE_GAP_WORDS, *ts.DEGREE_HEDGE_WORDS,
                                                     *ts.LINKING_VERBS, *ts.ABNORMAL_STATE_WORDS, "and", ","))
        self._coordinators_for_contour = word_ids(strings, (",", "and", "/"))
        self._of_word = strings.add("of")
        self._key_value_marks = word_ids(strings, ts.KEY_VALUE_MARKS)
        self._verbs_of_being = word_ids(strings, ("is", "are", "was", "were", "appears", "appear", "looks", "look"))
        self._place_words = word_ids(strings, ("in", "of", "within", "at", "from", "into", "near", "beside"))
        self._phrase_ends = word_ids(strings, (*ts.COPULA_WORDS, ",", ".", ";", ":", "(", ")", "with", "and", "at",
                                               "measuring", "\n"))
        self._wall_words = word_ids(strings, ("wall", "walls"))
        self._linking_verbs = word_ids(strings, ts.LINKING_VERBS)
        self._bare_margin_words = word_ids(strings, ts.BARE_MARGIN_WORDS)
        self._margin_keys = word_ids(strings, ts.MARGIN_KEY_WORDS)
        self._lesion_margin_words = word_ids(strings, ts.LESION_MARGIN_WORDS)
        self._slash = strings.add("/")
        self._contour_qualifiers = word_ids(strings, ts.CONTOUR_QUALIFIERS)
        self._state_list_words = word_ids(strings, ts.ORGAN_STATE_WORDS)
        self._wall_contours = word_ids(strings, ts.WALL_CONTOUR_WORDS)
        self._item_ends = word_ids(strings, (",", ";", ".", "|", "\n", "\n\n", "-", "->", "(", ")"))
        self._lesion_places = word_ids(strings, ("in", "of", "within", "at", "from", "into", "near", "beside", "to",
                                                 "behind", "under", "over", "above", "below"))
        self._clause_opens = word_ids(strings, (".", "\n", "\n\n", "!", "?", ":", ";", "'", '"'))

    def _contour_margins(self) -> dict[str, Concept]:
        """Shape value IRI -> the released margin value its contour wording means (termset.CONTOUR_AS_MARGIN)."""
        tax = self.taxonomy
        out: dict[str, Concept] = {}
        if self._shape_field not in self.fields or "Margins" not in self.fields:
            return out
        for shape_word, margin_value in ts.CONTOUR_AS_MARGIN.items():
            shape = tax.resolve(self._shape_field, shape_word, rollup=False)
            margin = tax.resolve("Margins", margin_value)
            if shape is not None and margin is not None:
                out[shape.iri] = margin
                rolled = tax.rollup(shape)
                if rolled is not None:
                    out.setdefault(rolled.iri, margin)
        return out

    def _opposite_margins(self) -> dict[str, str]:
        """Concept IRI of a well-defined margin (and its finer words) -> the ill-defined released value: Margins has
        two released values, so a denied well-defined margin states the other (guideline: "not circumscribed",
        "without clear borders" -> ill-defined/indistinct)."""
        tax = self.taxonomy
        values = {c.us365k_label: c for c in tax.values(self._margin_field)}
        well, ill = values.get(ts.MARGIN_WELL_DEFINED), values.get(ts.MARGIN_ILL_DEFINED)
        if well is None or ill is None:
            return {}
        return {c.iri: ill.iri for c in (well, *tax.descendants(well))}

    def _subject_before(self, lower: list[int], j: int) -> int:
        """Where the word a shape adjective is said of stands, read back from ``j`` past a copula and degree words,
        at most three ("the margins are smooth", "its borders appear smooth"); ``j`` itself when none is there,
        -1 at the report's start."""
        k = j
        while k >= 0 and j - k < 3 and (lower[k] in self._degree_gap or lower[k] in self._linking_verbs):
            k -= 1
        return k

    def _contour_key_before(self, lower: list[int], start: int) -> bool:
        """A template's contour key names what the shape word describes ("Boundary: irregular", "margin
        irregular", "Margin: lobulated/irregular", a form's "Margin: [x] irregular" with its ticked box), as does a
        contour subject ("the margins are irregular")."""
        j = ticked_box_before(lower, start) - 1
        while j >= 1 and lower[j] == self._slash:
            j -= 2  # the value before the slash ("lobulated/")
        if j >= 0 and lower[j] == self._colon:
            j -= 1
        else:
            # "margins are irregular", "the outline is slightly lobulated", "borders possibly irregular"
            j = self._subject_before(lower, j)
        return j >= 0 and lower[j] in self._contour_words

    def _shape_of_no_lesion(self, lower: list[int], start: int, end: int) -> bool:
        """The shape word at ``start``..``end`` describes no lesion's shape: it qualifies a noun of another sense
        ("irregular periods", "irregular heartbeat") or follows a word that gives it another sense ("ward round"), or
        it is said of an outline noun up to four words before ("the liver surface is nodular", "its inferior tip is
        irregular", "bladder wall thickened and irregular")."""
        if end < len(lower) and lower[end] in self._non_shape_nouns:
            return True
        if start > 0 and lower[start - 1] in self._non_shape_leads:
            return True  # "ward round", "teaching round", "fluid all round": another sense
        if lower[start] not in self._line_shapes and self._line_after(lower, end):
            return True
        j = start - 1
        while j >= 0 and start - j <= 4 and lower[j] in self._shape_subject_gap:
            j -= 1
        # An outline noun that is itself an item of a comma list, with only commas before the shape word, is one of
        # the lesion's features ("a fibroid, posterior wall, round, well circumscribed": the wall is where it lies),
        # not the subject the shape word is said of ("the bladder wall, irregular and thick").
        # (at least one comma between: "size decreased, surface nodular" has none, its surface is the subject)
        if j >= 0 and j < start - 1 and all(lower[g] == self._comma for g in range(j + 1, start)) \
                and self._comma in lower[max(0, j - 2) : j]:
            return False
        if j >= 0 and j < start - 1 and lower[j] in self._shape_subjects:
            return True
        return self._telegraphic_outline_subject(lower, start, end)

    def _telegraphic_outline_subject(self, lower: list[int], start: int, end: int) -> bool:
        """A telegraphic report states an outline's look with no verb, the outline noun right before the shape word
        or before an "of" phrase naming its structure ("Lateral epicondyle cortex irregular", "Cortex of the first
        metatarsal irregular", "Medial malleolus: cortex irregular with a small erosion"): a bone's cortex or an
        organ's surface, which has no lesion's shape (guideline: shape words about the lesion only; the corpora label
        such a cortex no Shape). The shape word must close its phrase, so it qualifies no noun after it (an
        "irregular hypoechoic mass" after a cortex noun keeps its shape)."""
        if end < len(lower) and lower[end] not in self._phrase_ends:
            return False
        # (a typed form's dot leader joins the outline key to its value: "Surface .......... irregular")
        before = start - 2 if start > 1 and lower[start - 1] in self._key_value_marks else start - 1
        if before >= 0 and lower[before] in self._shape_subjects:
            return True
        for j in range(start - 2, max(0, start - 6), -1):  # "cortex of the 1st metatarsal head irregular"
            if lower[j] in self._phrase_ends:
                return False
            if lower[j] == self._of_word:
                return lower[j - 1] in self._shape_subjects
        return False

    def _line_after(self, lower: list[int], end: int) -> bool:
        """A line or band noun within the next few words, with only words between ("irregular fragmented pleural
        line"): the shape word qualifies it (termset.SHAPE_LINE_NOUNS); so too an outline noun ("irregular cortex",
        "irregular thickened wall": an edge, no shape, as when said predicatively). Punctuation ends the phrase."""
        for j in range(end, min(len(lower), end + ts.SHAPE_LINE_REACH)):
            if lower[j] in self._line_nouns or lower[j] in self._shape_subjects:
                return True
            if lower[j] in self._phrase_ends:
                return False
        return False

    def _shape_of_anatomy(self, k: int, spans: list[MentionRecord], lower: list[int], strings: Any) -> bool:
        """The shape word ``spans[k]`` is said of a structure of the anatomy, not of a lesion: attributively, the
        next mention one or two words on ("an elongated pylorus", "elongated pyloric channel"), or predicatively, the
        mention just before its copula ("the pyloric channel is elongated") or, in a telegraphic report, right before
        it with no verb when the shape word ends its phrase ("Retina flat and attached", "IVC flat 1.1 cm"). A lymph
        node's shape is labelled like a lesion's (guideline: shapes of normal nodes are labelled)."""
        rec = spans[k]
        anatomy, nodes = self._anatomy, self._node_iris
        if k + 1 < len(spans):
            nxt = spans[k + 1]
            # (the anatomy must head its phrase: not "an irregular breast mass", where it names the lesion's site;
            # its measurement may follow: "linear endometrium 4 mm")
            if nxt.field in anatomy and nxt.iri not in nodes and rec.end <= nxt.start <= rec.end + 1 \
                    and all(lower[j] not in self._coordinators_for_contour for j in range(rec.end, nxt.start)) \
                    and self._ends_shape_phrase(lower, nxt.end, strings):
                return True
        if k > 0:
            j = rec.start - 1
            while j >= 0 and rec.start - j <= 3 and lower[j] in self._shape_subject_gap \
                    and lower[j] not in self._coordinators_for_contour:
                j -= 1
            prev = spans[k - 1]
            # (a verb, not a template colon: "Bladder: irregular polypoid mass"; and the anatomy is the subject, not
            # a place: "Lymph nodes in the left axilla are oval")
            if j < rec.start - 1 and prev.end == j + 1 and prev.field in anatomy and prev.iri not in nodes \
                    and not self._verbs_of_being.isdisjoint(lower[prev.end : rec.start]) \
                    and not self._placed_before(lower, prev.start):
                return True
            if self._shape_in_organ_states(k, spans, lower):
                return True
            if prev.end == rec.start and prev.field in anatomy and prev.iri not in nodes \
                    and not self._placed_before(lower, prev.start) \
                    and self._ends_shape_phrase(lower, rec.end, strings):
                return True
        return False

    def _placed_before(self, lower: list[int], start: int) -> bool:
        """A place word in the three words before the anatomy at ``start``, within its own clause ("Lymph nodes in
        the left axilla are oval": the anatomy is a place, not the subject). A clause mark ends the look: the "in" of
        "shadowing in fan. Endometrium linear" belongs to the sentence before."""
        for j in range(start - 1, max(-1, start - 4), -1):
            if lower[j] in self._clause_opens:
                return False
            if lower[j] in self._place_words:
                return True
        return False

    def _shape_in_organ_states(self, k: int, spans: list[MentionRecord], lower: list[int]) -> bool:
        """The shape word ``spans[k]`` is an item of a verbless list of an organ's states that its clause opens with
        the organ ("Median nerve swollen at the inlet, CSA 14 mm2, flattened at the outlet", "Liver shrunken,
        nodular", "the omentum looks thickened and nodular"): a state word of the organ (termset.ORGAN_STATE_WORDS)
        stands before it, it follows a comma or "and", and the clause names no lesion or node up to just after it."""
        rec = spans[k]
        if rec.start == 0 or lower[rec.start - 1] not in self._coordinators_for_contour:
            return False
        start = rec.start - 1
        while start > 0 and rec.start - start < 30 and lower[start - 1] not in self._clause_opens:
            start -= 1
        if self._state_list_words.isdisjoint(lower[start : rec.start]):
            return False
        first = None
        # (the mentions starting from ``start`` to just after the shape word, by bisection: spans are in token order,
        # and a walk over all of them per shape word made a long report quadratic)
        for other in mentions_between(spans, start, rec.end + 2):
            if other is not rec:
                if other.field == self._diagnosis_field or other.iri in self._node_iris:
                    return False
                first = other if first is None else first
        return first is not None and first.field in self._anatomy and first.start - start <= 3 \
            and self._place_words.isdisjoint(lower[start : first.start])

    def _ends_shape_phrase(self, lower: list[int], end: int, strings: Any) -> bool:
        """The shape word ending at ``end`` closes its phrase: the text ends, a clause mark, "and" or a place word
        follows ("Retina flat in all quadrants"), or a measurement ("IVC flat 1.1 cm"), so it qualifies no noun after
        it ("kidney round cyst")."""
        if end >= len(lower) or lower[end] in self._phrase_ends or lower[end] in self._place_after:
            return True
        return strings[lower[end]].replace(".", "", 1).replace(",", "", 1).isdigit()

    def _contour_after_coordinate(self, lower: list[int], start: int, end: int, iri: str) -> bool:
        """A contour word after a coordinated second shape word ("an irregular, lobulated contour", "lobulated and
        irregular margins"): the first shape word, one word with a margin reading, states the margin too (not a list
        of features: "taller than wide, irregular margins")."""
        return end - start == 1 and end + 2 < len(lower) and lower[end] in self._coordinators_for_contour \
            and lower[end + 2] in self._contour_words and iri in self._contour_margin

    def _contour_after_qualifier(self, lower: list[int], end: int) -> bool:
        """A contour word one qualifier after the shape word ("lobulated outer contour", "lobulated cortical
        outline" of a node): still the margin."""
        return end + 1 < len(lower) and lower[end + 1] in self._contour_words and lower[end] in self._contour_qualifiers

    def _listed_lesion_margin(self, k: int, spans: list[MentionRecord], lower: list[int], strings: Any) -> bool:
        """The lone margin adjective ``spans[k]`` is an item of a comma list of a lesion's features, right after
        another descriptor item and closing its own item ("solid, isoechoic, smooth | TR3", "hypoechoic, solid,
        smooth, no calcifications"): it states the lesion's margin as "Margin: smooth" does. The column gap of a
        space-aligned worksheet row closes the item as a bar does ("R1  upper pole  2.2 cm  solid, isoechoic, smooth
        [3] TR3": a run of spaces, which the tokenizer keeps as a token of its own)."""
        rec = spans[k]
        if k == 0 or rec.start < 2 or lower[rec.start - 1] != self._comma:
            return False
        prev = spans[k - 1]
        if prev.end != rec.start - 1 or prev.field not in self._descriptive or prev.field == self._margin_field:
            return False
        return rec.end >= len(lower) or lower[rec.end] in self._item_ends or strings[lower[rec.end]].isspace()

    def _bare_margin_word(self, lower: list[int], start: int, end: int) -> bool:
        """A lone margin adjective ("smooth", "sharp") with no margin word beside it ("Margin: smooth", "contours
        sharp", "smooth, lobulated contour" are margins; "smooth inner wall", "smooth plaque" are not)."""
        if end - start != 1 or lower[start] not in self._bare_margin_words:
            return False
        j = ticked_box_before(lower, start) - 1  # "Margin: [x] smooth [ ] ill-defined": the key before its box
        if j >= 0 and lower[j] == self._colon:
            j -= 1
        else:
            # the margin word as the subject the adjective is said of ("the margins are smooth", "its borders
            # appear smooth"): past a copula and degree words, at most three. Only a lesion's own margin word: an
            # edge, contour or outline said smooth is mostly an organ's ("the liver edge is smooth")
            k = self._subject_before(lower, j)
            if k < j and k >= 0 and lower[k] in self._lesion_margin_words:
                return False
        before = lower[j] if j >= 0 else None
        return before not in self._margin_keys and self._margin_keys.isdisjoint(lower[end : end + 3])

    def _organ_contours(self, margins: list[tuple[int, _Info, bool]], spans: list[MentionRecord],
                        sent_starts: list[int], strong_sites: dict[int, set[str]], labels: dict[str, set[str]],
                        text: str = "", idx: list[int] | None = None, regions: frozenset[int] = frozenset()) -> None:
        """Label the asserted margin mentions that describe a lesion. A margin word beside a contour or wall word
        (termset.ORGAN_CONTOUR_WORDS) in a sentence that names an organ as a site and no asserted or hedged lesion
        (a denied one, "no calculi or cysts", has no margin) describes the organ's own outline ("Liver normal in
        size with a smooth contour", "Bladder: wall smooth"), which is not a lesion's margin. Without the contour
        word ("3 cm from the nipple, an 11 mm area with indistinct margins") or the organ ("It has a smooth wall") it
        still describes a lesion, and so does the outline of a lymph node named in the sentence. ``regions`` are the
        sentences of a present or hedged region that its echogenicity makes a lesion (echo_areas.py: "Testicle right:
        in the upper pole a hypoechoic zone 6 mm with unclear contours"): the ontology names no lesion there, but the
        contour is the region's margin, as it is the margin of an "11 mm area" named without the organ."""
        lesion_sents: set[int] | None = None  # read only for a contour word in an organ's sentence (few margins)
        for sent, info, contour in margins:
            header = _organ_header_before(text, idx, sent_starts, sent, strong_sites) \
                if contour and sent not in strong_sites and idx is not None else None
            if header is not None:
                # "LIVER: 15 cm. Smooth outline. A 2.4 cm cyst ...": the organ's line goes on about its outline (unless
                # a lesion was named on the way: "LIVER: 2 cm lesion. Smooth outline.")
                if lesion_sents is None:
                    lesion_sents = self._lesion_or_node_sentences(spans, sent_starts) | regions
                if lesion_sents.isdisjoint(range(header, sent + 1)):
                    continue
            if contour and sent in strong_sites:
                if lesion_sents is None:
                    lesion_sents = self._lesion_or_node_sentences(spans, sent_starts) | regions
                if sent not in lesion_sents:
                    continue  # the organ's own outline
            for f, label in info.adds:
                labels[f].add(label)

    def _wall_of_organ(self, k: int, spans: list[MentionRecord], lower: list[int], sent_start: int) -> bool:
        """The margin word ``spans[k]`` stands beside a wall or surface word (termset.WALL_CONTOUR_WORDS) and the
        last mention before it in its sentence, past descriptors, an organ's states ("coarse echotexture",
        hepatomegaly) and the places of a lesion ("in the vaginal wall", "deep to the scar"), is an organ, not a
        lesion or a node: the wall or surface is the organ's ("Urinary bladder:
        irregular wall thickening, with a polypoid mass", "The liver is enlarged with coarse echotexture and irregular
        surface"), not a lesion's margin ("a collection with irregular walls", "an echo-free area, wall thin")."""
        rec = spans[k]
        if self._wall_contours.isdisjoint(lower[max(0, rec.start - 2) : rec.end + 2]):
            return False
        for other in mentions_before(spans, k, sent_start):
            if other.field in self._anatomy:
                if not self._lesion_places.isdisjoint(lower[max(0, other.start - 5) : other.start]):
                    continue  # "a cyst in the vaginal wall", "a collection deep to the scar": the lesion's place
                return other.iri not in self._node_iris
            if other.field == self._diagnosis_field:
                info = self._info.get(other.iri)
                if info is None or (info.value is not None and info.label not in self._organ_states):
                    return False
            if other.field == _ECHOGENICITY and names_region(lower, other.end, self._area_nouns):
                # "upper pole see an echo-free area 3 cm, boundary clear, wall thin": a region its echogenicity
                # makes a lesion (echo_areas.py) has the wall, as a named cyst would
                return False
        return False

    def _valueless_organ_state(self, iri: str) -> bool:
        """The diagnosis ``iri`` is a state of a whole organ (cirrhosis, hepatomegaly) with no released value."""
        info = self._info.get(iri)
        return info is not None and info.value is None and info.label in self._organ_states

    def _lesion_or_node_sentences(self, spans: list[MentionRecord], sent_starts: list[int]) -> set[int]:
        """The sentences naming a lesion (present or hedged) or a lymph node; a denied finding does not count."""
        normal_iri = self.vocabulary.normal_iri
        lesion_sents = {
            bisect_right(sent_starts, r.start) - 1 for r in spans
            if r.field == self.fields[0] and r.kb != GENERIC and r.iri != normal_iri
            # A denied finding is no lesion with a margin ("no hydronephrosis", "smooth outlines ... no calculi or
            # cysts": the outline is the organ's).
            and not r.negated
            # Nor is a state of the whole organ that gives no diagnosis value ("coarse echotexture, irregular
            # contours, compatible with cirrhosis": the contour is the cirrhotic liver's).
            and not self._valueless_organ_state(r.iri)
        }
        # A lymph node's outline is read like a lesion's margin ("lobulated cortical outline" of a node).
        lesion_sents |= {bisect_right(sent_starts, r.start) - 1 for r in spans if r.iri in self._node_iris}
        return lesion_sents

    def _outline_after(self, lower: list[int], end: int, strings: Any) -> bool:
        """An outline, surface or pattern word follows the shape word, directly or after one modifier ("lobulated
        outer contour", "nodular surface contour", "peripheral nodular pattern", "nodular echotexture")."""
        n = len(lower)
        if end < n and lower[end] in self._outline_words:
            return True
        # Not a wall after a modifier: "irregular thick walls" of a collection is read as its shape.
        return end + 1 < n and lower[end + 1] in self._outline_words and lower[end + 1] not in self._wall_words \
            and strings[lower[end]].isalpha()
