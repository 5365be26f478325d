"""The station against Akinon Seller Center (no Qt here): the same bench, for marketplace sellers.

:class:`SellerCenterStation` is the :class:`~instore_app.operations.backend.Backend` over
:class:`~instore_app.api.seller_center.SellerCenterClient`, on the backend-neutral
:class:`~instore_app.operations.core.StationCore` (the list, the details, the read-ahead and
the journal of scans). Packages are mapped into the app's model (:mod:`.mapping`); what the
bench asks becomes these requests, each through the station's
:class:`~instore_app.operations.resend.CommandSender` with the Seller Center's took-effect
rules (:mod:`.effects`), so the one re-send rule holds here too:

* the list: PKG101 with ``status=2`` (Preparing), every page; a package's detail: PKG101 by
  number and PKG102 (its items). Opening needs no claim.
* **pack**: PUT ``{"status": 3}`` (Ready to Ship; nothing else is known at packing time),
  then the package is read, and the bench reads the label.
* **out of stock**: the packer chooses (:meth:`out_of_stock_choices`): "ship the rest now"
  splits the missing items into a new package (POST ``split/``), "reject the missing items"
  rejects them with the chosen reason (POST ``reject/``); then the rest is packed (PUT 3)
  and its label read. When every item is missing, it is the same as refusing.
* **refuse**: POST ``reject/`` with every item and the chosen reason.
* **label**: PKG104, sniffed; a label address is fetched (the API key only to the Seller
  Center's own origin). PDF, image and HTML are shown and printed; ZPL is carried as
  :data:`~instore_app.api.documents.ZPL_MEDIA_TYPE` (see :mod:`instore_app.labels.zpl`).
* **hand over** (:mod:`.handover`): PUT ``status: 4`` with the tracking number, the shipping
  company and the shipment date.

A 400 for a package whose status changed since it was read is "the package changed": the
bench says who moved it on, as with the OMS's 406.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from ..api import DenialReason, LabelDocument, OmsCommandNotAllowed, OmsError, Package, PackageShort
from ..api.documents import ZPL_MEDIA_TYPE
from ..api.models import PREPARING, StockLocation
from ..api.seller_center import (
    HtmlLabel,
    ImageLabel,
    PdfLabel,
    RejectPackage,
    SellerCenterBadRequest,
    SellerCenterClient,
    SellerCenterError,
    SplitPackage,
    UpdatePackage,
    ZplLabel,
    split_body,
)
from ..api.seller_center.models import PackageStatus
from ..journal import Journal
from ..operations.backend import OutOfStockChoice
from ..operations.core import StationCore
from ..operations.resend import CommandAppliedNotReread, CommandSender, SettlePolicy
from ..operations.station import FINISH_REASONS, NotPossible, Reconciled, _JournalAdapter
from ..packing import Action, CommandUnavailable, offered_actions
from . import effects, reasons
from .effects import ScCommand
from .handover import SellerCenterHandover
from .mapping import PREPARING_STATUS, item_id, item_numbers_by_id, package_id, status_of, to_package, to_short

log = logging.getLogger(__name__)

__all__ = ["SellerCenterStateChanged", "SellerCenterStation"]

_COMMAND_NAMES = {Action.PACK: "COMPLETE_PACKAGING", Action.OUT_OF_STOCK: "DETECTED_OUT_OF_STOCK_ITEM",
                  Action.REFUSE: "REFUSE_PACKAGE"}


class SellerCenterStateChanged(SellerCenterError, OmsCommandNotAllowed):
    """A 400 for a package whose status is no longer what it was when the write was planned:
    nothing was applied (the re-send rule reads it again and says it changed)."""


class SellerCenterStation(SellerCenterHandover, StationCore):
    """The station against Seller Center (see the module docstring). `reasons`: the reject
    reasons (the ``seller_center_reasons`` setting); `seller_name`: the seller, named on the
    packing slip and the handover's manifest."""

    #: What the window title and the About box call this backend.
    backend_name = "Seller Center"
    #: The pack command of the mapped packages (never sent: see mapping.py).
    pack_command = "COMPLETE_PACKAGING"
    #: The listed (open) state: Preparing.
    open_states: tuple[str, ...] = (PREPARING,)

    def __init__(
        self,
        client: SellerCenterClient,
        *,
        reasons: Sequence[str] = ("Unsupplied",),
        seller_name: str = "",
        language: str = "en",
        journal: Journal | None = None,
        settle: SettlePolicy = SettlePolicy(),
    ) -> None:
        StationCore.__init__(self, journal=journal, language=language)
        self.client = client
        self.reasons = tuple(reasons)
        self.seller = StockLocation(id=1, name=seller_name) if seller_name else None
        SellerCenterHandover.__init__(self)
        self._numbers: dict[int, str] = {}  # package id -> number
        self._item_numbers: dict[int, str] = {}  # item id -> item number
        self._read_at: dict[int, datetime | None] = {}  # package id -> updated_at of the detail held
        self.sender: CommandSender[Package, ScCommand] = CommandSender(
            read=self.load_package,
            send=self._send,
            took_effect=effects.took_effect,
            replan=self._replan,
            describe=lambda c: (c.name, None, c.parameters),
            same_action=lambda a, b: a.name == b.name and set(a.items) == set(b.items),
            changed_message=self._changed_message,
            journal=_JournalAdapter(self),
            settle=settle,
            api="Seller Center",
        )

    # -- the API behind the core's list and details ------------------------------------------

    async def _list(self) -> list[PackageShort]:
        rows = await self.client.list_packages(status=PackageStatus.PREPARING)
        shorts = []
        for row in rows:
            pid = package_id(row.number)
            self._numbers[pid] = row.number
            detail = self.details.get(pid)
            if detail is not None and self._read_at.get(pid) != row.updated_at:
                del self.details[pid]  # changed since it was read: read again (ahead, or on opening)
                detail = None
            shorts.append(to_short(row, len(detail.packageitem_set) if detail else 0, seller=self.seller))
        return shorts

    async def _read(self, package_id: int) -> Package:
        return await self._read_number(self.number_of(package_id))

    async def _read_number(self, number: str) -> Package:
        row, items = await asyncio.gather(self.client.get_package(number), self.client.package_items(number))
        package = to_package(row, items, seller=self.seller)
        self._numbers[package.id] = row.number
        self._item_numbers.update(item_numbers_by_id(items))
        self._read_at[package.id] = row.updated_at
        return package

    def number_of(self, package_id: int) -> str:
        """The Seller Center number of a package the station has seen (a numeric id is its number)."""
        return self._numbers.get(package_id) or self.directory.number_of(package_id) or str(package_id)

    def prefetch_candidates(self, limit: int = 20) -> list[int]:
        """Read ahead the oldest orders first (Seller Center packages have no pack-by date)."""
        far = datetime.max
        ordered = sorted(self.packages, key=lambda p: (p.date_placed.replace(tzinfo=None) if p.date_placed else far, p.id))
        return [p.id for p in ordered[:limit] if p.id not in self.details]

    # -- what the package's status offers ------------------------------------------------------

    def offered(self, package: Package) -> frozenset[Action]:
        return offered_actions(package, pack_command=self.pack_command)

    def needs_claim(self, package: Package) -> bool:
        return False  # the Seller Center has no "taken by a station" status

    def is_open(self, package: Package) -> bool:
        return status_of(package) == PREPARING_STATUS

    def state_name(self, package: Package) -> str:
        return package.state.display_name(self.language)

    async def claim(self, package: Package) -> Package:
        return package

    # -- planning ------------------------------------------------------------------------------

    def _unavailable(self, package: Package, action: Action) -> NotPossible:
        unavailable = CommandUnavailable(
            action, package.state.display_name("en"), package.state.enum_value, _COMMAND_NAMES.get(action, "")
        )
        return NotPossible(str(unavailable), unavailable=unavailable)

    def _numbers_of(self, package: Package, item_ids: Iterable[int]) -> list[str]:
        """The item numbers of `item_ids`, which must be items of `package` (NotPossible if not)."""
        own = {item.id for item in package.packageitem_set}
        wanted = list(dict.fromkeys(item_ids))
        unknown = [i for i in wanted if i not in own or i not in self._item_numbers]
        if not wanted or unknown:
            raise NotPossible(f"These items are not in package {package.number}.")
        return [self._item_numbers[i] for i in wanted]

    def _plan_pack(self, package: Package) -> ScCommand:
        if status_of(package) != PREPARING_STATUS:
            raise self._unavailable(package, Action.PACK)
        body = UpdatePackage(status=PackageStatus.READY_TO_SHIP)
        return ScCommand(effects.READY_TO_SHIP, Action.PACK, package.number, status_of(package),
                         body=body.to_json(), request=body)

    def _plan_items(self, package: Package, name: str, numbers: Sequence[str], reason: str | None) -> ScCommand:
        action = Action.REFUSE if name == effects.REJECT else Action.OUT_OF_STOCK
        if status_of(package) != PREPARING_STATUS:
            raise self._unavailable(package, action)
        present = {item.id for item in package.packageitem_set}
        if not numbers or any(item_id(n) not in present for n in numbers):
            raise NotPossible(f"These items are not in package {package.number} any more.")
        request: Any
        if name == effects.REJECT:
            request = RejectPackage(items=list(numbers), reason=reason or "")
            body: Any = request.to_json()
        else:
            request = [SplitPackage(items=list(numbers))]
            body = split_body(request)
        return ScCommand(name, action, package.number, status_of(package), tuple(numbers), reason, body, request)

    def _replan(self, fresh: Package, planned: ScCommand) -> ScCommand:
        if planned.name == effects.READY_TO_SHIP:
            return self._plan_pack(fresh)
        if planned.name == effects.SHIPPED:
            return self._replan_ship(fresh, planned)
        return self._plan_items(fresh, planned.name, planned.items, planned.reason)

    def _changed_message(self, before: Package, after: Package) -> str:
        now = after.state.display_name(self.language)
        if before.state.id == after.state.id:
            return f"The Seller Center did not accept the change for this package (it is “{now}”)."
        was = before.state.display_name(self.language)
        return f"This package is no longer “{was}”: it is now “{now}”. Another station or the Seller Center changed it."

    # -- sending (the CommandSender's one way out) -----------------------------------------------

    async def _send(self, package_id: int, planned: ScCommand) -> int:
        client, number = self.client, planned.number
        try:
            if isinstance(planned.request, UpdatePackage):
                return (await client.update_package(number, planned.request)).status_code
            if isinstance(planned.request, RejectPackage):
                return (await client.reject(number, planned.request.items, planned.request.reason)).status_code
            return (await client.split(number, planned.request)).status_code
        except SellerCenterBadRequest as exc:
            try:
                fresh = await self._read(package_id)
            except OmsError:
                raise exc from None
            if status_of(fresh) != planned.status:
                raise SellerCenterStateChanged(exc.message, status_code=exc.status_code, body=exc.body,
                                               method=exc.method, path=exc.path) from exc
            raise

    async def execute(self, package: Package, planned: ScCommand, *, packer_confirmed: bool = False) -> Package:
        """Send `planned` under the re-send rule."""
        return await self.sender.execute(package.id, package, planned, packer_confirmed=packer_confirmed)

    async def _finish(self, package: Package, planned: ScCommand, reason: str, packer_confirmed: bool) -> Package:
        """Send a write that ends the station's work on the package; close its journal entries."""
        try:
            fresh = await self.execute(package, planned, packer_confirmed=packer_confirmed)
        except CommandAppliedNotReread:
            self.close(package.id, package.number, reason)
            raise
        self.close(fresh.id, fresh.number, reason)
        return fresh

    # -- the bench's commands ------------------------------------------------------------------

    async def pack(self, package: Package, *, packer_confirmed: bool = False) -> Package:
        """Ready to Ship (PUT ``{"status": 3}``); the package as read after."""
        return await self._finish(package, self._plan_pack(package), "packed", packer_confirmed)

    def out_of_stock_choices(self) -> tuple[OutOfStockChoice, ...]:
        return reasons.choices(self.reasons, self.language)

    async def report_out_of_stock(
        self, package: Package, item_ids: Iterable[int], *, packer_confirmed: bool = False
    ) -> Package:
        """Without a choice from the packer: reject the missing items with the first reason,
        and pack the rest."""
        return await self.pack_rest(package, item_ids, 1, packer_confirmed=packer_confirmed)

    async def pack_rest(
        self, package: Package, missing_item_ids: Iterable[int], choice_id: int, *, packer_confirmed: bool = False
    ) -> Package:
        """The out-of-stock dialog's answer: split off or reject the missing items (choice
        `choice_id` of :meth:`out_of_stock_choices`), then pack the rest (PUT 3). Every item
        missing and a reject chosen: the package is refused."""
        choice = next((c for c in self.out_of_stock_choices() if c.id == choice_id), None)
        if choice is None:
            raise NotPossible("That choice is not offered for the missing items.")
        wanted = list(dict.fromkeys(missing_item_ids))
        if not wanted or any(i not in self._item_numbers for i in wanted):
            raise NotPossible(f"These items are not in package {package.number}.")
        # What the package holds now: a try before may have moved the items already (then the
        # bench's package is older than the Seller Center's, and only the pack is left to send).
        fresh = await self.load_package(package.id)
        present = [item.id for item in fresh.packageitem_set]
        left = [self._item_numbers[i] for i in wanted if i in present]
        if left and len(left) == len(present):  # every item still in it is missing: nothing to ship
            if choice.kind == "split":
                raise NotPossible("Every item is missing: nothing is left to ship now. Reject the package instead.")
            planned = self._plan_items(fresh, effects.REJECT, left, choice.reason)
            return await self._finish(fresh, planned, FINISH_REASONS[Action.REFUSE], packer_confirmed)
        if left:
            name = effects.SPLIT if choice.kind == "split" else effects.REJECT
            planned = self._plan_items(fresh, name, left, choice.reason)
            try:
                fresh = await self.execute(fresh, planned, packer_confirmed=packer_confirmed)
            except CommandAppliedNotReread:
                fresh = await self.load_package(package.id)  # an OmsError here: the packer asks again
            packer_confirmed = False  # the pack below is a write of its own
        return await self._finish(fresh, self._plan_pack(fresh), "packed", packer_confirmed)

    async def refuse(self, package: Package, reason_id: int, *, packer_confirmed: bool = False) -> Package:
        """Reject every item with reason `reason_id` (of :meth:`denial_reasons`)."""
        try:
            text = reasons.reason_text(self.reasons, reason_id)
        except ValueError as exc:
            raise NotPossible(str(exc)) from exc
        numbers = self._numbers_of(package, [item.id for item in package.packageitem_set])
        planned = self._plan_items(package, effects.REJECT, numbers, text)
        return await self._finish(package, planned, FINISH_REASONS[Action.REFUSE], packer_confirmed)

    async def denial_reasons(self) -> list[DenialReason]:
        return reasons.denial_reasons(self.reasons, self.language)

    # -- labels --------------------------------------------------------------------------------

    async def fetch_label(self, package: Package) -> LabelDocument | None:
        """The cargo label (PKG104; a label address fetched), or None before Ready to Ship."""
        if package.shipping_label is None:
            return None
        number = package.number
        label = await self.client.get_label_document(number)
        where = f"{self.client.base_url}/api/i2/packages/{number}/label/"
        if isinstance(label, PdfLabel):
            return LabelDocument(label.content, "application/pdf", label.source_url or where)
        if isinstance(label, ImageLabel):
            return LabelDocument(label.content, label.media_type, label.source_url or where)
        if isinstance(label, HtmlLabel):
            return LabelDocument(label.content, "text/html", label.source_url)
        if isinstance(label, ZplLabel):
            log.info("package %s: the label is ZPL (%d characters)", number, len(label.text))
            return LabelDocument(label.text.encode("utf-8"), ZPL_MEDIA_TYPE, label.source_url or where)
        raise OmsError("The Seller Center sent a label that is not a PDF, an image, a web address or ZPL.")

    # -- after a restart ------------------------------------------------------------------------

    async def reconcile_unfinished(self, *, settle_seconds: float | None = None) -> list[Reconciled]:
        """Writes the journal left unresolved: read each package again, decide, close what is
        done (as the OMS station does, with the Seller Center's rules)."""
        records = self.journal_call("read unresolved", lambda j: j.unresolved_commands())
        if not records:
            return []
        settle = self.sender.settle.seconds
        settle = settle if settle_seconds is None else settle_seconds
        results: list[Reconciled] = []
        for record in records:
            action = effects.action_of(record.command)
            if record.command not in effects.COMMAND_NAMES:
                log.info("journal: %s on package %s is not a Seller Center write; left as it is", record.command, record.package_id)
                continue
            number = record.input_parameters.get("number")
            try:
                fresh = await self._read_number(number if isinstance(number, str) else self.number_of(record.package_id))
            except OmsError as exc:
                log.warning("package %s: its unfinished %s could not be checked: %s", record.package_id, record.command, exc.message)
                results.append(Reconciled(record.package_id, None, action, None, None))
                continue
            took = effects.record_took_effect(record.command, record.input_parameters, fresh)
            age = (datetime.now(record.started_at.tzinfo) - record.started_at).total_seconds()
            if took is False and age < settle:
                took = None
            outcome = {True: "applied", False: "not_applied", None: "unknown"}[took]
            if took is not None or record.outcome is None:
                def resolve(journal: Journal, record_id: int = record.id, outcome: str = outcome) -> None:
                    journal.command_finished(record_id, outcome, None, "checked after a restart")

                self.journal_call("resolve", resolve)
            finished: Action | None = None  # what the bench shows in Packed today
            if action is Action.SHIP:
                pass  # handed over after packing: no scans to close
            elif took and record.command == effects.READY_TO_SHIP:
                finished = Action.PACK
                self.close(fresh.id, fresh.number, "packed")
            elif took and record.command == effects.REJECT and not fresh.packageitem_set:
                finished = Action.REFUSE
                self.close(fresh.id, fresh.number, "refused")
            elif not self.is_open(fresh):
                self.close(fresh.id, fresh.number, "gone")
            log.info("package %s: unfinished %s checked after a restart: took effect = %s", fresh.number, record.command, took)
            results.append(Reconciled(fresh.id, fresh.number, finished if took else action, took, fresh))
        return results
