"""The bench controller without Qt: results land on their own package, one command per
package at a time, and the commands on offer follow the package's own ``commands``.

Plain asyncio (no Qt event loop, no QApplication needed); the OMS is the simulator's real
state machine behind scripted answers (tests/scripted_oms.py)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from instore_app.bench import (
    BenchController,
    Event,
    LabelStatus,
    Level,
    Notice,
    Phase,
    QuestionKind,
    Scanned,
    Updated,
)
from instore_app.operations import SettlePolicy, Station
from instore_app.packing.command_codes import BenchCommand
from instore_app.simulator import DEFAULT_STOCK_LOCATION_ID, Store

from .scripted_oms import ScriptedOms, answered, held

FAST_SETTLE = SettlePolicy(seconds=0.5, first_delay=0.05, max_delay=0.1)


def run(scenario: Callable[[], Awaitable[None]]) -> None:
    asyncio.run(scenario())


def code_of(item: dict[str, Any]) -> str:
    product = item["order_item"]["product"]
    return product["barcode"] or item["selected_barcode"] or product["sku"]


class Bench:
    def __init__(self, *, auto_pack: bool = True, invoice_step: bool = False) -> None:
        self.store = Store(seed=5)
        self.oms = ScriptedOms(self.store)
        self.station = Station(self.oms.client(), DEFAULT_STOCK_LOCATION_ID, settle=FAST_SETTLE)
        self.events: list[Event] = []
        self.controller = BenchController(
            self.station, auto_pack=auto_pack, invoice_step=invoice_step, listener=self.events.append
        )

    def detail(self, package_id: int) -> dict[str, Any]:
        detail = self.store.package_json(package_id, "http://127.0.0.1:8765")
        assert detail is not None
        return detail

    def packages(self, state: str) -> list[int]:
        return self.store.package_ids(DEFAULT_STOCK_LOCATION_ID, state)

    async def until(self, predicate: Callable[[], bool], timeout: float = 10.0) -> None:
        deadline = asyncio.get_running_loop().time() + timeout
        while not predicate():
            assert asyncio.get_running_loop().time() < deadline, "condition not met in time"
            await asyncio.sleep(0.005)

    async def open(self, package_id: int) -> None:
        self.controller.scan(self.detail(package_id)["number"])
        await self.until(lambda: (w := self.controller.work(package_id)) is not None and w.session is not None)

    def scan_all(self, package_id: int) -> None:
        for item in self.detail(package_id)["packageitem_set"]:
            self.controller.scan(code_of(item))

    def banner(self, package_id: int) -> Any:
        work = self.controller.work(package_id)
        assert work is not None
        return self.controller.banner(work)

    def last_scan_note(self) -> Any:
        return next(e.note for e in reversed(self.events) if isinstance(e, Scanned))

    async def close(self) -> None:
        await self.controller.aclose()
        await self.station.client.aclose()


def test_a_pack_result_for_a_that_arrives_after_b_is_opened_lands_on_a():
    async def scenario() -> None:
        bench = Bench()
        await bench.station.refresh()
        a, b = bench.packages("400")[:2]
        gate = asyncio.Event()
        bench.oms.on_command(held(gate))  # A's pack is held by the OMS
        await bench.open(a)
        bench.scan_all(a)
        await bench.until(lambda: bench.controller.work(a).phase is Phase.SENDING)

        await bench.open(b)  # the packer moves on at once
        assert bench.controller.current_id == b
        bench.scan_all(b)  # B is complete and auto-packs too; A's pack is still held

        gate.set()
        await bench.until(lambda: bench.controller.work(a).label_status is LabelStatus.READY)
        work_a = bench.controller.work(a)
        assert work_a.phase is Phase.FINISHED and work_a.finished == "packed"
        assert work_a.package.state.enum_value == "500"
        assert work_a in bench.controller.today()
        # A's news was told in words, not painted on B
        notices = [e for e in bench.events if isinstance(e, Notice)]
        assert notices and notices[0].package_id == a and notices[0].note.code == "background_packed"
        assert bench.controller.current_id == b
        await bench.until(lambda: bench.controller.work(b).phase is Phase.FINISHED)
        assert bench.store.command_count(a, "COMPLETE_PACKAGING") == 1
        assert bench.store.command_count(b, "COMPLETE_PACKAGING") == 1
        await bench.close()

    run(scenario)


def test_b_items_confirm_while_a_is_being_packed():
    async def scenario() -> None:
        bench = Bench()
        await bench.station.refresh()
        a, b = bench.packages("400")[:2]
        gate = asyncio.Event()
        bench.oms.on_command(held(gate))
        await bench.open(a)
        bench.scan_all(a)
        await bench.open(b)
        first = bench.detail(b)["packageitem_set"][0]
        bench.events.clear()
        bench.controller.scan(code_of(first))
        scanned = [e for e in bench.events if isinstance(e, Scanned)]
        assert scanned[-1].package_id == b and scanned[-1].note.code == "confirmed"
        assert bench.controller.work(b).session.is_confirmed(first["id"])
        gate.set()
        await bench.until(lambda: bench.controller.work(a).phase is Phase.FINISHED)
        await bench.close()

    run(scenario)


def test_a_late_406_for_c_lands_on_c_while_d_is_open():
    async def scenario() -> None:
        bench = Bench()
        await bench.station.refresh()
        c, d = bench.packages("400")[:2]
        gate = asyncio.Event()

        async def changed_then_refused(request, real):  # type: ignore[no-untyped-def]
            await gate.wait()
            bench.store.cancel_package(c)  # the OMS cancelled C meanwhile
            return await real()

        bench.oms.on_command(changed_then_refused)
        await bench.open(c)
        bench.scan_all(c)
        await bench.open(d)
        gate.set()
        await bench.until(lambda: bench.controller.work(c).phase is Phase.CHANGED)
        work_c = bench.controller.work(c)
        assert work_c.note is not None and work_c.note.code == "changed_elsewhere"
        assert bench.controller.current_id == d
        assert bench.controller.work(d).phase is Phase.SCANNING
        notices = [e for e in bench.events if isinstance(e, Notice) and e.package_id == c]
        assert notices and notices[-1].note.level is Level.ERROR
        await bench.close()

    run(scenario)


def test_a_second_command_while_one_is_in_flight_is_refused():
    async def scenario() -> None:
        bench = Bench(auto_pack=False)
        await bench.station.refresh()
        (a,) = bench.packages("400")[:1]
        gate = asyncio.Event()
        bench.oms.on_command(held(gate))
        await bench.open(a)
        bench.scan_all(a)
        bench.controller.command(BenchCommand.PACK)
        await bench.until(lambda: bench.station.sender.in_flight(a))
        assert BenchCommand.PACK not in bench.controller.available()
        bench.events.clear()
        bench.controller.command(BenchCommand.PACK)  # pressed again
        refused = [e for e in bench.events if isinstance(e, Scanned)]
        assert refused and refused[-1].note.code == "not_possible_now"
        gate.set()
        await bench.until(lambda: bench.controller.work(a).phase is Phase.FINISHED)
        assert bench.store.command_count(a, "COMPLETE_PACKAGING") == 1
        await bench.close()

    run(scenario)


def test_the_commands_on_offer_follow_the_packages_own_commands():
    async def scenario() -> None:
        bench = Bench(auto_pack=False)
        await bench.station.refresh()
        (a,) = bench.packages("400")[:1]
        await bench.open(a)
        available = bench.controller.available()
        assert BenchCommand.OUT_OF_STOCK in available and BenchCommand.REFUSE in available
        assert BenchCommand.PACK not in available  # nothing scanned yet
        assert BenchCommand.UNDO not in available
        bench.scan_all(a)
        assert BenchCommand.PACK in bench.controller.available()
        # The OMS cancels it: the re-read package offers nothing, and neither does the bench.
        bench.store.cancel_package(a)
        bench.controller.open(a)  # re-read (as a refresh or a rescan does)
        await bench.until(lambda: bench.controller.work(a).phase is Phase.CHANGED)
        assert bench.controller.available() == frozenset(
            {BenchCommand.NEXT_PACKAGE, BenchCommand.TODAY, BenchCommand.CLOSE}
        )
        assert bench.controller.banner(bench.controller.work(a)).code == "changed_elsewhere"
        await bench.close()

    run(scenario)


def test_a_package_that_offers_no_refuse_has_no_refuse():
    async def scenario() -> None:
        bench = Bench(auto_pack=False)
        await bench.station.refresh()
        (a,) = bench.packages("400")[:1]
        await bench.open(a)
        package = bench.controller.work(a).package
        trimmed = package.model_copy(update={"commands": [c for c in package.commands if c.command != "REFUSE_PACKAGE"]})
        bench.controller.work(a).package = trimmed
        assert BenchCommand.REFUSE not in bench.controller.available()
        bench.events.clear()
        bench.controller.command(BenchCommand.REFUSE)
        assert [e.note.code for e in bench.events if isinstance(e, Scanned)] == ["not_possible_now"]
        await bench.close()

    run(scenario)


def test_scans_made_before_the_package_is_read_count_once_it_is():
    async def scenario() -> None:
        bench = Bench(auto_pack=False)
        await bench.station.refresh()
        (a,) = [pid for pid in bench.packages("100") if len(bench.detail(pid)["packageitem_set"]) >= 2][:1]
        gate = asyncio.Event()
        bench.oms.on_read(held(gate))  # the package read is slow
        bench.controller.scan(bench.detail(a)["number"])
        assert bench.controller.work(a).phase is Phase.LOADING
        first, second = bench.detail(a)["packageitem_set"][:2]
        bench.controller.scan(code_of(first))
        bench.controller.scan(code_of(second))
        assert bench.controller.banner(bench.controller.work(a)).code == "scans_waiting"
        gate.set()
        await bench.until(lambda: bench.controller.work(a).session is not None)
        assert bench.controller.work(a).session.confirmed_item_ids == (first["id"], second["id"])
        await bench.until(lambda: bench.store.package_state(a) == "200")  # the claim, in the background
        await bench.close()

    run(scenario)


def test_an_unknown_outcome_asks_the_packer_and_sends_only_on_yes():
    async def scenario() -> None:
        bench = Bench(auto_pack=False)
        await bench.station.refresh()
        (a,) = bench.packages("400")[:1]
        await bench.open(a)
        bench.scan_all(a)

        sends: list[str] = []

        async def cancelled_then_500(request, real):  # type: ignore[no-untyped-def]
            sends.append(request.url.path)
            bench.store.cancel_package(a)
            return await answered(500)(request, real)

        bench.oms.on_command(cancelled_then_500)
        bench.controller.command(BenchCommand.PACK)
        await bench.until(lambda: bench.controller.work(a).question is not None)
        work = bench.controller.work(a)
        assert work.question.kind is QuestionKind.RESEND
        assert bench.controller.available() == frozenset({BenchCommand.ACKNOWLEDGE, BenchCommand.CLOSE})
        bench.controller.scan("8690000000001")  # a scan is not an answer
        assert work.question is not None
        bench.controller.command(BenchCommand.CLOSE)  # no: nothing is sent
        assert work.question is None
        assert len(sends) == 1 and bench.store.command_count(a) == 0
        await bench.close()

    run(scenario)


def test_updated_events_name_their_package():
    async def scenario() -> None:
        bench = Bench()
        await bench.station.refresh()
        a, b = bench.packages("400")[:2]
        await bench.open(a)
        await bench.open(b)
        assert all(isinstance(e.package_id, int) for e in bench.events if isinstance(e, Updated))
        await bench.close()

    run(scenario)


def test_a_claim_applied_but_not_read_again_is_a_claim_not_a_pack():
    """The claim is applied but the package can't be read right after: the bench must not take
    that for the pack it was asked for; it reads the package again and packs it."""

    async def scenario() -> None:
        from .scripted_oms import read_fails

        bench = Bench()
        await bench.station.refresh()
        (a,) = [p for p in bench.packages("100") if len(bench.detail(p)["packageitem_set"]) >= 1][:1]
        gate = asyncio.Event()
        bench.oms.on_command(held(gate))  # the claim
        await bench.open(a)
        bench.scan_all(a)  # complete: the pack waits for the claim
        bench.oms.on_read(read_fails())  # the read right after the claim fails
        gate.set()
        await bench.until(lambda: bench.controller.work(a).phase is Phase.FINISHED)
        assert bench.store.package_state(a) == "500"
        assert bench.store.command_count(a, "COMPLETE_PACKAGING") == 1
        await bench.close()

    run(scenario)


def test_a_failed_claim_drops_what_was_asked_and_asking_again_claims_first():
    """The claim can't reach the OMS: the pack asked meanwhile is not sent behind the packer's
    back (and nothing loops); pressing Pack again reads the package, claims it, then packs."""

    async def scenario() -> None:
        from .scripted_oms import refused

        bench = Bench(auto_pack=False)
        await bench.station.refresh()
        (a,) = [p for p in bench.packages("100") if len(bench.detail(p)["packageitem_set"]) >= 1][:1]
        gate = asyncio.Event()

        async def held_then_refused(request, real):  # type: ignore[no-untyped-def]
            await gate.wait()
            return await refused()(request, real)

        bench.oms.on_command(held_then_refused)  # the claim: held, then no connection
        await bench.open(a)
        bench.scan_all(a)
        bench.controller.command(BenchCommand.PACK)  # queued behind the claim
        gate.set()
        await bench.until(lambda: bench.controller.work(a).claim.value == "failed")
        work = bench.controller.work(a)
        assert work.queued is None and work.phase is Phase.SCANNING
        assert work.note is not None and work.note.is_error
        assert bench.store.received_commands == []
        bench.controller.command(BenchCommand.PACK)  # the packer asks again
        await bench.until(lambda: work.phase is Phase.FINISHED)
        assert [c.command for c in bench.store.received_commands] == ["PKG_STATE_TRANSITION", "COMPLETE_PACKAGING"]
        await bench.close()

    run(scenario)


def test_a_package_another_user_is_preparing_asks_before_it_is_taken_over():
    """Another station's packer ("ayse") moved a package to Preparing: its holder is read from
    the transition logs; opening it asks first (Esc leaves it with her and closes it, Enter
    takes it over and the journal names her); F8 skips it; our own claims hold nothing."""

    async def scenario() -> None:
        bench = Bench(auto_pack=False)
        bench.station.user = "demo"
        waiting = bench.packages("100")
        theirs, ours = waiting[0], waiting[1]
        claim = next(c["id"] for c in bench.detail(theirs)["commands"] if c["command"] == "PKG_STATE_TRANSITION")
        assert bench.store.apply_command(theirs, transition=claim, user="ayse").status_code == 204
        claim = next(c["id"] for c in bench.detail(ours)["commands"] if c["command"] == "PKG_STATE_TRANSITION")
        assert bench.store.apply_command(ours, transition=claim, user="demo").status_code == 204
        await bench.station.refresh()
        holders = await bench.station.load_holders()
        assert holders == {theirs: "ayse"}

        bench.controller.scan(bench.detail(theirs)["number"])
        work = bench.controller.work(theirs)
        assert work is not None and work.question is not None
        assert work.question.kind is QuestionKind.TAKE_OVER and "ayse" in work.question.params
        bench.controller.command(BenchCommand.CLOSE)  # leave it with her
        assert bench.controller.current is None

        for _ in range(len(bench.station.packages)):  # F8 never lands on her package
            bench.controller.next_package()
            assert bench.controller.current_id != theirs
            bench.controller.close()

        await bench.open(theirs)
        bench.controller.command(BenchCommand.ACKNOWLEDGE)  # take it over
        assert work.question is None and work.taken_over
        bench.scan_all(theirs)
        assert work.session is not None and work.session.is_complete
        await bench.close()

    run(scenario)


def test_refuse_pressed_again_while_the_reasons_are_read_opens_one_dialog():
    """A slow denial-reasons read (a throttled OMS): F7 again, and the claim failing meanwhile,
    still end in exactly one refuse dialog, for the package on the bench."""

    async def scenario() -> None:
        from instore_app.bench import AskRefuse

        from .scripted_oms import answered

        bench = Bench(auto_pack=False)
        await bench.station.refresh()
        (a,) = bench.packages("100")[:1]
        gate = asyncio.Event()
        read = bench.station.denial_reasons
        reads: list[int] = []

        async def slow_reasons():  # type: ignore[no-untyped-def]
            reads.append(1)
            await gate.wait()
            return await read()

        bench.station.denial_reasons = slow_reasons  # type: ignore[method-assign]
        bench.oms.on_command(answered(429, b'{"detail": "Request was throttled."}', {"Retry-After": "0"}))
        await bench.open(a)
        bench.controller.command(BenchCommand.REFUSE)
        await bench.until(lambda: bench.controller.work(a).claim.value == "failed")
        bench.controller.command(BenchCommand.REFUSE)
        bench.controller.command(BenchCommand.REFUSE)
        gate.set()
        await bench.until(lambda: any(isinstance(e, AskRefuse) for e in bench.events))
        await asyncio.sleep(0)  # let any second read end too
        asks = [e for e in bench.events if isinstance(e, AskRefuse)]
        assert len(reads) == 1 and len(asks) == 1 and asks[0].package_id == a
        assert bench.controller.dialog == ("refuse", a)
        await bench.close()

    run(scenario)
