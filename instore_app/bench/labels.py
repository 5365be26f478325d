"""The shipping label of a package packed here (no Qt): read, printed, printed again.

Mixed into :class:`~instore_app.bench.controller.BenchController`. After a pack the label (or,
without one, the packing slip) is read in the background; the screen prints it (by itself with
``auto_print``, or on the Reprint label key) and says how printing went (:meth:`Labels.printed`).
"""

from __future__ import annotations

import logging
from typing import Any

from ..api import OmsError
from ..packing.command_codes import BenchCommand
from .core import BenchCore
from .events import Notice, PrintLabel, Sound
from .work import LabelStatus, Level, Note, Phase, Work

log = logging.getLogger(__name__)

__all__ = ["Labels"]


class Labels(BenchCore):
    """The label of each package packed here; a part of BenchController."""

    def _has_label(self, work: Work) -> bool:
        package = work.package
        if work.finished == "packed":
            return True
        return package is not None and package.shipping_label is not None and work.phase is Phase.CHANGED

    def _fetch_label(self, work: Work, *, reread: bool = False) -> None:
        package_id = work.package_id
        work.label_status, work.print_note = LabelStatus.LOADING, None
        station = self.station

        async def run() -> Any:
            package = work.package
            if reread or package is None:
                package = await station.load_package(package_id)
                work.package = package
            return await station.fetch_label(package)

        self._spawn(run(), lambda doc: self._label_ready(package_id, doc), lambda exc: self._label_failed(package_id, exc))

    def _label_ready(self, package_id: int, document: Any) -> None:
        work = self.works.get(package_id)
        if work is None:
            return
        work.label = document
        work.label_status = LabelStatus.SLIP if document is None else LabelStatus.READY
        if work.note is not None and work.note.code in ("label_failed", "reading_label"):
            work.note = None  # back to "Packed ✔ Put the label on the box"
        self._updated(work)
        if self.auto_print or work.print_when_ready:
            work.print_when_ready = False
            self._emit(PrintLabel(package_id, document, auto=True))
            if package_id != self.current_id:
                self._emit(Sound("label"))

    def _label_failed(self, package_id: int, exc: BaseException) -> None:
        work = self.works.get(package_id)
        if work is None:
            return
        work.label_status = LabelStatus.FAILED
        work.print_when_ready = False
        message = exc.message if isinstance(exc, OmsError) else type(exc).__name__
        if not isinstance(exc, OmsError):
            log.error("reading the label of package %s failed unexpectedly", package_id, exc_info=exc)
        work.note = Note("label_failed", Level.ERROR, (message, BenchCommand.REPRINT_LABEL.key))
        self._updated(work)
        if package_id != self.current_id:
            self._emit(Notice(package_id, work.number, Note("background_label_failed", Level.ERROR, (work.number, message))))

    def _print(self, work: Work) -> None:
        if work.label_status in (LabelStatus.READY, LabelStatus.SLIP):
            self._emit(PrintLabel(work.package_id, work.label, auto=False))
            return
        work.print_when_ready = True
        if work.label_status is not LabelStatus.LOADING:
            self._fetch_label(work, reread=True)
        work.note = Note("reading_label", Level.BUSY, (work.number,))
        self._updated(work)

    def printed(self, package_id: int, problem: str | None) -> None:
        """The screen printed the label (`problem`: why it could not)."""
        work = self.works.get(package_id)
        if work is None:
            return
        work.print_note = None if problem is None else Note("print_failed", Level.ERROR, (problem,))
        self._updated(work)
        if problem is not None:
            self._emit(Sound("error"))
