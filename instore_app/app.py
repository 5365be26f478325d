"""Composition: read the settings, build the pieces, run the Qt window on a qasync loop."""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import time
from typing import Sequence

from . import __version__
from .api.client import warm_up_tls
from .config import ConfigError, Settings, build_parser, demo_settings, resolve
from .logs import setup_logging

log = logging.getLogger("instore_app")


def _show_fatal(message: str) -> None:
    """A startup problem: on stderr, and in a dialog for people who started us from a menu."""
    print(f"instore-app: {message}", file=sys.stderr)
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        QApplication(sys.argv[:1])
    QMessageBox.critical(None, "Packing station", message)


def main(argv: Sequence[str] | None = None) -> int:
    started = time.perf_counter()
    warm_up_tls()
    args = build_parser().parse_args(argv)
    if args.command_sheet:
        return _write_command_sheet(args.command_sheet)
    log_file = setup_logging()
    try:
        settings = resolve(args, os.environ)
    except ConfigError as exc:
        log.error("bad settings: %s", exc)
        _show_fatal(str(exc))
        return 2
    try:
        return _run(args, settings, started)
    except ConfigError as exc:
        _show_fatal(str(exc))
        return 2
    finally:
        if log_file:
            log.info("log file: %s", log_file)


def _write_command_sheet(path: str) -> int:
    """--command-sheet: the printable sheet of command barcodes; needs no OMS and no display."""
    from PySide6.QtWidgets import QApplication

    from .labels import LabelError
    from .labels.command_sheet import command_sheet_pdf

    _app = QApplication.instance() or QApplication([sys.argv[0], "-platform", "offscreen"])
    try:
        command_sheet_pdf(path)
    except LabelError as exc:
        print(f"instore-app: {exc}", file=sys.stderr)
        return 2
    print(f"command sheet written to {path}")
    return 0


def _run(args, settings: Settings | None, started: float) -> int:  # type: ignore[no-untyped-def]
    import qasync
    from PySide6.QtWidgets import QApplication

    from .api import OmsClient
    from .journal import Journal, JournalError
    from .labels import LabelPrintSettings
    from .operations import Station
    from .scanner import SerialScanner, WedgeScanFilter
    from .ui.gc import MainThreadGarbageCollector
    from .ui.main_window import BenchOptions, MainWindow

    simulator = None
    if settings is None:  # --demo
        from .simulator import DEFAULT_STOCK_LOCATION_ID, DEFAULT_TOKEN, SimulatorServer

        simulator = SimulatorServer()
        simulator.start()
        log.info("demo: OMS simulator at %s", simulator.url)
        settings = demo_settings(args, os.environ, simulator.url, DEFAULT_STOCK_LOCATION_ID, DEFAULT_TOKEN)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("instore-app")
    app.setApplicationDisplayName("Packing station")
    app.setApplicationVersion(__version__)
    collector = MainThreadGarbageCollector(app)

    async def run() -> None:
        closing = asyncio.Event()
        # Closing the window ends the run while the loop still turns, so the HTTP
        # client can close its connections; aboutToQuit covers a session logout.
        app.setQuitOnLastWindowClosed(False)
        app.lastWindowClosed.connect(closing.set)
        app.aboutToQuit.connect(closing.set)
        client = OmsClient(settings.oms_url, settings.token, insecure=settings.insecure)
        journal_problem = None
        try:
            journal = Journal.open_or_recover()
            journal.prune()
        except JournalError as exc:
            log.error("no journal: %s", exc)
            journal, journal_problem = None, f"Scans are not saved on this PC: {exc}"
        station = Station(
            client,
            settings.stock_location_id,
            open_states=settings.open_states,
            pack_command=settings.pack_command,
            language=settings.language,
            journal=journal,
        )
        suffix = "demo (OMS simulator)" if settings.demo else settings.oms_url
        options = BenchOptions(
            auto_pack=settings.auto_pack,
            auto_print=settings.auto_print,
            sound=settings.sound,
            print_settings=LabelPrintSettings(
                printer_name=settings.printer,
                width_mm=settings.label_width_mm,
                height_mm=settings.label_height_mm,
            ),
        )
        window = MainWindow(
            station,
            title_suffix=suffix,
            refresh_seconds=settings.refresh_seconds,
            language=settings.language,
            options=options,
        )
        _install_excepthook(window)
        wedge = WedgeScanFilter(app, max_interval_ms=settings.scan_interval_ms)
        wedge.scanned.connect(window.handle_scan)
        app.installEventFilter(wedge)
        serial = None
        if settings.serial_port:
            serial = SerialScanner(settings.serial_port, settings.serial_baud, parent=window)
            serial.scanned.connect(window.handle_scan)
            serial.error.connect(window.banner.show_message)
            serial.open()
        if args.quit_after_first_list:
            def first_paint() -> None:
                window.table.viewport().repaint()
                print(f"first list painted after {(time.perf_counter() - started) * 1000:.0f} ms", flush=True)
                window.close()

            window.list_refreshed.connect(first_paint)
        window.show()
        if journal_problem:
            window.banner.show_message(journal_problem)
        window.start()
        try:
            await closing.wait()
        finally:
            window.tasks.cancel_all()
            try:
                await client.aclose()
            except Exception:  # the loop may already be stopping (session end)
                log.info("the OMS connections were not closed cleanly", exc_info=True)
            if journal is not None:
                journal.close()

    try:
        qasync.run(run())
    finally:
        collector.stop()
        if simulator is not None:
            simulator.stop()
    return 0


def _install_excepthook(window) -> None:  # type: ignore[no-untyped-def]
    """An exception that escapes a Qt slot is logged and shown, and the app goes on."""

    def hook(exc_type, exc, tb) -> None:  # type: ignore[no-untyped-def]
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        try:
            window.banner.show_message(
                f"Something went wrong ({exc_type.__name__}). The details are in the log file; the app keeps working."
            )
        except RuntimeError:  # the window is already gone
            pass

    sys.excepthook = hook
