"""Courier handover at the counter (instore_app.handover), Qt-free, against the simulator on
loopback: carrier codes, every refusal, the tracking number asked for, the offline rule (the
OMS stopped and started again in the middle), the manifest, a restart with commands still
owed, and the outbox's reconciling."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from instore_app.bench.work import Level
from instore_app.handover import (
    HandoverCommand,
    OmsStatus,
    carrier_code,
    carrier_for,
    handover_command_for,
    is_carrier_code,
    looks_like_tracking_number,
    recent_manifests,
)
from instore_app.journal import ParcelStatus
from instore_app.operations import SettlePolicy
from instore_app.packing.command_codes import BenchCommand
from instore_app.simulator import SimulatorServer, Store

from .handover_helpers import HandoverCounter, by_carrier, item_code

ARAS, MNG = 731, 735


def run(scenario: Callable[[], Awaitable[None]]) -> None:
    asyncio.run(scenario())


# -- codes ---------------------------------------------------------------------------------


def test_carrier_codes_round_trip_and_avoid_the_letter_i():
    assert carrier_code(728) == "ZZCARGO728" and "I" not in "ZZCARGO"
    for scanned in ("ZZCARGO728", "zzcargo728", "]C0ZZCARGO728\r", " ZZCARGO728 "):
        assert carrier_for(scanned) == 728 and is_carrier_code(scanned)
    for scanned in ("ZZCARGO", "ZZCARGO0728", "ZZCARGOabc", "ZZCARGO" + "9" * 19, "728", None, ""):
        assert carrier_for(scanned) is None
    assert is_carrier_code("ZZCARGOxyz") and not is_carrier_code("ZZCMDPACK")
    with pytest.raises(ValueError):
        carrier_code(0)


def test_handover_command_codes():
    assert HandoverCommand.OPEN.code == "ZZCMDHANDOVER" and HandoverCommand.FINISH.code == "ZZCMDDONE"
    assert all("I" not in command.code for command in HandoverCommand)
    assert handover_command_for("zzcmddone") is HandoverCommand.FINISH
    assert handover_command_for("ZZCMDPACK") is None
    assert (HandoverCommand.OPEN.key, HandoverCommand.FINISH.label) == ("F11", "Finish handover")


@pytest.mark.parametrize("text, ok", [("123456789012", True), ("YK-1234-56", True), ("12345", False),
                                      ("-12345678", False), ("1234 5678", False), ("ZZ!12345", False)])
def test_what_a_tracking_number_looks_like(text, ok):
    assert looks_like_tracking_number(text) is ok


# -- the counter -----------------------------------------------------------------------------


def counter_scenario(tmp_path: Any, body: Callable[[HandoverCounter], Awaitable[None]], store: Store | None = None) -> None:
    async def scenario() -> None:
        with SimulatorServer(store or Store(seed=5)) as server:
            counter = HandoverCounter(server, tmp_path / "journal.sqlite3")
            try:
                await counter.session.load()
                await body(counter)
            finally:
                await counter.close()

    run(scenario)


def test_the_carrier_is_chosen_by_key_or_by_its_code(tmp_path):
    async def body(counter: HandoverCounter) -> None:
        session = counter.session
        first = session.candidates.candidates[0]
        refused = await session.scan(first.number)
        assert (refused.note.code, refused.note.level) == ("handover_choose_carrier", Level.ERROR)
        chosen = session.choose_carrier(ARAS)
        assert chosen.note.code == "handover_carrier_chosen" and chosen.note.params == ("Aras Kargo", "5")
        by_code = await session.scan("zzcargo735")
        assert by_code.carrier.name == "MNG Kargo" and session.carrier.id == MNG
        for code in ("ZZCARGO1", "ZZCARGOX"):
            assert (await session.scan(code)).note.code == "handover_unknown_carrier"
        assert session.carrier.id == MNG
        assert {c.name for c in session.carriers} >= {"Aras Kargo", "MNG Kargo", "Yurtiçi Kargo"}

    counter_scenario(tmp_path, body)


def test_refusals_name_the_parcel_loudly(tmp_path):
    async def body(counter: HandoverCounter) -> None:
        session, station = counter.session, counter.station
        await station.refresh()  # the open packages: a scan of one is "not packed"
        candidates = list(session.candidates.candidates)
        session.choose_carrier(ARAS)
        mng = by_carrier(candidates, MNG)[0]
        wrong = await session.scan(mng.tracking_number)
        assert wrong.note.code == "handover_wrong_carrier" and wrong.note.level is Level.ERROR
        assert wrong.note.params == (mng.number, "MNG Kargo", "Aras Kargo")
        preparing = station.packages[0]
        not_packed = await session.scan(preparing.number)
        assert not_packed.note.code == "handover_not_packed" and not_packed.note.params[0] == preparing.number
        assert (await session.scan("nothing-like-it")).note.code == "handover_unknown_parcel"
        assert (await session.scan("ZZCMDPACK")).note.code == "handover_unknown_command"
        aras = by_carrier(candidates, ARAS)[0]
        assert (await session.scan(aras.number)).note.code == "handover_handed_over"
        again = await session.scan(aras.tracking_number)
        assert again.note.code == "handover_already_handed_over" and again.note.params[0] == aras.number
        switch = await session.scan(carrier_code(MNG))
        assert switch.note.code == "handover_finish_first" and session.carrier.id == ARAS
        assert (await session.scan(HandoverCommand.FINISH.code)).manifest.total == 1
        await counter.outbox.wait_empty()
        # The next courier, another handover: the parcel left with the first one.
        session.choose_carrier(ARAS)
        await session.load()
        before = await session.scan(aras.number)
        assert before.note.code == "handover_handed_over_before" and before.note.params[:2] == (aras.number, "Aras Kargo")
        assert mng.package_id not in {p.package_id for p in counter.journal.pending_parcels()}
        assert counter.ship_commands(mng.package_id) == 0

    counter_scenario(tmp_path, body)


def test_a_parcel_still_owed_to_the_oms_is_not_handed_over_twice(tmp_path):
    async def body(counter: HandoverCounter) -> None:
        session = counter.session
        aras = by_carrier(list(session.candidates.candidates), ARAS)[0]
        session.choose_carrier(ARAS)
        counter.server.stop()  # its command stays owed
        assert (await session.scan(aras.number)).note.code.startswith("handover_handed_over")
        session.finish()
        session.choose_carrier(ARAS)
        session.candidates = session.candidates.__class__(
            (aras, *session.candidates.candidates), session.candidates.companies, None
        )  # still listed as Packed by the OMS, as after a restart
        refused = await session.scan(aras.number)
        assert refused.note.code == "handover_handed_over_before" and refused.note.params[:2] == (aras.number, "Aras Kargo")

    counter_scenario(tmp_path, body)


def test_advanced_ship_asks_for_the_carrier_label(tmp_path):
    async def body(counter: HandoverCounter) -> None:
        session = counter.session
        unnamed = by_carrier(list(session.candidates.candidates), None)
        target, other = unnamed[0], unnamed[1]
        session.choose_carrier(ARAS)
        asked = await session.scan(target.number)
        assert asked.asks_tracking and asked.note.code == "handover_scan_tracking" and session.awaiting == target
        for wrong, code in ((target.number, "handover_tracking_is_a_parcel"), (other.number, "handover_tracking_is_a_parcel"),
                            (item_code(target), "handover_not_a_tracking_number"), ("ab", "handover_not_a_tracking_number")):
            refused = await session.scan(wrong)
            assert refused.note.code == code and refused.note.level is Level.ERROR and refused.asks_tracking
        assert (await session.scan(BenchCommand.CLOSE.code)).note.code == "handover_tracking_cancelled"
        assert session.awaiting is None
        await session.scan(target.number)
        done = await session.scan("987612345678")
        assert done.note.code == "handover_handed_over" and done.parcel.tracking_number == "987612345678"
        await counter.outbox.wait_empty()
        shipped = counter.store.package_json(target.package_id, "x")
        assert shipped["tracking_number"] == "987612345678" and shipped["shipment"]["cargo_company"]["id"] == ARAS
        (sent,) = [c for c in counter.store.received_commands if c.package_id == target.package_id]
        assert sent.input_parameters == {"tracking_number": "987612345678", "cargo_company": ARAS}

    counter_scenario(tmp_path, body)


def test_a_parcel_that_cannot_be_journalled_is_not_handed_over(tmp_path):
    async def body(counter: HandoverCounter) -> None:
        session = counter.session
        aras = by_carrier(list(session.candidates.candidates), ARAS)[0]
        session.choose_carrier(ARAS)
        counter.journal._fail("The disk is full.")
        refused = await session.scan(aras.number)
        assert refused.note.code == "handover_journal_failed" and refused.note.level is Level.ERROR
        assert session.parcels == [] and counter.ship_commands(aras.package_id) == 0
        assert counter.station.journal_problem == "The disk is full."

    counter_scenario(tmp_path, body)


def test_nothing_to_finish_and_nothing_asked(tmp_path):
    async def body(counter: HandoverCounter) -> None:
        assert (await counter.session.scan("ZZCMDDONE")).note.code == "handover_nothing_to_finish"
        assert counter.session.cancel_question().code == "handover_nothing_asked"
        with pytest.raises(ValueError):
            counter.session.finish()

    counter_scenario(tmp_path, body)


# -- the done-when scenario: 5 parcels, one of another carrier, the OMS gone in the middle --------


def test_five_parcels_one_wrong_the_oms_dropped_in_the_middle(tmp_path):
    async def scenario() -> None:
        store = Store(seed=5)
        server = SimulatorServer(store).start()
        port = server.port
        counter = HandoverCounter(server, tmp_path / "journal.sqlite3")
        session = counter.session
        await session.load()
        candidates = list(session.candidates.candidates)
        own = [c for c in by_carrier(candidates, ARAS) if c.action.value == "ship"]
        named = [c for c in by_carrier(candidates, ARAS) if c.action.value == "advanced_ship"]
        unnamed = by_carrier(candidates, None)
        wrong = by_carrier(candidates, MNG)[0]
        assert (await session.scan(carrier_code(ARAS))).carrier.name == "Aras Kargo"

        notes = [(await session.scan(own[0].tracking_number)).note]  # the carrier's barcode
        notes.append((await session.scan(wrong.number)).note)
        await counter.outbox.wait_empty()
        server.stop()  # the OMS goes away
        notes.append((await session.scan(own[1].number)).note)  # the package number
        notes.append((await session.scan(named[0].tracking_number)).note)
        notes.append((await session.scan(unnamed[0].number)).note)
        notes.append((await session.scan("556677889900")).note)  # its carrier label
        assert [n.code for n in notes][:2] == ["handover_handed_over", "handover_wrong_carrier"]
        assert all(n.code.startswith("handover_handed_over") and n.level is Level.OK for n in notes[2:4] + notes[5:])
        assert notes[4].code == "handover_scan_tracking"
        waiting = session.waiting_note()
        assert waiting is not None and waiting.code == "handover_waiting" and waiting.params == ("3",)

        manifest = (await session.scan("ZZCMDDONE")).manifest  # finished while the OMS is away
        assert manifest.total == 4 and manifest.waiting == 3
        handed = [own[0], own[1], named[0], unnamed[0]]
        assert [p.package_number for p in manifest.parcels] == [c.number for c in handed]
        assert [p.tracking_number for p in manifest.parcels] == [c.tracking_number for c in handed[:3]] + ["556677889900"]
        assert [p.item_count for p in manifest.parcels] == [c.item_count for c in handed]
        left = {p.package_number for p in manifest.left}
        assert left == {c.number for c in by_carrier(candidates, ARAS) + unnamed if c not in handed}
        assert wrong.number not in left | {p.package_number for p in manifest.parcels}
        assert (manifest.carrier_name, manifest.store_name, manifest.station, manifest.packer) == (
            "Aras Kargo", "Kadıköy Mağaza", "Tezgah 1", "demo")

        server = SimulatorServer(store, port=port).start()  # back
        counter.server = server
        await counter.outbox.wait_empty()
        assert session.waiting_note() is None
        for candidate in handed:
            assert counter.ship_commands(candidate.package_id) == 1 == counter.ship_commands(candidate.package_id, applied_only=True)
            assert store.package_state(candidate.package_id) == "600"
        assert counter.ship_commands(wrong.package_id) == 0 and store.package_state(wrong.package_id) == "500"
        (reprint,) = recent_manifests(counter.journal)
        assert reprint.total == 4 and {p.oms_status for p in reprint.parcels} == {OmsStatus.SENT}
        assert reprint.left == manifest.left
        logs = store.transition_logs(own[1].package_id)
        assert logs[0]["user"]["username"] == "demo" and logs[0]["new_state"]["enum_value"] == "600"
        await counter.close()
        server.stop()

    run(scenario)


# -- a restart with commands still owed ------------------------------------------------------------


def test_commands_owed_at_a_restart_are_sent_by_the_next_start(tmp_path):
    async def scenario() -> None:
        store = Store(seed=5)
        with SimulatorServer(store) as server:
            first = HandoverCounter(server, tmp_path / "journal.sqlite3")
            await first.session.load()
            own = by_carrier(list(first.session.candidates.candidates), ARAS)
            first.session.choose_carrier(ARAS)
            await first.outbox.close()  # the app stops before anything is sent
            for candidate in own[:2]:
                await first.session.scan(candidate.number)
            assert first.session.waiting_count == 2
            await first.client.aclose()
            first.journal.close()
            assert all(first.ship_commands(c.package_id) == 0 for c in own[:2])

            second = HandoverCounter(server, tmp_path / "journal.sqlite3")
            assert second.session.adopt_open_handover() and len(second.session.parcels) == 2
            await second.session.load()
            assert own[0].package_id not in {c.package_id for c in second.session.candidates.candidates}
            assert second.outbox.waiting_count == 2
            second.outbox.kick()
            await second.outbox.wait_empty()
            assert all(second.ship_commands(c.package_id) == 1 for c in own[:2])
            manifest = second.session.finish()
            assert manifest.total == 2 and manifest.waiting == 0
            await second.close()

    run(scenario)


def test_an_unfinished_ship_command_from_before_a_restart_waits_its_settle_period(tmp_path):
    async def scenario() -> None:
        store = Store(seed=5)
        with SimulatorServer(store) as server:
            counter = HandoverCounter(server, tmp_path / "journal.sqlite3", settle=SettlePolicy(seconds=3600))
            await counter.session.load()
            own = by_carrier(list(counter.session.candidates.candidates), ARAS)[:2]
            counter.session.choose_carrier(ARAS)
            await counter.outbox.close()
            for candidate in own:
                await counter.session.scan(candidate.number)
            # As if the app had died with each ship command on its way: the first one landed.
            items = [i.id for i in own[0].package.packageitem_set]
            for candidate in own:
                counter.journal.command_started(candidate.package_id, "SHIP_PACKAGE", 501, {"package_items": items})
            store.apply_command(own[0].package_id, transition=501, input_parameters={"package_items": items})
            counter.outbox._closed = False
            assert await counter.outbox.send_pending() == 1
            statuses = {p.package_id: p.status for p in counter.journal.parcels_of_package(own[0].package_id)}
            assert statuses == {own[0].package_id: ParcelStatus.SHIPPED}
            assert counter.ship_commands(own[1].package_id) == 0  # it might still land: not sent
            counter.station.sender.settle = SettlePolicy(seconds=0)
            assert await counter.outbox.send_pending() == 0
            assert counter.ship_commands(own[1].package_id) == 1 and counter.ship_commands(own[0].package_id) == 1
            outcomes = [c.outcome.value for c in counter.journal.commands(own[1].package_id)]
            assert outcomes == ["not_applied", "applied"]
            await counter.close()

    run(scenario)


def test_a_parcel_cancelled_in_the_oms_is_settled_failed_and_stays_on_the_manifest(tmp_path):
    async def body(counter: HandoverCounter) -> None:
        session = counter.session
        aras = by_carrier(list(session.candidates.candidates), ARAS)[0]
        session.choose_carrier(ARAS)
        await counter.outbox.close()
        await session.scan(aras.number)
        counter.store.cancel_package(aras.package_id)
        counter.outbox._closed = False
        assert await counter.outbox.send_pending() == 0
        (parcel,) = counter.journal.parcels_of_package(aras.package_id)
        assert parcel.status is ParcelStatus.FAILED and "Packaging Canceled" in parcel.message
        manifest = session.finish()
        assert manifest.total == 1 and manifest.parcels[0].oms_status is OmsStatus.PROBLEM
        assert counter.ship_commands(aras.package_id) == 0

    counter_scenario(tmp_path, body)
