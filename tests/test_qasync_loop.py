"""What conftest.py gives every test: async tests on qasync's Qt event loop (Qt events and
asyncio mix), and a home of its own."""

import asyncio
import os
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication


@pytest.mark.asyncio
async def test_async_test_runs_on_qasync_loop_with_qapplication():
    loop = asyncio.get_running_loop()
    assert isinstance(loop, qasync.QEventLoop)
    assert QApplication.instance() is not None


@pytest.mark.asyncio
async def test_qt_timer_fires_while_awaiting_an_asyncio_future():
    loop = asyncio.get_running_loop()
    fired = loop.create_future()
    QTimer.singleShot(10, lambda: fired.set_result("qt timer fired"))
    assert await asyncio.wait_for(fired, timeout=5) == "qt timer fired"


@pytest.mark.asyncio
async def test_asyncio_sleep_and_qt_timer_interleave():
    order = []
    QTimer.singleShot(0, lambda: order.append("qt"))
    await asyncio.sleep(0.05)
    order.append("asyncio")
    assert order == ["qt", "asyncio"]


def test_each_test_has_a_temporary_home(isolated_home):
    assert os.environ["HOME"].startswith(str(isolated_home))
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
        assert os.environ[var].startswith(str(isolated_home)), var
    settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "instore-tests", "probe")
    assert Path(settings.fileName()).is_relative_to(isolated_home)  # Qt's settings path too


@pytest.mark.parametrize("turn", ["first", "second"])
def test_what_a_test_leaves_in_its_home_no_other_test_sees(turn):
    """Run twice: each finds an empty home and settings file, and leaves something in both."""
    mark = Path(os.environ["HOME"]) / "left-by-a-test"
    settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "instore-tests", "probe")
    assert not mark.exists() and settings.value("left") is None
    mark.write_text(turn)
    settings.setValue("left", turn)
    settings.sync()
    assert settings.status() == QSettings.Status.NoError and Path(settings.fileName()).is_file()
