"""Opening and leaving packages on the bench (no Qt), and reading them in the background.

Mixed into :class:`~instore_app.bench.controller.BenchController`. A package put on the bench
gets its :class:`~instore_app.bench.work.Work` (kept when the packer moves on) and is read
fresh while the packer scans; its packing session starts from the read (or the details read
ahead), with the confirmations the journal kept and the scans that waited for it. A package
the OMS or another station moved on is left alone.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone
from typing import Any

from ..api import Package
from ..packing import PackingSession
from .core import BenchCore
from .events import Notice, Switched
from .work import ClaimStatus, LabelStatus, Level, Note, Phase, Question, QuestionKind, Work

log = logging.getLogger(__name__)

__all__ = ["Opening"]


class Opening(BenchCore):
    """The package on the bench and its reads; a part of BenchController."""

    def open(self, package_id: int) -> None:
        """Put the package on the bench (a number scanned, Enter on the list, Packed today)."""
        previous = self.current
        if previous is not None and previous.package_id != package_id:
            self._leave(previous)
        work = self.works.get(package_id)
        if work is None:
            number = self.station.directory.number_of(package_id) or str(package_id)
            work = Work(package_id, number)
            self.works[package_id] = work
        self.current_id = package_id
        holder = self.station.held_by_another(package_id)
        if holder is not None and not work.taken_over and work.phase in (Phase.LOADING, Phase.SCANNING):
            work.question = Question(QuestionKind.TAKE_OVER, package_id, (work.number, holder))
        if work.phase in (Phase.LOADING, Phase.SCANNING, Phase.UNAVAILABLE):
            work.note = None
            detail = self.station.details.get(package_id)
            if work.session is None and detail is not None:
                self._start_session(work, detail)
            elif work.session is None:
                work.phase = Phase.LOADING
            self._read(work)
        elif work.phase is Phase.FINISHED and work.package is None:
            self._read(work)
        self._emit(Switched(package_id))
        if work.phase is Phase.SCANNING:
            self.station.opened(package_id)

    def close(self) -> None:
        """Back to the list."""
        work = self.current
        if work is not None:
            self._leave(work)
        self.current_id = None
        self._emit(Switched(None))

    def next_package(self) -> None:
        """The next waiting package by pack-by date (whatever the list shows), skipping the one
        on the bench and those finished or being finished here."""
        far = datetime.max.replace(tzinfo=timezone.utc)
        busy = {pid for pid, w in self.works.items() if w.phase not in (Phase.LOADING, Phase.SCANNING)}
        for package in sorted(self.station.packages, key=lambda p: (p.target_packing_date or far, p.id)):
            held = self.station.held_by_another(package.id) is not None
            if package.id != self.current_id and package.id not in busy and not held:
                self.open(package.id)
                return
        work = self.current
        note = Note("no_other_package", Level.ERROR)
        if work is None:
            self._problem(note)
        else:
            self._scanned(work, None, note)

    def _leave(self, work: Work) -> None:
        """The packer moved on. The package keeps its Work: its confirmations stay in memory as
        well as in the journal, scans that wait for its read count when it arrives, and a pack
        asked for, or a command on its way, goes on. Only its open question is dropped."""
        if self.dialog is not None and self.dialog[1] == work.package_id:
            self.dialog = None
        work.question = None

    def _read(self, work: Work) -> None:
        """Read the package fresh (in the background); scans go on meanwhile."""
        package_id = work.package_id
        if package_id in self._reads:
            return

        def done(package: Any) -> None:
            self._reads.pop(package_id, None)
            self._loaded(package_id, package)

        def failed(exc: BaseException) -> None:
            self._reads.pop(package_id, None)
            self._read_failed(package_id, exc)

        self._reads[package_id] = self._spawn(self.station.load_package(package_id), done, failed)

    def _loaded(self, package_id: int, package: Package) -> None:
        work = self.works.get(package_id)
        if work is None:
            return
        work.number = package.number
        if work.phase is Phase.FINISHED:
            work.package = package
            if work.finished == "packed" and work.label_status is LabelStatus.NONE:
                self._fetch_label(work)
            self._updated(work)
            return
        if work.session is None:
            self._start_session(work, package)
            if self.current_id == package_id:
                self.station.opened(package_id)
        elif work.phase is Phase.SCANNING:
            dropped = work.session.update_package(package)
            work.package = package
            if dropped:
                work.note = Note("confirmations_dropped", Level.ERROR, (str(len(dropped)),))
        if work.phase is Phase.SCANNING:
            if not self.station.is_open(package):
                self._changed(work, package)
            elif work.claim is ClaimStatus.PENDING:
                self._claim(work)
        self._updated(work)

    def _read_failed(self, package_id: int, exc: BaseException) -> None:
        work = self.works.get(package_id)
        if work is None:
            return
        if work.phase is Phase.LOADING:
            work.phase = Phase.UNAVAILABLE  # its waiting scans stay: they count once it is read
            self._set_error(work, exc)
        elif work.phase is Phase.SCANNING and work.claim is ClaimStatus.PENDING:
            work.claim = ClaimStatus.FAILED  # what was asked is not sent: asking again reads first
            work.queued = None
            self._set_error(work, exc)
        self._updated(work)
        if package_id != self.current_id and work.note is not None and work.note.is_error:
            self._emit(Notice(package_id, work.number, Note("background_failed", Level.ERROR, (work.number, *work.note.params))))

    def _start_session(self, work: Work, package: Package) -> None:
        session = PackingSession(package)
        restored = session.restore(self.station.restored_confirmations(package.id))
        if restored:
            log.info("package %s: %d confirmations restored from the journal", package.id, len(restored))
        work.session, work.package, work.phase, work.number = session, package, Phase.SCANNING, package.number
        done, total = session.progress
        log.info("package %s open on the bench, %d of %d confirmed", package.id, done, total)
        pending, work.pending_scans = work.pending_scans, []
        for code in pending:
            if work.phase is Phase.SCANNING:
                self._match(work, session, code)

    def _changed(self, work: Work, package: Package) -> None:
        """The OMS or another station moved the package on: nothing to do here any more."""
        work.phase = Phase.CHANGED
        work.package = package
        work.note = Note("changed_elsewhere", Level.ERROR, (self.station.state_name(package),))
        self.station.close(package.id, package.number, "gone")
