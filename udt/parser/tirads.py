"""ACR TI-RADS for the thyroid-nodule findings of a parsed report (``Finding.tirads``).

Which finding is a thyroid nodule is read from the ontology, not from wording: a finding whose concept is the
*thyroid nodule* diagnosis or one of its subclasses, or a finding of its released diagnosis value (*nodule*)
at one of its typical sites (the thyroid gland). The finding's present mentions are scored with
:meth:`udt.Taxonomy.tirads` (finest concepts, so "markedly hypoechoic" counts 3, not 2); its negated mentions
are passed as stated absences ("no extrathyroidal extension", "no calcifications"); a negated mention the parser
left unattached counts for the finding whose first mention comes last before it. Uncertain mentions count for
nothing, so a category they alone describe stays missing.
"""

from __future__ import annotations

from udt.parser.schema import ParsedReport, Tirads
from udt.taxonomy import Concept, Taxonomy

_TARGETS: dict[str, tuple[frozenset[str], str | None, frozenset[str]]] = {}


def _targets(tax: Taxonomy) -> tuple[frozenset[str], str | None, frozenset[str]]:
    """(thyroid-nodule concept IRIs, their released diagnosis string, the organs of their typical sites)."""
    key = tax.digest or str(id(tax))
    if key not in _TARGETS:
        nodule = tax.find("thyroid nodule", "Diagnosis")
        if nodule is None:
            _TARGETS[key] = (frozenset(), None, frozenset())
        else:
            released = tax.rollup(nodule)
            organs = set()
            for site in tax.sites(nodule):
                organ = tax.rollups(site).get("Organ_level")
                if organ is not None and organ.us365k_label:
                    organs.add(organ.us365k_label)
            iris = frozenset([nodule.iri, *(c.iri for c in tax.descendants(nodule))])
            _TARGETS[key] = (iris, released.us365k_label if released else None, frozenset(organs))
    return _TARGETS[key]


def add_tirads(report: ParsedReport, tax: Taxonomy) -> ParsedReport:
    """Set ``tirads`` on every present thyroid-nodule finding of ``report`` (in place); returns the report."""
    iris, released, organs = _targets(tax)
    if not iris or not report.findings:
        return report
    concept_iri = {c.label: c.iri for c in (tax.find(f.concept, "Diagnosis") for f in report.findings if f.concept)
                   if isinstance(c, Concept)}
    starts = _finding_starts(report)
    for index, finding in enumerate(report.findings):
        if finding.kind != "lesion" or finding.status != "present":
            continue
        named = concept_iri.get(finding.concept or "")
        if named not in iris and not (finding.diagnosis == released and finding.organ in organs):
            continue
        present: dict[str, list[str]] = {}
        absent: list[str] = []
        for mention in report.mentions:
            owner = mention.finding if mention.finding is not None else _nearest_before(starts, mention.start)
            if owner != index or not mention.iri:
                continue
            if mention.status == "present":
                present.setdefault(mention.dimension, []).append(mention.iri)
            elif mention.status == "absent":
                absent.append(mention.iri)
        score = tax.tirads(present, absent=absent)
        finding.tirads = Tirads(points=score.points, level=score.level, missing=list(score.missing))
    return report


def _finding_starts(report: ParsedReport) -> list[tuple[int, int]]:
    """(character offset of its first mention, finding index), in text order."""
    first: dict[int, int] = {}
    for mention in report.mentions:
        if mention.finding is not None:
            first[mention.finding] = min(first.get(mention.finding, mention.start), mention.start)
    return sorted((start, index) for index, start in first.items())


def _nearest_before(starts: list[tuple[int, int]], offset: int) -> int | None:
    owner = None
    for start, index in starts:
        if start > offset:
            break
        owner = index
    return owner
