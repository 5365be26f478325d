"""The main window: the store's waiting packages, and the packing bench.

Two pages: the list (with the selected package's detail beside it) and the bench
(one open package). Scans arrive through :meth:`MainWindow.handle_scan` from the
keyboard-wedge filter or a serial scanner, whatever has the focus. The window carries
out what the bench asks through the :class:`~instore_app.operations.Station` and shows
the result; it holds no business rules.

The window shows itself with its first list (:meth:`MainWindow.reveal`); once that list is
painted it reads ahead and builds the bench, its screen and the pages after packing, or sooner
when a scan or a key needs them (:meth:`MainWindow._bench_parts`): the first paint waits for
none of them.

The window puts its parts together: :mod:`.list_page` (the list, its filter and count, the
detail pane), :mod:`.list_refresh` (reading the list, on a timer, and the offline state),
:mod:`.window_actions` (the toolbar, the shortcuts and the bench keys, About and Settings),
:mod:`.sign_in_again`, the bench's screen (:mod:`.bench_screen`) and the pages that follow
packing (:mod:`.after_packing_pages`). It routes what its tasks report and shows the banners.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QStackedWidget, QStatusBar, QVBoxLayout, QWidget

from ..api import OmsUnauthorized
from ..bench import Note
from ..operations import Station
from ..packing.command_codes import BenchCommand
from .bench_options import BenchOptions
from .feedback import SoundPlayer
from .figures_strip import FiguresStrip
from .images import ImageCache
from .list_page import ListPage
from .list_refresh import ListRefresh
from .notes import command_texts, note_text
from .oms_messages import translate_message
from .services import OmsAccess, SetupAccess
from .sign_in_again import SignInAgain
from .signin import SignInDialog
from .tasks import TaskRunner
from .window_actions import WindowActions, open_settings, show_about
from .window_banner import Banner

if TYPE_CHECKING:
    from ..bench import BenchController
    from .after_packing_pages import AfterPackingPages
    from .bench import PackingBench
    from .bench_screen import BenchScreen, NewsLine
    from .today_view import TodayView

log = logging.getLogger(__name__)

SOUND_LOAD_DELAY_MS = 300
#: The window shows itself with its first list, or after this long without one: a local OMS
#: answers well within it (one paint, with the list), a slow one never keeps the screen empty
#: for more than this (the list then says it is loading).
REVEAL_DEADLINE_MS = 150

#: What follows the first list waits for its paint at most this long.
FIRST_PAINT_PATIENCE_MS = 500

__all__ = ["BenchOptions", "MainWindow"]


class MainWindow(QWidget):
    """A plain top-level widget (toolbar, content, status bar in one column), not a
    QMainWindow: the station has no docks or movable toolbars, and QMainWindow's layout starts
    a zero-length geometry animation at every relayout (showing the window, the toolbar
    hiding on the bench). Its private animation timer, seen by the application-wide scanner
    filter, made PySide create every lazily loaded Qt class (~35 ms) before the first paint."""

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
    #: The window is shown (:meth:`reveal`): the scanners' filter may listen.
    revealed = Signal()
    #: Once: the table has painted the first list (with the window, or into a window shown
    #: before it came); the start-up benchmark's mark and ``--quit-after-first-list``.
    first_list_painted = Signal()

    def __init__(
        self,
        station: Station,
        *,
        title_suffix: str = "",
        refresh_seconds: float = 30.0,
        language: str = "en",
        options: BenchOptions = BenchOptions(),
        make_controller: Callable[[], BenchController] | None = None,
        oms: OmsAccess | None = None,
        setup: SetupAccess | None = None,
        manifests: Callable[[], Path] | None = None,
    ) -> None:
        """`make_controller`: makes the bench controller, when the bench is built (default: one
        over `station`); `oms`: the OMS's address, signing in and images (default: the station's client);
        `setup`: what the Settings dialog edits (None: no Settings button); `manifests`: gives the
        folder the courier manifests' PDFs are kept in (default: the user data folder's)."""
        super().__init__()
        self.status_bar = QStatusBar()
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
        #: The splitters whose sizes are kept between runs (ui/window_state.py).
        self.splitters = (self.list_page.splitter,)
        self.count_label = self.list_page.count_label
        self.refresher = ListRefresh(
            station, self.tasks, self.list_page, self.banner, self.status_bar, refresh_seconds=refresh_seconds, parent=self
        )
        self.refresher.refreshed.connect(self._paint_first_list)  # first: the window shows itself with it
        self.refresher.refreshed.connect(self.list_refreshed)
        self.refresher.refreshed.connect(self._list_arrived)
        self.refresh_timer = self.refresher.timer

        # The bench, its screen and the pages after packing are built once the first list is
        # painted (or sooner, when a scan or a key needs them): see _bench_parts().
        self._make_controller = make_controller or (lambda: _default_controller(station, options))
        self._manifests = manifests
        self._parts: _BenchParts | None = None
        self._started = False
        self._closing = False
        self._list_seen = False  # a list has been shown
        self._revealed = False
        self._first_list_asked = False
        self._first_paint_pending = False  # the first list is shown and not yet painted

        self.window_actions = WindowActions(
            self,
            self.list_page,
            focus_filter=self.focus_filter,
            refresh=self.refresh,
            settings=self.open_settings if setup is not None else None,
            about=self.show_about,
            bench_key=self._bench_key,
            bench_texts=command_texts(),
        )
        self.toolbar = self.window_actions.toolbar
        self.settings_action = self.window_actions.settings_action
        self.bench_actions = self.window_actions.bench_actions

        self.stack = QStackedWidget()
        self.stack.addWidget(self.list_page)
        # The list's toolbar (filter, refresh, open) means nothing on the bench.
        self.stack.currentChanged.connect(lambda _: self.toolbar.setVisible(self.stack.currentWidget() is self.list_page))
        central = QWidget()
        self._layout = layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.journal_banner)
        layout.addWidget(self.notice)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)  # the bench's news line goes above it
        self.figures_strip = FiguresStrip()
        layout.addWidget(self.figures_strip)
        window_layout = QVBoxLayout(self)
        window_layout.setContentsMargins(0, 0, 0, 0)
        window_layout.setSpacing(0)
        window_layout.addWidget(self.toolbar)
        window_layout.addWidget(central, 1)
        window_layout.addWidget(self.status_bar)

    # -- the bench, built after the first list -------------------------------------------------

    def _bench_parts(self) -> _BenchParts:
        """The bench controller, the bench and its screen, Packed today, the news line and the
        pages after packing (handover, history, "needs attention"): built on first need.

        The first list is painted without them (they are half the window's modules and
        widgets); they are built right after it (:meth:`_build_bench_soon`), or at once when
        a scan, a key or a caller needs them first. Once started, the window starts the
        controller as soon as they exist."""
        if self._parts is not None:
            return self._parts
        from .after_packing_pages import AfterPackingPages
        from .bench import PackingBench
        from .bench_screen import BenchScreen, NewsLine
        from .today_view import TodayView

        controller = self._make_controller()
        bench = PackingBench(language=self.language, image_for=self.images.pixmap)
        self.images.loaded.connect(bench.model.image_loaded)
        today_view, news = TodayView(), NewsLine()
        screen = BenchScreen(
            controller, bench, today_view, news, options=self.options, play=self._play, dialog_parent=self
        )
        screen.switched.connect(self._bench_switched)
        screen.opened.connect(self.package_opened)
        screen.finished.connect(self.action_done)
        screen.finished.connect(lambda *_: self.refresh())
        screen.label_shown.connect(self.label_shown)
        screen.today_requested.connect(self._show_today)
        screen.sign_in_needed.connect(self.ask_to_sign_in)
        screen.list_note.connect(self._list_note)
        screen.journal_problem.connect(self._journal_problem)
        self.stack.addWidget(bench)
        self.stack.addWidget(today_view)
        self._layout.insertWidget(self._layout.indexOf(self.stack), news)
        self._parts = parts = _BenchParts(controller, bench, screen, today_view, news)
        parts.after_packing = AfterPackingPages(self, manifests=self._manifests)
        if self._list_seen:
            parts.after_packing.list_refreshed()  # the "needs attention" list of the list shown
        if self._started:
            self._start_bench()
        log.debug("bench built")
        return parts

    def _build_bench_soon(self) -> None:
        """After the first list (or the first failure to read it): build the bench once this
        turn of the event loop has painted."""
        if self._parts is None:
            QTimer.singleShot(0, self, lambda: None if self._closing else self._bench_parts())

    def _start_bench(self) -> None:
        controller = self.controller
        self.tasks.start("today", controller.start())
        if controller.handover is not None:
            controller.handover.start()  # an open handover goes on; what is owed is sent

    @property
    def bench_built(self) -> bool:
        return self._parts is not None

    @property
    def controller(self) -> BenchController:
        return self._bench_parts().controller

    @property
    def bench(self) -> PackingBench:
        return self._bench_parts().bench

    @property
    def screen_events(self) -> BenchScreen:
        return self._bench_parts().screen

    @property
    def today_view(self) -> TodayView:
        return self._bench_parts().today_view

    @property
    def news(self) -> NewsLine:
        return self._bench_parts().news

    @property
    def after_packing(self) -> AfterPackingPages:
        pages = self._bench_parts().after_packing
        assert pages is not None  # set as the parts are built
        return pages

    # -- the list --------------------------------------------------------------------

    def start(self) -> None:
        """First load, then refresh every N seconds."""
        self.refresher.start()
        self.figures_strip.watch(lambda: self.station.journal)
        self.action_done.connect(lambda *_: self.figures_strip.refresh())
        self._started = True
        if self._parts is not None:
            self._start_bench()
        QTimer.singleShot(REVEAL_DEADLINE_MS, self.reveal)

    def reveal(self) -> None:
        """Show the window (once): with its first list, on the first failure to read it, or
        after :data:`REVEAL_DEADLINE_MS`. Qt paints it when the window system has exposed it
        (a turn of the loop later: a repaint() before that paints nothing). `revealed` comes
        at once: the keyboard-wedge filter, installed then, sees every key the window can
        receive."""
        if self._revealed or self._closing:
            return
        self._revealed = True
        self.show()
        self.activateWindow()
        self.revealed.emit()

    def _paint_first_list(self) -> None:
        """A list was applied: the window shows itself with the first one (if not shown already,
        empty, for a slow OMS). What follows a list (:meth:`_list_arrived`: the reads, the bench
        being built) waits, for the first one, until the table has painted it: started at once,
        it would keep the window off the screen for ~100 ms more."""
        if not self._first_list_asked:
            self._first_list_asked = True
            self._first_paint_pending = True
            self.table.call_after_next_paint(self._first_list_on_screen)
            # A window that is never painted (minimised, closing) does not hold them back.
            QTimer.singleShot(FIRST_PAINT_PATIENCE_MS, self, self._after_first_paint)
        self.reveal()

    def _first_list_on_screen(self) -> None:
        self.first_list_painted.emit()
        self._after_first_paint()

    def _after_first_paint(self) -> None:
        if self._first_paint_pending:
            self._first_paint_pending = False
            if not self._closing:  # a window closed before its first paint starts nothing more
                self._list_arrived()

    def refresh(self) -> None:
        self.refresher.refresh()

    @property
    def offline(self) -> bool:
        """The OMS can't be reached: the list is retried sooner, and a banner says so."""
        return self.refresher.offline

    def _list_arrived(self) -> None:
        """After each list is shown (the first one: once painted): the sounds, the reads that
        follow it, and the bench built."""
        if self._first_paint_pending:
            return  # _after_first_paint() comes back here
        if self.sounds.enabled:
            QTimer.singleShot(SOUND_LOAD_DELAY_MS, self.sounds.load)  # once the list is painted
        if not self.tasks.running("prefetch"):
            self.tasks.start("prefetch", self.station.prefetch_details())
        if not self.tasks.running("holders"):  # who else is preparing what (read lazily, cached)
            self.tasks.start("holders", self.station.load_holders(), self.model.set_holders)
        self._list_seen = True
        if self._parts is None:
            self._build_bench_soon()  # it reads the "needs attention" list once built
        else:
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
        self.status_bar.clearMessage()
        if key == "signin" and self.sign_in.failed(message):
            return
        if key == "refresh":
            self.reveal()  # the window, then what went wrong (in words, or the sign-in dialog)
        if isinstance(error, OmsUnauthorized):
            self.ask_to_sign_in()
        if key == "detail":
            self.list_page.detail_failed()
        if key in ("prefetch", "today", "attention"):
            return  # logged; the list and the bench work without them
        if key == "refresh":
            self.refresher.failed(message, error)
            self._build_bench_soon()  # the bench works offline too
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
            open_settings(self, self.status_bar, self.setup)

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
        self._closing = True
        self.refresh_timer.stop()
        self.tasks.cancel_all()
        self.images.cancel_all()
        if self._parts is not None:
            self.after_packing.cancel_all()
        super().closeEvent(event)


class _BenchParts:
    """What :meth:`MainWindow._bench_parts` builds (the pages after packing last: they use the rest)."""

    def __init__(
        self, controller: BenchController, bench: PackingBench, screen: BenchScreen, today_view: TodayView, news: NewsLine
    ) -> None:
        self.controller, self.bench, self.screen, self.today_view, self.news = controller, bench, screen, today_view, news
        self.after_packing: AfterPackingPages | None = None


def _default_controller(station: Station, options: BenchOptions) -> BenchController:
    from ..bench import BenchController

    return BenchController(station, auto_pack=options.auto_pack, auto_print=options.auto_print)
