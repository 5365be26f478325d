"""The simulator's HTTP face: a Starlette app over a :class:`Store`, served by uvicorn.

:func:`create_app` maps the OMS's real paths onto the store; every ``/api/``
route except login wants ``Authorization: Token <token>``, answered the way
Django REST framework answers. :class:`SimulatorServer` runs the app on a
loopback socket in a daemon thread, for the demo mode and for tests.

Faults (see :mod:`.faults`) are injected by a middleware in front of the API;
``/_simulator/...`` admin routes (token required) show and change the fault
plan and report counts.

The routes live by resource: :mod:`.package_routes` (packages, transition logs,
commands), :mod:`.reference_routes` (login, denial reasons, stock locations),
:mod:`.media_routes` (the label preview, product images), :mod:`.admin_routes`
(``/_simulator/...``), :mod:`.after_packing_server` and :mod:`.seller_center_server`;
:mod:`.rest` is how they all answer (token check, pagination, DRF's errors). The
path table is :func:`create_app`'s.
"""

from __future__ import annotations

import socket
import threading
import time
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.routing import Route

from .admin_routes import fault_plan, reset_stats, simulator_stats, stats
from .after_packing_server import after_packing_routes
from .faults import FaultInjector, FaultPlan
from .media_routes import product_image, product_photo, shipping_label_preview
from .package_routes import package_command, package_detail, package_list, transition_logs
from .reference_routes import DEMO_PASSWORD, denial_reasons, login, stock_locations
from .rest import (
    DEFAULT_LIMIT,
    MAX_LIMIT,
    Endpoint,
    http_error,
)
from .seller_center_server import seller_center_routes
from .staff import DEMO_USERNAME
from .store import Store
from .wire import FaultMiddleware

__all__ = [
    "DEFAULT_LIMIT",
    "DEFAULT_TOKEN",
    "DEMO_PASSWORD",
    "MAX_LIMIT",
    "Endpoint",
    "SimulatorServer",
    "create_app",
    "denial_reasons",
    "fault_plan",
    "login",
    "package_command",
    "package_detail",
    "product_image",
    "product_photo",
    "reset_stats",
    "shipping_label_preview",
    "simulator_stats",
    "stats",
    "stock_locations",
    "transition_logs",
]

DEFAULT_TOKEN = "0f3c9a6e2b7d4e1f8a5c0b9d6e3f2a1b7c4d8e5f"


def create_app(
    store: Store, token: str = DEFAULT_TOKEN, faults: FaultPlan | FaultInjector | None = None
) -> Starlette:
    """The OMS API over ``store``; ``app.state.store`` may be swapped at run time.

    ``faults`` is a plan (or an injector to share); ``app.state.faults`` is the
    injector, whose plan may be replaced at run time.
    """
    oms = "/api/v1/oms"
    routes = [
        Route("/api/v1/auth/login/", login, methods=["POST"]),
        Route(f"{oms}/packages/", package_list(short=False), methods=["GET"]),
        Route(f"{oms}/packages/short/", package_list(short=True), methods=["GET"]),
        Route(f"{oms}/packages/{{id:int}}/", package_detail, methods=["GET"]),
        Route(f"{oms}/packages/{{id:int}}/transition_logs/", transition_logs, methods=["GET"]),
        Route(f"{oms}/packages/{{id:int}}/command/", package_command, methods=["POST"]),
        Route(f"{oms}/package-denial-reason/", denial_reasons, methods=["GET"]),
        Route(f"{oms}/stocklocations/list-simple/", stock_locations, methods=["GET"]),
        Route(f"{oms}/shipping-label/{{id:int}}/preview/", shipping_label_preview, methods=["GET"]),
        Route("/media/products/{product_id:int}.png", product_image, methods=["GET"]),
        Route("/media/products/{product_id:int}.jpg", product_photo, methods=["GET"]),
        Route("/_simulator/faults", fault_plan, methods=["GET", "PUT"]),
        Route("/_simulator/stats", stats, methods=["GET"]),
        Route("/_simulator/reset-stats", reset_stats, methods=["POST"]),
        *after_packing_routes(),  # cargo companies, orders, invoice number, invoice
        *seller_center_routes(),  # /api/i2/: the Seller Center (see seller_center_server.py)
    ]
    injector = faults if isinstance(faults, FaultInjector) else FaultInjector(faults)
    app = Starlette(
        routes=routes,
        exception_handlers={HTTPException: http_error},
        middleware=[Middleware(FaultMiddleware, injector=injector)],
    )
    app.state.store = store
    app.state.token = token
    app.state.user = DEMO_USERNAME  # the token's user: transition logs name it
    app.state.faults = injector
    return app


class SimulatorServer:
    """The simulator on a loopback port, served by uvicorn in a daemon thread.

    ``port=0`` picks a free port; ``url`` is known once :meth:`start` returns.
    Use as a context manager, or call :meth:`start` and :meth:`stop`.
    ``faults`` is the initial fault plan; change it at run time through
    ``server.faults`` (the :class:`FaultInjector`): ``server.faults.plan = FaultPlan(...)``.
    """

    def __init__(
        self,
        store: Store | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        token: str = DEFAULT_TOKEN,
        faults: FaultPlan | None = None,
    ) -> None:
        self.host = host
        self.port = port
        self.token = token
        self.app = create_app(store if store is not None else Store(), token, faults)
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None

    @property
    def store(self) -> Store:
        store: Store = self.app.state.store
        return store

    @store.setter
    def store(self, store: Store) -> None:
        """Serve another store from the next request on (e.g. fresh data per test)."""
        self.app.state.store = store

    @property
    def faults(self) -> FaultInjector:
        """The fault injector: ``.plan`` (settable), ``.stats()``, ``.reset_stats()``."""
        faults: FaultInjector = self.app.state.faults
        return faults

    def stats(self) -> dict[str, Any]:
        """What ``GET /_simulator/stats`` answers."""
        return simulator_stats(self.store, self.faults)

    @property
    def url(self) -> str:
        host = "127.0.0.1" if self.host in ("", "0.0.0.0") else self.host
        host = "[::1]" if host == "::" else (f"[{host}]" if ":" in host else host)
        return f"http://{host}:{self.port}"

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, timeout: float = 10.0) -> SimulatorServer:
        """Bind, start serving in the background and return once requests are accepted."""
        if self._thread is not None:
            raise RuntimeError("the simulator is already running")
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        # IPPROTO_TCP explicitly: asyncio only sets TCP_NODELAY on accepted sockets
        # whose proto says TCP; without it every response waits ~40 ms for an ACK.
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((self.host, self.port))
        except OSError:
            sock.close()
            raise
        self._socket = sock
        self.port = sock.getsockname()[1]
        self.faults.server_starting()
        config = uvicorn.Config(
            self.app,
            log_config=None,  # leave the host application's logging alone
            log_level="warning",
            lifespan="off",
            access_log=False,
            timeout_graceful_shutdown=2,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run,
            kwargs={"sockets": [sock]},
            name=f"oms-simulator:{self.port}",
            daemon=True,
        )
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the OMS simulator did not start")
            time.sleep(0.002)
        return self

    def stop(self, timeout: float = 10.0) -> None:
        """Stop serving and wait for the server thread to end (held requests are let go)."""
        self.faults.server_stopping()
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
        if self._socket is not None:
            self._socket.close()
        self._server = self._thread = self._socket = None

    def __enter__(self) -> SimulatorServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
