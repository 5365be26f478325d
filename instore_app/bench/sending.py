"""The claim and the commands that finish a package (no Qt), sent in the background.

Mixed into :class:`~instore_app.bench.controller.BenchController`. The claim (Waiting ->
Preparing) runs as soon as the package is read; pack, out of stock and refuse wait for it,
never the packer. Each command runs under the station's re-send rule, and its result lands on
its own package's Work, whichever package is on the bench by then: finished (and in Packed
today), changed elsewhere, an error in words, or the question whether to send it again.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone

from ..api import Package
from ..operations import (
    FINISH_REASONS,
    CommandAppliedNotReread,
    CommandNotApplied,
    CommandOutcomeUnknown,
    PackageChanged,
)
from ..packing import Action
from ..packing.command_codes import BenchCommand
from .core import BenchCore
from .events import Finished, Notice, Sound, TodayChanged
from .work import ClaimStatus, LabelStatus, Level, Note, Phase, Question, QuestionKind, Work

log = logging.getLogger(__name__)

__all__ = ["Sending"]

_COMMAND_OF_ACTION = {
    Action.PACK: BenchCommand.PACK,
    Action.OUT_OF_STOCK: BenchCommand.OUT_OF_STOCK,
    Action.REFUSE: BenchCommand.REFUSE,
}



class Sending(BenchCore):
    """The claim, and pack, out of stock and refuse; a part of BenchController."""

    def _claim(self, work: Work) -> None:
        package = work.package
        assert package is not None
        if not self.station.needs_claim(package):
            work.claim = ClaimStatus.NOT_NEEDED
            self._claim_settled(work)
            return
        work.claim = ClaimStatus.RUNNING
        package_id = work.package_id
        self._spawn(
            self.station.claim(package),
            lambda fresh: self._claimed(package_id, fresh),
            lambda exc: self._claim_failed(package_id, exc),
            command=True,
        )

    def _claimed(self, package_id: int, package: Package) -> None:
        work = self.works.get(package_id)
        if work is None:
            return
        work.claim = ClaimStatus.DONE
        work.package = package
        if work.session is not None and work.phase is Phase.SCANNING:
            work.session.update_package(package)
        self._claim_settled(work)
        self._updated(work)

    def _claim_settled(self, work: Work) -> None:
        """The claim ended: send what the packer asked for meanwhile (it retries a failed claim)."""
        queued, work.queued = work.queued, None
        if queued is not None and work.phase is Phase.SCANNING:
            self._send(work, *queued)

    def _claim_failed(self, package_id: int, exc: BaseException) -> None:
        work = self.works.get(package_id)
        if work is None:
            return
        if isinstance(exc, CommandAppliedNotReread):
            # It took effect, but the package as it is now is not known: read it, and what was
            # asked for meanwhile goes on from there (the claim then finds nothing to do).
            work.claim = ClaimStatus.PENDING
            self._read(work)
            return
        work.claim = ClaimStatus.FAILED
        work.queued = None  # not sent: the packer asks again (and the claim is tried first)
        if isinstance(exc, PackageChanged):
            work.package = exc.package
            if work.session is not None:
                work.session.update_package(exc.package)
            if not self.station.is_open(exc.package):
                self._changed(work, exc.package)
            else:
                work.claim = ClaimStatus.NOT_NEEDED
                state = self.station.state_name(exc.package)
                work.note = Note("taken_by_another_station", Level.ERROR, (state,))
        else:
            self._set_error(work, exc)
        self._updated(work)
        self._emit(Sound("error"))
        if package_id != self.current_id and work.note is not None:
            self._emit(Notice(package_id, work.number, Note("background_failed", Level.ERROR, (work.number, *work.note.params))))

    # -- commands that finish a package ------------------------------------------------------------

    def _pack(self, work: Work) -> None:
        if self._needs_invoice(work):
            self._ask_invoice(work)
            return
        self._send(work, Action.PACK)

    def _send(
        self,
        work: Work,
        action: Action,
        item_ids: tuple[int, ...] = (),
        reason_id: int | None = None,
        *,
        packer_confirmed: bool = False,
    ) -> None:
        package_id = work.package_id
        if work.claim is ClaimStatus.FAILED:
            # The claim failed before: read the package as it is now, claim it if it still needs
            # it, and send this right after.
            work.claim = ClaimStatus.PENDING
            self._read(work)
        if work.claim in (ClaimStatus.PENDING, ClaimStatus.RUNNING):
            # The claim (or the fresh read before it) is still on its way: this goes right after.
            work.queued = (action, item_ids, reason_id)
            work.note = Note("waits_for_oms", Level.BUSY, (work.number, _COMMAND_OF_ACTION[action].label))
            self._updated(work)
            return
        work.phase, work.sending, work.note = Phase.SENDING, action, None
        self._updated(work)
        station = self.station

        async def run() -> Package:
            package = work.package
            assert package is not None
            if action is Action.PACK:
                if item_ids and reason_id is not None:  # the rest, once the missing items are dealt with
                    return await station.pack_rest(package, item_ids, reason_id, packer_confirmed=packer_confirmed)
                return await station.pack(package, packer_confirmed=packer_confirmed)
            if action is Action.OUT_OF_STOCK:
                return await station.report_out_of_stock(package, item_ids, packer_confirmed=packer_confirmed)
            assert reason_id is not None
            return await station.refuse(package, reason_id, packer_confirmed=packer_confirmed)

        self._spawn(
            run(),
            lambda fresh: self._sent(package_id, action, fresh),
            lambda exc: self._send_failed(package_id, action, exc, item_ids, reason_id),
            command=True,
        )

    def _sent(self, package_id: int, action: Action, package: Package, *, reread: bool = True) -> None:
        work = self.works.get(package_id)
        if work is None:
            log.error("package %s: %s done, but the bench no longer knows it", package_id, action.value)
            return
        reason = FINISH_REASONS[action]
        work.phase, work.sending, work.finished = Phase.FINISHED, None, reason
        work.package, work.number = package, package.number
        work.finished_at = datetime.now(timezone.utc)
        work.outcome_unknown = False
        work.note = None
        if action is Action.PACK:
            if reread:
                self._fetch_label(work)
            else:
                work.label_status = LabelStatus.FAILED
                work.note = Note("label_failed", Level.ERROR, ("", BenchCommand.REPRINT_LABEL.key))
        self._updated(work)
        self._emit(Finished(package_id, reason))
        self._emit(TodayChanged())
        if package_id != self.current_id:
            self._emit(Notice(package_id, work.number, Note(f"background_{reason}", Level.OK, (work.number,))))

    def _send_failed(
        self, package_id: int, action: Action, exc: BaseException, item_ids: tuple[int, ...], reason_id: int | None
    ) -> None:
        if isinstance(exc, CommandAppliedNotReread):
            self._sent(package_id, action, exc.package, reread=False)
            return
        work = self.works.get(package_id)
        if work is None:
            log.error("package %s: %s failed, but the bench no longer knows it", package_id, action.value)
            return
        work.phase, work.sending = Phase.SCANNING, None
        if isinstance(exc, PackageChanged):
            work.package = exc.package
            if work.session is not None:
                work.session.update_package(exc.package)
            if not self.station.is_open(exc.package):
                self._changed(work, exc.package)
            else:
                self._set_error(work, exc)
        elif isinstance(exc, CommandOutcomeUnknown):
            work.outcome_unknown = True
            if exc.package is not None:
                work.package = exc.package
            if exc.packer_decides:
                params = (work.number, _COMMAND_OF_ACTION[action].label)
                work.question = Question(QuestionKind.RESEND, package_id, params, action, item_ids, reason_id)
                work.note = None
            else:
                self._set_error(work, exc)
        elif isinstance(exc, CommandNotApplied) and exc.package is not None:
            work.package = exc.package
            self._set_error(work, exc)
        else:
            self._set_error(work, exc)
        self._updated(work)
        self._emit(Sound("error"))
        if package_id != self.current_id:
            note = work.note or Note("question_resend", Level.ERROR, (work.number,))
            self._emit(Notice(package_id, work.number, Note("background_failed", Level.ERROR, (work.number, *note.params))))

    def _checking(self, package_id: int, message: str) -> None:
        """The OMS's answer to a command was lost: the package is being re-read."""
        work = self.works.get(package_id)
        if work is not None and work.phase is Phase.SENDING:
            seconds = f"{self.station.sender.settle.seconds:g}"
            work.note = Note("checking", Level.BUSY, (work.number, message, seconds))
            self._updated(work)
