"""The packing bench end to end: the real window against the simulator, driven the way
a USB scanner types (real key events with scanner timing), no mouse."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from instore_app.scanner.testing import press_key, type_scan
from instore_app.journal import Journal
from instore_app.simulator import DEFAULT_STOCK_LOCATION_ID, SimulatorServer, Store
from instore_app.ui.bench import Level
from instore_app.ui.main_window import BenchOptions

from .window_helpers import next_emission, running_window, until


@pytest.fixture
def server():
    with SimulatorServer(Store(seed=5)) as oms:
        yield oms


def detail(server, package_id: int) -> dict:
    return server.store.package_json(package_id, server.url)


def code_of(item: dict) -> str:
    """What a packer scans for an item: its barcode, else its SKU."""
    product = item["order_item"]["product"]
    return product["barcode"] or item["selected_barcode"] or product["sku"]


def find_package(server, states: str, where) -> int:  # type: ignore[no-untyped-def]
    """The first package at the store in one of `states` (comma-separated) where `where` holds."""
    for state in states.split(","):
        for package_id in server.store.package_ids(DEFAULT_STOCK_LOCATION_ID, state):
            if where(detail(server, package_id)):
                return package_id
    raise LookupError(f"no package in {states} fits")


def commands_for(server, package_id: int) -> list[tuple[str, dict]]:
    return [
        (c.command, c.input_parameters)
        for c in server.store.received_commands
        if c.package_id == package_id
    ]


async def open_by_scan(window, server, package_id: int) -> None:
    """Scan the package's number and wait until it is read (scans made earlier would count
    too, once it is: see test_scan_ahead.py)."""
    opened = next_emission(window.package_opened, where=lambda pid: pid == package_id)
    type_scan(window.filter_edit, detail(server, package_id)["number"])
    await opened
    await until(lambda: window.bench.session is not None and window.bench.session.package_id == package_id)


@pytest.mark.asyncio
async def test_a_whole_package_from_the_scanner_alone(qtbot, server):
    """Scan the package number, then every item (a barcode-less one by SKU): the package is
    packed and its label is on screen. Two commands reach the OMS, once each."""
    package_id = find_package(
        server,
        "100",
        lambda p: len(p["packageitem_set"]) >= 2
        and any(i["order_item"]["product"]["barcode"] is None for i in p["packageitem_set"]),
    )
    items = detail(server, package_id)["packageitem_set"]
    async with running_window(qtbot, server) as window:
        await open_by_scan(window, server, package_id)
        assert window.filter_edit.text() == "", "the scan must not land in the focused filter box"
        assert window.stack.currentWidget() is window.bench
        await until(lambda: server.store.package_state(package_id) == "200")  # others see it is taken
        assert window.bench.progress_label.text() == f"0 / {len(items)}"

        label = next_emission(window.label_shown, where=lambda pid: pid == package_id)
        for item in items:
            type_scan(window.bench.scan_field, code_of(item))
        assert window.bench.scan_field.text() == ""
        await label

        assert server.store.package_state(package_id) == "500"
        assert [name for name, _ in commands_for(server, package_id)] == ["PKG_STATE_TRANSITION", "COMPLETE_PACKAGING"]
        assert window.bench.label_view.has_content
        assert window.bench.finished
        assert "Packed" in window.bench.banner.text()


@pytest.mark.asyncio
async def test_over_scan_unknown_code_and_another_packages_item_are_loud_and_stay(qtbot, server):
    package_id = find_package(
        server,
        "100,200,400",
        lambda p: 2 <= len({i["order_item"]["product"]["id"] for i in p["packageitem_set"]}) < len(p["packageitem_set"]),
    )
    items = detail(server, package_id)["packageitem_set"]
    products = [i["order_item"]["product"]["id"] for i in items]
    twice = next(i for i in items if products.count(i["order_item"]["product"]["id"]) == 2)
    async with running_window(qtbot, server, options=BenchOptions(auto_pack=False, sound=False)) as window:
        # The next packages to pack are read ahead (a bounded window), so their items are known.
        await until(lambda: not window.station.prefetch_candidates() and not window.tasks.running("prefetch"))
        await open_by_scan(window, server, package_id)
        bench = window.bench
        errors = []
        window.feedback.connect(lambda kind: errors.append(kind) if kind == "error" else None)

        type_scan(bench.scan_field, code_of(twice))
        type_scan(bench.scan_field, code_of(twice))
        assert bench.banner.level is Level.OK and "(2 / 2)" in bench.banner.text()
        type_scan(bench.scan_field, code_of(twice))
        assert bench.banner.level is Level.ERROR and "Too many" in bench.banner.text()
        assert bench.session.confirmed_count_for(twice["id"]) == 2

        type_scan(bench.scan_field, "8699999999994")
        assert bench.banner.level is Level.ERROR and "Unknown code" in bench.banner.text()

        other_id = next(pid for pid in window.station.details if pid != package_id)
        other_item = next(
            i for i in detail(server, other_id)["packageitem_set"] if code_of(i) not in {code_of(x) for x in items}
        )
        type_scan(bench.scan_field, code_of(other_item))
        assert bench.banner.level is Level.ERROR
        assert detail(server, other_id)["number"] in bench.banner.text()
        assert errors == ["error", "error", "error"]
        # The red banner stays: it is still there after other events have been processed.
        await until(lambda: window.tasks.running("prefetch") is False)
        assert bench.banner.level is Level.ERROR
        # ... until the packer acknowledges it (Enter on the empty scan field).
        bench.scan_field.setFocus()
        bench.scan_field.returnPressed.emit()
        assert bench.banner.level is Level.INFO
        assert [name for name, _ in commands_for(server, package_id)] in ([], ["PKG_STATE_TRANSITION"])


@pytest.mark.asyncio
async def test_undo_takes_back_the_last_confirmation(qtbot, server):
    package_id = find_package(server, "400", lambda p: len(p["packageitem_set"]) >= 2)
    items = detail(server, package_id)["packageitem_set"]
    async with running_window(qtbot, server) as window:
        await open_by_scan(window, server, package_id)
        bench = window.bench
        type_scan(bench.scan_field, code_of(items[0]))
        assert bench.session.progress == (1, len(items))
        press_key(bench.scan_field, Qt.Key.Key_F2)
        assert bench.session.progress == (0, len(items))
        assert bench.progress_label.text() == f"0 / {len(items)}"
        type_scan(bench.scan_field, code_of(items[0]))
        assert bench.session.confirmed_item_ids == (items[0]["id"],)


@pytest.mark.asyncio
async def test_out_of_stock_reports_the_unconfirmed_items(qtbot, server):
    package_id = find_package(server, "200", lambda p: len(p["packageitem_set"]) >= 3)
    items = detail(server, package_id)["packageitem_set"]
    async with running_window(qtbot, server) as window:
        await open_by_scan(window, server, package_id)
        type_scan(window.bench.scan_field, code_of(items[0]))
        press_key(window.bench.scan_field, Qt.Key.Key_F6)
        await until(lambda: window._dialog is not None and window._dialog.isVisible())
        press_key(window._dialog.list, Qt.Key.Key_Return)
        # One question names what will happen; nothing is sent until Enter says yes.
        assert "out of stock" in window.bench.banner.text() and "Enter" in window.bench.banner.text()
        assert commands_for(server, package_id) in ([], [("PKG_STATE_TRANSITION", {})])
        done = next_emission(window.action_done)
        press_key(window.bench.scan_field, Qt.Key.Key_Return)
        assert await done == (package_id, "out_of_stock")
    assert server.store.package_state(package_id) == "920"
    (name, params), = [c for c in commands_for(server, package_id) if c[0] != "PKG_STATE_TRANSITION"]
    assert name == "DETECTED_OUT_OF_STOCK_ITEM"
    assert sorted(params["package_items"]) == sorted(i["id"] for i in items[1:])


@pytest.mark.asyncio
async def test_refuse_with_a_denial_reason_chosen_by_its_number(qtbot, server):
    package_id = find_package(server, "400", lambda p: True)
    reasons = sorted(
        (r for r in server.store.denial_reasons_json() if r["is_active"]),
        key=lambda r: (r["priority"], r["title"].casefold(), r["id"]),
    )
    async with running_window(qtbot, server) as window:
        await open_by_scan(window, server, package_id)
        press_key(window.bench.scan_field, Qt.Key.Key_F7)
        await until(lambda: window._dialog is not None and window._dialog.isVisible())
        assert window._dialog.list.count() == len(reasons)
        press_key(window._dialog.list, Qt.Key.Key_2, text="2")
        await until(lambda: window.controller.current.question is not None)  # the wedge hands the key on
        # The digit chooses; one question names the package and the reason before anything is sent.
        banner = window.bench.banner.text()
        assert reasons[1]["title"] in banner and detail(server, package_id)["number"] in banner
        assert commands_for(server, package_id) == []
        done = next_emission(window.action_done)
        type_scan(window.bench.scan_field, "ZZCMDOK")
        assert await done == (package_id, "refuse")
        assert "Refused" in window.bench.banner.text() and reasons[1]["title"] in window.bench.banner.text()
    assert server.store.package_state(package_id) == "950"
    assert commands_for(server, package_id) == [("REFUSE_PACKAGE", {"denial_reason": reasons[1]["id"]})]


@pytest.mark.asyncio
async def test_a_package_changed_by_another_station_is_explained_in_words(qtbot, server):
    package_id = find_package(server, "200", lambda p: len(p["packageitem_set"]) >= 1)
    items = detail(server, package_id)["packageitem_set"]
    async with running_window(qtbot, server) as window:
        await open_by_scan(window, server, package_id)
        pack = next(c for c in detail(server, package_id)["commands"] if c["command"] == "COMPLETE_PACKAGING")
        server.store.apply_command(package_id, transition=pack["id"])  # another station packs it first
        for item in items:
            type_scan(window.bench.scan_field, code_of(item))
        bench = window.bench
        await until(lambda: bench.banner.level is Level.ERROR)
        assert "changed this package" in bench.banner.text() and "Packed" in bench.banner.text()
        await until(lambda: bench.session.package.state.enum_value == "500")
        assert "Packed" in bench.facts_label.text()
    assert server.store.command_count(package_id, "COMPLETE_PACKAGING", applied_only=True) == 1


@pytest.mark.asyncio
async def test_a_pdf_label_is_shown(qtbot, server):
    package_id = find_package(server, "400", lambda p: p["id"] % 5 == 0)
    items = detail(server, package_id)["packageitem_set"]
    async with running_window(qtbot, server) as window:
        await open_by_scan(window, server, package_id)
        label = next_emission(window.label_shown)
        for item in items:
            type_scan(window.bench.scan_field, code_of(item))
        await label
        assert detail(server, package_id)["shipping_label"]["is_file"] is True
        assert window.bench.label_view.has_content
        assert window.bench.label_view.page_count == 1


@pytest.mark.asyncio
async def test_without_auto_pack_f9_packs(qtbot, server):
    package_id = find_package(server, "400", lambda p: True)
    items = detail(server, package_id)["packageitem_set"]
    async with running_window(qtbot, server, options=BenchOptions(auto_pack=False, sound=False)) as window:
        await open_by_scan(window, server, package_id)
        for item in items:
            type_scan(window.bench.scan_field, code_of(item))
        assert "F9" in window.bench.banner.text()
        assert server.store.package_state(package_id) == "400"
        label = next_emission(window.label_shown)
        press_key(window.bench.scan_field, Qt.Key.Key_F9)
        await label
    assert server.store.package_state(package_id) == "500"


@pytest.mark.asyncio
async def test_escape_closes_and_f8_opens_the_next_package(qtbot, server):
    async with running_window(qtbot, server) as window:
        first = window.model.package_at(0).id
        await open_by_scan(window, server, first)
        opened = next_emission(window.package_opened)
        press_key(window.bench.scan_field, Qt.Key.Key_F8)
        (second,) = await opened
        assert second == window.model.package_at(1).id
        press_key(window.bench.scan_field, Qt.Key.Key_Escape)
        assert window.stack.currentWidget() is window.list_page


@pytest.mark.asyncio
async def test_a_scan_on_the_list_that_is_no_package_number_is_an_error(qtbot, server):
    async with running_window(qtbot, server) as window:
        type_scan(window.filter_edit, "8690000000000")
        assert window.banner.isVisible() and "not a package number" in window.banner.text()
        assert window.stack.currentWidget() is window.list_page


@pytest.mark.asyncio
async def test_confirmations_survive_a_restart_and_the_package_packs_with_the_rest(qtbot, server, tmp_path):
    """The journal is on disk: a new window (a restarted app) restores the scans of a
    package, and scanning only the remaining items packs it."""
    package_id = find_package(server, "100,200,400", lambda p: len(p["packageitem_set"]) >= 3)
    items = detail(server, package_id)["packageitem_set"]
    path = tmp_path / "journal.sqlite3"
    first_journal = Journal(path)
    async with running_window(qtbot, server, journal=first_journal) as first:
        await open_by_scan(first, server, package_id)
        for item in items[:2]:
            type_scan(first.bench.scan_field, code_of(item))
        assert first.bench.session.progress == (2, len(items))
    # The first app quits: one station per journal, so its lock must go before the second
    # opens it. Surviving an exit without close() and a kill -9 is tested in test_journal.py.
    first_journal.close()

    journal = Journal(path)
    async with running_window(qtbot, server, journal=journal) as second:
        await open_by_scan(second, server, package_id)
        assert second.bench.session.confirmed_item_ids == (items[0]["id"], items[1]["id"])
        assert second.bench.progress_label.text() == f"2 / {len(items)}"
        label = next_emission(second.label_shown)
        for item in items[2:]:
            type_scan(second.bench.scan_field, code_of(item))
        await label
    assert server.store.package_state(package_id) == "500"
    assert server.store.command_count(package_id, "COMPLETE_PACKAGING") == 1
    assert journal.confirmed_items(package_id) == []  # closed once packed
    assert [(c.command, c.outcome) for c in journal.commands(package_id)][-1] == ("COMPLETE_PACKAGING", "applied")
    journal.close()


@pytest.mark.asyncio
async def test_offline_scans_still_count_and_packing_waits_for_the_packer(qtbot, server, tmp_path):
    package_id = find_package(server, "200,400", lambda p: len(p["packageitem_set"]) >= 2)
    items = detail(server, package_id)["packageitem_set"]
    journal = Journal(tmp_path / "journal.sqlite3")
    async with running_window(qtbot, server, journal=journal) as window:
        await open_by_scan(window, server, package_id)
        server.stop()  # the network drops
        for item in items:
            type_scan(window.bench.scan_field, code_of(item))
        assert window.bench.session.is_complete
        assert journal.confirmed_items(package_id) == [i["id"] for i in items]
        await until(lambda: window.bench.banner.level is Level.ERROR)
        assert "cannot be reached" in window.bench.banner.text() and "Nothing was sent" in window.bench.banner.text()
        assert server.store.package_state(package_id) != "500"
        server.start()  # back, on the same port; nothing was queued behind the packer's back
        assert server.store.command_count(package_id) == 0
        label = next_emission(window.label_shown)
        press_key(window.bench.scan_field, Qt.Key.Key_F9)
        await label
    assert server.store.package_state(package_id) == "500"
    assert server.store.command_count(package_id, "COMPLETE_PACKAGING") == 1
    journal.close()


@pytest.mark.asyncio
async def test_command_barcodes_do_what_the_keys_do(qtbot, server):
    """Zero keys: out of stock and pack by scanning the printed command sheet's codes."""
    from instore_app.packing.command_codes import BenchCommand

    first = find_package(server, "200,400", lambda p: len(p["packageitem_set"]) >= 2)
    second = find_package(server, "400", lambda p: p["id"] != first)
    async with running_window(qtbot, server, options=BenchOptions(auto_pack=False, sound=False)) as window:
        await open_by_scan(window, server, first)
        items = detail(server, first)["packageitem_set"]
        type_scan(window.bench.scan_field, code_of(items[0]))
        type_scan(window.bench.scan_field, BenchCommand.UNDO.code)
        assert window.bench.session.progress[0] == 0
        type_scan(window.bench.scan_field, code_of(items[0]))
        type_scan(window.bench.scan_field, BenchCommand.OUT_OF_STOCK.code)
        assert window._dialog is not None and window._dialog.isVisible()
        type_scan(window.bench.scan_field, BenchCommand.ACKNOWLEDGE.code)  # the dialog's choice
        done = next_emission(window.action_done)
        type_scan(window.bench.scan_field, BenchCommand.ACKNOWLEDGE.code)  # yes to the question
        assert await done == (first, "out_of_stock")

        await open_by_scan(window, server, second)
        for item in detail(server, second)["packageitem_set"]:
            type_scan(window.bench.scan_field, code_of(item))
        label = next_emission(window.label_shown)
        type_scan(window.bench.scan_field, BenchCommand.PACK.code.lower())
        await label
        type_scan(window.bench.scan_field, BenchCommand.CLOSE.code)
        assert window.stack.currentWidget() is window.list_page
    assert server.store.package_state(first) == "920"
    assert server.store.package_state(second) == "500"


def test_each_bench_shortcut_is_the_key_its_command_barcode_names(qtbot):
    from PySide6.QtGui import QKeySequence

    from instore_app.api import OmsClient
    from instore_app.operations import Station
    from instore_app.packing.command_codes import BenchCommand
    from instore_app.ui.main_window import MainWindow

    window = MainWindow(Station(OmsClient("http://127.0.0.1:9", "token"), DEFAULT_STOCK_LOCATION_ID))
    qtbot.addWidget(window)
    for command in BenchCommand:
        if command is BenchCommand.ACKNOWLEDGE:
            assert command not in window.bench_actions  # Enter on the scan field, not a shortcut
            continue
        assert window.bench_actions[command].shortcut() == QKeySequence(command.key), command


@pytest.mark.asyncio
async def test_a_scan_while_a_bench_dialog_is_open_is_refused_in_words_not_dropped(qtbot, server):
    """An item scanned while the out-of-stock dialog asks is refused loudly, in the dialog; the
    dialog's own command barcodes work (Close cancels it); nothing is sent."""
    from PySide6.QtWidgets import QLabel

    from instore_app.packing.command_codes import BenchCommand

    package_id = find_package(server, "200,400", lambda p: len(p["packageitem_set"]) >= 2)
    items = detail(server, package_id)["packageitem_set"]
    async with running_window(qtbot, server, options=BenchOptions(auto_pack=False, sound=False)) as window:
        await open_by_scan(window, server, package_id)
        sounds = []
        window.feedback.connect(sounds.append)
        press_key(window.bench.scan_field, Qt.Key.Key_F6)
        dialog = window._dialog
        assert dialog is not None and dialog.isVisible()
        type_scan(dialog.list, code_of(items[0]))
        problem = dialog.findChild(QLabel, "problem")
        assert problem is not None and problem.isVisible() and "not used" in problem.text()
        assert sounds == ["error"]
        assert window.bench.session.progress[0] == 0  # it did not count behind the dialog
        type_scan(dialog.list, BenchCommand.CLOSE.code)
        await until(lambda: window._dialog is None)
        assert window.controller.dialog is None
        type_scan(window.bench.scan_field, code_of(items[0]))  # the bench takes scans again
        assert window.bench.session.progress[0] == 1
    assert commands_for(server, package_id) in ([], [("PKG_STATE_TRANSITION", {})])


@pytest.mark.asyncio
async def test_a_package_changed_elsewhere_shows_one_clear_state_and_offers_nothing_stale(qtbot, server):
    """After another station packs it (seen at the next read), the bench says so, shows the
    state, and offers only what makes sense: no Pack, no Undo, no Refuse."""
    package_id = find_package(server, "200", lambda p: len(p["packageitem_set"]) >= 2)
    items = detail(server, package_id)["packageitem_set"]
    async with running_window(qtbot, server, options=BenchOptions(auto_pack=False, sound=False)) as window:
        await open_by_scan(window, server, package_id)
        type_scan(window.bench.scan_field, code_of(items[0]))
        pack = next(c for c in detail(server, package_id)["commands"] if c["command"] == "COMPLETE_PACKAGING")
        server.store.apply_command(package_id, transition=pack["id"])  # another station packs it
        type_scan(window.bench.scan_field, detail(server, package_id)["number"])  # the packer rescans it
        await until(lambda: window.bench.finished)
        bench = window.bench
        assert bench.banner.level is Level.ERROR and "Packed" in bench.banner.text()
        assert "Packed" in bench.facts_label.text()
        enabled = {c for c, b in bench.buttons.items() if b.isEnabled()}
        from instore_app.packing.command_codes import BenchCommand

        assert BenchCommand.PACK not in enabled and BenchCommand.UNDO not in enabled and BenchCommand.REFUSE not in enabled
        assert BenchCommand.NEXT_PACKAGE in enabled and BenchCommand.CLOSE in enabled
        type_scan(window.bench.scan_field, code_of(items[1]))
        assert "finished" in bench.banner.text()
    assert server.store.command_count(package_id, "COMPLETE_PACKAGING") == 1  # only the other station's


@pytest.mark.asyncio
async def test_a_label_that_could_not_be_read_is_read_again_with_f10_never_stranded(qtbot, server):
    """The pack is applied but every read of its label fails (500, retries included): the bench
    says so and how to fix it; F10 reads it again once the OMS is back; it is in Packed today."""
    from instore_app.bench import LabelStatus
    from instore_app.simulator import FaultPlan

    package_id = find_package(server, "400", lambda p: True)
    items = detail(server, package_id)["packageitem_set"]
    async with running_window(qtbot, server) as window:
        await open_by_scan(window, server, package_id)
        server.faults.plan = FaultPlan(rates={"500": 1.0}, endpoints=("label",))
        for item in items:
            type_scan(window.bench.scan_field, code_of(item))
        work = window.controller.work(package_id)
        await until(lambda: work.label_status is LabelStatus.FAILED)
        assert server.store.package_state(package_id) == "500"
        assert window.bench.banner.level is Level.ERROR and "F10" in window.bench.banner.text()
        assert not window.bench.label_view.has_content
        assert [w.package_id for w in window.controller.today()] == [package_id]

        server.faults.plan = FaultPlan()  # the OMS is back
        label = next_emission(window.label_shown, where=lambda pid: pid == package_id)
        press_key(window.bench.scan_field, Qt.Key.Key_F10)
        await label
        assert window.bench.label_view.has_content
        assert "Packed" in window.bench.banner.text()
    assert server.store.command_count(package_id, "COMPLETE_PACKAGING") == 1


@pytest.mark.asyncio
async def test_the_last_scan_repaints_only_its_rows_and_every_row_stays_true(qtbot, server):
    """After a package's last scan the bench is painted whole (the banner asks to pack); its
    list announces only the rows whose painted view changed, i.e. the scanned item's (its
    product's rows), not all of them. An undo then announces the row it takes back."""
    package_id = find_package(server, "400", lambda p: len({i["order_item"]["product"]["id"] for i in p["packageitem_set"]}) >= 3)
    items = detail(server, package_id)["packageitem_set"]
    async with running_window(qtbot, server, options=BenchOptions(auto_pack=False, sound=False)) as window:
        await open_by_scan(window, server, package_id)
        bench, model = window.bench, window.bench.model
        for item in items[:-1]:
            type_scan(bench.scan_field, code_of(item))
        bench.repaint()  # every row's view is read, as the screen shows them
        announced: list[tuple[int, int]] = []
        model.dataChanged.connect(lambda top, bottom, *_: announced.append((top.row(), bottom.row())))
        last = items[-1]
        type_scan(bench.scan_field, code_of(last))
        assert bench.session.is_complete and "F9" in bench.banner.text()
        product_rows = {r for r, i in enumerate(bench.session.items) if i.product.id == last["order_item"]["product"]["id"]}
        flashed_before = next(r for r, i in enumerate(bench.session.items) if i.id == items[-2]["id"])  # its flash ends
        allowed = product_rows | {flashed_before}
        assert announced and all(set(range(top, bottom + 1)) <= allowed for top, bottom in announced)
        assert len(allowed) < model.rowCount()  # the package has rows that were not announced
        assert all(model.row_view(row).status.startswith("✔ Confirmed") for row in range(model.rowCount()))

        announced.clear()
        press_key(bench.scan_field, Qt.Key.Key_F2)  # undo the last scan
        undone = next(r for r, i in enumerate(bench.session.items) if i.id == last["id"])
        assert any(top <= undone <= bottom for top, bottom in announced)
        assert not model.row_view(undone).status.startswith("✔")
