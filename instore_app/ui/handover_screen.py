"""Between the handover mode and the screen: paints the handover view, prints the manifests.

:class:`HandoverScreen` listens to the :class:`~instore_app.bench.handover_mode.HandoverMode`
(its own listener, beside the bench's): it repaints the view, asks the window to show or
leave it, and prints each manifest as the handover finishes -- on the label printer through
``labels.print_label`` with no dialog, as the bench prints labels -- after keeping its PDF in
the user data folder (:class:`~instore_app.handover.archive.ManifestArchive`, 7 days). The
view's number keys and buttons go to the mode and the bench controller.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from ..bench import BenchController
from ..bench.handover_mode import HandoverChanged, HandoverEvent, HandoverMode, HandoverShown, PrintManifest
from ..handover import Manifest
from ..handover.archive import ManifestArchive
from ..labels import LabelError, LabelPrintSettings
from ..labels.sheet_pages import SheetCarrier
from ..packing.command_codes import BenchCommand
from .handover_view import HandoverView
from .oms_messages import translate_message

if TYPE_CHECKING:  # printing (QtPrintSupport) is loaded at the first manifest, not at start-up
    from PySide6.QtPrintSupport import QPrinter

log = logging.getLogger(__name__)

__all__ = ["HandoverScreen"]


class HandoverScreen(QObject):
    #: Show the handover view (True), or leave it (False).
    shown = Signal(bool)
    #: How many handed-over parcels wait to reach the OMS (for the window's status line).
    waiting_changed = Signal(int)
    #: A manifest was printed (its handover id), or could not be (id, and the problem).
    manifest_printed = Signal(int, object)
    #: The carrier codes sheet was written (its path) or could not be (None, the problem).
    sheet_written = Signal(object, object)

    def __init__(
        self,
        controller: BenchController,
        mode: HandoverMode,
        view: HandoverView,
        *,
        print_settings: LabelPrintSettings,
        archive: ManifestArchive,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.mode = mode
        self.view = view
        self.archive = archive
        #: The printer a manifest goes to (the label printer, as for labels); tests give a PDF.
        self.printer_factory: Callable[[], QPrinter] = lambda: _make_printer(print_settings)
        #: Shows the carrier codes sheet's PDF (the system's PDF viewer prints it at 100 %).
        self.open_file: Callable[[Path], object] = lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self._waiting = -1
        mode.listener = self.handle
        view.choose_requested.connect(mode.choose)
        view.command_requested.connect(controller.command)
        view.acknowledged.connect(lambda: controller.command(BenchCommand.ACKNOWLEDGE))
        view.reprint_requested.connect(mode.reprint)
        view.sheet_requested.connect(self.write_carrier_sheet)
        view.paint(mode)

    def handle(self, event: HandoverEvent) -> None:
        if isinstance(event, HandoverShown):
            self.shown.emit(event.shown)
            if event.shown:
                self.view.focus()
        elif isinstance(event, HandoverChanged):
            self.view.paint(self.mode)
            waiting = self.mode.waiting_count
            if waiting != self._waiting:
                self._waiting = waiting
                self.waiting_changed.emit(waiting)
        elif isinstance(event, PrintManifest):
            self._print(event.manifest)

    # -- the manifest ------------------------------------------------------------------------------

    def _print(self, manifest: Manifest) -> None:
        """Keep its PDF (A4), then print it on the printer; the mode says how it went."""
        kept = self.archive.path_for(manifest)
        try:
            from ..labels.manifest import manifest_pdf

            manifest_pdf(manifest, kept)
            self.archive.prune()
        except LabelError as exc:  # printing still goes on: the journal keeps the manifest
            log.warning("the manifest of handover %s was not kept as a PDF: %s", manifest.handover_id, exc)
        else:
            log.info("manifest of handover %s kept in %s", manifest.handover_id, kept)
        problem: str | None = None
        try:
            from ..labels.manifest import print_manifest

            print_manifest(manifest, self.printer_factory())
        except LabelError as exc:
            log.warning("the manifest of handover %s was not printed: %s", manifest.handover_id, exc)
            problem = translate_message(str(exc))
        self.mode.manifest_printed(manifest, problem)
        self.manifest_printed.emit(manifest.handover_id, problem)

    # -- the carrier codes sheet --------------------------------------------------------------------

    def write_carrier_sheet(self) -> Path | None:
        """The command sheet with this OMS's carriers (numbered as in the view), as a PDF next
        to the manifests, shown in the system's viewer to print at 100 %."""
        carriers = [SheetCarrier(c.company.id, c.company.name, c.key) for c in self.mode.carriers()]
        path = self.archive.folder.with_name("command-sheet.pdf")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            from ..labels.command_sheet import command_sheet_pdf

            command_sheet_pdf(path, carriers=carriers)
        except (LabelError, OSError) as exc:
            log.warning("the carrier codes sheet was not written: %s", exc)
            self.sheet_written.emit(None, translate_message(str(exc)))
            return None
        log.info("command sheet with %d carriers written to %s", len(carriers), path)
        self.sheet_written.emit(path, None)
        self.open_file(path)
        return path


def _make_printer(settings: LabelPrintSettings) -> QPrinter:
    from ..labels import make_printer

    return make_printer(settings)
