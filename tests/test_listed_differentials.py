"""A differential written one item per line under its heading is weighed as one set of alternatives: a later test
that settles one item discards the others. A plain list of findings weighs nothing. Passages written for this file."""

from __future__ import annotations

from udt.parser import ReportParser

_SETTLED = (
    "Right breast, 2 o'clock: 3.1 cm hypoechoic collection with debris and peripheral hyperaemia.\n"
    "Differential diagnosis:\n"
    "- abscess (favoured)\n"
    "- infected haematoma\n"
    "- inflammatory carcinoma (less likely)\n"
    "Follow-up: needle aspiration yielded 8 mL of pus, confirming an abscess."
)


def _uncertain(parser: ReportParser, text: str) -> set[tuple[str, str | None]]:
    return {(m.dimension, m.value) for m in parser.parse(text).mentions if m.status == "uncertain"}


def test_listed_alternative_settled_by_a_test_is_dropped(parser: ReportParser) -> None:
    report = parser.parse(_SETTLED)
    assert ("Diagnosis", "mass") not in _uncertain(parser, _SETTLED)
    assert "mass" not in report.labels["Diagnosis"]
    assert "fluid collection" in report.labels["Diagnosis"]


def test_unsettled_listed_differential_stays_doubted(parser: ReportParser) -> None:
    text = _SETTLED.rsplit("\n", 1)[0] + "\nCore biopsy advised."
    assert ("Diagnosis", "mass") in _uncertain(parser, text)


def test_findings_list_is_no_differential(parser: ReportParser) -> None:
    # near miss: the items are separate findings under a findings heading, so a test settling one leaves the other
    text = ("Findings:\n"
            "- 2 cm cyst in the left ovary, ?haemorrhagic cyst\n"
            "- possible endometrioma in the right ovary\n"
            "Follow-up MRI confirmed a haemorrhagic cyst.")
    # the endometrioma (a cyst) is still doubted: nothing weighed it beside the settled haemorrhagic cyst
    assert ("Diagnosis", "cyst") in _uncertain(parser, text)
