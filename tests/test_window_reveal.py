"""The window's start, as the app composes it (issue 14, cold start): it shows itself with its
first list, and builds the bench right after.

* The window appears with the list already in it (one paint, no empty window first), or, when
  the OMS is slow or down, without it after a moment, never later.
* The keyboard-wedge filter listens from the moment the window is shown: a scan typed into the
  window is never taken for typing, however early it comes.
* The bench (its controller, screen and the pages after packing) is built after the first list
  has been painted, without anyone asking; a scan that comes before it is built builds it and
  counts. ``first_list_painted`` (the start-up benchmark's mark) comes once, after a real paint
  of the table with the list's rows.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject

from instore_app.scanner.testing import type_scan
from instore_app.simulator import DEFAULT_STOCK_LOCATION_ID, FaultPlan, SimulatorServer, Store

from .window_helpers import next_emission, running_window, until


@pytest.fixture
def server():
    with SimulatorServer(Store(seed=14)) as oms:
        yield oms


class ListPaints(QObject):
    """Counts the paints of the list's viewport that had rows in them."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.count = 0
        window.table.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and self.window.model.rowCount() > 0:
            self.count += 1
        return False


def a_waiting_package(server: SimulatorServer) -> dict:
    package_id = server.store.package_ids(DEFAULT_STOCK_LOCATION_ID, "100")[0]
    package = server.store.package_json(package_id, server.url)
    assert package is not None
    return package


@pytest.mark.asyncio
async def test_the_window_appears_with_its_first_list_and_listens_to_the_scanner_from_then(qtbot, server):
    async with running_window(qtbot, server, wait_for_list=False) as window:
        assert not window.isVisible()  # not an empty window first
        seen_at_list: list[tuple[bool, int]] = []
        window.list_refreshed.connect(lambda: seen_at_list.append((window.isVisible(), window.model.rowCount())))
        paints = ListPaints(window)
        painted_when: list[int] = []
        built_when_painted: list[bool] = []
        window.first_list_painted.connect(lambda: painted_when.append(paints.count))
        window.first_list_painted.connect(lambda: built_when_painted.append(window.bench_built))
        revealed = next_emission(window.revealed)
        refreshed = next_emission(window.list_refreshed)
        await revealed
        assert window.isVisible()
        await refreshed
        visible, rows = seen_at_list[0]
        assert visible and rows > 0  # on screen when the list is there
        assert len(painted_when) == 1 and painted_when[0] >= 1  # said once, after a paint with the rows
        assert built_when_painted == [False]  # the bench is built after that paint, not before it
        await until(lambda: window.bench_built)

        again = next_emission(window.list_refreshed)
        window.refresh()
        await again
        assert len(painted_when) == 1  # the first list only

        package = a_waiting_package(server)
        opened = next_emission(window.package_opened)
        type_scan(None, package["number"])  # the filter listens: a scan, not typing
        assert (await opened) == (package["id"],)


@pytest.mark.asyncio
async def test_a_slow_oms_does_not_keep_the_window_hidden(qtbot, server):
    server.faults.plan = FaultPlan(endpoints=("list",), latency_ms=(1500.0, 1500.0))
    async with running_window(qtbot, server, wait_for_list=False) as window:
        lists: list[int] = []
        window.list_refreshed.connect(lambda: lists.append(window.model.rowCount()))
        paints = ListPaints(window)
        painted_when: list[int] = []
        window.first_list_painted.connect(lambda: painted_when.append(paints.count))
        await next_emission(window.revealed)
        assert window.isVisible() and window.model.rowCount() == 0 and lists == []  # shown before the list
        assert painted_when == []  # an empty window is not the first list
        await until(lambda: lists != [])  # and the list comes into it
        assert lists[0] > 0
        assert len(painted_when) == 1 and painted_when[0] >= 1  # said once the rows have been painted in


@pytest.mark.asyncio
async def test_an_oms_that_cannot_be_reached_shows_the_window_with_the_problem(qtbot, server):
    server.faults.plan = FaultPlan(rates={"500": 1.0}, endpoints=("list",))
    async with running_window(qtbot, server, wait_for_list=False) as window:
        await next_emission(window.revealed)
        assert window.isVisible()
        await until(lambda: window.banner.isVisible())
        assert "internal error" in window.banner.text()
        server.faults.plan = FaultPlan()


@pytest.mark.asyncio
async def test_the_bench_is_built_after_the_first_list_without_being_asked(qtbot, server):
    async with running_window(qtbot, server) as window:
        await until(lambda: window.bench_built)
        attention = window.after_packing.attention
        await until(lambda: len(attention.packages) > 0)  # read for the list that was shown
        needing = {p.state.enum_value for p in attention.packages}
        assert needing == {"920", "950"}
        assert window.stack.indexOf(window.bench) >= 0  # one of the window's pages


@pytest.mark.asyncio
async def test_a_scan_before_the_bench_is_built_builds_it_and_counts(qtbot, server):
    package = a_waiting_package(server)
    async with running_window(qtbot, server, wait_for_list=False) as window:
        built_at_scan: list[bool] = []

        def scan_at_once() -> None:  # the scanner's signal, in the turn the list arrives
            built_at_scan.append(window.bench_built)
            window.handle_scan(package["number"])

        window.list_refreshed.connect(scan_at_once)
        opened = next_emission(window.package_opened)
        assert (await opened) == (package["id"],)
        assert built_at_scan[0] is False  # it was not built yet: the scan built it
        await until(lambda: window.bench.session is not None)
