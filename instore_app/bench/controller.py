"""The bench controller: the one owner of what a scan or a bench command means (no Qt here).

It takes scans and bench commands (a key and its command barcode are the same input), owns the
package on the bench and a :class:`~instore_app.bench.work.Work` for every package whose command
is on its way or that was finished here today, and runs the async work (reads, the claim, pack,
out of stock, refuse, labels) as tasks tagged with their package. Every result lands on its own
package's Work; the screen is told through events (:mod:`instore_app.bench.events`) that name
the package, and only paints them.

Scan ahead: from the moment a package number is scanned, item scans count. With the details
read ahead they are matched at once; otherwise they wait (in order) for the read. The claim
(Waiting -> Preparing) runs in the background, and packing waits for it, never the packer.

Pack in the background: after the last item the packer may scan the next package at once; the
previous package's pack and label go on and land on that package (and in Packed today).

The controller is made of parts, each a module with one job, on one :class:`~.core.BenchCore`
(the state and the plumbing): :mod:`.dispatch` (what a scan or a key means), :mod:`.questions`
(questions and dialogs), :mod:`.opening` (the package on the bench and its reads),
:mod:`.sending` (the claim and the commands that finish a package), :mod:`.labels`,
:mod:`.invoice_step` and :mod:`.repack`. This module puts them together, and says what the
screen paints: the commands on offer, the prompt and the banner.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING

from ..operations import FINISH_REASONS
from ..packing import Action
from ..packing.command_codes import BenchCommand
from .dispatch import Dispatch
from .events import TodayChanged
from .invoice_step import InvoiceStep
from .labels import Labels
from .opening import Opening
from .questions import Questions
from .repack import RepackSteps
from .sending import Sending
from .work import ClaimStatus, Level, Note, Phase, Work

if TYPE_CHECKING:
    from .handover_mode import HandoverMode

__all__ = ["BenchController"]

_SENDING_NOTE = {Action.PACK: "packing", Action.OUT_OF_STOCK: "reporting_out_of_stock", Action.REFUSE: "refusing"}
_DONE_NOTE = {"packed": "packed", "refused": "refused", "out_of_stock": "reported_out_of_stock"}


class BenchController(Dispatch, Questions, Opening, Sending, Labels, InvoiceStep, RepackSteps):
    """See the module docstring. `listener` receives every event, on the loop's thread; the
    constructor is :class:`~.core.BenchCore`'s."""

    #: The courier handover (handover_mode.py): while its view is open, it takes the scans.
    handover: HandoverMode | None

    # -- state the screen paints ----------------------------------------------------------------

    def available(self, work: Work | None = None) -> frozenset[BenchCommand]:
        """The bench commands that do something now (buttons and keys are enabled from this)."""
        work = work if work is not None else self.current
        commands = {BenchCommand.NEXT_PACKAGE, BenchCommand.TODAY}
        if work is None:
            return frozenset(commands)
        commands.add(BenchCommand.CLOSE)
        if work.question is not None:
            return frozenset({BenchCommand.ACKNOWLEDGE, BenchCommand.CLOSE})
        session, package = work.session, work.package
        if work.phase is Phase.SCANNING and session is not None and package is not None:
            offered = self.station.offered(package)
            if session.confirmed_item_ids:
                commands |= {BenchCommand.UNDO, BenchCommand.RESET}
            if Action.OUT_OF_STOCK in offered and session.required_items:
                commands.add(BenchCommand.OUT_OF_STOCK)
            if Action.REFUSE in offered:
                commands.add(BenchCommand.REFUSE)
            claim_to_come = work.claim is not ClaimStatus.NOT_NEEDED and work.claim is not ClaimStatus.DONE
            if session.is_complete and (Action.PACK in offered or (claim_to_come and self.station.needs_claim(package))):
                commands.add(BenchCommand.PACK)
        if work.phase in (Phase.FINISHED, Phase.CHANGED) and self._has_label(work):
            commands.add(BenchCommand.REPRINT_LABEL)
        if self.can_repack(work):
            commands.add(BenchCommand.REPACK)
        return frozenset(commands)

    def prompt(self, work: Work) -> Note:
        """The neutral word for the package's state: what to do next."""
        session = work.session
        if work.phase is Phase.LOADING:
            waiting = len(work.pending_scans)
            if waiting:
                return Note("scans_waiting", Level.BUSY, (work.number, str(waiting)))
            return Note("opening", Level.BUSY, (work.number,))
        if work.phase is Phase.SENDING and work.sending is not None:
            return Note(_SENDING_NOTE[work.sending], Level.BUSY, (work.number,))
        if work.phase is Phase.FINISHED and work.finished is not None:
            return Note(_DONE_NOTE.get(work.finished, "packed"), Level.OK, (work.number, work.detail or ""))
        if work.phase is Phase.CHANGED and work.package is not None:
            return Note("changed", Level.INFO, (self.station.state_name(work.package),))
        if work.phase is Phase.UNAVAILABLE or session is None:
            return Note("unavailable", Level.ERROR, (work.number, str(len(work.pending_scans))))
        if session.is_empty:
            return Note("nothing_to_pack", Level.ERROR)
        if session.is_complete:
            invoice = self._invoice_prompt(work)
            if invoice is not None:
                return invoice
            if BenchCommand.PACK in self.available(work):
                return Note("all_confirmed_pack", Level.INFO, (BenchCommand.PACK.key,))
            return Note("all_confirmed_cannot_pack", Level.INFO)
        return Note("scan_items", Level.INFO, (str(len(session.missing_items())),))

    def banner(self, work: Work) -> Note:
        """What the bench's big banner says for the package: its question, its last note, or
        the neutral prompt."""
        if work.question is not None:
            return Note(f"question_{work.question.kind.value}", Level.INFO, work.question.params)
        return work.note if work.note is not None else self.prompt(work)

    # -- after a restart ---------------------------------------------------------------------------

    async def start(self) -> None:
        """Today's finished packages from the journal, and the commands a stopped app left
        unfinished, checked against the OMS (their packages land in Packed today)."""
        for row in self.station.finished_today():
            if row.package_id not in self.works and row.reason in _DONE_NOTE:
                self.works[row.package_id] = Work(
                    row.package_id,
                    row.package_number or str(row.package_id),
                    phase=Phase.FINISHED,
                    finished=row.reason,
                    finished_at=row.at,
                )
        for result in await self.station.reconcile_unfinished():
            if result.took_effect and result.action in FINISH_REASONS and result.package is not None:
                reason = FINISH_REASONS[result.action]
                existing = self.works.get(result.package_id)
                work = existing or Work(result.package_id, result.package.number)
                work.phase, work.finished, work.package = Phase.FINISHED, reason, result.package
                work.finished_at = work.finished_at or datetime.now(timezone.utc)
                self.works[result.package_id] = work
        self._emit(TodayChanged())
