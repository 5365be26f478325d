"""The courier handover in the demo, from the scanner alone (scanner-speed key events through
the app's own keyboard-wedge filter, the window composed as the app composes it): open the
handover, choose the carrier by its code, scan five parcels -- one of them another carrier's
-- while the OMS goes away and comes back, finish. The simulator's command log and the printed
manifest are the proof."""

from __future__ import annotations

from pathlib import Path

import pytest

from instore_app.journal import Journal
from instore_app.labels import LabelPrintSettings, make_printer
from instore_app.scanner.testing import type_scan
from instore_app.simulator import SimulatorServer, Store

from .test_labels import open_pdf
from .window_helpers import next_emission, running_window, until

ARAS, MNG = 731, 735
SHIP_COMMANDS = ("SHIP_PACKAGE", "ADVANCED_SHIP_PACKAGE")


def ship_commands(store: Store, package_id: int) -> int:
    return sum(store.command_count(package_id, name) for name in SHIP_COMMANDS)


def pdf_text(path: Path) -> str:
    document, _buffer = open_pdf(path)
    return "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))


@pytest.mark.asyncio
async def test_a_courier_handover_from_the_scanner_alone_with_the_oms_dropped_in_the_middle(qtbot, tmp_path):
    store = Store()  # the demo's data
    server = SimulatorServer(store).start()
    journal = Journal(tmp_path / "journal.sqlite3")
    try:
        async with running_window(qtbot, server, journal=journal) as window:
            screen = window.after_packing.screen
            assert screen is not None
            printed_pdf = tmp_path / "printed.pdf"
            screen.printer_factory = lambda: make_printer(LabelPrintSettings(), printed_pdf)  # the label printer
            mode = window.controller.handover
            view = window.after_packing.handover_view

            type_scan(None, "ZZCMDHANDOVER")  # the command sheet's code (F11)
            assert window.stack.currentWidget() is view
            await until(lambda: mode.session.candidates is not None and not mode.loading)
            candidates = list(mode.session.candidates.candidates)
            by_number = {c.number: c for c in candidates}
            aras_own = sorted(c.number for c in candidates if c.cargo_company_id == ARAS and c.action.value == "ship")
            aras_named = [c for c in candidates if c.cargo_company_id == ARAS and c.action.value == "advanced_ship"]
            unnamed = sorted((c for c in candidates if c.cargo_company_id is None), key=lambda c: c.number)
            wrong = next(c for c in candidates if c.cargo_company_id == MNG)
            assert len(aras_own) == 2 and len(aras_named) == 1 and len(unnamed) == 2

            type_scan(None, f"ZZCARGO{ARAS}")  # the courier is Aras Kargo's
            await until(lambda: mode.carrier is not None)
            assert mode.carrier.name == "Aras Kargo"
            assert "Aras Kargo" in view.carrier_label.text()

            type_scan(None, aras_own[0])  # 1: the package number on its label
            type_scan(None, by_number[aras_own[1]].tracking_number)  # 2: the carrier's barcode
            await until(lambda: len(mode.handed_over()) == 2 and mode.waiting_count == 0)

            port = server.port
            server.stop()  # the OMS goes away in the middle
            errors = next_emission(window.feedback, where=lambda kind: kind == "error")
            type_scan(None, wrong.number)  # 3: another carrier's parcel
            await errors  # loud
            assert mode.note.code == "handover_wrong_carrier" and view.banner.is_error
            assert wrong.number in view.banner.text() and "MNG Kargo" in view.banner.text()
            type_scan(None, "ZZCMDOK")  # acknowledged
            type_scan(None, aras_named[0].tracking_number)  # 4: handed over, offline
            type_scan(None, unnamed[0].number)  # 5: packed without a tracking number...
            await until(lambda: mode.asks_tracking)
            label = next(lbl for lbl in store.carrier_labels() if lbl["package_id"] == unnamed[0].package_id)
            type_scan(None, label["tracking_number"])  # ...its carrier label
            await until(lambda: len(mode.handed_over()) == 4)
            assert mode.waiting_count >= 1
            assert view.waiting_label.isVisible() and "waiting to reach the OMS" in view.waiting_label.text()

            server = SimulatorServer(store, port=port).start()  # the OMS is back
            await until(lambda: mode.waiting_count == 0, timeout=30)
            assert not view.waiting_label.isVisible()

            printed = next_emission(screen.manifest_printed)
            type_scan(None, "ZZCMDDONE")  # finish: the manifest prints, no dialog
            handover_id, problem = await printed
            assert problem is None and mode.note.code == "handover_manifest_printed"

            handed = [aras_own[0], aras_own[1], aras_named[0].number, unnamed[0].number]
            for number in handed:
                assert ship_commands(store, by_number[number].package_id) == 1, number
            assert ship_commands(store, wrong.package_id) == 0
            assert store.package_state(by_number[handed[0]].package_id) != "500"  # shipped

            text = pdf_text(printed_pdf)
            assert "Aras Kargo" in text and "Total: 4 parcels" in text
            for number in handed:
                assert number in text
            assert unnamed[1].number in text  # packed for any carrier, not handed over: listed as left
            assert wrong.number not in text
            kept = screen.archive.path_for(mode.last_manifest)
            assert kept.is_file() and "Total: 4 parcels" in pdf_text(kept)  # the A4 copy kept 7 days
            assert [m.handover_id for m in mode.manifests()] == [handover_id]
            assert mode.carrier is None  # the next courier chooses again
    finally:
        server.stop()
        journal.close()
