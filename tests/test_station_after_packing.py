"""The station after packing (no Qt): ship / Advanced Ship / repack through the re-send rule,
the invoice number's own rule, cargo companies, orders, transition logs, the handover and
repack lists, and a restart's reconciling of a ship command."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from instore_app.api import OmsBadRequest, Package
from instore_app.journal import Journal
from instore_app.operations import (
    CommandNotApplied,
    InvoiceNumberNotSaved,
    NotPossible,
    SettlePolicy,
    Station,
)
from instore_app.packing import Action
from instore_app.simulator import DEFAULT_STOCK_LOCATION_ID, Store

from .scripted_oms import ScriptedOms, answered, applied_then, applied_then_dropped, read_fails, refused

FAST_SETTLE = SettlePolicy(seconds=0.5, first_delay=0.05, max_delay=0.1)


def run(scenario: Callable[[], Awaitable[None]]) -> None:
    asyncio.run(scenario())


class Counter:
    """A station over a scripted simulator with a real journal."""

    def __init__(self, tmp_path: Any) -> None:
        self.store = Store(seed=5)
        self.oms = ScriptedOms(self.store)
        self.journal = Journal(tmp_path / "journal.sqlite3")
        self.station = Station(self.oms.client(), DEFAULT_STOCK_LOCATION_ID, journal=self.journal, settle=FAST_SETTLE)

    def packed(self, *, with_shipment: bool) -> list[int]:
        return [
            pid for pid in self.store.package_ids(DEFAULT_STOCK_LOCATION_ID, "500")
            if (self.store.package_json(pid, "x")["shipment"] is not None) == with_shipment
        ]

    def ships(self, package_id: int) -> list[Any]:
        return [c for c in self.store.received_commands if c.package_id == package_id]

    async def close(self) -> None:
        await self.station.client.aclose()
        self.journal.close()


def test_ship_sends_every_item_and_advanced_ship_the_tracking_number(tmp_path):
    async def scenario() -> None:
        counter = Counter(tmp_path)
        ship_id = counter.packed(with_shipment=True)[0]
        package = await counter.station.load_package(ship_id)
        after = await counter.station.ship(package)
        assert after.state.enum_value == "600"
        (sent,) = counter.ships(ship_id)
        assert (sent.command, sent.input_parameters) == ("SHIP_PACKAGE", {"package_items": [i.id for i in package.packageitem_set]})
        advanced_id = counter.packed(with_shipment=False)[-1]
        advanced = await counter.station.load_package(advanced_id)
        with pytest.raises(NotPossible, match="tracking number"):
            await counter.station.ship(advanced)  # Advanced Ship needs it: nothing sent
        assert counter.ships(advanced_id) == []
        after = await counter.station.ship(advanced, tracking_number="555666777888", cargo_company_id=735)
        assert after.state.enum_value == "600" and after.shipment.cargo_company.name == "MNG Kargo"
        (sent,) = counter.ships(advanced_id)
        assert sent.input_parameters == {"tracking_number": "555666777888", "cargo_company": 735}
        assert [c.outcome.value for c in counter.journal.commands(advanced_id)] == ["applied"]
        with pytest.raises(NotPossible, match="courier"):
            await counter.station.ship(after)  # shipped: no ship command offered
        await counter.close()

    run(scenario)


def test_a_ship_whose_answer_is_lost_is_reconciled_not_sent_twice(tmp_path):
    async def scenario() -> None:
        counter = Counter(tmp_path)
        ship_id = counter.packed(with_shipment=True)[1]
        package = await counter.station.load_package(ship_id)
        counter.oms.on_command(applied_then(502))
        after = await counter.station.ship(package)
        assert after.state.enum_value == "600" and len(counter.ships(ship_id)) == 1
        assert [c.outcome.value for c in counter.journal.commands(ship_id)] == ["applied"]
        await counter.close()

    run(scenario)


def test_a_ship_that_never_left_may_be_sent_again(tmp_path):
    async def scenario() -> None:
        counter = Counter(tmp_path)
        ship_id = counter.packed(with_shipment=True)[2]
        package = await counter.station.load_package(ship_id)
        counter.oms.on_command(refused())
        with pytest.raises(CommandNotApplied) as error:
            await counter.station.ship(package)
        assert error.value.sent is False and counter.ships(ship_id) == []
        assert (await counter.station.ship(package)).state.enum_value == "600"
        assert len(counter.ships(ship_id)) == 1
        await counter.close()

    run(scenario)


def test_repack_returns_the_package_to_waiting(tmp_path):
    async def scenario() -> None:
        counter = Counter(tmp_path)
        listed, problem = await counter.station.repack_candidates()
        assert problem is None
        states = {p.state.enum_value for p in listed}
        assert states == {"920", "950"} and len(listed) == 4
        after = await counter.station.repack(listed[0])
        assert after.state.enum_value == "100"
        (sent,) = counter.ships(listed[0].id)
        assert (sent.command, sent.input_parameters) == ("REPACK_PACKAGE", {})
        assert [p.id for p in (await counter.station.repack_candidates())[0]] == [p.id for p in listed[1:]]
        with pytest.raises(NotPossible, match="repacked"):
            await counter.station.repack(after)
        await counter.close()

    run(scenario)


# -- the invoice number ------------------------------------------------------------------------


def invoice_target(counter: Counter) -> int:
    return counter.store.package_ids(DEFAULT_STOCK_LOCATION_ID, "200")[0]


def test_the_invoice_number_is_saved_and_not_sent_again_when_the_package_has_it(tmp_path):
    async def scenario() -> None:
        counter = Counter(tmp_path)
        package = await counter.station.load_package(invoice_target(counter))
        after = await counter.station.set_invoice_number(package, " GIB2026000000001 ")
        assert after.invoice_number == "GIB2026000000001"
        assert await counter.station.set_invoice_number(after, "GIB2026000000001") is after
        assert counter.store.invoice_numbers_received(package.id) == ["GIB2026000000001"]
        assert counter.journal.commands(package.id) == []  # not a command: not journalled
        with pytest.raises(NotPossible, match="not an invoice number"):
            await counter.station.set_invoice_number(after, "   ")
        await counter.close()

    run(scenario)


def test_an_invoice_number_applied_whose_answer_was_lost_is_found_on_the_package(tmp_path):
    async def scenario() -> None:
        counter = Counter(tmp_path)
        package = await counter.station.load_package(invoice_target(counter))
        counter.oms.on_write(applied_then(502))
        after = await counter.station.set_invoice_number(package, "GIB2026000000002")
        assert after.invoice_number == "GIB2026000000002"
        assert counter.store.invoice_numbers_received(package.id) == ["GIB2026000000002"]  # once
        await counter.close()

    run(scenario)


def test_an_invoice_number_lost_before_the_oms_is_sent_once_more(tmp_path):
    async def scenario() -> None:
        counter = Counter(tmp_path)
        package = await counter.station.load_package(invoice_target(counter))
        counter.oms.on_write(answered(503, b"<html>503</html>", {"Content-Type": "text/html"}))
        after = await counter.station.set_invoice_number(package, "GIB2026000000003")
        assert after.invoice_number == "GIB2026000000003"
        assert counter.store.invoice_numbers_received(package.id) == ["GIB2026000000003"]
        await counter.close()

    run(scenario)


def test_an_invoice_number_that_cannot_be_confirmed_says_so(tmp_path):
    async def scenario() -> None:
        counter = Counter(tmp_path)
        package = await counter.station.load_package(invoice_target(counter))
        counter.oms.on_write(refused())
        with pytest.raises(InvoiceNumberNotSaved) as not_sent:
            await counter.station.set_invoice_number(package, "GIB2026000000004")
        assert not_sent.value.sent is False
        counter.oms.on_write(applied_then_dropped())
        counter.oms.on_read(read_fails())
        with pytest.raises(InvoiceNumberNotSaved, match="scanning it again is safe") as unknown:
            await counter.station.set_invoice_number(package, "GIB2026000000004")
        assert unknown.value.sent is True
        after = await counter.station.set_invoice_number(await counter.station.load_package(package.id), "GIB2026000000004")
        assert after.invoice_number == "GIB2026000000004"
        assert counter.store.invoice_numbers_received(package.id) == ["GIB2026000000004"]  # the lost one landed
        counter.oms.on_write(answered(400, b'{"invoice_number": ["Invalid."]}', {"Content-Type": "application/json"}))
        with pytest.raises(OmsBadRequest):
            await counter.station.set_invoice_number(after, "OTHER-1")
        await counter.close()

    run(scenario)


# -- reading --------------------------------------------------------------------------------


def test_cargo_companies_orders_and_transition_logs(tmp_path):
    async def scenario() -> None:
        counter = Counter(tmp_path)
        companies = await counter.station.cargo_companies()
        assert [c.name for c in companies] == sorted((c.name for c in companies), key=str.casefold)
        assert await counter.station.cargo_companies() is companies  # read once
        package = await counter.station.load_package(counter.packed(with_shipment=True)[0])
        order = await counter.station.order(package.order_id)
        assert order.number == package.order_number
        logs = await counter.station.transition_logs(package.id)
        assert [log.new_state.enum_value for log in logs] == ["500", "400", "200"]
        assert logs[0].username in {"ayse", "mehmet", "zeynep"}
        await counter.station.ship(package)
        newest = (await counter.station.transition_logs(package.id))[0]
        assert (newest.new_state.enum_value, newest.username) == ("600", "demo")
        await counter.close()

    run(scenario)


def test_handover_candidates_are_grouped_by_carrier(tmp_path):
    async def scenario() -> None:
        counter = Counter(tmp_path)
        candidates = await counter.station.handover_candidates()
        assert candidates.problem is None and len(candidates.candidates) == 14
        groups = candidates.by_carrier()
        assert sum(len(g) for g in groups.values()) == 14 and len(groups[None]) == 2
        assert all(c.action is Action.ADVANCED_SHIP and c.needs_tracking_scan for c in groups[None])
        ship = [c for c in candidates.candidates if c.action is Action.SHIP]
        assert len(ship) == 10 and all(c.tracking_number and c.cargo_company_id for c in ship)
        named = [c for c in candidates.candidates if c.action is Action.ADVANCED_SHIP and c.cargo_company_id]
        assert len(named) == 2 and all(c.tracking_number for c in named)
        some = ship[0]
        assert candidates.find(some.tracking_number) == (some, True)
        assert candidates.find(some.number.lower()) == (some, False)
        assert candidates.find("nothing") is None
        assert {c.package_id for c in candidates.for_carrier(some.cargo_company_id)} >= {c.package_id for c in groups[None]}
        assert candidates.carrier_name(some.cargo_company_id) == some.package.shipment.cargo_company.name
        await counter.close()

    run(scenario)


def test_a_ship_command_left_unfinished_by_a_restart_closes_nothing(tmp_path):
    async def scenario() -> None:
        counter = Counter(tmp_path)
        package_id = counter.packed(with_shipment=True)[0]
        counter.station.close(package_id, "2200000000000000P1", "packed")
        record = counter.journal.command_started(package_id, "SHIP_PACKAGE", 501, {"package_items": [1]})
        package: Package = await counter.station.load_package(package_id)
        items = [i.id for i in package.packageitem_set]
        counter.store.apply_command(package_id, transition=501, input_parameters={"package_items": items})
        (result,) = await counter.station.reconcile_unfinished(settle_seconds=0)
        assert (result.action, result.took_effect) == (Action.SHIP, True)
        assert [c.outcome.value for c in counter.journal.commands(package_id) if c.id == record] == ["applied"]
        assert [(p.package_id, p.reason) for p in counter.journal.finished_today()] == [(package_id, "packed")]
        await counter.close()

    run(scenario)
