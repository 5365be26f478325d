"""``QT_TRANSLATE_NOOP`` with a type mypy can check.

PySide6's stub types ``QT_TRANSLATE_NOOP`` as returning ``object``, so every table of
``{code: QT_TRANSLATE_NOOP(...)}`` fails ``mypy --strict`` once per entry. This one is the
same function (it marks the text for ``pyside6-lupdate``, which finds calls by name, and
returns it unchanged), typed ``-> str``. Import it instead of PySide6's:
``from .noop import QT_TRANSLATE_NOOP``.
"""

from __future__ import annotations

__all__ = ["QT_TRANSLATE_NOOP"]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation in `context` (extracted by lupdate); returns it unchanged."""
    return text
