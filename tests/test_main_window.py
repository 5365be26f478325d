"""The main window against the simulator: the list of waiting packages and a package's items."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from instore_app.scanner.testing import type_human
from instore_app.simulator import DEFAULT_STOCK_LOCATION_ID, DEMO_PASSWORD, DEMO_USERNAME, SimulatorServer, Store
from instore_app.ui.package_list_model import Column
from instore_app.ui.package_view import ItemColumn

from .window_helpers import next_emission, running_window, until

OPEN = ("100", "200", "400")


@pytest.fixture
def server():
    with SimulatorServer(Store(seed=3)) as oms:
        yield oms


def open_ids(server) -> set[int]:
    return {pid for state in OPEN for pid in server.store.package_ids(DEFAULT_STOCK_LOCATION_ID, state)}


@pytest.mark.asyncio
async def test_lists_the_stores_waiting_packages_sorted_by_target_date(qtbot, server):
    async with running_window(qtbot, server) as window:
        model = window.model
        shown = [model.package_at(row) for row in range(model.rowCount())]
        assert {p.id for p in shown} == open_ids(server)
        targets = [p.target_packing_date for p in shown]
        assert targets == sorted(targets)
        from datetime import datetime, timezone

        overdue = sum(1 for p in shown if p.target_packing_date and p.target_packing_date < datetime.now(timezone.utc))
        assert overdue > 0  # the simulator's seed has some
        assert window.count_label.text() == f"{len(shown)} packages  ·  {overdue} overdue"
        assert not window.banner.isVisible()
        first = model.index(0, Column.STATE)
        assert model.data(first) in ("Waiting", "Preparing", "Ready for Packaging")


@pytest.mark.asyncio
async def test_selecting_a_package_shows_its_items(qtbot, server):
    async with running_window(qtbot, server) as window:
        shown = next_emission(window.package_shown)
        window.table.selectRow(2)
        (package_id,) = await shown
        expected = server.store.package_json(package_id, server.url)
        view = window.package_view
        assert view.title.text() == f"Package {expected['number']}"
        items = view.items_model
        assert items.rowCount() == len(expected["packageitem_set"])
        names = [items.data(items.index(row, ItemColumn.NAME)) for row in range(items.rowCount())]
        assert names == [item["order_item"]["product"]["name"] for item in expected["packageitem_set"]]
        skus = [items.data(items.index(row, ItemColumn.SKU)) for row in range(items.rowCount())]
        assert all(skus)


@pytest.mark.asyncio
async def test_typing_in_the_filter_narrows_the_list(qtbot, server):
    async with running_window(qtbot, server) as window:
        target = window.model.package_at(5)
        type_human(window.filter_edit, target.number[-8:])
        assert window.model.rowCount() == 1
        assert window.model.package_at(0).id == target.id
        assert "1 of" in window.count_label.text()


@pytest.mark.asyncio
async def test_refresh_keeps_the_selection_and_picks_up_changes(qtbot, server):
    async with running_window(qtbot, server) as window:
        shown = next_emission(window.package_shown)
        window.table.selectRow(3)
        (selected,) = await shown
        gone = window.model.package_at(0).id
        if gone == selected:
            gone = window.model.package_at(1).id
        pack = next(c for c in server.store.package_json(gone, server.url)["commands"] if c["command"] == "COMPLETE_PACKAGING")
        server.store.apply_command(gone, transition=pack["id"])
        refreshed = next_emission(window.list_refreshed)
        window.refresh()
        await refreshed
        assert window.model.row_of(gone) is None
        assert window.selected_package_id() == selected


@pytest.mark.asyncio
async def test_an_unreachable_oms_is_shown_and_the_window_recovers(qtbot, server):
    async with running_window(qtbot, server) as window:
        rows = window.model.rowCount()
        server.stop()
        window.refresh()
        await until(lambda: window.banner.isVisible())
        assert "cannot be reached" in window.banner.text()
        assert "Offline" in window.banner.text() and "Last updated at" in window.banner.text()
        assert window.offline and window.refresh_timer.interval() == 5000
        assert window.model.rowCount() == rows  # the last list stays on screen
        server.start()  # on the same port
        refreshed = next_emission(window.list_refreshed)
        window.refresh()
        await refreshed
        assert not window.banner.isVisible()
        assert not window.offline and window.refresh_timer.interval() == 30000


@pytest.mark.asyncio
async def test_a_rejected_token_asks_to_sign_in_again(qtbot, server):
    async with running_window(qtbot, server, token="expired-token", wait_for_list=False) as window:
        await until(lambda: window._signin is not None and window._signin.isVisible())
        dialog = window._signin
        dialog.username.setText(DEMO_USERNAME)
        dialog.password.setText("wrong")
        dialog._submit()
        await until(lambda: "Unable to log in" in dialog.message.text())
        assert window._signin is dialog
        refreshed = next_emission(window.list_refreshed)
        dialog.password.setText(DEMO_PASSWORD)
        dialog._submit()
        await refreshed
        assert window._signin is None
        assert window.model.rowCount() == len(open_ids(server))
        assert not window.banner.isVisible()


@pytest.mark.asyncio
async def test_state_names_follow_the_language(qtbot, server):
    async with running_window(qtbot, server, language="tr") as window:
        states = {window.model.data(window.model.index(row, Column.STATE)) for row in range(window.model.rowCount())}
        assert states <= {"Bekliyor", "Hazırlanıyor", "Paketlemeye Hazır"} and states
        assert window.model.data(window.model.index(0, Column.NUMBER), Qt.ItemDataRole.UserRole) is not None
