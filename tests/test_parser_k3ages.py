"""Ages and sexes in clinical headers, face lesions whose diagnosis is typically ovarian, and body parts named only in
a history or a sensory complaint. Passages written for this file.

- a header's age with a spaced colon ("Age : 6 Y   Sex : F") and a sex letter glued before the age ("Clinical: M7,
  ...", "Child, F9.") make the report a child's (udt.parser.pediatric); a letter glued to a number that labels
  fibroids, a mammogram's grade or a legend's structure does not;
- a dermoid whose sentence places it at the brow, cheek or scalp is a face lesion, not an ovarian one
  (udt.parser.face_sites);
- "pins and needles" and paraesthesia in joined digits ("ring + little finger") are a complaint, no digit examined;
  "vaginal births" are an obstetric history, no vagina examined.
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

ORGAN = "Organ_level"
SYSTEM = "Body_system_level"


# -- a child's age and sex in a clinical header --
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("USG OF LEFT KNEE\nAge : 6 Y   Sex : F   C/C : lump behind the knee for 3 weeks.\n"
         "A 2.1 x 1.0 cm anechoic cyst between semimembranosus and the medial gastrocnemius: Baker's cyst.",
         ["Pediatrics"]),
        ("SKIN ULTRASOUND\nClinical: M7, firm nodule on the R. cheek for 4 months.\n"
         "An 8 mm oval hypoechoic nodule in the dermis with a calcified centre. Diagnosis: pilomatricoma.",
         ["Pediatrics"]),
        ("NECK ULTRASOUND\nChild, F9. Swelling under the L. jaw for a week.\n"
         "Several oval hypoechoic nodes at L. level II with preserved fatty hila, the largest 15 x 7 mm.",
         ["Pediatrics"]),
        # Guards: fibroids labelled F1 and F2; a mammogram's grade in brackets; an adult's spaced age.
        ("PELVIC US\nUterus bulky.\nF1, 3.1 cm intramural fibroid, posterior wall.\nF2, 1.4 cm subserosal fibroid.",
         ["Gynaecology"]),
        ("PELVIC US\nFibroids: F1 | anterior subserosal | 2.6 cm\nOvaries normal.", ["Gynaecology"]),
        ("Recall reason: R breast mass, upper outer quadrant (M3).\nA 9 mm irregular hypoechoic mass at 10 o'clock.",
         ["Breast and Axilla"]),
        ("USG OF LEFT KNEE\nAge : 46 Y   Sex : F\nA 2.1 x 1.0 cm anechoic Baker's cyst behind the knee.",
         ["Musculoskeletal Joints and Tendons"]),
    ],
)
def test_child_age_and_sex_in_a_header(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, SYSTEM) == expected


# -- a dermoid at the brow is a face lesion --
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dermoid at the lateral eyebrow in a 2-year-old. A 10 mm round, hypoechoic cyst deep to orbicularis oculi "
         "with no internal flow; the frontal bone beneath is smoothly scalloped.",
         ["Pediatric head and neck"]),
        ("4-year-old girl. Conclusion: dermoid cyst of the brow in the subcutis, 8 mm, avascular.",
         ["Pediatric head and neck"]),
        # Guard: an ovarian dermoid named alone keeps its typical organ.
        ("PELVIC US. 31-year-old woman. Right ovary: a 4 cm cyst with an echogenic nodule and shadowing. "
         "Conclusion: dermoid cyst.",
         ["Adnexa"]),
    ],
)
def test_face_dermoid_is_not_ovarian(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == expected


# -- body parts named in a sensory complaint or an obstetric history --
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pins and needles in my index + middle finger at night for a year. They scanned it: median nerve 15 mm2 at "
         "the carpal tunnel inlet, swollen.",
         ["Peripheral nerves"]),
        ("Paraesthesia of the ring and little finger. The ulnar nerve is swollen, 13 mm2.",
         ["Peripheral nerves"]),
        ("52F, two vaginal deliveries, leaks when she coughs. Bladder neck descent 25 mm on Valsalva; bladder wall "
         "3 mm.",
         ["Bladder"]),
        # Guards: a digit examined for itself; the vagina itself reported on.
        ("Pain in my ring and little finger. The scan showed a 4 mm ganglion cyst at the A2 pulley of the ring finger.",
         ["Fingers"]),
        ("A 2 cm anechoic cyst in the anterolateral vaginal wall: Gartner duct cyst.",
         ["Vagina"]),
    ],
)
def test_complaint_and_history_name_no_organ(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == expected
