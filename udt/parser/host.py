"""The rules each rule mixin of :class:`udt.parser.sites.SitesAndFindings` may call on its host or on another mixin.

The findings component's rules are split over mixins (:mod:`udt.parser.implied`, :mod:`udt.parser.landmarks`, ...)
that call one another and ``SitesAndFindings`` through ``self``. :class:`SiteRulesHost` declares those shared rules
once, as abstract methods, and every mixin derives from it, so the type checker knows what each call returns and
that ``SitesAndFindings`` defines them all. It replaces per-mixin ``if TYPE_CHECKING:`` declarations inside the
class bodies, a statement mypyc cannot compile (``benchmarks/parser_mypyc.py``).

Why a shared base is safe at run time: Python places a base shared by all the mixins after every one of them in
``SitesAndFindings``'s method resolution order, whatever order the bases are listed in, so its stubs never shadow
the real rule of a mixin or of the host.
"""

from __future__ import annotations

from abc import abstractmethod
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from udt.parser.record import MentionRecord
    from udt.parser.sites import _Info, _Report
    from udt.taxonomy import Concept


class SiteRulesHost:
    """The rules shared between ``SitesAndFindings`` and its mixins; each is defined by the class named below."""

    # Defined by SitesAndFindings (udt/parser/sites.py).
    @abstractmethod
    def _describe(self, iri: str, field: str, rolled: dict[str, Concept] | None) -> _Info: ...

    @abstractmethod
    def _diagnosis_kind_of(self, concept: Concept) -> str: ...

    @abstractmethod
    def _organ_iri(self, iri: str) -> str | None: ...

    @abstractmethod
    def _organ_label(self, iri: str) -> str | None: ...

    @abstractmethod
    def _rollups_of(self, iri: str) -> dict[str, Concept]: ...

    @abstractmethod
    def _typical_sites(self, iri: str) -> tuple[Concept, ...]: ...

    @abstractmethod
    def _pleural_place(self) -> tuple[str, str | None] | None: ...

    # Defined by DegreeRules (udt/parser/degrees.py).
    @abstractmethod
    def _denied_grade(self, rec: MentionRecord, lower: list[int]) -> tuple[Concept, int] | None: ...

    @abstractmethod
    def _swallowed_values(self, rec: MentionRecord, lower: list[int], strings: Any) -> list[Concept]: ...

    # Defined by LandmarkRules (udt/parser/landmarks.py).
    @abstractmethod
    def _describes_flow(self, k: int, spans: list[MentionRecord], lower: list[int]) -> bool: ...

    @abstractmethod
    def _said_patent(self, m: MentionRecord, text: str) -> bool: ...

    @abstractmethod
    def _joint_placing_a_member(self, j: int, spans: list[MentionRecord], lower: list[int]) -> bool: ...

    # Defined by PediatricRules (udt/parser/pediatric.py).
    @abstractmethod
    def _pediatric_system(self) -> str | None: ...

    @abstractmethod
    def _counterpart_rollups(self, iri: str) -> dict[str, Concept]: ...

    @abstractmethod
    def _child_rollups(self, iri: str) -> dict[str, Concept]: ...

    @abstractmethod
    def _pediatric_of(self, organ: Concept | None) -> Concept | None: ...

    # Defined by ImpliedSiteRules (udt/parser/implied.py).
    @abstractmethod
    def _implied_sites(self, iri: str) -> tuple[Concept, ...]: ...

    @abstractmethod
    def _label_implied_sites(self, r: _Report) -> None: ...

    @abstractmethod
    def _label_lesson_sites(self, r: _Report) -> None: ...

    @abstractmethod
    def _effusion_in_the_chest(self, r: _Report) -> None: ...

    @abstractmethod
    def _label_site(self, iri: str | None, pediatric: bool, labels: dict[str, set[str]]) -> None: ...

    # Defined by MarginRules (udt/parser/margins.py).
    @abstractmethod
    def _organ_contours(self, margins: list[tuple[int, _Info, bool]], spans: list[MentionRecord],
                        sent_starts: list[int], strong_sites: dict[int, set[str]],
                        labels: dict[str, set[str]], text: str = "", idx: list[int] | None = None,
                        regions: frozenset[int] = frozenset()) -> None: ...
