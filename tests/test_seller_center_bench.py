"""The packing bench on the Seller Center backend, end to end: the real window against the
simulator's /api/i2/, driven the way a USB scanner types (real key events with scanner
timing), no mouse. The simulator's request log proves what reached the Seller Center: each
action's writes exactly once, with the documented bodies."""

from __future__ import annotations

import asyncio
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from instore_app.handover import HandoverOutbox, HandoverSession, carrier_code
from instore_app.journal import Journal
from instore_app.scanner import WedgeScanFilter
from instore_app.scanner.testing import press_key, type_scan
from instore_app.seller_center.mapping import cargo_company_id, package_id
from instore_app.simulator import SellerCenterStore, SimulatorServer, seller_center_site
from instore_app.simulator.seller_center_seed import PREPARING, READY_TO_SHIP, REJECTED, SHIPPED
from instore_app.ui.bench import Level
from instore_app.ui.main_window import BenchOptions
from instore_app.ui.out_of_stock_choice import OutOfStockChoiceDialog

from .window_helpers import next_emission, running_window, until


@pytest.fixture
def server():
    with SimulatorServer() as running:
        seller_center_site(running.app).store = SellerCenterStore(seed=7)
        yield running


def sc(server) -> SellerCenterStore:
    return seller_center_site(server.app).store


def writes(server, number: str) -> list[tuple[str, str, object]]:
    """(method, action, JSON body) of every write the simulator received for `number`."""
    return [(w.method, w.action, json.loads(w.body) if w.body else None) for w in sc(server).writes(number)]


def preparing_with(server, *, items: int) -> str:
    """A Preparing package with at least `items` items."""
    store = sc(server)
    return next(n for n in store.numbers(status=PREPARING) if len(store.package(n).items) >= items)


async def open_by_scan(window, number: str) -> None:
    pid = package_id(number)
    opened = next_emission(window.package_opened, where=lambda p: p == pid)
    type_scan(window.filter_edit, number)
    await opened
    await until(lambda: window.bench.session is not None and window.bench.session.package_id == pid)


@pytest.mark.asyncio
async def test_a_whole_package_is_packed_by_scanner_with_one_write(qtbot, server):
    number = preparing_with(server, items=2)
    codes = [item.product for item in sc(server).package(number).items]
    async with running_window(qtbot, server, backend="seller-center") as window:
        assert window.windowTitle().startswith("Seller Center — ")
        sc(server).clear_requests()
        await open_by_scan(window, number)
        label = next_emission(window.label_shown, where=lambda p: p == package_id(number))
        done = next_emission(window.action_done, where=lambda p, a: p == package_id(number))
        for code in codes:
            type_scan(window.bench.scan_field, code)
            assert window.bench.banner.level is not Level.ERROR, window.bench.banner.text()
        assert await done == (package_id(number), "pack")
        await label
        assert window.bench.label_view.has_content or window.bench.label_view.message
    assert writes(server, number) == [("PUT", "update", {"status": 3})]
    assert sc(server).package(number).status == READY_TO_SHIP


@pytest.mark.asyncio
async def test_the_missing_item_is_rejected_and_the_rest_packed(qtbot, server):
    number = preparing_with(server, items=2)
    first, *missing = sc(server).package(number).items
    async with running_window(qtbot, server, backend="seller-center") as window:
        sc(server).clear_requests()
        await open_by_scan(window, number)
        type_scan(window.bench.scan_field, first.product)
        press_key(window.bench.scan_field, Qt.Key.Key_F6)
        await until(lambda: window._dialog is not None and window._dialog.isVisible())
        dialog = window._dialog
        assert isinstance(dialog, OutOfStockChoiceDialog)
        press_key(dialog.list, Qt.Key.Key_Return)  # the unscanned ones are ticked: next
        assert dialog.choosing and dialog.choice_list.count() == 1 + 5  # ship the rest, then five reasons
        assert dialog.choice_list.item(1).text() == "2.  Reject the missing items (Unsupplied), ship the rest"
        done = next_emission(window.action_done, where=lambda p, a: p == package_id(number))
        press_key(dialog.choice_list, Qt.Key.Key_2, text="2")
        assert await done == (package_id(number), "pack")
    numbers = [item.number for item in missing]
    assert writes(server, number) == [
        ("POST", "reject", {"items": numbers, "reason": "Unsupplied"}),
        ("PUT", "update", {"status": 3}),
    ]
    package = sc(server).package(number)
    assert package.status == READY_TO_SHIP and [i.number for i in package.items] == [first.number]
    assert [(item.number, reason) for item, reason in package.rejected] == [(n, "Unsupplied") for n in numbers]


@pytest.mark.asyncio
async def test_ship_the_rest_now_splits_the_missing_items_into_a_new_package(qtbot, server):
    number = preparing_with(server, items=2)
    first, *missing = sc(server).package(number).items
    before = set(sc(server).numbers())
    async with running_window(qtbot, server, backend="seller-center", language="tr") as window:
        sc(server).clear_requests()
        await open_by_scan(window, number)
        type_scan(window.bench.scan_field, first.product)
        press_key(window.bench.scan_field, Qt.Key.Key_F6)
        await until(lambda: window._dialog is not None and window._dialog.isVisible())
        dialog = window._dialog
        type_scan(window.bench.scan_field, "ZZCMDOK")  # the Enter barcode: next
        assert dialog.choosing
        done = next_emission(window.action_done, where=lambda p, a: p == package_id(number))
        type_scan(window.bench.scan_field, "ZZCMDOK")  # the first row: ship the rest now
        assert await done == (package_id(number), "pack")
    numbers = [item.number for item in missing]
    assert writes(server, number) == [("POST", "split", [{"items": numbers}]), ("PUT", "update", {"status": 3})]
    (new,) = set(sc(server).numbers()) - before
    assert sc(server).package(new).status == PREPARING
    assert [i.number for i in sc(server).package(new).items] == numbers
    assert sc(server).package(number).status == READY_TO_SHIP


@pytest.mark.asyncio
async def test_a_package_is_refused_with_the_chosen_reason(qtbot, server):
    number = preparing_with(server, items=1)
    numbers = [item.number for item in sc(server).package(number).items]
    async with running_window(qtbot, server, backend="seller-center") as window:
        sc(server).clear_requests()
        await open_by_scan(window, number)
        press_key(window.bench.scan_field, Qt.Key.Key_F7)
        await until(lambda: window._dialog is not None and window._dialog.isVisible())
        assert [window._dialog.list.item(i).text() for i in range(2)] == ["1.  Unsupplied", "2.  Damaged product"]
        press_key(window._dialog.list, Qt.Key.Key_2, text="2")
        await until(lambda: window.controller.current.question is not None)  # the wedge hands the key on
        # One question names the package and the reason before anything is sent.
        assert "Damaged product" in window.bench.banner.text() and number in window.bench.banner.text()
        assert writes(server, number) == []
        done = next_emission(window.action_done, where=lambda p, a: p == package_id(number))
        type_scan(window.bench.scan_field, "ZZCMDOK")
        assert await done == (package_id(number), "refuse")
    assert writes(server, number) == [("POST", "reject", {"items": numbers, "reason": "Damaged product"})]
    assert sc(server).package(number).status == REJECTED


@pytest.mark.asyncio
async def test_a_packed_package_is_handed_over_by_scanning_it(qtbot, server, tmp_path):
    """The counter's handover session on the Seller Center station, its scans typed at scanner
    speed through the wedge filter: the carrier's code, then the parcel's tracking number."""
    store = sc(server)
    number = next(n for n in store.numbers(status=READY_TO_SHIP) if store.package(n).tracking_number)
    tracking = store.package(number).tracking_number
    journal = Journal(tmp_path / "journal.sqlite3")
    async with running_window(qtbot, server, backend="seller-center", journal=journal) as window:
        station = window.station
        outbox = HandoverOutbox(station, journal, retry_seconds=0.2)
        session = HandoverSession(station, outbox, store_name="Anadolu Tekstil")
        candidates = await session.load()
        candidate = next(c for c in candidates.candidates if c.number == number)
        carrier = candidates.companies[cargo_company_id(store.package(number).shipping_method.slug)]
        assert carrier.name == store.package(number).company_name
        assert candidate.cargo_company_id == carrier.id and candidate.tracking_number == tracking
        counter = QLineEdit()  # the handover screen's scan field, for this test
        qtbot.addWidget(counter)
        wedge = WedgeScanFilter(counter)
        app = QApplication.instance()
        app.installEventFilter(wedge)  # installed last, so it sees the keys before the bench's
        results = []
        wedge.scanned.connect(lambda code: results.append(asyncio.ensure_future(session.scan(code))))
        store.clear_requests()
        type_scan(counter, carrier_code(carrier.id))
        type_scan(counter, tracking)
        await until(lambda: len(results) == 2 and all(r.done() for r in results))
        chosen, handed = (r.result() for r in results)
        assert chosen.carrier is not None and chosen.carrier.id == carrier.id
        assert handed.parcel is not None and handed.parcel.package_number == number, handed.note
        app.removeEventFilter(wedge)
        await asyncio.wait_for(outbox.wait_empty(), 15)
        await outbox.close()
    [(method, action, body)] = writes(server, number)
    assert (method, action) == ("PUT", "update")
    assert list(body) == ["status", "tracking_number", "shipping_company", "shipment_date"]
    assert body["status"] == 4 and body["tracking_number"] == tracking
    assert body["shipping_company"] == store.package(number).company_name
    assert body["shipment_date"].endswith("Z") and len(body["shipment_date"]) == len("2022-01-01T12:00:00Z")
    assert store.package(number).status == SHIPPED
    assert [p.status.value for p in journal.parcels_of_package(package_id(number))] == ["shipped"]
    journal.close()


@pytest.mark.asyncio
async def test_a_zpl_label_is_said_in_words(qtbot, server):
    store = sc(server)
    number = next(n for n in store.numbers(status=PREPARING) if len(store.package(n).items) == 1)
    store.set_label_form(number, "zpl")
    async with running_window(qtbot, server, backend="seller-center", options=BenchOptions(sound=False)) as window:
        await open_by_scan(window, number)
        label = next_emission(window.label_shown, where=lambda p: p == package_id(number))
        type_scan(window.bench.scan_field, store.package(number).items[0].product)
        await label
        view = window.bench.label_view
        assert not view.has_content and "ZPL" in view.message and "F10" in view.message
