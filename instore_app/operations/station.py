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
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from operator import methodcaller
from typing import Any

from ..api import DenialReason, LabelDocument, OmsClient, OmsError, Package, PackageShort
from ..api.pagination import Listing
from ..api.models import DEFAULT_OPEN_STATES
from ..journal import FinishedPackage, Journal, JournalError
from ..packing import (
    Action,
    CommandUnavailable,
    KnownPackages,
    PlannedCommand,
    active_denial_reasons,
    command_took_effect,
    plan_command,
    should_start_preparing,
)
from ..packing.commands import AFTER_PACKING_ACTIONS, action_of_command, record_took_effect, replan_kwargs
from .after_packing import AfterPackingOperations
from .resend import CommandAppliedNotReread, CommandSender, SettlePolicy

log = logging.getLogger(__name__)

__all__ = ["FINISH_REASONS", "NotPossible", "Reconciled", "Station"]

#: How many listed packages (earliest pack-by date first) have their details read ahead, so a
#: scan opens them at once and an item of another package can be named. Others: on demand.
PREFETCH_WINDOW = 20
#: How many of those are read at a time.
PREFETCH_CONCURRENCY = 2

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


class Station(AfterPackingOperations):
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
    ) -> None:
        self.client = client
        self.journal = journal
        #: Called with (problem message or None) when the journal fails or works again.
        self.on_journal_problem: Callable[[str | None], None] | None = None
        self.journal_problem: str | None = None
        self.stock_location_id = stock_location_id
        self.open_states = tuple(open_states)
        self.pack_command = pack_command
        self.language = language
        self.packages: list[PackageShort] = []
        self.details: dict[int, Package] = {}
        self.directory = KnownPackages()
        self.last_refresh: datetime | None = None
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

    # -- the list ------------------------------------------------------------------------

    async def refresh(self) -> list[PackageShort]:
        """Reload the packages waiting at this stock location."""
        packages = await self.client.list_packages(stock_location=self.stock_location_id, states=self.open_states)
        self.packages = packages
        self.last_refresh = datetime.now(timezone.utc)
        listed = {package.id for package in packages}
        self.details = {pid: detail for pid, detail in self.details.items() if pid in listed}
        self.directory.replace([*packages, *self.details.values()])
        log.info("list refreshed: %d packages at stock location %s", len(packages), self.stock_location_id)
        return packages

    def prefetch_candidates(self, limit: int = PREFETCH_WINDOW) -> list[int]:
        """The listed packages whose details are read ahead: the `limit` with the earliest
        pack-by date (no date last), skipping those already read."""
        far = datetime.max.replace(tzinfo=timezone.utc)
        ordered = sorted(self.packages, key=lambda p: (p.target_packing_date or far, p.id))
        return [p.id for p in ordered[:limit] if p.id not in self.details]

    async def prefetch_details(self) -> int:
        """Read ahead the details of the next packages to pack (:meth:`prefetch_candidates`),
        a few at a time; how many were read. Failures are logged: the bench reads on demand."""
        missing = self.prefetch_candidates()
        semaphore = asyncio.Semaphore(PREFETCH_CONCURRENCY)

        async def one(package_id: int) -> None:
            async with semaphore:
                await self.load_package(package_id)

        results = await asyncio.gather(*(one(pid) for pid in missing), return_exceptions=True)
        failures = [r for r in results if isinstance(r, BaseException)]
        if failures:
            log.info("prefetch: %d of %d package details not read (%s)", len(failures), len(missing), failures[0])
        return len(missing) - len(failures)

    async def load_package(self, package_id: int) -> Package:
        """The package's full detail, fresh from the OMS."""
        package = await self.client.get_package(package_id)
        self.details[package.id] = package
        self.directory.add(package)
        return package

    def package_id_for_number(self, code: str) -> int | None:
        """The id of the listed package with this number (as scanned), if any."""
        ref = self.directory.package_by_number(code)
        return ref[0] if ref else None

    # -- opening and claiming ------------------------------------------------------------------

    def restored_confirmations(self, package_id: int) -> list[int]:
        """The package's confirmations kept in the journal (after a crash or a restart)."""
        saved = self.journal_call("read confirmations", lambda j: j.confirmed_items(package_id))
        return list(saved) if isinstance(saved, list) else []

    def opened(self, package_id: int) -> None:
        self.journal_call("opened", lambda j: j.record_opened(package_id))

    async def claim(self, package: Package) -> Package:
        """Move a Waiting package to Preparing, so other stations see it is taken; the package
        as it is afterwards (unchanged when it needs no claim)."""
        if not should_start_preparing(package):
            return package
        return await self.execute(package, self._plan(package, Action.START_PREPARING))

    # -- the journal: every confirmation is on disk before the bench shows it ------------------

    def confirmed(self, package: Package, item_id: int, code: str) -> None:
        """Record a confirmation; raises JournalError when it could not be written."""
        self._journal_write(lambda j: j.record_confirmation(package.id, package.number, item_id, code))

    def undone(self, package_id: int, item_id: int) -> None:
        self._journal_write(lambda j: j.record_undo(package_id, item_id))

    def reset(self, package_id: int) -> None:
        self._journal_write(lambda j: j.record_reset(package_id))

    def scan_refused(self, package_id: int | None, kind: str) -> None:
        self.journal_call("error", lambda j: j.record_error(package_id, kind))

    def _journal_write(self, action: Callable[[Journal], Any]) -> None:
        """A write the packer is told about: it must reach the disk, or raise JournalError."""
        if self.journal is None:
            return
        try:
            action(self.journal)
        except JournalError as exc:
            self.report_journal_failure(str(exc))
            raise
        self._journal_ok()

    def journal_call(self, what: str, action: Callable[[Journal], Any]) -> Any:
        """A journal call whose failure is reported (banner) but does not stop the work."""
        if self.journal is None:
            return None
        try:
            result = action(self.journal)
        except JournalError as exc:
            log.error("the journal failed (%s): %s", what, exc)
            self.report_journal_failure(str(exc))
            return None
        self._journal_ok()
        return result

    def report_journal_failure(self, message: str) -> None:
        """The journal could not be written: say so (once per distinct message)."""
        if self.journal_problem != message:
            self.journal_problem = message
            if self.on_journal_problem is not None:
                self.on_journal_problem(message)

    def _journal_ok(self) -> None:
        if self.journal_problem is not None:
            self.journal_problem = None
            log.info("the journal is written again")
            if self.on_journal_problem is not None:
                self.on_journal_problem(None)

    def recover_journal(self) -> bool:
        """Try to make the journal writable again (called every few seconds while it fails)."""
        if self.journal is None or self.journal_problem is None:
            return True
        if self.journal.recover():
            self._journal_ok()
            return True
        if self.journal.problem:
            self.report_journal_failure(self.journal.problem)
        return False

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

    def close(self, package_id: int, number: str | None, reason: str) -> None:
        """Close the package's journal entries (its confirmations are done with)."""
        self.journal_call("close", lambda j: j.close_package(package_id, reason, package_number=number))

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
                self.journal_call(
                    "resolve", methodcaller("command_finished", record.id, outcome, None, "checked after a restart")
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

    def finished_today(self) -> list[FinishedPackage]:
        """The packages this station packed, refused or reported out of stock today (journal)."""
        rows = self.journal_call("finished today", lambda j: j.finished_today())
        return list(rows) if rows else []

