"""Start-up helpers for short-lived parser processes (``udt parse one.txt`` must answer in well under 2 s)."""

from __future__ import annotations

import importlib
import sys


def import_spacy_without_torch() -> None:
    """Import spaCy while keeping thinc from importing torch (about a second of start-up that parsing never uses).

    thinc probes for torch with ``try: import torch``; a ``None`` entry in ``sys.modules`` makes that probe fail
    fast. The entry is removed straight after, so the process can still ``import torch`` itself; only thinc's
    optional torch wrappers stay off, which the rule-based parser does not use. Call it only in a process that
    parses (the ``udt parse`` command), never from library code, and only before anything imported spaCy.
    """
    if "spacy" in sys.modules or "torch" in sys.modules:
        return
    sys.modules["torch"] = None  # type: ignore[assignment]
    try:
        importlib.import_module("spacy")
    finally:
        if "torch" in sys.modules and sys.modules["torch"] is None:
            del sys.modules["torch"]
