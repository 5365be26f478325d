"""The re-send rule of Station.execute (instore_app/operations/resend.py), branch by branch,
against the simulator's real state machine with scripted answers (no Qt).

Each test names the branch, sends a command through the real Station and client, and checks
what reached the OMS (``store.received_commands``), what the journal recorded, and what the
packer is told (the exception)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from instore_app.api import OmsBadRequest, Package
from instore_app.journal import Journal
from instore_app.operations import (
    CommandAppliedNotReread,
    CommandInFlight,
    CommandNotApplied,
    CommandOutcomeUnknown,
    PackageChanged,
    SettlePolicy,
    Station,
)
from instore_app.simulator import DEFAULT_STOCK_LOCATION_ID, Store

from .scripted_oms import (
    ScriptedOms,
    answered,
    applied_then,
    applied_then_dropped,
    held,
    read_fails,
    refused,
    timed_out_then_applied,
)

FAST_SETTLE = SettlePolicy(seconds=1.0, first_delay=0.05, max_delay=0.2)


def run(scenario: Callable[[], Awaitable[None]]) -> None:
    """Plain asyncio, no Qt loop: the rule is Qt-free."""
    asyncio.run(scenario())


def preparing_package(store: Store) -> int:
    return store.package_ids(DEFAULT_STOCK_LOCATION_ID, "200")[0]


def packs(store: Store, package_id: int) -> list[Any]:
    return [c for c in store.received_commands if c.package_id == package_id and c.command == "COMPLETE_PACKAGING"]


def outcomes(journal: Journal, package_id: int) -> list[str | None]:
    return [record.outcome.value if record.outcome else None for record in journal.commands(package_id)]


class Bench:
    """A station over a scripted OMS with a real journal."""

    def __init__(self, tmp_path: Any, settle: SettlePolicy = FAST_SETTLE) -> None:
        self.store = Store(seed=3)
        self.oms = ScriptedOms(self.store)
        self.journal = Journal(tmp_path / "journal.sqlite3")
        self.station = Station(self.oms.client(), DEFAULT_STOCK_LOCATION_ID, journal=self.journal, settle=settle)
        self.package_id = preparing_package(self.store)

    async def package(self) -> Package:
        return await self.station.load_package(self.package_id)

    async def close(self) -> None:
        await self.station.client.aclose()
        self.journal.close()


def test_2xx_is_applied_and_journalled(tmp_path):
    async def scenario() -> None:
        bench = Bench(tmp_path)
        fresh = await bench.station.pack(await bench.package())
        assert fresh.state.enum_value == "500"
        assert len(packs(bench.store, bench.package_id)) == 1
        assert outcomes(bench.journal, bench.package_id) == ["applied"]
        await bench.close()

    run(scenario)


def test_a_dropped_response_after_the_apply_is_applied_not_sent_again(tmp_path):
    async def scenario() -> None:
        bench = Bench(tmp_path)
        bench.oms.on_command(applied_then_dropped())
        fresh = await bench.station.pack(await bench.package())
        assert fresh.state.enum_value == "500"
        assert len(packs(bench.store, bench.package_id)) == 1
        assert outcomes(bench.journal, bench.package_id) == ["applied"]
        await bench.close()

    run(scenario)


def test_a_500_after_the_apply_is_applied(tmp_path):
    async def scenario() -> None:
        bench = Bench(tmp_path)
        bench.oms.on_command(applied_then(500))
        fresh = await bench.station.pack(await bench.package())
        assert fresh.state.enum_value == "500"
        assert len(packs(bench.store, bench.package_id)) == 1
        assert outcomes(bench.journal, bench.package_id) == ["applied"]
        await bench.close()

    run(scenario)


def test_a_timeout_with_the_apply_after_it_is_waited_for_never_sent_twice(tmp_path):
    """The OMS applies the pack after the client gave up: the first re-reads still show
    Preparing, a later one Packed. Never "nothing was changed", never a second send."""

    async def scenario() -> None:
        bench = Bench(tmp_path, SettlePolicy(seconds=3.0, first_delay=0.05, max_delay=0.2))
        bench.oms.on_command(timed_out_then_applied(bench.oms, after=0.6))
        fresh = await bench.station.pack(await bench.package())
        assert fresh.state.enum_value == "500"
        assert len(packs(bench.store, bench.package_id)) == 1
        assert outcomes(bench.journal, bench.package_id) == ["applied"]
        await bench.close()

    run(scenario)


def test_a_refused_connection_is_not_applied_and_says_nothing_was_sent(tmp_path):
    async def scenario() -> None:
        bench = Bench(tmp_path)
        bench.oms.on_command(refused())
        with pytest.raises(CommandNotApplied) as caught:
            await bench.station.pack(await bench.package())
        assert caught.value.sent is False
        assert "Nothing was sent" in caught.value.message
        assert packs(bench.store, bench.package_id) == []
        assert outcomes(bench.journal, bench.package_id) == ["not_applied"]
        fresh = await bench.station.pack(await bench.package())  # may be sent again
        assert fresh.state.enum_value == "500"
        await bench.close()

    run(scenario)


def test_a_302_is_not_success(tmp_path):
    """A 3xx to the command means the outcome is unknown: re-read until the settle period is
    over; the package still offers the command, so it is "not applied" and may be sent again."""

    async def scenario() -> None:
        bench = Bench(tmp_path)
        bench.oms.on_command(answered(302, headers={"Location": "https://login.example/"}))
        with pytest.raises(CommandNotApplied) as caught:
            await bench.station.pack(await bench.package())
        assert caught.value.sent is True
        assert bench.store.package_state(bench.package_id) == "200"
        assert outcomes(bench.journal, bench.package_id) == ["not_applied"]
        await bench.close()

    run(scenario)


def test_a_302_after_the_apply_is_applied(tmp_path):
    async def scenario() -> None:
        bench = Bench(tmp_path)
        bench.oms.on_command(applied_then(302))
        fresh = await bench.station.pack(await bench.package())
        assert fresh.state.enum_value == "500"
        assert outcomes(bench.journal, bench.package_id) == ["applied"]
        await bench.close()

    run(scenario)


def test_the_reconciliation_read_failing_leaves_it_unknown_and_the_next_try_reads_first(tmp_path):
    async def scenario() -> None:
        bench = Bench(tmp_path)
        package = await bench.package()
        bench.oms.on_command(applied_then(502))
        bench.oms.on_read(*[read_fails() for _ in range(50)])
        with pytest.raises(CommandOutcomeUnknown) as caught:
            await bench.station.pack(package)
        assert caught.value.packer_decides is False
        assert outcomes(bench.journal, bench.package_id) == ["unknown"]
        bench.oms.read_steps.clear()
        fresh = await bench.station.pack(package)  # reads first: it was applied, nothing is sent
        assert fresh.state.enum_value == "500"
        assert len(packs(bench.store, bench.package_id)) == 1
        assert outcomes(bench.journal, bench.package_id) == ["applied"]
        await bench.close()

    run(scenario)


def test_when_the_reads_cannot_tell_the_packer_decides(tmp_path):
    """After a 500 the package turns up Cancelled: the pack may or may not have run. The app
    asks; it sends again only when the packer says so."""

    async def scenario() -> None:
        bench = Bench(tmp_path)
        package = await bench.package()

        async def cancel_then_500(request, real):  # type: ignore[no-untyped-def]
            bench.store.cancel_package(bench.package_id)
            return await answered(500)(request, real)

        bench.oms.on_command(cancel_then_500)
        with pytest.raises(CommandOutcomeUnknown) as caught:
            await bench.station.pack(package)
        assert caught.value.packer_decides is True
        with pytest.raises(CommandOutcomeUnknown):
            await bench.station.pack(package)  # still unknown: not sent
        assert packs(bench.store, bench.package_id) == []
        with pytest.raises(PackageChanged):  # the packer said send: it is sent (and refused, 406)
            await bench.station.pack(package, packer_confirmed=True)
        assert len(bench.store.received_commands) == 1
        await bench.close()

    run(scenario)


def test_a_406_is_not_applied_and_carries_the_fresh_package(tmp_path):
    async def scenario() -> None:
        bench = Bench(tmp_path)
        package = await bench.package()
        bench.store.cancel_package(bench.package_id)
        with pytest.raises(PackageChanged) as caught:
            await bench.station.pack(package)
        assert caught.value.package.state.enum_value == "900"
        assert outcomes(bench.journal, bench.package_id) == ["not_applied"]
        await bench.close()

    run(scenario)


def test_a_400_is_not_applied(tmp_path):
    async def scenario() -> None:
        bench = Bench(tmp_path)
        bench.oms.on_command(answered(400, b'{"non_field_errors": ["bad"]}', {"Content-Type": "application/json"}))
        with pytest.raises(OmsBadRequest):
            await bench.station.pack(await bench.package())
        assert outcomes(bench.journal, bench.package_id) == ["not_applied"]
        await bench.close()

    run(scenario)


def test_applied_but_the_package_cannot_be_read_again_still_counts_as_applied(tmp_path):
    async def scenario() -> None:
        bench = Bench(tmp_path)
        package = await bench.package()
        bench.oms.on_read(read_fails())
        with pytest.raises(CommandAppliedNotReread) as caught:
            await bench.station.pack(package)
        assert caught.value.package.id == bench.package_id
        assert outcomes(bench.journal, bench.package_id) == ["applied"]
        await bench.close()

    run(scenario)


def test_only_one_command_per_package_is_in_flight(tmp_path):
    async def scenario() -> None:
        bench = Bench(tmp_path)
        package = await bench.package()
        gate = asyncio.Event()
        bench.oms.on_command(held(gate))
        first = asyncio.ensure_future(bench.station.pack(package))
        while not bench.station.sender.in_flight(bench.package_id):
            await asyncio.sleep(0)
        with pytest.raises(CommandInFlight):
            await bench.station.pack(package)
        gate.set()
        assert (await first).state.enum_value == "500"
        assert len(bench.store.received_commands) == 1
        await bench.close()

    run(scenario)
