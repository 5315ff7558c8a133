"""Status in template rows and history lines (wave "templates"). Passages written for this test.

- A referral line that quotes another examination under its own key ("Hx: lumpy breasts. Mammo: dense, no calcs.")
  is still history (sites._KEY_AFTER_SENTENCE): the guideline does not label history, so its denial is not one of
  this scan. A key of this scan after the history ("Clinical: RUQ pain. Liver: normal.") still opens the findings.
- The German, Dutch and Italian words for calcification (ontology) are read as calcifications, so a template row
  "Verkalkungen: keine" denies them as "Calcifications: none" does.
"""

from __future__ import annotations

import pytest

from udt import ReportParser

PARSER = ReportParser()


def _status(text: str, dimension: str, value: str) -> set[str]:
    """The statuses of the mentions of ``value`` that count (not history, not hypothetical)."""
    return {m.status for m in PARSER.parse(text).mentions
            if m.dimension == dimension and m.value == value and not m.historical and not m.hypothetical}


CALCS = ("InternalCharacteristics", "calcifications")

HISTORY_EXAM_KEYS = [
    "Clinical notes: 51F, tender left breast. Mammography: heterogeneously dense, no calcifications.\n"
    "Findings: 12 mm simple cyst at 3 o'clock.",
    "Hx: 38F, lump. Mammo: no suspicious calcs.\nFindings: 9 mm oval hypoechoic solid mass.",
    "Indication: RUQ pain. CT abdomen: no calcification seen.\nFindings: 2 cm cyst in segment VI.",
    "Referral: known thyroid nodule. Prior US: no microcalcifications.\nFindings: 14 mm isoechoic nodule.",
]


@pytest.mark.parametrize("text", HISTORY_EXAM_KEYS)
def test_another_exams_key_inside_a_history_line_stays_history(text: str) -> None:
    assert "absent" not in _status(text, *CALCS)


def test_this_scans_key_after_a_history_sentence_still_opens_the_findings() -> None:
    # near miss: "Liver:" is this scan's key, so its denial is read as a finding
    text = "Clinical: weight loss. Liver: no calcification, no focal lesion.\nSpleen: normal."
    assert _status(text, *CALCS) == {"absent"}


@pytest.mark.parametrize("text", [
    "Schilddrüse rechts: Knoten 14 mm, echoarm, Verkalkungen: keine.",
    "Right lobe: 11 mm isoechoic nodule, halo, Verkalkungen: keine, perinodular flow.",
    "Linker lob: nodule 8 mm, geen verkalkingen.",
    "Lobo destro: nodulo 10 mm, calcificazioni: assenti.",
])
def test_foreign_calcification_words_are_denied_by_their_row(text: str) -> None:
    assert _status(text, *CALCS) == {"absent"}


@pytest.mark.parametrize("text", [
    "Knoten 9 mm mit Mikroverkalkungen.",
    "Nodule 12 mm with verkalkingen.",
    "Nodulo 15 mm con calcificazioni grossolane.",
])
def test_foreign_calcification_words_stated_are_present(text: str) -> None:
    assert _status(text, *CALCS) == {"present"}
