"""udt.parser.substrings.holds_any: the plain-loop substring test that replaced ``any(map(text.__contains__, ...))``
in the passes' gates. Passages written for this file."""

from __future__ import annotations

import pytest

from udt.parser.clock_sites import may_cite_clock
from udt.parser.recalled_sizes import recalled_at
from udt.parser.substrings import holds_any


@pytest.mark.parametrize(("text", "needles", "held"), [
    ("cyst of the upper pole, 9 mm", ("pole", "segment"), True),
    ("cyst of the upper pole, 9 mm", ("segment", "quadrant"), False),
    ("nodule", (), False),  # no needle: nothing held
    ("d’abcès", ("d'", "d’"), True),  # a typographic apostrophe
    ("ABC", ("abc",), False),  # case-sensitive, as ``in`` is
])
def test_holds_any_is_any_substring(text: str, needles: tuple[str, ...], held: bool) -> None:
    assert holds_any(text, needles) is held is any(needle in text for needle in needles)


def test_holds_any_takes_any_iterable() -> None:
    assert holds_any("left ovary cyst", iter(["kidney", "ovary"]))
    assert holds_any("left ovary cyst", frozenset({"cyst"}))


def test_gates_through_it_still_fire() -> None:
    # A clock position written with an hour letter sequence, and a size recalled from before: both still read.
    assert may_cite_clock("Right breast 10 o'clock: 8 mm mass.")
    assert not may_cite_clock("Liver normal. No free fluid.")
    text = "The cyst, previously 12 mm, now measures 15 mm."
    assert recalled_at(text, text.index("12 mm"), text.index("12 mm") + 5)
    assert not recalled_at(text, text.index("15 mm"), text.index("15 mm") + 5)
