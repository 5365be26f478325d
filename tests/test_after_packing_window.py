"""The window against the simulator, from the scanner and the keys: the invoice number step
before the pack, repack from the "needs attention" list, and the history and order details
on the bench."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from instore_app.scanner.testing import press_key, type_scan
from instore_app.simulator import DEFAULT_STOCK_LOCATION_ID, SimulatorServer, Store

from .window_helpers import next_emission, running_window, until

INVOICE = "GIB2026000000077"


@pytest.fixture
def server():
    with SimulatorServer(Store(seed=5)) as server:
        yield server


def detail(server, package_id: int) -> dict:
    return server.store.package_json(package_id, server.url)


def code_of(item: dict) -> str:
    product = item["order_item"]["product"]
    return product["barcode"] or item["selected_barcode"] or product["sku"]


@pytest.mark.asyncio
async def test_the_invoice_barcode_is_asked_before_the_pack_and_shows_on_the_bench_and_in_packed_today(qtbot, server):
    async with running_window(qtbot, server, invoice_number_step=True) as window:
        package_id = server.store.package_ids(DEFAULT_STOCK_LOCATION_ID, "200")[0]
        package = detail(server, package_id)
        opened = next_emission(window.package_opened, where=lambda pid: pid == package_id)
        type_scan(None, package["number"])
        await opened
        await until(lambda: window.bench.session is not None)
        for item in package["packageitem_set"]:
            type_scan(None, code_of(item))
        await until(lambda: "invoice" in window.bench.banner.text())
        assert "COMPLETE_PACKAGING" not in [c.command for c in server.store.received_commands if c.package_id == package_id]

        refused = next_emission(window.feedback, where=lambda kind: kind == "error")
        type_scan(None, package["number"])  # the package's own label: not the invoice
        await refused
        assert window.bench.banner.is_error and "package's number" in window.bench.banner.text()

        packed = next_emission(window.action_done, where=lambda pid, action: pid == package_id)
        type_scan(None, INVOICE)
        await packed
        assert server.store.invoice_numbers_received(package_id) == [INVOICE]
        assert server.store.package_state(package_id) == "500"
        history = window.after_packing.bench_history
        await until(lambda: INVOICE in history.details.text())  # on the bench

        type_scan(None, "ZZCMDTODAY")  # Packed today: its invoice number in the row
        today = window.today_view.table
        invoice_column = next(c for c in range(today.columnCount()) if today.horizontalHeaderItem(c).text() == "Invoice number")
        assert any(today.item(row, invoice_column).text() == INVOICE for row in range(today.rowCount()))


@pytest.mark.asyncio
async def test_repack_from_the_needs_attention_list_with_ctrl_r_and_enter(qtbot, server):
    async with running_window(qtbot, server) as window:
        attention = window.after_packing.attention
        await until(lambda: attention.table.rowCount() > 0)
        assert attention.isVisible() and {p.state.enum_value for p in attention.packages} == {"920", "950"}
        target = attention.packages[0]
        attention.table.setFocus()
        attention.table.selectRow(0)

        press_key(None, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # Repack (Ctrl+R): the package on the bench, and the question
        await until(lambda: window.stack.currentWidget() is window.bench and "Repack" in window.bench.banner.text())
        assert "Enter: yes" in window.bench.banner.text()
        assert server.store.package_state(target.id) == target.state.enum_value  # nothing sent before yes

        done = next_emission(window.action_done, where=lambda pid, action: pid == target.id and action == "repacked")
        back_in_list = next_emission(window.list_refreshed, where=lambda: window.model.row_of(target.id) is not None)
        window.bench.scan_field.setFocus()
        press_key(None, Qt.Key.Key_Return)  # Enter: yes
        await done
        assert server.store.package_state(target.id) == "100"
        assert [c.command for c in server.store.received_commands if c.package_id == target.id] == ["REPACK_PACKAGE"]
        assert window.stack.currentWidget() is window.list_page and "repacked" in window.news.text()
        await back_in_list  # waiting again, in the list to be packed
        await until(lambda: target.id not in {p.id for p in attention.packages})


@pytest.mark.asyncio
async def test_history_and_order_details_show_on_the_bench(qtbot, server):
    async with running_window(qtbot, server) as window:
        package_id = next(  # a Waiting package paid on delivery: the bench moves it to Preparing
            pid for pid in server.store.package_ids(DEFAULT_STOCK_LOCATION_ID, "100")
            if detail(server, pid)["payment_type"] == "pay_on_delivery"
        )
        package = detail(server, package_id)
        type_scan(None, package["number"])
        history = window.after_packing.bench_history
        await until(lambda: history.table.rowCount() > 0 and history.order is not None)
        logs = server.store.transition_logs(package_id)
        assert history.table.rowCount() == len(logs) == 1  # the claim: Waiting -> Preparing, by this user
        when, who, moved = (history.table.item(0, c).text() for c in range(3))
        assert moved == "Waiting → Preparing" and who and when
        text = history.details.text()
        assert "Pay on delivery" in text and "Delivery" in text and "Invoice number" in text
        assert history.collect.isVisible() and "the courier collects" in history.collect.text()
        order = server.store.order_json(package["order_id"], server.url)
        total = sum(float(line["net_amount"]) for line in order["orderitem_set"])
        assert f"{total:,.2f}" in history.collect.text()
