"""Cold start: process start to the first painted list, against the floor of a bare Qt window.

Three commands, each timed from spawning the process to the line it prints from its first
real paint (a paintEvent that ran), offscreen, RUNS (15) times each, interleaved (so the
machine's noise hits all alike). Until 2026-12-02 both the floor and the app printed right after
show() and repaint(), before the window system had exposed the window, i.e. before anything was
painted: the figures of that time are lower than these, the app's more than the floor's.

* floor: a bare PySide6 window (``QApplication``, a ``QWidget`` shown, its first paint, quit);
* real mode: ``python -m instore_app --quit-after-first-list`` against an OMS simulator running
  in its own process on loopback (``INSTORE_*`` in the environment, as on a managed PC);
* demo: ``--demo`` (the app starts the simulator in its own process);
* the stack: not the app, a yardstick: the least program on the app's own stack that paints a
  list from the OMS (qasync's loop, one httpx GET of the first page of packages, a
  three-field pydantic model, a ``QTableView``), with the two switches the app uses too
  (httpx's command-line tool not imported, pydantic's plugin search off). It tells what the
  libraries alone cost, and so how much of real mode is the app's own.

Every child compiles its modules once and reuses the bytecode afterwards, as on a PC that
has run the app before (pip and the bundle ship compiled modules): ``PYTHONDONTWRITEBYTECODE``
is dropped from the children's environment and ``PYTHONPYCACHEPREFIX`` points at a scratch
folder, so nothing is written into the source tree. (With the variable set, as on this CI
machine, every run of the app compiled its ~100 modules from source: a cost only the app paid,
not the floor.) The first run of each command is a warm-up and is not counted.

Prints each median and p99, the ratio of real mode to the floor (goal: at most 3x), and the
stack's to the floor and real mode's to the stack.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import summary

RUNS = 15
ROOT = Path(__file__).resolve().parent.parent

# The floor says "first paint" from its first paintEvent, as the app says "first list painted"
# once its list's table has painted (MainWindow.first_list_painted): a widget shown is painted
# by the event loop once the window system exposes it (repaint() before that paints nothing).
FLOOR = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


class Window(QWidget):
    def paintEvent(self, event):
        super().paintEvent(event)
        print("first paint", flush=True)
        QTimer.singleShot(0, app.quit)  # after the paint is on screen


app = QApplication([])
window = Window()
window.resize(800, 600)
window.show()
app.exec()
"""


# The stack's yardstick: the same libraries the app paints its first list with, and nothing else.
STACK = """
import asyncio
import os
import sys
from datetime import datetime

sys.modules.setdefault("httpx._main", None)  # as instore_app.api does
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

import httpx
import pydantic
import qasync
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QTableView


class State(pydantic.BaseModel):
    name: str


class Package(pydantic.BaseModel):
    number: str
    date_placed: datetime
    state: State


class Page(pydantic.BaseModel):
    results: list[Package]


class Model(QAbstractTableModel):
    def __init__(self, rows):
        super().__init__()
        self.rows = rows

    def rowCount(self, parent=QModelIndex()):
        return len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 3

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        return (row.number, row.state.name, row.date_placed.strftime("%d.%m %H:%M"))[index.column()]


class Table(QTableView):
    def paintEvent(self, event):
        super().paintEvent(event)
        if self.model() is not None and self.model().rowCount():
            print("first list painted", flush=True)
            QTimer.singleShot(0, app.quit)


async def main():
    headers = {"Authorization": "Token " + os.environ["INSTORE_TOKEN"]}
    async with httpx.AsyncClient(base_url=os.environ["INSTORE_OMS_URL"], headers=headers) as client:
        params = {"page": 1, "limit": 100, "stock_location": os.environ["INSTORE_STOCK_LOCATION"]}
        reply = await client.get("/api/v1/oms/packages/short/", params=params)
        page = Page.model_validate_json(reply.content)
    table.setModel(Model(page.results))
    table.resize(1280, 800)
    table.show()
    await asyncio.Event().wait()  # until app.quit() stops the loop


app = QApplication([])
table = Table()
try:
    qasync.run(main())
except RuntimeError:  # "Event loop stopped before Future completed": the quit above
    pass
"""


def spawn_and_time(command: list[str], env: dict[str, str], marker: str) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = (time.perf_counter() - started) * 1000
    process.wait(timeout=60)
    if marker not in line:
        raise SystemExit(f"{command[-1]!r} did not report its first paint (exit {process.returncode}): {line!r}")
    return elapsed


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def main() -> None:
    from instore_app.simulator import DEFAULT_STOCK_LOCATION_ID, DEFAULT_TOKEN

    home = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    inherited = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    base = {
        **inherited,
        "PYTHONPYCACHEPREFIX": str(home / "pycache"),
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
    }
    port = free_port()
    simulator = subprocess.Popen(
        [sys.executable, "-m", "instore_app.simulator", "--port", str(port)],
        cwd=ROOT,
        env=base,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert simulator.stdout is not None
        simulator.stdout.readline()  # it prints its URL once it listens
        real_env = {
            **base,
            "INSTORE_OMS_URL": f"http://127.0.0.1:{port}",
            "INSTORE_STOCK_LOCATION": str(DEFAULT_STOCK_LOCATION_ID),
            "INSTORE_TOKEN": DEFAULT_TOKEN,
        }
        runs = {
            "floor": lambda: spawn_and_time([sys.executable, "-c", FLOOR], base, "first paint"),
            "real": lambda: spawn_and_time(
                [sys.executable, "-m", "instore_app", "--no-sound", "--quit-after-first-list"], real_env, "first list painted"
            ),
            "demo": lambda: spawn_and_time(
                [sys.executable, "-m", "instore_app", "--demo", "--no-sound", "--quit-after-first-list"], base, "first list painted"
            ),
            "stack": lambda: spawn_and_time([sys.executable, "-c", STACK], real_env, "first list painted"),
        }
        for run in runs.values():
            run()  # warm the file cache, as on a PC that has run the app before
        samples: dict[str, list[float]] = {name: [] for name in runs}
        for _ in range(RUNS):
            for name, run in runs.items():
                samples[name].append(run())
    finally:
        simulator.terminate()
        simulator.wait(timeout=10)
    figures = {name: summary(values) for name, values in samples.items()}
    labels = (
        ("floor", "bare PySide6 window"),
        ("real", "real mode, simulator in its own process"),
        ("demo", "--demo"),
        ("stack", "the stack alone (qasync, httpx, pydantic, a QTableView)"),
    )
    for name, label in labels:
        median, p99 = figures[name]
        print(f"start to first paint, {label} ({RUNS} runs): median {median:.0f} ms, p99 {p99:.0f} ms")
    real, floor, stack = figures["real"][0], figures["floor"][0], figures["stack"][0]
    print(f"real mode / floor (medians): {real / floor:.2f}x (goal <= 3x)")
    print(f"the stack alone / floor: {stack / floor:.2f}x; real mode / the stack alone: {real / stack:.2f}x")


if __name__ == "__main__":
    main()
