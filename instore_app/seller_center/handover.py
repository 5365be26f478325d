"""Handing Seller Center packages to the courier (no Qt here): part of the Seller Center station.

The counter's :class:`~instore_app.handover.HandoverSession` and
:class:`~instore_app.handover.HandoverOutbox` work on a station that offers
``handover_candidates()``, ``cargo_companies()`` and ``ship()``; this mixin gives the Seller
Center station those three, so the same handover runs for sellers:

* the packages waiting for the courier are the Ready to Ship ones (PKG101 ``status=3``),
  each with its items (for the manifest's count), grouped by their ``shipping_company``;
* one with a tracking number is handed over by scanning its label (the package number or
  that tracking number); one without asks for the carrier label's barcode (the mapped
  package offers Advanced Ship, as an OMS package packed without shipment does);
* ``ship()`` is PUT ``{"status": 4, "tracking_number", "shipping_company", "shipment_date"}``
  (the docs' field names; the date is when it is sent, in UTC, to the second), under the
  re-send rule with the rule "applied at status 4 or later, not applied while still 3".

The seller is the store: :attr:`stock_location_id` is a stable id made from the Seller
Center's address, for the journal's handover records.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from ..api import CargoCompany, OmsError, Package
from ..api.seller_center import SellerCenterPackage, UpdatePackage
from ..api.seller_center.models import PackageStatus
from ..operations.after_packing import READ_CONCURRENCY, HandoverCandidate, HandoverCandidates
from ..packing import Action, ship_action
from . import effects
from .effects import ScCommand
from .mapping import READY_TO_SHIP_STATUS, _hashed, carrier_of, item_numbers_by_id, status_of, to_package

if TYPE_CHECKING:
    from ..api.seller_center import SellerCenterClient

log = logging.getLogger(__name__)

__all__ = ["SellerCenterHandover"]


def _utc_now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


class SellerCenterHandover:
    """Mixed into SellerCenterStation, which provides the client, the seller and the commands."""

    client: SellerCenterClient
    language: str
    clock: Any = staticmethod(_utc_now)

    if TYPE_CHECKING:  # provided by SellerCenterStation (and its StationCore)
        from ..api.models import StockLocation

        seller: StockLocation | None
        _numbers: dict[int, str]
        _item_numbers: dict[int, str]

        async def load_package(self, package_id: int) -> Package: ...

        async def execute(self, package: Package, planned: ScCommand, *, packer_confirmed: bool = False) -> Package: ...

        def _unavailable(self, package: Package, action: Action) -> Exception: ...

    def __init__(self) -> None:
        self._carriers: dict[int, CargoCompany] = {}

    @property
    def stock_location_id(self) -> int:
        """The seller, as the journal's handover records name a store."""
        return _hashed("seller", self.client.base_url)

    # -- what waits for the courier -------------------------------------------------------------

    async def handover_candidates(self) -> HandoverCandidates:
        """The Ready to Ship packages, with their carrier and tracking number."""
        rows = await self.client.list_packages(status=PackageStatus.READY_TO_SHIP)
        semaphore = asyncio.Semaphore(READ_CONCURRENCY)

        async def detail(row: SellerCenterPackage) -> Package:
            async with semaphore:
                items = await self.client.package_items(row.number)
            package = to_package(row, items, seller=self.seller)
            self._numbers[package.id] = row.number
            self._item_numbers.update(item_numbers_by_id(items))
            return package

        results = await asyncio.gather(*(detail(row) for row in rows), return_exceptions=True)
        candidates: list[HandoverCandidate] = []
        companies: dict[int, CargoCompany] = {}
        failures = [r for r in results if isinstance(r, BaseException)]
        for row, result in zip(rows, results, strict=True):
            if not isinstance(result, Package):
                continue
            carrier = carrier_of(row)
            if carrier is not None:
                companies[carrier.id] = carrier
            action = ship_action(result) or Action.SHIP
            candidates.append(HandoverCandidate(result, action, carrier.id if carrier else None, row.tracking_number))
        self._carriers.update(companies)
        problem = None
        if failures:
            first = failures[0]
            words = first.message if isinstance(first, OmsError) else str(first)
            problem = f"{len(failures)} packages could not be read: {words}"
        return HandoverCandidates(tuple(candidates), companies, problem)

    async def cargo_companies(self) -> list[CargoCompany]:
        """The carriers of the packages seen waiting for the courier, by name."""
        return sorted(self._carriers.values(), key=lambda c: (c.name.casefold(), c.id))

    async def repack_candidates(self) -> tuple[list[Package], str | None]:
        """The Seller Center has no repack: nothing needs attention here."""
        return [], None

    # -- handing over ---------------------------------------------------------------------------

    def _plan_ship(self, package: Package, tracking_number: str | None, company: str | None) -> ScCommand:
        if status_of(package) != READY_TO_SHIP_STATUS:
            raise self._unavailable(package, Action.SHIP)
        from ..operations.station import NotPossible

        tracking = (tracking_number or package.tracking_number or "").strip()
        if not tracking:
            raise NotPossible("The package cannot be handed over without the carrier's tracking number.")
        if not company:
            raise NotPossible("The package cannot be handed over without its shipping company.")
        body = UpdatePackage(
            status=PackageStatus.SHIPPED, tracking_number=tracking, shipping_company=company, shipment_date=self.clock()
        )
        return ScCommand(effects.SHIPPED, Action.SHIP, package.number, status_of(package), body=body.to_json(), request=body)

    def _company_name(self, package: Package, cargo_company_id: int | None) -> str | None:
        if cargo_company_id is not None and cargo_company_id in self._carriers:
            return self._carriers[cargo_company_id].name
        shipment = package.shipment
        return shipment.cargo_company.name if shipment and shipment.cargo_company else None

    def _replan_ship(self, fresh: Package, planned: ScCommand) -> ScCommand:
        body = planned.body or {}
        return self._plan_ship(fresh, body.get("tracking_number"), body.get("shipping_company"))

    async def ship(
        self,
        package: Package,
        *,
        tracking_number: str | None = None,
        cargo_company_id: int | None = None,
        packer_confirmed: bool = False,
    ) -> Package:
        """Shipped: PUT status 4 with the tracking number (the scanned one, else the package's),
        the shipping company (the chosen carrier's name, else the package's) and now as the
        shipment date. Under the re-send rule; the package after."""
        planned = self._plan_ship(package, tracking_number, self._company_name(package, cargo_company_id))
        return await self.execute(package, planned, packer_confirmed=packer_confirmed)
