"""A new store PC: the app's real entry point with no settings, no ``INSTORE_*`` variables and
no keyring. The setup dialog is filled in with key events, Save, and the main window lists the
packages of the OMS (the simulator, over loopback HTTP as a real OMS would be).

``main()`` runs in this process exactly as ``python -m instore_app`` runs it (``sys.argv``
patched, its own QApplication set-up and ``qasync.run``); what a packer would do is a
coroutine started from a QTimer on that loop. HOME, the XDG folders and Qt's settings folder
point into an empty temporary folder; the keyring is chosen the way keyring itself chooses it
on such a PC (``PYTHON_KEYRING_BACKEND``). Everything ``main()`` changes in the process
(logging, the excepthook, translators, the scanner filter, the app's name) is put back.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import sys
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import keyring
import keyring.core
import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from instore_app import app as app_module
from instore_app import i18n
from instore_app.app import main
from instore_app.scanner import WedgeScanFilter
from instore_app.scanner.testing import press_key, type_human
from instore_app.settings import KEEP_IT, NO_KEYRING, NOT_KEPT, Settings, Source
from instore_app.simulator import DEFAULT_STOCK_LOCATION_ID, DEMO_PASSWORD, DEMO_USERNAME, FaultPlan, SimulatorServer, Store
from instore_app.ui.main_window import MainWindow
from instore_app.ui.setup_dialog import SetupDialog

from .test_settings import MemoryKeyring, files_containing
from .window_helpers import next_emission, until

#: The simulator's token here: unique, so finding it in a file means it leaked.
TOKEN = "5e7f1a2b3c4d5e6f7a8b9c0d1e2f3a4b-first-start"
OPEN_STATES = ("100", "200", "400")

# The store's field pops up a completer list: the offscreen platform can't raise it or grab keys.
pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")


@pytest.fixture(scope="module")
def server() -> Iterator[SimulatorServer]:
    with SimulatorServer(Store(seed=8), token=TOKEN) as oms:
        yield oms


@dataclass
class FreshPC:
    home: Path
    config: Path
    argv: list[str] = field(default_factory=lambda: ["instore-app"])

    def files_with_the_token(self) -> list[Path]:
        return files_containing(TOKEN.encode(), self.home)


@pytest.fixture
def fresh_pc(tmp_path, monkeypatch, qapp) -> Iterator[FreshPC]:
    """An empty home, no INSTORE_* variables, no keyring; the process's state put back after."""
    home = tmp_path / "home"
    dirs = {
        "HOME": home,
        "XDG_CONFIG_HOME": home / ".config",
        "XDG_DATA_HOME": home / ".local" / "share",
        "XDG_STATE_HOME": home / ".local" / "state",
        "XDG_CACHE_HOME": home / ".cache",
    }
    for path in dirs.values():
        path.mkdir(parents=True, exist_ok=True)
    session_config = os.environ["XDG_CONFIG_HOME"]  # where Qt's settings path points for the session
    for name, path in dirs.items():
        monkeypatch.setenv(name, str(path))
    for name in [n for n in os.environ if n.startswith("INSTORE_")]:
        monkeypatch.delenv(name)
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    # No keyring, chosen the way keyring chooses on a PC without one (read on first use).
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    # Qt reads its settings folder once per process: point it at the empty home too.
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(dirs["XDG_CONFIG_HOME"]))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    names = (qapp.applicationName(), qapp.applicationDisplayName(), qapp.applicationVersion(), qapp.desktopFileName())
    quit_on_close, icon, gc_enabled = qapp.quitOnLastWindowClosed(), qapp.windowIcon(), gc.isenabled()
    wedges = set(qapp.findChildren(WedgeScanFilter))
    qapp.setQuitOnLastWindowClosed(True)  # as in a new process: Qt's default
    try:
        yield FreshPC(home=home, config=dirs["XDG_CONFIG_HOME"])
    finally:
        for wedge in set(qapp.findChildren(WedgeScanFilter)) - wedges:  # main() installs one on the app
            qapp.removeEventFilter(wedge)
            wedge.setParent(None)
        i18n.remove_translators(qapp)
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(level)
        qapp.setApplicationName(names[0])
        qapp.setApplicationDisplayName(names[1])
        qapp.setApplicationVersion(names[2])
        qapp.setDesktopFileName(names[3])
        qapp.setWindowIcon(icon)
        qapp.setQuitOnLastWindowClosed(quit_on_close)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, session_config)
        if not gc_enabled:
            gc.disable()  # the app's collector turns automatic collection back on when it stops


def run_main(pc: FreshPC, monkeypatch, packer: Callable[[], Awaitable[None]]) -> int:
    """``main()`` as ``python -m instore_app`` runs it, with `packer` acting on its loop.

    `packer`'s failure is raised here; whatever it leaves open is closed so that main() returns."""
    failures: list[BaseException] = []
    cut_short: list[bool] = []

    async def act() -> None:
        try:
            await packer()
        except asyncio.CancelledError:
            cut_short.append(True)
        except Exception as exc:  # re-raised below, after main() returned
            failures.append(exc)
            QApplication.quit()  # whatever main() is at (a window may be on its way): end the run
        finally:
            for widget in QApplication.topLevelWidgets():
                if widget.isVisible() and isinstance(widget, (SetupDialog, MainWindow)):
                    widget.close()

    started: list[asyncio.Task[None]] = []
    QTimer.singleShot(0, lambda: started.append(asyncio.ensure_future(act())))
    monkeypatch.setattr(sys, "argv", pc.argv)
    try:
        code = main()
    except BaseException as exc:
        if failures:  # the packer's failure is what to look at; main()'s comes with it
            raise failures[0] from exc
        raise
    if failures:
        raise failures[0]
    assert started, "main() returned before its event loop ran"
    assert not cut_short, "main() returned while the packer was still at work"
    return code


def visible(kind: type) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


async def the_setup_dialog() -> SetupDialog:
    await until(lambda: bool(visible(SetupDialog)))
    [dialog] = visible(SetupDialog)
    dialog.activateWindow()  # what the window manager does with a new window
    await until(dialog.isActiveWindow)
    return dialog


async def fill_in_and_save(dialog: SetupDialog, server: SimulatorServer, *, with_token: bool) -> None:
    """A packer at the keyboard: type, Enter to move on, sign in, find the store, Save."""
    assert dialog.form.url_edit.hasFocus()
    type_human(None, server.url)
    press_key(None, Qt.Key.Key_Return)  # -> "allow unencrypted" (loopback needs no tick)
    press_key(None, Qt.Key.Key_Return)  # -> user name
    if with_token:
        dialog.form.token_edit.setFocus()  # a click into the token field
        type_human(None, TOKEN)
    else:
        type_human(None, DEMO_USERNAME)
        press_key(None, Qt.Key.Key_Return)  # -> password
        assert dialog.form.password_edit.hasFocus()
        type_human(None, DEMO_PASSWORD)
    loaded = next_emission(dialog.locations_loaded)
    press_key(None, Qt.Key.Key_Return)  # Enter in the password or token field signs in
    await loaded
    assert dialog.form.sign_in_status.text() == "Signed in.", dialog.form.sign_in_status.text()
    assert dialog.form.location_combo.hasFocus()
    type_human(None, "kadik")  # a few letters of the store's name
    dialog.form.location_combo.completer().popup().hide()
    press_key(None, Qt.Key.Key_Return)  # the one match is chosen, focus moves on
    assert dialog.selected_location() == (DEFAULT_STOCK_LOCATION_ID, "Kadıköy Mağaza (KDK01)")
    enter_to_save(dialog)


def enter_to_save(dialog: SetupDialog) -> None:
    """Enter through the other settings, leaving them as they are, to Save; Enter on it."""
    for _ in range(20):
        if QApplication.focusWidget() is dialog.save_button:
            break
        press_key(None, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.save_button
    press_key(dialog.save_button, Qt.Key.Key_Return)  # (the release, too: the dialog closes on the press)


async def the_main_window_lists_the_packages(server: SimulatorServer) -> MainWindow:
    await until(lambda: bool(visible(MainWindow)))
    [window] = visible(MainWindow)
    await until(lambda: window.model.rowCount() > 0)
    listed = {window.model.package_at(row).number for row in range(window.model.rowCount())}
    _, expected = server.store.list_packages(
        base_url=server.url, short=True, stock_location=DEFAULT_STOCK_LOCATION_ID, states=OPEN_STATES
    )
    assert listed == {p["number"] for p in expected}
    return window


def spy_on_saved_settings(monkeypatch) -> list[tuple]:
    """What ``_saved_settings`` hands to the rest of the start: (run settings, token store)."""
    results: list[tuple] = []
    original = app_module._saved_settings

    async def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        result = await original(*args, **kwargs)
        results.append(result)
        return result

    monkeypatch.setattr(app_module, "_saved_settings", spy)
    return results


@pytest.mark.slow
@pytest.mark.parametrize("with_token", [False, True], ids=["password", "token"])
def test_a_new_pc_is_set_up_and_the_window_lists_the_packages(fresh_pc, monkeypatch, server, with_token):
    started = spy_on_saved_settings(monkeypatch)
    seen: dict[str, str] = {}

    async def packer() -> None:
        dialog = await the_setup_dialog()
        # Said before signing in: the token is not kept, and what to install.
        assert dialog.form.keyring_note.isVisible() and dialog.form.keyring_note.text() == NO_KEYRING
        await fill_in_and_save(dialog, server, with_token=with_token)
        window = await the_main_window_lists_the_packages(server)
        seen["title"] = window.windowTitle()
        window.close()  # the packer closes the app

    assert run_main(fresh_pc, monkeypatch, packer) == 0
    assert not visible(SetupDialog) and not visible(MainWindow)
    # The window was started with the token signed in with, and told why it is not kept.
    [(settings, tokens)] = started
    assert settings.token == TOKEN and settings.oms_url == server.url
    assert settings.stock_location_id == DEFAULT_STOCK_LOCATION_ID
    assert not tokens.persistent and tokens.reason == NO_KEYRING
    assert NOT_KEPT in tokens.reason and keyring_advice_here() in tokens.reason
    assert server.url in seen["title"]
    # The settings are saved for the next start; the token is in no file (nor the log).
    saved = QSettings(str(fresh_pc.config / "instore-app" / "settings.ini"), QSettings.Format.IniFormat)
    assert saved.value("oms/url") == server.url
    assert int(saved.value("oms/stock_location_id")) == DEFAULT_STOCK_LOCATION_ID
    assert (fresh_pc.home / ".local" / "state" / "instore-app" / "log" / "instore-app.log").is_file()
    assert fresh_pc.files_with_the_token() == []


@pytest.mark.slow
def test_the_window_still_says_the_token_is_not_kept_once_the_list_is_in(fresh_pc, monkeypatch, server):
    seen: dict[str, str] = {}

    async def packer() -> None:
        await fill_in_and_save(await the_setup_dialog(), server, with_token=True)
        window = await the_main_window_lists_the_packages(server)
        seen["banner"] = window.notice.text() if window.notice.isVisible() else ""
        window.close()

    assert run_main(fresh_pc, monkeypatch, packer) == 0
    assert NOT_KEPT in seen["banner"] and keyring_advice_here() in seen["banner"]


def keyring_advice_here() -> str:
    return KEEP_IT.get(sys.platform, KEEP_IT["linux"])


@pytest.mark.slow
def test_without_a_keyring_the_next_start_asks_again_and_still_opens(fresh_pc, monkeypatch, server):
    async def first_start() -> None:
        await fill_in_and_save(await the_setup_dialog(), server, with_token=False)
        (await the_main_window_lists_the_packages(server)).close()

    async def next_start() -> None:
        dialog = await the_setup_dialog()  # the token was not kept: sign in again
        assert dialog.form.url_edit.text() == server.url and dialog.form.username_edit.text() == DEMO_USERNAME
        assert dialog.selected_location() == (DEFAULT_STOCK_LOCATION_ID, "Kadıköy Mağaza (KDK01)")
        assert dialog.form.keyring_note.text() == NO_KEYRING
        dialog.form.password_edit.setFocus()  # a click into the password field
        type_human(None, DEMO_PASSWORD)
        loaded = next_emission(dialog.locations_loaded)
        press_key(None, Qt.Key.Key_Return)
        await loaded
        assert dialog.form.location_combo.hasFocus()
        enter_to_save(dialog)  # the store stays the one chosen last time
        (await the_main_window_lists_the_packages(server)).close()

    assert run_main(fresh_pc, monkeypatch, first_start) == 0
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)  # a new process chooses again
    assert run_main(fresh_pc, monkeypatch, next_start) == 0


@pytest.mark.slow
def test_with_a_keyring_the_token_is_kept_and_the_window_says_nothing_about_it(fresh_pc, monkeypatch, server):
    backend = MemoryKeyring()
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
    monkeypatch.setattr(keyring.core, "_keyring_backend", backend)
    started = spy_on_saved_settings(monkeypatch)

    async def packer() -> None:
        dialog = await the_setup_dialog()
        assert not dialog.form.keyring_note.isVisible()
        await fill_in_and_save(dialog, server, with_token=False)
        (await the_main_window_lists_the_packages(server)).close()

    assert run_main(fresh_pc, monkeypatch, packer) == 0
    assert backend.secrets == {("instore-app", server.url): TOKEN}
    [(_settings, tokens)] = started
    assert tokens.persistent and tokens.reason == ""

    async def next_start() -> None:  # the token from the keyring: no dialog, straight to the list
        (await the_main_window_lists_the_packages(server)).close()

    assert run_main(fresh_pc, monkeypatch, next_start) == 0
    assert not visible(SetupDialog)


def test_closing_the_setup_dialog_ends_the_app_cleanly(fresh_pc, monkeypatch):
    async def packer() -> None:
        dialog = await the_setup_dialog()
        press_key(dialog.form.url_edit, Qt.Key.Key_Escape)  # where the focus is
        assert not dialog.isVisible()

    assert run_main(fresh_pc, monkeypatch, packer) == 0
    assert not visible(MainWindow)


@pytest.mark.slow
def test_on_a_configured_pc_the_flags_and_the_environment_given_are_applied(fresh_pc, monkeypatch, server):
    """A PC set up before (settings file and keyring): no dialog, and what the flags and the
    environment say wins over the file for this run -- nothing of it is written back."""
    from instore_app import composition

    backend = MemoryKeyring()
    backend.set_password("instore-app", server.url, TOKEN)
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
    monkeypatch.setattr(keyring.core, "_keyring_backend", backend)
    ini = fresh_pc.config / "instore-app" / "settings.ini"
    ini.parent.mkdir(parents=True)
    saved_text = (
        f"[meta]\nversion=2\n[oms]\nurl={server.url}\nstock_location_id={DEFAULT_STOCK_LOCATION_ID}\n"
        "[packing]\nrefresh_seconds=60\nauto_pack=true\n[printing]\nlabel_size=100x150\n[ui]\nsound=true\n"
    )
    ini.write_text(saved_text, encoding="utf-8")
    fresh_pc.argv = ["instore-app", "--no-sound", "--refresh-seconds", "45", "--label-size", "62x100"]
    monkeypatch.setenv("INSTORE_SCAN_INTERVAL_MS", "90")
    monkeypatch.setenv("INSTORE_REFRESH_SECONDS", "120")  # the flag beats it
    composed: list[composition.Composition] = []
    original = composition.compose

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        composed.append(original(*args, **kwargs))
        return composed[-1]

    monkeypatch.setattr(composition, "compose", spy)
    seen: dict[str, object] = {}

    async def packer() -> None:
        window = await the_main_window_lists_the_packages(server)
        assert not visible(SetupDialog)
        seen.update(
            interval=window.refresh_timer.interval(),
            sound=window.sounds.enabled,
            label=(window.options.print_settings.width_mm, window.options.print_settings.height_mm),
            wedge=composed[0].wedge.max_interval_ms,
        )
        window.close()

    assert run_main(fresh_pc, monkeypatch, packer) == 0
    [run] = composed
    settings = run.settings
    assert (settings.sound, settings.refresh_seconds, settings.label_size) == (False, 45, (62.0, 100.0))
    assert settings.source(Settings.sound) is Source.FLAG and settings.source(Settings.refresh_seconds) is Source.FLAG
    assert settings.scan_interval_ms == 90 and settings.source(Settings.scan_interval_ms) is Source.ENVIRONMENT
    assert settings.auto_pack and settings.source(Settings.auto_pack) is Source.SAVED
    assert settings.token == TOKEN and settings.source(Settings.token) is Source.SAVED  # from the keyring
    assert seen["interval"] == 45_000 and seen["sound"] is False and seen["label"] == (62.0, 100.0)
    assert seen["wedge"] == 90
    # The flags were for this run: the file still says what it said (plus the window's size).
    after = QSettings(str(ini), QSettings.Format.IniFormat)
    assert after.value("packing/refresh_seconds") == "60" and after.value("ui/sound") == "true"
    assert after.value("printing/label_size") == "100x150"
    assert after.value("persist/main_window/geometry") is not None
    assert after.value("persist/main_window/splitter_0") is not None  # the list's, named by the window


def test_the_first_list_is_asked_for_before_the_window_is_built(fresh_pc, monkeypatch, server):
    """The list's requests go out before the window exists (the simulator counts a request as
    it arrives, then waits), and the window's first refresh takes that read instead of asking
    again. The head start is made long enough for the whole read here, so that no machine's
    speed decides what the test sees (the app's own lets the window be built meanwhile)."""
    monkeypatch.setattr(app_module, "LIST_HEAD_START_S", 30.0)
    monkeypatch.setenv("INSTORE_OMS_URL", server.url)
    monkeypatch.setenv("INSTORE_STOCK_LOCATION", str(DEFAULT_STOCK_LOCATION_ID))
    monkeypatch.setenv("INSTORE_TOKEN", TOKEN)
    asked_when_built: list[int] = []
    built = MainWindow.__init__

    def building(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked_when_built.append(server.faults.stats()["requests"].get("list", 0))
        built(self, *args, **kwargs)

    monkeypatch.setattr(MainWindow, "__init__", building)
    server.faults.reset_stats()
    server.faults.plan = FaultPlan(endpoints=("list",), latency_ms=(300.0, 300.0))  # a slow OMS
    try:

        async def packer() -> None:
            window = await the_main_window_lists_the_packages(server)
            window.close()

        assert run_main(fresh_pc, monkeypatch, packer) == 0
    finally:
        server.faults.plan = FaultPlan()
    assert asked_when_built == [len(OPEN_STATES)]  # one query per open state, all before the window
    # (with the app's 100 ms head start they are on their way within it: ~50 ms of the
    # client's work on this project's CI machine, LIST_HEAD_START_S)
    assert server.faults.stats()["requests"]["list"] == len(OPEN_STATES)  # and none asked again


def test_a_failing_first_list_read_begun_before_the_window_is_said_in_it(fresh_pc, monkeypatch, server):
    """The read begun before the window fails (the OMS answers every list query with a 500,
    retried, then given up): the window's first refresh takes that failure and says it, as it
    says its own."""
    monkeypatch.setenv("INSTORE_OMS_URL", server.url)
    monkeypatch.setenv("INSTORE_STOCK_LOCATION", str(DEFAULT_STOCK_LOCATION_ID))
    monkeypatch.setenv("INSTORE_TOKEN", TOKEN)
    server.faults.reset_stats()
    server.faults.plan = FaultPlan(rates={"500": 1.0}, endpoints=("list",))
    said: list[str] = []
    try:

        async def packer() -> None:
            await until(lambda: bool(visible(MainWindow)))
            [window] = visible(MainWindow)
            await until(lambda: window.banner.isVisible())
            said.append(window.banner.text())
            window.close()

        assert run_main(fresh_pc, monkeypatch, packer) == 0
    finally:
        server.faults.plan = FaultPlan()
    assert "internal error" in said[0]
