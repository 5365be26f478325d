"""The main window: the store's waiting packages, and the packing bench.

Two pages: the list (with the selected package's detail beside it) and the bench
(one open package). Scans arrive through :meth:`MainWindow.handle_scan` from the
keyboard-wedge filter or a serial scanner, whatever has the focus. The window carries
out what the bench asks through the :class:`~instore_app.operations.Station` and shows
the result; it holds no business rules.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
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
from ..api import OmsConnectionError, OmsServerError, OmsUnauthorized, Package, PackageShort
from ..bench import BenchController, Note
from ..operations import Station
from ..packing.command_codes import BenchCommand
from .bench import PackingBench
from .bench_screen import BenchOptions, BenchScreen, NewsLine
from .feedback import SoundPlayer
from .figures_strip import FiguresStrip
from .images import ImageCache
from .list_delegate import PackageListDelegate
from .package_list_model import Column, PackageListModel
from .package_view import PackageView
from .notes import note_text
from .oms_messages import translate_message
from .services import OmsAccess, SetupAccess
from .signin import SignInDialog
from .tasks import TaskRunner
from .today_view import TodayView

log = logging.getLogger(__name__)

ROW_HEIGHT = 28
SOUND_LOAD_DELAY_MS = 300
#: While the OMS can't be reached, the list is retried this often (so the banner clears soon).
OFFLINE_RETRY_SECONDS = 5
#: The window's keys for bench commands (Enter, which acknowledges, comes from the scan field).
WINDOW_COMMANDS = tuple(c for c in BenchCommand if c is not BenchCommand.ACKNOWLEDGE)

__all__ = ["BenchOptions", "MainWindow"]


class Banner(QLabel):
    """A wide strip that stays until it is cleared: red for problems that need attention,
    amber for a notice about how the station runs (the token is not kept, say)."""

    def __init__(self, parent: QWidget | None = None, *, colour: str = "#c62828", text_colour: str = "white") -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setMargin(10)
        self.setStyleSheet(
            f"QLabel {{ background: {colour}; color: {text_colour}; font-weight: bold; font-size: 16px; }}"
        )
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
    package_shown = Signal(object)  # package ids are 64-bit (Seller Center numbers): not a C int
    #: A package is open on the bench.
    package_opened = Signal(object)
    #: A command finished and the bench shows its result: package id, action name.
    action_done = Signal(object, str)
    #: A label or packing slip is on screen: package id.
    label_shown = Signal(object)
    #: A sound was asked for: "ok", "error", "complete" or "label" (also when sound is off).
    feedback = Signal(str)
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
        controller: BenchController | None = None,
        oms: OmsAccess | None = None,
        setup: SetupAccess | None = None,
        manifests: Path | None = None,
    ) -> None:
        """`oms`: the OMS's address, signing in and images (default: the station's client);
        `setup`: what the Settings dialog edits (None: no Settings button); `manifests`: the
        folder the courier manifests' PDFs are kept in (default: the user data folder's)."""
        super().__init__()
        self.station = station
        self.oms: OmsAccess = oms if oms is not None else station.client
        self.setup = setup
        self.language = language
        self.options = options
        self.tasks = TaskRunner(self)
        self.tasks.failed.connect(self._task_failed)
        self.tasks.succeeded.connect(self._task_succeeded)
        # Sounds load after the first list is on screen (QtMultimedia takes ~0.1 s).
        self.sounds = SoundPlayer(self, enabled=options.sound, preload=False)
        self.images = ImageCache(self.oms.fetch_image, self)
        self._signin: SignInDialog | None = None
        self._refresh_seconds = refresh_seconds
        self.offline = False
        self._banner_says_refresh = False  # the list banner shows a failed refresh (it clears itself)
        # "demo (OMS simulator) — Packing station": ending with the application's display name
        # (set in the UI's language by app.py), so Qt does not add it a second time.
        self.setWindowTitle((f"{title_suffix} — " if title_suffix else "") + self.tr("Packing station"))
        self.resize(1280, 800)

        self._build_list_page()
        self.bench = PackingBench(language=language, image_for=self.images.pixmap)
        self.images.loaded.connect(self.bench.model.image_loaded)
        self.today_view = TodayView()
        self.news = NewsLine()
        self.controller = controller or BenchController(
            station, auto_pack=options.auto_pack, auto_print=options.auto_print
        )
        self.screen_events = BenchScreen(
            self.controller,
            self.bench,
            self.today_view,
            self.news,
            options=options,
            play=self._play,
            dialog_parent=self,
        )
        self.screen_events.switched.connect(self._bench_switched)
        self.screen_events.opened.connect(self.package_opened)
        self.screen_events.finished.connect(self.action_done)
        self.screen_events.finished.connect(lambda *_: self.refresh())
        self.screen_events.label_shown.connect(self.label_shown)
        self.screen_events.today_requested.connect(self._show_today)
        self.screen_events.sign_in_needed.connect(self.ask_to_sign_in)
        self.screen_events.list_note.connect(self._list_note)
        self.screen_events.journal_problem.connect(self._journal_problem)
        self._add_bench_keys()

        self.banner = Banner()  # the list page's problems: a wrong scan, the OMS offline
        self.journal_banner = Banner()  # scans are not being saved: until the journal works
        self.notice = Banner(colour="#ffe082", text_colour="#3e2700")  # start-up notices
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list_page)
        self.stack.addWidget(self.bench)
        self.stack.addWidget(self.today_view)
        # The list's toolbar (filter, refresh, open) means nothing on the bench.
        self.stack.currentChanged.connect(lambda _: self.toolbar.setVisible(self.stack.currentWidget() is self.list_page))
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.journal_banner)
        layout.addWidget(self.notice)
        layout.addWidget(self.banner)
        layout.addWidget(self.news)
        layout.addWidget(self.stack, 1)
        self.figures_strip = FiguresStrip()
        layout.addWidget(self.figures_strip)
        self.setCentralWidget(central)

        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(int(refresh_seconds * 1000))
        self.refresh_timer.timeout.connect(self.refresh)
        self._update_count()
        # The handover page, history and order details, the "needs attention" list.
        from .after_packing_pages import AfterPackingPages

        self.after_packing = AfterPackingPages(self, manifests=manifests)

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
        self.filter_edit.returnPressed.connect(self._filter_entered)
        self.filter_action = QAction(self.tr("Filter (Ctrl+F, F4)"), self)
        self.filter_action.setShortcuts([QKeySequence("Ctrl+F"), QKeySequence(Qt.Key.Key_F4)])
        self.filter_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.filter_action.triggered.connect(self.focus_filter)
        self.addAction(self.filter_action)

        self.refresh_action = QAction(self.tr("Refresh (F5)"), self)
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.setToolTip(self.tr("Reload the list from the OMS (F5)"))
        self.refresh_action.triggered.connect(self.refresh)
        self.settings_action = QAction(self.tr("Settings…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setToolTip(self.tr("The OMS, this store, the printer and the scanner (Ctrl+,)"))
        self.settings_action.triggered.connect(self.open_settings)
        self.settings_action.setVisible(self.setup is not None)
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

    # -- the list --------------------------------------------------------------------

    def start(self) -> None:
        """First load, then refresh every N seconds."""
        self.refresh()
        self.refresh_timer.start()
        self.figures_strip.watch(lambda: self.station.journal)
        self.action_done.connect(lambda *_: self.figures_strip.refresh())
        self.tasks.start("today", self.controller.start())

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
        problem = getattr(packages, "problem", None)  # the OMS's list stopped early (Listing)
        if problem:
            self.banner.show_message(translate_message(problem))
            self._banner_says_refresh = True
        self.list_refreshed.emit()
        if self.sounds.enabled:
            QTimer.singleShot(SOUND_LOAD_DELAY_MS, self.sounds.load)  # once the list is painted
        if not self.tasks.running("prefetch"):
            self.tasks.start("prefetch", self.station.prefetch_details())
        if not self.tasks.running("holders"):  # who else is preparing what (read lazily, cached)
            self.tasks.start("holders", self.station.load_holders(), self.model.set_holders)
        self.after_packing.list_refreshed()

    def _filter_changed(self, text: str) -> None:
        """Filter the list, keeping the selected package selected while it is shown; when it is
        filtered out, the first match is selected (or the detail pane says nothing matches)."""
        selected = self.selected_package_id()
        self.model.set_filter(text)
        self.list_delegate.selected_row = -1
        row = self.model.row_of(selected) if selected is not None else None
        if row is not None:
            self._select_row(row, load=False)
        elif self.model.rowCount():
            self._select_row(0, load=True)
        else:
            self.package_view.clear(self.tr("No package matches “%1”.").replace("%1", text.strip()))
        self._update_count()

    def _filter_entered(self) -> None:
        """Enter in the filter opens the single match, or the first."""
        self._open_row(0)

    def focus_filter(self) -> None:
        """Ctrl+F or F4: to the list's filter, from wherever the packer is."""
        if self.stack.currentWidget() is not self.list_page:
            self.controller.close()
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count
        text = self.tr("%1 packages").replace("%1", str(total))
        if shown != total:
            text = self.tr("%1 of %2 packages").replace("%1", str(shown)).replace("%2", str(total))
        overdue = self.model.overdue_count
        if overdue:
            text += "  ·  " + self.tr("%1 overdue").replace("%1", str(overdue))
        self.count_label.setText(text)
        # Red when some are overdue; never against the window's right edge (the last letter of
        # "13 gecikmiş" was cut at 1024x768).
        self.count_label.setStyleSheet(
            "font-weight: bold; color: #c62828; padding-right: 10px;" if overdue else "padding-right: 10px;"
        )

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

    def _show_selected_detail(self) -> None:
        """The detail pane follows the selected row (after the bench, a filter, a refresh)."""
        package = self.model.package_at(self.table.currentIndex().row())
        if package is None:
            self.package_view.clear()
            return
        detail = self.station.details.get(package.id)
        if detail is not None:
            self._show_detail(detail)
        else:
            self.package_view.clear(self.tr("Loading package %1…").replace("%1", package.number))
            self.tasks.start("detail", self.station.load_package(package.id), self._show_detail)

    def _open_row(self, row: int) -> None:
        package = self.model.package_at(row)
        if package is not None:
            self.open_package(package.id)

    # -- scans and bench keys ---------------------------------------------------------------

    @property
    def _dialog(self) -> QDialog | None:
        """The bench dialog that is open (out of stock, refuse), if any."""
        return self.screen_events.dialog

    def handle_scan(self, code: str) -> None:
        """One scan from any scanner, wherever the focus is: the bench controller decides."""
        self.controller.scan(code)

    def open_package(self, package_id: int) -> None:
        self.controller.open(package_id)

    def _add_bench_keys(self) -> None:
        """The bench keys work on every page (a key and its command barcode are one input)."""
        self.bench_actions: dict[BenchCommand, QAction] = {}
        for command in WINDOW_COMMANDS:
            action = QAction(self.bench.texts.get(command, command.label), self)
            action.setShortcut(QKeySequence(command.key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, c=command: self._bench_key(c))
            self.addAction(action)
            self.bench_actions[command] = action

    def _bench_key(self, command: BenchCommand) -> None:
        if not self.after_packing.bench_key(command):
            self.controller.command(command)

    def _bench_switched(self, package_id: int | None) -> None:
        if self.after_packing.handover_open:
            return  # the handover page stays; leaving it shows the bench or the list
        if package_id is None:
            self.stack.setCurrentWidget(self.list_page)
            self.table.setFocus()
            self._show_selected_detail()
            self.refresh()
            return
        self.banner.clear_message()
        self.stack.setCurrentWidget(self.bench)
        row = self.model.row_of(package_id)
        if row is not None:
            self._select_row(row, load=False)

    def _show_today(self) -> None:
        self.stack.setCurrentWidget(self.today_view)
        self.today_view.table.setFocus()

    def _list_note(self, note: Note | None) -> None:
        """A wrong scan on the list page (red until acknowledged), or its acknowledgement."""
        self._banner_says_refresh = False
        if note is None:
            self.banner.clear_message()
            self.notice.clear_message()
        else:
            self.banner.show_message(note_text(note))

    def _journal_problem(self, message: str | None) -> None:
        if message is None:
            self.journal_banner.clear_message()
        else:
            self.journal_banner.show_message(
                self.tr("Scans are not being saved: %1").replace("%1", translate_message(message))
            )

    def _play(self, kind: str) -> None:
        players = {
            "ok": self.sounds.play_ok,
            "error": self.sounds.play_error,
            "complete": self.sounds.play_complete,
            "label": self.sounds.play_complete,
        }
        players[kind]()
        self.feedback.emit(kind)
        if kind != "label":
            self.figures_strip.refresh_soon()  # one read after a burst of scans, never one per scan

    # -- problems ----------------------------------------------------------------------

    def _task_failed(self, key: str, message: str, error: object) -> None:
        self.statusBar().clearMessage()
        if key == "signin" and self._signin is not None:
            self._signin.show_problem(message)
            return
        if isinstance(error, OmsUnauthorized):
            self.ask_to_sign_in()
        if key == "detail":
            self.package_view.clear(self.tr("The package could not be loaded."))
        if key in ("prefetch", "today", "attention"):
            return  # logged; the list and the bench work without them
        if key == "refresh" and isinstance(error, (OmsConnectionError, OmsServerError)):
            self._go_offline(message)
            self._banner_says_refresh = True
            return
        self.banner.show_message(message)
        self._banner_says_refresh = key == "refresh"

    def _task_succeeded(self, key: str) -> None:
        if key == "refresh":
            if self._banner_says_refresh:  # a wrong scan's red stays until it is dealt with
                self.banner.clear_message()
                self._banner_says_refresh = False
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
        text = self.tr("Packing station %1\nFor stores that fulfil online orders through Akinon OMS.\nOMS: %2")
        if getattr(self.station, "backend_name", "") == "Seller Center":  # the About box names the backend
            text = self.tr(
                "Packing station %1\nFor marketplace sellers who fulfil their orders through Akinon Seller Center.\n"
                "Seller Center: %2"
            )
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("About"),
            text.replace("%1", __version__).replace("%2", self.oms.base_url),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.finished.connect(box.deleteLater)
        box.open()

    def open_settings(self) -> None:
        """The setup dialog, for the saved settings (they apply at the next start)."""
        from .setup_dialog import SetupDialog

        if self.setup is None:
            return
        dialog = SetupDialog(self.setup.store, self.setup.tokens, client_factory=self.setup.client_factory, parent=self)
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
        dialog = SignInDialog(self.oms.base_url, self)
        dialog.credentials.connect(self._sign_in_with_password)
        dialog.token.connect(self._sign_in_with_token)
        dialog.finished.connect(self._sign_in_closed)
        self._signin = dialog
        dialog.open()

    def _sign_in_with_password(self, username: str, password: str) -> None:
        self.tasks.start("signin", self.oms.login(username, password), self._signed_in)

    def _sign_in_with_token(self, token: str) -> None:
        self.oms.set_token(token)
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
        self.after_packing.cancel_all()
        super().closeEvent(event)
