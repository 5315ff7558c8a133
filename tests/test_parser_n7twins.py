"""The re-filing senses share one helper (record.refile_mentions): a mention a report's context re-files keeps the
concept it named (``refiled_from``), as a child's re-filed structure does.

* A woman's urethra is the bladder's (female_urethra.py); a man's stays the penis and perineum's.
* The tunica albuginea of a penile report is the penis's (tunica.py); a scrotal report's stays the testis's.
* A form's "[x] none" denies its key with the same English words a table cell's whole "none" does (NO_ANSWER_WORDS).

Each passage is written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser
from udt.parser import termset as ts
from udt.parser.record import MentionRecord, organ_refiling, refile_mentions

ORGAN = "Organ_level"


def _mention(iri: str, start: int) -> MentionRecord:
    return MentionRecord(start=start, end=start + 1, start_char=start, end_char=start + 1, field=ORGAN, iri=iri,
                         kb="", first_lower=0)


def test_refile_mentions_keeps_the_origin(taxonomy) -> None:
    refiling = organ_refiling(taxonomy, "urethra", "Bladder")
    assert refiling is not None
    urethra, bladder = refiling
    spans = [_mention(urethra, 0), _mention(bladder, 3), _mention(urethra, 7)]
    refile_mentions(spans, refiling)
    assert [r.iri for r in spans] == [bladder, bladder, bladder]
    assert [r.refiled_from for r in spans] == [urethra, None, urethra]  # (the bladder's own mention is no re-filing)


def test_organ_refiling_of_an_unknown_concept_is_none(taxonomy) -> None:
    assert organ_refiling(taxonomy, "no such structure of the body", "Bladder") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("62F, recurrent UTIs. Transperineal ultrasound: the urethra is normal in calibre, no diverticulum.",
         ["Bladder"]),
        ("PENILE ULTRASOUND for Peyronie's disease: a 6 mm echogenic plaque of the tunica albuginea along the dorsal "
         "shaft.", ["Penis and perineum"]),
        # Guard: a man's urethra (the penis named) stays the penis and perineum's.
        ("Penile ultrasound: the penile urethra is of normal calibre; the corpora cavernosa are homogeneous.",
         ["Penis and perineum"]),
    ],
)
def test_refiled_organs(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == expected


def test_box_answers_are_a_cells_denying_words() -> None:
    assert set(ts.NO_ANSWER_WORDS) <= ts.DENYING_CELLS
    assert "n" not in ts.NO_ANSWER_WORDS  # (a box's "N" may open "N/A": only a key's whole value "N" denies)
