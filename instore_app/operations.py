"""The use cases the window calls (no Qt here).

A :class:`Station` is the app's view of one packing station at one stock location:
it talks to the OMS through :class:`~instore_app.api.OmsClient`, keeps what the
station knows (the open packages, the package details it has loaded), opens packing
sessions and sends commands. The UI calls these coroutines and shows their results or
their :class:`~instore_app.api.OmsError` (whose ``message`` is always plain words).

:meth:`Station.execute` is the one place that sends a command and decides, after a
failure, whether it took effect and whether it may be sent again.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timezone
from typing import Any, Callable, Iterable

from .api import (
    DenialReason,
    LabelDocument,
    OmsClient,
    OmsCommandNotAllowed,
    OmsConnectionError,
    OmsError,
    OmsNotSent,
    OmsResponseError,
    OmsServerError,
    Package,
    PackageShort,
)
from .api.models import DEFAULT_OPEN_STATES
from .journal import CommandOutcome, Journal, JournalError
from .packing import (
    DENIAL_REASON_PARAMETER,
    PACKAGE_ITEMS_PARAMETER,
    Action,
    CommandUnavailable,
    KnownPackages,
    PackingSession,
    PlannedCommand,
    active_denial_reasons,
    command_took_effect,
    plan_command,
    should_start_preparing,
)
from .packing.outcomes import ScanOutcome

log = logging.getLogger(__name__)

#: How many package details are fetched at once in the background.
PREFETCH_CONCURRENCY = 2


class NotPossible(OmsError):
    """The package's state does not offer what was asked (nothing was sent)."""


class PackageChanged(OmsError):
    """The OMS refused a command (406) because the package changed; ``package`` is fresh."""

    def __init__(self, message: str, package: Package) -> None:
        super().__init__(message)
        self.package = package


class CommandNotApplied(OmsError):
    """A command failed and the re-read package shows it did not take effect: safe to retry."""


class CommandUncertain(OmsError):
    """A command's outcome is unknown (the OMS could not be asked afterwards)."""


class Station:
    def __init__(
        self,
        client: OmsClient,
        stock_location_id: int,
        *,
        open_states: Iterable[str] = DEFAULT_OPEN_STATES,
        pack_command: str = "COMPLETE_PACKAGING",
        language: str = "en",
        journal: Journal | None = None,
    ) -> None:
        self.client = client
        self.journal = journal
        #: Set when the journal fails; the window shows it. Called with a message.
        self.on_journal_problem: Callable[[str], None] | None = None
        self.stock_location_id = stock_location_id
        self.open_states = tuple(open_states)
        self.pack_command = pack_command
        self.language = language
        self.packages: list[PackageShort] = []
        self.details: dict[int, Package] = {}
        self.directory = KnownPackages()
        self.last_refresh: datetime | None = None
        self._denial_reasons: list[DenialReason] | None = None
        #: Packages whose last command ended with an unknown outcome: re-read before re-sending.
        self._uncertain: set[int] = set()

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

    async def prefetch_details(self) -> int:
        """Load the details of listed packages not loaded yet, so a scan of an item of
        another package can say which package it belongs to. Returns how many were loaded."""
        missing = [p.id for p in self.packages if p.id not in self.details]
        semaphore = asyncio.Semaphore(PREFETCH_CONCURRENCY)

        async def one(package_id: int) -> None:
            async with semaphore:
                await self.load_package(package_id)

        results = await asyncio.gather(*(one(pid) for pid in missing), return_exceptions=True)
        failures = [r for r in results if isinstance(r, BaseException)]
        if failures:
            log.info("prefetch: %d of %d package details not loaded (%s)", len(failures), len(missing), failures[0])
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

    # -- a packing session -----------------------------------------------------------------

    async def open_package(self, package_id: int) -> PackingSession:
        """Load the package and start a packing session on it.

        A Waiting package is moved to Preparing first, so other stations see it is taken.
        """
        package = await self.load_package(package_id)
        if should_start_preparing(package):
            package = await self.execute(package, plan_command(package, Action.START_PREPARING))
        session = PackingSession(package)
        if self.journal is not None:
            saved = self._journal("read", lambda j: j.confirmed_items(package_id)) or []
            restored = session.restore(saved)
            if restored:
                log.info("package %s: %d confirmations restored from the journal", package_id, len(restored))
            for record in self._journal("read", lambda j: j.unfinished_commands(package_id)) or []:
                # The app stopped while this command was in flight. Whatever happened, the
                # package was just re-read and every command is planned from its state now.
                self._journal(
                    "write",
                    lambda j: j.command_finished(
                        record.id, CommandOutcome.UNCERTAIN, None, "the app stopped while it was being sent"
                    ),
                )
            self._journal("write", lambda j: j.record_opened(package_id))
        return session

    # -- the journal: every confirmation is on disk before the bench shows it ------------------

    def confirmed(self, session: PackingSession, item_id: int, code: str) -> None:
        package = session.package
        self._journal("write", lambda j: j.record_confirmation(package.id, package.number, item_id, code))

    def undone(self, session: PackingSession, item_id: int) -> None:
        self._journal("write", lambda j: j.record_undo(session.package_id, item_id))

    def reset(self, session: PackingSession) -> None:
        self._journal("write", lambda j: j.record_reset(session.package_id))

    def scan_refused(self, session: PackingSession, outcome: ScanOutcome) -> None:
        self._journal("write", lambda j: j.record_error(session.package_id, type(outcome).__name__))

    def _journal(self, what: str, action: Callable[[Journal], Any]) -> Any:
        """Run `action` on the journal; a failing journal is reported once and switched off
        (the station keeps working, but says scans are not being saved)."""
        if self.journal is None:
            return None
        try:
            return action(self.journal)
        except JournalError as exc:
            log.error("the journal failed (%s): %s", what, exc)
            self.journal = None
            if self.on_journal_problem is not None:
                self.on_journal_problem(f"Scans are no longer saved on this PC: {exc}")
            return None

    async def pack(self, session: PackingSession) -> Package:
        """Send the configured pack command; returns the package as the OMS has it after."""
        planned = self._plan(session.package, Action.PACK, pack_command=self.pack_command)
        return await self._finish(session, planned, "packed")

    async def report_out_of_stock(self, session: PackingSession, item_ids: Iterable[int]) -> Package:
        planned = self._plan(session.package, Action.OUT_OF_STOCK, package_item_ids=list(item_ids))
        return await self._finish(session, planned, "out_of_stock")

    async def refuse(self, session: PackingSession, reason_id: int) -> Package:
        planned = self._plan(session.package, Action.REFUSE, denial_reason_id=reason_id)
        return await self._finish(session, planned, "refused")

    async def _finish(self, session: PackingSession, planned: PlannedCommand, reason: str) -> Package:
        """Send a command that ends the packer's work on the package; close its journal entries."""
        package = await self.execute(session.package, planned)
        session.update_package(package)
        self._journal("write", lambda j: j.close_package(package.id, reason))
        return package

    async def denial_reasons(self) -> list[DenialReason]:
        """The active denial reasons in priority order (loaded once per run)."""
        if self._denial_reasons is None:
            self._denial_reasons = active_denial_reasons(await self.client.denial_reasons())
        return self._denial_reasons

    async def fetch_label(self, package: Package) -> LabelDocument | None:
        """The shipping label of a packed package, or None when the OMS made none."""
        if package.shipping_label is None:
            return None
        return await self.client.fetch_label(package.shipping_label)

    def _plan(self, package: Package, action: Action, **kwargs: object) -> PlannedCommand:
        try:
            return plan_command(package, action, **kwargs)  # type: ignore[arg-type]
        except CommandUnavailable as exc:
            raise NotPossible(str(exc)) from exc
        except ValueError as exc:
            raise NotPossible(str(exc)) from exc

    # -- the one place that sends commands --------------------------------------------------

    async def execute(self, package: Package, planned: PlannedCommand) -> Package:
        """Send `planned` for `package` and return the package re-read from the OMS.

        The rule for failures (the only place that decides about re-sending):

        * If the last command for this package ended with an unknown outcome, the package
          is re-read first and the command is re-planned from what the OMS has now: a
          command that already took effect is not sent again.
        * 406: the package changed under us; re-read it and raise :class:`PackageChanged`.
        * Connection lost, timeout, 5xx or an unreadable answer (ambiguous): re-read the package
          and decide with :func:`command_took_effect`: applied -> success; certainly not
          applied -> the error is raised and the packer may try again; unknown or the OMS
          still unreachable -> :class:`CommandUncertain`, and the next attempt re-reads first.
        * Commands are never re-sent automatically.
        """
        if package.id in self._uncertain:
            fresh = await self.load_package(package.id)
            took = command_took_effect(package, fresh, planned)
            if took:
                log.info("%s on package %s had already taken effect", planned.command.command, package.id)
                self._uncertain.discard(package.id)
                return fresh
            self._uncertain.discard(package.id)
            package = fresh
            planned = self._plan(fresh, planned.action, **_plan_kwargs(planned, self.pack_command))
        record = self._journal(
            "write",
            lambda j: j.command_started(package.id, planned.command.command, planned.command.id, planned.input_parameters),
        )

        def finished(outcome: CommandOutcome, status: int | None = None, message: str | None = None) -> None:
            if record is not None:
                self._journal("write", lambda j: j.command_finished(record, outcome, status, message))

        try:
            result = await self.client.run_command(package.id, planned.command, planned.input_parameters)
        except OmsCommandNotAllowed as exc:
            finished(CommandOutcome.REJECTED, exc.status_code, exc.message)
            fresh = await self.load_package(package.id)
            if fresh.state.enum_value not in self.open_states:
                self._journal("write", lambda j: j.close_package(package.id, "gone"))
            raise PackageChanged(self._changed_message(package, fresh), fresh) from exc
        except OmsNotSent as exc:
            finished(CommandOutcome.FAILED, None, exc.message)
            raise CommandNotApplied(f"{exc.message} Nothing was sent; try again when it is back.") from exc
        except (OmsConnectionError, OmsServerError, OmsResponseError) as exc:
            try:
                fresh = await self._reconcile(package, planned, exc)
            except CommandNotApplied as failure:
                finished(CommandOutcome.FAILED, getattr(exc, "status_code", None), failure.message)
                raise
            except OmsError as failure:
                finished(CommandOutcome.UNCERTAIN, getattr(exc, "status_code", None), failure.message)
                raise
            finished(CommandOutcome.ALREADY_APPLIED, getattr(exc, "status_code", None), exc.message)
            return fresh
        except OmsError as exc:
            finished(CommandOutcome.REJECTED, getattr(exc, "status_code", None), exc.message)
            raise
        finished(CommandOutcome.APPLIED, result.status_code)
        log.info(
            "command %s on package %s applied (HTTP %s)", planned.command.command, package.id, result.status_code
        )
        try:
            return await self.load_package(package.id)
        except OmsError:
            # Applied, but not re-read: the next attempt re-reads first and sends nothing.
            self._uncertain.add(package.id)
            raise

    async def _reconcile(self, before: Package, planned: PlannedCommand, error: OmsError) -> Package:
        name = planned.command.command
        try:
            fresh = await self.load_package(before.id)
        except OmsError:
            self._uncertain.add(before.id)
            log.warning("%s on package %s: outcome unknown (%s)", name, before.id, error.message)
            raise CommandUncertain(
                f"{error.message} It is not known whether the OMS received the command; "
                "when you try again, the app checks the package first and never sends it twice."
            ) from error
        took = command_took_effect(before, fresh, planned)
        log.info("%s on package %s failed with %s; reconciled: took effect = %s", name, before.id, error.message, took)
        if took:
            return fresh
        if took is None:
            self._uncertain.add(before.id)
            raise CommandUncertain(
                f"{error.message} The package is now “{fresh.state.display_name(self.language)}”; "
                "check it before trying again."
            ) from error
        raise CommandNotApplied(f"{error.message} Nothing was changed; try again.") from error

    def _changed_message(self, before: Package, after: Package) -> str:
        was = before.state.display_name(self.language).lower()
        now = after.state.display_name(self.language)
        if before.state.id == after.state.id:
            return f"The OMS did not accept the command for this package (it is “{now}”)."
        return f"This package is no longer {was}: it is now “{now}”. Another station or the OMS changed it."


def _plan_kwargs(planned: PlannedCommand, pack_command: str) -> dict[str, object]:
    params = planned.input_parameters
    if planned.action is Action.PACK:
        return {"pack_command": planned.command.command or pack_command}
    if planned.action is Action.OUT_OF_STOCK:
        return {"package_item_ids": params.get(PACKAGE_ITEMS_PARAMETER, [])}
    if planned.action is Action.REFUSE:
        return {"denial_reason_id": params.get(DENIAL_REASON_PARAMETER)}
    return {}
