"""The one error family of udt.

Library code raises these; only the CLI turns them into a one-line message on stderr and an exit code.
Every error carries a stable ``code`` (for scripts), a ``message`` (what went wrong, and where) and a
``hint`` (how to fix it).
"""

from __future__ import annotations


class UdtError(Exception):
    """Base class: ``UdtError(code, message, hint)``."""

    exit_code: int = 1

    def __init__(self, code: str, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.hint = hint

    def one_line(self) -> str:
        """The message as the CLI prints it: ``error[code]: message (hint)``."""
        text = f"error[{self.code}]: {self.message}"
        if self.hint:
            text += f" — {self.hint}"
        return " ".join(text.split())

    def __str__(self) -> str:
        return self.one_line()


class OntologyError(UdtError):
    """The ontology file is missing, malformed, unsafe or inconsistent."""


class ParseInputError(UdtError):
    """A report given to the parser cannot be read (not UTF-8, binary, too large, ...)."""


class DataError(UdtError):
    """A data set, label record or matrix is malformed or refers to unknown concepts."""


class ConfigError(UdtError):
    """A configuration has an unknown key, a wrong type or an impossible value."""


class UsageError(UdtError):
    """The command line is wrong (missing path, bad option); exit code 2."""

    exit_code = 2
