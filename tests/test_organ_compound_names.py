"""A diagnosis written as one word that holds its organ's name, as German and Dutch do ("Nebenschilddrüsenadenom",
"bijschildklieradenoom"), names that organ as much as "parathyroid adenoma" does: it is placed there, not in the
organ described before it (own_organ_names.py). Each passage is written for this file.
"""

from __future__ import annotations

import udt
from udt.parser.own_organ_names import organ_compounds

PARA = "Parathyroid glands"


def test_compounds_need_an_organ_name_and_a_lesion_after_it() -> None:
    places = {
        "a": frozenset({("bijschildklier",), ("parathyroid",), ("bijschildklieradenoom",), ("bijschildklieren",)}),
        "b": frozenset({("myom",), ("uterus",)}),
        "c": frozenset({("pancreat",), ("pancreas",), ("pancreatitis",)}),
    }
    foreign = {"a": frozenset({"bijschildklieradenoom", "bijschildklieren"}), "b": frozenset({"myom"})}
    # "bijschildklieren" is the organ's plural (two letters after it), no lesion; "myom" holds no organ's name;
    # English "pancreatitis" is left to the English rules
    assert organ_compounds(places, foreign) == {"a": frozenset({"bijschildklieradenoom"})}


def test_german_compound_after_the_thyroid_is_the_parathyroid() -> None:
    text = ("Schilddrüse: rechter Lappen unauffällig, links ein 7 mm echoarmer Knoten.\n"
            "Dorsal des linken Unterpols eine 11 x 6 mm ovale echoarme Struktur mit polarem Gefäß, "
            "am ehesten Nebenschilddrüsenadenom.")
    assert PARA in udt.parse_report(text).labels["Organ_level"]


def test_dutch_compound_in_a_hedged_conclusion() -> None:
    text = ("Schildklier: normale grootte, rechts een nodus van 6 mm.\n"
            "Caudaal dorsaal van de linker schildklierkwab een ovale hypoechogene structuur van 12 x 5 mm.\n"
            "Conclusie: waarschijnlijk bijschildklieradenoom links.")
    assert PARA in udt.parse_report(text).labels["Organ_level"]


def test_thyroid_nodule_without_a_compound_stays_thyroid() -> None:
    text = "Schilddrüse: im rechten Lappen ein 9 mm echoarmer Knoten, glatt begrenzt."
    assert PARA not in udt.parse_report(text).labels["Organ_level"]
