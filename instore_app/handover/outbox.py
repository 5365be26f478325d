"""The handover's outbox: ship commands owed to the OMS for parcels the courier already took.

A parcel is journalled as handed over (its command ``pending``) before anything is sent, so
the courier never waits for the OMS. :class:`HandoverOutbox` then sends what is pending, one
parcel at a time, oldest first, reconciling first as always:

1. The package is read again. If it is Shipped (or Delivered) already, the parcel is settled
   "shipped" and nothing is sent (an earlier try applied, or someone else shipped it).
2. A ship command for it that the journal left unresolved (the app stopped while it was on
   its way) and that the re-send rule does not know of yet is given the settle period from
   when it was sent: until then the parcel waits; afterwards, if the package still offers the
   command, the record is resolved "not applied" and the command may go.
3. The command goes through ``Station.ship``, so the re-send rule of ``Station.execute``
   governs it (one command per package in flight, unknown outcomes settled by re-reading,
   never sent twice).
4. The OMS unreachable (no connection, timeouts, 5xx, sign-in needed, rate limited): the
   parcel stays pending and the pass stops; :meth:`HandoverOutbox.kick` tries again every
   ``retry_seconds`` while anything is pending. The OMS refusing it for good (the package
   was cancelled, 400): the parcel is settled "failed" with the reason, to check in the OMS.

``waiting_count`` is the "N waiting to reach the OMS" of the screen; ``on_change`` is called
whenever it may have changed.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Callable
from datetime import datetime, timezone
from enum import Enum
from typing import TYPE_CHECKING

from ..api import OmsConnectionError, OmsError, OmsHTTPError, OmsNotFound, OmsServerError, Package
from ..journal import Journal, JournalError, ParcelRecord, ParcelStatus
from ..operations.resend import (
    CommandAppliedNotReread,
    CommandInFlight,
    CommandNotApplied,
    CommandOutcomeUnknown,
    PackageChanged,
)
from ..packing import SHIP_ACTIONS, ship_action
from ..packing.commands import CARGO_COMPANY_PARAMETER, TRACKING_NUMBER_PARAMETER
from ..packing.effects import action_of_command, record_took_effect

if TYPE_CHECKING:
    from ..operations.station import Station

log = logging.getLogger(__name__)

__all__ = ["HandoverOutbox", "SendResult"]


class SendResult(Enum):
    SHIPPED = "shipped"
    FAILED = "failed"
    WAITING = "waiting"  # not now (in flight, or an earlier try still settling): try later
    UNREACHABLE = "unreachable"  # the OMS cannot be reached: stop this pass


class HandoverOutbox:
    """Sends the pending ship commands of the journal's handovers (see the module's rule)."""

    def __init__(
        self,
        station: Station,
        journal: Journal,
        *,
        retry_seconds: float = 5.0,
        clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
    ) -> None:
        self.station = station
        self.journal = journal
        self.retry_seconds = retry_seconds
        self._clock = clock
        self.on_change: Callable[[], None] | None = None
        #: False after a pass found the OMS unreachable; True after one reached it.
        self.reachable: bool | None = None
        self.last_problem: str | None = None
        self._task: asyncio.Task[None] | None = None
        self._closed = False
        self._empty = asyncio.Event()
        self._pass = asyncio.Lock()  # one pass at a time, whoever asks for it

    # -- what the screen shows ------------------------------------------------------------------

    @property
    def waiting_count(self) -> int:
        """How many handed-over parcels' commands have not reached the OMS ("N waiting")."""
        try:
            return len(self.journal.pending_parcels())
        except JournalError as exc:
            log.error("the journal could not be read for the handover outbox: %s", exc)
            return 0

    def _changed(self) -> None:
        if self.waiting_count == 0:
            self._empty.set()
        else:
            self._empty.clear()
        if self.on_change is not None:
            self.on_change()

    # -- running --------------------------------------------------------------------------------

    def kick(self) -> asyncio.Task[None]:
        """Send what is pending now, in the background, and keep trying every
        ``retry_seconds`` while anything is pending; the running task (one at a time)."""
        if self._task is None or self._task.done():
            self._task = asyncio.ensure_future(self._run())
        return self._task

    async def _run(self) -> None:
        while not self._closed:
            left = await self.send_pending()
            if left == 0 or self._closed:
                return
            await asyncio.sleep(self.retry_seconds)

    async def wait_empty(self) -> None:
        """Return once nothing is pending (every command reached the OMS or was refused)."""
        self._changed()
        await self._empty.wait()

    async def close(self) -> None:
        """Stop trying (pending parcels stay in the journal for the next start)."""
        self._closed = True
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    async def send_pending(self) -> int:
        """One pass over the pending parcels, oldest first; how many are still pending.
        Passes never overlap (a second caller waits for the first)."""
        async with self._pass:
            return await self._send_pending()

    async def _send_pending(self) -> int:
        try:
            pending = self.journal.pending_parcels()
        except JournalError as exc:
            log.error("the journal could not be read for the handover outbox: %s", exc)
            return 0
        for parcel in pending:
            if self._closed:
                break
            result = await self.send_one(parcel)
            if result is SendResult.UNREACHABLE:
                self.reachable = False
                break
            self.reachable = True
        self._changed()
        return self.waiting_count

    # -- one parcel -----------------------------------------------------------------------------

    async def send_one(self, parcel: ParcelRecord) -> SendResult:
        """Reconcile, then send the parcel's command if it is still owed."""
        station = self.station
        package_id = parcel.package_id
        if station.sender.in_flight(package_id):
            return SendResult.WAITING
        try:
            fresh = await station.load_package(package_id)
        except OmsNotFound as exc:
            return self._settle(parcel, ParcelStatus.FAILED, f"The OMS has no such package ({exc.message}).")
        except (OmsConnectionError, OmsServerError) as exc:
            return self._unreachable(exc)
        except OmsError as exc:
            self.last_problem = exc.message
            return SendResult.UNREACHABLE if _stops(exc) else SendResult.WAITING
        if record_took_effect(parcel.command, None, parcel.input_parameters, fresh):
            return self._settle(parcel, ParcelStatus.SHIPPED, None)
        if not self._earlier_try_settled(parcel, fresh):
            return SendResult.WAITING
        if ship_action(fresh) is None:
            state = fresh.state.display_name(station.language)
            return self._settle(parcel, ParcelStatus.FAILED, f"The OMS no longer offers to ship it: it is “{state}”.")
        params = parcel.input_parameters
        try:
            await station.ship(
                fresh,
                tracking_number=params.get(TRACKING_NUMBER_PARAMETER),
                cargo_company_id=params.get(CARGO_COMPANY_PARAMETER),
            )
        except CommandAppliedNotReread:
            return self._settle(parcel, ParcelStatus.SHIPPED, None)
        except CommandInFlight:
            return SendResult.WAITING
        except CommandNotApplied as exc:
            self.last_problem = exc.message
            return SendResult.WAITING if exc.sent else SendResult.UNREACHABLE
        except CommandOutcomeUnknown as exc:
            self.last_problem = exc.message
            if exc.packer_decides:  # the package moved in a way the command does not explain
                return self._settle(parcel, ParcelStatus.FAILED, exc.message)
            return SendResult.UNREACHABLE
        except PackageChanged as exc:
            if isinstance(exc.package, Package) and record_took_effect(
                parcel.command, None, parcel.input_parameters, exc.package
            ):
                return self._settle(parcel, ParcelStatus.SHIPPED, None)
            return self._settle(parcel, ParcelStatus.FAILED, exc.message)
        except OmsHTTPError as exc:
            if _stops(exc):
                self.last_problem = exc.message
                return SendResult.UNREACHABLE
            return self._settle(parcel, ParcelStatus.FAILED, exc.message)
        except OmsError as exc:  # NotPossible: the package offers no ship command now
            return self._settle(parcel, ParcelStatus.FAILED, exc.message)
        return self._settle(parcel, ParcelStatus.SHIPPED, None)

    def _earlier_try_settled(self, parcel: ParcelRecord, fresh: Package) -> bool:
        """False while a ship command the journal left unresolved (after a restart: the
        re-send rule does not know it) may still land; resolves it once it cannot."""
        if self.station.sender.in_flight(parcel.package_id):
            return False  # its own record is open: not one left by a restart
        if self.station.sender.outcome_unknown(parcel.package_id):
            return True  # the re-send rule checks it first
        try:
            records = self.journal.unresolved_commands(parcel.package_id)
        except JournalError:
            return False
        settle = self.station.sender.settle.seconds
        for record in records:
            if action_of_command(record.command) not in SHIP_ACTIONS:
                continue  # not a ship command: not the handover's to decide
            took = record_took_effect(record.command, record.transition_id, record.input_parameters, fresh)
            if took is None:
                continue  # the package no longer offers it: the send below finds out why
            if (self._clock() - record.started_at).total_seconds() < settle:
                return False
            self.station.journal_call("resolve", functools.partial(_not_applied, record.id))
        return True

    def _settle(self, parcel: ParcelRecord, status: ParcelStatus, message: str | None) -> SendResult:
        try:
            self.journal.handover_parcel_settled(parcel.id, status, message)
        except JournalError as exc:
            log.error("the handover of package %s could not be settled in the journal: %s", parcel.package_number, exc)
            self.station.report_journal_failure(str(exc))
            return SendResult.WAITING
        if status is ParcelStatus.FAILED:
            log.warning("handover of package %s: the OMS refused it: %s", parcel.package_number, message)
        else:
            log.info("handover of package %s reached the OMS", parcel.package_number)
        self._changed()
        return SendResult.SHIPPED if status is ParcelStatus.SHIPPED else SendResult.FAILED

    def _unreachable(self, error: OmsError) -> SendResult:
        self.last_problem = error.message
        log.info("the handover outbox waits for the OMS: %s", error.message)
        return SendResult.UNREACHABLE


def _not_applied(command_id: int, journal: Journal) -> None:
    journal.command_finished(command_id, "not_applied", None, "checked before the handover sent it again")


def _stops(error: OmsError) -> bool:
    """Errors after which no other parcel would get through either (wait and retry)."""
    status = getattr(error, "status_code", 0)
    return isinstance(error, (OmsConnectionError, OmsServerError)) or status in (401, 403, 408, 429)
