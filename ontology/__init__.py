"""Locates the shipped UDT ontology; nothing else lives here."""

from __future__ import annotations

from pathlib import Path

ONTOLOGY_PATH: Path = Path(__file__).with_name("udt.owl")


def ontology_path() -> Path:
    """Path of the shipped ``udt.owl`` (RDF/XML)."""
    return ONTOLOGY_PATH
