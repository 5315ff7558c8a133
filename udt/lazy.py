"""Lazy package exports: ``import udt`` (and ``graphing``, ``model``...) stays fast because the modules behind
the public names load on first use."""

from __future__ import annotations

import sys
from collections.abc import Callable
from importlib import import_module
from typing import Any


def lazy_exports(package: str, exports: dict[str, str]) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """Module-level ``__getattr__`` and ``__dir__`` for ``package`` exporting ``name -> defining module``.

    Usage in a package's ``__init__``: ``__getattr__, __dir__ = lazy_exports(__name__, _LAZY)``.
    """
    namespace = sys.modules[package].__dict__

    def __getattr__(name: str) -> Any:
        module = exports.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(module), name)
        namespace[name] = value  # later look-ups skip this function
        return value

    def __dir__() -> list[str]:
        return sorted(set(exports) | ({"__version__"} & namespace.keys()))

    return __getattr__, __dir__
