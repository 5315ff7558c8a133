"""Knowledge the findings rules read from the user's termset or ontology, not from word lists or labels in code: a
custom termset (lobe words, a table's prior-size column words, labels before a number under a unit heading) or an
edited ontology (which organs are abdominopelvic, where free fluid lies unplaced, which diagnosis is the generic lesion)
changes what the parser reads."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from udt.parser import ReportParser
from udt.parser.termset import DEFAULT_TERMSET, Termset


def _findings(parser: ReportParser, text: str) -> list[tuple[str | None, str | None, str | None, list[float]]]:
    return [(f.concept, f.organ, f.laterality, f.size_mm) for f in parser.parse(text).findings if f.kind == "lesion"]


# -- termset ----------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "words", "default", "custom"),
    [
        # A bare "lobe" places the nodule in the one lobed organ the report names (the thyroid, by its isthmus); a
        # termset without that word leaves it unplaced, and one with another word reads that word so.
        (
            "Right lobe: 26 mm nodule. Isthmus normal. Left level III lymph node 14 mm.",
            {"lobe_words": ("lobus",)},
            ("nodule", "Thyroid gland", "right", [26.0]),
            ("nodule", None, "right", [26.0]),
        ),
        (
            "Right płat: 26 mm nodule. Isthmus normal. Left level III lymph node 14 mm.",  # Polish "lobe"
            {"lobe_words": (*DEFAULT_TERMSET.lobe_words, "płat")},
            ("nodule", None, "right", [26.0]),
            ("nodule", "Thyroid gland", "right", [26.0]),
        ),
        # A table column whose header names an earlier time holds prior sizes: a custom word names one more.
        (
            "Kidneys:\n| Site | Lesion | Earlier (mm) | Size (mm) |\n| R upper | simple cyst | 29 | 24 |\n",
            {"prior_column_words": (*DEFAULT_TERMSET.prior_column_words, "earlier")},
            ("simple cyst", "Kidney and ureter", "right", [29.0]),
            ("simple cyst", "Kidney and ureter", "right", [24.0]),
        ),
        # A number after a label word under a unit heading is no measurement: a custom label word ("station 4").
        (
            "NODULES (cm):\nR lower 1.7 x 1.2 solid\nL upper station 4 cyst\n",
            {"number_label_words": (*DEFAULT_TERMSET.number_label_words, "station")},
            ("cyst", None, "left", [40.0]),
            ("cyst", None, "left", []),
        ),
    ],
)
def test_custom_termset_changes_findings(
    tax, text: str, words: dict[str, tuple[str, ...]], default: tuple, custom: tuple
) -> None:
    def reading(parser: ReportParser) -> tuple:
        return next(f for f in _findings(parser, text) if f[0] == default[0])

    assert reading(ReportParser(tax)) == default
    assert reading(ReportParser(tax, termset=Termset(**words))) == custom


def test_termset_knobs_round_trip_through_config() -> None:
    config = {"lobe_words": ["Lobus"], "prior_column_words": ["earlier"], "number_label_words": ["station"]}
    termset = Termset.from_config(config)
    assert termset.lobe_words == ("lobus",)
    assert Termset.from_config(termset.to_config()) == termset


# -- ontology ---------------------------------------------------------------------------------------------------------
def _edited_parser(tmp_path: Path, tax, drop: list[tuple[str, str]], add: list[tuple[str, str]]) -> ReportParser:
    """A parser over the shipped ontology with the ``(concept label, property IRI)`` annotations in ``drop``
    removed and those in ``add`` declared ``true`` (a user's edit in Protégé)."""
    from ontology import ontology_path
    from udt.owl.canonical import serialize
    from udt.owl.read import parse_graph
    from udt.taxonomy import load_taxonomy

    graph = parse_graph(ontology_path())
    for label, prop in drop:
        graph.remove((URIRef(tax.concept(label).iri), URIRef(prop), None))
    for label, prop in add:
        graph.add((URIRef(tax.concept(label).iri), URIRef(prop), Literal(True)))
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / "udt-edited.owl"
    path.write_text(serialize(graph), encoding="utf-8")
    return ReportParser(load_taxonomy(path))


def test_shipped_ontology_declares_the_loose_fluid_knowledge(tax) -> None:
    assert tax.unplaced_site("free fluid") is tax.concept("peritoneal cavity")
    assert tax.is_abdominopelvic("adnexa") and tax.is_abdominopelvic("kidney and ureter")
    assert not tax.is_abdominopelvic("scrotum") and not tax.is_abdominopelvic("knee")


def test_edited_ontology_moves_free_fluid(tmp_path: Path, tax) -> None:
    from udt.owl import vocab

    ovary = "Left ovary: 42 mm simple cyst. Small amount of free fluid, 11 mm deep."
    testis = "Left testis: 8 mm cyst. Small amount of free fluid."
    shipped = ReportParser(tax)
    assert _findings(shipped, ovary)[1][:2] == ("free fluid", "Peritoneum mesentery and omentum")
    assert _findings(shipped, testis)[1][:2] == ("free fluid", "Scrotum")
    # The user declares the ovary's organ not abdominopelvic and the scrotum abdominopelvic: the fluid follows.
    organs = _edited_parser(
        tmp_path / "organs", tax, drop=[("adnexa", vocab.IS_ABDOMINOPELVIC)], add=[("scrotum", vocab.IS_ABDOMINOPELVIC)]
    )
    assert _findings(organs, ovary)[1][:2] == ("free fluid", "Adnexa")
    assert _findings(organs, testis)[1][:2] == ("free fluid", "Peritoneum mesentery and omentum")
    # Without a declared unplaced site, free fluid stays with the organ described before.
    unplaced = _edited_parser(tmp_path / "space", tax, drop=[("free fluid", vocab.UNPLACED_SITE)], add=[])
    assert _findings(unplaced, ovary)[1][:2] == ("free fluid", "Adnexa")


def test_edited_ontology_moves_the_generic_lesion(tmp_path: Path, tax) -> None:
    from udt.owl import vocab

    area = "Right kidney: hypoechoic area at the upper pole, 14 mm."
    named = "Liver: formation 23 mm, avascular (cyst)."
    assert tax.generic_lesion is tax.concept("lesion")
    shipped = ReportParser(tax)
    assert _findings(shipped, area) == [("lesion", "Kidney and ureter", "right", [14.0])]
    assert _findings(shipped, named) == [("cyst", "Liver", None, [23.0])]
    # The user declares another diagnosis the generic one: an echogenic area is read as that one, and a "formation"
    # (no longer the generic lesion) is not named by the later "cyst".
    moved = _edited_parser(
        tmp_path, tax, drop=[("lesion", vocab.IS_GENERIC_LESION)], add=[("mass", vocab.IS_GENERIC_LESION)]
    )
    assert [f[0] for f in _findings(moved, area)] == ["mass"]
    assert [f[0] for f in _findings(moved, named)] == ["lesion", "cyst"]
