"""Anatomical spaces, regions and abbreviated organ headings decide which organ a lesion belongs to.

Inventory of the development errors of this class (reports_multiorgan_findings*, before the fix):

| id    | fragment                                         | expected                 | got                   |
|-------|--------------------------------------------------|--------------------------|-----------------------|
| mf008 | "Subhepatic: second smaller collection"          | Peritoneum               | Liver                 |
| mf009 | "RUQ: thin perihepatic fluid 5 mm" after pleura  | Peritoneum               | Pleural space         |
| mf012 | "RUQ: perihepatic collection" after pericardium  | Peritoneum               | Heart and mediastinum |
| mf010 | "LUQ: splenorenal thin stripe 4 mm"              | Peritoneum               | no lesion (left)      |
| mg022 | "interloop collection ... adjacent to the TI"    | Peritoneum               | Gastrointestinal tract|
| mg024 | "collection ... medial to the TI" after caecum   | Peritoneum               | Gastrointestinal tract|
| mc032 | "Wound: subcutaneous collection above the rectus"| Abdominal wall           | Soft tissues          |
| mc032 | "two wound collections" in the summary           | (restates the wall ones) | Kidney (left)         |
| mf014 | "RO: 2 follicles ... LO: endometrioma 38 mm"     | Adnexa, left             | Uterus (endometrium)  |
| mg011 | "Minimal fluid in POD" in the comment            | Peritoneum (one finding) | Adnexa, right         |

The rows below are new sentences of each class (not corpus text): the organ, and side, of the lesion named.
"""

from __future__ import annotations

import pytest

import udt
from udt.parser.schema import Finding, ParsedReport

PERITONEUM = "Peritoneum mesentery and omentum"

ROWS = [
    # peritoneal spaces named by the ontology (subhepatic, perihepatic, splenorenal, interloop, hepatorenal)
    ("Liver: normal.\nSubhepatic: a second collection of 2.2 cm.", "collection", PERITONEUM, None),
    ("Lungs: small left effusion 12 mm.\nRUQ: thin perihepatic fluid 4 mm.", "fluid", PERITONEUM, None),
    ("Pericardium: 5 mm effusion.\nRUQ: perihepatic collection 4.1 x 2.0 cm.", "collection", PERITONEUM, None),
    ("Spleen: normal.\nFluid in the splenorenal recess, 6 mm.", "fluid", PERITONEUM, None),
    ("Bowel: TI wall 6 mm.\n31 x 20 mm interloop collection next to the TI.", "collection", PERITONEUM, None),
    ("Right kidney normal. Collection in the hepatorenal space 5 cm.", "collection", PERITONEUM, None),
    # a collection carried into, or placed beside, the bowel lies outside it
    ("Caecum 3 mm.\nA 24 x 12 mm thick-walled collection, likely an abscess.", "collection", PERITONEUM, None),
    # a line headed by an abdominal region names no organ
    ("Left kidney: 5 mm stone.\nLUQ: fluid 7 mm.", "fluid", PERITONEUM, None),
    ("Right ovary: 3 cm cyst.\nPelvis: fluid 18 mm deep.", "fluid", PERITONEUM, None),
    ("Appendix: not seen.\nRight iliac fossa: collection 3 x 2 cm.", "collection", PERITONEUM, None),
    # a pelvic recess landmark places generic fluid in the peritoneum
    ("Left ovary: 2.5 cm simple cyst.\nSmall amount of fluid in the cul-de-sac, 10 mm.", "fluid", PERITONEUM, None),
    # the subcutis of the abdominal wall
    (
        "Uterus: 12 cm.\nWound: subcutaneous haematoma superficial to the linea alba, 4 cm.",
        "haematoma",
        "Abdominal wall",
        None,
    ),
    # abbreviated organ headings
    ("Endometrium 5 mm.\nRO: normal. LO: dermoid 31 mm.", "dermoid", "Adnexa", "left"),
    ("Uterus 8 cm.\nRO: simple cyst 26 mm.", "cyst", "Adnexa", "right"),
]


def _finding_for(report: ParsedReport, word: str) -> Finding:
    """The lesion finding one of whose mentions holds ``word``."""
    lesions = [f for f in report.findings if f.kind == "lesion"]
    for f in lesions:
        spans = [m.text.casefold() for i, m in enumerate(report.mentions) if i in f.mentions]
        if any(word in s for s in spans):
            return f
    raise AssertionError(f"no lesion finding names {word!r}: {[(f.concept, f.organ) for f in lesions]}")


@pytest.mark.parametrize(("text", "word", "organ", "side"), ROWS)
def test_space_decides_the_organ(text: str, word: str, organ: str, side: str | None) -> None:
    f = _finding_for(udt.parse_report(text), word)
    assert (f.organ, f.laterality) == (organ, side), text


def test_my_lo_is_a_child() -> None:
    """A parent's "my LO" (little one) names no ovary."""
    report = udt.parse_report("My LO is 6 weeks old and has reflux.")
    assert "Adnexa" not in report.labels["Organ_level"]


def test_recess_fluid_restated_in_a_comment_folds() -> None:
    """Fluid in the pouch of Douglas restated in the comment is the peritoneal fluid already found, not the ovary's."""
    text = (
        "Right ovary: 5 cm thin-walled cyst.\nPouch of Douglas: small amount of free fluid.\n"
        "Comment:\n- Right ovarian cyst.\n- Minimal fluid in POD."
    )
    lesions = [f for f in udt.parse_report(text).findings if f.kind == "lesion"]
    assert [(f.organ, f.laterality) for f in lesions] == [("Adnexa", "right"), (PERITONEUM, None)]


def test_spaces_are_peritoneal_in_the_ontology() -> None:
    """The spaces are declared recesses of the peritoneal cavity, and perihepatic fluid's typical site is it."""
    tax = udt.load_taxonomy()
    cavity = tax.concept("peritoneal cavity")
    below = {c.label for c in tax.descendants(cavity)}
    assert {
        "subhepatic space",
        "perihepatic space",
        "splenorenal recess",
        "interloop space",
        "hepatorenal recess",
    } <= below
    assert tax.concept("subhepatic").label == "subhepatic space"


def test_node_after_a_peritoneal_collection_measures_the_node() -> None:
    """A node line after a collection filed in the peritoneum measures the node, not the collection."""
    text = (
        "Complications: 30 x 18 mm interloop collection beside the TI.\n"
        "Mesenteric nodes: 4 enlarged, largest 15 x 8 mm."
    )
    findings = udt.parse_report(text).findings
    assert [f.size_mm for f in findings if f.structure == "mesenteric lymph node"] == [[15.0, 8.0]]
    assert [f.size_mm for f in findings if f.kind == "lesion"] == [[30.0, 18.0]]


def test_organ_state_is_its_own_organs() -> None:
    """An organ state in a later sentence is not filed in the site carried from another organ."""
    text = "Spleen 14 cm. Trace perihepatic ascites.\nIMPRESSION: Mild splenomegaly."
    findings = udt.parse_report(text).findings
    assert [f.organ for f in findings if f.concept == "splenomegaly"] == ["Spleen"]
