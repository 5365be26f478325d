"""Async tests run on qasync's Qt event loop (see conftest.py), so Qt events and asyncio mix."""

import asyncio
import os

import pytest
import qasync
from PySide6.QtCore import QTimer
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


def test_session_uses_temporary_home(isolated_home):
    assert os.environ["HOME"].startswith(str(isolated_home))
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        assert os.environ[var].startswith(str(isolated_home)), var
