"""Hands-free to the end: a packer's run done with the scanner alone -- package numbers, item
barcodes and the printed command sheet's codes, typed at scanner speed as real key events into
the real window against the embedded simulator. No mouse, no F-key, no Enter of its own.

One run: open a package by its number, scan all its items but one, report that one out of stock
(the sheet's Out of stock, OK for the item list, OK for the question); open another and refuse
it with the 3rd reason on the sheet (its own barcode) and OK; open a third, scan it, Pack, Print
(to a PDF: this PC has no printer), Next. The simulator's command log gets exactly one command of
each kind, each for the right package; the screen says what happened at every step; Next skips
the package another packer holds.
"""

from __future__ import annotations

import pytest

from instore_app.api.models import DenialReason
from instore_app.labels import LabelPrintSettings, output
from instore_app.labels.command_sheet import sheet_cells
from instore_app.packing.command_codes import reason_for
from instore_app.packing import active_denial_reasons
from instore_app.packing.command_codes import BenchCommand
from instore_app.scanner.testing import type_scan
from instore_app.simulator import DEFAULT_STOCK_LOCATION_ID, DEMO_USERNAME, SimulatorServer, Store
from instore_app.ui.main_window import BenchOptions

from .test_bench import code_of, commands_for, detail, find_package
from .window_helpers import next_emission, running_window, until


@pytest.fixture
def server():
    # Seed 6: the Preparing package another packer holds is the earliest to pack.
    with SimulatorServer(Store(seed=6, held_elsewhere=1)) as oms:
        yield oms


@pytest.fixture
def no_printers(monkeypatch):
    monkeypatch.setattr(output, "available_printers", lambda: [])
    monkeypatch.setattr(output, "default_printer", lambda: "")


def sheet_codes(server) -> tuple[dict[BenchCommand, str], list[tuple[str, str]]]:
    """What the printed sheet holds, made as the app makes it from the OMS's reasons:
    {command: code} from its pages, and (code, reason title) from the reasons' pages."""
    reasons = active_denial_reasons(DenialReason.model_validate(r) for r in server.store.denial_reasons_json())
    cells = [cell for page in sheet_cells([(r.id, r.title) for r in reasons]) for cell in page]
    commands = {c: cell.code for cell in cells for c in BenchCommand if cell.code == c.code}
    assert set(commands) == set(BenchCommand), "every command is on the sheet"
    return commands, [(cell.code, cell.label) for cell in cells if reason_for(cell.code) is not None]


def held_package(server) -> int:
    for package_id in server.store.package_ids(DEFAULT_STOCK_LOCATION_ID, "200"):
        if any((log["user"] or {}).get("username") == "ayse" for log in server.store.transition_logs(package_id)):
            return package_id
    raise LookupError("the seed has no package held by another packer")


@pytest.mark.asyncio
async def test_a_packers_run_from_the_scanner_and_the_command_sheet_alone(qtbot, server, tmp_path, no_printers):
    sheet, reason_codes = sheet_codes(server)
    third_code, third_title = reason_codes[2]  # the 3rd reason printed on the sheet

    def usable(p: dict) -> bool:
        return all(code_of(i) for i in p["packageitem_set"])

    first = find_package(server, "100", lambda p: len(p["packageitem_set"]) >= 2 and usable(p))
    second = find_package(server, "400", lambda p: p["id"] != first)
    third = find_package(server, "400", lambda p: p["id"] not in (first, second) and usable(p))
    held = held_package(server)
    options = BenchOptions(
        auto_pack=False, auto_print=False, sound=False, print_settings=LabelPrintSettings(pdf_folder=str(tmp_path))
    )
    async with running_window(qtbot, server, options=options, username=DEMO_USERNAME) as window:
        bench, controller = window.bench, window.controller

        def scan(code: str) -> None:
            """The scanner types into whatever the screen shows: the list's filter or the bench."""
            type_scan(bench.scan_field if window.stack.currentWidget() is bench else window.filter_edit, code)

        async def open_by_number(package_id: int) -> None:
            opened = next_emission(window.package_opened, where=lambda pid: pid == package_id)
            scan(detail(server, package_id)["number"])
            await opened
            await until(lambda: bench.session is not None and bench.session.package_id == package_id)
            assert detail(server, package_id)["number"] in bench.number_label.text()

        await until(lambda: controller.station.held_by_another(held) == "ayse")  # read lazily from the logs

        # 1. Open by number, scan all items but the last, report the last one out of stock.
        await open_by_number(first)
        items = detail(server, first)["packageitem_set"]
        for item in items[:-1]:
            scan(code_of(item))
        assert bench.progress_label.text() == f"{len(items) - 1} / {len(items)}"
        scan(sheet[BenchCommand.OUT_OF_STOCK])
        await until(lambda: window._dialog is not None and window._dialog.isVisible())
        scan(sheet[BenchCommand.ACKNOWLEDGE])  # the dialog's choice: the unscanned item
        await until(lambda: controller.current.question is not None)
        question = bench.banner.text()
        assert detail(server, first)["number"] in question and items[-1]["order_item"]["product"]["name"] in question
        assert "out of stock" in question
        assert [name for name, _ in commands_for(server, first) if name != "PKG_STATE_TRANSITION"] == []
        done = next_emission(window.action_done)
        scan(sheet[BenchCommand.ACKNOWLEDGE])  # yes
        assert await done == (first, "out_of_stock")
        assert "Reported out of stock ✔" in bench.banner.text()

        # 2. Another package: refuse it with the sheet's 3rd reason, and OK.
        await open_by_number(second)
        scan(third_code)
        await until(lambda: controller.current.question is not None)
        question = bench.banner.text()
        assert third_title in question and detail(server, second)["number"] in question and "Refuse" in question
        assert commands_for(server, second) == []  # nothing is sent before the answer
        done = next_emission(window.action_done)
        scan(sheet[BenchCommand.ACKNOWLEDGE])
        assert await done == (second, "refuse")
        assert "Refused ✔" in bench.banner.text() and third_title in bench.banner.text()

        # 3. A third: scan every item, Pack, Print, Next.
        await open_by_number(third)
        for item in detail(server, third)["packageitem_set"]:
            scan(code_of(item))
        label = next_emission(window.label_shown, where=lambda pid: pid == third)
        scan(sheet[BenchCommand.PACK])
        await label
        assert "Packed ✔" in bench.banner.text() and bench.label_view.has_content
        pdf = tmp_path / f"label-{detail(server, third)['number']}.pdf"
        scan(sheet[BenchCommand.REPRINT_LABEL])
        await until(pdf.is_file)
        assert pdf.read_bytes().startswith(b"%PDF")
        await until(lambda: str(pdf) in bench.print_line.text())  # where the label went, beside…
        assert "Packed ✔" in bench.banner.text()  # …"Packed", which stays

        done_here = {first, second, third}
        waiting = sorted(
            (p for p in controller.station.packages if p.id not in done_here),
            key=lambda p: (p.target_packing_date, p.id),
        )
        expected = next(p.id for p in waiting if p.id != held)
        assert waiting[0].id == held, "in this seed the held package is the earliest: Next must pass over it"
        opened = next_emission(window.package_opened)
        scan(sheet[BenchCommand.NEXT_PACKAGE])
        assert await opened == (expected,)
        await until(lambda: bench.session is not None and bench.session.package_id == expected)
        assert detail(server, expected)["number"] in bench.number_label.text()
        assert window.stack.currentWidget() is bench

    # The OMS got one command of each kind, each for the right package; nothing for the held one.
    first_commands = commands_for(server, first)
    assert [name for name, _ in first_commands] == ["PKG_STATE_TRANSITION", "DETECTED_OUT_OF_STOCK_ITEM"]
    assert first_commands[1][1]["package_items"] == [items[-1]["id"]]
    third_reason_id = int(third_code.removeprefix("ZZCMDRSN"))
    assert commands_for(server, second) == [("REFUSE_PACKAGE", {"denial_reason": third_reason_id})]
    assert [name for name, _ in commands_for(server, third)] == ["COMPLETE_PACKAGING"]
    assert [name for name, _ in commands_for(server, expected)] in ([], ["PKG_STATE_TRANSITION"])
    assert commands_for(server, held) == []
    assert server.store.package_state(first) == "920"
    assert server.store.package_state(second) == "950"
    assert server.store.package_state(third) == "500"
    assert all(c.status_code in (200, 204) for c in server.store.received_commands)
