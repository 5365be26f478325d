"""The bench controller's invoice number step and repack, without Qt, against the simulator's
real state machine (tests/scripted_oms.py): what is sent, what is refused in words, and the
order (the invoice number before the pack; repack only after yes)."""

from __future__ import annotations

from typing import Any

import httpx

from instore_app.bench import Finished, Level, Notice, Phase, QuestionKind, Switched
from instore_app.packing.command_codes import BenchCommand
from instore_app.simulator import DEFAULT_STOCK_LOCATION_ID, Store

from .test_bench_controller import Bench, code_of, run

INVOICE = "GIB2026000000042"


def commands_sent(store: Store, package_id: int) -> list[str]:
    return [c.command for c in store.received_commands if c.package_id == package_id]


# -- the invoice number step ------------------------------------------------------------------


def test_the_invoice_number_is_asked_for_sent_and_then_the_package_is_packed():
    async def scenario() -> None:
        bench = Bench(invoice_step=True)
        await bench.station.refresh()
        package_id = bench.store.package_ids(DEFAULT_STOCK_LOCATION_ID, "200")[0]
        await bench.open(package_id)
        bench.scan_all(package_id)
        work = bench.controller.work(package_id)
        await bench.until(lambda: work.awaiting_invoice)
        assert bench.banner(package_id).code == "scan_invoice"
        assert "COMPLETE_PACKAGING" not in commands_sent(bench.store, package_id)  # nothing packed yet
        assert bench.store.invoice_numbers_received(package_id) == []

        bench.controller.scan(INVOICE)
        await bench.until(lambda: work.phase is Phase.FINISHED)
        assert bench.store.invoice_numbers_received(package_id) == [INVOICE]
        assert commands_sent(bench.store, package_id)[-1] == "COMPLETE_PACKAGING"
        assert work.invoice_number == INVOICE and work.package.invoice_number == INVOICE
        assert work in bench.controller.today()
        await bench.close()

    run(scenario)


def test_a_wrong_looking_invoice_scan_is_refused_in_words_and_nothing_is_sent():
    async def scenario() -> None:
        bench = Bench(invoice_step=True)
        await bench.station.refresh()
        package_id = bench.store.package_ids(DEFAULT_STOCK_LOCATION_ID, "200")[0]
        detail = bench.detail(package_id)
        await bench.open(package_id)
        bench.scan_all(package_id)
        work = bench.controller.work(package_id)
        await bench.until(lambda: work.awaiting_invoice)

        bench.controller.scan(detail["number"].lower())  # the package's own label
        note = bench.last_scan_note()
        assert (note.code, note.level) == ("invoice_is_package_number", Level.ERROR)
        bench.controller.scan(code_of(detail["packageitem_set"][0]))  # an item of it, once more
        note = bench.last_scan_note()
        assert note.code == "invoice_is_item" and note.params[1] == detail["packageitem_set"][0]["order_item"]["product"]["name"]
        other = await bench.station.load_package(bench.store.package_ids(DEFAULT_STOCK_LOCATION_ID, "400")[0])
        product = other.packageitem_set[0].order_item.product
        bench.controller.scan(product.barcode or product.sku)  # another package's item
        assert bench.last_scan_note().code == "invoice_is_item_code"
        bench.controller.scan("X" * 70)
        assert bench.last_scan_note().code == "invoice_not_valid"

        assert work.awaiting_invoice and work.phase is Phase.SCANNING
        assert bench.store.invoice_numbers_received(package_id) == []
        assert "COMPLETE_PACKAGING" not in commands_sent(bench.store, package_id)
        bench.controller.scan(INVOICE)  # the real one still goes
        await bench.until(lambda: work.phase is Phase.FINISHED)
        assert bench.store.invoice_numbers_received(package_id) == [INVOICE]
        await bench.close()

    run(scenario)


def test_an_invoice_number_not_saved_keeps_the_step_and_packs_nothing():
    async def scenario() -> None:
        bench = Bench(invoice_step=True)
        await bench.station.refresh()
        package_id = bench.store.package_ids(DEFAULT_STOCK_LOCATION_ID, "200")[0]
        await bench.open(package_id)
        bench.scan_all(package_id)
        work = bench.controller.work(package_id)
        await bench.until(lambda: work.awaiting_invoice)

        async def unreachable(request: httpx.Request, _real: Any) -> httpx.Response:
            raise httpx.ConnectError("no route to the OMS", request=request)

        bench.oms.on_write(unreachable)
        bench.controller.scan(INVOICE)
        await bench.until(lambda: work.invoice_sending is None and work.note is not None)
        assert work.note.code == "invoice_not_saved" and work.note.level is Level.ERROR
        assert work.awaiting_invoice and work.phase is Phase.SCANNING
        assert "COMPLETE_PACKAGING" not in commands_sent(bench.store, package_id)

        bench.controller.scan(INVOICE)  # the OMS is back: scanning it again is safe
        await bench.until(lambda: work.phase is Phase.FINISHED)
        assert bench.store.invoice_numbers_received(package_id) == [INVOICE]
        await bench.close()

    run(scenario)


def test_without_the_setting_the_bench_packs_without_asking():
    async def scenario() -> None:
        bench = Bench(invoice_step=False)
        await bench.station.refresh()
        package_id = bench.store.package_ids(DEFAULT_STOCK_LOCATION_ID, "200")[0]
        await bench.open(package_id)
        bench.scan_all(package_id)
        work = bench.controller.work(package_id)
        await bench.until(lambda: work.phase is Phase.FINISHED)
        assert bench.store.invoice_numbers_received(package_id) == [] and not work.awaiting_invoice
        await bench.close()

    run(scenario)


# -- repack ----------------------------------------------------------------------------------------


def test_repack_from_the_needs_attention_list_asks_then_sends_once_and_goes_back_to_the_list():
    async def scenario() -> None:
        bench = Bench()
        await bench.station.refresh()
        listed, problem = await bench.station.repack_candidates()
        assert problem is None and {p.state.enum_value for p in listed} == {"920", "950"}
        package = listed[0]
        bench.controller.ask_repack(package.id)
        work = bench.controller.work(package.id)
        assert work.question is not None and work.question.kind is QuestionKind.REPACK
        assert bench.banner(package.id).code == "question_repack"
        await bench.until(lambda: work.phase is Phase.CHANGED)
        assert work.question is not None  # still asking once the package is read
        assert BenchCommand.ACKNOWLEDGE in bench.controller.available(work)
        assert "REPACK_PACKAGE" not in commands_sent(bench.store, package.id)  # nothing before yes

        bench.controller.command(BenchCommand.ACKNOWLEDGE)  # Enter: yes
        await bench.until(lambda: any(isinstance(e, Finished) and e.reason == "repacked" for e in bench.events))
        assert commands_sent(bench.store, package.id) == ["REPACK_PACKAGE"]
        assert bench.store.package_state(package.id) == "100"
        assert bench.controller.current_id is None and any(isinstance(e, Switched) and e.package_id is None for e in bench.events)
        news = [e for e in bench.events if isinstance(e, Notice)]
        assert news[-1].note.code == "repacked" and news[-1].note.level is Level.OK
        await bench.station.refresh()  # the next refresh: back in the waiting list
        assert package.id in {p.id for p in bench.station.packages}
        await bench.open(package.id)  # and it opens to be packed like any other
        assert bench.controller.work(package.id).phase is Phase.SCANNING
        await bench.close()

    run(scenario)


def test_repack_key_on_the_bench_and_no_sends_nothing():
    async def scenario() -> None:
        bench = Bench()
        await bench.station.refresh()
        listed, _ = await bench.station.repack_candidates()
        package = listed[-1]
        bench.controller.scan(package.number)  # scanned: on the bench, "this package is ... now"
        work = bench.controller.work(package.id)
        await bench.until(lambda: work.phase is Phase.CHANGED)
        assert BenchCommand.REPACK in bench.controller.available(work)
        bench.controller.command(BenchCommand.REPACK)
        assert work.question.kind is QuestionKind.REPACK and work.question.params[0] == package.number
        bench.controller.command(BenchCommand.CLOSE)  # Esc: no
        assert work.question is None
        bench.controller.command(BenchCommand.REPACK)
        bench.controller.scan("ZZCMDOK")  # the OK barcode: yes
        await bench.until(lambda: bench.store.package_state(package.id) == "100")
        await bench.until(lambda: bench.controller.current_id is None)
        assert commands_sent(bench.store, package.id) == ["REPACK_PACKAGE"]
        await bench.close()

    run(scenario)


def test_repack_is_not_offered_for_a_package_that_can_be_packed():
    async def scenario() -> None:
        bench = Bench(auto_pack=False)
        await bench.station.refresh()
        package_id = bench.store.package_ids(DEFAULT_STOCK_LOCATION_ID, "200")[0]
        await bench.open(package_id)
        work = bench.controller.work(package_id)
        assert BenchCommand.REPACK not in bench.controller.available(work)
        bench.controller.command(BenchCommand.REPACK)
        assert bench.last_scan_note().code == "not_possible_now" and work.question is None
        await bench.close()

    run(scenario)
