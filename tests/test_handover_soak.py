"""Fault soak for the courier handover: 50 handovers at the counter against a simulator that
fails 20% of the requests in every way it can (5xx, 429, hung requests, dropped connections,
broken JSON, and commands applied whose answer is lost), no Qt.

The packer acts as at the counter: chooses a carrier, scans its parcels (one Advanced Ship
parcel in three needs its carrier label scanned too), finishes; the list of parcels is read
again every few handovers (until it reads). At the end, faults off, every ship command owed is sent: each parcel
handed over received exactly one ship command and is Shipped (0 duplicate commands), every
parcel scanned is on a manifest and settled "shipped" in the journal (0 lost handovers)."""

from __future__ import annotations

import asyncio
import itertools

import pytest

from instore_app.api import OmsError, RetryPolicy
from instore_app.handover import OmsStatus, carrier_code, recent_manifests
from instore_app.journal import ParcelStatus
from instore_app.operations import SettlePolicy
from instore_app.simulator import DEFAULT_STOCK_LOCATION_ID, FaultPlan, SimulatorServer, Store
from instore_app.simulator.faults import KINDS

from .handover_helpers import HandoverCounter, pack_directly

HANDOVERS = 50
FAULT_RATE = 0.2
MAX_TRIES = 30


@pytest.mark.slow
def test_fifty_handovers_through_twenty_percent_faults(tmp_path, report_figure):
    async def scenario() -> None:
        store = Store(seed=21, extra_packages=80)
        opened = [pid for state in ("100", "200", "400") for pid in store.package_ids(DEFAULT_STOCK_LOCATION_ID, state)]
        for index, pid in enumerate(opened[:70]):
            pack_directly(store, pid, "COMPLETE_PACKAGING_WITHOUT_SHIPMENT" if index % 3 == 2 else "COMPLETE_PACKAGING")
        plan = FaultPlan.uniform(FAULT_RATE, KINDS, hang_seconds=0.6, retry_after=0, seed=5)
        with SimulatorServer(store) as server:
            counter = HandoverCounter(
                server, tmp_path / "journal.sqlite3",
                settle=SettlePolicy(seconds=0.8, first_delay=0.05, max_delay=0.2),
                read_timeout=0.3,
                retry=RetryPolicy(max_retries=6, base_delay=0.005, max_delay=0.05, max_retry_after=1.0),
            )
            session = counter.session
            server.faults.plan = plan
            handed: dict[int, str] = {}
            scanned = reloads = 0
            carriers = itertools.cycle([728, 731, 735, 740, 744])
            tracking = (f"{880000000000 + n}" for n in itertools.count())

            async def load() -> None:
                nonlocal reloads
                for _ in range(MAX_TRIES):
                    try:
                        await session.load()
                        return
                    except OmsError:
                        reloads += 1
                raise AssertionError("the handover list was never read")

            for number in range(HANDOVERS):
                if number % 5 == 0:  # a new list now and then; scans between use the one read
                    await load()
                for carrier in itertools.islice(carriers, 5):
                    ready = [c for c in sorted(session.candidates.for_carrier(carrier), key=lambda c: c.number) if c.package_id not in handed]
                    if ready:
                        break
                else:
                    break  # nothing left to hand over
                assert (await session.scan(carrier_code(carrier))).carrier is not None
                for candidate in ready[: 1 + number % 2]:
                    result = await session.scan(candidate.number)
                    if result.asks_tracking:
                        result = await session.scan(next(tracking))
                    assert result.parcel is not None, result.note
                    handed[candidate.package_id] = candidate.number
                    scanned += 1
                manifest = (await session.scan("ZZCMDDONE")).manifest
                assert manifest is not None and manifest.total == min(len(ready), 1 + number % 2)

            server.faults.plan = None
            stats = server.stats()
            counter.outbox.kick()
            await counter.outbox.wait_empty()

            assert scanned >= 60
            duplicates = {pid: counter.ship_commands(pid) for pid in handed if counter.ship_commands(pid) != 1}
            assert not duplicates, f"ship commands received other than once: {duplicates}"
            not_shipped = {pid: store.package_state(pid) for pid in handed if store.package_state(pid) != "600"}
            assert not not_shipped, f"handed over but not Shipped: {not_shipped}"
            parcels = [p for pid in handed for p in counter.journal.parcels_of_package(pid)]
            assert len(parcels) == len(handed) and {p.status for p in parcels} == {ParcelStatus.SHIPPED}
            manifests = recent_manifests(counter.journal)
            on_manifests = [p.package_id for m in manifests for p in m.parcels]
            assert sorted(on_manifests) == sorted(handed)  # 0 lost handovers, none twice
            assert {p.oms_status for m in manifests for p in m.parcels} == {OmsStatus.SENT}
            await counter.close()

        faults = stats["faults_by_kind"]
        report_figure(
            f"handover soak: {len(manifests)} handovers, {scanned} parcels; "
            f"{sum(stats['requests'].values())} requests, {stats['faults_total']} faults injected "
            f"({', '.join(f'{kind} {faults.get(kind, 0)}' for kind in KINDS)}); list re-read {reloads} times; "
            "duplicate commands 0; lost handovers 0"
        )

    asyncio.run(scenario())
