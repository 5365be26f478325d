"""The main window: the store's waiting packages, and the packing bench.

Two pages: the list (with the selected package's detail beside it) and the bench
(one open package). Scans arrive through :meth:`MainWindow.handle_scan` from the
keyboard-wedge filter or a serial scanner, whatever has the focus. The window carries
out what the bench asks through the :class:`~instore_app.operations.Station` and shows
the result; it holds no business rules.

The window puts its parts together: :mod:`.list_page` (the list, its filter and count, the
detail pane), :mod:`.list_refresh` (reading the list, on a timer, and the offline state),
:mod:`.window_actions` (the toolbar, the shortcuts and the bench keys, About and Settings),
:mod:`.sign_in_again`, the bench's screen (:mod:`.bench_screen`) and the pages that follow
packing (:mod:`.after_packing_pages`). It routes what its tasks report and shows the banners.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from ..api import OmsUnauthorized
from ..bench import BenchController, Note
from ..operations import Station
from ..packing.command_codes import BenchCommand
from .bench import PackingBench
from .bench_screen import BenchOptions, BenchScreen, NewsLine
from .feedback import SoundPlayer
from .figures_strip import FiguresStrip
from .images import ImageCache
from .list_page import ListPage
from .list_refresh import ListRefresh
from .notes import note_text
from .oms_messages import translate_message
from .services import OmsAccess, SetupAccess
from .sign_in_again import SignInAgain
from .signin import SignInDialog
from .tasks import TaskRunner
from .today_view import TodayView
from .window_actions import WindowActions, open_settings, show_about
from .window_banner import Banner

log = logging.getLogger(__name__)

SOUND_LOAD_DELAY_MS = 300

__all__ = ["BenchOptions", "MainWindow"]


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
        self.sign_in = SignInAgain(self.oms, self.tasks, self)
        self.sign_in.token_changed.connect(self.token_changed)
        self.sign_in.signed_in.connect(self._signed_in)
        # "demo (OMS simulator) — Packing station": ending with the application's display name
        # (set in the UI's language by app.py), so Qt does not add it a second time.
        self.setWindowTitle((f"{title_suffix} — " if title_suffix else "") + self.tr("Packing station"))
        self.resize(1280, 800)

        self.banner = Banner()  # the list page's problems: a wrong scan, the OMS offline
        self.journal_banner = Banner()  # scans are not being saved: until the journal works
        self.notice = Banner(colour="#ffe082", text_colour="#3e2700")  # start-up notices

        self.list_page = ListPage(station, self.tasks, language=language)
        self.list_page.package_shown.connect(self.package_shown)
        self.list_page.open_requested.connect(self.open_package)
        self.model = self.list_page.model
        self.table = self.list_page.table
        self.package_view = self.list_page.package_view
        self.filter_edit = self.list_page.filter_edit
        self.count_label = self.list_page.count_label
        self.refresher = ListRefresh(
            station, self.tasks, self.list_page, self.banner, self.statusBar(), refresh_seconds=refresh_seconds, parent=self
        )
        self.refresher.refreshed.connect(self.list_refreshed)
        self.refresher.refreshed.connect(self._list_arrived)
        self.refresh_timer = self.refresher.timer

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

        self.window_actions = WindowActions(
            self,
            self.list_page,
            focus_filter=self.focus_filter,
            refresh=self.refresh,
            settings=self.open_settings if setup is not None else None,
            about=self.show_about,
            bench_key=self._bench_key,
            bench_texts=self.bench.texts,
        )
        self.toolbar = self.window_actions.toolbar
        self.settings_action = self.window_actions.settings_action
        self.bench_actions = self.window_actions.bench_actions

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

        # The handover page, history and order details, the "needs attention" list.
        from .after_packing_pages import AfterPackingPages

        self.after_packing = AfterPackingPages(self, manifests=manifests)

    # -- the list --------------------------------------------------------------------

    def start(self) -> None:
        """First load, then refresh every N seconds."""
        self.refresher.start()
        self.figures_strip.watch(lambda: self.station.journal)
        self.action_done.connect(lambda *_: self.figures_strip.refresh())
        self.tasks.start("today", self.controller.start())

    def refresh(self) -> None:
        self.refresher.refresh()

    @property
    def offline(self) -> bool:
        """The OMS can't be reached: the list is retried sooner, and a banner says so."""
        return self.refresher.offline

    def _list_arrived(self) -> None:
        """After each list is shown: the sounds (once painted), and the reads that follow it."""
        if self.sounds.enabled:
            QTimer.singleShot(SOUND_LOAD_DELAY_MS, self.sounds.load)  # once the list is painted
        if not self.tasks.running("prefetch"):
            self.tasks.start("prefetch", self.station.prefetch_details())
        if not self.tasks.running("holders"):  # who else is preparing what (read lazily, cached)
            self.tasks.start("holders", self.station.load_holders(), self.model.set_holders)
        self.after_packing.list_refreshed()

    def focus_filter(self) -> None:
        """Ctrl+F or F4: to the list's filter, from wherever the packer is."""
        if self.stack.currentWidget() is not self.list_page:
            self.controller.close()
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def selected_package_id(self) -> int | None:
        return self.list_page.selected_package_id()

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

    def _bench_key(self, command: BenchCommand) -> None:
        if not self.after_packing.bench_key(command):
            self.controller.command(command)

    def _bench_switched(self, package_id: int | None) -> None:
        if self.after_packing.handover_open:
            return  # the handover page stays; leaving it shows the bench or the list
        if package_id is None:
            self.stack.setCurrentWidget(self.list_page)
            self.table.setFocus()
            self.list_page.show_selected_detail()
            self.refresh()
            return
        self.banner.clear_message()
        self.stack.setCurrentWidget(self.bench)
        self.list_page.select_package(package_id)

    def _show_today(self) -> None:
        self.stack.setCurrentWidget(self.today_view)
        self.today_view.table.setFocus()

    def _list_note(self, note: Note | None) -> None:
        """A wrong scan on the list page (red until acknowledged), or its acknowledgement."""
        self.refresher.banner_taken()
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

    # -- what the tasks report ------------------------------------------------------------

    def _task_failed(self, key: str, message: str, error: object) -> None:
        self.statusBar().clearMessage()
        if key == "signin" and self.sign_in.failed(message):
            return
        if isinstance(error, OmsUnauthorized):
            self.ask_to_sign_in()
        if key == "detail":
            self.list_page.detail_failed()
        if key in ("prefetch", "today", "attention"):
            return  # logged; the list and the bench work without them
        if key == "refresh":
            self.refresher.failed(message, error)
            return
        self.banner.show_message(message)
        self.refresher.banner_taken()

    def _task_succeeded(self, key: str) -> None:
        if key == "refresh":
            self.refresher.succeeded()

    # -- About, Settings, signing in again ---------------------------------------------------

    def show_about(self) -> None:
        show_about(self, getattr(self.station, "backend_name", ""), self.oms.base_url)

    def open_settings(self) -> None:
        """The setup dialog, for the saved settings (they apply at the next start)."""
        if self.setup is not None:
            open_settings(self, self.setup)

    def ask_to_sign_in(self) -> None:
        self.sign_in.ask()

    @property
    def _signin(self) -> SignInDialog | None:
        """The sign-in dialog that is open, if any."""
        return self.sign_in.dialog

    def _signed_in(self) -> None:
        self.banner.clear_message()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # the system switched light/dark
            self.list_page.palette_changed()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.refresh_timer.stop()
        self.tasks.cancel_all()
        self.images.cancel_all()
        self.after_packing.cancel_all()
        super().closeEvent(event)
