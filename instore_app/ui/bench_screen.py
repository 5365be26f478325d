"""Between the bench controller and the widgets: paints the controller's events, forwards input.

:class:`BenchScreen` listens to the :class:`~instore_app.bench.BenchController`'s events and
paints each one where it belongs: the bench for the package on it, the "Packed today" list, the
news line for a package that is not on screen, the dialogs it asks for, the printer. It applies
nothing to a package it did not come from: every event names its package, and the bench only
paints the package the controller has on it. Keys, buttons and scans all go to the controller.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from ..bench import (
    AskOutOfStock,
    AskRefuse,
    BenchController,
    DialogInput,
    Event,
    Finished,
    JournalProblem,
    LabelStatus,
    Level,
    ListNote,
    Note,
    Notice,
    PrintLabel,
    Scanned,
    ShowToday,
    SignInNeeded,
    Sound,
    Switched,
    TodayChanged,
    Updated,
)
from ..labels import LabelError, packing_slip_html
from ..api import LabelDocument
from ..operations.backend import OutOfStockChoice
from ..packing.command_codes import BenchCommand
from .bench import COLOURS, PackingBench
from .bench_options import BenchOptions
from .dialogs import OutOfStockDialog, RefuseDialog
from .out_of_stock_choice import OutOfStockChoiceDialog
from .notes import note_text
from .oms_messages import translate_message
from .today_view import TodayView

log = logging.getLogger(__name__)

__all__ = ["PRINT_DIALOG_KEY", "BenchOptions", "BenchScreen", "NewsLine"]

#: Print through the print dialog (another printer, copies...); F10 prints without one.
PRINT_DIALOG_KEY = "Shift+F10"
_ACTION_OF_REASON = {"packed": "pack", "refused": "refuse", "out_of_stock": "out_of_stock"}


class NewsLine(QLabel):
    """News about packages that are not on screen ("2394…P1 is packed"); an error stays until
    the packer opens that package or newer news replaces it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.package_id: int | None = None
        self.level = Level.INFO
        self.hide()

    def show_note(self, package_id: int, note: Note) -> None:
        self.package_id, self.level = package_id, note.level
        self.setText(note_text(note))
        self.setStyleSheet(
            f"QLabel {{ background: {COLOURS[note.level]}; color: white; font-size: 18px; font-weight: bold;"
            " padding: 6px; border-radius: 4px; }"
        )
        self.show()

    def clear_for(self, package_id: int) -> None:
        if self.package_id == package_id:
            self.package_id = None
            self.hide()


class BenchScreen(QObject):
    #: A package is on the bench (its session may still be reading): package id.
    opened = Signal(object)  # package ids are 64-bit (Seller Center numbers): not a C int
    #: The station finished a package: package id, "pack" / "refuse" / "out_of_stock".
    finished = Signal(object, str)
    #: A package's label (or packing slip) is ready: package id.
    label_shown = Signal(object)
    #: The bench shows another package (or None: back to the list).
    switched = Signal(object)
    #: Show the "Packed today" page.
    today_requested = Signal()
    #: The OMS wants a new sign-in.
    sign_in_needed = Signal()
    #: Something to say on the list page (None: clear it).
    list_note = Signal(object)
    #: The journal fails (message) or works again (None).
    journal_problem = Signal(object)

    def __init__(
        self,
        controller: BenchController,
        bench: PackingBench,
        today: TodayView,
        news: NewsLine,
        *,
        options: BenchOptions,
        play: Callable[[str], None],
        dialog_parent: QWidget,
    ) -> None:
        super().__init__(dialog_parent)
        self.controller = controller
        self.bench = bench
        self.today = today
        self.news = news
        self.options = options
        self._play = play
        self._parent = dialog_parent
        self.dialog: QDialog | None = None
        self._dialog_package: int | None = None
        self._labels_announced: set[int] = set()
        self._print_dialog_for: int | None = None  # Shift+F10 was pressed for this package
        self.print_dialog_shortcut = QShortcut(QKeySequence(PRINT_DIALOG_KEY), dialog_parent)
        self.print_dialog_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.print_dialog_shortcut.activated.connect(self.print_with_dialog)
        controller.listener = self.handle
        bench.command_requested.connect(controller.command)
        bench.code_typed.connect(controller.scan)
        bench.acknowledged.connect(lambda: controller.command(BenchCommand.ACKNOWLEDGE))
        today.open_requested.connect(controller.open)

    # -- events ------------------------------------------------------------------------------------

    def handle(self, event: Event) -> None:
        """One event from the controller (on the loop's thread, which is the GUI thread)."""
        controller = self.controller
        if isinstance(event, Scanned):
            work = controller.work(event.package_id)
            if work is not None and event.package_id == controller.current_id:
                self.bench.show_scan(work, event.note, event.item_id, controller.available(work))
        elif isinstance(event, Updated):
            self._updated(event.package_id)
        elif isinstance(event, Switched):
            self._switched(event.package_id)
        elif isinstance(event, Sound):
            self._play(event.kind)
        elif isinstance(event, Notice):
            self.news.show_note(event.package_id, event.note)
        elif isinstance(event, Finished):
            self.finished.emit(event.package_id, _ACTION_OF_REASON.get(event.reason, event.reason))
        elif isinstance(event, TodayChanged):
            self.today.show_works(controller.today())
        elif isinstance(event, ShowToday):
            self.today.show_works(controller.today())
            self.today_requested.emit()
        elif isinstance(event, PrintLabel):
            self._print(event)
        elif isinstance(event, AskOutOfStock):
            self._ask_out_of_stock(event.package_id, event.choices)
        elif isinstance(event, AskRefuse):
            self._ask_refuse(event)
        elif isinstance(event, DialogInput):
            self._dialog_input(event)
        elif isinstance(event, JournalProblem):
            self.journal_problem.emit(event.message)
        elif isinstance(event, SignInNeeded):
            self.sign_in_needed.emit()
        elif isinstance(event, ListNote):
            self.list_note.emit(event.note)

    def _switched(self, package_id: int | None) -> None:
        if package_id != self._print_dialog_for:
            self._print_dialog_for = None
        controller = self.controller
        work = controller.current
        self.bench.show_work(work, controller.banner(work) if work else None, controller.available(work))
        if package_id is not None:
            self.news.clear_for(package_id)
            self.bench.scan_field.setFocus()
        self.switched.emit(package_id)
        if package_id is not None:
            self.opened.emit(package_id)
            self._announce_label(package_id)

    def _updated(self, package_id: int) -> None:
        controller = self.controller
        work = controller.work(package_id)
        if work is None:
            return
        if package_id == controller.current_id:
            self.bench.show_work(work, controller.banner(work), controller.available(work))
        if work.finished is not None:
            self.today.show_works(controller.today())
        self._announce_label(package_id)

    def _announce_label(self, package_id: int) -> None:
        work = self.controller.work(package_id)
        ready = work is not None and work.label_status in (LabelStatus.READY, LabelStatus.SLIP)
        if ready and package_id not in self._labels_announced:
            self._labels_announced.add(package_id)
            self.label_shown.emit(package_id)
        elif not ready:
            self._labels_announced.discard(package_id)

    # -- printing ---------------------------------------------------------------------------------

    def print_with_dialog(self) -> None:
        """Shift+F10: print the label of the package on the bench through the print dialog
        (F10 and the print barcode print straight to the chosen printer)."""
        work = self.controller.current
        if work is not None and BenchCommand.REPRINT_LABEL in self.controller.available(work):
            self._print_dialog_for = work.package_id
        self.controller.command(BenchCommand.REPRINT_LABEL)  # the controller says when it can't

    def _print(self, event: PrintLabel) -> None:
        """Print without a dialog (the chosen printer, else a PDF file), or with one after Shift+F10."""
        package_id = event.package_id
        work = self.controller.work(package_id)
        if work is None:
            return
        document: LabelDocument | QTextDocument | None = event.document
        if document is None:
            if work.package is None:
                return
            slip = QTextDocument()
            location = work.package.stock_location.name if work.package.stock_location else None
            slip.setHtml(packing_slip_html(work.package, location))
            document = slip
        from ..labels import ask_and_print, label_title, print_now  # QtPrintSupport: at the first print

        settings = self.options.print_settings
        if self._print_dialog_for == package_id:
            self._print_dialog_for = None
            ask_and_print(
                self._parent,
                document,
                settings,
                title=label_title(work.number),
                on_printed=lambda: self.controller.printed(package_id, None),
            )
            return
        try:
            result = print_now(document, settings, number=work.number)
        except LabelError as exc:
            log.warning("printing the label of package %s failed: %s", package_id, exc)
            self.controller.printed(package_id, translate_message(str(exc)))
            return
        self.controller.printed(package_id, result.problem)

    # -- dialogs ----------------------------------------------------------------------------------

    def _ask_out_of_stock(self, package_id: int, choices: tuple[OutOfStockChoice, ...] = ()) -> None:
        work = self.controller.work(package_id)
        if work is None or work.session is None:
            self.controller.dialog_finished(package_id)
            return
        if choices:  # the backend lets the packer choose what happens to them (Seller Center)
            chooser = OutOfStockChoiceDialog(work.session, choices, self._parent)
            chooser.accepted.connect(
                lambda: self.controller.report_out_of_stock(
                    package_id, chooser.selected_item_ids(), chooser.selected_choice_id()
                )
            )
            self._show_dialog(chooser, package_id)
            return
        dialog = OutOfStockDialog(work.session, self._parent)
        dialog.accepted.connect(lambda: self.controller.report_out_of_stock(package_id, dialog.selected_item_ids()))
        self._show_dialog(dialog, package_id)

    def _ask_refuse(self, event: AskRefuse) -> None:
        dialog = RefuseDialog(list(event.reasons), self._parent)
        package_id = event.package_id

        def accepted() -> None:
            reason = dialog.selected_reason_id()
            if reason is not None:
                self.controller.refuse(package_id, reason)

        dialog.accepted.connect(accepted)
        self._show_dialog(dialog, package_id)
        if event.problem:
            _show_in_dialog(dialog, translate_message(event.problem))

    def _show_dialog(self, dialog: QDialog, package_id: int) -> None:
        self.dialog, self._dialog_package = dialog, package_id
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog, package_id))
        dialog.open()

    def _dialog_closed(self, dialog: QDialog, package_id: int) -> None:
        dialog.deleteLater()
        if self.dialog is dialog:
            self.dialog = None
            self._dialog_package = None
        self.controller.dialog_finished(package_id)
        self._parent.activateWindow()  # not every platform gives the focus back to the window
        self.bench.scan_field.setFocus()

    def _dialog_input(self, event: DialogInput) -> None:
        dialog = self.dialog
        if dialog is None or self._dialog_package != event.package_id:
            self.controller.dialog_finished(event.package_id)
            return
        if event.note is not None:
            _show_in_dialog(dialog, note_text(event.note))
            return
        if event.command is BenchCommand.CLOSE:
            dialog.reject()
        elif event.command is BenchCommand.ACKNOWLEDGE:
            if isinstance(dialog, OutOfStockDialog) and not dialog.selected_item_ids():
                _show_in_dialog(dialog, self.tr("Tick the missing items first (Space)."))
                self._play("error")
                return
            dialog.accept()
        else:
            label = event.command.label if event.command is not None else ""
            _show_in_dialog(dialog, self.tr("“%1” is not possible while this question is open.").replace("%1", label))
            self._play("error")


def _show_in_dialog(dialog: QDialog, text: str) -> None:
    """A red line in the dialog (the bench behind it can't be seen)."""
    line = dialog.findChild(QLabel, "problem")
    if line is None:
        line = QLabel(dialog)
        line.setObjectName("problem")
        line.setWordWrap(True)
        line.setStyleSheet("QLabel { background: #c62828; color: white; font-weight: bold; padding: 6px; }")
        layout = dialog.layout()
        if layout is not None:
            layout.addWidget(line)
    line.setText(text)
    line.show()
    QTimer.singleShot(0, line.update)
