"""Organ labels of vessels and organs that are no site examined (issue 11, organ / body-system wording classes).

* A bare vessel word denied in a study of another organ ("No venous leak" in a penile Doppler study, "no venous
  reflux" of a testis): the organ's own vessels, settled as an asserted one is ("arterial RI"), so no peripheral
  vessel; in a vessel study it stays the vessel examined.
* A restated diagnosis whose one typical site is a vessel ("IMPRESSION: calcified plaque", after the plaque was
  placed in the tunica albuginea) implies no vessel and does not make the report a vessel study.
* A bare vessel word of a lesion ("a central feeding artery") in a report whose diagnosis implies its organ in
  another sentence (a figure legend's "Focal nodular hyperplasia" title): that organ's vessel.
* An organ a teaching point names or its general diagnosis implies ("Pitfall: pseudoaneurysms can look just like
  this", "Teaching point: a full bladder helps") is the case's only where the case names that organ outside its
  lessons, or names no organ at all ("Teaching point: not every echogenic liver lesion is a haemangioma").
* A landmark cue's preposition repeated after a comma ("separate from the kidney, from the spleen and from the
  pancreas"): every listed organ is a landmark (repeated_cues.py, shared with the "and from" repetition).

Each row is a passage written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

ORGAN = "Organ_level"


# -- a bare vessel word denied in another organ's study ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PENILE DUPLEX. After intracavernosal papaverine, peak systolic velocity 42 cm/s on the right and 39 cm/s on "
         "the left. The corpora are homogeneous. IMPRESSION: Normal arterial response. No venous leak.",
         ["Penis and perineum"]),
        ("TESTES: Both testes normal in size and echotexture. No venous reflux on Valsalva.", ["Scrotum"]),
        # Guards: a vessel study keeps its vessels, denied or asserted.
        ("Right leg venous duplex: the common femoral, femoral and popliteal veins are compressible. No venous "
         "thrombosis.", ["Peripheral veins"]),
        ("LEFT LEG ARTERIAL DOPPLER: Triphasic waveforms throughout. No arterial stenosis.", ["Peripheral arteries"]),
    ],
)
def test_denied_bare_vessel_word(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == expected


# -- a restated plaque of the penis is no vessel study -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PENILE DOPPLER\nA 7 mm calcified plaque in the dorsal tunica albuginea. Normal arterial flow.\n"
         "IMPRESSION: Calcified plaque. No venous leak.", ["Penis and perineum"]),
        # Guard: a plaque placed nowhere else is the artery's.
        ("CAROTID DOPPLER\nIMPRESSION: Calcified plaque, less than 50% stenosis.", ["Peripheral arteries"]),
    ],
)
def test_restated_plaque_is_no_vessel_study(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == expected


# -- a lesion's feeding artery, its organ implied in another sentence --------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Case 3. Focal nodular hyperplasia in a 35-year-old man. (A) A 3 cm isoechoic lesion with a central scar. "
         "(B) Power Doppler demonstrates a central feeding artery with radiating branches.", ["Liver"]),
        # Guard: a vessel diagnosis elsewhere does not take a bare vessel word's vessel away.
        ("Left calf: acute DVT in the peroneal veins. The popliteal vein is patent with normal venous flow.",
         ["Peripheral veins"]),
    ],
)
def test_feeding_artery_of_an_implied_organ(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == expected


# -- a landmark cue repeated after a comma ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 4 cm mass in the left adrenal, separate from the kidney, from the spleen and from the pancreas.",
         ["Adrenal glands"]),
        # Guard: the organ a lesion arises from is its site.
        ("A 3 cm mass arises from the right kidney, and from the adrenal.", ["Adrenal glands", "Kidney and ureter"]),
    ],
)
def test_landmark_cue_repeated_after_a_comma(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == expected


# -- a lesson's organ: the case's only where the case names it or names none ------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PoCUS case: 41F, hot swollen left calf. Linear probe: a 3 x 2 cm hypoechoic collection in the subcutaneous "
         "fat of the calf with no internal flow. Bottom line: drain it. Pitfall: pseudoaneurysms can look just like "
         "this - always use colour.", ["Soft tissues"]),
        ("Case: 30M with right flank pain. The right kidney shows moderate hydronephrosis with a 6 mm stone at the "
         "PUJ. Teaching point: a full bladder helps to see a VUJ stone.", ["Kidney and ureter"]),
        # Guards: a case that names no organ of its own is the lesson's organ's; one it names is kept.
        ("Teaching point: not every echogenic liver lesion is a haemangioma. This patient had a 2 cm echogenic "
         "lesion in segment 6 that grew on follow-up.", ["Liver"]),
        ("Case: incidental left adrenal lesion. A 2.5 cm round hypoechoic mass lies above the left kidney. Teaching "
         "point: ultrasound cannot characterise adrenal masses.", ["Adrenal glands"]),
    ],
)
def test_lesson_organs(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == expected
