"""Fault soak: a scripted packer packs 200 packages through the real window against a
simulator that fails 20% of the requests in every way it can (5xx, 429, hung requests,
dropped connections, broken JSON, and commands applied whose answer is lost).

The packer acts as a person would: scans with scanner timing, and when the bench turns
red after a failure, tries again (scans the package number again, or presses the key
again). At the end every package is in the state the script intended, no package
received a command twice, and every confirmed scan is accounted for. The figures are
printed at the end of the test run, among them the longest pause of the window's event loop
(a 50 ms heartbeat timer): reported, not asserted, since this machine is shared and noisy.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter

import httpx
import pytest
from PySide6.QtCore import QObject, Qt, QTimer

from instore_app.api import OmsClient, RetryPolicy
from instore_app.journal import Journal
from instore_app.operations import SettlePolicy
from instore_app.scanner.testing import press_key, type_scan
from instore_app.simulator import DEFAULT_STOCK_LOCATION_ID, DEFAULT_TOKEN, FaultPlan, SimulatorServer, Store
from instore_app.simulator.faults import KINDS
from instore_app.ui.bench import Level
from instore_app.ui.main_window import BenchOptions

from .window_helpers import running_window, until

PACKAGES = 200
FAULT_RATE = 0.2
MAX_TRIES = 25
OPEN = ("100", "200", "400")


def intention(index: int) -> str:
    """What the script does with the index-th package: most are packed."""
    return {7: "refuse", 9: "out_of_stock"}.get(index % 10, "pack")


EXPECTED_STATE = {"pack": "500", "refuse": "950", "out_of_stock": "920"}
EXPECTED_COMMAND = {"pack": "COMPLETE_PACKAGING", "refuse": "REFUSE_PACKAGE", "out_of_stock": "DETECTED_OUT_OF_STOCK_ITEM"}


class LogCounter(logging.Handler):
    """Counts the app's own log lines about retries and reconciliations."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.counts: Counter[str] = Counter()

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if message.startswith("retrying GET"):
            self.counts["read retries"] += 1
        if "reconciled" in message or "had already taken effect" in message:
            self.counts["reconciliations"] += 1


def code_of(item: dict) -> str:
    product = item["order_item"]["product"]
    return product["barcode"] or item["selected_barcode"] or product["sku"]


@pytest.mark.slow
@pytest.mark.asyncio
async def test_two_hundred_packages_through_twenty_percent_faults(qtbot, tmp_path, report_figure):
    store = Store(seed=21, extra_packages=PACKAGES)
    targets = [pid for state in OPEN for pid in store.package_ids(DEFAULT_STOCK_LOCATION_ID, state)][:PACKAGES]
    assert len(targets) == PACKAGES
    plan = FaultPlan.uniform(FAULT_RATE, KINDS, hang_seconds=2.0, retry_after=0, seed=5)
    logs = LogCounter()
    app_log = logging.getLogger("instore_app")
    level = app_log.level
    app_log.setLevel(logging.INFO)
    app_log.addHandler(logs)
    journal = Journal(tmp_path / "journal.sqlite3")
    tries: Counter[str] = Counter()
    heartbeat = {"beats": 0, "last": 0.0, "longest": 0.0}
    with SimulatorServer(store, faults=None) as server:
        client = OmsClient(
            server.url,
            DEFAULT_TOKEN,
            timeout=httpx.Timeout(connect=2.0, read=0.6, write=2.0, pool=2.0),
            retry=RetryPolicy(max_retries=6, base_delay=0.005, max_delay=0.05, max_retry_after=1.0),
        )
        details = {pid: store.package_json(pid, server.url) for pid in targets}
        # The simulator's faults never apply a command after its answer (no "late" here), so a
        # short settle period is true to it; the app's own default (60 s) outlasts a slow OMS.
        async with running_window(
            qtbot, server, client=client, journal=journal, options=BenchOptions(sound=False),
            settle=SettlePolicy(seconds=1.5, first_delay=0.05, max_delay=0.3),
        ) as window:
            window.refresh_timer.stop()  # the script refreshes through its actions
            def on_beat() -> None:
                now = time.perf_counter()
                if heartbeat["last"]:
                    heartbeat["longest"] = max(heartbeat["longest"], now - heartbeat["last"])
                heartbeat["last"] = now
                heartbeat["beats"] += 1

            beat = QTimer(window)
            beat.timeout.connect(on_beat)
            beat.start(50)
            server.faults.plan = plan
            bench = window.bench

            async def settle(done) -> bool:  # type: ignore[no-untyped-def]
                """Wait until `done()` or a red banner with no task running."""
                try:
                    await until(
                        lambda: done()
                        or (bench.banner.level is Level.ERROR and not window.controller.busy),
                        timeout=60,
                    )
                except AssertionError:
                    raise AssertionError(
                        f"stuck: banner {bench.banner.level} {bench.banner.text()!r}, dialog {window._dialog}"
                        f" {window._dialog.isVisible() if window._dialog else ''}, bench busy {window.controller.busy},"
                        f" session {bench.session.package_id if bench.session else None}, finished {bench.finished}"
                    ) from None
                return bool(done())

            async def open_package(pid: int) -> None:
                number = details[pid]["number"]
                for _ in range(MAX_TRIES):
                    type_scan(bench.scan_field if window.stack.currentWidget() is bench else window.filter_edit, number)
                    if await settle(lambda: bench.session is not None and bench.session.package_id == pid and not window.tasks.running("open")):
                        return
                    tries["open"] += 1
                    if pid not in {p.id for p in window.station.packages}:
                        await refresh_list()
                raise AssertionError(f"package {pid} never opened")

            async def refresh_list() -> None:
                for _ in range(MAX_TRIES):
                    window.refresh()
                    await until(lambda: not window.tasks.running("refresh"), timeout=60)
                    if not window.offline:
                        return

            async def act(key: Qt.Key, action: str, pid: int, answer=None) -> None:  # type: ignore[no-untyped-def]
                done = {"yes": False}
                connection = window.action_done.connect(lambda p, a: done.__setitem__("yes", True) if (p, a) == (pid, action) else None)
                try:
                    for _ in range(MAX_TRIES):
                        press_key(bench.scan_field, key)
                        if answer is not None:
                            await until(
                                # The dialog, or a red banner once the bench is idle (a red line
                                # left from the last try must not count while the reasons are read).
                                lambda: (window._dialog is not None and window._dialog.isVisible())
                                or (bench.banner.level is Level.ERROR and not window.controller.busy),
                                timeout=60,
                            )
                            if window._dialog is not None and window._dialog.isVisible():
                                answer(window._dialog)
                                # a digit is a printable key: the scanner filter hands it on a moment later
                                await until(lambda: window._dialog is None or not window._dialog.isVisible(), timeout=60)
                                # Refuse and out of stock ask once: say yes.
                                await until(
                                    lambda: (window.controller.current is not None and window.controller.current.question is not None)
                                    or bench.banner.level is Level.ERROR,
                                    timeout=60,
                                )
                                if window.controller.current is not None and window.controller.current.question is not None:
                                    press_key(bench.scan_field, Qt.Key.Key_Return)
                        if await settle(lambda: done["yes"]):
                            return
                        tries[action] += 1
                finally:
                    QObject.disconnect(connection)
                raise AssertionError(f"{action} of package {pid} never succeeded")

            for index, pid in enumerate(targets):
                what = intention(index)
                items = details[pid]["packageitem_set"]
                await open_package(pid)
                if what == "pack":
                    # Each package has its own flag and its own connection, dropped once it is
                    # packed: a late "pack" of an earlier package can't mark this one packed.
                    packed = {"yes": False}
                    connection = window.action_done.connect(
                        lambda p, a, pid=pid, packed=packed: packed.__setitem__("yes", True) if (p, a) == (pid, "pack") else None
                    )
                    for item in items[len(bench.session.confirmed_item_ids):]:
                        type_scan(bench.scan_field, code_of(item))
                    assert bench.session.is_complete
                    settled = await settle(lambda packed=packed: packed["yes"])
                    QObject.disconnect(connection)
                    if not settled:
                        tries["pack"] += 1
                        await act(Qt.Key.Key_F9, "pack", pid)
                elif what == "refuse":
                    await act(Qt.Key.Key_F7, "refuse", pid, answer=lambda d: press_key(d.list, Qt.Key.Key_1, text="1"))
                else:
                    if len(items) > 1:  # (scanning the only item would complete and pack it)
                        type_scan(bench.scan_field, code_of(items[0]))
                    await act(Qt.Key.Key_F6, "out_of_stock", pid, answer=lambda d: press_key(d.list, Qt.Key.Key_Return))

            server.faults.plan = None
            stats = server.stats()
            beat.stop()
        app_log.removeHandler(logs)
        app_log.setLevel(level)

    # Every package is where the script meant it to be, each command reached the OMS once.
    wrong = {
        pid: store.package_state(pid)
        for index, pid in enumerate(targets)
        if store.package_state(pid) != EXPECTED_STATE[intention(index)]
    }
    assert not wrong, "packages not in the intended state: " + "; ".join(
        f"{pid}: {state}, meant {intention(targets.index(pid))}, commands "
        f"{[(c.command, c.status_code) for c in store.received_commands if c.package_id == pid]}, journal "
        f"{[(c.command, c.outcome, c.message) for c in journal.commands(pid)]}"
        for pid, state in wrong.items()
    )
    duplicates = {
        pid: store.command_count(pid, EXPECTED_COMMAND[intention(index)])
        for index, pid in enumerate(targets)
        if store.command_count(pid, EXPECTED_COMMAND[intention(index)]) != 1
    }
    assert not duplicates, f"commands received more than once: {duplicates}"
    # No confirmed scan was lost: every scan of a packed package was journalled, and closed.
    scans = journal._conn.execute(
        "SELECT package_id, COUNT(*) FROM scans WHERE kind = 'confirm' GROUP BY package_id"
    ).fetchall()
    confirmed = dict(scans)
    for index, pid in enumerate(targets):
        if intention(index) == "pack":
            assert confirmed.get(pid) == len(details[pid]["packageitem_set"]), pid
    assert journal.open_packages() == []
    journal.close()

    faults = stats["faults_by_kind"]
    report_figure(
        f"fault soak: {PACKAGES} packages "
        f"({sum(intention(i) == 'pack' for i in range(PACKAGES))} packed, "
        f"{sum(intention(i) == 'refuse' for i in range(PACKAGES))} refused, "
        f"{sum(intention(i) == 'out_of_stock' for i in range(PACKAGES))} out of stock); "
        f"{sum(stats['requests'].values())} requests, {stats['faults_total']} faults injected "
        f"({', '.join(f'{kind} {faults.get(kind, 0)}' for kind in KINDS)}); "
        f"read retries {logs.counts['read retries']}, reconciliations {logs.counts['reconciliations']}, "
        f"packer retries {sum(tries.values())} ({dict(tries)}); duplicate commands 0; lost scans 0; "
        f"longest pause of the window's event loop {heartbeat['longest'] * 1000:.0f} ms"
        f" ({heartbeat['beats']} beats of a 50 ms timer)"
    )
    await asyncio.sleep(0)
