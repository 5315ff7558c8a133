"""The rule mixins' shared declarations (udt/parser/host.py) never stand in for a real rule at run time."""

from __future__ import annotations

import inspect

from udt.parser.host import SiteRulesHost
from udt.parser.sites import SitesAndFindings

DECLARED = sorted(name for name, member in inspect.getmembers(SiteRulesHost, inspect.isfunction)
                  if getattr(member, "__isabstractmethod__", False))


def test_the_host_declares_the_rules_the_mixins_share() -> None:
    assert {"_rollups_of", "_describe", "_implied_sites", "_organ_contours"} <= set(DECLARED)


def test_every_declared_rule_is_defined_by_the_host_or_a_mixin() -> None:
    # A stub reached at run time would return None in place of the rule's answer.
    stubs = [name for name in DECLARED if getattr(SitesAndFindings, name) is getattr(SiteRulesHost, name)]
    assert stubs == []


def test_the_shared_base_comes_after_every_mixin() -> None:
    mro = SitesAndFindings.__mro__
    assert all(issubclass(base, SiteRulesHost) for base in SitesAndFindings.__bases__)
    assert mro.index(SiteRulesHost) == len(mro) - 2  # just before object
