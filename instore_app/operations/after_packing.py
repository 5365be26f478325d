"""The station's use cases after packing (no Qt): handing packages to the courier (Ship or
Advanced Ship), repacking, the invoice number, cargo companies, orders and transition logs.

Part of :class:`~.station.Station` (mixed in). Ship, Advanced Ship and Repack are commands:
they go through ``Station.execute`` and its re-send rule like every other. The invoice number
is not a command (a plain POST, not journalled); how its failures are handled is in
:meth:`AfterPackingOperations.set_invoice_number`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from ..api import (
    CargoCompany,
    OmsClient,
    OmsError,
    OmsHTTPError,
    OmsNotSent,
    Order,
    Package,
    TransitionLog,
    check_invoice_number,
)
from ..api.models import NEEDS_RESCHEDULING, OUT_OF_STOCK, PACKED
from ..packing import Action, CommandUnavailable, PlannedCommand, find_command, ship_action
from ..packing.barcodes import package_number_key
from ..packing.commands import ACTION_COMMANDS

if TYPE_CHECKING:
    from ..api.pagination import Listing

log = logging.getLogger(__name__)

T = TypeVar("T")

__all__ = [
    "AfterPackingOperations",
    "HandoverCandidate",
    "HandoverCandidates",
    "InvoiceNumberNotSaved",
]

#: How many package details (and orders) are read at a time for the handover list.
READ_CONCURRENCY = 4


class InvoiceNumberNotSaved(OmsError):
    """The invoice number is not known to be saved. ``sent`` is False when it never reached
    the OMS. Sending the same number again is always safe (the OMS keeps one number per
    package: a second identical POST changes nothing)."""

    code = "invoice_number_not_saved"

    def __init__(self, message: str, *, sent: bool, package: Package | None = None) -> None:
        super().__init__(message)
        self.sent = sent
        self.package = package


@dataclass(frozen=True)
class HandoverCandidate:
    """A packed package waiting for the courier.

    `action` is what its own ``commands`` offer (SHIP, or ADVANCED_SHIP for one packed without
    shipment). `cargo_company_id` is the carrier it must leave with: the shipment's for SHIP,
    the order's (``order.cargo_company``) for ADVANCED_SHIP; None when nothing names one (any
    carrier may take it, and Advanced Ship sends the chosen one). `tracking_number` is the
    number on its carrier label when the OMS knows it (the shipment's, or the one the order
    came with); None means Advanced Ship asks for the label's barcode with one more scan."""

    package: Package
    action: Action
    cargo_company_id: int | None
    tracking_number: str | None

    @property
    def package_id(self) -> int:
        return self.package.id

    @property
    def number(self) -> str:
        return self.package.number

    @property
    def item_count(self) -> int:
        return self.package.packageitem_count

    @property
    def needs_tracking_scan(self) -> bool:
        return self.action is Action.ADVANCED_SHIP and not self.tracking_number


@dataclass(frozen=True)
class HandoverCandidates:
    """This stock location's packages waiting for the courier, and the carriers.

    `problem` says in words when the list could not be read whole (some packages are then
    missing from it)."""

    candidates: tuple[HandoverCandidate, ...]
    companies: dict[int, CargoCompany] = field(default_factory=dict)
    problem: str | None = None

    def by_carrier(self) -> dict[int | None, list[HandoverCandidate]]:
        """The candidates grouped by carrier id (None: no carrier named yet), by number."""
        groups: dict[int | None, list[HandoverCandidate]] = {}
        for candidate in sorted(self.candidates, key=lambda c: c.number):
            groups.setdefault(candidate.cargo_company_id, []).append(candidate)
        return groups

    def counts(self) -> dict[int | None, int]:
        return {carrier: len(group) for carrier, group in self.by_carrier().items()}

    def for_carrier(self, cargo_company_id: int) -> list[HandoverCandidate]:
        """What a courier of this carrier may take: its own, and those naming no carrier."""
        return [c for c in self.candidates if c.cargo_company_id in (cargo_company_id, None)]

    def carrier_name(self, cargo_company_id: int | None) -> str:
        company = self.companies.get(cargo_company_id) if cargo_company_id is not None else None
        return company.name if company is not None else ("" if cargo_company_id is None else f"#{cargo_company_id}")

    def find(self, code: str) -> tuple[HandoverCandidate, bool] | None:
        """The candidate a scanned label names: (candidate, True) when the code is its
        tracking number, (candidate, False) when it is its package number; else None."""
        key = package_number_key(code)  # exact text, case-insensitive, no AIM identifier
        if not key:
            return None
        for candidate in self.candidates:
            if candidate.tracking_number and package_number_key(candidate.tracking_number) == key:
                return candidate, True
        for candidate in self.candidates:
            if package_number_key(candidate.number) == key:
                return candidate, False
        return None

    def without(self, package_id: int) -> HandoverCandidates:
        rest = tuple(c for c in self.candidates if c.package_id != package_id)
        return HandoverCandidates(rest, self.companies, self.problem)


async def _bounded(items: Iterable[T], read: Callable[[T], Awaitable[Any]]) -> list[Any]:
    """`read` for every item, READ_CONCURRENCY at a time; results or exceptions, in order."""
    semaphore = asyncio.Semaphore(READ_CONCURRENCY)

    async def one(item: T) -> Any:
        async with semaphore:
            return await read(item)

    return list(await asyncio.gather(*(one(item) for item in items), return_exceptions=True))


def _first_problem(results: list[Any], what: str) -> str | None:
    failures = [r for r in results if isinstance(r, BaseException)]
    if not failures:
        return None
    first = failures[0]
    words = first.message if isinstance(first, OmsError) else str(first)
    return f"{len(failures)} {what} could not be read: {words}"


class AfterPackingOperations:
    """Mixed into Station, which provides the client, the location and the command path."""

    client: OmsClient
    stock_location_id: int
    language: str
    _cargo_companies: list[CargoCompany] | None = None

    if TYPE_CHECKING:  # provided by Station (and its StationCore)

        async def load_package(self, package_id: int) -> Package: ...

        async def execute(
            self, package: Package, planned: PlannedCommand, *, packer_confirmed: bool = False
        ) -> Package: ...

        def _plan(self, package: Package, action: Action, **kwargs: Any) -> PlannedCommand: ...

    # -- commands --------------------------------------------------------------------------

    async def ship(
        self,
        package: Package,
        *,
        tracking_number: str | None = None,
        cargo_company_id: int | None = None,
        packer_confirmed: bool = False,
    ) -> Package:
        """Hand `package` to the courier with the command its own ``commands`` offer: Ship
        (``package_items``: every item to ship) or Advanced Ship (`tracking_number` and
        `cargo_company_id` are then required). Under the re-send rule; the package after."""
        action = ship_action(package)
        if action is None:
            from .station import NotPossible

            unavailable = CommandUnavailable(
                Action.SHIP, package.state.display_name("en"), package.state.enum_value, ACTION_COMMANDS[Action.SHIP]
            )
            raise NotPossible(str(unavailable), unavailable=unavailable)
        kwargs: dict[str, Any] = {}
        if action is Action.ADVANCED_SHIP:
            kwargs = {"tracking_number": tracking_number, "cargo_company_id": cargo_company_id}
        planned = self._plan(package, action, **kwargs)
        return await self.execute(package, planned, packer_confirmed=packer_confirmed)

    async def repack(self, package: Package, *, packer_confirmed: bool = False) -> Package:
        """REPACK_PACKAGE (body ``{}``): an Out of Stock or Needs Rescheduling package goes back
        to Waiting. Under the re-send rule; the package after."""
        planned = self._plan(package, Action.REPACK)
        return await self.execute(package, planned, packer_confirmed=packer_confirmed)

    # -- the invoice number: not a command ------------------------------------------------

    async def set_invoice_number(self, package: Package, number: str) -> Package:
        """POST set_invoice_number ``{"invoice_number": number}``; the package as read after.

        Not a command, so not journalled and not under the command re-send rule. It is
        idempotent by value: the OMS keeps one number per package, so sending the same number
        twice changes nothing. The rule:

        * the package already has this number: nothing is sent;
        * 2xx: saved (the package is read again; if that read fails, the package is returned
          with the number set);
        * no connection could be made: :class:`InvoiceNumberNotSaved` (``sent=False``);
        * another 4xx (the OMS refused the number): raised as it is, in the OMS's words;
        * an unknown outcome (timeout, dropped connection, 5xx): the package is read again;
          if it shows the number, saved; if not, the number is sent once more (safe: same
          value), and checked again. Still not shown: :class:`InvoiceNumberNotSaved`
          (``sent=True``): scanning it again is safe.

        ValueError (as NotPossible) for an empty or unreadable number; nothing is sent.
        """
        from .station import NotPossible

        try:
            cleaned = check_invoice_number(number)
        except ValueError as exc:
            raise NotPossible(f"This is not an invoice number ({exc}).") from exc
        if package.invoice_number == cleaned:
            return package
        fresh: Package | None = None
        for attempt in (1, 2):
            try:
                await self.client.set_invoice_number(package.id, cleaned)
            except OmsNotSent as exc:
                raise InvoiceNumberNotSaved(
                    f"{exc.message} The invoice number was not sent; scan it again when the OMS is back.", sent=False
                ) from exc
            except OmsHTTPError as exc:
                if 400 <= exc.status_code < 500:
                    raise
                log.warning("set_invoice_number on package %s: outcome unknown (%s)", package.id, exc.message)
            except OmsError as exc:
                log.warning("set_invoice_number on package %s: outcome unknown (%s)", package.id, exc.message)
            else:
                try:
                    return await self.load_package(package.id)
                except OmsError:
                    return package.model_copy(update={"invoice_number": cleaned})
            try:
                fresh = await self.load_package(package.id)
            except OmsError as exc:
                raise InvoiceNumberNotSaved(
                    f"{exc.message} It is not known whether the invoice number was saved; scanning it again is safe.",
                    sent=True,
                ) from exc
            if fresh.invoice_number == cleaned:
                log.info("set_invoice_number on package %s: saved despite the error (try %d)", package.id, attempt)
                return fresh
        raise InvoiceNumberNotSaved(
            "The OMS did not confirm the invoice number; scanning it again is safe.", sent=True, package=fresh
        )

    # -- reference data, history and orders ---------------------------------------------------

    async def cargo_companies(self) -> list[CargoCompany]:
        """The active cargo companies by name (read once per run; their ids are what Advanced
        Ship sends as ``cargo_company``)."""
        if self._cargo_companies is None:
            companies = await self.client.cargo_companies()
            self._cargo_companies = sorted(
                (c for c in companies if c.is_active), key=lambda c: (c.name.casefold(), c.id)
            )
        return self._cargo_companies

    async def order(self, order_id: int) -> Order:
        """The order, fresh from the OMS (payment type, amount to collect, notes, delivery)."""
        return await self.client.get_order(order_id)

    async def transition_logs(self, package_id: int) -> Listing[TransitionLog]:
        """Who moved the package, from which state to which, and when (as the OMS lists them)."""
        return await self.client.transition_logs(package_id)

    # -- lists ----------------------------------------------------------------------------------

    async def _details(self, states: tuple[str, ...]) -> tuple[list[Package], str | None]:
        listing = await self.client.list_packages(stock_location=self.stock_location_id, states=states)
        results = await _bounded([row.id for row in listing], self.load_package)
        packages = [r for r in results if isinstance(r, Package)]
        return packages, listing.problem or _first_problem(results, "packages")

    async def handover_candidates(self) -> HandoverCandidates:
        """This stock location's packages waiting for the courier: state Packed and offering
        Ship, or packed without shipment and offering Advanced Ship. The carrier of an Advanced
        Ship package is its order's ``cargo_company`` (the order is read for it)."""
        packages, problem = await self._details((PACKED,))
        companies = {c.id: c for c in await self.cargo_companies()}
        candidates: list[HandoverCandidate] = []
        advanced: list[Package] = []
        for package in packages:
            action = ship_action(package)
            if action is Action.SHIP:
                shipment = package.shipment
                carrier = shipment.cargo_company.id if shipment and shipment.cargo_company else None
                tracking = (shipment.awb_number if shipment else None) or package.tracking_number
                candidates.append(HandoverCandidate(package, action, carrier, tracking))
            elif action is Action.ADVANCED_SHIP:
                advanced.append(package)
        orders = await _bounded(advanced, self._order_of)
        order_problem = _first_problem(orders, "orders")
        for package, order in zip(advanced, orders):
            found = order if isinstance(order, Order) else None
            carrier = found.cargo_company if found is not None else None
            tracking = package.tracking_number or (found.tracking_number if found is not None else None)
            candidates.append(HandoverCandidate(package, Action.ADVANCED_SHIP, carrier, tracking))
        return HandoverCandidates(tuple(candidates), companies, problem or order_problem)

    async def _order_of(self, package: Package) -> Order | None:
        return None if package.order_id is None else await self.client.get_order(package.order_id)

    async def repack_candidates(self) -> tuple[list[Package], str | None]:
        """This location's packages that are Out of Stock or Needs Rescheduling and offer
        REPACK_PACKAGE (the "needs attention" list), by number; and a problem in words when
        the list could not be read whole."""
        packages, problem = await self._details((OUT_OF_STOCK, NEEDS_RESCHEDULING))
        offered = [p for p in packages if find_command(p, ACTION_COMMANDS[Action.REPACK]) is not None]
        return sorted(offered, key=lambda p: p.number), problem
