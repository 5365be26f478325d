"""A simulated OMS in-process (its ASGI app through httpx.ASGITransport) whose command and read
requests can be scripted one by one: applied then answered 500, held, never connected, 302...

The store behind it is the real simulator's, so "applied" means the simulator's state machine
ran the command, and ``store.received_commands`` proves what reached the OMS."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable

import httpx

from instore_app.api import OmsClient, RetryPolicy
from instore_app.simulator import DEFAULT_TOKEN, Store, create_app

BASE_URL = "http://127.0.0.1:8765"
COMMAND = re.compile(r"/api/v1/oms/packages/(\d+)/command/")
DETAIL = re.compile(r"/api/v1/oms/packages/(\d+)/")

#: A script step: given the request and a callable that runs it on the real OMS, answer.
Step = Callable[[httpx.Request, Callable[[], Awaitable[httpx.Response]]], Awaitable[httpx.Response]]


class ScriptedOms(httpx.AsyncBaseTransport):
    """Requests go to the simulator's app unless a scripted step for their kind is queued:
    ``oms.on_command(step)`` / ``oms.on_read(step)`` / ``oms.on_write(step)`` (another POST,
    e.g. set_invoice_number) queue one step each (used in order)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.app_transport = httpx.ASGITransport(app=create_app(store))
        self.command_steps: list[Step] = []
        self.read_steps: list[Step] = []
        self.write_steps: list[Step] = []
        self.background: set[asyncio.Task[httpx.Response]] = set()

    def on_command(self, *steps: Step) -> None:
        self.command_steps.extend(steps)

    def on_read(self, *steps: Step) -> None:
        self.read_steps.extend(steps)

    def on_write(self, *steps: Step) -> None:
        self.write_steps.extend(steps)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        async def real() -> httpx.Response:
            response = await self.app_transport.handle_async_request(request)
            await response.aread()
            return response

        path = request.url.path
        if request.method == "POST" and COMMAND.fullmatch(path) and self.command_steps:
            return await self.command_steps.pop(0)(request, real)
        if request.method == "POST" and not COMMAND.fullmatch(path) and self.write_steps:
            return await self.write_steps.pop(0)(request, real)
        if request.method == "GET" and DETAIL.fullmatch(path) and self.read_steps:
            return await self.read_steps.pop(0)(request, real)
        return await real()

    def client(self, **options: object) -> OmsClient:
        retry = options.pop("retry", RetryPolicy(max_retries=0))
        return OmsClient(BASE_URL, DEFAULT_TOKEN, transport=self, retry=retry, **options)  # type: ignore[arg-type]

    def later(self, delay: float, run: Callable[[], Awaitable[httpx.Response]]) -> None:
        """Run the request on the OMS after `delay` seconds (an OMS that applies it late)."""

        async def go() -> httpx.Response:
            await asyncio.sleep(delay)
            return await run()

        task = asyncio.ensure_future(go())
        self.background.add(task)
        task.add_done_callback(self.background.discard)


# -- steps -------------------------------------------------------------------------------------


def applied_then(status: int, body: bytes = b"<html>error</html>") -> Step:
    """The OMS runs the command, then the answer is replaced by `status`."""

    async def step(request: httpx.Request, real: Callable[[], Awaitable[httpx.Response]]) -> httpx.Response:
        await real()
        return httpx.Response(status, content=body, headers={"Content-Type": "text/html"})

    return step


def applied_then_dropped() -> Step:
    """The OMS runs the command; the connection drops before the answer."""

    async def step(request: httpx.Request, real: Callable[[], Awaitable[httpx.Response]]) -> httpx.Response:
        await real()
        raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")

    return step


def answered(status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> Step:
    """Answer `status` without running anything."""

    async def step(request: httpx.Request, real: Callable[[], Awaitable[httpx.Response]]) -> httpx.Response:
        return httpx.Response(status, content=body, headers=headers or {})

    return step


def refused() -> Step:
    """No connection could be made: nothing reached the OMS."""

    async def step(request: httpx.Request, real: Callable[[], Awaitable[httpx.Response]]) -> httpx.Response:
        raise httpx.ConnectError("[Errno 111] Connection refused")

    return step


def timed_out_then_applied(oms: ScriptedOms, after: float) -> Step:
    """The client times out at once; the OMS applies the command `after` seconds later."""

    async def step(request: httpx.Request, real: Callable[[], Awaitable[httpx.Response]]) -> httpx.Response:
        oms.later(after, real)
        raise httpx.ReadTimeout("timed out")

    return step


def read_fails() -> Step:
    """A read that cannot reach the OMS."""

    async def step(request: httpx.Request, real: Callable[[], Awaitable[httpx.Response]]) -> httpx.Response:
        raise httpx.ConnectError("[Errno 111] Connection refused")

    return step


def held(gate: asyncio.Event) -> Step:
    """Held until `gate` is set, then run normally."""

    async def step(request: httpx.Request, real: Callable[[], Awaitable[httpx.Response]]) -> httpx.Response:
        await gate.wait()
        return await real()

    return step
