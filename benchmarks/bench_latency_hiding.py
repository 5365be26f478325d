"""Does OMS latency cost the packer time? A scripted packer packs 30 packages through the real
window (real key events at scanner speed into the real wedge filter, the bench controller, the
journal) against the simulator, first with no latency, then with 1,000 ms on every request.

The packer never waits for the app: between scans it only takes the time a person needs to put
an item in the box (HANDLING_S, the same in both runs), and it scans the next package's number
as soon as the last item of the previous one beeped. A run ends when every package is packed
with its label read (in Packed today). Prints both totals, their ratio (goal: at most 1.15), the
longest time any scan waited for its answer (the scan's green or red on the bench), and how many
scans were refused for waiting (goal: 0).
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from pathlib import Path

import _common  # noqa: F401  (offscreen, and the project on the path)
import qasync
from PySide6.QtWidgets import QApplication

from instore_app.api import OmsClient, RetryPolicy
from instore_app.bench import LabelStatus, Phase, Scanned
from instore_app.journal import Journal
from instore_app.operations import Station
from instore_app.scanner import WedgeScanFilter
from instore_app.scanner.testing import type_scan
from instore_app.simulator import DEFAULT_STOCK_LOCATION_ID, DEFAULT_TOKEN, FaultPlan, SimulatorServer, Store
from instore_app.ui.main_window import BenchOptions, MainWindow

PACKAGES = 30
LATENCY_MS = 1000
HANDLING_S = 0.6  # a person puts the item in the box between two scans
#: Notes that would mean "the app made the packer wait" (none may appear).
WAITING_REFUSALS = {"answer_the_question", "package_being_finished", "not_possible_now"}


def code_of(item: dict) -> str:
    product = item["order_item"]["product"]
    return product["barcode"] or item["selected_barcode"] or product["sku"]


async def one_run(latency_ms: int) -> tuple[float, float, int]:
    """(total seconds, longest scan wait in ms, scans refused for waiting)."""
    store = Store(seed=13, extra_packages=PACKAGES)
    targets = [pid for state in ("100", "200", "400") for pid in store.package_ids(DEFAULT_STOCK_LOCATION_ID, state)]
    targets = targets[:PACKAGES]
    plan = FaultPlan(latency_ms=latency_ms) if latency_ms else None
    with tempfile.TemporaryDirectory() as folder, SimulatorServer(store, faults=plan) as server:
        details = {pid: store.package_json(pid, server.url) for pid in targets}
        journal = Journal(Path(folder) / "journal.sqlite3")
        client = OmsClient(server.url, DEFAULT_TOKEN, retry=RetryPolicy(max_retries=1))
        station = Station(client, DEFAULT_STOCK_LOCATION_ID, journal=journal)
        window = MainWindow(station, options=BenchOptions(sound=False))
        app = QApplication.instance()
        wedge = WedgeScanFilter(window)
        wedge.scanned.connect(window.handle_scan)
        app.installEventFilter(wedge)
        window.show()
        listed = asyncio.get_running_loop().create_future()
        window.list_refreshed.connect(lambda: listed.done() or listed.set_result(None))
        window.start()
        await listed

        waiting: dict[int, list[float]] = {}  # package id -> when its unanswered scans were made
        waits: list[float] = []
        refused = 0
        listener = window.controller.listener

        def watch(event: object) -> None:
            nonlocal refused
            listener(event)  # the screen paints it as always
            if isinstance(event, Scanned) and event.outcome is not None and waiting.get(event.package_id):
                at = waiting[event.package_id].pop(0)
                waits.append((time.perf_counter() - at) * 1000)
            if isinstance(event, Scanned) and event.note.code in WAITING_REFUSALS:
                refused += 1

        window.controller.listener = watch
        started = time.perf_counter()
        for pid in targets:
            type_scan(window.focusWidget() or window, details[pid]["number"])
            for item in details[pid]["packageitem_set"]:
                await asyncio.sleep(HANDLING_S)
                waiting.setdefault(pid, []).append(time.perf_counter())
                type_scan(window.focusWidget() or window, code_of(item))
        controller = window.controller

        def done() -> bool:
            return all(
                (w := controller.work(pid)) is not None
                and w.phase is Phase.FINISHED
                and w.label_status in (LabelStatus.READY, LabelStatus.SLIP)
                for pid in targets
            )

        while not done():
            await asyncio.sleep(0.02)
        total = time.perf_counter() - started
        unanswered = sum(len(times) for times in waiting.values())
        app.removeEventFilter(wedge)
        await controller.aclose()
        window.close()
        await client.aclose()
        journal.close()
        packs = [store.command_count(pid, "COMPLETE_PACKAGING") for pid in targets]
        if packs != [1] * len(targets):
            raise SystemExit(f"some package did not get exactly one pack command: {packs}")
    if unanswered:
        raise SystemExit(f"{unanswered} scans were never answered")
    return total, max(waits, default=0.0), refused


async def measure() -> None:
    fast, fast_wait, fast_refused = await one_run(0)
    slow, slow_wait, slow_refused = await one_run(LATENCY_MS)
    print(f"{PACKAGES} packages, {HANDLING_S:g} s handling between scans:")
    print(f"  no latency: {fast:.1f} s; longest scan wait {fast_wait:.0f} ms; refused for waiting {fast_refused}")
    print(f"  {LATENCY_MS} ms per request: {slow:.1f} s; longest scan wait {slow_wait:.0f} ms; refused for waiting {slow_refused}")
    print(f"  ratio {slow / fast:.3f} (goal <= 1.15)")


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    qasync.run(measure())


if __name__ == "__main__":
    main()
