"""Shared pieces for the window tests: a simulator, a window wired like the app (by the app's
own composition), and awaiting Qt signals from async tests (without qtbot.waitSignal's
nested loop)."""

from __future__ import annotations

import asyncio
from contextlib import asynccontextmanager
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtWidgets import QApplication

from instore_app.api import OmsClient, RetryPolicy
from instore_app.api.seller_center import SellerCenterClient
from instore_app.composition import compose
from instore_app.journal import Journal
from instore_app.operations import SettlePolicy
from instore_app.settings import LabelSize, Settings, SettingsStore, TokenStore
from instore_app.simulator import DEFAULT_STOCK_LOCATION_ID, DEFAULT_TOKEN, SELLER_CENTER_API_KEY, SimulatorServer
from instore_app.ui.main_window import BenchOptions, MainWindow
from instore_app.ui.services import ClientFactory


def next_emission(
    signal: SignalInstance, *, timeout: float = 15.0, where: Callable[..., bool] | None = None
) -> Awaitable[tuple[Any, ...]]:
    """The arguments of the next emission of `signal` (for which `where(*args)` holds).

    Connects at once (not when awaited): an emission caused by what the test does between
    this call and the ``await`` is caught, however fast the app answers."""
    loop = asyncio.get_running_loop()
    future: asyncio.Future[tuple[Any, ...]] = loop.create_future()

    def slot(*args: Any) -> None:
        if not future.done() and (where is None or where(*args)):
            future.set_result(args)

    connection = signal.connect(slot)

    async def wait() -> tuple[Any, ...]:
        try:
            return await asyncio.wait_for(future, timeout)
        finally:
            # Not signal.disconnect(slot): in PySide6 6.12.0 it over-releases Py_True,
            # and the interpreter aborts at exit (see tests/test_architecture.py).
            QObject.disconnect(connection)

    return wait()


async def until(predicate: Callable[[], bool], *, timeout: float = 15.0) -> None:
    """Let the loop run until `predicate()` holds (polling every 10 ms)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.01)


@asynccontextmanager
async def running_window(
    qtbot,
    server: SimulatorServer,
    *,
    options: BenchOptions = BenchOptions(sound=False),
    language: str = "en",
    token: str = DEFAULT_TOKEN,
    wait_for_list: bool = True,
    journal: Journal | None = None,
    client: OmsClient | SellerCenterClient | None = None,
    store: SettingsStore | None = None,
    tokens: TokenStore | None = None,
    client_factory: ClientFactory | None = None,
    settle: SettlePolicy = SettlePolicy(),
    backend: str = "oms",
    extra: dict[str, Any] | None = None,
    username: str = "",
    invoice_number_step: bool = False,
) -> AsyncIterator[MainWindow]:
    """The main window against `server`, composed as the app composes it (the scanner filter
    installed), the list loaded. `options` stand for the settings they name; with `store` and
    `tokens` the window has its Settings button (and keeps its size in `store`).
    `backend` "seller-center": the simulator's Seller Center (/api/i2/), its API key as the
    token (unless `token` names another); `extra`: more settings by name. `username` is the
    station's user, as sign-in gives it (others' Preparing packages are then shown held)."""
    seller_center = backend == "seller-center"
    if seller_center and token == DEFAULT_TOKEN:
        token = SELLER_CENTER_API_KEY
    if client is None:
        retry = RetryPolicy(max_retries=1, base_delay=0.01, max_delay=0.02)
        client = SellerCenterClient(server.url, token, retry=retry) if seller_center else OmsClient(server.url, token, retry=retry)
    printing = options.print_settings
    settings = Settings(
        {
            "backend": backend,
            **({"seller_center_url": server.url} if seller_center else {}),
            **(extra or {}),
            "oms_url": server.url,
            "stock_location_id": DEFAULT_STOCK_LOCATION_ID,
            "token": token,
            "username": username,
            "language": language,
            "auto_pack": options.auto_pack,
            "auto_print": options.auto_print,
            "sound": options.sound,
            "printer": printing.printer_name,
            "label_size": LabelSize(printing.width_mm, printing.height_mm),
            "invoice_number_step": invoice_number_step,
        }
    )
    app = QApplication.instance()
    app.setQuitOnLastWindowClosed(False)  # closing the window must not stop the test's loop
    composed = compose(
        settings,
        app=app,
        client=client,
        journal=journal,
        store=store,
        tokens=tokens,
        client_factory=client_factory,
        settle=settle,
        options=options,
    )
    window = composed.window
    qtbot.addWidget(window)
    refreshed = next_emission(window.list_refreshed)
    composed.start()
    window.activateWindow()
    if wait_for_list:
        await refreshed
    else:
        refreshed.close()
    try:
        yield window
    finally:
        await composed.aclose()  # commands on their way end before the client closes
        await client.aclose()
