"""The station's use cases against the OMS (no Qt here).

A :class:`Station` is one packing station at one stock location: it reads the list and the
packages' details, claims a package (Waiting -> Preparing), packs, reports out of stock,
refuses, reads labels, and keeps the journal of what was scanned and sent. Commands go through
:class:`~instore_app.operations.resend.CommandSender`, the one place that decides whether a
failed command may be sent again. The bench controller (:mod:`instore_app.bench`) calls these
coroutines; it owns the packing sessions. What follows packing (handing packages to the
courier, repack, the invoice number, orders, transition logs, cargo companies) is in
:mod:`.after_packing`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from ..api import DenialReason, LabelDocument, OmsClient, OmsError, Package, PackageShort
from ..api.pagination import Listing
from ..api.models import DEFAULT_OPEN_STATES, PREPARING
from ..journal import Journal, JournalError
from ..packing import (
    Action,
    CommandUnavailable,
    PlannedCommand,
    active_denial_reasons,
    command_took_effect,
    offered_actions,
    plan_command,
    should_start_preparing,
)
from ..packing.commands import AFTER_PACKING_ACTIONS, action_of_command, record_took_effect, replan_kwargs
from .after_packing import AfterPackingOperations
from .core import PREFETCH_CONCURRENCY, PREFETCH_WINDOW, StationCore
from .resend import CommandAppliedNotReread, CommandSender, SettlePolicy

#: How many Preparing packages have their holder read per list refresh (the rest at later ones).
HOLDER_READS_PER_REFRESH = 30

log = logging.getLogger(__name__)

__all__ = ["FINISH_REASONS", "PREFETCH_CONCURRENCY", "PREFETCH_WINDOW", "NotPossible", "Reconciled", "Station"]

#: The journal's close reason for each action that ends the station's work on a package.
FINISH_REASONS = {Action.PACK: "packed", Action.OUT_OF_STOCK: "out_of_stock", Action.REFUSE: "refused"}


class NotPossible(OmsError):
    """The package's state does not offer what was asked (nothing was sent)."""

    def __init__(self, message: str, *, unavailable: CommandUnavailable | None = None) -> None:
        super().__init__(message)
        self.unavailable = unavailable


@dataclass(frozen=True)
class Reconciled:
    """A command left unfinished in the journal (the app stopped), checked against the OMS."""

    package_id: int
    package_number: str | None
    action: Action | None
    took_effect: bool | None
    package: Package | None


class _JournalAdapter:
    """The resend rule's view of the journal; a failing journal is reported, not fatal here."""

    def __init__(self, station: Station) -> None:
        self._station = station

    def started(self, package_id: int, name: str, transition_id: int | None, parameters: dict[str, Any]) -> int | None:
        """Every command is journalled before it is sent: if that fails, it is not sent."""
        journal = self._station.journal
        if journal is None:
            return None
        try:
            record = journal.command_started(package_id, name, transition_id, parameters)
        except JournalError as exc:
            self._station.report_journal_failure(str(exc))
            raise
        return record

    def finished(self, record: int | None, outcome: str, status: int | None, message: str | None) -> None:
        if record is not None:
            self._station.journal_call(
                "command finished", lambda j: j.command_finished(record, outcome, status, message)
            )


class Station(AfterPackingOperations, StationCore):
    """The station against Akinon OMS: the :class:`~instore_app.operations.backend.Backend`
    the bench controller talks to, over :class:`~instore_app.api.OmsClient`."""

    #: What the window title and the About box call this backend.
    backend_name = "Akinon OMS"

    def __init__(
        self,
        client: OmsClient,
        stock_location_id: int,
        *,
        open_states: Iterable[str] = DEFAULT_OPEN_STATES,
        pack_command: str = "COMPLETE_PACKAGING",
        language: str = "en",
        journal: Journal | None = None,
        settle: SettlePolicy = SettlePolicy(),
        user: str | None = None,
    ) -> None:
        StationCore.__init__(self, journal=journal, language=language)
        self.user = user
        self._holder_read: dict[int, int] = {}  # package id -> the state id its holder was read in
        self.client = client
        self.stock_location_id = stock_location_id
        self.open_states = tuple(open_states)
        self.pack_command = pack_command
        self._denial_reasons: list[DenialReason] | None = None
        self.sender: CommandSender[Package, PlannedCommand] = CommandSender(
            read=self.load_package,
            send=self._send,
            took_effect=command_took_effect,
            replan=self._replan,
            describe=lambda p: (p.command.command, p.command.id, dict(p.input_parameters)),
            same_action=lambda a, b: a.action is b.action,
            changed_message=self._changed_message,
            journal=_JournalAdapter(self),
            settle=settle,
        )

    # -- the API behind the core's list and details ------------------------------------------

    async def _list(self) -> list[PackageShort]:
        return await self.client.list_packages(stock_location=self.stock_location_id, states=self.open_states)

    async def _read(self, package_id: int) -> Package:
        return await self.client.get_package(package_id)

    async def load_holders(self) -> dict[int, str]:
        """The other users holding listed Preparing packages, from each one's transition logs
        (the user who moved it to Preparing). Read once per package and state, a few at a
        time, the earliest to pack first; failures are logged (nobody is then shown). Without a
        user name (signed in with a token only) our own packages can't be told apart, so nobody
        is shown as holding anything."""
        if not self.user:
            return self.holders
        preparing = sorted(
            (p for p in self.packages if p.state.enum_value == PREPARING),
            key=lambda p: (p.target_packing_date or datetime.max.replace(tzinfo=timezone.utc), p.id),
        )
        todo = [p for p in preparing if self._holder_read.get(p.id) != p.state.id][:HOLDER_READS_PER_REFRESH]
        semaphore = asyncio.Semaphore(PREFETCH_CONCURRENCY)

        async def one(package: PackageShort) -> None:
            async with semaphore:
                logs = await self.transition_logs(package.id)
            into_preparing = [log for log in logs if log.new_state is not None and log.new_state.enum_value == PREPARING]
            who = (into_preparing[-1].username or into_preparing[-1].user_name) if into_preparing else None
            self._holder_read[package.id] = package.state.id
            if who and who.casefold() != self.user.casefold():
                self.holders[package.id] = who
            else:
                self.holders.pop(package.id, None)

        results = await asyncio.gather(*(one(p) for p in todo), return_exceptions=True)
        failures = [r for r in results if isinstance(r, BaseException)]
        if failures:
            log.info("holders: %d of %d not read (%s)", len(failures), len(todo), failures[0])
        listed = {p.id for p in preparing}
        self.holders = {pid: who for pid, who in self.holders.items() if pid in listed}
        return self.holders

    # -- what the package's state offers ---------------------------------------------------------

    def offered(self, package: Package) -> frozenset[Action]:
        """The actions the package's own ``commands`` offer now (the configured pack command)."""
        return offered_actions(package, pack_command=self.pack_command)

    def needs_claim(self, package: Package) -> bool:
        """Opening it should move it from Waiting to Preparing (other stations see it taken)."""
        return should_start_preparing(package)

    def is_open(self, package: Package) -> bool:
        """It is still one to pack here (one of the listed states)."""
        return package.state.enum_value in self.open_states

    def state_name(self, package: Package) -> str:
        return package.state.display_name(self.language)

    # -- opening and claiming ------------------------------------------------------------------

    async def claim(self, package: Package) -> Package:
        """Move a Waiting package to Preparing, so other stations see it is taken; the package
        as it is afterwards (unchanged when it needs no claim)."""
        if not should_start_preparing(package):
            return package
        return await self.execute(package, self._plan(package, Action.START_PREPARING))

    # -- commands that end the station's work on a package -----------------------------------

    async def pack(self, package: Package, *, packer_confirmed: bool = False) -> Package:
        """Send the configured pack command; the package as the OMS has it after.
        `packer_confirmed`: the packer chose to send it although an earlier try's outcome is
        unknown (see the re-send rule)."""
        planned = self._plan(package, Action.PACK, pack_command=self.pack_command)
        return await self._finish(package, planned, packer_confirmed)

    async def report_out_of_stock(
        self, package: Package, item_ids: Iterable[int], *, packer_confirmed: bool = False
    ) -> Package:
        planned = self._plan(package, Action.OUT_OF_STOCK, package_item_ids=list(item_ids))
        return await self._finish(package, planned, packer_confirmed)

    async def refuse(self, package: Package, reason_id: int, *, packer_confirmed: bool = False) -> Package:
        planned = self._plan(package, Action.REFUSE, denial_reason_id=reason_id)
        return await self._finish(package, planned, packer_confirmed)

    async def _finish(self, package: Package, planned: PlannedCommand, packer_confirmed: bool) -> Package:
        """Send a command that ends the station's work on the package; close its journal entries
        once it took effect (also when the package could not be read again afterwards)."""
        reason = FINISH_REASONS[planned.action]
        try:
            fresh = await self.execute(package, planned, packer_confirmed=packer_confirmed)
        except CommandAppliedNotReread:
            self.close(package.id, package.number, reason)
            raise
        self.close(fresh.id, fresh.number, reason)
        return fresh

    async def execute(self, package: Package, planned: PlannedCommand, *, packer_confirmed: bool = False) -> Package:
        """Send `planned` under the re-send rule (:mod:`instore_app.operations.resend`)."""
        return await self.sender.execute(package.id, package, planned, packer_confirmed=packer_confirmed)

    async def _send(self, package_id: int, planned: PlannedCommand) -> int:
        result = await self.client.run_command(package_id, planned.command, planned.input_parameters)
        return result.status_code

    def _replan(self, fresh: Package, planned: PlannedCommand) -> PlannedCommand:
        return self._plan(fresh, planned.action, **replan_kwargs(planned, self.pack_command))

    def _plan(self, package: Package, action: Action, **kwargs: Any) -> PlannedCommand:
        try:
            return plan_command(package, action, **kwargs)
        except CommandUnavailable as exc:
            raise NotPossible(str(exc), unavailable=exc) from exc
        except ValueError as exc:
            raise NotPossible(str(exc)) from exc

    def _changed_message(self, before: Package, after: Package) -> str:
        was = before.state.display_name(self.language).lower()
        now = after.state.display_name(self.language)
        if before.state.id == after.state.id:
            return f"The OMS did not accept the command for this package (it is “{now}”)."
        return f"This package is no longer {was}: it is now “{now}”. Another station or the OMS changed it."

    # -- reasons and labels --------------------------------------------------------------------

    async def denial_reasons(self) -> list[DenialReason]:
        """The active denial reasons in priority order (loaded once per run)."""
        if self._denial_reasons is None:
            listed = await self.client.denial_reasons()
            reasons = Listing(active_denial_reasons(listed), problem=getattr(listed, "problem", None))
            if reasons.complete:
                self._denial_reasons = reasons  # a list that stopped early is read again next time
            return reasons
        return self._denial_reasons

    async def fetch_label(self, package: Package) -> LabelDocument | None:
        """The shipping label of a packed package, or None when the OMS made none."""
        if package.shipping_label is None:
            return None
        return await self.client.fetch_label(package.shipping_label)

    # -- after a restart ------------------------------------------------------------------------

    async def reconcile_unfinished(self, *, settle_seconds: float | None = None) -> list[Reconciled]:
        """Commands the journal left unresolved (the app stopped while one was on its way, or its
        outcome stayed unknown): read each package again, decide, close what is done.

        A command is concluded "not applied" only once the settle period since it was sent is
        over; younger ones stay unknown (the next command for that package checks first)."""
        records = self.journal_call("read unresolved", lambda j: j.unresolved_commands())
        if not records:
            return []
        settle = self.sender.settle.seconds if settle_seconds is None else settle_seconds
        results: list[Reconciled] = []
        for record in records:
            try:
                fresh = await self.load_package(record.package_id)
            except OmsError as exc:
                log.warning("package %s: its unfinished %s could not be checked: %s", record.package_id, record.command, exc.message)
                results.append(Reconciled(record.package_id, None, action_of_command(record.command), None, None))
                continue
            took = record_took_effect(record.command, record.transition_id, record.input_parameters, fresh)
            age = (datetime.now(timezone.utc) - record.started_at).total_seconds()
            if took is False and age < settle:
                took = None
            action = action_of_command(record.command)
            outcome = {True: "applied", False: "not_applied", None: "unknown"}[took]
            if took is not None or record.outcome is None:
                record_id = record.id
                self.journal_call(
                    "resolve", lambda j: j.command_finished(record_id, outcome, None, "checked after a restart")
                )
            if action in AFTER_PACKING_ACTIONS:
                pass  # packing was over before it: no journal entries to close
            elif took and action in FINISH_REASONS:
                self.close(fresh.id, fresh.number, FINISH_REASONS[action])
            elif fresh.state.enum_value not in self.open_states:
                self.close(fresh.id, fresh.number, "gone")
            log.info("package %s: unfinished %s checked after a restart: took effect = %s", fresh.id, record.command, took)
            results.append(Reconciled(fresh.id, fresh.number, action, took, fresh))
        return results
