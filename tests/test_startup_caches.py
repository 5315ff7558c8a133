"""What ``udt parse`` start-up reads from its caches instead of rebuilding: it must stand for exactly what a build
gives, and never let a cache stand in for a safety check."""

from __future__ import annotations

import gc
import json

import pytest

from udt.errors import OntologyError
from udt.parser.startup import collector_paused

HOSTILE = """<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [
<!ENTITY payload SYSTEM "file:///etc/hostname">
]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#" xmlns:owl="http://www.w3.org/2002/07/owl#">
 <owl:Class rdf:about="https://w3id.org/udt/UDT_0000001"><rdfs:label>&payload;</rdfs:label></owl:Class>
</rdf:RDF>
"""


def test_collector_is_paused_in_the_block_and_restored_after() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("start-up failed")
    assert gc.isenabled()  # restored on an error too
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # a collector switched off before stays off
    finally:
        gc.enable()


def test_hostile_ontology_is_screened_and_leaves_no_snapshot(tmp_path, monkeypatch) -> None:
    """A snapshot hit skips the XML screen, so a snapshot may only ever be written for bytes that passed it."""
    from udt.taxonomy import load_taxonomy

    cache = tmp_path / "cache"
    monkeypatch.setenv("UDT_CACHE_DIR", str(cache))
    path = tmp_path / "hostile.owl"
    path.write_text(HOSTILE, encoding="utf-8")
    for _ in range(2):  # refused the second time as well: nothing was cached by the first attempt
        with pytest.raises(OntologyError, match="external"):
            load_taxonomy(path)
    assert not list(cache.glob("taxonomy-*.json"))


def test_snapshot_name_carries_its_format(tmp_path, monkeypatch) -> None:
    """Code of another snapshot format neither reads nor overwrites this one (engineers share one cache)."""
    from ontology import ontology_path
    from udt.taxonomy import load_taxonomy
    from udt.taxonomy.snapshot import SNAPSHOT_FORMAT

    monkeypatch.setenv("UDT_CACHE_DIR", str(tmp_path / "cache"))
    # A copy of the shipped file: a path of its own, so the process's loaded taxonomy is left as it is.
    path = tmp_path / "udt.owl"
    path.write_bytes(ontology_path().read_bytes())
    tax = load_taxonomy(path)
    (snapshot,) = (tmp_path / "cache").glob("taxonomy-*.json")
    assert snapshot.name.startswith(f"taxonomy-v{SNAPSHOT_FORMAT}-")
    assert json.loads(snapshot.read_text(encoding="utf-8"))["digest"] == tax.digest


def test_matcher_tables_from_cache_equal_built_ones(tmp_path, monkeypatch) -> None:
    """The on-disk matcher tables give the very phrase tables, keys and amount cues a fresh build gives."""
    from udt.parser.matcher import OntologyMatcher, PhraseTable
    from udt.parser.tokenizer import make_blank_nlp
    from udt.taxonomy import load_taxonomy

    monkeypatch.setenv("UDT_CACHE_DIR", str(tmp_path))
    tax = load_taxonomy()
    built = OntologyMatcher(make_blank_nlp(), tax, cache_patterns=False)
    writer = OntologyMatcher(make_blank_nlp(), tax, cache_patterns=True)  # builds and writes the cache
    assert list(tmp_path.glob("parser-matcher-*.json"))
    reader = OntologyMatcher(make_blank_nlp(), tax, cache_patterns=True)  # reads it back

    def tables(m: OntologyMatcher) -> tuple:
        phrase_tables: list[PhraseTable] = [m.lower, m.cased, *m._amounts.values()]
        return m._keys, m._kb, list(m._amounts), m._refinable, [(t.phrases, t._trie) for t in phrase_tables]

    assert tables(reader) == tables(built)
    assert tables(writer) == tables(built)
    assert len(built.lower) > 10_000  # the forms and typos are there, not an empty table read as equal


def test_phrase_table_rows_round_trip_with_shared_prefixes() -> None:
    from udt.parser.matcher import PhraseTable

    table, strengths = PhraseTable(), {}
    table.add((1, 2, 3), 7, 0, strengths)
    table.add((1,), 5, 0, strengths)
    table.add((1, 2), 6, 0, strengths)
    table.add((4,), 8, 0, strengths)
    table.add((4,), 9, 1, strengths)  # weaker: does not displace key 8
    copy = PhraseTable.from_rows(json.loads(json.dumps(table.rows())))
    assert copy.phrases == table.phrases
    assert copy._trie == table._trie
    found: list[tuple[int, int, int]] = []
    copy.find([9, 1, 2, 3, 4], found)
    assert found == [(5, 1, 2), (6, 1, 3), (7, 1, 4), (8, 4, 5)]


CUE_PROBES = (
    "No evidence of a mass. A cyst cannot be excluded; probaly a lipoma.",
    "Findings are suspicous for an abscess, r/o haematoma. History of cholecystectomy.",
    "Impression: likely benign. If symptoms persist, consider MRI to rule out a tumour.",
)


def _cue_matches(context, nlp) -> list[list[tuple[str, int, int]]]:
    return [sorted((nlp.vocab.strings[m], s, e) for m, s, e in context.matcher(nlp.make_doc(text)))
            for text in CUE_PROBES]


def test_context_cues_from_cache_match_as_built_ones(tmp_path, monkeypatch) -> None:
    """ConText's cue matcher built from the on-disk cue words (hashes handed to PhraseMatcher.add) finds exactly
    what the matcher built from tokenised phrase Docs finds, typo forms included."""
    from udt.parser import termset as ts
    from udt.parser.context import ConText
    from udt.parser.tokenizer import make_blank_nlp

    monkeypatch.setenv("UDT_CACHE_DIR", str(tmp_path))
    nlp = make_blank_nlp()
    anatomy = frozenset({"Body_system_level", "Organ_level"})
    built = ConText(nlp, ts.DEFAULT_TERMSET, anatomy, cache_cues=False)
    assert not list(tmp_path.glob("parser-cues-*.json"))  # (no cache asked for, none written)
    writer = ConText(nlp, ts.DEFAULT_TERMSET, anatomy, cache_cues=True)
    (entry,) = tmp_path.glob("parser-cues-*.json")
    reader = ConText(nlp, ts.DEFAULT_TERMSET, anatomy, cache_cues=True)
    expected = _cue_matches(built, nlp)
    assert all(expected)  # each probe holds cues (a typo "probaly", "suspicous" among them)
    assert _cue_matches(writer, nlp) == expected
    assert _cue_matches(reader, nlp) == expected
    assert reader._longest_cue == built._longest_cue > 3
    # A damaged entry of the current key is read as missing: the cues are built again, the same.
    entry.write_text(json.dumps({"key": json.loads(entry.read_text())["key"], "value": [1, 2]}), encoding="utf-8")
    assert _cue_matches(ConText(nlp, ts.DEFAULT_TERMSET, anatomy, cache_cues=True), nlp) == expected


def test_cache_keeps_a_bounded_number_of_entries_per_kind(tmp_path, monkeypatch) -> None:
    """Each code or ontology change makes a new key; old entries of the same kind are dropped past the bound, and
    entries of other kinds are left alone."""
    import os

    from udt.parser.vocab_cache import KEEP_PER_KIND, load_json

    monkeypatch.setenv("UDT_CACHE_DIR", str(tmp_path))
    other = tmp_path / "parser-matcher-0000.json"
    other.write_text("{}", encoding="utf-8")
    for i in range(KEEP_PER_KIND + 3):
        assert load_json("cues", f"{i:040d}", lambda i=i: [i]) == [i]
        # (distinct times: the file system's clock may be coarse)
        os.utime(tmp_path / f"parser-cues-{i:040d}.json", (1_000_000 + i, 1_000_000 + i))
    kept = sorted(tmp_path.glob("parser-cues-*.json"))
    assert len(kept) == KEEP_PER_KIND
    assert load_json("cues", f"{KEEP_PER_KIND + 2:040d}", lambda: ["rebuilt"]) == [KEEP_PER_KIND + 2]  # newest kept
    assert other.exists()
