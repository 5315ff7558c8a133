"""Entry point of the ``udt`` command.

Each command lives in its own module that exposes ``register(app)``; heavy libraries (torch, spaCy,
rdflib) are imported inside the commands, so ``udt --help`` answers at once.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from importlib import import_module
from typing import Any

import typer
from typer.core import TyperGroup

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


def _usage_error_classes() -> tuple[type[BaseException], ...]:
    """click's ``UsageError`` and, from typer 0.29 on, the one of typer's vendored copy (``typer._click``).

    The two are unrelated classes, so catching only click's lets typer's through as a traceback.
    """
    import click

    classes: list[type[BaseException]] = [click.UsageError]
    try:
        from typer._click.exceptions import UsageError as VendoredUsageError
    except ImportError:  # typer < 0.29 uses click itself
        pass
    else:
        classes.append(VendoredUsageError)
    return tuple(classes)


def _click_exception_classes() -> tuple[type[BaseException], ...]:
    """Every ``ClickException`` class in use (click's and typer's vendored one)."""
    import click

    classes: list[type[BaseException]] = [click.ClickException]
    try:
        from typer._click.exceptions import ClickException as VendoredClickException
    except ImportError:
        pass
    else:
        classes.append(VendoredClickException)
    return tuple(classes)


def usage_line(exc: BaseException) -> str:
    """One line for a usage error: what is wrong and where to read the command's help."""
    message = " ".join(exc.format_message().split())  # type: ignore[attr-defined]
    ctx = getattr(exc, "ctx", None)
    command = ctx.command_path if ctx is not None else "udt"
    return f"udt: error: {message} (see '{command} --help')"


class _OneLineUsageGroup(TyperGroup):
    """The root command: a usage error becomes one line on stderr and exit code 2, never a usage block or a trace.

    It sits on the root group's ``main`` so that both the console script and ``CliRunner`` get the same answer.
    """

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        try:
            # Not standalone: click then raises its errors (handled below) and returns a typer.Exit's code.
            result = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except _usage_error_classes() as exc:
            if type(exc).__name__ == "NoArgsIsHelpError":  # `udt` or `udt parse` alone: the help is the answer
                exc.show()  # type: ignore[attr-defined]
            else:
                print(usage_line(exc), file=sys.stderr)
            sys.exit(2)
        except _click_exception_classes() as exc:  # e.g. a file option that cannot be opened
            print("udt: error: " + " ".join(exc.format_message().split()), file=sys.stderr)  # type: ignore[attr-defined]
            sys.exit(getattr(exc, "exit_code", 1))
        except UdtError as exc:
            # Here rather than only in `run`, so that CliRunner (and any program calling `app`) gets the one line
            # and the exit code the console script gives, not an exception object.
            print(exc.one_line(), file=sys.stderr)
            sys.exit(exc.exit_code)
        if standalone_mode:  # as click does: end the process with the command's exit code
            sys.exit(result if isinstance(result, int) else 0)
        return result


app = typer.Typer(
    cls=_OneLineUsageGroup,
    name="udt",
    help="udt — Ultrasonographic Diagnostic Taxonomy toolkit: ontology, report parser, graphs, Ultrasound-CLIP.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _print_version(value: bool) -> None:
    # An option callback runs while the command line is parsed, so `udt --version` needs no command after it.
    if value:
        from udt import __version__

        typer.echo(__version__)
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", help="Print the version and exit.", is_eager=True, callback=_print_version
    ),
) -> None:
    """Options shared by every command."""


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


if __name__ == "__main__":
    run()
