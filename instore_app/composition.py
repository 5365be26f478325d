"""Composition: a station's pieces built from its settings, in this one place.

The app (``app.py``), the self-test (``selftest.py``) and the window tests
(``tests/window_helpers.py``) all build the station here, so they run the same wiring::

    parts = build_station(settings, journal=journal)          # no Qt: client, station, controller
    composed = compose(settings, app=app, journal=journal)    # the window and the scanners too
    composed.start()
    ...
    await composed.aclose()

Whatever is passed in (a client, a journal) stays its caller's to close; what is built here
is closed by :meth:`Composition.aclose`. The widgets are given what they need -- the OMS
access, the Settings dialog's store and token store -- and build none of it themselves.
"""

from __future__ import annotations

import asyncio
import logging
import platform
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .api import OmsClient, RetryPolicy
from .journal import Journal, JournalError, default_path
from .operations import SettlePolicy, Station
from .settings import SELLER_CENTER, Settings, SettingsError, SettingsStore, TokenStore, backend_url

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

    from .api.seller_center import SellerCenterClient
    from .bench import BenchController
    from .seller_center import SellerCenterStation
    from .seller_center.access import SellerCenterAccess
    from .handover import HandoverSession
    from PySide6.QtWidgets import QApplication

    from .labels import LabelPrintSettings
    from .scanner import SerialScanner, WedgeScanFilter
    from .ui.main_window import BenchOptions, MainWindow
    from .ui.services import ClientFactory, OmsAccess

log = logging.getLogger(__name__)

__all__ = ["Composition", "StationParts", "app_icon", "bench_options", "build_station", "compose", "open_journal"]


# -- without Qt ---------------------------------------------------------------------------------


@dataclass
class StationParts:
    """The Qt-free pieces: the client of the backend's API (the OMS's, or the Seller
    Center's), the station over it, the bench controller, and what the window needs of the
    API (`access`: its address, signing in again, images; None: the client itself).

    The controller is made on first use (:attr:`controller`): the window paints its first
    list before it builds the bench, and the controller's modules are not imported before."""

    client: OmsClient | SellerCenterClient
    station: Station | SellerCenterStation
    make_controller: Callable[[], BenchController]
    owns_client: bool = True
    access: SellerCenterAccess | None = None
    _controller: BenchController | None = field(default=None, repr=False)

    @property
    def controller(self) -> BenchController:
        if self._controller is None:
            self._controller = self.make_controller()
        return self._controller

    @property
    def controller_made(self) -> bool:
        return self._controller is not None

    def window_access(self) -> OmsAccess:
        """What the window signs in and fetches images through: `access`, else the OMS client."""
        if self.access is not None:
            return self.access
        if isinstance(self.client, OmsClient):
            return self.client
        raise TypeError("a Seller Center client needs its SellerCenterAccess")


def build_station(
    settings: Settings,
    *,
    client: OmsClient | SellerCenterClient | None = None,
    journal: Journal | None = None,
    retry: RetryPolicy | None = None,
    settle: SettlePolicy | None = None,
) -> StationParts:
    """The client (unless given), the station for the backend (``settings.backend``: the
    :class:`Station` for the OMS, the :class:`~instore_app.seller_center.SellerCenterStation`
    for the Seller Center) and its :class:`BenchController`. `settle`: how long an unknown
    outcome is checked (the app's default: 60 s)."""
    owns = client is None
    if settings.backend == SELLER_CENTER:
        from .api.seller_center import SellerCenterClient
        from .seller_center.build import build_seller_center_station

        assert client is None or isinstance(client, SellerCenterClient)
        sc_station, sc_client, access = build_seller_center_station(
            settings, client=client, journal=journal, retry=retry, settle=settle
        )
        return StationParts(
            sc_client, sc_station, lambda: _controller(settings, sc_station), owns_client=owns, access=access
        )
    assert client is None or isinstance(client, OmsClient)
    if client is None:
        client = OmsClient(settings.oms_url, settings.token, insecure=settings.insecure, retry=retry or RetryPolicy())
    station = Station(
        client,
        settings.stock_location_id,
        open_states=settings.open_states,
        pack_command=settings.pack_command,
        language=settings.language or "en",
        journal=journal,
        settle=settle or SettlePolicy(),
        user=settings.username or None,
    )
    return StationParts(client, station, lambda: _controller(settings, station), owns_client=owns)


def _controller(settings: Settings, station: Station | SellerCenterStation) -> BenchController:
    """The bench controller over `station`; the OMS's has the invoice step and the courier
    handover (the Seller Center's hands parcels over on its own pages)."""
    from .bench import BenchController

    if not isinstance(station, Station):
        return BenchController(station, auto_pack=settings.auto_pack, auto_print=settings.auto_print)
    from .bench.handover_mode import HandoverMode

    controller = BenchController(
        station, auto_pack=settings.auto_pack, auto_print=settings.auto_print, invoice_step=settings.invoice_number_step
    )
    controller.handover = HandoverMode(controller, _handover_session(settings, station))
    return controller


def _handover_session(settings: Settings, station: Station) -> HandoverSession | None:
    """The courier handover over the station's journal (None without one: a parcel is handed
    over only once it is journalled). The manifest names the store, this PC and the user."""
    from .handover import HandoverOutbox, HandoverSession

    if station.journal is None:
        return None
    outbox = HandoverOutbox(station, station.journal)
    return HandoverSession(
        station,
        outbox,
        store_name=settings.stock_location_name or None,
        station_name=platform.node() or None,
        packer=settings.username or None,
    )


def open_journal(settings: Settings) -> tuple[Journal | None, list[str]]:
    """The station's journal (the demo has one of its own, out of the station's figures), and
    what to say about it. One that can't be written yet still opens (what it holds is read);
    none at all is said in words. JournalLocked (another copy of the app) is the caller's."""
    from .journal import JournalLocked

    path = default_path().with_name("journal-demo.sqlite3") if settings.demo else None
    try:
        journal = Journal.open_or_recover(path, allow_unhealthy=True)
    except JournalLocked:
        raise
    except JournalError as exc:
        log.error("no journal: %s", exc)
        return None, [f"Scans are not saved on this PC: {exc}"]
    try:
        journal.prune()
    except JournalError as exc:  # unhealthy: it is tried again later, and the banner says so
        log.warning("the journal was not pruned: %s", exc)
    return journal, []


# -- with Qt ------------------------------------------------------------------------------------


def app_icon() -> QIcon:
    """The application icon (the PNGs: 16 and 32 px are a simpler drawing than the SVG);
    FileNotFoundError when the files are missing."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    from .resources import app_icon_files

    icon = QIcon()
    for size, path in app_icon_files():
        icon.addFile(str(path), QSize(size, size))  # with its size, a file is read when first shown
    return icon


def label_print_settings(settings: Settings) -> LabelPrintSettings:
    from .labels import LabelPrintSettings

    width, height = settings.label_size
    return LabelPrintSettings(printer_name=settings.printer, width_mm=width, height_mm=height)


def bench_options(settings: Settings) -> BenchOptions:
    from .ui.main_window import BenchOptions

    return BenchOptions(
        auto_pack=settings.auto_pack,
        auto_print=settings.auto_print,
        sound=settings.sound,
        print_settings=label_print_settings(settings),
    )


@dataclass
class Composition:
    """A composed station: its pieces, and how to stop them."""

    settings: Settings
    parts: StationParts
    journal: Journal | None
    window: MainWindow
    wedge: WedgeScanFilter
    app: QApplication
    serial: SerialScanner | None = None
    store: SettingsStore | None = None
    owns_journal: bool = False
    _closed: bool = field(default=False, repr=False)

    @property
    def station(self) -> Station | SellerCenterStation:
        return self.parts.station

    @property
    def controller(self) -> BenchController:
        return self.parts.controller

    @property
    def client(self) -> OmsClient | SellerCenterClient:
        return self.parts.client

    def start(self) -> None:
        """Load the list; the window shows itself with it (:meth:`MainWindow.reveal`), and the
        keyboard-wedge filter listens from then on."""
        if self.journal is not None and not self.journal.healthy and self.journal.problem:
            self.station.report_journal_failure(self.journal.problem)  # a red banner until it works
        self.window.revealed.connect(lambda: self.app.installEventFilter(self.wedge))
        self.window.start()  # the bench and its handover start once built (after the first list)

    async def aclose(self) -> None:
        """Stop the scanners and the window, let a command on its way finish, then close what
        was built here (the client; the journal when opened here)."""
        if self._closed:
            return
        self._closed = True
        from .ui.window_state import save_window_state

        self.app.removeEventFilter(self.wedge)
        if self.serial is not None:
            self.serial.close()
        if self.store is not None:
            save_window_state(self.window, self.store.persist, self.window.splitters)
            try:
                self.store.sync()
            except SettingsError as exc:
                log.warning("the window's size was not kept: %s", exc)
        self.window.tasks.cancel_all()
        if self.window.bench_built:
            self.window.after_packing.cancel_all()  # history and order details being read
        if self.parts.controller_made:
            await self.controller.aclose()  # reads are cancelled; a command on its way is let finish
            if self.controller.handover is not None:
                await self.controller.handover.aclose()  # what is owed stays journalled for the next start
        self.window.close()  # stops the refresh timer and cancels the window's tasks
        self.window.images.cancel_all()
        self.station.cancel_begun_refresh()  # a list read begun before the window, never taken
        await asyncio.sleep(0)
        if self.parts.owns_client:
            try:
                await self.client.aclose()
            except Exception:  # the loop may already be stopping (session end)
                log.info("the OMS connections were not closed cleanly", exc_info=True)
        if self.owns_journal and self.journal is not None:
            self.journal.close()


def compose(
    settings: Settings,
    *,
    app: QApplication,
    client: OmsClient | SellerCenterClient | None = None,
    parts: StationParts | None = None,
    journal: Journal | None = None,
    owns_journal: bool = False,
    store: SettingsStore | None = None,
    tokens: TokenStore | None = None,
    client_factory: ClientFactory | None = None,
    title_suffix: str | None = None,
    notices: tuple[str, ...] | list[str] = (),
    settle: SettlePolicy | None = None,
    options: BenchOptions | None = None,
) -> Composition:
    """The whole station for `settings`: the Qt-free parts (:func:`build_station`), the main
    window, the keyboard-wedge filter (installed on `app`) and the serial scanner when one
    is set. With `store` and `tokens` the window has a Settings button for them, restores
    its size and splitters from the store's persist section (and saves them on close), and
    a token got by signing in again is kept in `tokens`. `notices` go to the amber strip."""
    from PySide6.QtCore import QCoreApplication

    from .scanner import WedgeScanFilter
    from .ui.main_window import MainWindow
    from .ui.oms_messages import translate_message
    from .ui.services import SetupAccess, default_client_factory
    from .ui.window_state import restore_window_state

    if parts is None:
        parts = build_station(settings, client=client, journal=journal, settle=settle)
    elif client is not None or settle is not None:
        raise ValueError("compose() takes a client and a settle policy, or parts built with them, not both")

    def manifests_folder() -> Path:
        from .handover.archive import default_folder  # with the handover, after the first list

        return default_folder(demo=settings.demo)

    setup = None
    if store is not None and tokens is not None:
        setup = SetupAccess(store, tokens, client_factory or default_client_factory)
    if title_suffix is None:  # the title says which backend is in use
        simulator = (
            QCoreApplication.translate("MainWindow", "demo (Seller Center simulator)")
            if settings.backend == SELLER_CENTER
            else QCoreApplication.translate("MainWindow", "demo (OMS simulator)")
        )
        title_suffix = simulator if settings.demo else f"{parts.station.backend_name} — {backend_url(settings)}"
    window = MainWindow(
        # MainWindow's annotation still says Station; it runs on any Backend (the Seller
        # Center's too): the annotation is fixed with main_window.py's split.
        parts.station,  # type: ignore[arg-type]
        title_suffix=title_suffix,
        refresh_seconds=settings.refresh_seconds,
        language=settings.language or "en",
        options=options or bench_options(settings),
        make_controller=lambda: parts.controller,  # made with the bench, after the first list
        oms=parts.window_access(),
        setup=setup,
        manifests=manifests_folder,
    )
    if app.windowIcon().isNull():  # the window shows the application's icon (app.py sets it first)
        try:
            app.setWindowIcon(app_icon())
        except FileNotFoundError as exc:
            log.warning("no window icon: %s", exc)
    if tokens is not None:  # a token (API key) from signing in again after a 401 is kept for next time
        url = backend_url(settings)
        window.token_changed.connect(lambda token: tokens.set(url, token))
    if store is not None:
        restore_window_state(window, store.persist, window.splitters)
    wedge = WedgeScanFilter(window, max_interval_ms=settings.scan_interval_ms)
    wedge.scanned.connect(window.handle_scan)  # installed on `app` when the window is shown
    serial = None
    if settings.serial_port:
        from .scanner import SerialScanner  # QtSerialPort: only for a serial scanner

        serial = SerialScanner(settings.serial_port, settings.serial_baud, parent=window)
        serial.scanned.connect(window.handle_scan)
        serial.error.connect(lambda message: window.banner.show_message(translate_message(message)))
        serial.open()
    problems = [translate_message(text) for text in notices]
    if problems:
        window.notice.show_message("\n".join(problems))
    return Composition(
        settings=settings,
        parts=parts,
        journal=journal,
        window=window,
        wedge=wedge,
        app=app,
        serial=serial,
        store=store,
        owns_journal=owns_journal,
    )
