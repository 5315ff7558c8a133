"""Start-up helpers for short-lived parser processes (``udt parse one.txt`` must answer in well under 2 s)."""

from __future__ import annotations

import gc
import importlib
import sys
import types
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


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


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info`` on demand: the real function, imported at its first call."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def import_spacy_lean() -> None:
    """Import spaCy without its command line and without torch.

    ``import spacy`` runs ``from .cli.info import info``, which loads spaCy's whole command line (typer apps,
    weasel, requests, httpx, jinja2, config templates): about a third of spaCy's import, and parsing never uses
    it. While spaCy imports, a placeholder stands in for ``spacy.cli`` and ``spacy.cli.info``; straight after, the
    placeholders leave ``sys.modules``, so a later ``import spacy.cli`` loads the real package, and ``spacy.info``
    stays callable (it imports the real one when called). On top of that, thinc's torch probe is skipped
    (:func:`import_spacy_without_torch`). Same rules: only in a process that parses, before anything imported spaCy.
    """
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


@contextmanager
def collector_paused() -> Iterator[None]:
    """Keep the cyclic garbage collector off while a parsing process starts (imports spaCy, loads the taxonomy,
    builds the parser); it is switched back on at the end of the block if it was on before.

    Start-up allocates a few hundred thousand objects that live as long as the process (spaCy's modules, the
    taxonomy, phrase tables, tokenizer rules). With the collector on, every 700 net new containers start a
    young collection, and each tenth of those an older one that walks everything allocated so far: together
    about a quarter of the CPU time of ``udt parse one.txt``, finding next to nothing to free (measured with
    ``benchmarks/cold_start_ab.py``). What little cyclic garbage start-up leaves is bounded and made once.
    Use it in a command's process only, around start-up, never in library code; end the block with
    :func:`freeze_long_lived_objects` so that the objects it allocated are not walked later either.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# Net new container objects after which a batch-parsing process runs a young-generation collection (CPython's
# default is 700). Parsing one report holds several hundred containers at once (token columns, mention records,
# findings, pydantic records), so at 700 a collection starts every dozen reports or so and walks everything the
# report in progress holds: about 2% of the parse's instructions (callgrind, 200 reports). The objects a report
# allocates are freed by reference counting when it is done (parsing creates almost no cycles), so the count
# rarely climbs far, and at this threshold a collection is rare; memory is bounded as before.
BATCH_GEN0_THRESHOLD = 50_000


def freeze_long_lived_objects() -> tuple[int, int, int]:
    """Prepare the cyclic garbage collector for a process that then parses many reports; returns the thresholds it
    replaced (``gc.set_threshold(*old)`` and ``gc.unfreeze()`` undo it).

    * Every object alive now (spaCy, the taxonomy, the built parser: about 300,000 objects that live as long as
      the process) moves out of the collector's generations (``gc.freeze``): each full collection would otherwise
      walk all of them again. Frozen objects are still freed when their last reference goes; only a reference
      cycle among them would wait for the process to end.
    * The young generation is collected after :data:`BATCH_GEN0_THRESHOLD` net new objects instead of 700.

    Call it from a command's process, after the parser is built, never from library code (it changes the whole
    process): ``udt parse`` and its ``--jobs`` workers do, and ``benchmarks/parser_speed.py`` measures with it.
    """
    old = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(max(old[0], BATCH_GEN0_THRESHOLD), *old[1:])
    return old
