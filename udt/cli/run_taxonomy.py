"""Which taxonomy a command that loads a trained run should use.

A run directory carries the ontology it was trained with (``ontology.owl``); ``evaluate`` and ``embed`` use that
copy unless the user names an ontology (``--ontology`` or ``$UDT_ONTOLOGY``), which is then checked against the
model's concept vocabulary.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from udt.cli.options import ONTOLOGY_ENV, taxonomy_from

if TYPE_CHECKING:
    from udt.taxonomy import Taxonomy


def given_taxonomy(ontology: Path | None) -> Taxonomy | None:
    """The taxonomy named by ``--ontology`` or ``$UDT_ONTOLOGY``; ``None`` when neither names one (use the run's)."""
    if ontology is None and not os.environ.get(ONTOLOGY_ENV, "").strip():
        return None
    return taxonomy_from(ontology)
