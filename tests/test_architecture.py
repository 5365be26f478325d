"""Architecture rules: the domain layers never import Qt (see shared ENGINEERING.md).

instore_app/{api,packing,journal,simulator} must stay free of PySide6, shiboken6, qasync and
pytestqt, so they can be tested and reused without a QApplication.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
QT_FREE_PACKAGES = ("api", "packing", "journal", "simulator", "bench", "operations", "handover")
FORBIDDEN = ("PySide6", "shiboken6", "qasync", "pytestqt")


def forbidden_imports(source: str, filename: str) -> list[str]:
    """'file:line: imports X' for every absolute import of a forbidden top-level package."""
    found = []
    for node in ast.walk(ast.parse(source, filename=filename)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        found += [
            f"{filename}:{node.lineno}: imports {name}"
            for name in names
            if name.split(".")[0] in FORBIDDEN
        ]
    return found


def test_domain_packages_do_not_import_qt():
    dirs = [d for name in QT_FREE_PACKAGES if (d := ROOT / "instore_app" / name).is_dir()]
    assert dirs, "none of instore_app/{api,packing,journal,simulator} exists"
    offences = [
        offence
        for d in dirs
        for path in sorted(d.rglob("*.py"))
        for offence in forbidden_imports(
            path.read_text(encoding="utf-8"), str(path.relative_to(ROOT))
        )
    ]
    assert not offences, "Qt imported in a Qt-free layer:\n" + "\n".join(offences)


def test_rule_catches_plain_dotted_and_from_imports():
    source = (
        "import os\n"
        "import PySide6.QtCore\n"
        "from qasync import asyncSlot\n"
        "import json, shiboken6\n"
        "from . import PySide6\n"  # relative: a local module, allowed
        "def f():\n"
        "    from pytestqt.qtbot import QtBot\n"
    )
    hits = forbidden_imports(source, "x.py")
    assert [h.split(": ")[0] for h in hits] == ["x.py:2", "x.py:3", "x.py:4", "x.py:7"]


@pytest.mark.parametrize("module", ["instore_app.api", "instore_app.simulator"])
def test_importing_domain_package_does_not_load_qt(module):
    if not (ROOT / "instore_app" / module.split(".")[1]).is_dir():
        pytest.skip(f"{module} does not exist yet")
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
