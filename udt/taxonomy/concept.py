"""The typed records of the taxonomy: a dimension and a concept."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_/.]+")


def lookup_key(text: str) -> str:
    """The key look-ups compare: case-folded, with hyphens, underscores, slashes and spaces removed.

    So "Hypo-echoic", "hypo echoic" and "HYPOECHOIC" all meet at ``hypoechoic``.
    """
    return _SEPARATORS.sub("", text.casefold())


@dataclass(frozen=True, slots=True)
class Dimension:
    """One of the nine UDAF dimensions, named by its US-365K field (``Echogenicity``...)."""

    field: str
    iri: str
    label: str
    index: int
    ordinal: bool = False


@dataclass(frozen=True, slots=True)
class FindingLink:
    """One ``hasTypicalFinding`` axiom: the attribute value, how often it is seen, and who says so.

    ``strength`` is ``"typical"`` (the textbook appearance) or ``"possible"`` (seen, but not the rule);
    ``source`` names the lexicon or text (``"ACR BI-RADS US"``, ``"standard sonography texts"``...).
    """

    target: str
    strength: str = "typical"
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Concept:
    """A class of the ontology with everything the toolkit reads from it.

    ``dimension`` is the US-365K field of the nearest dimension class above the concept (``None`` for the
    root and the dimension classes themselves). ``us365k_label`` is set on the released values only;
    finer concepts reach theirs through :meth:`udt.Taxonomy.rollup`. ``rolls_up`` is ``False`` for a finer
    concept the ontology marks as having no clinically defensible released value.
    """

    iri: str
    curie: str
    label: str
    definition: str | None = None
    dimension: str | None = None
    parents: tuple[str, ...] = ()
    exact_synonyms: tuple[str, ...] = ()
    related_synonyms: tuple[str, ...] = ()
    # The synonyms above tagged with a language other than English ("vascularização aumentada", xml:lang="pt"): the
    # parser reads them in mixed-language reports; text written in English (the phantom's reports) leaves them out.
    foreign_synonyms: tuple[str, ...] = ()
    us365k_label: str | None = None
    rank: int | None = None
    exact_matches: tuple[str, ...] = ()
    close_matches: tuple[str, ...] = ()
    deprecated: bool = False
    replaced_by: str | None = None
    rolls_up: bool = True
    is_dimension: bool = False
    comment: str | None = field(default=None, compare=False)
    # Clinical knowledge: IRIs of udt:hasTypicalSite targets, the alternatives of each "site some (A or B)"
    # restriction, and the udt:hasTypicalFinding axioms.
    sites: tuple[str, ...] = ()
    site_unions: tuple[tuple[str, ...], ...] = ()
    findings: tuple[FindingLink, ...] = ()
    # Declared roles (annotation properties in the ontology; never inferred from wording).
    pediatric: bool = False
    landmark: bool = False
    unpaired: bool = False  # one of its kind: a side word never gives its findings a laterality
    region: bool = False  # also named as where another organ's finding lies ("at mid thigh")
    physiological: bool = False  # a normal structure reports name like a finding (ovarian follicles)
    organ_state: bool = False  # a state of a whole organ or duct (hydronephrosis), not a lesion in it
    names_no_attribute: bool = False  # a descriptor word in its name is part of the name ("cystic PVL")
    abdominopelvic: bool = False  # an organ of the abdomen or pelvis: free fluid described after it is not in it
    generic_lesion: bool = False  # the diagnosis of a lesion of unstated nature ("lesion", "formation")
    unplaced_site: str | None = None  # IRI of the body space a finding named without an organ lies in (free fluid)
    laterality: str | None = None  # "left"/"right": the side of one of a pair ("right kidney", named "RK")
    means_normal: bool = False
    pediatric_counterpart: str | None = None
    # ACR TI-RADS: the feature category this value belongs to and its points (None: category only).
    tirads_category: str | None = None
    tirads_points: int | None = None

    @property
    def synonyms(self) -> tuple[str, ...]:
        """Exact then related synonyms."""
        return self.exact_synonyms + self.related_synonyms

    @property
    def is_released_value(self) -> bool:
        """True for the 93 values of the US-365K release."""
        return self.us365k_label is not None

    def __str__(self) -> str:
        return f"{self.label} ({self.curie})"
