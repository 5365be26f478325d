"""A counter with a courier: a simulator on loopback, a station with a real journal, the
handover outbox and session (no Qt)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx

from instore_app.api import OmsClient, RetryPolicy
from instore_app.handover import HandoverOutbox, HandoverSession
from instore_app.journal import Journal
from instore_app.operations import SettlePolicy, Station
from instore_app.operations.after_packing import HandoverCandidate
from instore_app.simulator import DEFAULT_STOCK_LOCATION_ID, DEFAULT_TOKEN, SimulatorServer, Store

FAST_SETTLE = SettlePolicy(seconds=0.8, first_delay=0.05, max_delay=0.2)
SHIP_COMMANDS = ("SHIP_PACKAGE", "ADVANCED_SHIP_PACKAGE")


class HandoverCounter:
    """Everything a courier handover needs, over `server` (started by the caller)."""

    def __init__(
        self,
        server: SimulatorServer,
        journal_path: Path | str,
        *,
        settle: SettlePolicy = FAST_SETTLE,
        read_timeout: float = 2.0,
        retry: RetryPolicy = RetryPolicy(max_retries=2, base_delay=0.01, max_delay=0.05, max_retry_after=1.0),
    ) -> None:
        self.server = server
        self.client = OmsClient(
            server.url, DEFAULT_TOKEN,
            timeout=httpx.Timeout(connect=2.0, read=read_timeout, write=2.0, pool=2.0),
            retry=retry,
        )
        self.journal = Journal(journal_path)
        self.station = Station(self.client, DEFAULT_STOCK_LOCATION_ID, journal=self.journal, settle=settle)
        self.outbox = HandoverOutbox(self.station, self.journal, retry_seconds=0.05)
        self.session = HandoverSession(
            self.station, self.outbox, store_name="Kadıköy Mağaza", station_name="Tezgah 1", packer="demo"
        )

    @property
    def store(self) -> Store:
        return self.server.store

    def ship_commands(self, package_id: int, *, applied_only: bool = False) -> int:
        return sum(self.store.command_count(package_id, name, applied_only=applied_only) for name in SHIP_COMMANDS)

    async def close(self) -> None:
        await self.outbox.close()
        await self.client.aclose()
        self.journal.close()


def by_carrier(candidates: list[HandoverCandidate], carrier: int | None) -> list[HandoverCandidate]:
    return [c for c in candidates if c.cargo_company_id == carrier]


def item_code(candidate: HandoverCandidate) -> str:
    product = candidate.package.packageitem_set[0].order_item.product
    return product.barcode or product.sku


def pack_directly(store: Store, package_id: int, command: str) -> None:
    """Pack an open package as another station would (no faults, no HTTP)."""
    commands: list[dict[str, Any]] = store.package_json(package_id, "http://x")["commands"]
    transition = next(c["id"] for c in commands if c["command"] == command)
    result = store.apply_command(package_id, transition=transition, input_parameters={}, user="mehmet")
    assert result.status_code == 204, result
