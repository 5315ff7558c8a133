"""A list of substring probes gated by a few short keys (udt.parser.substring_keys): the same answer as testing
each probe, on texts that hold a probe, a key but no probe, or neither."""

from __future__ import annotations

import pytest

from udt.parser.substring_keys import SubstringGate, covering_keys
from udt.parser.termset import AXIS_COLUMN_NAMES


def test_every_probe_holds_a_key() -> None:
    keys = covering_keys(AXIS_COLUMN_NAMES)
    assert len(keys) < len(AXIS_COLUMN_NAMES) // 2
    assert all(any(k in probe for k in keys) for probe in AXIS_COLUMN_NAMES)


def test_a_probe_shorter_than_a_key_is_its_own_key() -> None:
    assert covering_keys(("ab", "abcdef", "xabcd"), width=4) == ("ab", "abcd")


def test_keys_do_not_depend_on_the_probe_order() -> None:
    names = list(AXIS_COLUMN_NAMES)
    assert covering_keys(names) == covering_keys(reversed(names))


TEXTS = [
    "rechts: korte as 8 mm, lange as 14 mm",  # Dutch axes
    "schilddrüse links, kurzachse 6 mm",  # German
    "ganglio cervical, eje corto 7 mm",  # Spanish
    "linfonodo, eixo curto 9 mm",  # Portuguese
    "ganglion axillaire, petit axe 8 mm",  # French
    "the assessment was limited; the cysts are as before",  # keys ("asse", "e as") but no axis name
    "the ascending colon; a lange-asymmetry",  # a key inside other words
    "liver normal. no focal lesion.",  # neither
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_gate_answers_as_every_probe_does(text: str) -> None:
    gate = SubstringGate(AXIS_COLUMN_NAMES)
    assert gate.any_in(text) == any(name in text for name in AXIS_COLUMN_NAMES)


def test_axis_column_gate_reads_foreign_axes_only() -> None:
    from udt.parser.column_headers import may_name_axis_column

    assert may_name_axis_column("Rechts | Korte as | Lange as")
    assert may_name_axis_column("Short axis 5 mm")
    assert not may_name_axis_column("The assessment: cysts as before, eje")  # near miss: keys, no name
