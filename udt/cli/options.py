"""Options shared by several commands: which ontology a command works with.

Every command that uses the taxonomy takes ``--ontology PATH``; without it, ``$UDT_ONTOLOGY`` names the file,
and without that the shipped ``ontology/udt.owl`` is used. The command loads the taxonomy once, with
:func:`taxonomy_from`, and passes it down: library code never reloads the shipped file behind its back.

>>> def graph_command(ontology: Optional[Path] = ontology_option()) -> None:   # doctest: +SKIP
...     tax = taxonomy_from(ontology)
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from udt.errors import OntologyError

if TYPE_CHECKING:
    from udt.taxonomy import Taxonomy

ONTOLOGY_ENV = "UDT_ONTOLOGY"
_HELP = (
    f"Ontology file (RDF/XML) to use instead of the shipped one; default: ${ONTOLOGY_ENV} if set, else the "
    "shipped ontology/udt.owl."
)


def ontology_option(*flags: str, help: str = _HELP) -> Any:
    """A typer option for ``--ontology PATH`` (use as a parameter default); ``None`` when not given."""
    return typer.Option(None, *(flags or ("--ontology",)), help=help, show_default=False)



def ontology_path_from(path: Path | str | None) -> Path:
    """The ontology file a command should use: ``path``, else ``$UDT_ONTOLOGY``, else the shipped file.

    A path that does not name a file raises ``OntologyError`` naming where it came from.
    """
    from ontology import ontology_path

    origin = "--ontology"
    if path is None or str(path) == "":
        env = os.environ.get(ONTOLOGY_ENV, "").strip()
        if not env:
            return ontology_path()
        path, origin = env, f"${ONTOLOGY_ENV}"
    resolved = Path(path).expanduser()
    if not resolved.is_file():
        what = "does not exist" if not resolved.exists() else "is not a file"
        raise OntologyError(
            "ontology.missing",
            f"{resolved}: the ontology file given by {origin} {what}",
            f"give the path of an RDF/XML .owl file, or unset {ONTOLOGY_ENV} to use the shipped ontology"
            if origin != "--ontology"
            else "give the path of an RDF/XML .owl file, or leave out --ontology to use the shipped ontology",
        )
    return resolved.resolve()


def taxonomy_from(path: Path | str | None) -> Taxonomy:
    """Load the taxonomy a command should use (see :func:`ontology_path_from`); errors are ``UdtError``."""
    from udt.taxonomy import load_taxonomy

    return load_taxonomy(ontology_path_from(path))


__all__ = ["ONTOLOGY_ENV", "ontology_option", "ontology_path_from", "taxonomy_from"]
