"""A real app process killed with SIGKILL in the middle of a package: a new process
restores the package's confirmations from the journal, and scanning only the items that
were left packs it (once).

The scans reach the app the way a serial scanner sends them: through a pseudo-terminal
given as --serial-port. The OMS is a simulator in this test process, so it outlives the app.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from instore_app.simulator import DEFAULT_STOCK_LOCATION_ID, DEFAULT_TOKEN, SimulatorServer, Store

pytestmark = pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal (POSIX)")

TIMEOUT = 30.0


def wait_for(predicate, what: str, process: subprocess.Popen | None = None) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + TIMEOUT
    while not predicate():
        if process is not None and process.poll() is not None:
            raise AssertionError(f"the app exited ({process.returncode}) while waiting for {what}")
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


class App:
    """One app process, scanning through a pseudo-terminal."""

    def __init__(self, server: SimulatorServer, home: Path, serial_path: str) -> None:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "INSTORE_OMS_URL": server.url,
            "INSTORE_STOCK_LOCATION": str(DEFAULT_STOCK_LOCATION_ID),
            "INSTORE_TOKEN": DEFAULT_TOKEN,
            "HOME": str(home),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_STATE_HOME": str(home / "state"),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_CACHE_HOME": str(home / "cache"),
        }
        self.log = home / "state" / "instore-app" / "log" / "instore-app.log"
        self.journal = home / "data" / "instore-app" / "journal.sqlite3"
        self.lists_before = self._count("list refreshed")
        self.ports_before = self._count("serial scanner open")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "instore_app", "--no-sound", "--serial-port", serial_path],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for(lambda: self._count("list refreshed") > self.lists_before, "the first list", self.process)
        wait_for(lambda: self._count("serial scanner open") > self.ports_before, "the serial port", self.process)

    def _count(self, text: str) -> int:
        try:
            return self.log.read_text(encoding="utf-8", errors="replace").count(text)
        except FileNotFoundError:
            return 0

    def confirmations(self, package_id: int) -> int:
        """Open confirmations of the package in the journal, read as another process would."""
        if not self.journal.exists():
            return 0
        with sqlite3.connect(f"file:{self.journal}?mode=ro", uri=True) as db:
            (count,) = db.execute(
                "SELECT COUNT(*) FROM scans WHERE package_id = ? AND kind = 'confirm' AND closed_at IS NULL",
                (package_id,),
            ).fetchone()
        return count


def code_of(item: dict) -> str:
    product = item["order_item"]["product"]
    return product["barcode"] or item["selected_barcode"] or product["sku"]


def test_a_killed_app_loses_no_confirmed_scan(tmp_path, report_figure):
    master, slave = os.openpty()
    serial_path = os.ttyname(slave)

    def scan(code: str) -> None:
        os.write(master, code.encode() + b"\r\n")

    with SimulatorServer(Store(seed=11)) as server:
        store = server.store
        package_id = next(
            pid
            for pid in store.package_ids(DEFAULT_STOCK_LOCATION_ID, "100")
            if len(store.package_json(pid, server.url)["packageitem_set"]) >= 3
        )
        package = store.package_json(package_id, server.url)
        items = package["packageitem_set"]

        first = App(server, tmp_path, serial_path)
        try:
            scan(package["number"])
            wait_for(lambda: first._count(f"package {package_id} open on the bench") > 0, "the bench", first.process)
            for item in items[:2]:
                scan(code_of(item))
            wait_for(lambda: first.confirmations(package_id) == 2, "two confirmations in the journal", first.process)
            # The claim (Waiting -> Preparing) runs in the background: let it land before the kill.
            wait_for(lambda: store.package_state(package_id) == "200", "the claim", first.process)
        finally:
            first.process.send_signal(signal.SIGKILL)
            first.process.wait(timeout=TIMEOUT)
        assert first.process.returncode == -signal.SIGKILL
        assert store.package_state(package_id) == "200"

        second = App(server, tmp_path, serial_path)
        try:
            scan(package["number"])
            wait_for(lambda: second._count("confirmations restored from the journal") > 0, "the restore", second.process)
            wait_for(lambda: second._count(f"package {package_id} open on the bench, 2 of") > 0, "the bench", second.process)
            for item in items[2:]:
                scan(code_of(item))
            wait_for(lambda: store.package_state(package_id) == "500", "the package packed", second.process)
            wait_for(lambda: second.confirmations(package_id) == 0, "the journal closed", second.process)
        finally:
            second.process.terminate()
            second.process.wait(timeout=TIMEOUT)
    os.close(master)
    os.close(slave)
    assert store.command_count(package_id, "COMPLETE_PACKAGING") == 1
    report_figure(
        f"crash test: app killed with SIGKILL after {2} of {len(items)} scans; the new process restored 2, "
        f"packed with the remaining {len(items) - 2}; pack commands received: 1"
    )


def test_a_pack_in_flight_when_the_app_is_killed_is_reconciled_at_the_next_start(tmp_path, report_figure):
    """The app is killed while its pack is on its way (the OMS applied it; the answer is held).
    The next start finds the unfinished command in the journal, reads the package, sees it packed,
    closes the confirmations and lists the package in Packed today; nothing is sent again."""
    from instore_app.simulator import FaultPlan

    master, slave = os.openpty()
    serial_path = os.ttyname(slave)

    def scan(code: str) -> None:
        os.write(master, code.encode() + b"\r\n")

    # The OMS applies the pack at once, then holds its answer: the app is killed while it waits.
    plan = FaultPlan(rates={"lost": 1.0}, endpoints=("command",), lost_mode="timeout", hang_seconds=60)
    with SimulatorServer(Store(seed=11), faults=plan) as server:
        store = server.store
        package_id = store.package_ids(DEFAULT_STOCK_LOCATION_ID, "400")[0]
        package = store.package_json(package_id, server.url)
        first = App(server, tmp_path, serial_path)
        try:
            scan(package["number"])
            wait_for(lambda: first._count(f"package {package_id} open on the bench") > 0, "the bench", first.process)
            for item in package["packageitem_set"]:
                scan(code_of(item))
            wait_for(lambda: store.package_state(package_id) == "500", "the OMS applying the pack", first.process)
        finally:
            first.process.send_signal(signal.SIGKILL)
            first.process.wait(timeout=TIMEOUT)
        assert first.confirmations(package_id) == len(package["packageitem_set"])  # still open

        server.faults.plan = FaultPlan()
        second = App(server, tmp_path, serial_path)
        try:
            wait_for(lambda: second._count("checked after a restart: took effect = True") > 0, "the check", second.process)
            wait_for(lambda: second.confirmations(package_id) == 0, "the journal closed", second.process)
        finally:
            second.process.terminate()
            second.process.wait(timeout=TIMEOUT)
    os.close(master)
    os.close(slave)
    assert store.command_count(package_id, "COMPLETE_PACKAGING") == 1
    with sqlite3.connect(f"file:{second.journal}?mode=ro", uri=True) as db:
        outcomes = [row[0] for row in db.execute("SELECT outcome FROM commands WHERE package_id = ?", (package_id,))]
        closes = [row[0] for row in db.execute("SELECT detail FROM events WHERE package_id = ? AND kind = 'closed'", (package_id,))]
    assert outcomes == ["applied"] and closes == ["packed"]
    report_figure("crash test: app killed with its pack on the way; the next start found it packed, closed it, sent nothing")
