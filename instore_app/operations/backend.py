"""The one protocol the bench controller and the list talk to, whatever API the station packs
through (no Qt here).

:class:`Backend` is what a station offers: the list and the details (from
:class:`~instore_app.operations.core.StationCore`), what a package's state allows, the claim,
pack, out of stock, refuse, the label, the denial reasons, and the journal of scans. The Akinon
OMS implementation is :class:`~instore_app.operations.station.Station`; the Seller Center one is
:class:`~instore_app.seller_center.station.SellerCenterStation`. Both send their commands through
a :class:`~instore_app.operations.resend.CommandSender` (``sender``), the one rule for whether a
failed command may be sent again, and both read over the same origin-checked, size-bounded HTTP
layer.

The package model the bench works on is the app's :class:`~instore_app.api.models.Package`
(the documented OMS shape, which is what :class:`~instore_app.packing.PackingSession` scans
against); a backend whose API has another shape maps its packages into it and back.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal, Protocol, runtime_checkable

from ..api import DenialReason, LabelDocument, Package, PackageShort
from ..journal import FinishedPackage
from ..packing import Action, KnownPackages

__all__ = ["Backend", "InvoiceNumbers", "OutOfStockChoice", "Repacks"]


@dataclass(frozen=True)
class OutOfStockChoice:
    """What may happen to the items the packer reports missing, when a backend lets the packer
    choose (the Seller Center does; the OMS re-plans them itself and offers none).

    ``kind`` "split": the missing items go to a new package and the rest is packed now;
    "reject": the missing items are rejected with ``reason`` (the text sent; ``title`` is how
    the bench names it) and the rest is packed now. ``id`` is what the bench answers with."""

    id: int
    kind: Literal["split", "reject"]
    reason: str | None = None
    title: str = ""


class Backend(Protocol):
    #: What the window title and the About box call this backend ("Akinon OMS", "Seller Center").
    backend_name: str
    language: str
    pack_command: str
    open_states: tuple[str, ...]
    packages: list[PackageShort]
    details: dict[int, Package]
    directory: KnownPackages
    last_refresh: datetime | None
    sender: Any  # a CommandSender (in_flight, settle, on_checking)
    on_journal_problem: Callable[[str | None], None] | None
    journal_problem: str | None

    # the list and the details
    async def refresh(self) -> list[PackageShort]: ...
    def begin_refresh(self) -> asyncio.Future[list[PackageShort]]: ...
    def cancel_begun_refresh(self) -> None: ...
    def prefetch_candidates(self, limit: int = ...) -> list[int]: ...
    async def prefetch_details(self) -> int: ...
    async def load_package(self, package_id: int) -> Package: ...
    def package_id_for_number(self, code: str) -> int | None: ...

    # who holds a package (another user preparing it), as far as the backend can tell
    user: str | None
    holders: dict[int, str]
    async def load_holders(self) -> dict[int, str]: ...
    def held_by_another(self, package_id: int) -> str | None: ...

    # what the package's state allows
    def offered(self, package: Package) -> frozenset[Action]: ...
    def needs_claim(self, package: Package) -> bool: ...
    def is_open(self, package: Package) -> bool: ...
    def state_name(self, package: Package) -> str: ...

    # commands (each under the re-send rule)
    async def claim(self, package: Package) -> Package: ...
    async def pack(self, package: Package, *, packer_confirmed: bool = False) -> Package: ...
    async def report_out_of_stock(
        self, package: Package, item_ids: Iterable[int], *, packer_confirmed: bool = False
    ) -> Package: ...
    async def refuse(self, package: Package, reason_id: int, *, packer_confirmed: bool = False) -> Package: ...
    def out_of_stock_choices(self) -> tuple[OutOfStockChoice, ...]: ...
    async def pack_rest(
        self, package: Package, missing_item_ids: Iterable[int], choice_id: int, *, packer_confirmed: bool = False
    ) -> Package: ...
    async def denial_reasons(self) -> list[DenialReason]: ...
    async def fetch_label(self, package: Package) -> LabelDocument | None: ...
    async def reconcile_unfinished(self, *, settle_seconds: float | None = None) -> list[Any]: ...

    # the journal of scans
    def restored_confirmations(self, package_id: int) -> list[int]: ...
    def opened(self, package_id: int) -> None: ...
    def taken_over(self, package_id: int, from_user: str) -> None: ...
    def confirmed(self, package: Package, item_id: int, code: str) -> None: ...
    def undone(self, package_id: int, item_id: int) -> None: ...
    def reset(self, package_id: int) -> None: ...
    def scan_refused(self, package_id: int | None, kind: str) -> None: ...
    def close(self, package_id: int, number: str | None, reason: str) -> None: ...
    def report_journal_failure(self, message: str) -> None: ...
    def recover_journal(self) -> bool: ...
    def finished_today(self) -> list[FinishedPackage]: ...


# -- what only some backends offer (the bench asks with isinstance, and offers the step only then)


@runtime_checkable
class InvoiceNumbers(Protocol):
    """A backend that keeps the package's invoice number (the Akinon OMS: set_invoice_number)."""

    async def set_invoice_number(self, package: Package, number: str) -> Package: ...


@runtime_checkable
class Repacks(Protocol):
    """A backend that can send a package back to Waiting (the Akinon OMS: REPACK_PACKAGE)."""

    async def repack(self, package: Package, *, packer_confirmed: bool = False) -> Package: ...
