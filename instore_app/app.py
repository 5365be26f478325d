"""Composition: read the settings, build the pieces, run the Qt window on a qasync loop.

Where the settings come from, in order:

1. ``--demo``: the embedded OMS simulator on loopback.
2. ``INSTORE_OMS_URL``/``INSTORE_STOCK_LOCATION``/``INSTORE_TOKEN`` (or ``--oms-url`` and
   ``--stock-location``): as given; nothing is saved.
3. Otherwise the saved settings (``instore_app.settings``) and the token from the
   operating system's keyring; when either is missing, the setup dialog asks first.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
import time
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Sequence

from . import __version__
from .api.client import warm_up_tls
from .config import ENV_STOCK_LOCATION, ENV_TOKEN, ENV_URL, ConfigError, Settings, build_parser, demo_settings, resolve
from .logs import setup_logging

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from .settings import TokenStore

log = logging.getLogger("instore_app")


def _show_fatal(message: str) -> None:
    """A startup problem: on stderr, and in a dialog for people who started us from a menu."""
    print(f"instore-app: {message}", file=sys.stderr)
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        QApplication(sys.argv[:1])
    QMessageBox.critical(None, "Packing station", message)


def _explicit(args: argparse.Namespace) -> bool:
    """Were the OMS settings given for this run (flags, environment, --demo)?"""
    return bool(
        args.demo
        or args.oms_url
        or args.stock_location
        or any(os.environ.get(name) for name in (ENV_URL, ENV_STOCK_LOCATION, ENV_TOKEN))
    )


def main(argv: Sequence[str] | None = None) -> int:
    started = time.perf_counter()
    warm_up_tls()
    args = build_parser().parse_args(argv)
    if args.command_sheet:
        return _write_command_sheet(args.command_sheet)
    if args.self_test:
        from .selftest import run_self_test

        return run_self_test()
    log_file = setup_logging()
    try:
        settings = resolve(args, os.environ) if _explicit(args) else None
        return _run(args, settings, started, saved=not _explicit(args))
    except ConfigError as exc:
        log.error("bad settings: %s", exc)
        _show_fatal(str(exc))
        return 2
    finally:
        if log_file:
            log.info("log file: %s", log_file)


def _write_command_sheet(path: str) -> int:
    """--command-sheet: the printable sheet of command barcodes; needs no OMS and no display."""
    from PySide6.QtWidgets import QApplication

    from .i18n import install_translators
    from .labels import LabelError
    from .labels.command_sheet import command_sheet_pdf

    app = QApplication.instance() or QApplication([sys.argv[0], "-platform", "offscreen"])
    install_translators(app, os.environ.get("INSTORE_LANGUAGE") or None)
    try:
        command_sheet_pdf(path)
    except LabelError as exc:
        print(f"instore-app: {exc}", file=sys.stderr)
        return 2
    print(f"command sheet written to {path}")
    return 0


def _run(args: argparse.Namespace, settings: Settings | None, started: float, *, saved: bool) -> int:
    import qasync
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from .i18n import install_translators
    from .resources import app_icon_files
    from .ui.gc import MainThreadGarbageCollector

    simulator = None
    if settings is None and not saved:  # --demo
        from .simulator import DEFAULT_STOCK_LOCATION_ID, DEFAULT_TOKEN, SimulatorServer

        simulator = SimulatorServer()
        simulator.start()
        log.info("demo: OMS simulator at %s", simulator.url)
        settings = demo_settings(args, os.environ, simulator.url, DEFAULT_STOCK_LOCATION_ID, DEFAULT_TOKEN)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("instore-app")
    app.setApplicationDisplayName("Packing station")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("instore-app")  # packaging/instore-app.desktop: the taskbar icon
    # The run ends when run() below returns, never because Qt saw its last window close: the
    # setup dialog closes before the main window opens, and Qt's automatic quit would stop
    # the loop under run() ("Event loop stopped before Future completed", no window).
    app.setQuitOnLastWindowClosed(False)
    try:
        icon = QIcon()  # the PNGs: 16 and 32 px are a simpler drawing than the SVG
        for _size, path in app_icon_files():
            icon.addFile(str(path))
        app.setWindowIcon(icon)
    except FileNotFoundError as exc:
        log.warning("no application icon: %s", exc)
    collector = MainThreadGarbageCollector(app)

    async def run() -> int:
        nonlocal settings
        tokens = None
        if settings is None:
            override = args.language or os.environ.get("INSTORE_LANGUAGE") or None
            settings, tokens = await _saved_settings(app, override)
            if settings is None:
                return 0  # the packer closed the setup dialog
        else:
            language = install_translators(app, settings.language or None)
            settings = replace(settings, language=language)
        return await _run_window(app, args, settings, tokens, started)

    try:
        code = qasync.run(run())
    finally:
        collector.stop()
        if simulator is not None:
            simulator.stop()
    return code


#: Exit status when another copy of the station already runs on this PC.
ALREADY_RUNNING = 3


async def _tell(message: str) -> None:
    """A problem that ends the run, said in a window (non-modal: no nested event loop) and on
    stderr; returns when the packer closes it."""
    from PySide6.QtWidgets import QMessageBox

    print(f"instore-app: {message}", file=sys.stderr)
    box = QMessageBox(QMessageBox.Icon.Warning, "Packing station", message, QMessageBox.StandardButton.Ok)
    closed: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    box.finished.connect(lambda _result: closed.done() or closed.set_result(None))
    box.open()
    await closed
    box.deleteLater()


async def _saved_settings(app: QApplication, language_override: str | None) -> tuple[Settings | None, TokenStore]:
    """The saved settings and token, or the setup dialog's answers; (None, store) if cancelled.
    `language_override` (--language, INSTORE_LANGUAGE) wins over the saved language.

    The token store comes back either way: when it is not ``persistent`` its ``reason`` says, in
    words for the window's banner, that the token is not kept after the app closes and what to
    install (or unlock) to keep it."""
    from .i18n import install_translators
    from .settings import Settings as SavedSettings
    from .settings import TokenStore, run_settings
    from .ui.setup_dialog import SetupDialog

    stored, tokens = SavedSettings(), TokenStore()
    language = install_translators(app, language_override or stored.get("ui/language") or None)
    token = tokens.get(stored.get("oms/url")) if stored.is_configured() else None
    values = stored.values()
    if token is None:
        dialog = SetupDialog(stored, tokens)
        answer: asyncio.Future[dict[str, Any] | None] = asyncio.get_running_loop().create_future()

        def answered(chosen: dict[str, Any] | None) -> None:
            if not answer.done():
                answer.set_result(chosen)

        dialog.saved.connect(answered)
        dialog.rejected.connect(lambda: answered(None))
        dialog.open()
        chosen = await answer
        if chosen is None:
            return None, tokens
        values, token = chosen, dialog.token
        if token is None:  # SetupDialog.save() emits `saved` only once signed in
            raise RuntimeError("the setup dialog saved its settings without a token")
        language = install_translators(app, language_override or values.get("ui/language") or None)
    return replace(run_settings(values, token), language=language), tokens


async def _run_window(app, args, settings: Settings, tokens, started: float) -> int:  # type: ignore[no-untyped-def]
    from .api import OmsClient
    from .journal import Journal, JournalError, JournalLocked, default_path
    from .labels import LabelPrintSettings
    from .operations import Station
    from .scanner import SerialScanner, WedgeScanFilter
    from .ui.main_window import BenchOptions, MainWindow
    from .ui.oms_messages import translate_message

    closing = asyncio.Event()
    # Closing the window ends the run while the loop still turns, so the HTTP client can
    # close its connections; aboutToQuit covers a session logout.
    app.setQuitOnLastWindowClosed(False)
    app.lastWindowClosed.connect(closing.set)
    app.aboutToQuit.connect(closing.set)
    problems = []
    try:
        # The demo's scans go to a journal of their own, not into the station's figures. A
        # journal that can't be written yet still opens (what it holds is read); the station
        # says so and keeps trying it.
        path = default_path().with_name("journal-demo.sqlite3") if settings.demo else None
        journal: Journal | None = Journal.open_or_recover(path, allow_unhealthy=True)
    except JournalLocked as exc:  # one station per journal: this one is already running
        log.error("%s", exc)
        await _tell(translate_message(str(exc)))
        return ALREADY_RUNNING
    except JournalError as exc:
        log.error("no journal: %s", exc)
        journal = None
        problems.append(translate_message(f"Scans are not saved on this PC: {exc}"))
    else:
        try:
            journal.prune()
        except JournalError as exc:  # unhealthy: it is tried again later, and the banner says so
            log.warning("the journal was not pruned: %s", exc)
    client = OmsClient(settings.oms_url, settings.token, insecure=settings.insecure)
    if tokens is not None and not tokens.persistent:
        problems.append(translate_message(tokens.reason))
    station = Station(
        client,
        settings.stock_location_id,
        open_states=settings.open_states,
        pack_command=settings.pack_command,
        language=settings.language,
        journal=journal,
    )
    options = BenchOptions(
        auto_pack=settings.auto_pack,
        auto_print=settings.auto_print,
        sound=settings.sound,
        print_settings=LabelPrintSettings(
            printer_name=settings.printer, width_mm=settings.label_width_mm, height_mm=settings.label_height_mm
        ),
    )
    window = MainWindow(
        station,
        title_suffix="demo (OMS simulator)" if settings.demo else settings.oms_url,
        refresh_seconds=settings.refresh_seconds,
        language=settings.language,
        options=options,
    )
    if tokens is not None:  # a token from signing in again after a 401 is kept for next time
        window.token_changed.connect(lambda token: tokens.set(settings.oms_url, token))
    _install_excepthook(window)
    wedge = WedgeScanFilter(app, max_interval_ms=settings.scan_interval_ms)
    wedge.scanned.connect(window.handle_scan)
    app.installEventFilter(wedge)
    if settings.serial_port:
        serial = SerialScanner(settings.serial_port, settings.serial_baud, parent=window)
        serial.scanned.connect(window.handle_scan)
        serial.error.connect(lambda message: window.banner.show_message(translate_message(message)))
        serial.open()
    if args.quit_after_first_list:

        def first_paint() -> None:
            window.table.viewport().repaint()
            print(f"first list painted after {(time.perf_counter() - started) * 1000:.0f} ms", flush=True)
            window.close()

        window.list_refreshed.connect(first_paint)
    if journal is not None and not journal.healthy and journal.problem:
        station.report_journal_failure(journal.problem)  # a red banner that stays until it works
    window.show()
    if problems:
        window.notice.show_message("\n".join(problems))
    window.start()
    try:
        await closing.wait()
    finally:
        window.tasks.cancel_all()
        await window.controller.aclose()  # reads are cancelled; a command on its way is let finish
        try:
            await client.aclose()
        except Exception:  # the loop may already be stopping (session end)
            log.info("the OMS connections were not closed cleanly", exc_info=True)
        if journal is not None:
            journal.close()
    return 0


def _install_excepthook(window) -> None:  # type: ignore[no-untyped-def]
    """An exception that escapes a Qt slot is logged and shown, and the app goes on."""
    from .ui.tasks import describe

    def hook(exc_type, exc, tb) -> None:  # type: ignore[no-untyped-def]
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        try:
            window.banner.show_message(describe(exc))
        except RuntimeError:  # the window is already gone
            pass

    sys.excepthook = hook
