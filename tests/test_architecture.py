"""Architecture rules that import-linter can't see (see shared ENGINEERING.md).

The import rules themselves (no Qt in the Qt-free layers, the layers, what the UI may import)
are import-linter contracts in pyproject.toml, checked by ``make lint``. Here: importing a
Qt-free package really loads no Qt at run time (import-linter reads import statements, not
``importlib`` calls such as the settings' lazy file store), and the PySide6 6.12 rule.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
QT_FREE_PACKAGES = ("api", "packing", "journal", "simulator", "bench", "operations", "handover", "settings")
FORBIDDEN = ("PySide6", "shiboken6", "qasync", "pytestqt")


@pytest.mark.parametrize("module", [f"instore_app.{name}" for name in QT_FREE_PACKAGES])
def test_importing_domain_package_does_not_load_qt(module):
    code = (
        f"import sys, {module}\n"
        f"print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r})))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"importing {module} loaded: {result.stdout.strip()}"


def test_no_signal_disconnect_calls_in_the_app():
    """PySide6 6.12.0's ``SignalInstance.disconnect()`` releases ``Py_True`` once too often;
    after enough calls Python aborts ("bool_dealloc"). ``QObject.disconnect(connection)`` is
    safe, so the app uses only that form."""
    offenders = []
    for path in sorted((ROOT / "instore_app").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "disconnect"
                and not (isinstance(node.func.value, ast.Name) and node.func.value.id == "QObject")
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offenders, "use QObject.disconnect(connection) instead: " + ", ".join(offenders)
