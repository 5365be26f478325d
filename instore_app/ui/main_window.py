"""The main window: the store's waiting packages, and the packing bench.

Two pages: the list (with the selected package's detail beside it) and the bench
(one open package). Scans arrive through :meth:`MainWindow.handle_scan` from the
keyboard-wedge filter or a serial scanner, whatever has the focus. The window carries
out what the bench asks through the :class:`~instore_app.operations.Station` and shows
the result; it holds no business rules.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QMessageBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..api import (
    LabelDocument,
    OmsConnectionError,
    OmsServerError,
    OmsUnauthorized,
    Package,
    PackageShort,
)
from ..labels import LabelError, LabelPrintSettings, ask_and_print, make_printer, packing_slip_html, print_label
from ..operations import PackageChanged, Station
from ..packing import PackingSession, clean_scan
from ..packing.command_codes import BenchCommand, command_for, is_command_code
from .bench import PackingBench
from .dialogs import OutOfStockDialog, RefuseDialog
from .feedback import SoundPlayer
from .figures_strip import FiguresStrip
from .images import ImageCache
from .list_delegate import PackageListDelegate
from .package_list_model import Column, PackageListModel
from .package_view import PackageView
from .signin import SignInDialog
from .oms_messages import translate_message
from .tasks import TaskRunner

log = logging.getLogger(__name__)

ROW_HEIGHT = 28
SOUND_LOAD_DELAY_MS = 300
#: While the OMS can't be reached, the list is retried this often (so the banner clears soon).
OFFLINE_RETRY_SECONDS = 5
#: Task keys whose failures belong on the bench rather than the window banner.
BENCH_TASKS = ("open", "pack", "out_of_stock", "refuse", "label", "reasons", "reload")


@dataclass(frozen=True)
class BenchOptions:
    auto_pack: bool = True
    auto_print: bool = False
    sound: bool = True
    print_settings: LabelPrintSettings = LabelPrintSettings()


class Banner(QLabel):
    """A wide red strip that stays until it is cleared: for problems that need attention."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setMargin(10)
        self.setStyleSheet("QLabel { background: #c62828; color: white; font-weight: bold; font-size: 16px; }")
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.show()

    def clear_message(self) -> None:
        self.clear()
        self.hide()


class MainWindow(QMainWindow):
    #: Emitted after each list refresh has been applied (for tests and benchmarks).
    list_refreshed = Signal()
    #: A package's detail is shown in the list page.
    package_shown = Signal(int)
    #: A package is open on the bench.
    package_opened = Signal(int)
    #: A command finished and the bench shows its result: package id, action name.
    action_done = Signal(int, str)
    #: A label or packing slip is on screen: package id.
    label_shown = Signal(int)
    #: The station signed in again (after a 401) and got this token.
    token_changed = Signal(str)

    def __init__(
        self,
        station: Station,
        *,
        title_suffix: str = "",
        refresh_seconds: float = 30.0,
        language: str = "en",
        options: BenchOptions = BenchOptions(),
    ) -> None:
        super().__init__()
        self.station = station
        self.language = language
        self.options = options
        self.tasks = TaskRunner(self)
        self.tasks.failed.connect(self._task_failed)
        self.tasks.succeeded.connect(self._task_succeeded)
        # Sounds load after the first list is on screen (QtMultimedia takes ~0.1 s).
        self.sounds = SoundPlayer(self, enabled=options.sound, preload=False)
        self.images = ImageCache(station.client, self)
        self._printable: LabelDocument | QTextDocument | None = None
        self._dialog = None  # the open out-of-stock / refuse dialog, kept alive
        self._signin: SignInDialog | None = None
        self._refresh_seconds = refresh_seconds
        self.offline = False
        self.setWindowTitle(self.tr("Packing station") + (f" — {title_suffix}" if title_suffix else ""))
        self.resize(1280, 800)

        self._build_list_page()
        self.bench = PackingBench(language=language, image_for=self.images.pixmap)
        self.bench.directory = station.directory
        self.bench.recorder = station
        self.images.loaded.connect(self.bench.model.image_loaded)
        self._connect_bench()

        self.banner = Banner()
        station.on_journal_problem = lambda message: self.banner.show_message(translate_message(message))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list_page)
        self.stack.addWidget(self.bench)
        # The list's toolbar (filter, refresh, open) means nothing on the bench.
        self.stack.currentChanged.connect(lambda _: self.toolbar.setVisible(self.stack.currentWidget() is self.list_page))
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        self.figures_strip = FiguresStrip()
        layout.addWidget(self.figures_strip)
        self.setCentralWidget(central)

        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(int(refresh_seconds * 1000))
        self.refresh_timer.timeout.connect(self.refresh)
        self._update_count()

    def _build_list_page(self) -> None:
        self.model = PackageListModel(self, language=self.language)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.list_delegate = PackageListDelegate(self.model, self.table)
        self.table.setItemDelegate(self.list_delegate)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        vertical = self.table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in (
            (Column.NUMBER, 160),
            (Column.ORDER, 130),
            (Column.PLACED, 115),
            (Column.TARGET, 130),
            (Column.ITEMS, 45),
            (Column.STATE, 140),
            (Column.CHANNEL, 110),
        ):
            header.resizeSection(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.table.activated.connect(lambda index: self._open_row(index.row()))

        self.package_view = PackageView(language=self.language)

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by package or order number"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(280)
        self.filter_edit.textChanged.connect(self._filter_changed)

        self.refresh_action = QAction(self.tr("Refresh (F5)"), self)
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.setToolTip(self.tr("Reload the list from the OMS (F5)"))
        self.refresh_action.triggered.connect(self.refresh)
        self.settings_action = QAction(self.tr("Settings…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setToolTip(self.tr("The OMS, this store, the printer and the scanner (Ctrl+,)"))
        self.settings_action.triggered.connect(self.open_settings)
        self.about_action = QAction(self.tr("About"), self)
        self.about_action.triggered.connect(self.show_about)
        self.open_action = QAction(self.tr("Open (Enter)"), self)
        self.open_action.setToolTip(self.tr("Open the selected package on the bench (Enter)"))
        self.open_action.triggered.connect(lambda: self._open_row(self.table.currentIndex().row()))

        self.count_label = QLabel()
        self.refreshed_label = QLabel()
        self.toolbar = toolbar = QToolBar(self.tr("List"))
        toolbar.setMovable(False)
        toolbar.addWidget(self.filter_edit)
        toolbar.addAction(self.refresh_action)
        toolbar.addAction(self.open_action)
        toolbar.addAction(self.settings_action)
        toolbar.addAction(self.about_action)
        toolbar.addSeparator()
        toolbar.addWidget(self.count_label)
        self.addToolBar(toolbar)
        self.statusBar().addPermanentWidget(self.refreshed_label)

        hint = QLabel(self.tr("Scan a package number, or choose a package and press Enter, to start packing."))
        hint.setStyleSheet("font-size: 15px; padding: 4px;")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.package_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([990, 290])
        self.list_page = QWidget()
        layout = QVBoxLayout(self.list_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint)
        layout.addWidget(splitter, 1)

    def _connect_bench(self) -> None:
        bench = self.bench
        bench.open_requested.connect(self.open_package)
        bench.completed.connect(self._completed)
        bench.pack_requested.connect(self.pack)
        bench.out_of_stock_requested.connect(self.ask_out_of_stock)
        bench.refuse_requested.connect(self.ask_refuse)
        bench.print_requested.connect(self.print_current_label)
        bench.next_requested.connect(self.open_next_package)
        bench.close_requested.connect(self.close_package)
        bench.feedback.connect(self._play)
        bench.code_typed.connect(self.handle_scan)

    # -- the list --------------------------------------------------------------------

    def start(self) -> None:
        """First load, then refresh every N seconds."""
        self.refresh()
        self.refresh_timer.start()
        self.figures_strip.watch(lambda: self.station.journal)
        self.action_done.connect(lambda *_: self.figures_strip.refresh())
        # One read after a burst of scans, never one per scan (it is a few queries).
        self.bench.feedback.connect(lambda _kind: self.figures_strip.refresh_soon())

    def refresh(self) -> None:
        if self.tasks.running("refresh"):
            return
        self.statusBar().showMessage(self.tr("Refreshing…"))
        self.tasks.start("refresh", self.station.refresh(), self._apply_list)

    def _apply_list(self, packages: list[PackageShort]) -> None:
        selected = self.selected_package_id()
        scroll = self.table.verticalScrollBar().value()
        self.model.set_packages(packages)
        self.list_delegate.selected_row = -1
        row = self.model.row_of(selected) if selected is not None else None
        if row is not None:
            self._select_row(row, load=False)
        self.table.verticalScrollBar().setValue(scroll)
        self.refreshed_label.setText(self.tr("Updated %1").replace("%1", datetime.now().strftime("%H:%M:%S")))
        self.statusBar().clearMessage()
        self._update_count()
        self.list_refreshed.emit()
        if self.sounds.enabled:
            QTimer.singleShot(SOUND_LOAD_DELAY_MS, self.sounds.load)  # once the list is painted
        if not self.tasks.running("prefetch"):
            self.tasks.start("prefetch", self.station.prefetch_details())

    def _filter_changed(self, text: str) -> None:
        """Filter the list, keeping the selected package selected while it is shown."""
        selected = self.selected_package_id()
        self.model.set_filter(text)
        self.list_delegate.selected_row = -1
        row = self.model.row_of(selected) if selected is not None else None
        if row is not None:
            self._select_row(row, load=False)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count
        text = self.tr("%1 packages").replace("%1", str(total))
        if shown != total:
            text = self.tr("%1 of %2 packages").replace("%1", str(shown)).replace("%2", str(total))
        self.count_label.setText(text)

    def selected_package_id(self) -> int | None:
        package = self.model.package_at(self.table.currentIndex().row())
        return package.id if package else None

    def _select_row(self, row: int, *, load: bool) -> None:
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        selection = self.table.selectionModel()
        if not load:
            selection.blockSignals(True)
        selection.setCurrentIndex(index, flags)
        self.list_delegate.selected_row = row
        if not load:
            selection.blockSignals(False)
            self.table.viewport().update()
        self.table.scrollTo(index)

    def _current_row_changed(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        self.list_delegate.selected_row = current.row()
        package = self.model.package_at(current.row())
        if package is None:
            return
        self.package_view.clear(self.tr("Loading package %1…").replace("%1", package.number))
        self.tasks.start("detail", self.station.load_package(package.id), self._show_detail)

    def _show_detail(self, package: Package) -> None:
        self.package_view.show_package(package)
        self.package_shown.emit(package.id)

    def _open_row(self, row: int) -> None:
        package = self.model.package_at(row)
        if package is not None:
            self.open_package(package.id)

    # -- scans -------------------------------------------------------------------------

    def handle_scan(self, code: str) -> None:
        """One scan from any scanner, wherever the focus is."""
        command = command_for(code)
        if command is not None:
            self.run_command(command)
            return
        if is_command_code(code):
            self._scan_problem(
                self.tr("“%1” is a command barcode this version does not know. Print a new command sheet.")
                .replace("%1", clean_scan(code)[:40])
            )
            return
        if self._dialog is not None and self._dialog.isVisible():
            return  # a dialog is asking something: scans are not its answer
        if self.stack.currentWidget() is self.bench and self.bench.session is not None:
            self.bench.handle_scan(code)
            return
        if self.tasks.running("open"):
            self._scan_problem(self.tr("The package is still opening: scan that again in a moment."))
            return
        package_id = self.station.package_id_for_number(code)
        if package_id is not None:
            self.open_package(package_id)
            return
        self._scan_problem(
            self.tr("“%1” is not a package number waiting at this store. Scan the package's label.")
            .replace("%1", clean_scan(code)[:40])
        )

    def _scan_problem(self, message: str) -> None:
        if self.stack.currentWidget() is self.bench:
            self.bench.show_error(message)
        else:
            self.banner.show_message(message)
            self._play("error")

    def run_command(self, command: BenchCommand) -> None:
        """A command barcode: the same as the key on the bench (and Esc/Enter in a dialog)."""
        dialog = self._dialog if self._dialog is not None and self._dialog.isVisible() else None
        if dialog is not None:
            if command is BenchCommand.CLOSE:
                dialog.reject()
            elif command is BenchCommand.ACKNOWLEDGE and isinstance(dialog, OutOfStockDialog) and dialog.selected_item_ids():
                dialog.accept()  # reports the ticked (unscanned) items, as Enter does
            return
        on_bench = self.stack.currentWidget() is self.bench
        if command is BenchCommand.ACKNOWLEDGE:
            if on_bench:
                self.bench.acknowledge()
            return
        if not on_bench and command is not BenchCommand.NEXT_PACKAGE:
            self._scan_problem(self.tr("Open a package first: scan its number."))
            return
        action = self.bench.action(command)
        if action.isEnabled():
            action.trigger()
        else:
            self.bench.show_error(self.tr("“%1” is not possible now.").replace("%1", action.text()))

    # -- the bench ---------------------------------------------------------------------

    def open_package(self, package_id: int) -> None:
        number = self.station.directory.number_of(package_id) or str(package_id)
        self.banner.clear_message()
        self.stack.setCurrentWidget(self.bench)
        self.bench.set_session(None)
        self.bench.show_busy(self.tr("Opening package %1…").replace("%1", number))
        self._printable = None
        self.tasks.start("open", self.station.open_package(package_id), self._show_session)

    def _show_session(self, session: PackingSession) -> None:
        self.bench.set_session(session)
        done, total = session.progress
        log.info("package %s open on the bench, %d of %d confirmed", session.package_id, done, total)
        row = self.model.row_of(session.package_id)
        if row is not None:
            self._select_row(row, load=False)
        self.package_opened.emit(session.package_id)

    def close_package(self) -> None:
        self.tasks.cancel("open")
        self.bench.set_session(None)
        self.stack.setCurrentWidget(self.list_page)
        self.table.setFocus()
        self.refresh()

    def open_next_package(self) -> None:
        """The first listed package after the current one (in list order) that is still open."""
        current = self.bench.session.package_id if self.bench.session else None
        ids = [self.model.package_at(row).id for row in range(self.model.rowCount())]  # type: ignore[union-attr]
        start = ids.index(current) + 1 if current in ids else 0
        for package_id in ids[start:] + ids[:start]:
            if package_id != current:
                self.open_package(package_id)
                return
        self.bench.show_error(self.tr("No other package is waiting."))

    def _completed(self) -> None:
        if self.options.auto_pack:
            self.pack()
        else:
            self.bench.prompt()

    def pack(self) -> None:
        session = self.bench.session
        if session is None or not self._command_possible():
            return
        self.bench.show_busy(self.tr("Packing…"))
        self.tasks.start("pack", self.station.pack(session), self._packed)

    def _packed(self, package: Package) -> None:
        self.bench.mark_finished(self.tr("Packed ✔  Put the label on the box. Scan the next package."))
        self._play("complete")
        self.action_done.emit(package.id, "pack")
        self.tasks.start("label", self.station.fetch_label(package), lambda doc: self._show_label(package, doc))
        self.refresh()

    def _show_label(self, package: Package, document: LabelDocument | None) -> None:
        if document is None:
            html = packing_slip_html(package, package.stock_location.name if package.stock_location else None)
            self.bench.show_slip(html)
            slip = QTextDocument()
            slip.setHtml(html)
            self._printable = slip
        else:
            if not self.bench.show_label(document):
                self.bench.show_error(self.tr("The OMS sent a label that cannot be shown. Print it from the OMS."))
                return
            self._printable = document
        self.label_shown.emit(package.id)
        if self.options.auto_print:
            self._print(ask=False)

    def print_current_label(self) -> None:
        self._print(ask=not self.options.auto_print)

    def _print(self, *, ask: bool) -> None:
        if self._printable is None:
            self.bench.show_error(self.tr("There is no label to print yet."))
            return
        try:
            if ask:
                ask_and_print(self, self._printable, self.options.print_settings)
            else:
                print_label(self._printable, make_printer(self.options.print_settings))
        except LabelError as exc:
            log.warning("printing failed: %s", exc)
            self.bench.show_error(translate_message(str(exc)))

    def _command_possible(self) -> bool:
        """No second command while one is on its way, none on a finished package."""
        return (
            self.bench.session is not None
            and not self.bench.finished
            and not self.tasks.running_any(("open", "pack", "out_of_stock", "refuse", "reasons"))
        )

    def ask_out_of_stock(self) -> None:
        session = self.bench.session
        if session is None or not self._command_possible():
            return
        dialog = OutOfStockDialog(session, self)
        dialog.accepted.connect(lambda: self._report_out_of_stock(session, dialog.selected_item_ids()))
        self._show_dialog(dialog)

    def _report_out_of_stock(self, session: PackingSession, item_ids: list[int]) -> None:
        self.bench.show_busy(self.tr("Reporting out of stock…"))
        self.tasks.start(
            "out_of_stock",
            self.station.report_out_of_stock(session, item_ids),
            lambda package: self._finished(package, "out_of_stock", self.tr("Reported out of stock ✔  The OMS re-plans the items.")),
        )

    def ask_refuse(self) -> None:
        session = self.bench.session
        if session is None or not self._command_possible():
            return
        self.bench.show_busy(self.tr("Loading the denial reasons…"))
        self.tasks.start("reasons", self.station.denial_reasons(), lambda reasons: self._choose_reason(session, reasons))

    def _choose_reason(self, session: PackingSession, reasons: list) -> None:  # type: ignore[type-arg]
        if not reasons:
            self.bench.show_error(self.tr("The OMS has no active denial reasons; the package cannot be refused here."))
            return
        self.bench.prompt()
        dialog = RefuseDialog(reasons, self)
        dialog.accepted.connect(lambda: self._refuse(session, dialog.selected_reason_id()))
        self._show_dialog(dialog)

    def _refuse(self, session: PackingSession, reason_id: int | None) -> None:
        if reason_id is None:
            return
        self.bench.show_busy(self.tr("Refusing…"))
        self.tasks.start(
            "refuse",
            self.station.refuse(session, reason_id),
            lambda package: self._finished(package, "refuse", self.tr("Refused ✔  The package goes back for re-planning.")),
        )

    def _finished(self, package: Package, action: str, message: str) -> None:
        self.bench.mark_finished(message)
        self.action_done.emit(package.id, action)
        self.refresh()

    def _show_dialog(self, dialog) -> None:  # type: ignore[no-untyped-def]
        self._dialog = dialog
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def _dialog_closed(self) -> None:
        if self._dialog is not None:
            self._dialog.deleteLater()
        self._dialog = None
        self.activateWindow()  # not every platform gives the focus back to the window
        if self.stack.currentWidget() is self.bench:
            self.bench.scan_field.setFocus()  # the keys go back to the bench
        if self.bench.session is not None and not self.bench.finished and not self.tasks.running_any(BENCH_TASKS):
            self.bench.prompt()

    def _play(self, kind: str) -> None:
        {"ok": self.sounds.play_ok, "error": self.sounds.play_error, "complete": self.sounds.play_complete}[kind]()

    # -- problems ----------------------------------------------------------------------

    def _task_failed(self, key: str, message: str, error: object) -> None:
        self.statusBar().clearMessage()
        if key == "signin" and self._signin is not None:
            self._signin.show_problem(message)
            return
        if isinstance(error, OmsUnauthorized):
            self.ask_to_sign_in()
        if key in BENCH_TASKS:
            if key == "open" and self.bench.session is None:
                self.bench.show_error(message + "\n" + self.tr("Press Esc to go back to the list."))
                return
            if isinstance(error, PackageChanged) and self.bench.session is not None:
                self.bench.session.update_package(error.package)
                self.bench.reload()
            self.bench.show_error(message)
            return
        if key == "detail":
            self.package_view.clear(self.tr("The package could not be loaded."))
        if key == "prefetch":
            return  # logged; the list works without it
        if key == "refresh" and isinstance(error, (OmsConnectionError, OmsServerError)):
            self._go_offline(message)
            return
        self.banner.show_message(message)

    def _task_succeeded(self, key: str) -> None:
        if key == "refresh":
            self.banner.clear_message()
            if self.offline:
                self.offline = False
                self.refresh_timer.setInterval(int(self._refresh_seconds * 1000))
                log.info("the OMS can be reached again")

    def _go_offline(self, message: str) -> None:
        """A persistent banner while the OMS can't be reached; it clears by itself."""
        self.offline = True
        last = self.station.last_refresh
        when = (
            self.tr("Last updated at %1.").replace("%1", last.astimezone().strftime("%H:%M"))
            if last
            else self.tr("The list has not been loaded yet.")
        )
        self.banner.show_message(
            "\n".join(
                (
                    self.tr("Offline: %1").replace("%1", message),
                    when
                    + " "
                    + self.tr("Scanning into the open package still works; packing waits until you try again."),
                )
            )
        )
        self.refresh_timer.setInterval(OFFLINE_RETRY_SECONDS * 1000)

    def show_about(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("About"),
            self.tr("Packing station %1\nFor stores that fulfil online orders through Akinon OMS.\nOMS: %2")
            .replace("%1", __version__)
            .replace("%2", self.station.client.base_url),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.finished.connect(box.deleteLater)
        box.open()

    def open_settings(self) -> None:
        """The setup dialog, for the saved settings (they apply at the next start)."""
        from ..settings import Settings as SavedSettings
        from ..settings import TokenStore
        from .setup_dialog import SetupDialog

        dialog = SetupDialog(SavedSettings(), TokenStore(), parent=self)
        dialog.saved.connect(
            lambda _values: self.statusBar().showMessage(self.tr("Settings saved: they apply when the app starts again."))
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # -- signing in again ------------------------------------------------------------------

    def ask_to_sign_in(self) -> None:
        if self._signin is not None:
            self._signin.show_problem(self.tr("The OMS did not accept that. Try again."))
            return
        dialog = SignInDialog(self.station.client.base_url, self)
        dialog.credentials.connect(self._sign_in_with_password)
        dialog.token.connect(self._sign_in_with_token)
        dialog.finished.connect(self._sign_in_closed)
        self._signin = dialog
        dialog.open()

    def _sign_in_with_password(self, username: str, password: str) -> None:
        self.tasks.start("signin", self.station.client.login(username, password), self._signed_in)

    def _sign_in_with_token(self, token: str) -> None:
        self.station.client.set_token(token)
        self._signed_in(token)

    def _signed_in(self, token: str) -> None:
        self.token_changed.emit(token)
        if self._signin is not None:
            self._signin.accept()
        self.banner.clear_message()
        self.refresh()

    def _sign_in_closed(self) -> None:
        if self._signin is not None:
            self._signin.deleteLater()
        self._signin = None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # the system switched light/dark
            self.list_delegate.update_palette(self.table.palette())
            self.table.viewport().update()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.refresh_timer.stop()
        self.tasks.cancel_all()
        self.images.cancel_all()
        super().closeEvent(event)
