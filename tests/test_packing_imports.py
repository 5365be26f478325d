"""instore_app.packing is pure Python: importing it loads no Qt, and its API is exported."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import instore_app.packing as packing

ROOT = Path(__file__).resolve().parents[1]


def test_importing_packing_loads_no_qt():
    code = (
        "import sys, instore_app.packing\n"
        "print(','.join(sorted(m for m in sys.modules"
        " if m.split('.')[0] in ('PySide6', 'shiboken6', 'qasync', 'pytestqt'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_public_api_is_exported():
    for name in packing.__all__:
        assert getattr(packing, name) is not None, name
    for name in ("PackingSession", "KnownPackages", "plan_command", "normalize", "clean_scan"):
        assert name in packing.__all__
