"""Scan to feedback on the packing bench, offscreen.

One sample: from the Enter key event that ends a 13-digit scan typed at scanner speed
(through the real keyboard-wedge filter) to the confirmation committed to the journal
(SQLite, WAL, synchronous=FULL, in a temporary folder), the item row and the banner
updated and the bench repainted, in a package of 50 items. 500 scans. Prints median and
p99 in ms (goal: p99 under 16 ms, one frame at 60 Hz).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from _common import summary

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from instore_app.api import OmsClient, Package
from instore_app.journal import Journal
from instore_app.operations import Station
from instore_app.packing import KnownPackages, PackingSession, is_valid_gtin
from instore_app.scanner import WedgeScanFilter
from instore_app.scanner.testing import key_time_ms, type_scan
from instore_app.ui.bench import PackingBench

ITEMS = 50
SCANS = 500


def ean13(n: int) -> str:
    body = f"869{n:09d}"
    for digit in "0123456789":
        if is_valid_gtin(body + digit):
            return body + digit
    raise AssertionError(body)


def package() -> Package:
    state = {"id": 34, "name": "Preparing", "enum_value": "200"}
    items = [
        {
            "id": 1000 + i,
            "state": {"id": 241, "name": "Preparing", "enum_value": "250"},
            "order_item": {"id": 2000 + i, "product": {"id": 3000 + i, "name": f"Ürün {i}", "sku": f"AKN-{i}", "barcode": ean13(i)}},
        }
        for i in range(ITEMS)
    ]
    return Package.model_validate({"id": 1, "number": "2236607691411584P1", "state": state, "packageitem_set": items})


def main() -> None:
    app = QApplication.instance() or QApplication([])
    pkg = package()
    folder = tempfile.TemporaryDirectory()
    journal = Journal(Path(folder.name) / "journal.sqlite3")
    bench = PackingBench()
    bench.directory = KnownPackages([pkg])
    bench.recorder = Station(OmsClient("http://127.0.0.1:9"), 1, journal=journal)
    bench.resize(1280, 760)
    bench.show()
    wedge = WedgeScanFilter(app)
    wedge.scanned.connect(bench.handle_scan)
    app.installEventFilter(wedge)
    codes = [item.product.barcode for item in pkg.packageitem_set]
    samples: list[float] = []
    confirmed = 0
    while len(samples) < SCANS:
        session = PackingSession(pkg)
        if confirmed:
            bench.recorder.reset(session)
        bench.set_session(session)
        app.processEvents()
        for code in codes:
            type_scan(bench.scan_field, code, terminator=None)
            t = key_time_ms() + 10
            press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r")
            press.setTimestamp(t)
            started = time.perf_counter()
            QApplication.sendEvent(bench.scan_field, press)
            bench.repaint()
            samples.append((time.perf_counter() - started) * 1000)
            release = QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r")
            release.setTimestamp(t + 5)
            QApplication.sendEvent(bench.scan_field, release)
            confirmed += 1
            app.processEvents()
        assert bench.session.is_complete, "every scan must have confirmed an item"
    assert bench.scan_field.text() == ""
    assert journal.confirmed_items(pkg.id) == [item.id for item in pkg.packageitem_set]
    journal.close()
    folder.cleanup()
    median, p99 = summary(samples[:SCANS])
    print(f"scan to feedback ({ITEMS}-item package, {SCANS} scans, journal included): median {median:.1f} ms, p99 {p99:.1f} ms")


if __name__ == "__main__":
    main()
