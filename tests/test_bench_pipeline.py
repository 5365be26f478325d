"""The packer who moves on: the next package is scanned while the previous one is still being
packed by a slow OMS. Through the real window, with scanner-speed key events, against the
simulator with latency. Every result lands on its own package; every package gets exactly one
pack command; every label is in Packed today, on its own package."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from instore_app.bench import LabelStatus, Phase
from instore_app.scanner.testing import press_key, type_scan
from instore_app.simulator import DEFAULT_STOCK_LOCATION_ID, FaultPlan, SimulatorServer, Store

from .window_helpers import next_emission, running_window, until


def detail(server, package_id: int) -> dict:
    return server.store.package_json(package_id, server.url)


def code_of(item: dict) -> str:
    product = item["order_item"]["product"]
    return product["barcode"] or item["selected_barcode"] or product["sku"]


def scan(window, code: str) -> None:
    """A scan as the USB scanner types it: into whatever has the focus."""
    type_scan(window.focusWidget() or window, code)


def scan_package(window, server, package_id: int) -> None:
    scan(window, detail(server, package_id)["number"])
    for item in detail(server, package_id)["packageitem_set"]:
        scan(window, code_of(item))


@pytest.mark.asyncio
async def test_b_is_scanned_while_a_is_being_packed_and_each_ends_on_its_own(qtbot):
    store = Store(seed=5)
    ready = store.package_ids(DEFAULT_STOCK_LOCATION_ID, "400")
    a = ready[0]
    b = next(p for p in ready[1:] if len(store.package_json(p, "")["packageitem_set"]) >= 2)
    with SimulatorServer(store, faults=FaultPlan(endpoints=("command",), latency_ms=4000)) as server:
        async with running_window(qtbot, server) as window:
            controller = window.controller
            label_a = next_emission(window.label_shown, where=lambda pid: pid == a, timeout=30)
            scan_package(window, server, a)  # A complete: its pack is on its way (4 s)
            opened_b = next_emission(window.package_opened, where=lambda pid: pid == b)
            scan(window, detail(server, b)["number"])
            await opened_b
            assert controller.work(a).phase is not Phase.FINISHED, "A's pack should still be on its way"
            assert window.bench.work.package_id == b
            assert not window.bench.label_view.has_content  # no label of A on B's bench

            await until(lambda: window.bench.session is not None and window.bench.session.package_id == b)
            items_b = detail(server, b)["packageitem_set"]
            scan(window, code_of(items_b[0]))
            assert window.bench.session.is_confirmed(items_b[0]["id"])  # B's scans count at once
            assert "✔" in window.bench.banner.text()

            await label_a  # A packed in the background, its label arrived
            assert controller.current_id == b
            assert controller.work(a).label_status is LabelStatus.READY
            assert window.news.isVisible() and detail(server, a)["number"] in window.news.text()
            assert not window.bench.label_view.has_content, "A's label must not show on B"
            assert window.bench.session.package_id == b and window.bench.session.is_confirmed(items_b[0]["id"])

            # A is in Packed today with its own label, and reprints from there.
            press_key(window.bench.scan_field, Qt.Key.Key_F12)
            assert window.stack.currentWidget() is window.today_view
            assert window.today_view.selected_package_id() == a
            opened_a = next_emission(window.package_opened, where=lambda pid: pid == a)
            press_key(window.today_view.table, Qt.Key.Key_Return)
            await opened_a
            assert window.stack.currentWidget() is window.bench
            assert window.bench.work.package_id == a and window.bench.label_view.has_content
            assert "Packed" in window.bench.banner.text()

            # Back to B by its number: its confirmation is still there (from the journal or memory).
            scan(window, detail(server, b)["number"])
            await until(lambda: window.bench.session is not None and window.bench.session.package_id == b)
            for item in items_b[1:]:
                scan(window, code_of(item))
            await until(lambda: controller.work(b) is not None and controller.work(b).phase is Phase.FINISHED, timeout=30)
        assert server.store.package_state(a) == "500" and server.store.package_state(b) == "500"
        assert server.store.command_count(a, "COMPLETE_PACKAGING") == 1
        assert server.store.command_count(b, "COMPLETE_PACKAGING") == 1


@pytest.mark.slow
@pytest.mark.asyncio
async def test_a_packer_who_never_waits_on_a_slow_oms(qtbot):
    """Latency 800-1500 ms on every request: the packer scans the next package as soon as the
    last item beeps. No label is ever on the wrong package; one pack command each; every label
    is in Packed today."""
    store = Store(seed=8)
    targets = store.package_ids(DEFAULT_STOCK_LOCATION_ID, "100")[:3] + store.package_ids(DEFAULT_STOCK_LOCATION_ID, "400")[:2]
    with SimulatorServer(store, faults=FaultPlan(latency_ms=(800, 1500))) as server:
        async with running_window(qtbot, server) as window:
            controller = window.controller
            seen: list[tuple[int, int | None]] = []  # (package on the bench, package of its label)

            def look() -> None:
                shown = window.bench._label_shown
                seen.append((window.bench.work.package_id, shown[0] if shown else None))

            window.label_shown.connect(lambda _pid: look())
            window.package_opened.connect(lambda _pid: look())
            for package_id in targets:
                scan_package(window, server, package_id)
                look()
            await until(
                lambda: all(
                    (w := controller.work(p)) is not None and w.phase is Phase.FINISHED and w.label_status is LabelStatus.READY
                    for p in targets
                ),
                timeout=90,
            )
            look()
            assert seen and all(label in (None, bench) for bench, label in seen), seen
            today = {w.package_id for w in controller.today()}
            assert set(targets) <= today
            for package_id in targets:
                work = controller.work(package_id)
                label_id = detail(server, package_id)["shipping_label"]["id"]
                assert f"/{label_id}/" in work.label.url, "each package holds its own label"
        for package_id in targets:
            assert server.store.package_state(package_id) == "500"
            assert server.store.command_count(package_id, "COMPLETE_PACKAGING") == 1


@pytest.mark.asyncio
async def test_details_are_read_ahead_only_for_the_next_packages_to_pack(qtbot):
    """300 packages listed: the station reads ahead the details of the 20 to pack first, not
    of every package (a list of 10,000 once cost 2,000 requests)."""
    from instore_app.operations.station import PREFETCH_WINDOW

    store = Store(seed=5, extra_packages=300)
    with SimulatorServer(store) as server:
        async with running_window(qtbot, server) as window:
            await until(lambda: not window.tasks.running("prefetch") and not window.station.prefetch_candidates())
            await until(lambda: not window.tasks.running("attention"))
            details = server.faults.stats()["requests"].get("detail", 0)
            assert len(window.station.packages) > 300
            # The detail pane's selected row, and the "needs attention" list's few packages (the
            # commands they offer say whether they can be repacked).
            attention = sum(len(store.package_ids(DEFAULT_STOCK_LOCATION_ID, state)) for state in ("920", "950"))
            assert details <= PREFETCH_WINDOW + 1 + attention
            far = max(window.station.packages, key=lambda p: p.target_packing_date or p.date_placed)
            assert far.id not in window.station.details
