"""Words read in a sense their report does not give them (reports_blind_final_14, ids ``bg``, and
reports_blind_final_12, ids ``bd``; development data written by annotators who had not seen the parser).

Causes (corpus ids) and what each class below fixes:
  * An organ word in a "-shaped" comparison: bd140 "lens-shaped collection" in the rectus sheath -> Ocular (as
    "liver-like" was already read: termset.LIKE_WORDS). Guards: "lens dislocated", a "lens-like" focus in an eye.
  * "mass" naming a programme given to a whole population, and the generated plural "rounds" of the round shape:
    bg064 "his village missed the mass drug rounds" -> a mass and a round shape. Guards: a lesion "Mass:" heading,
    "ward rounds" before a real round mass.
  * A hydrocephalic infant's "sunset eyes" sign: bg035 -> Pediatric head and neck (Ocular). Guard: an eye examined.

Left (seen, not fixed here), one id each: a future study or an order's organ (bg046 "heart echo is next month").

Each row is a passage written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser


@pytest.mark.parametrize(
    ("text", "organ", "labelled"),
    [
        ("Image 3: a lens-shaped haematoma in the right rectus sheath, 8 x 2 cm.", "Ocular", False),
        ("Heart-shaped uterus with two endometrial cavities; right ovary with a 3 cm simple cyst.",
         "Heart and mediastinum", False),
        ("Figure 2. Lens-shaped subcapsular collection of the spleen, 4 cm.", "Ocular", False),
        # guards
        ("Left eye: lens dislocated posteriorly, retina attached.", "Ocular", True),
        ("Right globe: lens-like echogenic focus in the vitreous, retinal detachment.", "Ocular", True),
        ("3-month-old, head circumference rising, sunset eyes. Marked dilatation of the lateral ventricles.",
         "Pediatric head and neck", False),
        ("Sunsetting of the eyes noted. Lateral ventricles dilated, 14 mm at the atrium.", "Ocular", False),
        ("Sunset sign on examination. Right eye: retinal detachment, vitreous clear.", "Ocular", True),
    ],
)
def test_shaped_comparison_names_no_organ(parser: ReportParser, text: str, organ: str, labelled: bool) -> None:
    assert (organ in parser.parse(text).labels["Organ_level"]) is labelled


@pytest.mark.parametrize(
    ("text", "mass", "round_shape"),
    [
        ("His village missed the mass drug rounds. Bilateral hydroceles, the right larger.", False, False),
        ("Filariasis area, mass drug administration last year. Left hydrocele 6 cm.", False, False),
        ("After the mass deworming campaign: jejunal loops with echogenic worms, no intussusception.", False, False),
        # guards
        ("Seen after ward rounds: a 2 cm round hypoechoic mass in the right breast.", True, True),
        ("Mass: 3 cm solid lesion in the left lobe of the liver.", True, False),
    ],
)
def test_mass_programme_and_rounds(parser: ReportParser, text: str, mass: bool, round_shape: bool) -> None:
    labels = parser.parse(text).labels
    assert ("mass" in labels["Diagnosis"]) is mass
    assert ("round" in labels["Shape"]) is round_shape
