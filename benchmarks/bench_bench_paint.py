"""The bench's fast path, painted: one confirmed scan to the row, the card and the banner on screen.

One sample: ``PackingBench.show_scan`` for a confirmed unit (what ui/bench_screen.py calls for
the controller's Scanned event), then the event processing that paints what it changed (the
banner, the count, the card of the next item, the rows), offscreen, in a package of 50 units
with wrapped names (letter tiles here: no network). Measured at 1024 x 768 and at 1920 x 1080
in the same run; "whole bench" repaints everything, the worst case. Prints median and p99 in
ms (goal: p99 under 16 ms, one frame at 60 Hz).
"""

from __future__ import annotations

import time

from _common import summary

from PySide6.QtWidgets import QApplication

from instore_app.api import Package
from instore_app.bench import Level, Note, Phase, Work
from instore_app.packing import PackingSession
from instore_app.packing.command_codes import BenchCommand
from instore_app.ui.bench import PackingBench

UNITS = 50
NAMES = ["Keten Gömlek", "Organik Pamuklu Oversize Kapüşonlu Sweatshirt Kışlık Yumuşak", "Deri Sneaker", "Kot Ceket"]


def package() -> Package:
    state = {"id": 34, "name": "Preparing", "enum_value": "200"}
    items = [
        {
            "id": 1000 + i,
            "state": {"id": 241, "name": "Preparing", "enum_value": "250"},
            "order_item": {
                "id": 2000 + i,
                "product": {
                    "id": 3000 + i,
                    "name": NAMES[i % len(NAMES)],
                    "sku": f"AKN-{i}",
                    "barcode": f"869{i:010d}",
                    "attributes": {"beden": "XL", "renk": "LACİVERT"},
                },
            },
        }
        for i in range(UNITS)
    ]
    return Package.model_validate({"id": 1, "number": "2236607691411584P1", "state": state, "packageitem_set": items})


def run(size: tuple[int, int], *, whole: bool = False) -> tuple[float, float]:
    pkg = package()
    bench = PackingBench()
    bench.resize(*size)
    bench.show()
    available = frozenset(BenchCommand)
    samples = []
    for _round in range(4):
        session = PackingSession(pkg)
        work = Work(pkg.id, pkg.number, package=pkg, session=session, phase=Phase.SCANNING)
        bench.show_work(work, Note("scan_items", Level.INFO, (str(UNITS),)), available)
        QApplication.processEvents()
        for item in pkg.packageitem_set:
            session.confirm(item.id)
            note = Note("confirmed", Level.OK, (item.product.name, "XL · LACİVERT", ""))
            start = time.perf_counter()
            bench.show_scan(work, note, item.id, available)
            if whole:
                bench.repaint()
            QApplication.processEvents()  # the posted layout and update requests: painted
            samples.append((time.perf_counter() - start) * 1000)
    bench.close()
    return summary(samples)


def main() -> None:
    QApplication.instance() or QApplication([])
    for size in ((1024, 768), (1920, 1080)):
        for whole in (False, True):
            median, p99 = run(size, whole=whole)
            what = "whole bench repainted" if whole else "changes painted"
            print(f"scan to bench at {size[0]}x{size[1]}, {what}: median {median:.2f} ms, p99 {p99:.2f} ms ({4 * UNITS} scans)")


if __name__ == "__main__":
    main()
