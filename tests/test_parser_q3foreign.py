"""French, Spanish and Portuguese wording that clashes with English or needs the report's language to read.

Classes fixed, each with guards where the rule must not fire:
  * French "rate" (the spleen) read only in a report written in French (french_words.py), never in English "heart
    rate", "flow rates", nor after such an English word inside a French report.
  * The hip in the writer's language ("hanche", "cadera", "quadril"), so a child's age in those words ("garçon de 5
    ans", "niña de 3 años", "menino de 2 anos") gives the infant hip as the English ages do; Portuguese "lactente".
  * "vascularisation anarchique" / "vascularización anárquica" / "vascularização anárquica": indeterminate
    vascularity.

Each row is a passage written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

ORGAN = "Organ_level"
SYSTEM = "Body_system_level"
VASCULARITY = "Vascularity"


# -- French "rate" -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Foie homogène, sans lésion focale. Pas de dilatation des voies biliaires.\nRate: 11,5 cm, homogène.",
         ["Gallbladder and bile ducts", "Liver", "Spleen"]),
        ("ÉCHO ABDO\nRein droit 10 cm, pas d'hydronéphrose.\nLa rate est de taille normale avec une échostructure "
         "homogène.", ["Kidney and ureter", "Spleen"]),
        # Guards: English measures named "rate", in an English report and in a French one.
        ("Early pregnancy scan: CRL 12 mm, heart rate 152 bpm. Left ovary: corpus luteum.", ["Adnexa"]),
        ("AV fistula: flow rates of 650 and 700 mL/min at the brachial artery.", ["Dialysis fistula"]),
        ("Foie normal, sans lésion et pas de dilatation des voies biliaires. FC / heart rate 78.",
         ["Gallbladder and bile ducts", "Liver"]),
    ],
)
def test_french_rate_only_in_french(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == expected


# -- a child's hip in the writer's language ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "organs", "systems"),
    [
        ("Échographie de hanche: fillette de 4 ans, boiterie. Hanche gauche: épanchement de 6 mm.",
         ["Infant hip and knee"], ["Pediatrics"]),
        ("Ecografía de caderas — niña de 3 años. Cadera derecha: derrame articular de 5 mm.",
         ["Infant hip and knee"], ["Pediatrics"]),
        ("Ecografia do quadril — menino de 2 anos. Quadril direito: derrame articular de 4 mm.",
         ["Infant hip and knee"], ["Pediatrics"]),
        ("US abdominal: lactente de 3 meses, icterícia. Fígado homogêneo, vesícula biliar de paredes finas.",
         ["Pediatric abdomen and retroperitoneum"], ["Pediatrics"]),
        # Guard: an adult's age in the same words.
        ("Échographie de hanche: femme de 52 ans. Hanche droite: épanchement de 8 mm.",
         ["Hip groin and buttock"], ["Musculoskeletal Joints and Tendons"]),
    ],
)
def test_foreign_child_hip(parser: ReportParser, text: str, organs: list[str], systems: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == organs
    assert labels_of(parser, text, SYSTEM) == systems


# -- anarchic vascularity ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ganglion axillaire droit de 19 mm, sans hile, à vascularisation anarchique.",
         ["indeterminate/inhomogeneous vascularity"]),
        ("Ganglio cervical de 15 mm con vascularización periférica anárquica.",
         ["indeterminate/inhomogeneous vascularity"]),
        ("Linfonodo axilar de 21 mm, vascularização anárquica ao Doppler.",
         ["indeterminate/inhomogeneous vascularity"]),
        # Guard: an anarchic architecture of tissue names no flow.
        ("Sein droit: remaniements d'architecture anarchique, sans masse.", []),
    ],
)
def test_anarchic_vascularity(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, VASCULARITY) == expected
