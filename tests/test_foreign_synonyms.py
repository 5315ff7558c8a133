"""Synonyms in other languages (stop 42): the parser reads them, text written in English does not use them.

The ontology tags each synonym with its language (xml:lang). Concepts list the non-English ones in
``foreign_synonyms`` as well as among their exact/related synonyms, so that the parser matches "vascularização
aumentada" in a mixed-language report while the phantom, which writes English reports, never draws it (it had
written "No vascularização aumentada identified.", whose "no vasc" reads as the case's own "no vascularity").
"""

from __future__ import annotations

import dataclasses

from model.phantom.report import fog_surfaces
from udt.taxonomy import load_taxonomy, snapshot


def test_foreign_synonyms_are_tagged_and_still_synonyms(taxonomy) -> None:
    increased = taxonomy.by_us365k("Vascularity", "increased vascularity")
    assert "vascularização aumentada" in increased.foreign_synonyms
    assert "vascularização aumentada" in increased.synonyms  # the parser still reads it
    assert "hyperhemia" in increased.synonyms and "hyperhemia" not in increased.foreign_synonyms
    assert set(increased.foreign_synonyms) <= set(increased.synonyms)


def test_phantom_fog_uses_english_forms_only(taxonomy) -> None:
    for field, value in (("Vascularity", "increased vascularity"), ("Diagnosis", "fluid collection")):
        concept = taxonomy.by_us365k(field, value)
        forms = fog_surfaces(taxonomy, concept)
        assert forms, (field, value)
        assert not set(forms) & set(concept.foreign_synonyms), (field, value)


def test_snapshot_keeps_foreign_synonyms(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("UDT_CACHE_DIR", str(tmp_path))
    tax = load_taxonomy()
    concepts = {c.iri: c for c in tax}
    some = next(c for c in concepts.values() if c.foreign_synonyms)
    snapshot.write_snapshot("0" * 64, tax.dimensions, concepts, None, None)
    data = snapshot.read_snapshot("0" * 64)
    assert data is not None
    assert data["concepts"][some.iri].foreign_synonyms == some.foreign_synonyms
    assert dataclasses.asdict(data["concepts"][some.iri]) == dataclasses.asdict(some)
