"""Normal organs and normal verdicts of reports written (or partly left) in German, Dutch, Spanish, Portuguese,
Italian or French.

The words that call an organ normal ("unauffällig", "regelrecht", "nella norma", "de aspecto normal", "d'aspect
normal", "zonder bijzonderheden"), the organs such templates name ("Gallenblase", "Pankreas", "fegato", "milza") and
their free fluid ("freie Flüssigkeit", "vrij vocht", "liquido libero") are ontology synonyms tagged with their
language; the denials of Italian, Dutch and French templates ("nessuna", "senza", "zonder", "aucune") are negation
cues of the termset. Guards: a lesion denied in the same words is no normal verdict, and a German "kein pathologischer
Befund" makes no word "Befund" a normal one (the heading "Befund:" opens every German report).

Each passage is written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of, reading_of

from udt.parser import ReportParser

ORGAN = "Organ_level"
DIAGNOSIS = "Diagnosis"

_GERMAN = ("Sonographie Abdomen.\nLeber normal groß, homogen. Gallenblase unauffällig, keine Konkremente.\n"
           "Pankreas unauffällig. Milz 11 cm, regelrecht. Nieren bds. o.B., kein Harnstau.\n"
           "Keine freie Flüssigkeit.")
_SPANISH = ("ECOGRAFÍA ABDOMINAL\nHígado de tamaño y ecoestructura conservados. Vesícula biliar de aspecto normal, "
            "sin litiasis. Páncreas sin alteraciones. Bazo de aspecto normal. No se observa líquido libre.")
_DUTCH = ("Echo bovenbuik: galblaas zonder bijzonderheden, geen stenen. Nieren beiderzijds normaal van aspect, "
          "geen stuwing. Geen vrij vocht.")
_ITALIAN = ("ECOGRAFIA ADDOME: Fegato nei limiti della norma. Colecisti di aspetto normale, senza calcoli. "
            "Milza nella norma. Nessuna lesione focale. Non liquido libero.")


@pytest.mark.parametrize(
    ("text", "organs"),
    [
        (_GERMAN, ["Gallbladder and bile ducts", "Kidney and ureter", "Liver", "Pancreas",
                   "Peritoneum mesentery and omentum", "Spleen"]),
        (_SPANISH, ["Gallbladder and bile ducts", "Liver", "Pancreas", "Peritoneum mesentery and omentum",
                    "Spleen"]),
        (_DUTCH, ["Gallbladder and bile ducts", "Kidney and ureter", "Peritoneum mesentery and omentum"]),
        (_ITALIAN, ["Gallbladder and bile ducts", "Liver", "Peritoneum mesentery and omentum", "Spleen"]),
    ],
)
def test_foreign_normal_organs(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == organs
    assert labels_of(parser, text, DIAGNOSIS) == ["normal appearance"]


@pytest.mark.parametrize("text", [_GERMAN, _SPANISH, _DUTCH, _ITALIAN,
                                  "Échographie abdominale : foie d'aspect normal. Aucune lésion focale. "
                                  "Pas de liquide libre."])
def test_foreign_free_fluid_denied(parser: ReportParser, text: str) -> None:
    assert reading_of(parser, text, DIAGNOSIS, "fluid collection") == "absent"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Fegato: nessuna lesione focale.", "lesione"),
        ("Colecisti distesa, senza calcoli.", "calcoli"),
        ("Rechter Leberlappen: keinerlei Raumforderung.", "Raumforderung"),
        ("Foie homogène, aucune lésion focale.", "lésion"),
    ],
)
def test_foreign_denials(parser: ReportParser, text: str, word: str) -> None:
    mentions = [m for m in parser.parse(text).mentions if m.text == word]
    assert mentions and all(m.status == "absent" for m in mentions)


@pytest.mark.parametrize(
    "text",
    [
        # A lesion denied in the writer's language is no normal verdict on the organ.
        "Leber: keine Raumforderung, keine Zysten.",
        # "Befund" (a finding) is the heading of every German report: "kein pathologischer Befund" beside a lesion
        # makes no normal verdict of the word, and the heading none either.
        "Befund: Schilddrüse rechts ein 14 mm echoarmer Knoten. Lymph nodes cervical: kein pathologischer Befund.",
    ],
)
def test_no_foreign_normal_verdict(parser: ReportParser, text: str) -> None:
    assert "normal appearance" not in labels_of(parser, text, DIAGNOSIS)
