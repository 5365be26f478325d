"""Test-session setup shared by every test.

What this file gives you:

* Qt runs offscreen (``QT_QPA_PLATFORM=offscreen``, ``QT_API=pyside6``), set before any Qt import.
* ``HOME`` and the XDG folders (config, data, state, cache, runtime) point into a temporary
  folder of each test's own (and Qt's settings path with them), so no test reads or writes the
  real user's settings, journal or caches, nor what another test left there. The
  ``isolated_home`` fixture returns that folder (a ``pathlib.Path``): ``home/`` (HOME, with
  ``.config``, ``.local/share``, ``.local/state``, ``.cache``) and ``runtime/``. Module- and
  session-scoped fixtures, which run before it, see a session-wide folder of the same shape.
* Async tests run on the Qt event loop. Every ``@pytest.mark.asyncio`` test (strict mode: the
  marker is required) runs on a fresh ``qasync.QEventLoop`` over the one session
  ``QApplication``; nothing else to opt into (no ``loop_factories=`` argument needed, the only
  factory offered is "qasync"). Inside such a test, await a future set from a signal instead of
  ``qtbot.waitSignal`` (which spins a nested loop), and don't rely on ``qtbot.waitUntil`` to
  drive asyncio work. Async fixtures: ``@pytest_asyncio.fixture`` (same loop as the test when
  their ``loop_scope`` is "function", the default).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

# --- before any Qt import -------------------------------------------------------------------
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_API"] = "pyside6"
# QtMultimedia warns about optional libraries it can't find (pipewire, VA-API) and about a
# missing sound server; both depend on the machine, not on our code ("no audio" is normal),
# and qt_log_level_fail = WARNING would fail any test that touches audio on a fresh machine.
os.environ["QT_LOGGING_RULES"] = ";".join(
    filter(None, [os.environ.get("QT_LOGGING_RULES"), "qt.multimedia.symbolsresolver.warning=false"])
)
_QT_LOG_IGNORE_MACHINE = ["PulseAudioService: pa_context_connect"]

_HOME_LAYOUT = {
    "HOME": "home",
    "XDG_CONFIG_HOME": "home/.config",
    "XDG_DATA_HOME": "home/.local/share",
    "XDG_STATE_HOME": "home/.local/state",
    "XDG_CACHE_HOME": "home/.cache",
    "XDG_RUNTIME_DIR": "runtime",
}


def _make_home(root: Path) -> dict[str, str]:
    """The folders of a home under `root`, made: {variable: path}."""
    for sub in _HOME_LAYOUT.values():
        (root / sub).mkdir(parents=True, exist_ok=True)
    # Qt warns (and qt_log_level_fail turns it into a failure) unless the runtime dir is 0700.
    (root / "runtime").chmod(0o700)
    return {var: str(root / sub) for var, sub in _HOME_LAYOUT.items()}


# The session's home: what module- and session-scoped fixtures see (they run before the
# per-test one below), and what stays in force between tests.
_HOME = Path(tempfile.mkdtemp(prefix="instore-tests-home-"))
os.environ.update(_make_home(_HOME))

import pytest  # noqa: E402

_qapp = None  # keeps the QApplication alive for the whole session


def _application():
    """The session's QApplication (the same one pytest-qt's ``qapp`` fixture returns)."""
    global _qapp
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(["pytest-qt-qapp"])
        app.setApplicationName("pytest-qt-qapp")
    _qapp = app
    return app


def _qasync_loop():
    import qasync

    return qasync.QEventLoop(_application())


def pytest_asyncio_loop_factories(config, item):
    """pytest-asyncio >= 1.4 hook: the event loop(s) async tests run on."""
    return {"qasync": _qasync_loop}


def pytest_configure(config):
    for pattern in _QT_LOG_IGNORE_MACHINE:
        config.addinivalue_line("qt_log_ignore", pattern)


def pytest_unconfigure(config):
    shutil.rmtree(_HOME, ignore_errors=True)


def _point_qt_settings_at(config: str) -> None:
    """QSettings reads XDG_CONFIG_HOME once per process; tell it where the test's config is."""
    from PySide6.QtCore import QSettings

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, config)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """This test's own home: HOME and the XDG folders point into it (and QSettings' user
    path), so nothing a test leaves there is seen by another. Returns its root folder."""
    root = tmp_path_factory.mktemp("home")
    for var, path in _make_home(root).items():
        monkeypatch.setenv(var, path)
    _point_qt_settings_at(os.environ["XDG_CONFIG_HOME"])
    yield root
    _point_qt_settings_at(str(_HOME / _HOME_LAYOUT["XDG_CONFIG_HOME"]))


@pytest.fixture(autouse=True, scope="session")
def _garbage_collection_on_the_main_thread():
    """Collect cycles only here, on the main thread, between tests (see instore_app/ui/gc.py):
    the simulator's server thread must never be the one that frees a Qt object."""
    import gc

    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_after_each_test():
    yield
    import gc

    gc.collect()


_FIGURES: list[str] = []


@pytest.fixture
def report_figure():
    """``report_figure("…")``: a figure line printed at the end of the run (in CI too)."""
    return _FIGURES.append


def pytest_terminal_summary(terminalreporter):
    if _FIGURES:
        terminalreporter.section("figures")
        for line in _FIGURES:
            terminalreporter.write_line(line)
