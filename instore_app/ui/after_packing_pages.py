"""The main window's pieces for what follows packing, wired in one place:

* the courier handover page (:class:`~.handover_view.HandoverView`, painted by
  :class:`~.handover_screen.HandoverScreen`), shown while the handover mode is open, and a
  line in the status bar while handed-over parcels wait to reach the OMS;
* the bench's history and order details (:class:`~.package_history.PackageHistory` in the
  bench's ``details_slot``) and the list detail pane's (in :class:`~.package_view.PackageView`);
* the "needs attention" list under the waiting list (:class:`~.attention_view.AttentionView`),
  read after each refresh, whose packages the Repack key (Ctrl+R) or Enter puts on the bench with
  the repack question.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from ..handover.archive import ManifestArchive, default_folder
from ..packing.command_codes import BenchCommand
from .attention_view import AttentionView
from .handover_screen import HandoverScreen
from .handover_view import HandoverView
from .notes import note_text
from .package_history import PackageHistory

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger(__name__)

__all__ = ["AfterPackingPages"]


class AfterPackingPages(QObject):
    def __init__(self, window: MainWindow, *, manifests: Callable[[], Path] | None = None) -> None:
        super().__init__(window)
        self.window = window
        station, controller = window.station, window.controller
        self.bench_history = PackageHistory(language=window.language, source=station)
        window.bench.details_slot.addWidget(self.bench_history, 2)
        window.bench.set_look(window.bench.look)  # its font follows the bench's size
        window.bench.work_shown.connect(self.bench_history.show_work)
        window.package_view.history.set_source(station)

        self.attention = AttentionView(language=window.language)
        self.attention.repack_requested.connect(controller.ask_repack)
        page_layout = window.list_page.layout()
        assert page_layout is not None
        page_layout.addWidget(self.attention)

        self.handover_view = HandoverView()
        window.stack.addWidget(self.handover_view)
        self.waiting_label = QLabel()
        self.waiting_label.setStyleSheet("QLabel { color: #6a1b9a; font-weight: bold; }")
        self.waiting_label.hide()
        window.status_bar.addPermanentWidget(self.waiting_label)
        self.screen: HandoverScreen | None = None
        mode = controller.handover
        if mode is not None:
            self.screen = HandoverScreen(
                controller,
                mode,
                self.handover_view,
                print_settings=window.options.print_settings,
                archive=ManifestArchive(manifests() if manifests is not None else default_folder()),
                parent=self,
            )
            self.screen.shown.connect(self._shown)
            self.screen.waiting_changed.connect(self._waiting)

    def cancel_all(self) -> None:
        """The window closes: stop the reads of history and order details."""
        self.bench_history.cancel()
        self.window.package_view.history.cancel()

    @property
    def handover_open(self) -> bool:
        mode = self.window.controller.handover
        return mode is not None and mode.active

    def list_refreshed(self) -> None:
        """After each refresh of the waiting list: read the "needs attention" list too."""
        tasks = self.window.tasks
        if not tasks.running("attention"):
            tasks.start("attention", self.window.station.repack_candidates(), self.attention.show_packages)

    def bench_key(self, command: BenchCommand) -> bool:
        """Ctrl+R on the list page repacks the "needs attention" package selected there; True
        when it did (the other keys go to the controller)."""
        window = self.window
        if command is BenchCommand.REPACK and window.stack.currentWidget() is window.list_page and not self.handover_open:
            package_id = self.attention.selected_package_id()
            if package_id is not None and self.attention.isVisible():
                window.controller.ask_repack(package_id)
                return True
        return False

    def _shown(self, shown: bool) -> None:
        window = self.window
        if shown:
            window.banner.clear_message()
            window.stack.setCurrentWidget(self.handover_view)
            self.handover_view.focus()
            return
        if window.controller.current is not None:
            window.stack.setCurrentWidget(window.bench)
            window.bench.scan_field.setFocus()
        else:
            window.stack.setCurrentWidget(window.list_page)
            window.table.setFocus()
            window.refresh()

    def _waiting(self, count: int) -> None:
        mode = self.window.controller.handover
        note = mode.waiting_note() if mode is not None else None
        self.waiting_label.setVisible(note is not None)
        if note is not None:
            self.waiting_label.setText(self.tr("Courier handover: %1").replace("%1", note_text(note)))
        log.debug("handover: %d waiting to reach the OMS", count)
