"""One station per PC: a second copy of the app, started while the first holds the journal,
says so in words and ends, through the real entry point (main())."""

from __future__ import annotations

import asyncio
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from instore_app.app import ALREADY_RUNNING, main
from instore_app.journal import Journal, default_path
from instore_app.simulator import DEFAULT_STOCK_LOCATION_ID, DEFAULT_TOKEN, SimulatorServer


def test_a_second_copy_says_the_station_is_already_running_and_ends(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    seen: list[str] = []

    async def read_and_close_the_message() -> None:
        for _ in range(1000):
            boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
            if boxes:
                seen.append(boxes[0].text())
                boxes[0].accept()
                return
            await asyncio.sleep(0.01)

    with SimulatorServer() as server, Journal(default_path()):  # the first copy holds the journal
        monkeypatch.setenv("INSTORE_OMS_URL", server.url)
        monkeypatch.setenv("INSTORE_STOCK_LOCATION", str(DEFAULT_STOCK_LOCATION_ID))
        monkeypatch.setenv("INSTORE_TOKEN", DEFAULT_TOKEN)
        monkeypatch.setattr(sys, "argv", ["instore-app", "--no-sound"])
        QTimer.singleShot(0, lambda: asyncio.ensure_future(read_and_close_the_message()))
        assert main() == ALREADY_RUNNING
    assert seen and "already running" in seen[0]
