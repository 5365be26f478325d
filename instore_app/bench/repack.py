"""Repack on the bench (no Qt): an Out of Stock or Needs Rescheduling package back to Waiting.

Mixed into :class:`~instore_app.bench.controller.BenchController`. The "needs attention" list
(``Station.repack_candidates``) names the packages; :meth:`RepackSteps.ask_repack` puts one on
the bench and asks (Enter / the OK barcode: yes, Esc / the Close barcode: no); the Repack key
(Ctrl+R) or its barcode asks the same for a package on the bench that offers ``REPACK_PACKAGE``.
Yes sends REPACK_PACKAGE (body ``{}``) under the re-send rule of ``Station.execute``. Once
it took effect the bench goes back to the list, the news line says so, and the list is read
again (the package is Waiting: it is in the list to pack like any other).
"""

from __future__ import annotations

import logging

from ..api import Package
from ..operations import CommandAppliedNotReread, CommandOutcomeUnknown, PackageChanged
from ..operations.backend import Repacks
from ..packing import Action, find_command
from ..packing.commands import ACTION_COMMANDS
from .core import BenchCore
from .events import Finished, Notice, Sound
from .work import Level, Note, Phase, Question, QuestionKind, Work

log = logging.getLogger(__name__)

__all__ = ["REPACKED", "RepackSteps", "offers_repack"]

#: The reason the Finished event gives for a repack (the list is read again).
REPACKED = "repacked"


def offers_repack(package: Package | None) -> bool:
    """Whether the package's own ``commands`` offer REPACK_PACKAGE now."""
    return package is not None and find_command(package, ACTION_COMMANDS[Action.REPACK]) is not None


class RepackSteps(BenchCore):
    """A part of BenchController (see :mod:`.core` for what the parts share)."""

    # -- asking ----------------------------------------------------------------------------------

    def can_repack(self, work: Work) -> bool:
        """Repack is on offer for the package on the bench: the OMS moved it out of this
        station's states (Out of Stock, Needs Rescheduling) and it offers REPACK_PACKAGE."""
        return (work.phase is Phase.CHANGED and work.sending is None and offers_repack(work.package)
                and isinstance(self.station, Repacks))

    def ask_repack(self, package_id: int) -> None:
        """From the "needs attention" list: put the package on the bench and ask whether to
        repack it (it is read meanwhile; yes repacks it as it is then)."""
        self.open(package_id)
        work = self.works.get(package_id)
        if work is not None:
            self._ask_repack(work)

    def _ask_repack(self, work: Work) -> None:
        package = work.package
        state = package.state.display_name(self.station.language) if package is not None else ""
        work.question = Question(QuestionKind.REPACK, work.package_id, (work.number, state), Action.REPACK)
        work.note = None
        self._updated(work)

    # -- sending ---------------------------------------------------------------------------------

    def _repack(self, work: Work) -> None:
        """Yes: send REPACK_PACKAGE (the package is read first if the bench has not yet)."""
        package_id = work.package_id
        station = self.station
        if not isinstance(station, Repacks):  # the list of packages to repack comes from one that does
            log.error("package %s: %s cannot repack", work.number, station.backend_name)
            work.question = None
            self._scanned(work, None, Note("not_possible_now", Level.ERROR, (Action.REPACK.value,)))
            return
        work.sending = Action.REPACK
        work.note = Note("repacking", Level.BUSY, (work.number,))
        self._updated(work)

        async def run() -> Package:
            package = work.package if work.phase is Phase.CHANGED and work.package is not None else None
            if package is None:
                package = await station.load_package(package_id)
            # After an unknown outcome the packer's yes is the go-ahead the re-send rule asks for.
            return await station.repack(package, packer_confirmed=work.outcome_unknown)

        self._spawn(run(), lambda fresh: self._repacked(package_id, fresh), lambda exc: self._repack_failed(package_id, exc),
                    command=True)

    def _repacked(self, package_id: int, package: Package | None) -> None:
        work = self.works.pop(package_id, None)  # Waiting again: the next open starts afresh
        number = package.number if package is not None else (work.number if work is not None else str(package_id))
        log.info("package %s repacked: back to waiting", number)
        if self.current_id == package_id:
            self.close()
        self._emit(Notice(package_id, number, Note("repacked", Level.OK, (number,))))
        self._emit(Sound("ok"))
        self._emit(Finished(package_id, REPACKED))

    def _repack_failed(self, package_id: int, exc: BaseException) -> None:
        if isinstance(exc, CommandAppliedNotReread):
            self._repacked(package_id, exc.package if isinstance(exc.package, Package) else None)
            return
        work = self.works.get(package_id)
        if work is None:
            log.error("package %s: repack failed, but the bench no longer knows it", package_id)
            return
        work.sending = None
        if isinstance(exc, PackageChanged) and isinstance(exc.package, Package):
            work.package = exc.package
            if exc.package.state.enum_value in self.station.open_states:  # someone repacked it first
                self._repacked(package_id, exc.package)
                return
        if isinstance(exc, CommandOutcomeUnknown):
            work.outcome_unknown = True  # Repack again (Ctrl+R) asks, and yes sends it anyway
            if isinstance(exc.package, Package):
                work.package = exc.package
        self._set_error(work, exc)  # in words: the OMS's message, or what went wrong
        self._updated(work)
        self._emit(Sound("error"))
        if package_id != self.current_id and work.note is not None:
            self._emit(Notice(package_id, work.number, Note("background_failed", Level.ERROR, (work.number, *work.note.params))))
