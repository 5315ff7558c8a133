"""Status and organ around history and surgery wording. Passages written for this file.

- "without features" closing a clause after a comma or colon is the writer's normal verdict
  (udt.parser.closing_normals); not of a lesion ("without features of malignancy"), nor run on from an organ's name.
- A post-partum uterus "involuting normally / appropriately" is normal appearance (ontology synonyms).
- A "lower segment scar / incision" is the uterus's: a haematoma there is uterine; a "caesarean scar niche" too, but
  a "caesarean wound" is the abdominal wall's skin wound (ontology synonyms; a bare "caesarean scar" is left alone:
  the gold files place it in the lower uterine segment as often as in the wall).
- A history lesion reported on again without an organ of its own keeps its organ among the others named
  (udt.parser.followed_history).
"""

from __future__ import annotations

import pytest
from parser_reading import Lesion, labels_of, lesions_of

from udt.parser import ReportParser

NORMAL = "normal appearance"

CALLED_NORMAL: list[str] = [
    "PELVIC ULTRASOUND (transabdominal)\nUterus: retroverted, 64x41x45 mm.\nLeft ovary: 27x17x19 mm, several "
    "follicles up to 7 mm, without features.\nRight ovary: 35 mm, an anechoic cyst 24x20 mm.",
    "Day 6 after vaginal delivery. The uterus is normally involuting, the cavity is empty.",
    "Postnatal review. Uterus 12 cm, involuting appropriately, thin endometrium. No free fluid.",
]

NOT_NORMAL: list[str] = [
    # a lesion "without features of" something: no verdict on the organ
    "Right ovary: 31 mm, containing a 20 mm cyst without features of an endometrioma.",
    # denied involution
    "The uterus is not involuting normally, with a 4 cm haematoma in the cavity.",
]


@pytest.mark.parametrize("text", CALLED_NORMAL)
def test_a_closing_or_involution_verdict_is_normal_appearance(parser: ReportParser, text: str) -> None:
    assert NORMAL in labels_of(parser, text, "Diagnosis")


@pytest.mark.parametrize("text", NOT_NORMAL)
def test_a_lesions_features_or_a_denied_involution_is_no_normal(parser: ReportParser, text: str) -> None:
    assert NORMAL not in labels_of(parser, text, "Diagnosis")


def test_a_haematoma_at_the_lower_segment_scar_is_uterine(parser: ReportParser) -> None:
    text = ("Day 3 post emergency caesarean. Uterus 14.2 x 8.0 cm, unremarkable. A 38 x 17 mm haematoma at the "
            "lower segment scar. Both ovaries normal.")
    expected: list[Lesion] = [("Uterus", "fluid collection", None, 38.0)]
    assert lesions_of(parser, text) == expected


def test_a_seroma_along_the_caesarean_wound_is_in_the_abdominal_wall(parser: ReportParser) -> None:
    text = "Ten days post c-section, tender lump. A 31 x 12 mm seroma along the caesarean wound. Uterus unremarkable."
    assert "Abdominal wall" in labels_of(parser, text, "Organ_level")


def test_a_caesarean_scar_niche_is_the_uterus_not_the_wall(parser: ReportParser) -> None:
    text = "Uterus anteverted, 78 mm. A 5 mm caesarean scar niche, residual myometrial thickness 4 mm."
    assert labels_of(parser, text, "Organ_level") == ["Uterus"]


FOLLOWED_HISTORY: list[tuple[str, str]] = [
    ("Follow-up two months after drainage of a liver abscess. No residual abscess is seen. The gallbladder and "
     "spleen are normal.", "Liver"),
    ("Scan after percutaneous drainage of a 5 cm liver abscess. The abscess cavity has collapsed, leaving a small "
     "echogenic scar. Gallbladder: normal, no stones.", "Liver"),
]


@pytest.mark.parametrize(("text", "organ"), FOLLOWED_HISTORY)
def test_a_history_lesion_reported_on_again_keeps_its_organ(parser: ReportParser, text: str, organ: str) -> None:
    assert organ in labels_of(parser, text, "Organ_level")


def test_a_history_lesion_not_reported_on_again_gives_no_organ(parser: ReportParser) -> None:
    # the later denial names an organ of its own: the history's liver was not examined
    text = "History of a liver abscess. The spleen is normal. Right kidney: no abscess."
    assert "Liver" not in labels_of(parser, text, "Organ_level")
