"""Entry point of the ``udt`` command.

Each command lives in its own module that exposes ``register(app)``; heavy libraries (torch, spaCy,
rdflib) are imported inside the commands, so ``udt --help`` answers at once.
"""

from __future__ import annotations

import sys
from importlib import import_module

import typer

from udt.errors import UdtError

# Modules that add commands, in the order they appear in --help.
_COMMAND_MODULES = (
    "udt.cli.ontology_cmd",
    "udt.cli.parse_cmd",
    "udt.cli.train_cmd",
    "udt.cli.graph_cmd",
    "udt.cli.similarity_cmd",
    "udt.cli.evaluate_cmd",
    "udt.cli.embed_cmd",
    "udt.cli.demo_cmd",
    "udt.cli.phantom_cmd",
    "udt.cli.data_cmd",
)

app = typer.Typer(
    name="udt",
    help="udt — Ultrasonographic Diagnostic Taxonomy toolkit: ontology, report parser, graphs, Ultrasound-CLIP.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", help="Print the version and exit.", is_eager=True),
) -> None:
    if version:
        from udt import __version__

        typer.echo(__version__)
        raise typer.Exit()


for _name in _COMMAND_MODULES:
    import_module(_name).register(app)


def run() -> None:
    """Console-script entry: run the app; a ``UdtError`` becomes one line on stderr and its exit code."""
    try:
        # Without standalone mode, click returns the code of a typer.Exit instead of exiting.
        code = app(standalone_mode=False)
        sys.exit(code if isinstance(code, int) else 0)
    except UdtError as exc:
        print(exc.one_line(), file=sys.stderr)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        sys.exit(130)
    except (typer.Exit, SystemExit) as exc:
        code = getattr(exc, "exit_code", None)
        if code is None:
            code = getattr(exc, "code", 0)
        sys.exit(code or 0)
    except typer.Abort:
        print("aborted", file=sys.stderr)
        sys.exit(1)
    except Exception as exc:  # click usage errors and friends
        import click

        if isinstance(exc, click.ClickException):
            exc.show()
            sys.exit(exc.exit_code)
        raise


if __name__ == "__main__":
    run()
