"""Whether an organ is stated normal: the "normal appearance" rules of the findings component.

"Right ovary normal", "SPLEEN: 10 cm, normal", "Right testis 4.2 cm, homogeneous, normal echogenicity" beside a
lesion elsewhere; never a normal attribute, part of an organ ("the remainder of the liver"), or one aspect of an
organ that has a lesion ("Liver: normal size. A 1.6 cm haemangioma ..."). :class:`NormalAppearanceRules` is mixed
into :class:`udt.parser.sites.SitesAndFindings`, whose ``__init__`` sets the word tables these rules read
(``_part_words``, ``_aspect_words``, ``_abnormal_state``, ...) and whose per-mention loop collects the normal
statements they settle.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from spacy.strings import get_string_id

from udt.parser import termset as ts
from udt.parser.host import SiteRulesHost
from udt.parser.nerve_normals import normal_of_a_nerve
from udt.parser.record import GENERIC, MentionRecord, mentions_between
from udt.parser.sentence_mentions import mentions_before
from udt.parser.sentences import CLAUSE_END_WORDS, sentence_end
from udt.parser.sided_measure_normals import sided_measure_before
from udt.parser.state_normals import normal_for_operated_state

if TYPE_CHECKING:
    from udt.parser.sites import _Info
    from udt.parser.vocabulary import Vocabulary


_FILLING = frozenset(get_string_id(w) for w in ts.FILLING_STATE_WORDS)
_CALLED_NORMAL_STATES = frozenset(get_string_id(w) for w in ts.CALLED_NORMAL_STATE_WORDS)
_NORMAL_FILLING = frozenset(get_string_id(w) for w in ts.NORMAL_FILLING_WORDS)
_NODE_FEATURES = frozenset(get_string_id(w) for w in ts.NODE_FEATURE_WORDS)
_CONTENT_NOUNS = frozenset(get_string_id(w) for w in ts.CONTENT_NOUNS)
_NODE_WORDS = frozenset(get_string_id(w) for w in ("node", "nodes", "lymph", "nodal", "lymphadenopathy"))
_NODES = get_string_id("nodes")
_NODE_COMPANIONS = frozenset(get_string_id(w) for w in ts.NODE_COMPANION_WORDS)
# One node of the many an organ value holds ("a normal level II node" beside a suspicious one): part of the organ.
_ONE_NODE = get_string_id("node")
# A template key's colon, and what ends the key before it ("Infraspinatus, subscapularis: normal").
_COLON = get_string_id(":")
_KEY_STOPS = CLAUSE_END_WORDS
# What opens an item of a report's list or a template's row ("| cortex normal |", "; wall: normal").
_ITEM_OPENERS = frozenset(get_string_id(w) for w in ("|", ",", ";", ":", "\n", "\n\n", "-"))
_AND = get_string_id("and")
_OPEN, _CLOSE = get_string_id("("), get_string_id(")")
_ASIDE_REACH = 8  # tokens of a bracketed measure after a size word: "(14.2 cm)", "(12 x 5 cm)"
_STATE_JOINERS = frozenset((_AND, get_string_id(",")))  # "atrophic and normal", "atrophic, normal"
_WITH = frozenset(get_string_id(w) for w in ("with", "without"))
_BILATERAL = frozenset(get_string_id(w) for w in ts.BILATERAL)  # "both", "bilateral": a normal of both sides
# A lesion placed in the organ a normal word pre-modifies ("gallstones in a normal-calibre gallbladder", "a polyp
# within a normal gallbladder"): the organ holds the finding, so it is not called normal as a whole.
_HOLDING = frozenset(get_string_id(w) for w in ts.HOLDING_PLACE_WORDS)
_DETERMINERS = frozenset(get_string_id(w) for w in ("a", "an", "the", "this", "that", "my", "his", "her"))
_SIZE_ASPECTS = frozenset(get_string_id(w) for w in ts.NORMAL_SIZE_ASPECT_WORDS)
_CHANGE_NOUNS = frozenset(get_string_id(w) for w in ts.SIZE_CHANGE_NOUNS)  # "growth normal": a process, no organ
_ASPECT_JOINERS = frozenset(get_string_id(w) for w in ts.ASPECT_JOINERS)
_FOCAL_DENIALS = frozenset(get_string_id(w) for w in ts.FOCAL_DENIAL_WORDS)
_IN = get_string_id("in")
_TESTES = frozenset(get_string_id(w) for w in ts.TESTIS_WORDS)
_OUTSIDE_TESTES = frozenset(get_string_id(w) for w in ts.EXTRATESTICULAR_WORDS)


def _item_key_before(start: int, lower: list[int], keys: frozenset[int]) -> bool:
    """Whether the word right before token ``start`` (past a colon) is one of ``keys`` opening its item: "| cortex
    normal |", "; wall: normal", "Left ovary: size normal"."""
    before = start - 2 if start >= 2 and lower[start - 1] == _COLON else start - 1
    return before >= 0 and lower[before] in keys and (before == 0 or lower[before - 1] in _ITEM_OPENERS)


def _past_bracketed_measure(lower: list[int], j: int) -> int:
    """Token ``j``, or the token after a short bracketed aside opening there ("normal size (14.2 cm) and ..."); the
    aside is a few tokens at most, so a bracket left open is read as no aside."""
    if j >= len(lower) or lower[j] != _OPEN:
        return j
    for m in range(j + 1, min(len(lower), j + _ASIDE_REACH)):
        if lower[m] == _CLOSE:
            return m + 1
    return j


def _normal_filling(lower: list[int], j: int, lo: int) -> bool:
    """The state word at ``j`` is a hollow organ's normal filling ("partially distended", "well distended")."""
    return lower[j] in _FILLING and not _NORMAL_FILLING.isdisjoint(lower[max(lo, j - 2) : j])


def _filling_called_normal(lower: list[int], j: int, normal_start: int) -> bool:
    """The state word at ``j`` is a hollow organ's filling, or another state found normal for the patient
    (termset.CALLED_NORMAL_STATE_WORDS), that the same predicate calls normal in one breath ("the bladder is
    distended and unremarkable", "the right ovary is atrophic and normal", a template's "Right ovary: atrophic,
    normal"): joined by a bare "and" or a comma to the normal word itself, the writer reports how the organ was found,
    not a fault ("enlarged and otherwise normal", where "otherwise" concedes an abnormality, is read elsewhere)."""
    return lower[j] in _CALLED_NORMAL_STATES and j + 2 == normal_start and lower[j + 1] in _STATE_JOINERS


class NormalAppearanceRules(SiteRulesHost):
    """Rules that decide whether a normal statement is a whole organ's; a mixin of
    :class:`udt.parser.sites.SitesAndFindings`."""

    # What these rules read, set by SitesAndFindings.__init__ (declared here so that the type checker knows every
    # attribute the rules use).
    fields: tuple[str, ...]
    vocabulary: Vocabulary
    normal_beside_findings: bool
    _anatomy: frozenset[str]
    _descriptive: frozenset[str]
    _info: dict[str, _Info]
    _clause_seps: frozenset[int]
    # The organs each sentence's anatomy mentions name (sentence -> organs), read once per pass over a report's
    # normal statements (_organs_named_in; cleared as each pass starts).
    _named_by_sent: dict[int, set[str]] | None = None
    # The lesion sentences that name each organ, placed or not, by the side each names (organ -> side -> sentences),
    # filed on the first normal said of both sides in a pass (_both_sides_have_lesions; cleared as each pass starts).
    _lesion_sents_by_organ: dict[str, dict[str | None, set[int]]] | None = None
    _abnormal_denials: frozenset[int]
    _abnormal_state: frozenset[int]
    _abnormal_state_anywhere_words: frozenset[int]
    _aspect_stops: frozenset[int]
    _aspect_words: frozenset[int]
    _contrasts: frozenset[int]
    _same_subject: frozenset[int]
    _semicolon_id: int
    _predicate_ends: frozenset[int]
    _otherwise_words: frozenset[int]
    _part_clause_ends: frozenset[int]
    _part_iris: frozenset[str]
    _part_or_member_iris: frozenset[str]
    _part_words: frozenset[int]
    _sentence_stops: frozenset[int]
    _side_normal_blockers: frozenset[int]
    _side_word: int
    _sides: dict[int, str]
    _sides_hashes: frozenset[int]
    _colon: int
    _line_breaks: frozenset[int]
    _unpaired_organs: frozenset[str]
    _vessel_organs: frozenset[str | None]
    _nerve_organ: str | None

    def _normal_statements(self, normals: list[tuple[int, int, _Info]], spans: list[MentionRecord],
                           lower: list[int], sent_starts: list[int], abnormal: bool, anatomy_sents: set[int],
                           lesion_sents: set[int], labels: dict[str, set[str]],
                           strong_sites: dict[int, set[str]], next_on_line: set[int]) -> bool:
        """Label "normal appearance" from the report's normal statements; True when a whole organ is stated
        normal beside an abnormality elsewhere.

        * "echogenicity is normal", "normal echotexture": one normal attribute, never a normal finding;
        * "the remainder of the liver is normal", "left lobe normal": part of an organ, a normal finding only in
          a report with nothing abnormal;
        * "Left ovary normal", "SPLEEN: 10 cm, normal": a whole organ, a normal finding even when another organ
          has a lesion (the sentence names the organ and asserts no lesion itself).
        """
        whole = partial = stated_abnormal = size_or_denial_only = unnamed_partial = False
        normal_sents = {sent for _, sent, _ in normals}
        node_sents: set[int] | None = None
        described_node = False  # normal nodes beside a node described as a finding: no normal study
        side_memo: dict[int, str | None] = {}
        self._named_by_sent = self._lesion_sents_by_organ = None  # (this report's, read on first need)
        # (a nerve named normal is one member of the peripheral nerves: read only in a report labelled with them)
        nerve_organ = self._nerve_organ if self._nerve_organ in labels[self.fields[2]] else None
        for k, sent, _info in normals:
            rec = spans[k]
            # (a side of a lobed organ, "the right side" of the thyroid, is a lobe, never a whole organ)
            sides_are_organs = bool(labels[self.fields[2]]) and not self._last_organ_is_lobed(k, spans,
                                                                                              labels[self.fields[2]])
            lo = max(sent_starts[sent], rec.start - 12)
            if self._node_feature(rec, lower, lo):
                continue
            if sent in lesion_sents:
                # "two liver lesions (segment IVb, segment VII) and a normal spleen": only its own clause.
                lo = max([lo] + [j + 1 for j in range(lo, rec.start) if lower[j] in self._clause_seps])
            window = lower[lo : rec.start]
            named_parts = self._part_words.intersection(window)
            if named_parts and self._premodifies_organ(k, spans, lower):
                # (a part word before "a normal left testis" belongs to the clause before it, "a hydrocele surrounding
                # ..."; "otherwise normal liver" still concedes the organ's own lesion)
                named_parts = named_parts & self._otherwise_words
            if _ONE_NODE in window or _ONE_NODE in lower[rec.end : rec.end + 3]:
                # "A normal level II node" beside "(B) A round node with cystic change, suspicious for metastasis":
                # one normal node among nodes described elsewhere is part of the organ, not the organ (an axilla's
                # "1 node with a fatty hilum, normal" alone is the whole axilla).
                if node_sents is None:
                    node_sents = self._node_sentences(lower, sent_starts)
                if not node_sents <= normal_sents | {sent}:
                    named_parts = named_parts | {_ONE_NODE}
            elif _NODES in window and not _NODE_COMPANIONS.isdisjoint(window):
                # "Several smaller nodes with normal morphology nearby" after a round hypoechoic node that loses its
                # hilum: the companions of a node found, which the report describes (no diagnosis value names it).
                if node_sents is None:
                    node_sents = self._node_sentences(lower, sent_starts)
                if self._node_described(spans, sent_starts, node_sents - normal_sents):
                    named_parts = named_parts | {_ONE_NODE}
                    described_node = True
            if named_parts and named_parts <= self._otherwise_words:
                # "the liver and right kidney are otherwise normal": part of an organ only if it has a lesion
                named_parts = named_parts if self._lesion_in_organs_named(k, spans, lo, sent, strong_sites,
                                                                          lesion_sents, sent_starts) else frozenset()
            named_part = not named_parts and (
                self._names_a_part(k, spans, lower, max(sent_starts[sent], rec.start - 12))
                # "R ulnar nerve CSA 8 mm2 at the elbow, normal", "4 cm proximally the nerve is normal"
                or (nerve_organ is not None and normal_of_a_nerve(
                    k, spans, lower, sent_starts[sent], self._anatomy, nerve_organ,
                    lambda j: self._joint_placing_a_member(j, spans, lower))))
            part = bool(named_parts) or named_part or (
                self._normal_aspect(rec, lower)
                # ("Both testes are normal in size and echotexture" beside a hydrocele: the glands, whole)
                and not (not _TESTES.isdisjoint(window)
                         and self._lesions_outside_testes(sent, strong_sites, lesion_sents, lower, sent_starts))
                and (
                    self._organ_has_lesion(sent, strong_sites, lesion_sents, sent in next_on_line)
                    or self._only_organ_has_unplaced_lesion(sent, strong_sites, lesion_sents))
                and not self._lesions_on_other_side(sent, strong_sites, lesion_sents, lower, sent_starts, side_memo))
            part = part or self._both_sides_have_lesions(window, sent, spans, strong_sites, lesion_sents, lower,
                                                          sent_starts, side_memo) \
                or self._vessel_beside_its_lesion(sent, spans, strong_sites, lesion_sents, lower, sent_starts,
                                                  side_memo)
            # "The spleen is normal in size", "No focal lesion in the spleen": size wording or a denial of lesions
            # alone, no organ stated normal (guideline: only measured or only negated → no); a study with nothing
            # abnormal is still normal.
            weak = not part and (self._size_only(k, spans, lower) or normal_for_operated_state(rec.end, lower)
                                 or self._focal_denial_only(k, sent, spans, lower, sent_starts))
            own_clause = sent not in lesion_sents or self._normal_clause_is_organ(k, spans, lower, sent_starts[sent],
                                                                                    sides_are_organs)
            # "Right side normal", "the left side was 'normal'", "compared with the normal right side": one side of the
            # paired organ the report examines.
            after = lower[rec.end : min(len(lower), rec.end + 2)]
            side = ((self._side_word in window and not self._sides_hashes.isdisjoint(window))
                    or (self._side_word in after and not self._sides_hashes.isdisjoint(after))
                    or self._side_heading_before(rec.start, lower, sent_starts[sent])
                    or sided_measure_before(rec.start, lower, sent_starts[sent], self._sides)) and sides_are_organs
            denial = lower[rec.start] in self._abnormal_denials
            states_abnormal = self._states_abnormal(k, spans, lower, sent_starts, sent) \
                or (denial and self._organ_described_abnormal(k, sent, spans, lower, sent_starts))
            # "The spleen is enlarged but otherwise normal", "normal in size but coarse": the normal statement
            # concedes its organ abnormal, so the study is not normal either, even with no lesion in it. (Not
            # "Right ovary: atrophic, unremarkable", nor "enlarged nodes and a normal appendix": no concession.)
            stated_abnormal = stated_abnormal or (states_abnormal and (lower[rec.start] in self._abnormal_denials
                                                                       or self._concedes_abnormal(rec, lower)))
            if weak:
                size_or_denial_only = True
            elif not part and (sent in anatomy_sents or side) and own_clause and self.normal_beside_findings \
                    and not states_abnormal \
                    and not self._hedged_lesion_in_sentence(k, sent, spans, sent_starts, len(lower)) \
                    and not (abnormal and not denial
                             and self._organ_described_abnormal(k, sent, spans, lower, sent_starts, from_subject=True)):
                # (a worded normal's own later descriptors, "normal size, a few microliths", matter only for a whole
                # organ beside a finding: with none, the study is normal anyway; read last, for the few that get here)
                whole = True
            else:
                partial = True
                # (a part named by its own concept, "C5 root normal", "The left sternocleidomastoid is of normal
                # thickness", says nothing of the rest of its organ, which an abnormal state may describe: "the right
                # sternocleidomastoid is diffusely enlarged")
                unnamed_partial = unnamed_partial or not named_part
        normal_study = not abnormal and not stated_abnormal and not described_node \
            and (partial or size_or_denial_only) \
            and not self._hedged_lesion(spans) \
            and (unnamed_partial or not self._abnormal_state_anywhere(lower, called_normal=True))
        if whole or normal_study:
            for f, label in _info.adds:
                labels[f].add(label)
        return whole and abnormal

    def _side_heading_before(self, start: int, lower: list[int], sent_start: int) -> bool:
        """The normal word at ``start`` follows a bare side heading that opens its line ("Left: normal", "L: normal"
        under "R: consolidation ..."): the other side of the paired organ the report examines, as "Left side normal"
        says it."""
        j = start - 2
        if j < sent_start or lower[start - 1] != self._colon or lower[j] not in self._sides:
            return False
        return j == sent_start or lower[j - 1] in self._line_breaks

    def _last_organ_is_lobed(self, k: int, spans: list[MentionRecord], organs: set[str]) -> bool:
        """The last organ named before the normal statement ``spans[k]`` (at most 12 mentions back) is one gland
        whose sides are lobes ("a nodule on the left side of her thyroid. the right side was normal"), so a side
        it speaks of is a lobe; a breast named last ("my boob (right side) ... left side was normal") is not. With
        no organ named there ("Neck scan: left lobe nodule ... right side normal"), the report's ``organs`` decide."""
        organ = next((rec.site for rec in reversed(spans[max(0, k - 12) : k])
                      if rec.field in self._anatomy and rec.site in organs), None)
        return organ in ts.LOBED_ORGANS if organ is not None else not organs.isdisjoint(ts.LOBED_ORGANS)

    @staticmethod
    def _node_sentences(lower: list[int], sent_starts: list[int]) -> set[int]:
        """The sentences that name nodes: one pass over the words, made once per report and only when a normal
        statement stands beside the word "node"."""
        return {bisect_right(sent_starts, j) - 1 for j, word in enumerate(lower) if word in _NODE_WORDS}

    def _node_described(self, spans: list[MentionRecord], sent_starts: list[int], sents: set[int]) -> bool:
        """A lesion descriptor is asserted in one of ``sents``, the sentences that name nodes and state nothing normal
        ("a 26 mm round, hypoechoic node with loss of its hilum"): that node is a finding even with no diagnosis
        value. Read only for normal nodes named as the companions of others."""
        return any(rec.field in self._descriptive and rec.status == "present" and not rec.historical
                   and bisect_right(sent_starts, rec.start) - 1 in sents for rec in spans)

    @staticmethod
    def _node_feature(rec: MentionRecord, lower: list[int], lo: int) -> bool:
        """The normal statement qualifies a lymph node's hilum ("oval nodes with a normal fatty hilum", "a level III
        node with a normal echogenic hilum"): nodes that were found and characterised, no normal finding. Looks at the
        next three words for the hilum and back to ``lo`` (at most 12 words) for the node."""
        ahead = lower[rec.end : rec.end + 3]
        return not _NODE_FEATURES.isdisjoint(ahead) and not _NODE_WORDS.isdisjoint(lower[lo : rec.start])

    def _hedged_lesion(self, spans: list[MentionRecord]) -> bool:
        """The study hedges a lesion of its own ("a 6 mm focus, suggestive of a small seminoma", "a node suspicious
        for metastasis"): no normal study, so a normal part of an organ ("the epididymis is unremarkable") is no
        normal finding (guideline: a normal study, or a whole organ stated normal). One pass over the mentions,
        made only for a report whose normal statements are all parts."""
        field, normal = self.fields[0], self.vocabulary.normal_iri
        # (only a value the guideline rolls up: a hedged stone or sialadenitis names none, "may be a stone")
        return any(rec.field == field and rec.status == "uncertain" and rec.iri != normal and not rec.historical
                   and not rec.hypothetical and field in self._rollups_of(rec.iri) for rec in spans)

    def _hedged_lesion_in_sentence(self, k: int, sent: int, spans: list[MentionRecord], sent_starts: list[int],
                                   n: int) -> bool:
        """The sentence of the normal statement ``spans[k]`` hedges a lesion with no organ named between the two ("a
        lump in my breast but they said it looks fine, probably a fibroadenoma"): the "normal" speaks of that lesion,
        not of a whole organ with no finding. Not "a 'likely haemangioma' on my liver, and everything else like
        kidneys and spleen was normal" (organs named between). (An asserted lesion's sentence is decided by
        :meth:`_normal_clause_is_organ`.) Scans that sentence's mentions only."""
        field, normal, anatomy = self.fields[0], self.vocabulary.normal_iri, self._anatomy
        hedged_before = False  # a hedged lesion before the normal with no organ named after it
        for rec in mentions_between(spans, sent_starts[sent], sentence_end(sent_starts, sent, n)):
            if rec is spans[k]:
                if hedged_before:
                    return True
            elif rec.field in anatomy:
                if rec.start > spans[k].start:
                    return False  # a lesion after this organ is the organ's, not the normal's
                hedged_before = False
            elif rec.field == field and rec.status == "uncertain" and rec.iri != normal and not rec.historical \
                    and not rec.hypothetical and field in self._rollups_of(rec.iri):
                if rec.start > spans[k].start:
                    return True
                hedged_before = True
        return False

    def _states_abnormal(self, k: int, spans: list[MentionRecord], lower: list[int], sent_starts: list[int],
                         sent: int) -> bool:
        """The sentence of the normal statement ``spans[k]`` also states the organ abnormal in words that name no
        diagnosis ("the spleen is enlarged at 16 cm with no focal lesion"; not "CBD not dilated, liver normal", nor
        "liver enlarged, spleen normal": read from the clause of the organ named last before the normal)."""
        rec = spans[k]
        lo = self._subject_clause_start(k, spans, lower, sent_starts[sent])
        hi = min(sentence_end(sent_starts, sent, len(lower)), rec.end + 8)
        # (one C-level test of the widest window first: most normal statements stand with no word of an abnormal
        # state, and the contrasts below only narrow the window)
        if self._abnormal_state.isdisjoint(lower[lo:hi]):
            return False
        # A contrast starts another subject's clause ("an enlarged left testis, whereas the right testis is normal"),
        # unless what follows it continues the same one ("enlarged but otherwise normal", "normal in size but coarse").
        for j in range(rec.start - 1, lo - 1, -1):
            if lower[j] in self._contrasts and not self._continues_subject(lower, j):
                lo = j + 1
                break
        for j in range(rec.end, hi):
            if lower[j] in self._contrasts and not self._continues_subject(lower, j):
                hi = j
                break
        for j in range(lo, hi):
            if lower[j] in self._abnormal_state and self._abnormal_denials.isdisjoint(lower[max(lo, j - 2) : j]) \
                    and not _normal_filling(lower, j, lo) and not _filling_called_normal(lower, j, rec.start):
                return True
        return False

    def _last_anatomy_before(self, k: int, spans: list[MentionRecord], lo: int) -> int | None:
        """Where the last anatomy mention before ``spans[k]`` and from token ``lo`` on starts (the organ a normal
        statement speaks of); None when none is named. Looks at most eight mentions back."""
        return next((m.start for m in reversed(spans[max(0, k - 8) : k]) if m.start >= lo and m.field in self._anatomy),
                    None)

    def _subject_clause_start(self, k: int, spans: list[MentionRecord], lower: list[int], lo: int) -> int:
        """Where the clause of the organ the normal ``spans[k]`` speaks of starts: after the comma, semicolon or colon
        before the last anatomy named from token ``lo`` up to it ("liver enlarged, spleen normal" → "spleen normal");
        ``lo`` when none is named or none ends a clause before it."""
        subject = self._last_anatomy_before(k, spans, lo)
        if subject is None:
            return lo
        for j in range(subject - 1, lo - 1, -1):
            if lower[j] in self._part_clause_ends:
                return j + 1
        return lo

    def _organ_described_abnormal(self, k: int, sent: int, spans: list[MentionRecord], lower: list[int],
                                  sent_starts: list[int], from_subject: bool = False) -> bool:
        """The sentence of the denial-form normal ``spans[k]`` ("no focal lesion") describes its organ with an abnormal
        descriptor: "The liver is echogenic with no focal lesion", "Thyroid: diffusely hypoechoic, no nodules, no
        focal abnormality" (guideline: a whole description of normal wording plus negations, which this is not). Only
        a descriptor said of the organ (followed by a comma, "and", "with", the sentence end, or the organ itself),
        not one of its content ("anechoic bile, no stones, no focal abnormality"). Scans that sentence's mentions.
        ``from_subject``: read only from the organ the normal statement is about (the last anatomy before it) on, as
        for a worded normal ("RIGHT TESTIS: normal size and echotexture, a few scattered microliths"), where what
        the sentence said before of another organ ("bilateral endometriomas ... no internal vascularity; the uterus
        ... was normal") is not this organ's."""
        n = len(lower)
        hi = sentence_end(sent_starts, sent, n)
        lo = sent_starts[sent]
        if from_subject:
            subject = next((rec.start for rec in reversed(spans[max(0, k - 8) : k])
                            if rec.start >= lo and rec.field in self._anatomy), None)
            if subject is None:
                return False  # (no organ named before it in its sentence: "Normal study")
            lo = subject
            return any(rec.field in self._descriptive and rec.kb != GENERIC and not rec.negated
                       and self._released_abnormal(rec.iri, rec.field)
                       and self._rollups_of(rec.iri)[rec.field].us365k_label not in ts.FLUID_CONTENT_VALUES
                       # (or a bracketed aside after it: "contains scattered microlithiasis (fewer than five ...)")
                       and (rec.end >= hi or lower[rec.end] in self._predicate_ends or lower[rec.end] == _OPEN)
                       for rec in mentions_between(spans, lo, hi) if rec.start > spans[k].start)
        starts = {rec.start for rec in mentions_between(spans, lo, hi) if rec.field in self._anatomy}
        return any(rec.field in self._descriptive and rec.kb != GENERIC and not rec.negated
                   and self._released_abnormal(rec.iri, rec.field)
                   and (rec.end >= hi or lower[rec.end] in self._predicate_ends or rec.end in starts)
                   and not self._said_of_content(rec, lower, lo)
                   for rec in mentions_between(spans, lo, hi))

    def _said_of_content(self, rec: MentionRecord, lower: list[int], lo: int) -> bool:
        """The descriptor ``rec`` is a fluid-content value predicated of a hollow organ's content named in the two
        words before it ("contents anechoic", "the lumen is anechoic"): normal content, no fault of the organ
        (guideline: echo words on normal tissue such as anechoic bile are no lesion). Not "Right ovary: anechoic"."""
        return self._rollups_of(rec.iri)[rec.field].us365k_label in ts.FLUID_CONTENT_VALUES \
            and not _CONTENT_NOUNS.isdisjoint(lower[max(lo, rec.start - 2) : rec.start])

    def _concedes_abnormal(self, rec: MentionRecord, lower: list[int]) -> bool:
        """The normal statement ``rec`` is joined to an abnormal state of the same subject by "otherwise" or a
        contrast: "enlarged but otherwise normal", "enlarged, otherwise unremarkable", "enlarged but normal in
        echotexture", "normal in size but coarse". Looks three words back and six on."""
        lo = max(0, rec.start - 3)
        if not self._otherwise_words.isdisjoint(lower[lo : rec.start]):
            return True
        for j in (*range(lo, rec.start), *range(rec.end, min(len(lower), rec.end + 6))):
            if lower[j] in self._contrasts and (j + 1 == rec.start or self._continues_subject(lower, j)):
                return True
        return False

    def _continues_subject(self, lower: list[int], j: int) -> bool:
        """The contrast word at ``j`` goes on describing the same subject: the next word is "otherwise", a degree
        adverb or an abnormal state word ("but otherwise normal", "but slightly coarse", "but enlarged"); the
        contrast must not be ";" (a new template item)."""
        return j + 1 < len(lower) and lower[j] != self._semicolon_id and lower[j + 1] in self._same_subject

    def _names_a_part(self, k: int, spans: list[MentionRecord], lower: list[int], lo: int) -> bool:
        """The normal statement ``spans[k]`` is about anatomy named, from token ``lo``, only by concepts whose labels
        say they are part of an organ ("Infraspinatus normal": the infraspinatus tendon; "CBD normal": the common
        bile duct; not "Right testis and epididymis normal", a whole side)."""
        rec = spans[k]
        sentence_lo = lo
        for j in range(rec.start - 1, lo - 1, -1):  # the clause up to a comma or semicolon ("and" joins parts)
            if lower[j] in self._part_clause_ends:
                lo = j + 1
                break
        named = self._anatomy_named_from(k, spans, lo, lower)
        if not named and lo >= 2 and lower[lo - 1] == _COLON:  # a template key: "Infraspinatus, subscapularis: normal"
            named = self._key_anatomy(k, spans, lower, lo - 1)
        if not named and lo > sentence_lo and lower[rec.start - 1] in _WITH:
            # "Endometrium 8 mm, trilaminar, with no focal lesion": a clause that names nothing but what its subject,
            # named before the commas, is "with" speaks of that subject
            named = self._anatomy_named_from(k, spans, sentence_lo)
        return bool(named) and all(iri in self._part_or_member_iris for iri in named)

    def _named_iri(self, rec: MentionRecord) -> str:
        """The concept the anatomy mention ``rec`` names: a named part or member that a child's report re-filed to
        its paediatric organ is still that part ("Left SCM normal" beside a right fibromatosis colli: one muscle, not
        the child's neck)."""
        origin = rec.refiled_from
        return origin if origin is not None and origin in self._part_or_member_iris else rec.iri

    def _anatomy_named_from(self, k: int, spans: list[MentionRecord], lo: int,
                            lower: list[int] | None = None) -> list[str]:
        """The anatomy concepts named from token ``lo`` up to the mention ``spans[k]`` (a bounded walk back); with
        ``lower``, less a joint that only places the nerve or vessel named before it ("the ulnar nerve at the elbow
        is normal": the nerve alone)."""
        named: list[str] = []
        for j in range(k - 1, -1, -1):
            if spans[j].start < lo:
                break
            if spans[j].field in self._anatomy and not (
                    lower is not None and self._joint_placing_a_member(j, spans, lower)):
                named.append(self._named_iri(spans[j]))
        return named

    def _key_anatomy(self, k: int, spans: list[MentionRecord], lower: list[int], colon: int) -> list[str]:
        """The anatomy of a template key before ``colon`` whose value is the normal statement ``spans[k]``
        ("Infraspinatus, subscapularis: normal"): the key's mentions back to the start of its line or sentence, at
        most eight mentions."""
        named: list[str] = []
        for j in range(k - 1, max(-1, k - 9), -1):
            m = spans[j]
            if m.end > colon:
                continue
            if not _KEY_STOPS.isdisjoint(lower[m.end : colon]):
                break
            if m.field in self._anatomy and not self._joint_placing_a_member(j, spans, lower):
                named.append(self._named_iri(m))  # (a joint placing the key's nerve: "Ulnar nerve at the elbow:")
        return named

    def _lesion_in_organs_named(self, k: int, spans: list[MentionRecord], lo: int, sent: int,
                                strong_sites: dict[int, set[str]], lesion_sents: set[int],
                                sent_starts: list[int]) -> bool:
        """Whether an organ named in the clause of the normal statement ``spans[k]`` (from token ``lo``) holds a
        lesion: one in that clause, or one in another sentence that names the organ ("Right lobe: 12 mm nodule.
        Thyroid otherwise normal."). A free-fluid clause beside it ("free fluid in Morison's pouch; the liver is
        otherwise normal") is no lesion of the liver."""
        organs: set[str] = set()
        for other in mentions_before(spans, k, lo):
            if other.field == self.fields[0] and other.status == "present" and other.iri != self.vocabulary.normal_iri:
                return True
            if other.field in self._anatomy and other.site:
                organs.add(other.site)
        if not organs:
            return True  # "Otherwise normal study": the remainder of what the report has described
        # A lesion whose sentence names no organ ("Right lobe: 12 mm nodule") may be in this one; not one whose
        # sentence names this organ only to place the lesion beside it ("posterior to the right thyroid lobe ... a
        # nodule, most likely a parathyroid adenoma. The thyroid gland is otherwise unremarkable": guideline, both
        # organs, the thyroid normal).
        unplaced = [s for s in lesion_sents if s != sent and not strong_sites.get(s)]
        if any(organs & strong_sites[s] for s in lesion_sents if s != sent and strong_sites.get(s)):
            return True
        if not unplaced:
            return False
        placing = self._organs_named_in(spans, sent_starts, set(unplaced))
        return any(not organs & placing.get(s, set()) for s in unplaced)

    def _organs_named_in(self, spans: list[MentionRecord], sent_starts: list[int],
                         sents: set[int]) -> dict[int, set[str]]:
        """The organs anatomy mentions name in each of ``sents`` (sentence -> organs), whatever their weight: one pass
        over the mentions per report (on the first call of a pass), made only for an "otherwise normal" organ beside
        a lesion placed by no strong site, or a normal said of both sides beside lesions. The sets are shared: read
        them, do not change them."""
        named = self._named_by_sent
        if named is None:
            # (every sentence's at once: a pass over the mentions per call made a long report quadratic)
            named = self._named_by_sent = {}
            for rec in spans:
                if rec.field in self._anatomy and rec.site:
                    named.setdefault(bisect_right(sent_starts, rec.start) - 1, set()).add(rec.site)
        return {s: named[s] for s in sents if s in named}

    def _normal_aspect(self, rec: MentionRecord, lower: list[int]) -> bool:
        """A one-word "normal" that qualifies one aspect of an organ named within the next three words ("normal
        size and echotexture", "normal in size", "a normal wall", "normal cavernosal arterial flow")."""
        if rec.end - rec.start != 1:
            return False  # a whole normal phrase ("normal in size and echotexture") is the ontology's own synonym
        # ... or the aspect as an item's key before its value ("L kidney: 10.4 cm | cortex normal | ... | 2.8 cm
        # cyst", "; wall: normal"): the same one aspect, written the other way round. Only where the aspect opens its
        # item: "blood flow normal", "glands size normal" may still say the organ is normal.
        if _item_key_before(rec.start, lower, self._aspect_words):
            return True
        # ... or a process said to be normal ("Baby growth normal", "growth: normal"): no organ's appearance
        before = rec.start - 2 if rec.start >= 2 and lower[rec.start - 1] == _COLON else rec.start - 1
        if before >= 0 and lower[before] in _CHANGE_NOUNS:
            return True
        for j in range(rec.end, min(len(lower), rec.end + 3)):
            if lower[j] in self._aspect_words:
                return True
            if lower[j] in self._aspect_stops or lower[j] == _OPEN:
                # (a bracket after the normal gives its measure: "The right testis was normal (volume 16 ml)")
                return False
        return False

    def _normal_sides(self, side_normals: list[tuple[int, int, _Info]], spans: list[MentionRecord], lower: list[int],
                      sent_starts: list[int], anatomy_sents: set[int], lesion_sents: set[int],
                      strong_sites: dict[int, set[str]], labels: dict[str, set[str]]) -> bool:
        """Label "normal appearance" for one side of a paired organ described only in normal words and measurements
        ("Right testis 4.2 x 2.4 cm, homogeneous, normal echogenicity" beside a left epididymitis; guideline: a side
        whose whole description is normal wording). True when one was labelled. Reads the first 16 only, each
        against the report's lesion sentences, so that the parser stays linear in report length."""
        memo: dict[int, str | None] = {}
        self._named_by_sent = None  # (this report's, read on first need)
        for k, sent, info in side_normals[:16]:
            lo, hi = sent_starts[sent], sentence_end(sent_starts, sent, len(lower))
            if sent not in anatomy_sents or sent in lesion_sents \
                    or not self._vessel_organs.isdisjoint(strong_sites.get(sent, ())) \
                    or not self._side_normal_blockers.isdisjoint(lower[lo:hi]) \
                    or not (self._lesions_on_other_side(sent, strong_sites, lesion_sents, lower, sent_starts, memo)
                            or self._described_by_normal_and_negation(k, sent, spans, sent_starts, len(lower),
                                                                      strong_sites, lesion_sents)) \
                    or self._states_abnormal(k, spans, lower, sent_starts, sent) \
                    or self._describes_more(k, sent, spans, sent_starts, len(lower)):
                continue
            for f, label in info.adds:
                labels[f].add(label)
            return True
        return False

    def _normal_flow_sides(self, flow_normals: list[tuple[int, int]], info: _Info, spans: list[MentionRecord],
                           lower: list[int], sent_starts: list[int], anatomy_sents: set[int], lesion_sents: set[int],
                           strong_sites: dict[int, set[str]], vessel_sents: set[int],
                           labels: dict[str, set[str]]) -> bool:
        """Label "normal appearance" (``info``) for one side of a paired organ whose one normal word is its flow's
        ("Right testis 4.3 cm, homogeneous, normal vascularity" beside a left testicular mass; guideline: a side
        described only in normal wording): the vascularity matcher reads "normal flow" as a whole, so no normal
        statement stands there, and :meth:`_normal_sides` decides the side as it does a normal attribute. Only a
        sentence that names one side and a paired organ, no vessel (patent veins "with normal flow" are no normal
        organ: guideline) and no node ("nodes with normal hilar flow"). True when one was labelled."""
        memo: dict[int, str | None] = {}
        sides: list[tuple[int, int, _Info]] = []
        for k, sent in flow_normals[:16]:
            organs = strong_sites.get(sent, set())
            if sent in vessel_sents or not organs.isdisjoint(self._unpaired_organs) \
                    or not organs.isdisjoint(self._vessel_organs) \
                    or self._sentence_side(sent, lower, sent_starts, memo) not in ("left", "right") \
                    or not _NODE_WORDS.isdisjoint(lower[sent_starts[sent] : sentence_end(sent_starts, sent,
                                                                                         len(lower))]):
                continue
            sides.append((k, sent, info))
        return bool(sides) and self._normal_sides(sides, spans, lower, sent_starts, anatomy_sents, lesion_sents,
                                                  strong_sites, labels)

    def _normal_study_by_attributes(self, side_normals: list[tuple[int, int, _Info]], spans: list[MentionRecord],
                                    lower: list[int], sent_starts: list[int], abnormal: bool,
                                    strong_sites: dict[int, set[str]], labels: dict[str, set[str]]) -> bool:
        """A study told only in normal attributes and denials, over several sentences ("Transplant kidney, 11.8 cm.
        Cortical echogenicity is normal. No hydronephrosis. No perinephric collection."; guideline: an organ whose
        whole description is normal wording plus negations): a normal study. Not when anything is asserted or hedged
        as a lesion, an abnormal descriptor is stated ("echogenicity is normal ... a hypoechoic area"), the organ is
        said to be abnormal in other words ("enlarged", anywhere in the report), anything else is found
        ("varicocele"), nothing is denied (an attribute alone
        says too little), or the study is of vessels (compressible with normal flow is no normal study: guideline).
        Called only for a report with no lesion and a normal attribute; one pass over its mentions. True when
        labelled."""
        if abnormal or not labels[self.fields[2]] or self._hedged_lesion(spans):
            return False
        if any(not self._vessel_organs.isdisjoint(sites) for sites in strong_sites.values()):
            return False
        field, denied = self.fields[0], False
        for rec in spans:
            if rec.historical or rec.hypothetical:
                continue
            if rec.field == field:
                if not rec.negated and rec.iri != self.vocabulary.normal_iri:
                    return False  # any finding stated, even one with no released value ("varicocele on the left")
                denied = denied or rec.negated
            elif rec.field in self._descriptive and rec.kb != GENERIC and not rec.negated \
                    and self._released_abnormal(rec.iri, rec.field):
                return False
        if not denied:
            return False
        # (the organ said abnormal anywhere: "No nodules. The left lobe is enlarged.")
        if self._abnormal_state_anywhere(lower):
            return False
        for f, label in side_normals[0][2].adds:
            labels[f].add(label)
        return True

    def _abnormal_state_anywhere(self, lower: list[int], called_normal: bool = False) -> bool:
        """The report states something abnormal in words that name no diagnosis, anywhere and not denied ("the left
        lobe is enlarged", "the renal pelvis is dilated"): no normal study. ``called_normal``: states often found
        normal (a hollow organ's filling, "bladder distended"; an atrophic postmenopausal ovary) are not counted, for
        a study whose normal statements are sizes or denials only. One pass over the words, made only for a report
        with no lesion. (Also the states' nouns: "marked dilatation of the ventricles".)"""
        for j, word in enumerate(lower):
            if word in self._abnormal_state_anywhere_words \
                    and self._abnormal_denials.isdisjoint(lower[max(0, j - 2) : j]) \
                    and not (called_normal and word in _CALLED_NORMAL_STATES):
                return True
        return False

    def _size_only(self, k: int, spans: list[MentionRecord], lower: list[int]) -> bool:
        """The one-word normal ``spans[k]`` qualifies size alone ("normal in size", "of normal size", "normal
        thickness"), with no other aspect joined to it ("normal in size and echotexture", "normal size, homogeneous
        echotexture": a dimension word right after)."""
        rec = spans[k]
        if rec.end - rec.start != 1:
            return False
        # "Left ovary: size normal, there are some follicles": the size as its item's key (the guideline's "size
        # normal" -> no), not one aspect of several ("size and echo normal").
        if _item_key_before(rec.start, lower, _SIZE_ASPECTS) or self._organ_size_key_before(k, spans, lower):
            return True
        j = rec.end + 1 if rec.end < len(lower) and lower[rec.end] == _IN else rec.end
        if j >= len(lower) or lower[j] not in _SIZE_ASPECTS:
            return False
        after = _past_bracketed_measure(lower, j + 1)  # ("Normal size (14.2 cm) and echotexture": the size's value)
        if after < len(lower) and lower[after] in _ASPECT_JOINERS:
            return False
        # (a dimension named just after, alone or in a descriptor phrase: "normal size, homogeneous echotexture"
        # words the echotexture normal too; "normal size, homogeneous" does not: guideline)
        return not any(other.start <= after + 2 and (other.kb == GENERIC or (other.field in self._descriptive
                                                                          and other.end - other.start > 1))
                       for other in spans[k + 1 : k + 3])

    def _organ_size_key_before(self, k: int, spans: list[MentionRecord], lower: list[int]) -> bool:
        """The normal ``spans[k]`` answers a template key made of its organ and a size word ("Liver size: normal",
        "Spleen dimensions: normal"): the size key of :func:`_item_key_before`, with the organ named inside it."""
        start = spans[k].start
        key = start - 2
        if k == 0 or key < 1 or lower[start - 1] != _COLON or lower[key] not in _SIZE_ASPECTS:
            return False
        organ = spans[k - 1]
        return organ.field in self._anatomy and organ.end == key \
            and (organ.start == 0 or lower[organ.start - 1] in _ITEM_OPENERS)

    def _focal_denial_only(self, k: int, sent: int, spans: list[MentionRecord], lower: list[int],
                           sent_starts: list[int]) -> bool:
        """The normal ``spans[k]`` is a denial of focal lesions ("no focal lesion", "no focal abnormality") and its
        sentence says nothing else but anatomy ("Spleen: normal echotexture, no focal lesion" says more): the organ is
        only negated. Scans that sentence's mentions only."""
        rec = spans[k]
        if lower[rec.start] not in self._abnormal_denials or _FOCAL_DENIALS.isdisjoint(lower[rec.start : rec.end]):
            return False
        # Read from the organ it is said of, the last anatomy named before it in the sentence ("a cyst on my ovary,
        # and the liver shows no focal lesion": the cyst is not the liver's); anything else said there ("not
        # enlarged, lumen anechoic", "normal echotexture") describes the organ, but for more denials ("and no
        # ascites").
        lo = sent_starts[sent]
        subject = self._last_anatomy_before(k, spans, lo)
        lo = lo if subject is None else subject
        return all(other is rec or other.field in self._anatomy or other.negated
                   for other in mentions_between(spans, lo, sentence_end(sent_starts, sent, len(lower))))

    def _described_by_normal_and_negation(self, k: int, sent: int, spans: list[MentionRecord], sent_starts: list[int],
                                          n: int, strong_sites: dict[int, set[str]], lesion_sents: set[int]) -> bool:
        """A whole organ described in one sentence by a normal attribute and a denied finding ("thyroid: echogenicity
        is normal, no nodules"; "Liver: normal echotexture, no focal lesion"; guideline: a whole description of normal
        wording plus negations), with no lesion of that organ anywhere in the report."""
        # (a lesion whose sentence names no organ, "A 2 cm haemangioma in segment 6", may be in this one)
        if self._organ_has_lesion(sent, strong_sites, lesion_sents, False) \
                or any(not strong_sites.get(s) for s in lesion_sents):
            return False
        return any(rec.field == self.fields[0] and rec.negated and not rec.historical and not rec.hypothetical
                   for rec in mentions_between(spans, sent_starts[sent], sentence_end(sent_starts, sent, n)))

    def _describes_more(self, k: int, sent: int, spans: list[MentionRecord], sent_starts: list[int], n: int) -> bool:
        """The sentence of ``spans[k]`` also states a descriptor value other than a normal one ("heterogeneous,
        hypoechoic", "increased flow"); scans that sentence's mentions only."""
        return any(rec.field in self._descriptive and rec.kb != GENERIC and not rec.negated
                   and self._released_abnormal(rec.iri, rec.field)
                   for rec in mentions_between(spans, sent_starts[sent], sentence_end(sent_starts, sent, n)))

    def _released_abnormal(self, iri: str, field: str) -> bool:
        """A descriptor with a released value that is not the normal one of its scale ("hypoechoic", "increased
        vascularity"; not "normal flow", nor "homogeneous", which has no released value). Nor a well-defined margin:
        said of an organ it is its smooth outline ("Uterus: 52 mm, contours even, myometrium homogeneous"), normal
        wording (guideline: an organ's outline gives no margin)."""
        value = self._rollups_of(iri).get(field)
        return value is not None and not (value.us365k_label or "").startswith("normal") \
            and value.us365k_label != ts.MARGIN_WELL_DEFINED

    def _lesions_on_other_side(self, sent: int, strong_sites: dict[int, set[str]], lesion_sents: set[int],
                               lower: list[int], sent_starts: list[int], memo: dict[int, str | None]) -> bool:
        """The normal's sentence describes one side of a paired organ with no lesion of its own, and every lesion of
        that organ lies on the other side ("Right testis 4.2 cm, homogeneous, normal echogenicity" beside a left
        epididymitis): that side is a whole organ stated normal (guideline: "left testis", "right ovary")."""
        if sent in lesion_sents:
            return False
        side = self._sentence_side(sent, lower, sent_starts, memo)
        if side not in ("left", "right"):
            return False
        organs = strong_sites.get(sent, set())
        for other in lesion_sents:
            # (a lesion sentence naming no organ strongly, "a 6 mm cyst in the right epididymal head", may be its)
            other_organs = strong_sites.get(other, set())
            if (not other_organs or organs & other_organs) \
                    and self._sentence_side(other, lower, sent_starts, memo) in (None, "bilateral", side):
                return False
        return True

    def _sentence_side(self, sent: int, lower: list[int], sent_starts: list[int],
                       memo: dict[int, str | None]) -> str | None:
        """The one side a sentence names ("left", "right"), "bilateral" when it names both, else ``None``."""
        if sent not in memo:
            found = {self._sides[h] for h in lower[sent_starts[sent] : sentence_end(sent_starts, sent, len(lower))]
                     if h in self._sides}
            memo[sent] = None if not found else found.pop() if len(found) == 1 else "bilateral"
        return memo[sent]

    def _both_sides_have_lesions(self, window: list[int], sent: int, spans: list[MentionRecord],
                                 strong_sites: dict[int, set[str]], lesion_sents: set[int], lower: list[int],
                                 sent_starts: list[int], memo: dict[int, str | None]) -> bool:
        """A normal statement about both sides of a paired organ ("Both testes are normal in size and echotexture")
        while the report places lesions of that organ on both sides (a right epididymal cyst, bilateral hydroceles):
        no side is a whole organ with no finding (guideline: "Both testes normal" -> yes only when one hemiscrotum has
        no finding at all). Reads the sides of the lesion sentences that name the organ (a lesion named with no organ
        may be another organ's: "Small bilateral hydroceles" is not read). The normal's own organ is the one its
        sentence names, strongly or not ("Both testes normal in size": the testes name the scrotum)."""
        if not lesion_sents or _BILATERAL.isdisjoint(window):
            return False
        organs = strong_sites.get(sent) or self._organs_named_in(spans, sent_starts, {sent}).get(sent)
        if not organs:
            return False
        by_organ = self._lesion_sents_by_organ
        if by_organ is None:
            # (the organs each lesion sentence names, placed or not: "a cyst in the left epididymal head", and the
            # side it names; filed once per pass, as a look at every lesion sentence per normal statement made a long
            # report quadratic)
            by_organ = self._lesion_sents_by_organ = {}
            named = self._organs_named_in(spans, sent_starts, lesion_sents)
            for other in lesion_sents:
                if site_organs := strong_sites.get(other, set()) | named.get(other, set()):
                    side = self._sentence_side(other, lower, sent_starts, memo)
                    for organ in site_organs:
                        by_organ.setdefault(organ, {}).setdefault(side, set()).add(other)
        # (the sides of the other lesion sentences: a side only the normal's own sentence names is not one)
        sides = {side for organ in organs for side, sents in by_organ.get(organ, {}).items()
                 if len(sents) > 1 or sent not in sents}
        return "bilateral" in sides or {"left", "right"} <= sides

    def _vessel_beside_its_lesion(self, sent: int, spans: list[MentionRecord], strong_sites: dict[int, set[str]],
                                  lesion_sents: set[int], lower: list[int], sent_starts: list[int],
                                  memo: dict[int, str | None]) -> bool:
        """The normal's sentence names only vessels ("Posterior tibial veins ok.", "CFV compressible, normal
        flow") while a lesion of the same vessel system lies on the same side or one unsaid ("peroneal vein
        thrombus"): one segment of a system that holds a finding, a part, not the whole limb's veins (guideline: a
        whole organ or side with no finding)."""
        if not lesion_sents:
            return False
        # (a bare vessel name, "Posterior tibial veins ok", names its system only weakly)
        organs = strong_sites.get(sent) or self._organs_named_in(spans, sent_starts, {sent}).get(sent)
        if not organs or not organs <= self._vessel_organs:
            return False
        side = self._sentence_side(sent, lower, sent_starts, memo)
        if side == "bilateral":
            return False  # "The right vertebral artery and both carotid systems are normal": whole systems named
        # (only a lesion placed in the same system counts, an unplaced "Baker cyst 4 cm" being the knee's; and a
        # normal said of one side, "Normal left carotid system", only beside a lesion said of that side)
        return any(organs & strong_sites.get(other, set())
                   and (side is None or self._sentence_side(other, lower, sent_starts, memo) in ("bilateral", side))
                   for other in lesion_sents)

    @staticmethod
    def _lesions_outside_testes(sent: int, strong_sites: dict[int, set[str]], lesion_sents: set[int],
                                lower: list[int], sent_starts: list[int]) -> bool:
        """Every lesion of the normal testes' organ, or placed in none, lies outside the testes: its sentence names
        the epididymis, a hydrocele or a varicocele ("A large right hydrocele surrounding the right testis", "4 mm
        cyst in the head of the left epididymis"). Then "Both testes are normal in size and echotexture" calls the
        glands themselves normal, each a whole side (guideline: "left testis"), though the scrotum holds lesions."""
        if sent in lesion_sents:
            return False  # "Both testes normal; right and left epididymal cysts": one breath, read by its clauses
        organs = strong_sites.get(sent, set())
        n = len(lower)
        return bool(lesion_sents) and all(
            not _OUTSIDE_TESTES.isdisjoint(lower[sent_starts[other] : sentence_end(sent_starts, other, n)])
            for other in lesion_sents if not strong_sites.get(other) or organs & strong_sites[other])

    @staticmethod
    def _only_organ_has_unplaced_lesion(sent: int, strong_sites: dict[int, set[str]], lesion_sents: set[int]) -> bool:
        """A lesion whose sentence names no organ ("Nodule 1: right mid pole, 18 mm") in a report whose only organ
        named is the one of the normal aspect ("Thyroid normal in size."): it is that organ's lesion."""
        organs = strong_sites.get(sent, set())
        if not organs or all(strong_sites.get(s) for s in lesion_sents):
            return False
        return all(sites <= organs for sites in strong_sites.values())

    @staticmethod
    def _organ_has_lesion(sent: int, strong_sites: dict[int, set[str]], lesion_sents: set[int],
                          next_on_line: bool) -> bool:
        """A lesion is asserted in an organ the sentence ``sent`` names: in that sentence, in one naming that organ, or
        in the next sentence on the same line when it names no organ of its own ("Liver: normal size. A 2 cm
        lesion in segment VI"); a new line starts a new organ's template line ("Bladder: normal wall\nComment: ...")."""
        organs = strong_sites.get(sent, set())
        if not organs:
            return False
        if next_on_line and sent + 1 in lesion_sents and not strong_sites.get(sent + 1, set()) - organs:
            return True
        # A lesion in the normal's own sentence ("a normal wall and a 6 mm polyp") is in the organ it names.
        return sent in lesion_sents or any(organs & strong_sites.get(s, set()) for s in lesion_sents)

    @staticmethod
    def _header_line_sentences(normals: list[tuple[int, int, _Info]], sent_starts: list[int], anatomy_sents: set[int],
                               lesion_sents: set[int], text: str, idx: list[int]) -> set[int]:
        """Normal statements that continue an organ header's line ("LEFT KIDNEY: 11.9 cm. Normal.", "LK 12.0 cm.
        NAD."): the sentence before names the organ and no lesion, on the same line, as a "key:" line or opening the
        line. They speak of that organ."""
        out = set()
        for _, sent, _info in normals:
            prev = sent - 1
            if sent in anatomy_sents or prev < 0 or prev not in anatomy_sents or prev in lesion_sents:
                continue
            line = text[idx[sent_starts[prev]] : idx[sent_starts[sent]]]
            # ("LK 12.0 cm. NAD.": an organ line without the colon, the organ opening the line)
            opens_line = idx[sent_starts[prev]] == 0 or text[idx[sent_starts[prev]] - 1] == "\n"
            if "\n" not in line and (":" in line or opens_line):
                out.add(sent)
        return out

    def _premodifies_organ(self, k: int, spans: list[MentionRecord], lower: list[int]) -> bool:
        """A one-word "normal" that is the adjective of the organ noun right after it, past a side word ("a normal
        left testis", "this normal nerve", "the normal right kidney"): the organ itself is called normal, whatever
        lesion its clause names beside it. Not a part of an organ ("a normal left lobe" beside a right-lobe nodule)."""
        rec = spans[k]
        if rec.end - rec.start != 1 or k + 1 >= len(spans):
            return False
        before = rec.start - 1
        if before >= 0 and lower[before] in _DETERMINERS:
            before -= 1
        if before >= 0 and lower[before] in _HOLDING:
            return False  # "a polyp within a normal gallbladder": the organ holds the lesion
        nxt = spans[k + 1]
        gap = lower[rec.end : nxt.start]
        return nxt.field in self._anatomy and nxt.iri not in self._part_iris and len(gap) <= 1 \
            and self._sides_hashes.issuperset(gap) and nxt.end - nxt.start <= 3

    def _elided_other_side(self, k: int, spans: list[MentionRecord], lower: list[int], seps: list[int],
                           sent_start: int) -> bool:
        """The normal's clause is a bare side word, the organ elided after the clause before it named the other side
        of a paired organ ("Kidneys: mild left hydronephrosis, right normal"; "Ovaries: left 3 cm cyst, right
        normal"): that side is a whole organ stated normal. Not when the clause before names a part ("right lobe
        nodule, left normal": the elided noun is the lobe) or the organ is unpaired. Reads the two clauses only."""
        rec = spans[k]
        side = self._sides.get(lower[rec.start - 1]) if rec.start > sent_start else None
        side_sep: int | None = None
        if side in ("left", "right") and seps and seps[-1] == rec.start - 2:
            before = lower[(seps[-2] + 1 if len(seps) > 1 else sent_start) : seps[-1]]
        else:
            # "Kidneys: right 10.9 cm, 14 mm cyst; left 11.2 cm, normal": the side's clause holds only its measure
            # (no mention) before the normal; the other side may be named any clause back in the sentence.
            side_sep = next((j for j in reversed(seps) if rec.start - j <= 10 and self._sides.get(lower[j + 1])
                             in ("left", "right")), None)
            if side_sep is None or any(side_sep + 1 < s.start < rec.start for s in spans[max(0, k - 8) : k]):
                return False
            side, before = self._sides.get(lower[side_sep + 1]), lower[sent_start:side_sep]
            # (a part word only right after the other side names what is elided, "right lobe ...; left ...", not
            # where that side's lesion lies, "... cyst at the upper pole")
            part_scope = [word for j, word in enumerate(before)
                          if any(self._sides.get(w) not in (None, side) for w in before[max(0, j - 2) : j])]
            if not self._part_words.isdisjoint(part_scope):
                return False
        if not any(self._sides.get(word) not in (None, side) for word in before) \
                or (side_sep is None and not self._part_words.isdisjoint(before)):
            return False
        organ = next((s.site for s in reversed(spans[max(0, k - 8) : k])
                      if s.start >= sent_start and s.field in self._anatomy), None)
        return organ is not None and organ not in self._unpaired_organs

    def _normal_clause_is_organ(self, k: int, spans: list[MentionRecord], lower: list[int], sent_start: int,
                                sides_are_organs: bool = False) -> bool:
        """In a sentence that also describes lesions, "normal" states a whole organ normal when its own clause
        names an organ and no lesion ("...; the uterus measured 8 cm and was normal", "two liver lesions and a
        normal spleen"). The clause runs between separators; one that names no organ ("and was normal") takes in
        the clause before it. ``sides_are_organs``: the report's organs are paired (no thyroid), so a clause whose
        subject is one side ("and that the right side looked normal") names a whole organ."""
        rec = spans[k]
        if self._premodifies_organ(k, spans, lower):
            return True  # "a septated hydrocele surrounding a normal left testis": the testis itself is called normal
        seps = [j for j in range(max(sent_start, rec.start - 40), rec.start) if lower[j] in self._clause_seps]
        if self._elided_other_side(k, spans, lower, seps, sent_start):
            return True
        # (the clause also ends with its sentence: "..., no focal lesion. Portal vein patent" names no organ of it)
        end = next((j for j in range(rec.end, min(len(lower), rec.end + 12))
                    if lower[j] in self._clause_seps or lower[j] in self._sentence_stops), rec.end + 12)
        for back in (1, 2):
            lo = seps[-back] + 1 if len(seps) >= back else max(sent_start, rec.start - 40)
            # The mentions around k (spans are in token order): a bounded walk, not a pass over the report.
            first = k
            while first > 0 and spans[first - 1].start >= lo:
                first -= 1
            last = k
            while last + 1 < len(spans) and spans[last + 1].start < end:
                last += 1
            # (anatomy in a denial's reach still names the clause's organ: "no synovial thickening, left hip normal")
            inside = [s for s in spans[first : last + 1] if s is not rec and (s.status == "present"
                      or s.field in self._anatomy) and not s.historical and not s.hypothetical]
            kinds = {(self._info.get(s.iri) or self._describe(s.iri, s.field, None)).kind for s in inside}
            if "lesion" in kinds:
                return False
            if "anatomy" in kinds:
                return True
            if back == 1 and sides_are_organs and self._side_word in lower[lo : rec.start] \
                    and any(self._sides.get(word) in ("left", "right") for word in lower[lo : rec.start]):
                # "..., nothing solid in it, and that the right side looked normal": the clause's subject is one side
                # of the paired organ the report examines, the organ itself left unsaid (as for a side's own
                # sentence, "Right side normal")
                return True
        return False
