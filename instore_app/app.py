"""The entry point: read the settings, ask for what is missing, run the window on a qasync loop.

Every setting comes from the one precedence rule (``instore_app.settings.layers``): a flag
beats its environment variable, which beats the saved setting, which beats the default --
on a new PC, a configured one and in ``--demo`` alike. Which OMS, store and token:

1. ``--demo``: the embedded OMS simulator on loopback.
2. Otherwise the settings as resolved, the token from ``INSTORE_TOKEN`` or else the system
   keyring. When one of them is missing: if the OMS, store or token was given for this run
   (a flag or the environment), the message says what else is missing; if not, the setup
   dialog asks, saves, and the run goes on with the flags still on top.

The pieces are built by :func:`instore_app.composition.compose`.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import os
import sys
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import __version__
from .logs import setup_logging
from .settings import ConfigError, Settings, Source, resolve
from .settings.cli import action, flag_values, parse_args

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from .settings import SettingsStore, TokenStore
    from .ui.main_window import MainWindow

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
    args = parse_args(argv)
    flags = flag_values(args)
    if action(args, "self_test"):
        from .selftest import run_self_test

        _say_unused(flags, "--self-test", used=("backend",))
        return run_self_test(backend=str(flags.get("backend", "oms")))
    log_file = setup_logging()
    try:
        resolve(flags=flags, environ=os.environ)  # a wrong flag or variable is said before anything starts
        if action(args, "command_sheet"):
            _say_unused(flags, "--command-sheet", used=("language", "demo", "oms_url", "insecure"))
            return _write_command_sheet(args.command_sheet, flags)
        # Until the run ends the main-thread collector (ui/gc.py) decides when to collect: the
        # start's imports and widgets are long-lived, and collecting while they load cost ~15 ms
        # of passes (the collector's first check comes after the first list is painted).
        gc.disable()
        try:
            return _run(args, flags, started)
        finally:
            gc.enable()
    except ConfigError as exc:
        log.error("bad settings: %s", exc)
        _show_fatal(str(exc))
        return 2
    finally:
        if log_file:
            log.info("log file: %s", log_file)


def _say_unused(flags: dict[str, object], doing: str, *, used: Sequence[str]) -> None:
    """A flag is never ignored in silence: an action that has no use for it says so."""
    from .settings import setting_named

    unused = [
        ("--no-" if value is False else "--") + str(setting_named(name).flag).removeprefix("--")
        for name, value in flags.items()
        if name not in used
    ]
    if unused:
        print(f"instore-app: {doing} does not use {', '.join(unused)}", file=sys.stderr)


def _resolved(flags: dict[str, object], store: SettingsStore) -> tuple[Settings, list[str]]:
    """The settings of this run from flags, environment and file, and what to say about the file."""
    saved = store.saved()
    return resolve(flags=flags, environ=os.environ, saved=saved.values), store.notices + saved.notices()


def _write_command_sheet(path: str, flags: dict[str, object]) -> int:
    """--command-sheet: the printable sheet of command barcodes, with a page of the OMS's
    denial reasons when the OMS can be read (the simulator's with --demo); needs no display."""
    from PySide6.QtWidgets import QApplication

    from .i18n import install_translators
    from .labels import LabelError
    from .labels.command_sheet import command_sheet_pdf
    from .settings import SettingsStore

    settings, _notices = _resolved(flags, SettingsStore())
    app = QApplication.instance() or QApplication([sys.argv[0], "-platform", "offscreen"])
    install_translators(app, settings.language or None)
    reasons, problem = _sheet_reasons(settings)
    if problem:
        print(f"instore-app: {problem}", file=sys.stderr)
    try:
        command_sheet_pdf(path, reasons=reasons)
    except LabelError as exc:
        print(f"instore-app: {exc}", file=sys.stderr)
        return 2
    print(f"command sheet written to {path}" + (f", with {len(reasons)} refuse reasons" if reasons else ""))
    return 0


def _sheet_reasons(settings: Settings) -> tuple[list[tuple[int, str]], str | None]:
    """The active denial reasons, (id, title) in the refuse dialog's order, read from the OMS
    (the simulator with --demo), and what went wrong when they could not be read."""
    from .api import OmsClient, OmsError
    from .packing import active_denial_reasons
    from .settings import TokenStore, for_demo, with_kept_token

    simulator = None
    try:
        if settings.demo:
            from .simulator import DEFAULT_STOCK_LOCATION_ID, DEFAULT_TOKEN, SimulatorServer

            simulator = SimulatorServer()
            simulator.start()
            settings = for_demo(settings, simulator.url, DEFAULT_STOCK_LOCATION_ID, DEFAULT_TOKEN)
        else:
            settings = with_kept_token(settings, TokenStore())
        if not settings.oms_url.strip() or not settings.token:
            return [], "No OMS is set up (address and token), so the sheet has no refuse reasons; set one up and write it again."

        async def read() -> list[tuple[int, str]]:
            async with OmsClient(settings.oms_url, settings.token, insecure=settings.insecure) as client:
                return [(r.id, r.title) for r in active_denial_reasons(await client.denial_reasons())]

        return asyncio.run(read()), None
    except (OmsError, ValueError, OSError) as exc:
        log.warning("command sheet: the denial reasons could not be read: %s", exc)
        return [], f"The refuse reasons could not be read from the OMS ({exc}); the sheet has the commands only."
    finally:
        if simulator is not None:
            simulator.stop()


def _run(args: argparse.Namespace, flags: dict[str, object], started: float) -> int:
    from .api.client import needs_tls, warm_up_tls

    # The Qt-free layers load before Qt (the settings file's store imports it): PySide6's
    # import hook reads the source of every module imported after it (its __feature__ check).
    from .composition import app_icon
    from .settings import SettingsStore, TokenStore, backend_url, for_demo, for_run, not_yet_used, with_kept_token

    store = SettingsStore()
    settings, notices = _resolved(flags, store)
    if needs_tls(backend_url(settings)):  # the CA certificates load while Qt is imported
        warm_up_tls()

    import qasync  # type: ignore[import-untyped]
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from .i18n import install_translators
    from .ui.gc import MainThreadGarbageCollector
    for notice in notices:
        log.warning("%s", notice)
    simulator = None
    if settings.demo:
        from .simulator import (
            DEFAULT_STOCK_LOCATION_ID,
            DEFAULT_TOKEN,
            DEMO_USERNAME,
            SELLER_CENTER_API_KEY,
            SimulatorServer,
            Store,
        )

        # It serves the OMS and the Seller Center (/api/i2/) alike; one Preparing package is
        # held by another packer, as in a real store.
        simulator = SimulatorServer(Store(held_elsewhere=1))
        simulator.start()
        log.info("demo: simulator (%s) at %s", settings.backend, simulator.url)
        token = SELLER_CENTER_API_KEY if settings.backend == "seller-center" else DEFAULT_TOKEN
        settings = for_demo(settings, simulator.url, DEFAULT_STOCK_LOCATION_ID, token, DEMO_USERNAME)

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("instore-app")
    app.setApplicationDisplayName("Packing station")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("instore-app")  # packaging/instore-app.desktop: the taskbar icon
    # The run ends when run() below returns, never because Qt saw its last window close: the
    # setup dialog closes before the main window opens, and Qt's automatic quit would stop
    # the loop under run() ("Event loop stopped before Future completed", no window).
    app.setQuitOnLastWindowClosed(False)
    try:
        app.setWindowIcon(app_icon())
    except FileNotFoundError as exc:
        log.warning("no application icon: %s", exc)
    collector = MainThreadGarbageCollector(app)

    async def run() -> int:
        tokens = TokenStore()
        chosen = settings
        if not settings.demo:
            answer, tokens = await _saved_settings(app, with_kept_token(settings, tokens), store, tokens, flags)
            if answer is None:
                return 0  # the packer closed the setup dialog
            chosen = for_run(answer)
        language = install_translators(app, chosen.language or None)
        # Qt ends every window title with this name: in the packer's language, not English.
        app.setApplicationDisplayName(QCoreApplication.translate("MainWindow", "Packing station"))
        chosen = chosen.replace(language=language)
        said = notices + not_yet_used(chosen)
        if not chosen.demo and chosen.source(Settings.token) is not Source.ENVIRONMENT and not tokens.persistent:
            said.append(tokens.reason)  # the token is not kept after the app closes, and what would keep it
        return await _run_window(app, args, chosen, store, tokens, said, started)

    try:
        code: int = qasync.run(run())
    finally:
        collector.stop()
        if simulator is not None:
            simulator.stop()
    return code


#: Exit status when another copy of the station already runs on this PC.
ALREADY_RUNNING = 3
#: How long the first list's read runs before the window is built: long enough for its
#: requests to be on their way (~50 ms of the client's work on this project's CI machine).
LIST_HEAD_START_S = 0.1


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


def _needs_setup(settings: Settings) -> bool:
    from .settings import connection_given, setup_incomplete

    return setup_incomplete(settings) and not connection_given(settings)


async def _saved_settings(
    app: QApplication, settings: Settings, store: SettingsStore, tokens: TokenStore, flags: dict[str, object]
) -> tuple[Settings | None, TokenStore]:
    """`settings`, or, when the OMS, the store or the token is missing and none of them was
    given for this run, the setup dialog's answers with this run's flags and environment on
    top; (None, tokens) if the packer closed the dialog.

    The token store comes back either way: when it is not ``persistent`` its ``reason`` says, in
    words for the window's banner, that the token is not kept after the app closes and what to
    install (or unlock) to keep it."""
    if not _needs_setup(settings):
        return settings, tokens
    from .i18n import install_translators
    from .ui.setup_dialog import SetupDialog  # with its forms: only when something is missing

    install_translators(app, settings.language or None)
    dialog = SetupDialog(store, tokens)
    answer: asyncio.Future[bool] = asyncio.get_running_loop().create_future()

    def answered(saved: bool) -> None:
        if not answer.done():
            answer.set_result(saved)

    dialog.saved.connect(lambda _settings: answered(True))
    dialog.rejected.connect(lambda: answered(False))
    dialog.open()
    if not await answer:
        return None, tokens
    token = dialog.token
    if token is None:  # SetupDialog.save() emits `saved` only once signed in
        raise RuntimeError("the setup dialog saved its settings without a token")
    chosen, _notices = _resolved(flags, store)  # what was just saved, under the flags and environment
    return chosen.replace(Source.SAVED, token=token), tokens


async def _run_window(
    app: QApplication,
    args: argparse.Namespace,
    settings: Settings,
    store: SettingsStore,
    tokens: TokenStore,
    notices: list[str],
    started: float,
) -> int:
    from PySide6.QtCore import QTimer

    from .composition import build_station, compose, open_journal
    from .journal import JournalLocked
    from .ui.oms_messages import translate_message

    closing = asyncio.Event()
    # Closing the window ends the run while the loop still turns, so the HTTP client can
    # close its connections; aboutToQuit covers a session logout.
    app.setQuitOnLastWindowClosed(False)
    app.lastWindowClosed.connect(closing.set)
    app.aboutToQuit.connect(closing.set)
    try:
        journal, problems = open_journal(settings)
    except JournalLocked as exc:  # one station per journal: this one is already running
        log.error("%s", exc)
        await _tell(translate_message(str(exc)))
        return ALREADY_RUNNING
    parts = build_station(settings, journal=journal)
    # The first list is asked for before the window is built: the OMS answers while the window
    # is being built. A local OMS has answered within the head start; from a slow one the
    # list comes as many milliseconds sooner as building the window takes.
    first_list = parts.station.begin_refresh()
    await asyncio.wait({first_list}, timeout=LIST_HEAD_START_S)
    composed = compose(
        settings,
        app=app,
        parts=parts,
        journal=journal,
        owns_journal=True,
        store=store,
        tokens=tokens,
        notices=notices + problems,
    )
    window = composed.window
    _install_excepthook(window)
    if action(args, "quit_after_first_list"):

        def first_paint() -> None:  # the table painted the list just now (in its paintEvent)
            print(f"first list painted after {(time.perf_counter() - started) * 1000:.0f} ms", flush=True)
            QTimer.singleShot(0, window.close)  # once that paint is on screen

        window.first_list_painted.connect(first_paint)
    composed.start()
    try:
        await closing.wait()
    finally:
        await composed.aclose()
    return 0


def _install_excepthook(window: MainWindow) -> None:
    """An exception that escapes a Qt slot is logged and shown, and the app goes on."""
    from .ui.tasks import describe

    def hook(exc_type, exc, tb) -> None:  # type: ignore[no-untyped-def]
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        try:
            window.banner.show_message(describe(exc))
        except RuntimeError:  # the window is already gone
            pass

    sys.excepthook = hook
