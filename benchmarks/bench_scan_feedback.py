"""Scan to feedback on the packing bench, offscreen.

One sample: from the Enter key event that ends a 13-digit scan typed at scanner speed
(through the real keyboard-wedge filter) to the confirmation committed to the journal
(SQLite, WAL, synchronous=FULL, in a temporary folder), the item row and the banner
updated and the bench repainted, in a package of 50 items. 500 scans. Prints median and
p99 in ms (goal: p99 under 16 ms, one frame at 60 Hz).

The path is today's app's: the main window composed as the app composes it
(``instore_app.composition.compose``) against the embedded OMS simulator, the wedge filter
routing the scan to ``MainWindow.handle_scan``, the bench controller matching it and
journalling it, the bench screen updating the row and the banner; then the layout requests
that posted are done and ``bench.repaint()`` paints it. The simulator serves 10 packages of
50 items (Ready for Packaging, each item a product of its own with its own EAN-13); each is
opened by scanning its number, then its 50 items are scanned (auto-pack off: nothing is
sent to the OMS). Every scan is checked: it came through the wedge, confirmed its item, and
the journal holds the confirmation.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from dataclasses import replace
from datetime import timedelta
from functools import partial
from pathlib import Path

from _common import summary

import qasync
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from instore_app.api import OmsClient, RetryPolicy
from instore_app.bench import Phase
from instore_app.composition import Composition, compose
from instore_app.journal import Journal
from instore_app.packing import is_valid_gtin
from instore_app.scanner.testing import key_time_ms, type_scan
from instore_app.settings import Settings
from instore_app.simulator import (
    DEFAULT_STOCK_LOCATION_ID,
    DEFAULT_TOKEN,
    SimulatorServer,
    Store,
)
from instore_app.ui.main_window import BenchOptions, MainWindow

ITEMS = 50
PACKAGES = 10
SCANS = ITEMS * PACKAGES  # 500


def ean13(n: int) -> str:
    body = f"869{n:09d}"
    for digit in "0123456789":
        if is_valid_gtin(body + digit):
            return body + digit
    raise AssertionError(body)


class BenchStore(Store):
    """The simulator's seeded store, plus PACKAGES packages of ITEMS units at the default
    store, Ready for Packaging, each unit its own product (and barcode)."""

    def __init__(self) -> None:
        super().__init__(seed=21)
        self.bench_ids: list[int] = []
        with self.lock:
            location = self.stock_locations[DEFAULT_STOCK_LOCATION_ID]
            base = next(p for p in self.products.values() if p.barcode)
            for n in range(PACKAGES):
                pkg = self._factory.new_package(
                    location, self.now + timedelta(hours=2 + n)
                )
                template = pkg.items[0]
                items = []
                for i in range(ITEMS):
                    k = n * ITEMS + i
                    product = replace(
                        base,
                        id=90000 + k,
                        sku=f"AKN-B{k}",
                        barcode=ean13(k),
                        name=f"Ürün {k}",
                    )
                    self.products[product.id] = product
                    order_item_id = self._factory._id("order_item")
                    items.append(
                        replace(
                            template,
                            id=self._factory._id("item"),
                            product=product,
                            order_item_id=order_item_id,
                            order_item_omnitron_id=50000 + order_item_id,
                        )
                    )
                pkg.items = items
                self._add([(pkg, "400")])
                self.bench_ids.append(pkg.id)


async def until(predicate, what: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        await asyncio.sleep(0.01)


def enter(target: QWidget, kind: QEvent.Type, at: int) -> None:
    event = QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r")
    event.setTimestamp(at)
    QApplication.sendEvent(target, event)


def on_bench(window: MainWindow, package_id: int) -> bool:
    """The package is on the bench, read, its items to scan."""
    work = window.controller.current
    session = window.bench.session
    return (
        work is not None
        and work.package_id == package_id
        and work.phase is Phase.SCANNING
        and session is not None
        and session.package_id == package_id
    )


async def scan_all(composed: Composition, details: dict[int, dict]) -> list[float]:
    """Each package opened by its number, then its items scanned: one sample per item."""
    window, journal = composed.window, composed.journal
    assert journal is not None
    wedge_scans: list[str] = []
    composed.wedge.scanned.connect(wedge_scans.append)
    samples: list[float] = []
    for pid, detail in details.items():
        type_scan(window.focusWidget() or window, detail["number"])
        await until(
            partial(on_bench, window, pid), f"package {detail['number']} on the bench"
        )
        await asyncio.sleep(0.05)  # its first paint, its images asked for
        bench, session = window.bench, window.bench.session
        for item in detail["packageitem_set"]:
            target = window.focusWidget() or window
            code = item["order_item"]["product"]["barcode"]
            # 13 keys at 10 ms, held by the wedge until the Enter below.
            type_scan(target, code, terminator=None)
            at = key_time_ms() + 10
            started = time.perf_counter()
            # The wedge emits the scan, MainWindow.handle_scan routes it to the controller,
            # which journals the confirmation and tells the bench screen.
            enter(target, QEvent.Type.KeyPress, at)
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            bench.repaint()
            samples.append((time.perf_counter() - started) * 1000)
            enter(target, QEvent.Type.KeyRelease, at + 5)
            assert wedge_scans[-1:] == [code], (
                "the scan must come through the wedge filter"
            )
            assert session.is_confirmed(item["id"]), (
                f"scan of item {item['id']} not confirmed"
            )
            assert journal.confirmed_items(pid)[-1] == item["id"], (
                "confirmation not journalled"
            )
            if not session.is_complete:  # after the last one the banner says to pack
                assert "✔" in bench.banner.text(), bench.banner.text()
            await asyncio.sleep(0)  # a turn of the loop, as between two real scans
        assert session.is_complete, "every scan must have confirmed an item"
        assert bench.scan_field.text() == "", (
            "the scan must not reach the scan field as text"
        )
    return samples


async def measure() -> None:
    app = QApplication.instance()
    store = BenchStore()
    with tempfile.TemporaryDirectory() as folder, SimulatorServer(store) as server:
        details = {pid: store.package_json(pid, server.url) for pid in store.bench_ids}
        assert all(len(d["packageitem_set"]) == ITEMS for d in details.values())
        journal = Journal(Path(folder) / "journal.sqlite3")
        assert journal.pragma("journal_mode") == "wal"
        assert journal.pragma("synchronous") == 2  # FULL
        client = OmsClient(
            server.url,
            DEFAULT_TOKEN,
            retry=RetryPolicy(max_retries=1, base_delay=0.01, max_delay=0.02),
        )
        settings = Settings(
            {
                "oms_url": server.url,
                "stock_location_id": DEFAULT_STOCK_LOCATION_ID,
                "token": DEFAULT_TOKEN,
                "language": "en",
                "auto_pack": False,
                "sound": False,
            }
        )
        options = BenchOptions(auto_pack=False, sound=False)
        composed = compose(
            settings, app=app, client=client, journal=journal, options=options
        )
        window = composed.window
        window.resize(1280, 760)
        try:
            listed = asyncio.get_running_loop().create_future()
            window.list_refreshed.connect(
                lambda: listed.done() or listed.set_result(None)
            )
            composed.start()
            window.activateWindow()
            await asyncio.wait_for(listed, 30)
            samples = await scan_all(composed, details)
        finally:
            await composed.aclose()
            await client.aclose()
        assert len(samples) == SCANS
        for pid, detail in details.items():
            assert journal.confirmed_items(pid) == [
                item["id"] for item in detail["packageitem_set"]
            ]
            # auto-pack off: nothing sent
            assert store.command_count(pid, "COMPLETE_PACKAGING") == 0
        journal.close()
    median, p99 = summary(samples)
    print(
        f"scan to feedback ({ITEMS}-item package, {SCANS} scans, journal included): median {median:.1f} ms, p99 {p99:.1f} ms"
    )


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    qasync.run(measure())


if __name__ == "__main__":
    main()
