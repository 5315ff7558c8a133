"""Free fluid measured at several places is a pocket per place, each one finding; ascites so measured stays one,
sized by its deepest pocket (udt.parser.fluid_depths, udt.parser.findings).

The deepest-pocket rule made "Free fluid Morison's pouch 9mm, pelvis 14mm" one finding of 14 mm. The development
corpus guideline (stop 31) files free fluid at two places, each with its own depth, as two Peritoneum entries, and
ascites graded by its deepest pocket as one (as earlier writers did: "Moderate ascites: Morison's 21 mm, pelvis 46
mm" is one entry of 46 mm). Free fluid is the finding the ontology names with no organ of its own
(``udt:unplacedSite``), which the findings pass already knows; ascites is placed by its own word.

Inventory (development corpora, kind "organ has fewer findings than gold (merged)"):

- oe017 "Free fluid Morison's pouch 9mm, pelvis 14mm": two Peritoneum fluid collections 9 and 14 mm; got one, 14 mm.
- nw046 "Free fluid: perisplenic 14 mm, in Morison space 9 mm, in Douglas 22 mm": three entries (the perisplenic one
  a Spleen collection); got one, 22 mm. The perisplenic pocket's organ is left (every pocket takes the fluid's).

Guarded: mm038 ("Moderate ascites: Morison's 21 mm, pelvis 46 mm", one entry of 46 mm) and ml008 (free liquid "in
the lateral channels up to 25 mm, in the small pelvis up to 38 mm", one entry of 38 mm: depths written as bounds of
one fluid's extent).

Rows: a passage written for this file and its lesion findings in report order: (organ, released diagnosis, side,
largest size in mm).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, lesions_of

from udt.parser import ReportParser

Row = tuple[str, list[Lesion]]

_PE = "Peritoneum mesentery and omentum"
_FLUID = "fluid collection"

FLUID_POCKETS: list[Row] = [
    (
        "Free fluid hepatorenal pouch 7mm, pelvis 18mm.\nLiver normal.",
        [(_PE, _FLUID, None, 7.0), (_PE, _FLUID, None, 18.0)],
    ),
    (
        "Free fluid: in Morison space 6 mm, pelvis 11 mm, in Douglas 25 mm.",
        [(_PE, _FLUID, None, 6.0), (_PE, _FLUID, None, 11.0), (_PE, _FLUID, None, 25.0)],
    ),
    (
        "Small amount of free fluid in the right paracolic gutter 12 mm and pelvis 20 mm.",
        [(_PE, _FLUID, None, 12.0), (_PE, _FLUID, None, 20.0)],
    ),
    (
        "Right ovary: 3 cm cyst. Free fluid: POD 11 mm, right iliac fossa 7 mm.",
        [("Adnexa", "cyst", "right", 30.0), (_PE, _FLUID, None, 11.0), (_PE, _FLUID, None, 7.0)],
    ),
    # guards: ascites graded by its deepest pocket; one free-fluid depth with an earlier one
    ("Moderate ascites: hepatorenal pouch 16 mm, pelvis 41 mm.", [(_PE, _FLUID, None, 41.0)]),
    ("Ascites, perihepatic 8 mm and pelvic 19 mm.", [(_PE, _FLUID, None, 19.0)]),
    ("Free fluid in the pelvis 12 mm, was 20 mm.", [(_PE, _FLUID, None, 12.0)]),
    # free fluid whose depths are bounds of its extent ("up to"): one finding, the deepest (as ml008)
    (
        "Free liquid in the abdominal cavity: in the flanks up to 17 mm, in the small pelvis up to 29 mm.",
        [(_PE, _FLUID, None, 29.0)],
    ),
    ("Free fluid in the pouch of Douglas, 15 mm deep.", [(_PE, _FLUID, None, 15.0)]),
]


@pytest.mark.parametrize(("text", "expected"), FLUID_POCKETS)
def test_free_fluid_pockets_are_one_finding_each(parser: ReportParser, text: str, expected: list[Lesion]) -> None:
    assert lesions_of(parser, text) == expected
