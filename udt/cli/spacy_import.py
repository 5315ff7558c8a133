"""A lean spaCy import for the short-lived ``udt parse`` process (cold start is most of `udt parse one.txt`).

``import spacy`` runs ``from .cli.info import info``, which loads spaCy's whole command line: typer apps, weasel,
requests, httpx, jinja2 and the config templates. ``python -X importtime`` puts it at about a third of spaCy's
import, and parsing never uses it. While spaCy imports, a placeholder stands in for ``spacy.cli`` and
``spacy.cli.info``; straight after, the placeholders leave ``sys.modules``, so a later ``import spacy.cli`` loads
the real package, and ``spacy.info`` stays callable (it imports the real one when called).

On top of that, thinc's optional torch import is skipped (:func:`udt.parser.startup.import_spacy_without_torch`).
Call it only in a process that parses and only before anything imported spaCy; otherwise it does nothing.
"""

from __future__ import annotations

import sys
import types
from typing import Any


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info`` on demand: the real function, imported at its first call."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def import_spacy_lean() -> None:
    """Import spaCy without its command line and without torch (see the module docstring)."""
    from udt.parser.startup import import_spacy_without_torch

    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        import_spacy_without_torch()
        return
    package = types.ModuleType("spacy.cli")
    package.__path__ = []  # a package, so that "spacy.cli.info" resolves to the placeholder below
    info = types.ModuleType("spacy.cli.info")
    info.info = _info  # type: ignore[attr-defined]
    sys.modules["spacy.cli"], sys.modules["spacy.cli.info"] = package, info
    try:
        import_spacy_without_torch()
    finally:
        for name, placeholder in (("spacy.cli.info", info), ("spacy.cli", package)):
            if sys.modules.get(name) is placeholder:
                del sys.modules[name]
        spacy = sys.modules.get("spacy")
        if spacy is not None and getattr(spacy, "cli", None) is package:
            delattr(spacy, "cli")


__all__ = ["import_spacy_lean"]
