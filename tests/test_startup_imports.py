"""The real-mode start loads only what the first painted list needs (issue 14, cold start).

The app runs in its own process, as ``python -m instore_app`` runs it, against the simulator
(a real HTTP server on loopback, in this process) with the connection in ``INSTORE_*``, up to
its first painted list (``--quit-after-first-list``); then it prints the modules it had loaded.
The setup dialog, printing, the PDF engine, the serial port, the barcode and image libraries,
the simulator and its web stack, the Seller Center client and httpx's command-line tool are
each imported when first used, never by the start; the bench (its controller, screen, labels
and the handover) is imported when it is built, right after the first list is painted; and with a plain-http OMS the CA
certificates are not loaded (only TLS needs them). No timing is asserted: what is measured
by ``benchmarks/bench_startup.py`` is kept from growing back here, by module.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from instore_app.simulator import DEFAULT_STOCK_LOCATION_ID, SimulatorServer, Store

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "9d1c7e2a4b6f8a0c2e4d6b8f0a1c3e5d-startup-imports"

#: Modules (and packages: their submodules too) the first painted list must not load.
NOT_AT_START = (
    "instore_app.ui.setup_dialog",
    "instore_app.ui.setup_form",
    "instore_app.ui.setup_signin",
    "instore_app.ui.store_chooser",
    "instore_app.labels.printing",
    "instore_app.labels.output",
    "instore_app.labels.command_sheet",
    "instore_app.scanner.serial",
    "instore_app.simulator",
    "instore_app.api.seller_center",
    "instore_app.selftest",
    # the bench, built right after the first list (tests/test_window_reveal.py)
    "instore_app.bench.controller",
    "instore_app.bench.handover_mode",
    "instore_app.handover",
    "instore_app.ui.bench",
    "instore_app.ui.bench_screen",
    "instore_app.ui.after_packing_pages",
    "instore_app.ui.handover_screen",
    "instore_app.ui.today_view",
    "instore_app.labels.view",
    "instore_app.labels.slip",
    "PySide6.QtPrintSupport",
    "PySide6.QtPdf",
    "PySide6.QtSvg",
    "PySide6.QtSerialPort",
    "PIL",
    "barcode",
    "zxingcpp",
    "starlette",
    "uvicorn",
    "click",
    "pygments",
)

#: Run in the child: the app's own entry point, then the names of the modules it loaded.
CHILD = """
import runpy, sys
sys.argv = ["instore-app", "--no-sound", "--quit-after-first-list"]
try:
    runpy.run_module("instore_app", run_name="__main__", alter_sys=True)
except SystemExit as end:
    code = end.code
print("MODULES", " ".join(sorted(sys.modules)))
httplayer = sys.modules.get("instore_app.api.httplayer")
print("TRUST", "loading" if httplayer is not None and httplayer._trust is not None else "not loaded")
import enum
def subclasses(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from subclasses(sub)
print("ENUMS", " ".join(sorted({c.__qualname__ for c in subclasses(enum.Enum)})))
sys.exit(code)
"""


@pytest.fixture(scope="module")
def server() -> Iterator[SimulatorServer]:
    with SimulatorServer(Store(seed=14), token=TOKEN) as oms:
        yield oms


def loaded_at_first_list(server: SimulatorServer, home: Path) -> tuple[str, set[str], str, set[str]]:
    """The child's first-paint line, the modules loaded when the app ended after it, whether
    it had started loading the CA certificates, and the enum types made by then (PySide6
    makes a Python enum of each Qt enum when its class is first used)."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "INSTORE_OMS_URL": server.url,
        "INSTORE_STOCK_LOCATION": str(DEFAULT_STOCK_LOCATION_ID),
        "INSTORE_TOKEN": TOKEN,
    }
    result = subprocess.run(
        [sys.executable, "-c", CHILD], cwd=ROOT, env=env, capture_output=True, text=True, timeout=180
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    painted = next((line for line in lines if line.startswith("first list painted")), "")
    modules = next(line for line in lines if line.startswith("MODULES ")).split()[1:]
    trust = next(line for line in lines if line.startswith("TRUST ")).removeprefix("TRUST ")
    enums = next(line for line in lines if line.startswith("ENUMS ")).split()[1:]
    return painted, set(modules), trust, set(enums)


def test_the_first_painted_list_loads_none_of_what_it_does_not_need(server: SimulatorServer, tmp_path: Path):
    painted, modules, trust, enums = loaded_at_first_list(server, tmp_path)

    assert painted.startswith("first list painted after ")  # the run reached the list it measures
    # What the list needs is there: the OMS client's httpx and pydantic models, Qt's widgets.
    assert {"httpx", "pydantic", "instore_app.api.models", "PySide6.QtWidgets", "instore_app.ui.main_window"} <= modules
    early = sorted(m for m in modules if any(m == name or m.startswith(name + ".") for name in NOT_AT_START))
    assert early == []
    assert trust == "not loaded"  # a plain-http OMS: its requests never use the CA certificates
    # No object of a Qt-private class crossed into Python: the first one makes PySide6 load
    # every class of QtCore, QtGui and QtWidgets to find its type (~35 ms, 107 enum types; a
    # QMainWindow's animation timer did, through the scanner filter). QWizard's enums stand
    # for them: the app has no wizard. The window's own classes are loaded, with their enums.
    assert "QTableView.EditTrigger" in enums or "QAbstractItemView.EditTrigger" in enums
    assert "QWizard.WizardButton" not in enums
