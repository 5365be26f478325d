"""The simulator's HTTP face: a Starlette app over a :class:`Store`, served by uvicorn.

:func:`create_app` maps the OMS's real paths onto the store; every ``/api/``
route except login wants ``Authorization: Token <token>``, answered the way
Django REST framework answers. :class:`SimulatorServer` runs the app on a
loopback socket in a daemon thread, for the demo mode and for tests.

Faults (see :mod:`.faults`) are injected by a middleware in front of the API;
``/_simulator/...`` admin routes (token required) show and change the fault
plan and report counts.
"""

from __future__ import annotations

import functools
import json
import socket
import threading
import time
from collections.abc import Awaitable, Callable
from urllib.parse import parse_qsl

import uvicorn
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from . import photos, render
from .after_packing_server import after_packing_routes
from .faults import FaultInjector, FaultPlan
from .seller_center_server import seller_center_routes
from .staff import DEMO_USERNAME
from .store import NOT_FOUND, Store
from .wire import FaultMiddleware

DEFAULT_TOKEN = "0f3c9a6e2b7d4e1f8a5c0b9d6e3f2a1b7c4d8e5f"
DEMO_PASSWORD = "demo"
DEFAULT_LIMIT = 20
MAX_LIMIT = 1000

Endpoint = Callable[[Request], Awaitable[Response]]


def _json(body: object, status_code: int = 200) -> JSONResponse:
    return JSONResponse(body, status_code=status_code)


def _store(request: Request) -> Store:
    return request.app.state.store


def _base_url(request: Request) -> str:
    return str(request.base_url).rstrip("/")


def _authenticated(endpoint: Endpoint) -> Endpoint:
    """Reject requests without the right ``Authorization: Token ...`` header (401)."""

    @functools.wraps(endpoint)
    async def wrapper(request: Request) -> Response:
        header = request.headers.get("authorization", "")
        scheme, _, key = header.partition(" ")
        if scheme.lower() != "token":
            detail = "Authentication credentials were not provided."
        elif key.strip() != request.app.state.token:
            detail = "Invalid token."
        else:
            return await endpoint(request)
        return JSONResponse({"detail": detail}, status_code=401, headers={"WWW-Authenticate": "Token"})

    return wrapper


# -- pagination ----------------------------------------------------------------


class _InvalidPage(Exception):
    pass


def _page_and_limit(request: Request) -> tuple[int, int]:
    """``page`` (1-based) and ``limit`` (default 20, at most 1000) from the query."""
    raw_limit = request.query_params.get("limit", "")
    limit = int(raw_limit) if raw_limit.isdigit() and int(raw_limit) > 0 else DEFAULT_LIMIT
    raw_page = request.query_params.get("page", "1")
    if not raw_page.isdigit() or int(raw_page) < 1:
        raise _InvalidPage
    return int(raw_page), min(limit, MAX_LIMIT)


def _page(request: Request, page: int, limit: int, count: int, results: list) -> JSONResponse:
    """A DRF-style page; next/previous keep the other query parameters."""
    if page > 1 and (page - 1) * limit >= count:
        raise _InvalidPage
    url = request.url
    next_url = str(url.include_query_params(page=page + 1)) if page * limit < count else None
    if page == 1:
        previous = None
    elif page == 2:
        previous = str(url.remove_query_params("page"))
    else:
        previous = str(url.include_query_params(page=page - 1))
    return _json({"count": count, "next": next_url, "previous": previous, "results": results})


def _paginated(endpoint: Callable[[Request, int, int], Awaitable[Response]]) -> Endpoint:
    """Parse page/limit for ``endpoint``; an invalid or past-the-end page is a 404."""

    @functools.wraps(endpoint)
    async def wrapper(request: Request) -> Response:
        try:
            page, limit = _page_and_limit(request)
            return await endpoint(request, page, limit)
        except _InvalidPage:
            return _json({"detail": "Invalid page."}, 404)

    return wrapper


def _page_of(request: Request, page: int, limit: int, items: list) -> JSONResponse:
    start = (page - 1) * limit
    return _page(request, page, limit, len(items), items[start : start + limit])


# -- auth ------------------------------------------------------------------------


async def login(request: Request) -> Response:
    """POST /api/v1/auth/login/: demo credentials give the server's token."""
    raw = await request.body()
    try:
        if request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
            data = dict(parse_qsl(raw.decode("utf-8")))
        else:
            data = json.loads(raw or b"{}")
    except (ValueError, UnicodeDecodeError) as exc:
        return _json({"detail": f"JSON parse error - {exc}"}, 400)
    if not isinstance(data, dict):
        return _json({"non_field_errors": ["Invalid data. Expected a dictionary."]}, 400)
    missing = {field: ["This field is required."] for field in ("username", "password") if not data.get(field)}
    if missing:
        return _json(missing, 400)
    if data["username"] != DEMO_USERNAME or data["password"] != DEMO_PASSWORD:
        return _json({"non_field_errors": ["Unable to log in with provided credentials."]}, 400)
    return _json({"key": request.app.state.token})


# -- packages --------------------------------------------------------------------


def _filters(request: Request) -> dict:
    """Package list filters from the query; raises ValueError with a DRF-style body."""
    params = request.query_params
    filters: dict = {}
    stock_location = params.get("stock_location")
    if stock_location:
        if not stock_location.isdigit():
            raise ValueError({"stock_location": ["Enter a number."]})
        filters["stock_location"] = int(stock_location)
    states = [
        value.strip()
        for key in ("state__enum_value", "state__enum_value__in")
        for raw in params.getlist(key)
        for value in raw.split(",")
        if value.strip()
    ]
    if states:
        filters["states"] = states
    for key in ("number", "order_number"):
        if params.get(key):
            filters[key] = params[key]
    return filters


def _package_list(short: bool) -> Endpoint:
    @_authenticated
    @_paginated
    async def endpoint(request: Request, page: int, limit: int) -> Response:
        try:
            filters = _filters(request)
        except ValueError as exc:
            return _json(exc.args[0], 400)
        count, results = _store(request).list_packages(
            base_url=_base_url(request), short=short, offset=(page - 1) * limit, limit=limit, **filters
        )
        return _page(request, page, limit, count, results)

    return endpoint


@_authenticated
async def package_detail(request: Request) -> Response:
    body = _store(request).package_json(request.path_params["id"], _base_url(request))
    return _json(body) if body is not None else _json(NOT_FOUND, 404)


@_authenticated
@_paginated
async def transition_logs(request: Request, page: int, limit: int) -> Response:
    logs = _store(request).transition_logs(request.path_params["id"])
    if logs is None:
        return _json(NOT_FOUND, 404)
    return _page_of(request, page, limit, logs)


@_authenticated
async def package_command(request: Request) -> Response:
    """POST /api/v1/oms/packages/{id}/command/: run a transition (see Store.apply_command)."""
    store, package_id = _store(request), request.path_params["id"]
    raw = await request.body()
    try:
        body = json.loads(raw) if raw.strip() else {}
    except (ValueError, UnicodeDecodeError) as exc:
        store.record_rejected_command(package_id, 400, source="http")
        return _json({"error": {"non_field_errors": f"JSON parse error - {exc}"}, "status_code": 400}, 400)
    if not isinstance(body, dict):
        store.record_rejected_command(package_id, 400, source="http")
        message = f"Invalid data. Expected a dictionary, but got {type(body).__name__}."
        return _json({"error": {"non_field_errors": message}, "status_code": 400}, 400)
    result = store.apply_command(
        package_id,
        transition=body.get("transition"),
        slug=body.get("slug"),
        input_parameters=body.get("input_parameters"),
        source="http",
        user=request.app.state.user,  # who the token belongs to
    )
    if result.body is None:
        return Response(status_code=result.status_code)
    return _json(result.body, result.status_code)


# -- reference data ----------------------------------------------------------------


@_authenticated
@_paginated
async def denial_reasons(request: Request, page: int, limit: int) -> Response:
    return _page_of(request, page, limit, _store(request).denial_reasons_json())


@_authenticated
@_paginated
async def stock_locations(request: Request, page: int, limit: int) -> Response:
    return _page_of(request, page, limit, _store(request).stock_locations_json())


# -- documents and images ------------------------------------------------------------


@_authenticated
async def shipping_label_preview(request: Request) -> Response:
    """The label as HTML, or as a PDF for labels whose ``is_file`` is true."""
    data = _store(request).label_data(request.path_params["id"])
    if data is None:
        return _json(NOT_FOUND, 404)
    if data.is_file:
        pdf = await run_in_threadpool(render.label_pdf, data)
        disposition = f'inline; filename="label-{data.label_id}.pdf"'
        return Response(pdf, media_type="application/pdf", headers={"Content-Disposition": disposition})
    return HTMLResponse(await run_in_threadpool(render.label_html, data))


async def product_image(request: Request) -> Response:
    """The product's letter tile (PNG)."""
    product = _store(request).product(request.path_params["product_id"])
    if product is None:
        return _json(NOT_FOUND, 404)
    png = await run_in_threadpool(render.product_png, product)
    return Response(png, media_type="image/png", headers={"Cache-Control": "max-age=86400"})


async def product_photo(request: Request) -> Response:
    """The product's photo (JPEG): its model's drawing in its colour; 404 without a drawing."""
    product = _store(request).product(request.path_params["product_id"])
    jpeg = None if product is None else await run_in_threadpool(photos.product_photo, product)
    if jpeg is None:
        return _json(NOT_FOUND, 404)
    return Response(jpeg, media_type="image/jpeg", headers={"Cache-Control": "max-age=86400"})


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 405:
        return _json({"detail": f'Method "{request.method}" not allowed.'}, 405)
    return _json({"detail": "Not found."} if exc.status_code == 404 else {"detail": exc.detail}, exc.status_code)


# -- admin (never faulted) -----------------------------------------------------------


def _faults(request: Request) -> FaultInjector:
    return request.app.state.faults


def simulator_stats(store: Store, faults: FaultInjector) -> dict:
    """Fault and request counts (see FaultInjector.stats) plus ``commands`` per package."""
    return {**faults.stats(), "commands": store.command_stats()}


@_authenticated
async def fault_plan(request: Request) -> Response:
    """GET /_simulator/faults: the plan; PUT: replace it (400 with a message if invalid)."""
    if request.method == "PUT":
        try:
            plan = FaultPlan.from_json(json.loads(await request.body() or b"null"))
        except (ValueError, TypeError) as exc:  # JSONDecodeError is a ValueError
            return _json({"detail": f"Invalid fault plan: {exc}"}, 400)
        _faults(request).set_plan(plan)
    return _json(_faults(request).plan.to_json())


@_authenticated
async def stats(request: Request) -> Response:
    """GET /_simulator/stats."""
    return _json(simulator_stats(_store(request), _faults(request)))


@_authenticated
async def reset_stats(request: Request) -> Response:
    """POST /_simulator/reset-stats: zero the fault/request counts and forget received commands."""
    _faults(request).reset_stats()
    _store(request).clear_received_commands()
    return Response(status_code=204)


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
        Route(f"{oms}/packages/", _package_list(short=False), methods=["GET"]),
        Route(f"{oms}/packages/short/", _package_list(short=True), methods=["GET"]),
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
        exception_handlers={HTTPException: _http_error},
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
        return self.app.state.store

    @store.setter
    def store(self, store: Store) -> None:
        """Serve another store from the next request on (e.g. fresh data per test)."""
        self.app.state.store = store

    @property
    def faults(self) -> FaultInjector:
        """The fault injector: ``.plan`` (settable), ``.stats()``, ``.reset_stats()``."""
        return self.app.state.faults

    def stats(self) -> dict:
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
