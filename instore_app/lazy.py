"""Names of a package imported on first use (a module-level ``__getattr__``, PEP 562), for the
packages whose heavy parts the first painted list does not need (no Qt here)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any

__all__ = ["lazy_names"]


def lazy_names(package: str, namespace: dict[str, Any], names: Mapping[str, str]) -> Callable[[str], Any]:
    """The ``__getattr__`` of `package`: each of `names` (name -> its submodule) is imported on
    first use and kept in `namespace`, the package's globals; any other name is an AttributeError."""

    def __getattr__(name: str) -> Any:
        module = names.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(f".{module}", package), name)
        namespace[name] = value
        return value

    return __getattr__
